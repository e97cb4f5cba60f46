// Values that change while they are lowered (Hardening, item 1). A record field, an array element or
// a Map entry is read by `check`, by `allocationSize` and by `write`; a getter or a Proxy can
// answer differently each time. Whatever they answer, nothing unchecked may cross: each test makes
// a value that passes its check and then turns bad (or changes size), and expects the lowering to
// throw before anything is allocated on the Rust side.
import {
  CustomConverter,
  FfiConverterBool,
  FfiConverterBytes,
  FfiConverterF32,
  FfiConverterF64,
  FfiConverterForeignBytes,
  FfiConverterI32,
  FfiConverterI64,
  FfiConverterString,
  FfiConverterU64,
  FfiConverterU8,
  FlatEnumConverter,
  MapConverter,
  OptionalConverter,
  RecordConverter,
  SequenceConverter,
  SetConverter,
  TaggedEnumConverter,
  lowerIntoRustBuffer,
} from '../src/converters';
import type { FfiConverter } from '../src/converters';
import { CallbackInterfaceConverter, ForeignTraitConverter } from '../src/callbacks';
import type { VtableHost } from '../src/callbacks';
import { ErrorConverter, errorTupleVariant, errorVariant } from '../src/errors-converter';
import { UniffiError } from '../src/errors';
import { lowerArguments } from '../src/rust-call';
import { Duration, FfiConverterDuration, FfiConverterTimestamp, Timestamp } from '../src/time';
import { FakeNative } from './fake-native';
import { decode, roundTrip } from './helpers';

/** A getter whose answers are `answers`, one per read, the last one repeated. */
function answering(...answers: unknown[]): () => unknown {
  let reads = 0;
  return () => answers[Math.min(reads++, answers.length - 1)];
}

/** Whether the values made by {@link turning} give their second answer yet. */
let turned = false;

/** Defines `name` on `target` as a getter answering `before`, then `after` once the check is done. */
function turning<T extends object>(target: T, name: string, before: unknown, after: unknown): T {
  return Object.defineProperty(target, name, {
    get: () => (turned ? after : before),
    enumerable: true,
    configurable: true,
  });
}

/**
 * `{ [name]: <getter> }` with `answers` as its successive values (a record field is read exactly
 * once by `check`, by `allocationSize` and by `write`, in that order).
 */
function changing(name: string, ...answers: unknown[]): Record<string, unknown> {
  return Object.defineProperty({}, name, { get: answering(...answers), enumerable: true });
}

/** A record of one field `value` of type `converter`. */
function holder<T>(converter: FfiConverter<T>): RecordConverter<{ value: T }> {
  return new RecordConverter<{ value: T }>(`Holder<${converter.typeName}>`, { value: converter });
}

/**
 * Checks `value`, then lowers it: the lowering must throw `cls` (with `fragment` in its message)
 * and leave nothing allocated.
 */
function expectLoweringRefused<T>(
  converter: FfiConverter<T>,
  value: unknown,
  cls: new (...args: never[]) => Error,
  fragment: string,
): void {
  const fake = new FakeNative();
  turned = false;
  converter.check(value, 'arg');
  turned = true;
  let thrown: unknown;
  try {
    lowerIntoRustBuffer(converter, value as T, fake.native);
  } catch (error) {
    thrown = error;
  } finally {
    turned = false;
  }
  expect(thrown).toBeInstanceOf(cls);
  expect((thrown as Error).message).toContain(fragment);
  expect(fake.allocated).toHaveLength(0);
}

/** What crosses when the lowering succeeds, decoded. */
function lowered<T>(converter: FfiConverter<T>, value: T): T {
  const fake = new FakeNative();
  converter.check(value, 'arg');
  const buffer = lowerIntoRustBuffer(converter, value, fake.native);
  return decode(converter, fake.takeBytes(buffer));
}

