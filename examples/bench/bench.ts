/**
 * `npm run bench` (`-- --quick` for a fast run): one process, one Markdown table of the time per
 * call of the same work through every approach, then the ratios the project tracks and the memory
 * growth per call.
 *
 * Columns: the generated UniFFI package on each transport (`generated/async-ffi`,
 * `generated/async-ffi-koffi`), the manual approach on each transport (async only), the napi-rs
 * addon (`crates/napi-bench`, the ceiling) and the floors: a plain `extern "C" floor_add(i32, i32)`
 * called straight through each FFI library.
 *
 * Method: each cell is warmed up and calibrated once (its call count chosen so that one
 * measurement takes about `BUDGET_MS`), then measured `ROUNDS` times, the rounds interleaved across
 * every cell (alternating direction) so that load drift hits every column alike; the table shows
 * the median round.
 */
import { DataType, load, open } from 'ffi-rs';
import * as koffi from 'koffi';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as uniffiFfiRs from '../../generated/async-ffi';
import { library } from '../../generated/async-ffi/dist/ffi';
import * as uniffiKoffi from '../../generated/async-ffi-koffi';
import { library as koffiLibrary } from '../../generated/async-ffi-koffi/dist/ffi';
import * as uniffiNodeApi from '../../generated/async-ffi-node-api';
import * as callbacks from '../../generated/fixture-callbacks-koffi';
import { library as callbacksLibrary } from '../../generated/fixture-callbacks-koffi/dist/ffi';
import * as callbacksNodeApi from '../../generated/fixture-callbacks-node-api';
import { ManualGreeter } from '../demo/src/manual-bindings';
import { loadNapiBench, napiBenchLibraryPath } from './napi-addon';
import { formatNs, gc, markdownTable, median, signed, useWorkspaceNodeApiAddon } from './util';

useWorkspaceNodeApiAddon();

const quick = process.argv.includes('--quick');
const BUDGET_MS = quick ? 30 : 400;
const ROUNDS = 3;
const MEMORY_CALLS = quick ? 10_000 : 100_000;
const IN_FLIGHT = 1000;

const TEXT = 'abcdefghijklmnopqrst'; // 20 ASCII characters
const POINT = { x: 1.5, y: -2.25, label: 'origin' };
const BIG = 2n ** 60n + 1n;

const APPROACHES = [
  'UniFFI ffi-rs',
  'UniFFI koffi',
  'UniFFI node-api',
  'manual ffi-rs',
  'manual koffi',
  'napi-rs',
  'floor ffi-rs',
  'floor koffi',
] as const;
type Approach = (typeof APPROACHES)[number];

/** `sync`: call in a loop; `sequential`: await one call at a time; `in-flight`: batches of `IN_FLIGHT`. */
type Mode = 'sync' | 'sequential' | 'in-flight';
type Thunk = () => unknown;

interface Row {
  readonly label: string;
  readonly mode: Mode;
  readonly cells: Partial<Record<Approach, Thunk>>;
}

/** Runs `calls` calls (a multiple of `IN_FLIGHT` for `in-flight`); returns the elapsed nanoseconds. */
async function run(mode: Mode, call: Thunk, calls: number): Promise<number> {
  const start = process.hrtime.bigint();
  if (mode === 'sync') {
    for (let i = 0; i < calls; i++) call();
  } else if (mode === 'sequential') {
    for (let i = 0; i < calls; i++) await call();
  } else {
    for (let done = 0; done < calls; done += IN_FLIGHT) await Promise.all(Array.from({ length: IN_FLIGHT }, call));
  }
  return Number(process.hrtime.bigint() - start);
}

/**
 * Warm-up and calibration: after one discarded run (the first call may open the library), doubles
 * the call count until a run takes a tenth of the budget; returns the count for a whole budget.
 */
