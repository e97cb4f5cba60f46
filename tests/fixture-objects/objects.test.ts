// Objects (`#[derive(uniffi::Object)]`) of the fixture-objects crate, against the real library:
// constructors, sync / async / cancellable methods, objects crossing in every position, and
// their lifetime (destroy, Symbol.dispose / `using`, the FinalizationRegistry safety net,
// handle cloning on every crossing, no leak and no double free).
//
// Rust counts its live objects (`liveInstances()`, `liveInstancesOf(type)`), and
// `counterStrongCount(c)` reports Arc::strong_count inside a call: 2 for an object JavaScript
// holds once (its handle + the clone made for the call). Every object a test creates is
// destroyed at the end of the test, so that no garbage-collected leftover changes the counts of
// a later test.
import './symbol-dispose'; // first: jest's realm lacks Symbol.dispose (see the file)
import { spawnSync } from 'node:child_process';
import { resolve as resolvePath } from 'node:path';
import {
  AbortError,
  Counter,
  CounterError,
  CounterOrValue,
  ObjectDestroyedError,
  ObjectError,
  RustPanic,
  SemVer,
  Session,
  counterStrongCount,
  counterValues,
  countersByLabel,
  echoCounter,
  echoNestedCounters,
  groupTotal,
  liveInstances,
  liveInstancesOf,
  makeCounter,
  makeCounterAsync,
  makeCounters,
  makeGroup,
  maybeCounter,
  openSession,
  optionalLabel,
  resolve,
  sumCounters,
  sumCountersAsync,
  waitStats,
  wrapCounter,
} from '../../generated/fixture-objects';
import type { CounterGroup } from '../../generated/fixture-objects';
import { packageName } from '../transport';
import { destroyAfterEachTest, destroyDeep, repoRoot } from '../helpers';

// ---- bookkeeping: destroy everything a test made -------------------------------------------

/** Registers a value (and every object in it) to be destroyed after the test. */
const own = destroyAfterEachTest();

