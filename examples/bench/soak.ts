/**
 * `npm run soak [-- --calls N | --quick]`: a leak hunt, not a test. For each transport (the
 * generated packages `generated/async-ffi` on ffi-rs, `generated/async-ffi-koffi` on koffi and
 * `generated/async-ffi-node-api` on node-api) and
 * each kind of call, 20,000 warm-up calls, then N calls (default 1,000,000; `--quick`: 20,000),
 * with gc() before and after; prints the growth per call of the RSS, the JS heap and the Rust heap
 * (`rustHeapLiveBytes()`), and the time per call.
 *
 * Exits with status 1 if the Rust heap grew by more than 1 byte per call for any kind (a leak).
 *
 * async-ffi exports no object (no `#[derive(uniffi::Object)]`), so there is no object kind.
 */
import * as uniffiFfiRs from '../../generated/async-ffi';
import type { Point } from '../../generated/async-ffi';
import * as uniffiKoffi from '../../generated/async-ffi-koffi';
import * as uniffiNodeApi from '../../generated/async-ffi-node-api';
import { formatNs, gc, markdownTable, signed, useWorkspaceNodeApiAddon } from './util';

useWorkspaceNodeApiAddon();

/** What the soak calls; both generated packages have it. */
interface Api {
  add(a: number, b: number): number;
  echoString(value: string): string;
  echoPoint(point: Point): Point;
  echoU64(value: bigint): bigint;
  echoBytes(value: Uint8Array): Uint8Array;
  sayHello(name: string): Promise<string>;
  setWorkDelayMs(ms: bigint): void;
  rustHeapLiveBytes(): bigint;
}

const TRANSPORTS: ReadonlyArray<readonly [string, Api]> = [
  ['ffi-rs', uniffiFfiRs],
  ['koffi', uniffiKoffi],
  ['node-api', uniffiNodeApi],
];
const WARM_UP = 20_000;
const IN_FLIGHT = 1000;
const LEAK_BYTES_PER_CALL = 1;

function parseCalls(argv: readonly string[]): number {
  if (argv.includes('--quick')) return 20_000;
  const index = argv.indexOf('--calls');
  if (index < 0) return 1_000_000;
  const calls = Number(argv[index + 1]);
  if (!Number.isSafeInteger(calls) || calls <= 0)
    throw new Error(`--calls needs a positive integer, got ${argv[index + 1]}`);
  return calls;
}

const POINT: Point = { x: 1.5, y: -2.25, label: 'origin' };
const BYTES = new Uint8Array(64).map((_, i) => i);
const BIG = 2n ** 60n + 1n;

/** Each kind runs `calls` calls of one function; async kinds in batches of `IN_FLIGHT`. */
const KINDS: ReadonlyArray<readonly [string, (api: Api, calls: number) => void | Promise<void>]> = [
  [
    'sync `add`',
    (api, calls) => {
      for (let i = 0; i < calls; i++) api.add(i, 1);
    },
  ],
  [
    '`echoString` (20 chars)',
    (api, calls) => {
      for (let i = 0; i < calls; i++) api.echoString('abcdefghijklmnopqrst');
    },
  ],
  [
    '`echoPoint`',
    (api, calls) => {
      for (let i = 0; i < calls; i++) api.echoPoint(POINT);
    },
  ],
  [
    '`echoU64`',
    (api, calls) => {
      for (let i = 0; i < calls; i++) api.echoU64(BIG);
    },
  ],
  [
    '`echoBytes` (64 B)',
    (api, calls) => {
      for (let i = 0; i < calls; i++) api.echoBytes(BYTES);
    },
  ],
  [
    `async \`sayHello\`, ${IN_FLIGHT} in flight`,
    async (api, calls) => {
      for (let done = 0; done < calls; done += IN_FLIGHT) {
        await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, calls - done) }, () => api.sayHello('soak')));
      }
    },
  ],
];

async function main(): Promise<void> {
  const calls = parseCalls(process.argv.slice(2));
  uniffiFfiRs.setWorkDelayMs(0n); // global to the library, so for both packages
  const rows: string[][] = [];
  let leaks = 0;
  const started = process.hrtime.bigint();
  for (const [kind, runKind] of KINDS) {
    for (const [transport, api] of TRANSPORTS) {
      await runKind(api, WARM_UP);
      gc();
      const before = {
        rss: process.memoryUsage().rss,
        js: process.memoryUsage().heapUsed,
        rust: api.rustHeapLiveBytes(),
      };
      const start = process.hrtime.bigint();
      await runKind(api, calls);
      const ns = Number(process.hrtime.bigint() - start);
      gc();
      const rust = Number(api.rustHeapLiveBytes() - before.rust) / calls;
      const leak = rust > LEAK_BYTES_PER_CALL;
      if (leak) leaks++;
      rows.push([
        kind,
        transport,
        signed((process.memoryUsage().rss - before.rss) / calls, 2),
        signed((process.memoryUsage().heapUsed - before.js) / calls, 2),
        `${signed(rust, 3)}${leak ? ' **LEAK**' : ''}`,
        formatNs(ns / calls),
      ]);
      console.error(`  ${kind}, ${transport}: done`);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `\nSoak: ${calls.toLocaleString('en-US')} calls per kind and transport after ${WARM_UP.toLocaleString('en-US')} warm-up calls, node ${process.version}, ${process.platform}-${process.arch}, ${seconds.toFixed(1)} s\n`,
  );
  console.log(
    markdownTable(['kind', 'transport', 'RSS B/call', 'JS heap B/call', 'Rust heap B/call', 'time/call'], rows),
  );
  if (leaks > 0) {
    console.log(`\n${leaks} kind(s) grew the Rust heap by more than ${LEAK_BYTES_PER_CALL} B per call: a leak.`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
