/**
 * `npm run stress [-- --quick] [--transport ffi-rs|koffi|node-api] [--calls N] [--max-minutes M] [--seed S] [--only <case>]`:
 * a hardening stress run, not a test (`--quick`, a small version of every case, is run by
 * `tests/hardening/stress.test.ts` in `npm test`). On each transport (`generated/async-ffi` and
 * `generated/fixture-objects` on ffi-rs, their `-koffi` twins on koffi), one after the other:
 *
 * - **values**: random profiles (fast-check) through `echoProfile` and `echoProfileAsync` come back
 *   exactly; hostile profiles whose getters turn bad after the check (u64 2^70, f32 1e39, a lone
 *   surrogate, an unknown variant, an array growing an invalid element) are a TypeError or
 *   RangeError; 200 calls on one AbortSignal, aborted halfway, all settle, leaving no listener and
 *   no MaxListenersExceededWarning;
 * - **futures**: 100,000 `sleepMs` calls in flight at once, about half cancelled at random times:
 *   each resolves with its value or rejects with an AbortError, Rust started each once and dropped
 *   no more than were cancelled;
 * - **workers**: rounds of four worker threads loading both packages while the main thread calls
 *   them too, holding objects and pending futures; two end by `process.exit()`, one on its own,
 *   one is terminated (idle: koffi crashes on a terminated worker's pending futures, README);
 *   every object they held is freed once they are gone;
 * - **destroy races**: batches of objects whose async methods are pending while the objects are
 *   destroyed, cancelled, or forgotten under gc(): every call settles as it should, and every
 *   Rust object is freed in the end;
 * - **panics and errors**: sync and async panics and typed errors in a loop, each the right class
 *   with the right message (Rust's panic reports on stderr are counted, not shown);
 * - **large values**: 100 MB of bytes, a 20 MB string, a map of 1,000,000 entries, exactly back;
 * - **call kinds**: 1,000,000 calls of each kind (sync scalar, string, record, u64, bytes, async
 *   with 1,000 in flight, an object method, an object made and destroyed).
 *
 * Memory is measured around each case after gc(): the Rust heap (async-ffi counts its live bytes),
 * the Rust objects alive (fixture-objects counts them), the JS heap and the RSS, per operation.
 * Any check that fails, a Rust heap growing by more than 1 B per operation (beyond 64 KiB of
 * allocator noise), or an object left alive is a failure. One table at the end; exit status 1 on any
 * failure.
 *
 * The cases run in a child process, which this one supervises: a crash is reported as one, the
 * run is killed after `--max-minutes` (default 15) and counts as failed, and Rust's panic reports
 * (one per deliberate panic) are dropped from stderr and counted.
 */
import { spawn } from 'node:child_process';
import { getEventListeners } from 'node:events';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import * as asyncFfiOnFfiRs from '../../generated/async-ffi';
import type { Mood, Point, Profile } from '../../generated/async-ffi';
import * as asyncFfiOnKoffi from '../../generated/async-ffi-koffi';
import * as objectsOnFfiRs from '../../generated/fixture-objects';
import * as objectsOnKoffi from '../../generated/fixture-objects-koffi';
import * as asyncFfiOnNodeApi from '../../generated/async-ffi-node-api';
import * as objectsOnNodeApi from '../../generated/fixture-objects-node-api';
import { formatNs, gc, markdownTable, signed, useWorkspaceNodeApiAddon } from '../bench/util';

// ---- what the cases call (both transports' packages have it) ------------------------------

interface Signal {
  readonly signal?: AbortSignal;
}

interface AsyncFfi {
  add(a: number, b: number): number;
  echoString(value: string): string;
  echoPoint(point: Point): Point;
  echoU64(value: bigint): bigint;
  echoBytes(value: Uint8Array): Uint8Array;
  echoMap(map: Map<string, bigint>): Map<string, bigint>;
  echoProfile(profile: Profile): Profile;
  echoProfileAsync(profile: Profile, options?: Signal): Promise<Profile>;
  sayHello(name: string, options?: Signal): Promise<string>;
  sleepMs(ms: bigint, options?: Signal): Promise<bigint>;
  sleepStats(): { started: bigint; droppedEarly: bigint };
  panicNow(message: string): void;
  panicLater(message: string, options?: Signal): Promise<string>;
  validateName(name: string): void;
  checkedGreeting(name: string, options?: Signal): Promise<string>;
  setWorkDelayMs(ms: bigint): void;
  rustHeapLiveBytes(): bigint;
  readonly RustPanic: abstract new (...args: never[]) => Error;
  readonly AbortError: abstract new (...args: never[]) => Error;
  readonly GreetingError: {
    readonly EmptyName: abstract new (...args: never[]) => Error;
    readonly TooLong: abstract new (...args: never[]) => Error & { readonly length: number };
  };
}