/** Runs `fn`, expects it to throw, and returns (and owns) what it threw. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return own(error);
  }
  throw new Error('expected the call to throw');
}

/** What a promise rejected with (owned); fails if it resolved. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      own(value);
      throw new Error('expected the promise to reject');
    },
    (error: unknown) => own(error),
  );
}

const liveCounters = (): bigint => liveInstancesOf('Counter');

// ---- constructors --------------------------------------------------------------------------

describe('constructors', () => {
  test('the primary constructor is `new Counter(...)`', () => {
    const before = liveCounters();
    const counter = own(new Counter(5n));
    expect(counter).toBeInstanceOf(Counter);
    expect(counter.get()).toBe(5n);
    expect(counter.label()).toBe('counter');
    expect(counter.isDestroyed).toBe(false);
    expect(liveCounters()).toBe(before + 1n);
  });

  test('the primary constructor checks its argument before calling Rust', () => {
    const before = liveCounters();
    expect(() => new Counter(5 as unknown as bigint)).toThrow(TypeError);
    expect(() => new Counter(2n ** 63n)).toThrow(RangeError);
    expect(liveCounters()).toBe(before);
  });

  test('a named constructor is a static factory, with its default argument', () => {
    const labelled = own(Counter.withLabel('named'));
    expect(labelled).toBeInstanceOf(Counter);
    expect(labelled.label()).toBe('named');
    expect(labelled.get()).toBe(0n);
    const seven = own(Counter.withLabel('seven', 7n));
    expect(seven.get()).toBe(7n);
  });

  test('a constructor returning Self (not Arc<Self>)', () => {
    const zero = own(Counter.zero());
    expect(zero).toBeInstanceOf(Counter);
    expect(zero.label()).toBe('zero');
    expect(zero.get()).toBe(0n);
  });

  test('a fallible constructor returns the object or throws the typed error, leaving nothing alive', () => {
    const before = liveCounters();
    const parsed = own(Counter.parse(' 42 '));
    expect(parsed.label()).toBe('parsed');
    expect(parsed.get()).toBe(42n);

    const invalid = thrown(() => Counter.parse('forty-two'));
    expect(invalid).toBeInstanceOf(CounterError);
    expect(invalid).toBeInstanceOf(CounterError.InvalidNumber);
    expect((invalid as CounterError.InvalidNumber).text).toBe('forty-two');

    const negative = thrown(() => Counter.parse('-3'));
    expect(negative).toBeInstanceOf(CounterError.Negative);
    expect((negative as CounterError.Negative).value).toBe(-3n);

    expect(liveCounters()).toBe(before + 1n);
  });

  test('an async constructor is a static factory returning a Promise', async () => {
    const pending = Counter.newAsync(3n, 5n);
    expect(pending).toBeInstanceOf(Promise);
    const counter = own(await pending);
    expect(counter).toBeInstanceOf(Counter);
    expect(counter.label()).toBe('async');
    expect(counter.get()).toBe(3n);
  });

  test('an async constructor can be cancelled: no object is made', async () => {
    const before = liveCounters();
    const controller = new AbortController();
    const pending = Counter.newAsync(1n, 60_000n, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('no longer needed')), 20);
    const error = await rejection(pending);
    expect(error).toBeInstanceOf(AbortError);
    expect(((error as AbortError).cause as Error).message).toBe('no longer needed');
    expect(liveCounters()).toBe(before);
  });

  test('plain functions returning objects, sync and async', async () => {
    const made = own(makeCounter('made', 11n));
    expect(made).toBeInstanceOf(Counter);
    expect([made.label(), made.get()]).toEqual(['made', 11n]);
    const later = own(await makeCounterAsync('later', 12n, 1n));
    expect(later).toBeInstanceOf(Counter);
    expect([later.label(), later.get()]).toEqual(['later', 12n]);
  });
});

// ---- methods -------------------------------------------------------------------------------

describe('methods', () => {
  test('sync methods, with a default argument', () => {
    const counter = own(new Counter(10n));
    expect(counter.increment()).toBe(11n);
    expect(counter.increment(5n)).toBe(16n);
    expect(counter.increment(-20n)).toBe(-4n);
    expect(counter.get()).toBe(-4n);
    counter.set(100n);
    expect(counter.get()).toBe(100n);
    expect(counter.snapshot()).toEqual({ label: 'counter', value: 100n });
  });

  test('i64 arithmetic is exact and wraps as in Rust', () => {
    const counter = own(new Counter(2n ** 63n - 1n));
    expect(counter.get()).toBe(9223372036854775807n);
    expect(counter.increment()).toBe(-(2n ** 63n));
  });

  test('a method with a typed error throws it and the object stays usable', () => {
    const counter = own(new Counter(1n));
    const error = thrown(() => counter.set(-7n));
    expect(error).toBeInstanceOf(CounterError.Negative);
    expect((error as CounterError.Negative).value).toBe(-7n);
    expect(counter.get()).toBe(1n);
  });

  test('a panic in a method is a RustPanic and the object stays usable', () => {
    const counter = own(new Counter(1n));
    const error = thrown(() => counter.panicNow('method blew up'));
    expect(error).toBeInstanceOf(RustPanic);
    expect((error as RustPanic).message).toContain('method blew up');
    expect(counter.increment()).toBe(2n);
  });

  test('async methods return Promises', async () => {
    const counter = own(new Counter(1n));
    const pending = counter.incrementAfter(5n);
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).resolves.toBe(2n);
    await expect(counter.checkAsync()).resolves.toBe(2n);
  });

  test('an async method with a typed error rejects with it', async () => {
    const counter = own(new Counter(-5n));
    const error = await rejection(counter.checkAsync());
    expect(error).toBeInstanceOf(CounterError.Negative);
    expect((error as CounterError.Negative).value).toBe(-5n);
  });

  test('many async calls on one object run concurrently', async () => {
    const counter = own(new Counter(0n));
    const results = await Promise.all(Array.from({ length: 20 }, () => counter.incrementAfter(5n)));
    expect([...results].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(
      Array.from({ length: 20 }, (_, i) => BigInt(i + 1)),
    );
    expect(counter.get()).toBe(20n);
  });

  test('object arguments and results: Arc<Counter>, &Counter, self: Arc<Self>', () => {
    const a = own(Counter.withLabel('a', 2n));
    const b = own(Counter.withLabel('b', 3n));
    const merged = own(a.mergedWith(b));
    expect(merged).toBeInstanceOf(Counter);
    expect(merged.label()).toBe('a+b');
    expect(merged.get()).toBe(5n);
    expect(a.addFrom(b)).toBe(5n);
    expect(a.addFrom(a)).toBe(10n); // the same object as receiver and argument

    const same = own(a.itself());
    expect(same).toBeInstanceOf(Counter);
    expect(same).not.toBe(a); // a new JavaScript instance...
    expect(same.sameObject(a)).toBe(true); // ...of the same Rust object
    expect(a.sameObject(a)).toBe(true);
    expect(a.sameObject(b)).toBe(false);
    same.increment();
    expect(a.get()).toBe(11n);
  });
});

// ---- cancellation --------------------------------------------------------------------------

describe('cancellable async method', () => {
  test('aborting rejects with an AbortError and Rust drops the future', async () => {
    const counter = own(new Counter(9n));
    const before = waitStats();
    const controller = new AbortController();
    const waiting = counter.wait(60_000n, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop waiting')), 20);
    const error = await rejection(waiting);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).name).toBe('AbortError');
    expect(((error as AbortError).cause as Error).message).toBe('stop waiting');
    const after = waitStats();
    expect(after.started - before.started).toBe(1n);
    expect(after.dropped - before.dropped).toBe(1n);
    expect(after.finished - before.finished).toBe(0n);
    // The dropped future released its clone of the receiver, and the object still works.
    expect(counterStrongCount(counter)).toBe(2n);
    expect(counter.get()).toBe(9n);
  });

  test('a signal that does not fire changes nothing', async () => {
    const counter = own(new Counter(4n));
    const before = waitStats();
    await expect(counter.wait(2n, { signal: new AbortController().signal })).resolves.toBe(4n);
    const after = waitStats();
    expect(after.started - before.started).toBe(1n);
    expect(after.finished - before.finished).toBe(1n);
    expect(after.dropped - before.dropped).toBe(0n);
  });

  test('an already-aborted signal rejects without starting the future', async () => {
    const counter = own(new Counter(4n));
    const before = waitStats();
    await expect(counter.wait(1n, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(waitStats().started).toBe(before.started);
  });

  // With an already-aborted signal nothing is lowered: no handle is cloned for a call that never happens.
  test('an already-aborted signal does not leak the cloned receiver handle', async () => {
    const counter = own(new Counter(4n));
    await expect(counter.wait(1n, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(counterStrongCount(counter)).toBe(2n);
  });

  test('an already-aborted signal does not leak object handles inside arguments', async () => {
    const counter = own(new Counter(4n));
    const before = liveCounters();
    await expect(sumCountersAsync([counter, counter], { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      AbortError,
    );
    expect(counterStrongCount(counter)).toBe(2n);
    counter.destroy();
    expect(liveCounters()).toBe(before - 1n);
  });
});

// ---- objects in every position ---------------------------------------------------------------

describe('objects inside other types', () => {
  test('record fields: direct, Option, Vec and Map, lifted from Rust', () => {
    const before = liveCounters();
    const group = own(makeGroup('g', 3));
    expect(group.name).toBe('g');
    expect(group.leader).toBeInstanceOf(Counter);
    expect(group.leader.label()).toBe('g-0');
    expect(group.deputy).toBeInstanceOf(Counter);
    expect(group.deputy?.label()).toBe('g-1');
    expect(group.members.map((m) => m.label())).toEqual(['g-0', 'g-1', 'g-2']);
    expect([...group.byLabel.keys()].sort()).toEqual(['g-0', 'g-1', 'g-2']);
    expect(group.byLabel.get('g-2')?.get()).toBe(2n);
    // Eight handles, three Rust objects: every handle is its own JavaScript instance.
    expect(liveCounters()).toBe(before + 3n);
    expect(group.leader).not.toBe(group.members[0]);
    expect(group.leader.sameObject(group.members[0] as Counter)).toBe(true);
    expect(groupTotal(group)).toBe(3n);
  });

  test('a one-member group has no deputy', () => {
    const group = own(makeGroup('solo', 1));
    expect(group.deputy).toBeUndefined();
    expect(group.members).toHaveLength(1);
  });

  test('record fields lowered from JavaScript: the same object in several fields is one Rust object', () => {
    const a = own(Counter.withLabel('a', 10n));
    const b = own(Counter.withLabel('b', 5n));
    const group: CounterGroup = {
      name: 'mine',
      leader: a,
      deputy: undefined,
      members: [a, b, a],
      byLabel: new Map([
        ['a', a],
        ['b', b],
      ]),
    };
    expect(groupTotal(group)).toBe(15n); // distinct by identity: a and b
    expect(groupTotal({ ...group, deputy: b })).toBe(15n);
    expect(counterStrongCount(a)).toBe(2n);
    expect(counterStrongCount(b)).toBe(2n);
  });

  test('an enum variant with an object field, both ways', () => {
    const counter = own(new Counter(8n));
    const wrapped = own(wrapCounter(counter));
    expect(wrapped.tag).toBe('Counter');
    if (wrapped.tag !== 'Counter') throw new Error('unreachable');
    expect(wrapped.counter).toBeInstanceOf(Counter);
    expect(wrapped.counter.sameObject(counter)).toBe(true);
    expect(resolve(wrapped)).toBe(8n);
    expect(resolve(CounterOrValue.Counter({ counter }))).toBe(8n);
    expect(resolve(CounterOrValue.Value({ value: -2n }))).toBe(-2n);
    expect(resolve(CounterOrValue.Nothing())).toBe(0n);
  });

  test('Option<Counter>, both ways', () => {
    const some = own(maybeCounter(true, 4n));
    expect(some).toBeInstanceOf(Counter);
    expect(some?.get()).toBe(4n);
    expect(maybeCounter(false, 4n)).toBeUndefined();
    expect(optionalLabel(own(Counter.withLabel('opt')))).toBe('opt');
    expect(optionalLabel(undefined)).toBeUndefined();
    expect(optionalLabel(null as unknown as undefined)).toBeUndefined();
  });

  test('Vec<Counter>, both ways, sync and async', async () => {
    const counters = own(makeCounters(4));
    expect(counters).toHaveLength(4);
    counters.forEach((c, i) => {
      expect(c).toBeInstanceOf(Counter);
      expect(c.label()).toBe(`c${i}`);
    });
    expect(sumCounters(counters)).toBe(6n);
    expect(sumCounters([])).toBe(0n);
    await expect(sumCountersAsync(counters)).resolves.toBe(6n);
  });

  test('HashMap<String, Counter>, both ways', () => {
    const a = own(Counter.withLabel('x', 1n));
    const b = own(Counter.withLabel('y', 2n));
    const byLabel = own(countersByLabel([a, b]));
    expect(byLabel).toBeInstanceOf(Map);
    expect([...byLabel.keys()].sort()).toEqual(['x', 'y']);
    expect(byLabel.get('y')?.sameObject(b)).toBe(true);
    expect(
      counterValues(
        new Map([
          ['first', a],
          ['second', b],
          ['again', a],
        ]),
      ),
    ).toEqual(
      new Map([
        ['first', 1n],
        ['second', 2n],
        ['again', 1n],
      ]),
    );
  });

  test('objects deep inside options and lists come back as the same Rust objects', () => {
    const a = own(Counter.withLabel('a', 1n));
    const b = own(Counter.withLabel('b', 2n));
    const echoed = own(echoNestedCounters([[a, b], undefined, [], [b]]));
    expect(echoed).toHaveLength(4);
    expect(echoed[1]).toBeUndefined();
    expect(echoed[2]).toEqual([]);
    const [first, , , last] = echoed;
    expect(first?.map((c) => c.label())).toEqual(['a', 'b']);
    expect(first?.[0]?.sameObject(a)).toBe(true);
    expect(last?.[0]?.sameObject(b)).toBe(true);
  });
});

// ---- lifetime ------------------------------------------------------------------------------

describe('destroy()', () => {
  test('frees the Rust object at once, and is idempotent', () => {
    const before = liveCounters();
    const total = liveInstances();
    const counter = new Counter(1n);
    expect(liveCounters()).toBe(before + 1n);
    counter.destroy();
    expect(counter.isDestroyed).toBe(true);
    expect(liveCounters()).toBe(before);
    expect(liveInstances()).toBe(total);
    counter.destroy();
    counter.destroy();
    expect(liveCounters()).toBe(before); // no double free
  });

  test('a method on a destroyed object throws ObjectDestroyedError with a clear message', () => {
    const counter = new Counter(1n);
    counter.destroy();
    const error = thrown(() => counter.get());
    expect(error).toBeInstanceOf(ObjectDestroyedError);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('ObjectDestroyedError');
    expect((error as Error).message).toBe('Counter.get: this Counter object was destroyed');
  });

  test('an async method on a destroyed object rejects with ObjectDestroyedError', async () => {
    const counter = new Counter(1n);
    counter.destroy();
    const before = waitStats();
    const error = await rejection(counter.wait(1n));
    expect(error).toBeInstanceOf(ObjectDestroyedError);
    expect(waitStats().started).toBe(before.started);
  });

  test('passing a destroyed object throws ObjectDestroyedError, and nothing is cloned', () => {
    const live = own(Counter.withLabel('live', 1n));
    const dead = Counter.withLabel('dead', 2n);
    dead.destroy();
    expect(thrown(() => live.mergedWith(dead))).toBeInstanceOf(ObjectDestroyedError);
    expect(thrown(() => echoCounter(dead))).toBeInstanceOf(ObjectDestroyedError);
    const inList = thrown(() => sumCounters([live, dead]));
    expect(inList).toBeInstanceOf(ObjectDestroyedError);
    expect((inList as Error).message).toMatch(/Counter/);
    expect(thrown(() => resolve(CounterOrValue.Counter({ counter: dead })))).toBeInstanceOf(ObjectDestroyedError);
    expect(thrown(() => counterValues(new Map([['k', dead]])))).toBeInstanceOf(ObjectDestroyedError);
    // The checks ran before anything was cloned: the live object holds no extra reference.
    expect(counterStrongCount(live)).toBe(2n);
  });

  test('a look-alike plain object, or another class, is a TypeError', () => {
    const live = own(new Counter(1n));
    const lookAlike = { get: () => 1n, label: () => 'fake', destroy: () => undefined } as unknown as Counter;
    expect(thrown(() => echoCounter(lookAlike))).toBeInstanceOf(TypeError);
    expect(thrown(() => live.mergedWith(lookAlike))).toBeInstanceOf(TypeError);
    expect(thrown(() => sumCounters([live, lookAlike]))).toBeInstanceOf(TypeError);
    expect(thrown(() => Counter.prototype.get.call(lookAlike))).toBeInstanceOf(TypeError);
    const version = own(new SemVer(1, 0, 0));
    const wrongClass = thrown(() => echoCounter(version as unknown as Counter));
    expect(wrongClass).toBeInstanceOf(TypeError);
    expect((wrongClass as Error).message).toMatch(/Counter/);
    expect(thrown(() => echoCounter(undefined as unknown as Counter))).toBeInstanceOf(TypeError);
    // An instance of the right prototype but without a handle is refused too.
    expect(() => echoCounter(Object.create(Counter.prototype) as Counter)).toThrow(/Counter/);
    expect(counterStrongCount(live)).toBe(2n);
  });

  test('destroying one handle keeps the Rust object alive for the others', () => {
    const before = liveCounters();
    const counter = new Counter(3n);
    const other = echoCounter(counter); // a second handle to the same Rust object
    counter.destroy();
    expect(liveCounters()).toBe(before + 1n);
    expect(other.increment()).toBe(4n);
    other.destroy();
    expect(liveCounters()).toBe(before);
  });

  test('destroy() during a pending async call: the call completes, then the object is freed', async () => {
    const before = liveCounters();
    const counter = new Counter(1n);
    const pending = counter.incrementAfter(20n);
    counter.destroy();
    expect(counter.isDestroyed).toBe(true);
    expect(liveCounters()).toBe(before + 1n); // the call holds its own clone
    await expect(pending).resolves.toBe(2n);
    expect(liveCounters()).toBe(before);
  });
});

describe('Symbol.dispose and `using`', () => {
  test('`using` destroys the object at the end of the block', () => {
    const before = liveCounters();
    let escaped: Counter | undefined;
    {
      using counter = new Counter(1n);
      escaped = counter;
      expect(counter.increment()).toBe(2n);
      expect(liveCounters()).toBe(before + 1n);
    }
    expect(escaped.isDestroyed).toBe(true);
    expect(liveCounters()).toBe(before);
    expect(() => escaped?.get()).toThrow(ObjectDestroyedError);
  });

  test('`using` destroys the object when the block throws', () => {
    const before = liveCounters();
    let escaped: Counter | undefined;
    expect(() => {
      using counter = Counter.withLabel('throws');
      escaped = counter;
      throw new Error('inside the block');
    }).toThrow('inside the block');
    expect(escaped?.isDestroyed).toBe(true);
    expect(liveCounters()).toBe(before);
  });

  test('`using` works for objects returned by functions and for several objects', () => {
    const before = liveInstances();
    {
      using session = openSession('using');
      using version = SemVer.parse('1.2.3');
      using made = makeCounter('made', 1n);
      expect([session.user(), version.major(), made.get()]).toEqual(['using', 1, 1n]);
      expect(liveInstances()).toBe(before + 3n);
    }
    expect(liveInstances()).toBe(before);
  });

  test('[Symbol.dispose]() is destroy(), idempotent, also after destroy()', () => {
    const before = liveCounters();
    const counter = new Counter(1n);
    counter[Symbol.dispose]();
    expect(counter.isDestroyed).toBe(true);
    expect(liveCounters()).toBe(before);
    counter[Symbol.dispose]();
    counter.destroy();
    expect(liveCounters()).toBe(before);
  });
});

describe('handles are cloned on every crossing to Rust', () => {
  test('a call receives a clone: strong count 2, whatever the number of calls', () => {
    const counter = own(new Counter(1n));
    expect(counterStrongCount(counter)).toBe(2n);
    for (let i = 0; i < 500; i++) counter.get();
    for (let i = 0; i < 500; i++) counterStrongCount(counter);
    expect(counterStrongCount(counter)).toBe(2n);
  });

  test('the same object passed many times in one call, sync and async', async () => {
    const counter = own(new Counter(3n));
    const many = Array.from({ length: 200 }, () => counter);
    expect(sumCounters(many)).toBe(600n);
    await expect(sumCountersAsync(many)).resolves.toBe(600n);
    expect(counterValues(new Map(many.map((c, i) => [`k${i}`, c]))).size).toBe(200);
    expect(counterStrongCount(counter)).toBe(2n);
  });

  test('calls that fail or panic release their clones', async () => {
    const counter = own(new Counter(1n));
    thrown(() => counter.set(-1n));
    thrown(() => counter.panicNow('x'));
    const objectError = thrown(() => counter.checkedSub(100n));
    expect(objectError).toBeInstanceOf(ObjectError);
    counter.increment(-10n);
    await rejection(counter.checkAsync());
    expect(counterStrongCount(counter)).toBe(2n);
  });

  test('Rust keeps the object it received; destroying the JavaScript side does not free it', () => {
    const before = liveCounters();
    const counter = new Counter(7n);
    const many = Array.from({ length: 50 }, () => counter);
    const echoed = echoCounter(counter);
    const itself = counter.itself();
    const wrapped = wrapCounter(counter);
    const kept = own([echoed, itself, wrapped, countersByLabel(many), echoNestedCounters([many])]);
    // 1 JS handle + echo + itself + wrapped + map (one entry) + 50 nested = 55 handles.
    expect(counterStrongCount(counter)).toBe(56n);
    counter.destroy();
    expect(liveCounters()).toBe(before + 1n); // still alive: Rust-side references remain
    expect(echoed.increment()).toBe(8n);
    expect(itself.get()).toBe(8n);
    expect(resolve(wrapped)).toBe(8n);
    expect(counterStrongCount(echoed)).toBe(55n);
    // Freeing every other handle frees the object exactly once.
    destroyDeep(kept);
    expect(liveCounters()).toBe(before);
  });

  // When lowering fails after some handles were already cloned into an argument buffer, the
  // runtime frees those clones. (Triggered here by a record whose `byLabel` getter returns a
  // live map when checked and a destroyed object when written: `leader` and `members[0]` were
  // cloned before the failure.)
  test('a lowering failure releases the handles already cloned', () => {
    const counter = own(new Counter(1n));
    const dead = new Counter(2n);
    dead.destroy();
    let reads = 0;
    const group: CounterGroup = {
      name: 'changing',
      leader: counter,
      deputy: undefined,
      members: [counter],
      get byLabel(): Map<string, Counter> {
        reads += 1;
        return reads === 1 ? new Map() : new Map([['dead', dead]]);
      },
    };
    expect(() => groupTotal(group)).toThrow(ObjectDestroyedError);
    expect(reads).toBeGreaterThan(1); // checked first, then read again to be written
    expect(counterStrongCount(counter)).toBe(2n);
  });

  test('no leak and no double free over many crossings', async () => {
    const before = liveInstances();
    for (let round = 0; round < 20; round++) {
      const a = new Counter(BigInt(round));
      const b = a.mergedWith(a);
      const group = makeGroup(`r${round}`, 3);
      const echoed = echoNestedCounters([[a, b, group.leader], undefined]);
      expect(await sumCountersAsync([a, b, ...group.members])).toBe(BigInt(round * 3 + 3));
      destroyDeep([a, b, group, echoed]);
    }
    expect(liveInstances()).toBe(before);
  });
});

describe('objects without a primary constructor', () => {
  test('a Session comes only from a function', () => {
    const before = liveInstancesOf('Session');
    const first = own(openSession('ann'));
    const second = own(openSession('bob'));
    expect(first).toBeInstanceOf(Session);
    expect(first.user()).toBe('ann');
    expect(second.id()).toBeGreaterThan(first.id());
    expect(first.isOpen()).toBe(true);
    expect(first.close()).toBe(true);
    expect(first.close()).toBe(false);
    expect(first.isOpen()).toBe(false);
    expect(second.isOpen()).toBe(true);
    expect(liveInstancesOf('Session')).toBe(before + 2n);
    first.destroy();
    expect(liveInstancesOf('Session')).toBe(before + 1n);
  });

  test('`new Session()` does not compile, and such an instance would be unusable', () => {
    const make = (): Session => {
      // @ts-expect-error Session has no primary constructor: its constructor is private.
      return new Session();
    };
    const session = make();
    expect(session.isDestroyed).toBe(true);
    expect(() => session.id()).toThrow(/never attached to a Rust object/);
  });
});

describe('ownership cannot be copied', () => {
  test('a copy of every own property (symbols included) owns nothing: no use after free, no double free', () => {
    const original = new Counter(3n);
    const copy = Object.create(Object.getPrototypeOf(original) as object) as Counter;
    for (const key of Reflect.ownKeys(original)) {
      (copy as unknown as Record<PropertyKey, unknown>)[key] = (original as unknown as Record<PropertyKey, unknown>)[
        key
      ];
    }
    expect(() => copy.get()).toThrow(/never attached to a Rust object/);
    original.destroy();
    expect(() => copy.destroy()).not.toThrow();
    expect(() => original.get()).toThrow(ObjectDestroyedError);
  });

  test('Object.create(Counter.prototype) passed to Rust says it was never made, not destroyed', () => {
    expect(() => echoCounter(Object.create(Counter.prototype) as Counter)).toThrow(
      /never attached to a Rust object .*come from its constructors or from Rust/,
    );
  });
});

describe('an object of another class is refused where its handle is taken', () => {
  // A record field is read by the check, the size and the write; a getter that answers a Counter
  // to the check and a SemVer to the write must not hand the SemVer's handle to Counter's clone
  // function (which would reinterpret another type's memory).
  test('a record field answering a Counter to the check and a SemVer to the write', () => {
    const counter = own(new Counter(1n));
    const other = own(new SemVer(1, 2, 3));
    const before = liveInstances();
    let reads = 0;
    const group: CounterGroup = {
      name: 'swapped',
      get leader(): Counter {
        reads += 1;
        return reads === 1 ? counter : (other as unknown as Counter);
      },
      deputy: undefined,
      members: [counter],
      byLabel: new Map(),
    };
    expect(() => groupTotal(group)).toThrow(TypeError);
    reads = 0;
    expect(() => groupTotal(group)).toThrow(
      /Counter value \(changed after its check, while being lowered\): expected a Counter object, got an object \(SemVer\)/,
    );
    expect(reads).toBeGreaterThan(1);
    // Nothing was cloned for the call that did not happen, and both objects are intact.
    expect(counterStrongCount(counter)).toBe(2n);
    expect(liveInstances()).toBe(before);
    expect(other.toString()).toBe('1.2.3');
    expect(counter.get()).toBe(1n);
  });

  test('an object of another class given Counter.prototype is not a Counter', () => {
    const other = own(new SemVer(1, 2, 3));
    Object.setPrototypeOf(other, Counter.prototype);
    expect(() => echoCounter(other as unknown as Counter)).toThrow(
      /counter: expected a Counter object, got an object \(Counter\)/,
    );
    Object.setPrototypeOf(other, SemVer.prototype);
    expect(other.toString()).toBe('1.2.3');
  });
});

describe('two copies of the package', () => {
  test('a Counter of one copy passed to the other: the message says it comes from another copy', () => {
    let copy: typeof import('../../generated/fixture-objects') | undefined;
    jest.isolateModules(() => {
      copy = require('../../generated/fixture-objects') as typeof import('../../generated/fixture-objects');
    });
    if (copy === undefined) throw new Error('the second copy did not load');
    expect(copy.Counter).not.toBe(Counter);
    const theirs = own(new copy.Counter(4n));
    const ours = own(new Counter(5n));
    const message = /counter: this Counter object comes from another copy of the package .*load the package once/;
    expect(() => echoCounter(theirs as unknown as Counter)).toThrow(message);
    expect(() => copy?.echoCounter(ours as unknown as InstanceType<NonNullable<typeof copy>['Counter']>)).toThrow(
      message,
    );
    // Nested in a value too, and an object of another type of the other copy is named as such.
    expect(() => sumCounters([ours, theirs as unknown as Counter])).toThrow(
      /counters\[1\]: this Counter object comes from another copy/,
    );
    const theirSemVer = own(new copy.SemVer(1, 0, 0));
    expect(() => echoCounter(theirSemVer as unknown as Counter)).toThrow(
      /counter: expected a Counter object, got an object \(SemVer\)/,
    );
    // Each copy still works with its own objects.
    expect(own(copy.echoCounter(theirs)).get()).toBe(4n);
    expect(own(echoCounter(ours)).get()).toBe(5n);
  });
});

describe('the FinalizationRegistry safety net', () => {
  test('objects JavaScript forgets are freed after garbage collection', () => {
    const script = `
      const api = require('./generated/${packageName('fixture-objects')}');
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      (async () => {
        const baseline = api.liveInstances();
        // Keep some objects alive, destroy some explicitly, forget the rest.
        const kept = [new api.Counter(1n), api.openSession('kept')];
        (() => {
          for (let i = 0; i < 100; i++) {
            const c = new api.Counter(BigInt(i));
            c.mergedWith(c);
            api.makeGroup('g' + i, 3);
            api.makeCounters(2);
            new api.SemVer(1, 2, i).bumpMajor();
            api.openSession('s' + i);
            try { api.failWithObject(i, 'dropped'); } catch (e) { if (!(e instanceof api.ObjectError)) throw e; }
            if (i % 3 === 0) c.destroy();
          }
        })();
        const during = api.liveInstances();
        for (let i = 0; i < 50 && api.liveInstances() > baseline + 2n; i++) {
          globalThis.gc();
          await sleep(10);
        }
        console.log(JSON.stringify({
          baseline: String(baseline),
          during: String(during),
          after: String(api.liveInstances()),
          keptWorks: kept[0].get() === 1n && kept[1].user() === 'kept',
        }));
        kept.forEach((o) => o.destroy());
        console.log('final ' + String(api.liveInstances()));
      })().catch((e) => { console.error(e); process.exit(1); });
    `;
    const result = spawnSync(process.execPath, ['--expose-gc', '-r', 'ts-node/register/transpile-only', '-e', script], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, TS_NODE_PROJECT: resolvePath(repoRoot, 'tsconfig.json') },
    });
    expect(result.error).toBeUndefined();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [line, finalLine] = result.stdout.trim().split('\n');
    const report = JSON.parse(line ?? '{}') as { baseline: string; during: string; after: string; keptWorks: boolean };
    expect(BigInt(report.during)).toBeGreaterThan(BigInt(report.baseline) + 100n);
    expect(BigInt(report.after)).toBe(BigInt(report.baseline) + 2n); // only the kept ones
    expect(report.keptWorks).toBe(true);
    expect(finalLine).toBe(`final ${report.baseline}`);
  });
});
