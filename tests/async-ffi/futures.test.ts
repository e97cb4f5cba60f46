// The future protocol: cancellation, concurrency, and a process that exits on its own.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { AbortError, echoStringAsync, sayHello, sleepMs, sleepStats } from '../../generated/async-ffi';
import { packageName } from '../transport';

const repoRoot = resolve(__dirname, '../..');

describe('cancellation with AbortSignal', () => {
  test('aborting cancels the Rust future and rejects with an AbortError', async () => {
    const before = sleepStats();
    const controller = new AbortController();
    const sleeping = sleepMs(60_000n, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user gave up')), 20);
    const error = await sleeping.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).name).toBe('AbortError');
    expect(((error as AbortError).cause as Error).message).toBe('user gave up');
    const after = sleepStats();
    // The future was dropped on the Rust side: its sleep did not finish.
    expect(after.started - before.started).toBe(1n);
    expect(after.droppedEarly - before.droppedEarly).toBe(1n);
  });

  test('an already-aborted signal rejects at once without starting the future', async () => {
    const before = sleepStats();
    await expect(sleepMs(10n, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(sleepStats().started).toBe(before.started);
  });

  test('bad arguments are reported even when the signal is aborted', async () => {
    await expect(echoStringAsync(42 as unknown as string, { signal: AbortSignal.abort() })).rejects.toThrow(TypeError);
  });

  test('a signal that never fires changes nothing', async () => {
    const controller = new AbortController();
    await expect(sleepMs(5n, { signal: controller.signal })).resolves.toBe(5n);
  });

  test('aborting after completion is harmless', async () => {
    const controller = new AbortController();
    await expect(sleepMs(1n, { signal: controller.signal })).resolves.toBe(1n);
    controller.abort();
  });

  test('only some of many concurrent calls are cancelled', async () => {
    const controllers = Array.from({ length: 20 }, () => new AbortController());
    const calls = controllers.map((c, i) => sleepMs(i % 2 === 0 ? 5n : 60_000n, { signal: c.signal }));
    controllers.forEach((c, i) => i % 2 === 1 && setTimeout(() => c.abort(), 10));
    const results = await Promise.allSettled(calls);
    results.forEach((result, i) => {
      if (i % 2 === 0) expect(result).toEqual({ status: 'fulfilled', value: 5n });
      else expect(result.status === 'rejected' && result.reason instanceof AbortError).toBe(true);
    });
  });

  test('options.signal must be an AbortSignal', async () => {
    await expect(sleepMs(1n, { signal: {} as AbortSignal })).rejects.toThrow(/options\.signal must be an AbortSignal/);
  });

  test('options that are not an object are a TypeError naming options, and nothing starts', async () => {
    const before = sleepStats();
    for (const [options, got] of [
      [5, '5 (number)'],
      ['fast', 'a string'],
      [true, 'boolean'],
      [() => undefined, 'function'],
    ] as const) {
      const call = sleepMs(1n, options as unknown as { signal?: AbortSignal });
      await expect(call).rejects.toThrow(TypeError);
      await expect(call).rejects.toThrow(
        `options: expected an options object ({ signal?: AbortSignal }) or undefined, got ${got}`,
      );
    }
    expect(sleepStats().started).toBe(before.started);
    // No options at all, spelled either way, is fine.
    await expect(sleepMs(1n, undefined)).resolves.toBe(1n);
    await expect(sleepMs(1n, null as unknown as undefined)).resolves.toBe(1n);
  });
});

describe('the event loop', () => {
  test('a script that awaits a few calls exits on its own', () => {
    const script = `
      const api = require('./generated/${packageName('async-ffi')}');
      (async () => {
        api.setWorkDelayMs(1n);
        console.log(await api.sayHello('one'));
        console.log((await Promise.all([api.sayHello('two'), api.sleepMs(5n)])).length);
      })();
    `;
    const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, TS_NODE_PROJECT: resolve(repoRoot, 'tsconfig.json') },
    });
    expect(result.error).toBeUndefined(); // a timeout would mean the callback kept Node alive
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Hello, one!');
    expect(result.stdout).toContain('2');
  });

  test('sequential awaits complete', async () => {
    for (let i = 0; i < 50; i++) {
      await expect(sayHello(`n${i}`)).resolves.toContain(`Hello, n${i}!`);
    }
  });
});