interface Counter {
  get(): bigint;
  incrementAfter(delayMs: bigint, options?: Signal): Promise<bigint>;
  wait(ms: bigint, options?: Signal): Promise<bigint>;
  destroy(): void;
}

interface Objects {
  readonly Counter: new (initial: bigint) => Counter;
  readonly ObjectDestroyedError: abstract new (...args: never[]) => Error;
  liveInstances(): bigint;
}

interface Transport {
  readonly name: string;
  readonly asyncFfi: AsyncFfi;
  readonly objects: Objects;
  /** Package folders, for worker threads. */
  readonly asyncFfiDir: string;
  readonly objectsDir: string;
}

const generated = resolve(__dirname, '../../generated');
const TRANSPORTS: readonly Transport[] = [
  {
    name: 'ffi-rs',
    asyncFfi: asyncFfiOnFfiRs,
    objects: objectsOnFfiRs,
    asyncFfiDir: resolve(generated, 'async-ffi'),
    objectsDir: resolve(generated, 'fixture-objects'),
  },
  {
    name: 'koffi',
    asyncFfi: asyncFfiOnKoffi,
    objects: objectsOnKoffi,
    asyncFfiDir: resolve(generated, 'async-ffi-koffi'),
    objectsDir: resolve(generated, 'fixture-objects-koffi'),
  },
  {
    name: 'node-api',
    asyncFfi: asyncFfiOnNodeApi,
    objects: objectsOnNodeApi,
    asyncFfiDir: resolve(generated, 'async-ffi-node-api'),
    objectsDir: resolve(generated, 'fixture-objects-node-api'),
  },
];

useWorkspaceNodeApiAddon();

// ---- options --------------------------------------------------------------------------------

interface Options {
  readonly quick: boolean;
  readonly transports: readonly string[];
  readonly calls: number;
  readonly maxMinutes: number;
  readonly seed: number;
  /** Only the cases whose name starts with this (`--only workers`). */
  readonly only: string | undefined;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index < 0 ? undefined : argv[index + 1];
  };
  const positive = (name: string, fallback: number): number => {
    const text = value(name);
    if (text === undefined) return fallback;
    const number = Number(text);
    if (!(number > 0)) throw new Error(`${name} needs a positive number, got ${text}`);
    return number;
  };
  const quick = argv.includes('--quick');
  const transport = value('--transport');
  if (transport !== undefined && !TRANSPORTS.some((t) => t.name === transport)) {
    throw new Error(`--transport is ffi-rs, koffi or node-api, got ${transport}`);
  }
  return {
    quick,
    transports: transport === undefined ? TRANSPORTS.map((t) => t.name) : [transport],
    calls: Math.floor(positive('--calls', quick ? 2_000 : 1_000_000)),
    maxMinutes: positive('--max-minutes', quick ? 5 : 15),
    seed: Math.floor(positive('--seed', Date.now() % 2 ** 31)),
    only: value('--only'),
  };
}

/** The amount of work of each case, full or quick. */
interface Sizes {
  readonly valueSeconds: number;
  readonly futures: number;
  readonly workerRounds: number;
  readonly raceBatches: number;
  readonly panics: number;
  readonly largeBytes: number;
  readonly largeString: number;
  readonly largeMap: number;
  readonly warmUp: number;
}

const FULL: Sizes = {
  valueSeconds: 10,
  futures: 100_000,
  workerRounds: 10,
  raceBatches: 100,
  panics: 20_000,
  largeBytes: 100_000_000,
  largeString: 20_000_000,
  largeMap: 1_000_000,
  warmUp: 20_000,
};

const QUICK: Sizes = {
  valueSeconds: 0,
  futures: 2_000,
  workerRounds: 1,
  raceBatches: 3,
  panics: 100,
  largeBytes: 4_000_000,
  largeString: 1_000_000,
  largeMap: 20_000,
  warmUp: 200,
};

// ---- bookkeeping ----------------------------------------------------------------------------

/** A seeded xorshift generator: a failing run can be replayed with `--seed`. */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed | 1;
  }
  /** An integer in [0, bound), from the high bits (xorshift's low bits are weak). */
  below(bound: number): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x;
    return Math.floor(((x >>> 0) / 2 ** 32) * bound);
  }
}

