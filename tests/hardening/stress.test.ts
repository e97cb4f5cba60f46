// The small version of every case of `npm run stress` (examples/stress/stress.ts --quick) on this
// project's transport: 2,000 futures in flight with random cancellation, worker threads loading,
// ending and terminated, destroy racing async methods under gc(), panics and errors in a loop,
// large values, every call kind with its memory per call. The script checks everything itself and
// exits non-zero on any failure; it runs in a child process, so that a crash fails this test
// instead of jest.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { TRANSPORT } from '../transport';
import { repoRoot } from '../helpers';

const CASES = [
  'values: random, hostile, one signal',
  'futures: in flight at once, random cancellation',
  'workers: loading, ending, terminated',
  'destroy races: async methods, gc()',
  'panics and errors in a loop',
  'large values',
  'sync `add`',
  '`echoString` (20 chars)',
  '`echoPoint` (record)',
  '`echoU64`',
  '`echoBytes` (64 B)',
  'async `sayHello`, 1000 in flight',
  'object method `counter.get()`',
  'object `new Counter()` + `destroy()`',
];

test(`npm run stress -- --quick --transport ${TRANSPORT}: every case, no failure`, () => {
  const result = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '-r',
      'ts-node/register/transpile-only',
      'examples/stress/stress.ts',
      '--quick',
      '--transport',
      TRANSPORT,
    ],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 240_000,
      env: { ...process.env, TS_NODE_PROJECT: resolve(repoRoot, 'tsconfig.json') },
    },
  );
  expect(result.error).toBeUndefined();
  expect(result.signal).toBeNull();
  const rows = result.stdout.split('\n').filter((line) => line.startsWith(`| `) && line.includes(` | ${TRANSPORT} | `));
  // One row per case, each with 0 failures (the fourth column).
  expect(rows.map((row) => row.split(' | ')[0]?.slice(2))).toEqual(CASES);
  for (const row of rows) expect(row.split(' | ')[3]).toBe('0');
  expect(result.stdout).toContain('No failure.');
  // What reached stderr: the progress line only (Rust's reports of the deliberate panics are left out).
  expect(result.stderr.trim()).toBe(
    `stress: ${TRANSPORT} done after ${/done after (\d+) s/.exec(result.stderr)?.[1] ?? '?'} s`,
  );
  expect(result.status).toBe(0);
}, 300_000);