describe('a primitive that turns bad after its check is refused when it is written', () => {
  test('u64 2n ** 70n (DataView would send 0n)', () => {
    expectLoweringRefused(
      holder(FfiConverterU64),
      changing('value', 1n, 1n, 2n ** 70n),
      RangeError,
      'out of range for u64',
    );
    expectLoweringRefused(holder(FfiConverterU64), changing('value', 1n, 1n, -1n), RangeError, 'out of range for u64');
    expectLoweringRefused(
      holder(FfiConverterI64),
      changing('value', 1n, 1n, 2n ** 63n),
      RangeError,
      'out of range for i64',
    );
    expectLoweringRefused(holder(FfiConverterI64), changing('value', 1n, 1n, 1), TypeError, 'expected a bigint (i64)');
  });

  test('f32 1e39 (DataView would send Infinity)', () => {
    expectLoweringRefused(
      holder(FfiConverterF32),
      changing('value', 1.5, 1.5, 1e39),
      RangeError,
      'out of range for f32',
    );
    expectLoweringRefused(
      holder(FfiConverterF32),
      changing('value', 1.5, 1.5, '1.5'),
      TypeError,
      'expected a number (f32)',
    );
    // f64: any number is valid, but a string would be coerced by DataView.
    expectLoweringRefused(
      holder(FfiConverterF64),
      changing('value', 1.5, 1.5, '1.5'),
      TypeError,
      'expected a number (f64)',
    );
  });

  test('small integers out of range, fractional or of the wrong type', () => {
    expectLoweringRefused(holder(FfiConverterU8), changing('value', 1, 1, 256), RangeError, 'out of range for u8');
    expectLoweringRefused(holder(FfiConverterU8), changing('value', 1, 1, 1.5), RangeError, 'not an integer');
    expectLoweringRefused(holder(FfiConverterU8), changing('value', 1, 1, NaN), RangeError, 'not an integer');
    expectLoweringRefused(
      holder(FfiConverterI32),
      changing('value', 1, 1, 2 ** 31),
      RangeError,
      'out of range for i32',
    );
    expectLoweringRefused(holder(FfiConverterI32), changing('value', 1, 1, 1n), TypeError, 'expected an integer (i32)');
  });

  test('bool', () => {
    expectLoweringRefused(
      holder(FfiConverterBool),
      changing('value', true, true, 'yes'),
      TypeError,
      'expected a boolean',
    );
  });

  test('a lone surrogate (TextEncoder would send U+FFFD)', () => {
    // Same UTF-8 length as measured: only the write-time check can tell.
    expectLoweringRefused(
      holder(FfiConverterString),
      changing('value', 'abc', 'abc', 'a\uD800'),
      TypeError,
      'lone UTF-16 surrogate',
    );
    expectLoweringRefused(
      holder(FfiConverterString),
      changing('value', 'abc', 'abc', 42),
      TypeError,
      'expected a string',
    );
  });

  test('a flat enum variant that does not exist (Rust would panic on index 0)', () => {
    const color = new FlatEnumConverter<'Red' | 'Green'>('Color', ['Red', 'Green']);
    expectLoweringRefused(holder(color), changing('value', 'Red', 'Red', 'Purple'), TypeError, 'one of "Red", "Green"');
  });

  test('bytes that are no longer bytes', () => {
    expectLoweringRefused(
      holder(FfiConverterBytes),
      changing('value', new Uint8Array(2), new Uint8Array(2), [1, 2]),
      TypeError,
      'a Uint8Array',
    );
    // A Proxy passes instanceof, but is no typed array.
    const proxy = new Proxy(new Uint8Array(2), {});
    expectLoweringRefused(
      holder(FfiConverterBytes),
      changing('value', new Uint8Array(2), new Uint8Array(2), proxy),
      TypeError,
      'expected a Uint8Array',
    );
  });

  test('an optional that becomes present and bad', () => {
    const converter = holder(new OptionalConverter(FfiConverterU8));
    expectLoweringRefused(converter, changing('value', undefined, undefined, 300), RangeError, 'out of range for u8');
  });

  test('Timestamp and Duration whose nanoseconds change', () => {
    const ts = new Timestamp(1n);
    Object.defineProperty(ts, 'epochNanoseconds', { get: answering(1n, 2n ** 100n) });
    expectLoweringRefused(FfiConverterTimestamp, ts, RangeError, 'out of range');
    const early = new Timestamp(-2_000_000_000n);
    Object.defineProperty(early, 'epochNanoseconds', { get: answering(-2_000_000_000n, -1n) });
    expectLoweringRefused(FfiConverterTimestamp, early, RangeError, 'second before 1970');
    const d = new Duration(1n);
    Object.defineProperty(d, 'nanoseconds', { get: answering(1n, -1n) });
    expectLoweringRefused(FfiConverterDuration, d, RangeError, 'negative');
    const typed = new Duration(1n);
    Object.defineProperty(typed, 'nanoseconds', { get: answering(1n, 1) });
    expectLoweringRefused(FfiConverterDuration, typed, TypeError, 'expected a bigint');
  });

  test('a record field that stops being a record', () => {
    const empty = new RecordConverter<Record<string, never>>('Empty', {});
    expectLoweringRefused(holder(empty), changing('value', {}, {}, 7), TypeError, 'expected an Empty object');
  });
});