/** One case on one transport: what it did and what went wrong. */
class Case {
  readonly failures: string[] = [];
  failureCount = 0;
  constructor(
    readonly name: string,
    readonly transport: Transport,
  ) {}
  fail(what: string): void {
    this.failureCount++;
    if (this.failures.length < 5) this.failures.push(what);
  }
  check(condition: boolean, what: string): void {
    if (!condition) this.fail(what);
  }
}

interface Row {
  readonly name: string;
  readonly transport: string;
  readonly work: string;
  readonly failures: number;
  readonly rustHeap: string;
  readonly objectsLeft: string;
  readonly jsHeap: string;
  readonly rss: string;
  readonly time: string;
}

/** Rust heap growth allowed per case besides 1 B per operation: tokio's and the allocator's own bookkeeping. */
const HEAP_SLACK = 64 * 1024;

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** gc(), then waits (up to 5 s) for finalizers to free the Rust objects of forgotten JS objects. */
async function settleObjects(objects: Objects, expected: bigint): Promise<void> {
  for (let i = 0; i < 100 && objects.liveInstances() > expected; i++) {
    gc();
    await sleep(50);
  }
  gc();
}

/**
 * Runs `body` (which returns its description of the work done and the number of operations)
 * with memory measured around it; fails the case on Rust heap growth or objects left alive.
 */
async function measured(
  name: string,
  transport: Transport,
  body: (c: Case) => Promise<{ work: string; ops: number; usesAsyncFfi?: boolean; usesObjects?: boolean }>,
): Promise<Row> {
  const c = new Case(name, transport);
  const { asyncFfi, objects } = transport;
  gc();
  const before = {
    heap: asyncFfi.rustHeapLiveBytes(),
    objects: objects.liveInstances(),
    memory: process.memoryUsage(),
  };
  const start = process.hrtime.bigint();
  let result: { work: string; ops: number; usesAsyncFfi?: boolean; usesObjects?: boolean } = {
    work: 'did not finish',
    ops: 1,
  };
  try {
    result = await body(c);
  } catch (error) {
    c.fail(`threw ${String(error)}`);
  }
  const ns = Number(process.hrtime.bigint() - start);
  await settleObjects(objects, before.objects);
  const after = { heap: asyncFfi.rustHeapLiveBytes(), objects: objects.liveInstances(), memory: process.memoryUsage() };
  const ops = Math.max(1, result.ops);
  let rustHeap = '–';
  if (result.usesAsyncFfi !== false) {
    const growth = Number(after.heap - before.heap);
    if (growth > HEAP_SLACK + ops) c.fail(`the Rust heap grew by ${growth} B over ${ops} operations`);
    rustHeap = signed(growth / ops, 3);
  }
  let objectsLeft = '–';
  if (result.usesObjects === true) {
    const left = after.objects - before.objects;
    if (left !== 0n) c.fail(`${left} Rust objects left alive`);
    objectsLeft = String(left);
  }
  for (const failure of c.failures) console.log(`FAILURE ${name} (${transport.name}): ${failure}`);
  return {
    name,
    transport: transport.name,
    work: result.work,
    failures: c.failureCount,
    rustHeap,
    objectsLeft,
    jsHeap: signed((after.memory.heapUsed - before.memory.heapUsed) / ops, 2),
    rss: signed((after.memory.rss - before.memory.rss) / ops, 2),
    time: formatNs(ns / ops),
  };
}

const count = (n: number): string => n.toLocaleString('en-US');

/** `row` with the failures of the unmeasured warm-up that preceded it. */
function withWarmUp(row: Row, warmUp: Case): Row {
  for (const failure of warmUp.failures)
    console.log(`FAILURE ${warmUp.name} (${warmUp.transport.name}, warm-up): ${failure}`);
  return { ...row, failures: row.failures + warmUp.failureCount };
}

// ---- values ---------------------------------------------------------------------------------

const U64_MAX = 2n ** 64n - 1n;
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 10 }));
const profiles: fc.Arbitrary<Profile> = fc.record({
  id: fc.bigInt({ min: 0n, max: U64_MAX }),
  name: text,
  nickname: fc.option(text, { nil: undefined }),
  scores: fc.array(fc.double(), { maxLength: 8 }),
  mood: fc.constantFrom<Mood>('Happy', 'Calm', 'Grumpy'),
  attributes: fc.uniqueArray(fc.tuple(text, text), { selector: ([k]) => k, maxLength: 4 }).map((e) => new Map(e)),
  avatar: fc.uint8Array({ maxLength: 64 }),
  temperature: fc.float(),
  active: fc.boolean(),
});

