// One 'abort' listener per AbortSignal, however many calls share it (Hardening, item 3), with a
// fake of the future half of NativeLibrary: a future is ready when it is cancelled or finished.
import { getEventListeners } from 'node:events';
import { AbortError, LibraryLoadError } from '../src/errors';
import { AsyncFunction, FutureDriver } from '../src/future';
import type { FutureHost } from '../src/future';
import type { ContinuationHandler, NativeLibrary } from '../src/transport/native';
import type { RustBuffer } from '../src/ffi-types';

const EMPTY: RustBuffer = { capacity: 0, len: 0, data: 0 };

class FakeFutures {
  private handler: ContinuationHandler | undefined;
  private nextHandle = 1n;
  /** Futures by handle: the data of their pending poll, whether cancelled, their value once done. */
  readonly futures = new Map<bigint, { data: number | undefined; cancelled: boolean; value: bigint | undefined }>();
  readonly cancelled: bigint[] = [];
  readonly freed: bigint[] = [];

  get native(): NativeLibrary {
    return this as unknown as NativeLibrary;
  }

  start(): bigint {
    const handle = this.nextHandle++;
    this.futures.set(handle, { data: undefined, cancelled: false, value: undefined });
    return handle;
  }

  finish(handle: bigint, value: bigint): void {
    const future = this.futures.get(handle);
    if (future === undefined) throw new Error(`no future ${handle}`);
    future.value = value;
    this.wake(handle);
  }

  private wake(handle: bigint): void {
    const future = this.futures.get(handle);
    if (future?.data === undefined) return;
    const data = future.data;
    future.data = undefined;
    // Rust calls the continuation from another thread: later, never inside poll or cancel.
    setImmediate(() => this.handler?.(data, 0));
  }

  setContinuationHandler(handler: ContinuationHandler): void {
    this.handler = handler;
  }
  retainContinuation(): void {}
  releaseContinuation(): void {}
  futurePoll(_kind: string, handle: bigint, data: number): void {
    const future = this.futures.get(handle);
    if (future === undefined) throw new Error(`poll of freed future ${handle}`);
    future.data = data;
    if (future.cancelled || future.value !== undefined) this.wake(handle);
  }
  futureCancel(_kind: string, handle: bigint): void {
    const future = this.futures.get(handle);
    if (future === undefined) return;
    this.cancelled.push(handle);
    future.cancelled = true;
    this.wake(handle);
  }
  futureComplete(_kind: string, handle: bigint): { value: bigint; status: { code: number; errorBuf: RustBuffer } } {
    const future = this.futures.get(handle);
    if (future === undefined) throw new Error(`complete of freed future ${handle}`);
    return future.cancelled
      ? { value: 0n, status: { code: 3, errorBuf: EMPTY } }
      : { value: future.value ?? 0n, status: { code: 0, errorBuf: EMPTY } };
  }
  futureFree(_kind: string, handle: bigint): void {
    this.freed.push(handle);
    this.futures.delete(handle);
  }
}

function setup(): { fake: FakeFutures; driver: FutureDriver; call(signal?: AbortSignal): [bigint, Promise<unknown>] } {
  const fake = new FakeFutures();
  const driver = FutureDriver.of(fake.native);
  return {
    fake,
    driver,
    call(signal) {
      const handle = fake.start();
      return [handle, driver.run(handle, 'u64', 'fake', undefined, undefined, signal)];
    },
  };
}