async function calibrate(mode: Mode, call: Thunk): Promise<number> {
  const unit = mode === 'in-flight' ? IN_FLIGHT : 1;
  const budgetNs = BUDGET_MS * 1e6;
  await run(mode, call, unit);
  for (let calls = unit; ; calls *= 2) {
    const ns = await run(mode, call, calls);
    if (ns >= budgetNs / 10) return Math.max(unit, Math.round((calls * budgetNs) / ns / unit) * unit);
  }
}

/**
 * UniFFI keeps one vtable per callback interface per library in the process, so a koffi package
 * and a node-api package of one library cannot both be called back in one process (the last to
 * register serves both). The node-api package gets a copy of the library file, which the loader
 * maps as a library of its own.
 */
function separateCallbackLibraries(): void {
  callbacks.double(1n); // opens the koffi package's library
  const copy = join(mkdtempSync(join(tmpdir(), 'uniffi-ts-bench-')), basename(callbacksLibrary.path));
  copyFileSync(callbacksLibrary.path, copy);
  process.env.FIXTURE_CALLBACKS_LIBRARY_PATH = copy;
  callbacksNodeApi.double(1n);
  delete process.env.FIXTURE_CALLBACKS_LIBRARY_PATH;
}

/** Rust heap and RSS growth per call of `echoString` over `MEMORY_CALLS` calls, after gc(). */
function memoryPerCall(api: typeof uniffiFfiRs | typeof uniffiKoffi | typeof uniffiNodeApi): {
  rust: number;
  rss: number;
} {
  // A warm-up and two gc()s: right after the timing rounds the RSS still drops by megabytes.
  for (let i = 0; i < MEMORY_CALLS / 10; i++) api.echoString(TEXT);
  gc();
  gc();
  const rust = api.rustHeapLiveBytes();
  const rss = process.memoryUsage().rss;
  for (let i = 0; i < MEMORY_CALLS; i++) api.echoString(TEXT);
  gc();
  return {
    rust: Number(api.rustHeapLiveBytes() - rust) / MEMORY_CALLS,
    rss: (process.memoryUsage().rss - rss) / MEMORY_CALLS,
  };
}