/** Deep equality that tells bytes, Maps, -0 and NaN apart as the round trip must keep them. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.compare(a, b) === 0;
  if (a instanceof Map && b instanceof Map)
    return a.size === b.size && [...a].every(([k, v]) => b.has(k) && same(v, b.get(k)));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]));
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

/** A profile one of whose fields answers `good` to the check, then `bad`. */
function hostile(base: Profile, field: keyof Profile, good: unknown, bad: unknown): Profile {
  let reads = 0;
  const value = { ...base };
  Object.defineProperty(value, field, { get: () => (reads++ === 0 ? good : bad), enumerable: true });
  return value;
}

function growingScores(): number[] {
  let lengthReads = 0;
  return new Proxy([1.5], {
    get: (target, key, receiver) => {
      if (key === 'length') return lengthReads++ === 0 ? 1 : 2;
      if (key === '1') return 'not a number';
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

const HOSTILE: ReadonlyArray<readonly [string, (base: Profile) => Profile]> = [
  ['u64 2^70', (p) => hostile(p, 'id', 1n, 2n ** 70n)],
  ['f32 1e39', (p) => hostile(p, 'temperature', 1.5, 1e39)],
  ['lone surrogate', (p) => hostile(p, 'name', 'ok', 'a\uD800')],
  ['unknown variant', (p) => hostile(p, 'mood', 'Calm', 'Furious')],
  ['growing array', (p) => ({ ...p, scores: growingScores() })],
];

async function values(t: Transport, sizes: Sizes, warnings: readonly Error[]): Promise<Row> {
  return measured('values: random, hostile, one signal', t, async (c) => {
    const api = t.asyncFfi;
    let roundTrips = 0;
    let refused = 0;
    let settled = 0;
    const round = async (): Promise<void> => {
      for (const profile of fc.sample(profiles, 50)) {
        c.check(same(api.echoProfile(profile), profile), 'echoProfile changed a profile');
        roundTrips++;
      }
      for (const profile of fc.sample(profiles, 10)) {
        c.check(same(await api.echoProfileAsync(profile), profile), 'echoProfileAsync changed a profile');
        roundTrips++;
      }
      const base = fc.sample(profiles, 1)[0] as Profile;
      for (const [label, make] of HOSTILE) {
        try {
          api.echoProfile(make(base));
          c.fail(`hostile ${label}: crossed`);
        } catch (error) {
          c.check(error instanceof TypeError || error instanceof RangeError, `hostile ${label}: ${String(error)}`);
          refused++;
        }
      }
      const controller = new AbortController();
      const calls = Array.from({ length: 200 }, (_, i) =>
        api.sleepMs(i % 2 === 0 ? 0n : 10_000n, { signal: controller.signal }),
      );
      c.check(
        getEventListeners(controller.signal, 'abort').length === 1,
        'not exactly one abort listener on a shared signal',
      );
      await sleep(5);
      controller.abort();
      for (const result of await Promise.allSettled(calls)) {
        c.check(
          result.status === 'fulfilled' || result.reason instanceof api.AbortError,
          `a call on the aborted signal: ${String(result.status === 'rejected' ? result.reason : '')}`,
        );
        settled++;
      }
      c.check(getEventListeners(controller.signal, 'abort').length === 0, 'an abort listener left behind');
    };
    const deadline = Date.now() + sizes.valueSeconds * 1000;
    let rounds = 0;
    do {
      await round();
      rounds++;
    } while (Date.now() < deadline);
    await sleep(1); // warnings are emitted on the next tick
    const maxListeners = warnings.filter((w) => w.name === 'MaxListenersExceededWarning').length;
    c.check(maxListeners === 0, `${maxListeners} MaxListenersExceededWarning`);
    return {
      work: `${count(rounds)} rounds: ${count(roundTrips)} round trips, ${count(refused)} hostile values refused, ${count(settled)} calls on aborted signals`,
      ops: roundTrips + refused + settled,
    };
  });
}

// ---- futures --------------------------------------------------------------------------------

async function futures(t: Transport, sizes: Sizes, random: Random): Promise<Row> {
  return measured('futures: in flight at once, random cancellation', t, async (c) => {
    const api = t.asyncFfi;
    const before = api.sleepStats();
    let cancelled = 0;
    const calls = Array.from({ length: sizes.futures }, () => {
      const ms = BigInt(random.below(20));
      const controller = new AbortController();
      if (random.below(2) === 0) {
        cancelled++;
        setTimeout(() => controller.abort(new Error('stress')), random.below(25));
      }
      return api.sleepMs(ms, { signal: controller.signal }).then(
        (value) => {
          c.check(value === ms, `sleepMs(${ms}) resolved with ${value}`);
          return 'finished' as const;
        },
        (error: unknown) => {
          c.check(
            error instanceof api.AbortError && (error.cause as Error).message === 'stress',
            `sleepMs rejected with ${String(error)}`,
          );
          return 'aborted' as const;
        },
      );
    });
    const outcomes = await Promise.all(calls);
    const aborted = outcomes.filter((o) => o === 'aborted').length;
    const after = api.sleepStats();
    c.check(
      after.started - before.started === BigInt(sizes.futures),
      `Rust started ${after.started - before.started} sleeps, not ${sizes.futures}`,
    );
    const dropped = Number(after.droppedEarly - before.droppedEarly);
    c.check(
      dropped <= aborted && aborted <= cancelled,
      `${dropped} dropped in Rust, ${aborted} aborted, ${cancelled} cancelled`,
    );
    return {
      work: `${count(sizes.futures)} futures at once: ${count(sizes.futures - aborted)} finished, ${count(aborted)} aborted (${count(dropped)} dropped early in Rust)`,
      ops: sizes.futures,
    };
  });
}

// ---- workers --------------------------------------------------------------------------------

/**
 * A worker: calls both packages and keeps 20 Counters (one to be terminated destroys them first),
 * one told to exit also leaves 10 futures pending on them; reports, then ends the way it is told.
 */
const WORKER = `
  const { parentPort, workerData } = require('node:worker_threads');
  const objects = require(workerData.objectsDir);
  const asyncFfi = require(workerData.asyncFfiDir);
  (async () => {
    const counters = Array.from({ length: 20 }, (_, i) => new objects.Counter(BigInt(i)));
    let sum = 0n;
    for (const counter of counters) sum += counter.get();
    const incremented = await Promise.all(counters.map((counter) => counter.incrementAfter(0n)));
    const greeting = workerData.end === 'terminate' ? 'Hello, w!' : await asyncFfi.sayHello('w');
    const ok = sum === 190n && incremented.every((v, i) => v === BigInt(i) + 1n) && greeting.startsWith('Hello, w');
    if (workerData.end === 'terminate') {
      // Nothing runs in a terminated worker: it must hold nothing Rust owns (README).
      for (const counter of counters) counter.destroy();
    } else {
      globalThis.kept = counters;
      // Pending futures keep a worker alive: only one that is told to exit has them.
      if (workerData.end === 'exit') for (let i = 0; i < 10; i++) counters[i].wait(60000n).catch(() => {});
    }
    parentPort.postMessage(ok);
    if (workerData.end === 'exit') parentPort.once('message', () => process.exit(0));
    if (workerData.end === 'terminate') setInterval(() => {}, 1000);
  })().catch((error) => { parentPort.postMessage(String(error)); });
`;

/** Four workers at once, ending in each way, while the main thread calls the same libraries. */
async function workerRound(t: Transport, c: Case): Promise<number> {
  const ends = ['exit', 'exit', 'own', 'terminate'] as const;
  const running = ends.map((end) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { end, objectsDir: t.objectsDir, asyncFfiDir: t.asyncFfiDir },
    });
    const exited = new Promise<number>((done) => worker.once('exit', done));
    const reported = new Promise<unknown>((done, fail) => {
      worker.once('message', done);
      worker.once('error', fail);
    });
    return { end, worker, exited, reported };
  });
  const counter = new t.objects.Counter(1n);
  await Promise.all([t.asyncFfi.sayHello('main'), counter.incrementAfter(1n)]);
  counter.destroy();
  for (const { end, worker, exited, reported } of running) {
    const report = await reported;
    c.check(report === true, `a worker (${end}) reported ${String(report)}`);
    if (end === 'exit') worker.postMessage('exit');
    if (end === 'terminate') await worker.terminate();
    await exited;
  }
  return ends.length;
}

async function workers(t: Transport, sizes: Sizes): Promise<Row> {
  // A first round unmeasured: the process's first worker threads grow its RSS for good (thread
  // stacks, the C allocator's per-thread arenas), which is not what a worker leaves behind.
  const warmUp = new Case('workers: loading, ending, terminated', t);
  await workerRound(t, warmUp);
  const row = await measured(warmUp.name, t, async (c) => {
    let started = 0;
    for (let round = 0; round < sizes.workerRounds; round++) started += await workerRound(t, c);
    return {
      work: `${count(started)} workers (${sizes.workerRounds} rounds of 2 exit(), 1 own end, 1 terminate())`,
      ops: started,
      usesObjects: true,
    };
  });
  return withWarmUp(row, warmUp);
}

// ---- destroy racing async methods under gc() -----------------------------------------------

async function destroyRaces(t: Transport, sizes: Sizes, random: Random): Promise<Row> {
  return measured('destroy races: async methods, gc()', t, async (c) => {
    const { Counter, ObjectDestroyedError } = t.objects;
    let calls = 0;
    for (let batch = 0; batch < sizes.raceBatches; batch++) {
      const counters = Array.from({ length: 200 }, (_, i) => new Counter(BigInt(i)));
      const pending: Array<Promise<void>> = [];
      counters.forEach((counter, i) => {
        const controller = new AbortController();
        const call = counter.incrementAfter(BigInt(random.below(3)), { signal: controller.signal });
        calls++;
        const cancel = i % 7 === 0;
        pending.push(
          call.then(
            (value) => c.check(value === BigInt(i) + 1n, `incrementAfter gave ${value}, not ${i + 1}`),
            (error: unknown) =>
              c.check(
                cancel && error instanceof Error && error.name === 'AbortError',
                `incrementAfter rejected with ${String(error)}`,
              ),
          ),
        );
        if (cancel) controller.abort();
        switch (i % 4) {
          case 0: // destroyed while its method is pending: the call holds its own handle
            counter.destroy();
            try {
              counter.get();
              c.fail('a destroyed counter answered');
            } catch (error) {
              c.check(error instanceof ObjectDestroyedError, `a destroyed counter threw ${String(error)}`);
            }
            pending.push(
              counter.wait(0n).then(
                () => c.fail('an async method of a destroyed counter resolved'),
                (error: unknown) =>
                  c.check(
                    error instanceof ObjectDestroyedError,
                    `an async method of a destroyed counter rejected with ${String(error)}`,
                  ),
              ),
            );
            calls += 2;
            break;
          case 1: // forgotten: the FinalizationRegistry frees it, pending or not
            break;
          default: // destroyed once its method settled
            pending.push(
              call.then(
                () => counter.destroy(),
                () => counter.destroy(),
              ),
            );
        }
      });
      if (batch % 2 === 0) gc();
      await Promise.all(pending);
    }
    return {
      work: `${count(sizes.raceBatches * 200)} objects, ${count(calls)} calls`,
      ops: calls,
      usesAsyncFfi: false,
      usesObjects: true,
    };
  });
}

// ---- panics and errors ----------------------------------------------------------------------

/** Marks the deliberate panics, whose reports the supervisor drops from stderr. */
const PANIC_MARK = 'stress panic #';

async function panicsAndErrors(t: Transport, sizes: Sizes): Promise<Row> {
  return measured('panics and errors in a loop', t, async (c) => {
    const api = t.asyncFfi;
    let calls = 0;
    const expectThrow = (call: () => unknown, check: (error: unknown) => boolean, what: string): void => {
      calls++;
      try {
        call();
        c.fail(`${what} did not throw`);
      } catch (error) {
        c.check(check(error), `${what} threw ${String(error)}`);
      }
    };
    const expectReject = async (
      call: Promise<unknown>,
      check: (error: unknown) => boolean,
      what: string,
    ): Promise<void> => {
      calls++;
      try {
        await call;
        c.fail(`${what} resolved`);
      } catch (error) {
        c.check(check(error), `${what} rejected with ${String(error)}`);
      }
    };
    for (let i = 0; i < sizes.panics; i++) {
      const message = `${PANIC_MARK}${i}`;
      expectThrow(
        () => api.panicNow(message),
        (e) => e instanceof api.RustPanic && e.message === message,
        'panicNow',
      );
      expectThrow(
        () => api.validateName('x'.repeat(40)),
        (e) => e instanceof api.GreetingError.TooLong && e.length === 40,
        'validateName',
      );
      if (i % 4 === 0) {
        await expectReject(
          api.panicLater(message),
          (e) => e instanceof api.RustPanic && e.message === message,
          'panicLater',
        );
        await expectReject(api.checkedGreeting(''), (e) => e instanceof api.GreetingError.EmptyName, 'checkedGreeting');
      }
    }
    const panics = sizes.panics + Math.ceil(sizes.panics / 4);
    return {
      work: `${count(calls)} calls: ${count(panics)} panics, ${count(calls - panics)} typed errors`,
      ops: calls,
    };
  });
}

// ---- large values ---------------------------------------------------------------------------

async function largeValues(t: Transport, sizes: Sizes): Promise<Row> {
  return measured('large values', t, async (c) => {
    const api = t.asyncFfi;
    const bytes = new Uint8Array(sizes.largeBytes);
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = (i >>> 12) & 0xff;
    c.check(Buffer.compare(api.echoBytes(bytes), bytes) === 0, `${bytes.length} bytes changed`);
    const string = 'aé€🦀'.repeat(Math.floor(sizes.largeString / 10));
    c.check(api.echoString(string) === string, 'a long string changed');
    const map = new Map<string, bigint>();
    for (let i = 0; i < sizes.largeMap; i++) map.set(`key${i}`, BigInt(i) * 7919n - 2n ** 40n);
    const echoed = api.echoMap(map);
    c.check(echoed.size === map.size && [...map].every(([k, v]) => echoed.get(k) === v), 'a large map changed');
    return {
      work: `${count(sizes.largeBytes / 1e6)} MB of bytes, a ${count(Buffer.byteLength(string) / 1e6)} MB string, a map of ${count(sizes.largeMap)} entries`,
      ops: 3,
    };
  });
}

// ---- every call kind ------------------------------------------------------------------------

const POINT: Point = { x: 1.5, y: -2.25, label: 'origin' };
const BYTES = new Uint8Array(64).map((_, i) => i);
const BIG = 2n ** 60n + 1n;
const IN_FLIGHT = 1000;

type Kind = readonly [
  name: string,
  run: (t: Transport, calls: number, c: Case) => void | Promise<void>,
  objects: boolean,
];

const KINDS: readonly Kind[] = [
  [
    'sync `add`',
    (t, calls, c) => {
      let sum = 0;
      for (let i = 0; i < calls; i++) sum += t.asyncFfi.add(i & 0xffff, 1);
      c.check(sum > 0, 'add');
    },
    false,
  ],
  [
    '`echoString` (20 chars)',
    (t, calls, c) => {
      for (let i = 0; i < calls; i++)
        if (t.asyncFfi.echoString('abcdefghijklmnopqrst').length !== 20) c.fail('echoString');
    },
    false,
  ],
  [
    '`echoPoint` (record)',
    (t, calls, c) => {
      for (let i = 0; i < calls; i++) if (t.asyncFfi.echoPoint(POINT).label !== 'origin') c.fail('echoPoint');
    },
    false,
  ],
  [
    '`echoU64`',
    (t, calls, c) => {
      for (let i = 0; i < calls; i++) if (t.asyncFfi.echoU64(BIG) !== BIG) c.fail('echoU64');
    },
    false,
  ],
  [
    '`echoBytes` (64 B)',
    (t, calls, c) => {
      for (let i = 0; i < calls; i++) if (t.asyncFfi.echoBytes(BYTES).length !== 64) c.fail('echoBytes');
    },
    false,
  ],
  [
    `async \`sayHello\`, ${IN_FLIGHT} in flight`,
    async (t, calls, c) => {
      for (let done = 0; done < calls; done += IN_FLIGHT) {
        const results = await Promise.all(
          Array.from({ length: Math.min(IN_FLIGHT, calls - done) }, () => t.asyncFfi.sayHello('stress')),
        );
        if (!results.every((r) => r.startsWith('Hello, stress!'))) c.fail('sayHello');
      }
    },
    false,
  ],
  [
    'object method `counter.get()`',
    (t, calls, c) => {
      const counter = new t.objects.Counter(7n);
      for (let i = 0; i < calls; i++) if (counter.get() !== 7n) c.fail('get');
      counter.destroy();
    },
    true,
  ],
  [
    'object `new Counter()` + `destroy()`',
    (t, calls) => {
      for (let i = 0; i < calls; i++) new t.objects.Counter(BigInt(i)).destroy();
    },
    true,
  ],
];

async function callKinds(t: Transport, calls: number, sizes: Sizes): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [name, run, objects] of KINDS) {
    const warmUp = new Case(name, t);
    await run(t, sizes.warmUp, warmUp);
    const row = await measured(name, t, async (c) => {
      await run(t, calls, c);
      return { work: `${count(calls)} calls`, ops: calls, usesAsyncFfi: !objects, usesObjects: objects };
    });
    rows.push(withWarmUp(row, warmUp));
  }
  return rows;
}

