// The demo (`npm start` runs it after building and generating), run as a test with its output checked.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { repoRoot } from './helpers';

test('the demo shows both approaches on their transports, and which threads did the work', () => {
  const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'examples/demo/src/main.ts'], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, TS_NODE_PROJECT: resolve(repoRoot, 'tsconfig.json') },
  });
  expect(result.error).toBeUndefined();
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const lines = result.stdout.split('\n');
  const greeting =
    /^ {2}Hello, (.+)! \(from Rust thread '([^']+)' ThreadId\(\d+\)\) {2}<- awaited on JS thread 0 \(main\) of pid \d+$/;
  const headings = [
    'Test #1: UniFFI async say_hello, through the generated TypeScript package (ffi-rs)',
    'Test #1: UniFFI async say_hello, through the generated TypeScript package (koffi)',
    'Test #1: UniFFI async say_hello, through the generated TypeScript package (node-api)',
    'Test #2: manual mpsc approach, 5 concurrent calls (ffi-rs)',
    'Test #2: manual mpsc approach, 5 concurrent calls (koffi)',
  ];
  const starts = headings.map((heading) => lines.indexOf(heading));
  // Each section once, in this order.
  expect(starts.every((start, i) => start >= 0 && (i === 0 || start > (starts[i - 1] as number)))).toBe(true);
  const section = (i: number): RegExpExecArray[] =>
    lines
      .slice(starts[i], starts[i + 1] ?? lines.length)
      .map((l) => greeting.exec(l))
      .filter((m) => m !== null);
  for (const i of [0, 1, 2]) {
    expect(section(i).map((m) => m[1])).toEqual(['World', 'Ann', 'Bob', 'Chloé']);
  }
  for (const i of [3, 4]) {
    const manual = section(i);
    expect(manual.map((m) => m[1])).toEqual(['Alice', 'Bob', 'Charlie', 'Diana', 'Émile 🦀']);
    // The manual approach's callbacks come from tokio worker threads.
    for (const m of manual) expect(m[2]).toBe('manual-tokio-worker');
  }
  expect(result.stdout.split('checked_greeting("") rejected with GreetingError.EmptyName').length - 1).toBe(3);
});
