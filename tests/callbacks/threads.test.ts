// Callbacks from other threads (tokio workers, std threads) while JavaScript awaits, under load,
// and callbacks that re-enter Rust. The calling Rust thread waits for the JavaScript result.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import * as api from '../../generated/fixture-callbacks-koffi';
import { callbackPackageName } from '../transport';

class Tally implements api.CounterInterface {
  total = 0n;
  readonly threadsSeen = new Set<number>();
  add(amount: bigint): bigint {
    this.total += amount;
    return this.total;
  }
}

describe('called from other threads', () => {
  test('8 std threads × 10,000 calls while JavaScript awaits: every call arrives, none lost', async () => {
    const tally = new Tally();
    const last = await api.addFromThreads(tally, 8, 10_000);
    expect(tally.total).toBe(80_000n);
    // Each thread saw the running total when its last call returned: the largest is the end.
    expect(last).toBe(80_000n);
  });

  test('tokio tasks', async () => {
    const tally = new Tally();
    await expect(api.addFromTokio(tally, 4, 250)).resolves.toBe(1000n);
    expect(tally.total).toBe(1000n);
  });

  test('a thread Rust starts on its own calls while JavaScript is idle', async () => {
    const tally = new Tally();
    api.addLaterFromThread(tally, 7n, 10n);
    for (let i = 0; i < 200 && tally.total === 0n; i++) await new Promise((r) => setTimeout(r, 10));
    expect(tally.total).toBe(7n);
  });

  test('from the JS thread during a JS → Rust call', () => {
    const tally = new Tally();
    expect(api.addOnThisThread(tally, 5n)).toBe(5n);
  });
});

describe('re-entering Rust from a callback', () => {
  test('a callback that calls Rust, on the JS thread and from std threads', async () => {
    const reentrant: api.CounterInterface = { add: (amount) => api.double(amount) };
    expect(api.addOnThisThread(reentrant, 21n)).toBe(42n);
    await expect(api.addFromThreads(reentrant, 4, 500)).resolves.toBe(2n);
  });

  test('a callback that calls a Rust function which calls back again', () => {
    const inner = new Tally();
    const outer: api.CounterInterface = { add: (amount) => api.addOnThisThread(inner, amount * 10n) };
    expect(api.addOnThisThread(outer, 3n)).toBe(30n);
  });
});

describe('the process', () => {
  test('exits on its own while Rust still holds callbacks', () => {
    const script = `
      const api = require('./generated/${callbackPackageName('fixture-callbacks')}');
      const sink = new api.LogSink({ log: (m) => console.log(m), threshold: () => 0 });
      sink.write(1, 'held');
      api.keepStore({ get: () => undefined, put: () => {}, kind: () => 'ts' });
      (async () => { console.log(await api.fetchWith({ fetch: async (u) => 'got ' + u, size: async () => 0n, ping: async () => {} }, 'x')); })();
    `;
    const repoRoot = resolve(__dirname, '../..');
    const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, TS_NODE_PROJECT: resolve(repoRoot, 'tsconfig.json') },
    });
    expect(result.error).toBeUndefined(); // a timeout would mean something kept Node alive
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('[1] held');
    expect(result.stdout).toContain('got x');
  });
});