// ---- the run --------------------------------------------------------------------------------

async function runCases(options: Options): Promise<void> {
  const sizes = options.quick ? QUICK : FULL;
  const random = new Random(options.seed);
  const warnings: Error[] = [];
  process.on('warning', (warning) => warnings.push(warning));
  const started = Date.now();
  asyncFfiOnFfiRs.setWorkDelayMs(0n); // global to the library, so for both packages
  const rows: Row[] = [];
  const cases: ReadonlyArray<readonly [string, (t: Transport) => Promise<Row | Row[]>]> = [
    ['values', (t) => values(t, sizes, warnings)],
    ['futures', (t) => futures(t, sizes, random)],
    ['workers', (t) => workers(t, sizes)],
    ['destroy', (t) => destroyRaces(t, sizes, random)],
    ['panics', (t) => panicsAndErrors(t, sizes)],
    ['large', (t) => largeValues(t, sizes)],
    ['calls', (t) => callKinds(t, options.calls, sizes)],
  ];
  for (const t of TRANSPORTS.filter((transport) => options.transports.includes(transport.name))) {
    for (const [name, run] of cases) {
      if (options.only === undefined || name.startsWith(options.only)) rows.push(...[await run(t)].flat());
    }
    console.error(`stress: ${t.name} done after ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const failures = rows.reduce((sum, row) => sum + row.failures, 0);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `\nStress${options.quick ? ' (quick)' : ''}: node ${process.version}, ${process.platform}-${process.arch}, seed ${options.seed}, ` +
      `${seconds.toFixed(0)} s; memory per operation after gc() (Rust heap: async-ffi's live bytes; objects: fixture-objects' live objects)\n`,
  );
  console.log(
    markdownTable(
      [
        'case',
        'transport',
        'work',
        'failures',
        'Rust heap B/op',
        'objects left',
        'JS heap B/op',
        'RSS B/op',
        'time/op',
      ],
      rows.map((r) => [
        r.name,
        r.transport,
        r.work,
        String(r.failures),
        r.rustHeap,
        r.objectsLeft,
        r.jsHeap,
        r.rss,
        r.time,
      ]),
    ),
  );
  console.log(failures === 0 ? '\nNo failure.' : `\n${failures} failure(s).`);
  process.exitCode = failures === 0 ? 0 : 1;
}

/**
 * Runs the cases in a child process: reports a crash as one, enforces the time bound, and drops
 * the reports Rust's panic hook prints for the deliberate panics (counting them).
 */
async function supervise(options: Options): Promise<void> {
  const child = spawn(process.execPath, [...process.execArgv, __filename, ...process.argv.slice(2)], {
    stdio: ['ignore', 'inherit', 'pipe'],
    env: { ...process.env, UNIFFI_TS_STRESS_CASES: '1', RUST_BACKTRACE: '0' },
  });
  let panicReports = 0;
  // A report is an empty line, "thread '…' (<id>) panicked at <file>:<line>:<col>:", the message
  // and, with backtraces off, maybe a note. Lines are held until it is clear whether they are one.
  let held: string[] = [];
  const flush = (): void => {
    for (const line of held) process.stderr.write(`${line}\n`);
    held = [];
  };
  const lines = createInterface({ input: child.stderr });
  lines.on('line', (line) => {
    const last = held[held.length - 1];
    if (last !== undefined && /^thread '.*' (\(\d+\) )?panicked at /.test(last)) {
      if (line.startsWith(PANIC_MARK)) {
        panicReports++;
        held = [];
        return;
      }
      flush();
    }
    if (line === '' || /^thread '.*' (\(\d+\) )?panicked at /.test(line)) {
      if (line === '') flush();
      held.push(line);
      return;
    }
    flush();
    if (!line.startsWith('note: run with `RUST_BACKTRACE=1`')) process.stderr.write(`${line}\n`);
  });
  lines.on('close', flush);
  const timer = setTimeout(() => {
    console.log(`FAILURE: the run exceeded ${options.maxMinutes} minutes and was stopped`);
    child.kill('SIGKILL');
  }, options.maxMinutes * 60_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
    child.once('exit', (c, s) => done([c, s])),
  );
  clearTimeout(timer);
  console.log(`(${count(panicReports)} reports of deliberate Rust panics left out of stderr)`);
  if (signal !== null) console.log(`FAILURE: the stress process was killed by ${signal}`);
  process.exitCode = code === 0 && signal === null ? 0 : 1;
}

const options = parseOptions(process.argv.slice(2));
(process.env.UNIFFI_TS_STRESS_CASES === '1' ? runCases(options) : supervise(options)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
