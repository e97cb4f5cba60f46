/**
 * `npm run bench`: UniFFI (generated package) vs the manual approach vs a plain C call, measured
 * side by side in one process. Prints a Markdown table; ratios are what to compare across machines.
 *
 * Rows:
 * - async latency: one call at a time, `sayHello` (UniFFI) vs `sayHelloAsync` (manual), work delay 0;
 * - async throughput: 1,000 calls in flight at once, same pair;
 * - sync call: UniFFI `add(i32, i32)` vs the floor, the same work as a plain `extern "C"` function
 *   (`floor_add`) called directly through ffi-rs;
 * - sync string echo, and memory: Rust heap and RSS growth over many calls (a leak shows here).
 */
import { DataType, load, open } from 'ffi-rs';
import { resolve } from 'node:path';
import * as api from '../../generated/async-ffi';
import { library } from '../../generated/async-ffi/ffi';
import { ManualGreeter } from '../demo/src/manual-bindings';

const LIBRARY = library.path;
const quick = process.argv.includes('--quick');
const scale = quick ? 0.1 : 1;

interface Row {
  readonly what: string;
  readonly ours: string;
  readonly baseline: string;
  readonly ratio: string;
}

function nsPerOp(start: bigint, ops: number): number {
  return Number(process.hrtime.bigint() - start) / ops;
}

function formatNs(ns: number): string {
  return ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`;
}

function formatRate(perSecond: number): string {
  return `${Math.round(perSecond).toLocaleString('en-US')} calls/s`;
}

async function sequential(call: () => Promise<unknown>, count: number): Promise<number> {
  for (let i = 0; i < Math.min(200, count); i++) await call();
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await call();
  return nsPerOp(start, count);
}

async function inFlight(call: () => Promise<unknown>, batch: number, rounds: number): Promise<number> {
  await Promise.all(Array.from({ length: batch }, call));
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) await Promise.all(Array.from({ length: batch }, call));
  return 1e9 / nsPerOp(start, batch * rounds);
}

function syncLoop(call: () => unknown, count: number): number {
  for (let i = 0; i < Math.min(1000, count); i++) call();
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) call();
  return nsPerOp(start, count);
}

async function main(): Promise<void> {
  api.setWorkDelayMs(0n);
  const manual = ManualGreeter.open(LIBRARY);
  manual.init();
  const rows: Row[] = [];

  const seqCount = Math.round(5000 * scale);
  const uniffiLatency = await sequential(() => api.sayHello('bench'), seqCount);
  const manualLatency = await sequential(() => manual.sayHelloAsync('bench'), seqCount);
  rows.push({
    what: `async say_hello, sequential latency (${seqCount} calls)`,
    ours: formatNs(uniffiLatency),
    baseline: `manual: ${formatNs(manualLatency)}`,
    ratio: `${(uniffiLatency / manualLatency).toFixed(2)}`,
  });

  const rounds = Math.max(1, Math.round(10 * scale));
  const uniffiRate = await inFlight(() => api.sayHello('bench'), 1000, rounds);
  const manualRate = await inFlight(() => manual.sayHelloAsync('bench'), 1000, rounds);
  rows.push({
    what: `async say_hello, throughput (1,000 in flight × ${rounds})`,
    ours: formatRate(uniffiRate),
    baseline: `manual: ${formatRate(manualRate)}`,
    ratio: `${(manualRate / uniffiRate).toFixed(2)}`,
  });

  open({ library: 'bench-floor', path: LIBRARY });
  const floorParams = {
    library: 'bench-floor',
    funcName: 'floor_add',
    retType: DataType.I32,
    paramsType: [DataType.I32, DataType.I32],
    paramsValue: [1, 2],
  };
  const syncCount = Math.round(100_000 * scale);
  const uniffiAdd = syncLoop(() => api.add(1, 2), syncCount);
  const floorAdd = syncLoop(() => load(floorParams), syncCount);
  rows.push({
    what: `sync add(i32, i32) (${syncCount} calls)`,
    ours: formatNs(uniffiAdd),
    baseline: `plain C through ffi-rs: ${formatNs(floorAdd)}`,
    ratio: `${(uniffiAdd / floorAdd).toFixed(2)}`,
  });

  const text = 'hello, world';
  const echo = syncLoop(() => api.echoString(text), Math.round(50_000 * scale));
  rows.push({ what: 'sync echo_string (12 bytes in and out)', ours: formatNs(echo), baseline: 'floor add: ' + formatNs(floorAdd), ratio: `${(echo / floorAdd).toFixed(2)}` });

  const profile = api.sampleProfile('bench');
  const record = syncLoop(() => api.echoProfile(profile), Math.round(20_000 * scale));
  rows.push({ what: 'sync echo_profile (record of 9 fields)', ours: formatNs(record), baseline: 'floor add: ' + formatNs(floorAdd), ratio: `${(record / floorAdd).toFixed(2)}` });

  // Memory: growth of the Rust heap and of the process over many calls that move buffers.
  const memCalls = Math.round(100_000 * scale);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = api.rustHeapLiveBytes();
  const rssBefore = process.memoryUsage().rss;
  for (let i = 0; i < memCalls; i++) api.echoString(text);
  for (let i = 0; i < memCalls / 10; i++) await api.sayHello('bench');
  gc?.();
  const heapGrowth = Number(api.rustHeapLiveBytes() - heapBefore);
  const rssGrowth = process.memoryUsage().rss - rssBefore;
  rows.push({
    what: `memory over ${memCalls} echo_string + ${memCalls / 10} say_hello`,
    ours: `Rust heap ${heapGrowth >= 0 ? '+' : ''}${heapGrowth} B`,
    baseline: `RSS ${rssGrowth >= 0 ? '+' : ''}${(rssGrowth / 1024 / 1024).toFixed(1)} MiB${gc ? '' : ' (run with --expose-gc for a stable figure)'}`,
    ratio: `${(rssGrowth / (memCalls * 1.1)).toFixed(1)} B/call of RSS`,
  });

  manual.cleanup();
  console.log(`\nBenchmark (node ${process.version}, ${process.platform}-${process.arch}, library ${resolve(LIBRARY)})\n`);
  console.log('| measurement | uniffi-bindgen-ts | baseline | time per call, ours ÷ baseline |');
  console.log('|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.what} | ${row.ours} | ${row.baseline} | ${row.ratio} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
