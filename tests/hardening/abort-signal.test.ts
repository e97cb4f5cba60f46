// Many calls in flight on one AbortSignal (Hardening): one 'abort' listener per signal, not one per
// call, so Node prints no MaxListenersExceededWarning; aborting still cancels every call.
import { getEventListeners } from 'node:events';
import { AbortError, sleepMs, sleepStats } from '../../generated/async-ffi';

const CALLS = 50;

function collectWarnings(): { warnings: Error[]; stop(): void } {
  const warnings: Error[] = [];
  const onWarning = (warning: Error): void => {
    warnings.push(warning);
  };
  process.on('warning', onWarning);
  return { warnings, stop: () => process.off('warning', onWarning) };
}

/** Lets pending warnings (emitted on process.nextTick) arrive. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

test(`${CALLS} calls on one signal: no warning, one listener, and aborting cancels them all`, async () => {
  const { warnings, stop } = collectWarnings();
  try {
    const before = sleepStats();
    const controller = new AbortController();
    const calls = Array.from({ length: CALLS }, () => sleepMs(60_000n, { signal: controller.signal }));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort(new Error('enough'));
    const results = await Promise.allSettled(calls);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      const reason = (result as PromiseRejectedResult).reason as AbortError;
      expect(reason).toBeInstanceOf(AbortError);
      expect((reason.cause as Error).message).toBe('enough');
    }
    // Every Rust future was dropped before its sleep finished.
    const after = sleepStats();
    expect(after.started - before.started).toBe(BigInt(CALLS));
    expect(after.droppedEarly - before.droppedEarly).toBe(BigInt(CALLS));
    await settle();
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
  } finally {
    stop();
  }
});

test(`${CALLS} calls that complete on one signal leave no listener behind`, async () => {
  const { warnings, stop } = collectWarnings();
  try {
    const controller = new AbortController();
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(
        Array.from({ length: CALLS }, (_, i) => sleepMs(BigInt(i % 3), { signal: controller.signal })),
      );
      expect(results).toEqual(Array.from({ length: CALLS }, (_, i) => BigInt(i % 3)));
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    }
    // Aborting afterwards is harmless.
    controller.abort();
    await settle();
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
  } finally {
    stop();
  }
});

test('a signal shared by calls that finish and calls that are cancelled', async () => {
  const controller = new AbortController();
  const quick = Array.from({ length: 20 }, () => sleepMs(1n, { signal: controller.signal }));
  const slow = Array.from({ length: 20 }, () => sleepMs(60_000n, { signal: controller.signal }));
  await expect(Promise.all(quick)).resolves.toEqual(Array.from({ length: 20 }, () => 1n));
  // The slow ones still listen, through the one listener.
  expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
  controller.abort();
  for (const result of await Promise.allSettled(slow)) {
    expect(result.status === 'rejected' && result.reason instanceof AbortError).toBe(true);
  }
  expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
});