async function main(): Promise<void> {
  const napi = loadNapiBench();
  const manualFfiRs = ManualGreeter.open(library.path, { transport: 'ffi-rs' });
  const manualKoffi = ManualGreeter.open(library.path, { transport: 'koffi' });
  manualFfiRs.init(); // the runtime is global to the library: one init serves both greeters
  uniffiFfiRs.setWorkDelayMs(0n); // global to the library too: both packages, both manual greeters

  open({ library: 'bench-floor', path: library.path });
  const floorParams = {
    library: 'bench-floor',
    funcName: 'floor_add',
    retType: DataType.I32,
    paramsType: [DataType.I32, DataType.I32],
    paramsValue: [1, 2],
  };
  const koffiFloorAdd = koffi.load(library.path).func('floor_add', 'int32_t', ['int32_t', 'int32_t']);
  separateCallbackLibraries();
  const counter: callbacks.CounterInterface = { add: (amount) => amount };
  const fetcher: callbacks.FetcherInterface = { fetch: async (url) => url, size: async () => 0n, ping: async () => {} };

  const rows: Row[] = [
    {
      label: 'sync `add(i32, i32)`',
      mode: 'sync',
      cells: {
        'UniFFI ffi-rs': () => uniffiFfiRs.add(1, 2),
        'UniFFI koffi': () => uniffiKoffi.add(1, 2),
        'UniFFI node-api': () => uniffiNodeApi.add(1, 2),
        'napi-rs': () => napi.add(1, 2),
        'floor ffi-rs': () => load(floorParams),
        'floor koffi': () => koffiFloorAdd(1, 2),
      },
    },
    {
      label: 'sync `echo_string` (20 ASCII chars)',
      mode: 'sync',
      cells: {
        'UniFFI ffi-rs': () => uniffiFfiRs.echoString(TEXT),
        'UniFFI koffi': () => uniffiKoffi.echoString(TEXT),
        'UniFFI node-api': () => uniffiNodeApi.echoString(TEXT),
        'napi-rs': () => napi.echoString(TEXT),
      },
    },
    {
      label: 'sync record `echoPoint({x, y, label})`',
      mode: 'sync',
      cells: {
        'UniFFI ffi-rs': () => uniffiFfiRs.echoPoint(POINT),
        'UniFFI koffi': () => uniffiKoffi.echoPoint(POINT),
        'UniFFI node-api': () => uniffiNodeApi.echoPoint(POINT),
        'napi-rs': () => napi.echoPoint(POINT),
      },
    },
    {
      label: 'sync `echoU64(2n**60n+1n)`',
      mode: 'sync',
      cells: {
        'UniFFI ffi-rs': () => uniffiFfiRs.echoU64(BIG),
        'UniFFI koffi': () => uniffiKoffi.echoU64(BIG),
        'UniFFI node-api': () => uniffiNodeApi.echoU64(BIG),
        'napi-rs': () => napi.echoU64(BIG),
      },
    },
    {
      label: 'async `say_hello`, sequential',
      mode: 'sequential',
      cells: {
        'UniFFI ffi-rs': () => uniffiFfiRs.sayHello('bench'),
        'UniFFI koffi': () => uniffiKoffi.sayHello('bench'),
        'UniFFI node-api': () => uniffiNodeApi.sayHello('bench'),
        'manual ffi-rs': () => manualFfiRs.sayHelloAsync('bench'),
        'manual koffi': () => manualKoffi.sayHelloAsync('bench'),
        'napi-rs': () => napi.sayHello('bench'),
      },
    },
    {
      label: `async \`say_hello\`, ${IN_FLIGHT.toLocaleString('en-US')} in flight`,
      mode: 'in-flight',
      cells: {
        'UniFFI ffi-rs': () => uniffiFfiRs.sayHello('bench'),
        'UniFFI koffi': () => uniffiKoffi.sayHello('bench'),
        'UniFFI node-api': () => uniffiNodeApi.sayHello('bench'),
        'manual ffi-rs': () => manualFfiRs.sayHelloAsync('bench'),
        'manual koffi': () => manualKoffi.sayHelloAsync('bench'),
        'napi-rs': () => napi.sayHello('bench'),
      },
    },
    // Rust calling TypeScript (koffi and node-api): JS → Rust → a TypeScript method → back.
    {
      label: 'sync callback round trip (JS → Rust → TS → Rust → JS)',
      mode: 'sync',
      cells: {
        'UniFFI koffi': () => callbacks.addOnThisThread(counter, 1n),
        'UniFFI node-api': () => callbacksNodeApi.addOnThisThread(counter, 1n),
      },
    },
    {
      label: 'async callback round trip (Rust awaits a TS `async` method)',
      mode: 'sequential',
      cells: {
        'UniFFI koffi': () => callbacks.fetchWith(fetcher, 'x'),
        'UniFFI node-api': () => callbacksNodeApi.fetchWith(fetcher, 'x'),
      },
    },
  ];

  // One measuring loop: calibrate every cell, then ROUNDS interleaved rounds.
  const started = process.hrtime.bigint();
  const cells = rows.flatMap((row) =>
    APPROACHES.flatMap((approach) => {
      const call = row.cells[approach];
      return call ? [{ row, approach, call, calls: 0, results: [] as number[] }] : [];
    }),
  );
  for (const cell of cells) cell.calls = await calibrate(cell.row.mode, cell.call);
  for (let round = 0; round < ROUNDS; round++) {
    for (const cell of round % 2 ? [...cells].reverse() : cells) {
      gc();
      cell.results.push((await run(cell.row.mode, cell.call, cell.calls)) / cell.calls);
    }
  }
  const nsPerCall = (row: Row, approach: Approach): number | undefined => {
    const cell = cells.find((c) => c.row === row && c.approach === approach);
    return cell && median(cell.results);
  };

  const memory = {
    'ffi-rs': memoryPerCall(uniffiFfiRs),
    koffi: memoryPerCall(uniffiKoffi),
    'node-api': memoryPerCall(uniffiNodeApi),
  };
  manualFfiRs.cleanup();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  console.log(
    `\nBenchmark: node ${process.version}, ${process.platform}-${process.arch}, ${cpus().length} CPUs${quick ? ', --quick' : ''}`,
  );
  console.log(`  libasync_ffi: ${library.path} (ffi-rs), ${koffiLibrary.path} (koffi)`);
  console.log(`  napi-bench:   ${napiBenchLibraryPath()}`);
  console.log(
    `  median of ${ROUNDS} interleaved rounds of ~${BUDGET_MS} ms per cell, after warm-up; ${seconds.toFixed(1)} s\n`,
  );
  console.log(
    markdownTable(
      ['time per call', ...APPROACHES],
      rows.map((row) => [
        row.label,
        ...APPROACHES.map((approach) => {
          const ns = nsPerCall(row, approach);
          return ns === undefined ? '' : formatNs(ns);
        }),
      ]),
    ),
  );

  const [add, echo, record, , , inFlight] = rows as [Row, Row, Row, Row, Row, Row];
  const ratio = (a: [Row, Approach], b: [Row, Approach]): string => {
    const top = nsPerCall(...a);
    const bottom = nsPerCall(...b);
    return top === undefined || bottom === undefined ? '' : `${(top / bottom).toFixed(2)}×`;
  };
  const bytes = (value: number): string => `${signed(value, 2)} B`;
  console.log(
    `\nTargets (same run; memory over ${MEMORY_CALLS.toLocaleString('en-US')} \`echo_string\` calls per transport, after gc()):\n`,
  );
  console.log(
    markdownTable(
      ['ratio', 'value'],
      [
        ['UniFFI koffi `add` ÷ floor koffi', ratio([add, 'UniFFI koffi'], [add, 'floor koffi'])],
        ['UniFFI koffi `echo_string` ÷ napi-rs', ratio([echo, 'UniFFI koffi'], [echo, 'napi-rs'])],
        ['UniFFI koffi record ÷ napi-rs', ratio([record, 'UniFFI koffi'], [record, 'napi-rs'])],
        ['UniFFI koffi async 1,000 in flight ÷ napi-rs', ratio([inFlight, 'UniFFI koffi'], [inFlight, 'napi-rs'])],
        ['UniFFI node-api `add` ÷ napi-rs', ratio([add, 'UniFFI node-api'], [add, 'napi-rs'])],
        ['UniFFI node-api `echo_string` ÷ napi-rs', ratio([echo, 'UniFFI node-api'], [echo, 'napi-rs'])],
        ['UniFFI node-api record ÷ napi-rs', ratio([record, 'UniFFI node-api'], [record, 'napi-rs'])],
        [
          'UniFFI node-api async 1,000 in flight ÷ napi-rs',
          ratio([inFlight, 'UniFFI node-api'], [inFlight, 'napi-rs']),
        ],
        ['UniFFI ffi-rs `echo_string` ÷ floor ffi-rs', ratio([echo, 'UniFFI ffi-rs'], [add, 'floor ffi-rs'])],
        ['Rust heap growth per call, ffi-rs', bytes(memory['ffi-rs'].rust)],
        ['Rust heap growth per call, koffi', bytes(memory.koffi.rust)],
        ['RSS growth per call, ffi-rs', bytes(memory['ffi-rs'].rss)],
        ['RSS growth per call, koffi', bytes(memory.koffi.rss)],
        ['Rust heap growth per call, node-api', bytes(memory['node-api'].rust)],
        ['RSS growth per call, node-api', bytes(memory['node-api'].rss)],
      ],
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
