/**
 * A hardening stress run, not a test: `node --expose-gc -r ts-node/register/transpile-only
 * examples/stress/stress.ts [--seconds N]` (default 20 s per transport). For each transport
 * (`generated/async-ffi` on ffi-rs, `generated/async-ffi-koffi` on koffi), until the time is up,
 * rounds of:
 *
 * - random profiles (fast-check) through `echoProfile` and `echoProfileAsync`: each must come back
 *   exactly;
 * - hostile profiles, whose getters turn bad after the check (u64 2^70, f32 1e39, a lone
 *   surrogate, an unknown enum variant, an array growing an invalid element): each call must
 *   throw a TypeError or RangeError, and nothing may leak;
 * - 200 async calls on one AbortSignal, aborted halfway: all settle (finished or AbortError), the
 *   signal is left with no listener, Node prints no MaxListenersExceededWarning.
 *
 * Then it prints the counts and the Rust heap and RSS growth, after gc(), and exits with status 1
 * on any mismatch, unexpected error, warning, or a Rust heap growth beyond 1 byte per call.
 */
import fc from 'fast-check';
import { getEventListeners } from 'node:events';
import * as uniffiFfiRs from '../../generated/async-ffi';
import type { Mood, Profile } from '../../generated/async-ffi';
import * as uniffiKoffi from '../../generated/async-ffi-koffi';

interface Api {
  echoProfile(profile: Profile): Profile;
  echoProfileAsync(profile: Profile, options?: { signal?: AbortSignal }): Promise<Profile>;
  sleepMs(ms: bigint, options?: { signal?: AbortSignal }): Promise<bigint>;
  rustHeapLiveBytes(): bigint;
}

const TRANSPORTS: ReadonlyArray<readonly [string, Api]> = [
  ['ffi-rs', uniffiFfiRs],
  ['koffi', uniffiKoffi],
];

function parseSeconds(argv: readonly string[]): number {
  const index = argv.indexOf('--seconds');
  if (index < 0) return 20;
  const seconds = Number(argv[index + 1]);
  if (!(seconds > 0)) throw new Error(`--seconds needs a positive number, got ${argv[index + 1]}`);
  return seconds;
}

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with node --expose-gc');
  collect();
}

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

/** A value in a form that compares with `same`: bytes and Maps spelled out, -0 and NaN kept. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.compare(a, b) === 0;
  if (a instanceof Map && b instanceof Map) return a.size === b.size && [...a].every(([k, v]) => b.has(k) && same(v, b.get(k)));
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

interface Tally {
  roundTrips: number;
  refused: number;
  aborted: number;
  finished: number;
  failures: string[];
}

async function stress(name: string, api: Api, seconds: number, warnings: Error[]): Promise<boolean> {
  const tally: Tally = { roundTrips: 0, refused: 0, aborted: 0, finished: 0, failures: [] };
  const fail = (what: string): void => {
    if (tally.failures.length < 10) tally.failures.push(what);
  };
  const round = async (): Promise<void> => {
    for (const profile of fc.sample(profiles, 50)) {
      if (!same(api.echoProfile(profile), profile)) fail(`echoProfile changed ${JSON.stringify(profile, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`);
      tally.roundTrips++;
    }
    for (const profile of fc.sample(profiles, 10)) {
      if (!same(await api.echoProfileAsync(profile), profile)) fail('echoProfileAsync changed a profile');
      tally.roundTrips++;
    }
    const base = fc.sample(profiles, 1)[0] as Profile;
    for (const [label, make] of HOSTILE) {
      try {
        api.echoProfile(make(base));
        fail(`hostile ${label}: crossed`);
      } catch (error) {
        if (!(error instanceof TypeError || error instanceof RangeError)) fail(`hostile ${label}: ${String(error)}`);
        tally.refused++;
      }
    }
    const controller = new AbortController();
    const calls = Array.from({ length: 200 }, (_, i) => api.sleepMs(i % 2 === 0 ? 0n : 10_000n, { signal: controller.signal }));
    if (getEventListeners(controller.signal, 'abort').length > 1) fail('more than one abort listener on a signal');
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    for (const result of await Promise.allSettled(calls)) {
      if (result.status === 'fulfilled') tally.finished++;
      else if ((result.reason as Error).name === 'AbortError') tally.aborted++;
      else fail(`a call on the aborted signal: ${String(result.reason)}`);
    }
    if (getEventListeners(controller.signal, 'abort').length !== 0) fail('an abort listener left behind');
  };

  await round(); // warm-up
  gc();
  const heapBefore = api.rustHeapLiveBytes();
  const rssBefore = process.memoryUsage().rss;
  const deadline = Date.now() + seconds * 1000;
  let rounds = 0;
  while (Date.now() < deadline) {
    await round();
    rounds++;
  }
  gc();
  const heapGrowth = Number(api.rustHeapLiveBytes() - heapBefore);
  const rssGrowth = process.memoryUsage().rss - rssBefore;
  const calls = tally.roundTrips + tally.refused + tally.aborted + tally.finished;
  const perCall = heapGrowth / calls;
  console.log(
    `${name}: ${rounds} rounds, ${tally.roundTrips} round trips, ${tally.refused} hostile values refused, ` +
      `${tally.finished} finished + ${tally.aborted} aborted calls on shared signals; ` +
      `Rust heap ${heapGrowth >= 0 ? '+' : ''}${heapGrowth} B (${perCall.toFixed(3)} B/call), RSS ${(rssGrowth / 1e6).toFixed(1)} MB`,
  );
  for (const failure of tally.failures) console.log(`  FAILURE: ${failure}`);
  const maxListeners = warnings.filter((w) => w.name === 'MaxListenersExceededWarning');
  if (maxListeners.length > 0) console.log(`  FAILURE: ${maxListeners.length} MaxListenersExceededWarning`);
  return tally.failures.length === 0 && maxListeners.length === 0 && perCall <= 1;
}

async function main(): Promise<void> {
  const seconds = parseSeconds(process.argv);
  const warnings: Error[] = [];
  process.on('warning', (warning) => warnings.push(warning));
  let ok = true;
  for (const [name, api] of TRANSPORTS) ok = (await stress(name, api, seconds, warnings)) && ok;
  process.exitCode = ok ? 0 : 1;
}

void main();