function collectWarnings(): { names(): string[]; stop(): void } {
  const warnings: Error[] = [];
  const onWarning = (warning: Error): void => {
    warnings.push(warning);
  };
  process.on('warning', onWarning);
  return { names: () => warnings.map((w) => w.name), stop: () => process.off('warning', onWarning) };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('many calls on one AbortSignal', () => {
  test('50 calls: one listener, no MaxListenersExceededWarning, and aborting cancels all of them', async () => {
    const warnings = collectWarnings();
    try {
      const { fake, call } = setup();
      const controller = new AbortController();
      const calls = Array.from({ length: 50 }, () => call(controller.signal));
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
      controller.abort(new Error('stop'));
      const results = await Promise.allSettled(calls.map(([, promise]) => promise));
      for (const result of results) {
        expect(result.status).toBe('rejected');
        expect((result as PromiseRejectedResult).reason).toBeInstanceOf(AbortError);
      }
      expect(new Set(fake.cancelled)).toEqual(new Set(calls.map(([handle]) => handle)));
      expect(fake.futures.size).toBe(0);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
      await settle();
      expect(warnings.names()).not.toContain('MaxListenersExceededWarning');
    } finally {
      warnings.stop();
    }
  });

  test('the listener goes with the last call, and comes back for the next ones', async () => {
    const { fake, call } = setup();
    const controller = new AbortController();
    const first = Array.from({ length: 12 }, () => call(controller.signal));
    for (const [handle] of first) fake.finish(handle, 7n);
    await Promise.all(first.map(([, promise]) => promise));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    const [handle, second] = call(controller.signal);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort();
    await expect(second).rejects.toBeInstanceOf(AbortError);
    expect(fake.cancelled).toEqual([handle]);
  });

  test('calls that finished are not cancelled when the others are', async () => {
    const { fake, call } = setup();
    const controller = new AbortController();
    const calls = Array.from({ length: 20 }, () => call(controller.signal));
    const done = calls.filter((_, i) => i % 2 === 0);
    for (const [handle] of done) fake.finish(handle, 1n);
    await Promise.all(done.map(([, promise]) => promise));
    controller.abort();
    await Promise.allSettled(calls.map(([, promise]) => promise));
    expect(fake.cancelled.sort()).toEqual(
      calls
        .filter((_, i) => i % 2 === 1)
        .map(([handle]) => handle)
        .sort(),
    );
  });

  test('separate signals keep separate listeners', async () => {
    const { call } = setup();
    const a = new AbortController();
    const b = new AbortController();
    const onA = call(a.signal);
    const onB = call(b.signal);
    a.abort();
    await expect(onA[1]).rejects.toBeInstanceOf(AbortError);
    expect(getEventListeners(b.signal, 'abort')).toHaveLength(1);
    b.abort();
    await expect(onB[1]).rejects.toBeInstanceOf(AbortError);
  });

  test('a signal aborted after the call started it (while its arguments were lowered) cancels at once', async () => {
    const { fake, call } = setup();
    const [handle, promise] = call(AbortSignal.abort());
    await expect(promise).rejects.toBeInstanceOf(AbortError);
    expect(fake.cancelled).toEqual([handle]);
  });

  test('calls without a signal are untouched', async () => {
    const { fake, call } = setup();
    const [handle, promise] = call();
    fake.finish(handle, 3n);
    await expect(promise).resolves.toBeUndefined();
    expect(fake.cancelled).toEqual([]);
  });
});

describe('async calls', () => {
  test('reject, and never throw, when the library cannot open', async () => {
    const missing: FutureHost = {
      get native(): NativeLibrary {
        throw new LibraryLoadError('libmissing.so: not found');
      },
      get futures(): FutureDriver {
        throw new LibraryLoadError('libmissing.so: not found');
      },
      openedNative: undefined,
    };
    const fn = new AsyncFunction<void>(
      missing,
      { name: 'later', symbol: 'later', args: [], returns: 'handle', future: 'void' },
      [],
      undefined,
    );
    let promise: Promise<void> | undefined;
    expect(() => {
      promise = fn.call([], undefined);
    }).not.toThrow();
    await expect(promise).rejects.toThrow(LibraryLoadError);
  });

  test('one driver per library: the driver of a library is found again, not made twice', () => {
    const fake = new FakeFutures();
    expect(FutureDriver.of(fake.native)).toBe(FutureDriver.of(fake.native));
  });
});
