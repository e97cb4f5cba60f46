// The demo (`npm start` runs it after building and generating), run as a test with its output checked.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const repoRoot = resolve(__dirname, '..');

test('the demo shows both approaches and which threads did the work', () => {
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
  const test1 = lines.indexOf('Test #1: UniFFI async say_hello, through the generated TypeScript package');
  const test2 = lines.indexOf('Test #2: manual mpsc approach, 5 concurrent calls');
  expect(test1).toBeGreaterThanOrEqual(0);
  expect(test2).toBeGreaterThan(test1);

  const greeting = /^ {2}Hello, (.+)! \(from Rust thread '([^']+)' ThreadId\(\d+\)\) {2}<- awaited on JS thread 0 \(main\) of pid \d+$/;
  const uniffi = lines.slice(test1, test2).map((l) => greeting.exec(l)).filter((m) => m !== null);
  const manual = lines.slice(test2).map((l) => greeting.exec(l)).filter((m) => m !== null);
  expect(uniffi.map((m) => m[1])).toEqual(['World', 'Ann', 'Bob', 'Chloé']);
  expect(manual.map((m) => m[1])).toEqual(['Alice', 'Bob', 'Charlie', 'Diana', 'Émile 🦀']);
  // The manual approach's callbacks come from tokio worker threads.
  for (const m of manual) expect(m[2]).toBe('manual-tokio-worker');
  expect(result.stdout).toContain('checked_greeting("") rejected with GreetingError.EmptyName');
});