describe('a value whose size changes between measuring and writing is refused', () => {
  test('a string that grows or shrinks after it was measured', () => {
    expectLoweringRefused(holder(FfiConverterString), changing('value', 'ab', 'ab', 'abc'), RangeError, 'overflow');
    expectLoweringRefused(
      holder(FfiConverterString),
      changing('value', 'abc', 'abc', 'ab'),
      RangeError,
      'the value changed while it was lowered',
    );
  });

  test('a string that changes before it is measured crosses as written, checked', () => {
    // Measured and written alike: a valid value, checked as it was written.
    expect(lowered(holder(FfiConverterString), changing('value', 'ab', 'abc') as { value: string })).toEqual({
      value: 'abc',
    });
  });

  test('an array that gains an element after its check', () => {
    const items: number[] = [1];
    let reads = 0;
    const growing = new Proxy(items, {
      get(target, key, receiver) {
        if (key === 'length') return ++reads >= 3 ? 2 : 1; // check, allocationSize: 1; write: 2
        if (key === '1') return 300;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    // The extra element is written, so validated: 300 is no u8.
    expectLoweringRefused(new SequenceConverter(FfiConverterU8), growing, RangeError, 'out of range for u8');
  });

  test('an array that gains a valid element after it was measured', () => {
    let reads = 0;
    const growing = new Proxy([1], {
      get(target, key, receiver) {
        if (key === 'length') return ++reads >= 3 ? 2 : 1;
        if (key === '1') return 2;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expectLoweringRefused(new SequenceConverter(FfiConverterU8), growing, RangeError, 'overflow');
  });

  test('an array whose length becomes absurd', () => {
    let reads = 0;
    const absurd = new Proxy([] as number[], {
      get: (target, key, receiver) =>
        key === 'length' ? (++reads >= 3 ? -1 : 0) : (Reflect.get(target, key, receiver) as unknown),
    });
    expectLoweringRefused(new SequenceConverter(FfiConverterU8), absurd, RangeError, 'exceed the i32 count limit');
  });

  test('an array whose own iterator lies is read by index', () => {
    const items = [1, 2];
    Object.defineProperty(items, Symbol.iterator, {
      value: function* () {
        yield 300;
      },
    });
    expect(lowered(new SequenceConverter(FfiConverterU8), items)).toEqual([1, 2]);
  });

  test('a Map entry deleted while the map is written', () => {
    const map = new Map<string, { value: number }>();
    let reads = 0;
    // Writing the first entry's value deletes the second: one entry written after a count of 2.
    map.set(
      'a',
      Object.defineProperty({}, 'value', {
        get: () => {
          if (++reads === 3) map.delete('b');
          return 1;
        },
        enumerable: true,
      }) as { value: number },
    );
    map.set('b', { value: 2 });
    expectLoweringRefused(
      new MapConverter(FfiConverterString, holder(FfiConverterU8)),
      map,
      RangeError,
      '1 items written after a count of 2',
    );
  });

  test('a Map entry added while the map is written does not cross', () => {
    const map = new Map<string, { value: number }>();
    let reads = 0;
    map.set(
      'a',
      Object.defineProperty({}, 'value', {
        get: () => {
          if (++reads === 3) map.set('z', { value: 300 });
          return 1;
        },
        enumerable: true,
      }) as { value: number },
    );
    // The count was written first; the added entry is not written (and so not sent unchecked).
    expect(lowered(new MapConverter(FfiConverterString, holder(FfiConverterU8)), map)).toEqual(
      new Map([['a', { value: 1 }]]),
    );
  });

  test('a Set item deleted while the set is written', () => {
    const set = new Set<{ value: number }>();
    let reads = 0;
    const second = { value: 2 };
    set.add(
      Object.defineProperty({}, 'value', {
        get: () => {
          if (++reads === 3) set.delete(second);
          return 1;
        },
        enumerable: true,
      }) as { value: number },
    );
    set.add(second);
    expectLoweringRefused(
      new SetConverter(holder(FfiConverterU8)),
      set,
      RangeError,
      '1 items written after a count of 2',
    );
  });
});

describe('enums with fields and errors', () => {
  type Shape = { tag: 'Circle'; radius: number } | { tag: 'Pair'; inner: [number, string] } | { tag: 'Point' };
  const shape = new TaggedEnumConverter<Shape>('Shape').define([
    ['Circle', { fields: { radius: FfiConverterF64 } }],
    ['Pair', { tuple: [FfiConverterU8, FfiConverterString] }],
    ['Point', { fields: {} }],
  ]);

  test('a tag that changes to an unknown variant', () => {
    const value = turning({ radius: 1 }, 'tag', 'Circle', 'Square');
    expectLoweringRefused(shape, value, TypeError, 'one of "Circle", "Pair", "Point"');
  });

  test('a tag that changes to another variant whose fields are missing', () => {
    const value = turning({ radius: 1 }, 'tag', 'Circle', 'Pair');
    expectLoweringRefused(shape, value, TypeError, 'an array of 2 values');
  });

  test('a tuple payload that changes', () => {
    const value = turning({ tag: 'Pair' }, 'inner', [1, 'a'], [300, 'a']);
    expectLoweringRefused(shape, value, RangeError, 'out of range for u8');
    const longer = turning({ tag: 'Pair' }, 'inner', [1, 'a'], [1, 'a', 3]);
    expectLoweringRefused(shape, longer, TypeError, 'an array of 2 values');
  });

  test('a named field that changes', () => {
    const value = turning({ tag: 'Circle' }, 'radius', 1, 'big');
    expectLoweringRefused(shape, value, TypeError, 'expected a number (f64)');
  });

  test('an error whose fields change after its check', () => {
    class ShopError extends UniffiError {
      constructor(tag: string, fields: Readonly<Record<string, unknown>>) {
        super('ShopError', tag, fields);
        Object.assign(this, fields);
      }
    }
    const errors = new ErrorConverter<ShopError>('ShopError', [
      errorVariant('OutOfStock', (f: { count: number }) => new ShopError('OutOfStock', f), { count: FfiConverterU8 }),
      errorTupleVariant('Pair', (inner) => new ShopError('Pair', { inner }), [FfiConverterU8]),
    ]);
    expectLoweringRefused(
      errors,
      turning(new ShopError('OutOfStock', {}), 'count', 1, 1000),
      RangeError,
      'out of range for u8',
    );
    expectLoweringRefused(
      errors,
      turning(new ShopError('OutOfStock', { count: 1 }), 'tag', 'OutOfStock', 'Gone'),
      RangeError,
      'unknown variant Gone',
    );
    expectLoweringRefused(
      errors,
      turning(new ShopError('Pair', {}), 'inner', [1], [256]),
      RangeError,
      'out of range for u8',
    );
  });
});

describe('callback interfaces and foreign traits: the interface is checked where the handle is made', () => {
  const host = (fake: FakeNative): VtableHost => ({
    native: fake.native,
    openedNative: fake.native,
    addVtable: () => undefined,
  });
  const logMethod = { name: 'log', rustName: 'log', params: [], isAsync: false };

  test('an element that implements the interface for the check and not for the write', () => {
    const fake = new FakeNative();
    const logger = new CallbackInterfaceConverter<{ log(): void }>('Logger', host(fake), 'init_logger').define([
      logMethod,
    ]);
    const value = turning([] as unknown[], '0', { log: () => undefined }, { log: 'not a function' });
    expectLoweringRefused(
      new SequenceConverter(logger),
      value,
      TypeError,
      'Logger value (changed after its check, while being lowered): expected an object implementing Logger, but it has no method log()',
    );
    expect(logger.liveHandles).toBe(0);
  });

  test('a foreign trait element that turns from an implementation into a number', () => {
    const fake = new FakeNative();
    // Rust implementations: a class nothing here is an instance of.
    const rust = { ...FfiConverterU64, isInstance: () => false } as unknown as FfiConverter<{ log(): void }> & {
      isInstance(value: unknown): boolean;
    };
    const store = new ForeignTraitConverter<{ log(): void }>('Store', host(fake), 'init_store', rust).define([
      logMethod,
    ]);
    const value = turning([] as unknown[], '0', { log: () => undefined }, 7);
    expectLoweringRefused(
      new SequenceConverter(store),
      value,
      TypeError,
      'Store value (changed after its check, while being lowered): expected an object implementing Store, got 7 (number)',
    );
    expect(store.liveHandles).toBe(0);
  });

  test('a call that does not happen removes the handles already made for it', () => {
    const fake = new FakeNative();
    const logger = new CallbackInterfaceConverter<{ log(): void }>('Logger', host(fake), 'init_logger').define([
      logMethod,
    ]);
    const bad = Object.defineProperty({ label: 'a' }, 'x', { get: answering(1, 1, 1e39), enumerable: true });
    const point = new RecordConverter<{ x: number; label: string }>('Point', {
      x: FfiConverterF32,
      label: FfiConverterString,
    });
    const params: Array<readonly [string, FfiConverter<unknown>]> = [
      ['logger', logger as FfiConverter<unknown>],
      ['loggers', new SequenceConverter(logger) as FfiConverter<unknown>],
      ['point', point as FfiConverter<unknown>],
    ];
    const one = { log: () => undefined };
    expect(() => lowerArguments(fake.native, params, [one, [one, one], bad])).toThrow(/out of range for f32/);
    expect(logger.liveHandles).toBe(0);
    // When the call happens, Rust owns the handles.
    lowerArguments(fake.native, params, [one, [one], { x: 1, label: 'ok' }]);
    expect(logger.liveHandles).toBe(2);
  });
});

describe('custom types', () => {
  test('a conversion that answers differently at the top level is checked again', () => {
    const percent = new CustomConverter<{ n: number }, number>('Percent').define(FfiConverterU8, {
      lift: (n) => ({ n }),
      lower: answering(1, 1000) as (value: { n: number }) => number,
    });
    const fake = new FakeNative();
    let thrown: unknown;
    try {
      lowerArguments(fake.native, [['p', percent as FfiConverter<unknown>]], [{ n: 1 }]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RangeError);
    expect((thrown as Error).message).toContain('out of range for u8');
  });

  test('nested, the builtin validates what it writes', () => {
    const name = new CustomConverter<{ s: string }, string>('Name').define(FfiConverterString, {
      lift: (s) => ({ s }),
      lower: answering('ok', 'ok', '\uDC00') as (value: { s: string }) => string,
    });
    expectLoweringRefused(holder(name), { value: { s: 'x' } }, TypeError, 'lone UTF-16 surrogate');
  });
});

describe('byte slices', () => {
  test('a subclass lying about its length crosses as the bytes it has', () => {
    class Liar extends Uint8Array {
      override get length(): number {
        return 1000;
      }
    }
    const liar = new Liar([1, 2, 3]);
    const plain = FfiConverterForeignBytes.lower(liar, new FakeNative().native) as Uint8Array;
    expect(plain).not.toBe(liar);
    expect(plain.length).toBe(3);
    expect(Array.from(plain)).toEqual([1, 2, 3]);
    // The nested form too.
    expect(roundTrip(FfiConverterBytes, liar)).toEqual(new Uint8Array([1, 2, 3]));
  });

  test('an own length property is not believed either', () => {
    const bytes = new Uint8Array([1, 2]);
    Object.defineProperty(bytes, 'length', { value: 5 });
    expect((FfiConverterForeignBytes.lower(bytes, new FakeNative().native) as Uint8Array).length).toBe(2);
  });

  test('a plain Uint8Array or Buffer is passed as it is', () => {
    const bytes = new Uint8Array([1]);
    const buffer = Buffer.from([1]);
    expect(FfiConverterForeignBytes.lower(bytes, new FakeNative().native)).toBe(bytes);
    expect(FfiConverterForeignBytes.lower(buffer, new FakeNative().native)).toBe(buffer);
  });
});

describe('through lowerArguments', () => {
  const point = new RecordConverter<{ x: number; label: string }>('Point', {
    x: FfiConverterF32,
    label: FfiConverterString,
  });

  test('a record argument that turns bad is refused and nothing stays allocated', () => {
    const fake = new FakeNative();
    const bad = { label: 'a', ...changing('x', 1) };
    Object.defineProperty(bad, 'x', { get: answering(1, 1, 1e39) });
    expect(() =>
      lowerArguments(
        fake.native,
        [
          ['p', point as FfiConverter<unknown>],
          ['s', FfiConverterString],
        ],
        [bad, 'x'],
      ),
    ).toThrow(RangeError);
    expect(fake.live.size).toBe(0);
  });

  test('a later argument turning bad frees the buffers of earlier ones', () => {
    const fake = new FakeNative();
    const bad = Object.defineProperty({ label: 'a' }, 'x', { get: answering(1, 1, 1e39), enumerable: true });
    const params: Array<readonly [string, FfiConverter<unknown>]> = [
      ['first', point as FfiConverter<unknown>],
      ['second', point as FfiConverter<unknown>],
    ];
    expect(() => lowerArguments(fake.native, params, [{ x: 1, label: 'ok' }, bad])).toThrow(/out of range for f32/);
    expect(fake.allocated).toHaveLength(1);
    expect(fake.live.size).toBe(0);
  });

  test('numbers and bigints still cross as they are', () => {
    const args = [1, 2n];
    expect(
      lowerArguments(
        new FakeNative().native,
        [
          ['a', FfiConverterI32],
          ['b', FfiConverterU64],
        ],
        args,
      ),
    ).toBe(args);
  });
});
