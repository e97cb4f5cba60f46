/**
 * Rust futures as Promises, following UniFFI's polling protocol:
 *
 * 1. the scaffolding function returns a future handle;
 * 2. `rust_future_poll(handle, continuation, data)`: Rust calls `continuation(data, code)` once,
 *    from any thread, when the future is ready (0) or wants another poll (1);
 * 3. on ready, `rust_future_complete` exactly once gives the result and the call status;
 * 4. `rust_future_free` always, last.
 *
 * One continuation callback serves every future of a library; `data` is a key into a map of
 * resolvers, so no callback is created per poll.
 */
import { typeError } from './converters';
import type { FfiConverter } from './converters';
import { abortError, AbortError } from './errors';
import type { ErrorLifter } from './errors-converter';
import type { FfiFunctionDeclaration, FfiKind } from './ffi-types';
import { HandleMap } from './handle-map';
import { onThreadExit } from './host';
import { beginLifting, endLifting } from './lifting';
import {
  CALL_CANCELLED,
  checkCallStatus,
  lowerArguments,
  methodParameters,
  receiverOf,
  RustFunction,
} from './rust-call';
import type { Parameter } from './rust-call';
import type { NativeHost, NativeLibrary } from './transport/native';

/** Options accepted as the last argument of every async function. */
export interface AsyncCallOptions {
  /** Cancels the Rust future; the Promise then rejects with an {@link AbortError}. */
  readonly signal?: AbortSignal;
}

const POLL_READY = 0;

/**
 * The cancel functions of the calls in flight on each AbortSignal. A signal gets one 'abort'
 * listener however many calls use it (one listener per call would make Node print a
 * MaxListenersExceededWarning past ten); the listener goes when the signal's last call settles.
 */
const cancelsBySignal = new WeakMap<AbortSignal, Set<() => void>>();

function abortListener(this: AbortSignal): void {
  const cancels = cancelsBySignal.get(this);
  if (cancels === undefined) return;
  cancelsBySignal.delete(this);
  let failure: { error: unknown } | undefined;
  // A copy: cancelling may settle calls, which unregister themselves.
  for (const cancel of [...cancels]) {
    try {
      cancel();
    } catch (error) {
      failure ??= { error };
    }
  }
  // Every call was cancelled; the first failure is reported as a listener's error would be.
  if (failure !== undefined) throw failure.error;
}

/** Calls `cancel` when `signal` aborts (at once if it already has), until {@link offAbort}. */
function onAbort(signal: AbortSignal, cancel: () => void): void {
  if (signal.aborted) {
    // Aborted after the call's own check (by code run while its arguments were lowered): an
    // 'abort' listener added now would never fire.
    cancel();
    return;
  }
  let cancels = cancelsBySignal.get(signal);
  if (cancels === undefined) {
    cancels = new Set();
    cancelsBySignal.set(signal, cancels);
    signal.addEventListener('abort', abortListener, { once: true });
  }
  cancels.add(cancel);
}

function offAbort(signal: AbortSignal, cancel: () => void): void {
  const cancels = cancelsBySignal.get(signal);
  if (cancels === undefined || !cancels.delete(cancel) || cancels.size > 0) return;
  cancelsBySignal.delete(signal);
  signal.removeEventListener('abort', abortListener);
}

/**
 * The driver of each opened library, which installs the library's one continuation callback. It
 * is shared by every copy of this runtime (one per generated package): an async method of one
 * package may run in the library another package opened, and must use that library's driver
 * (a second one would replace the callback, and the first one's futures would never wake).
 */
const DRIVERS_KEY = Symbol.for('uniffi-bindgen-ts.future-drivers');
const drivers: WeakMap<NativeLibrary, FutureDriver> = ((
  globalThis as Record<symbol, WeakMap<NativeLibrary, FutureDriver> | undefined>
)[DRIVERS_KEY] ??= new WeakMap());

/** Drives the futures of one native library. */
export class FutureDriver {
  /** The driver of `native`, made on first use: every caller of a library shares its one driver. */
  static of(native: NativeLibrary): FutureDriver {
    let driver = drivers.get(native);
    if (driver === undefined) {
      driver = new FutureDriver(native);
      drivers.set(native, driver);
    }
    return driver;
  }

  private readonly waiting = new HandleMap<(pollCode: number) => void>();
  /** Futures started and not yet freed, with the kind their `rust_future_*` functions take. */
  private readonly inFlight = new Map<bigint, FfiKind>();

  private constructor(private readonly native: NativeLibrary) {
    native.setContinuationHandler((data, pollCode) => {
      const resume = this.waiting.take(data);
      if (resume !== undefined) {
        resume(pollCode);
      }
    });
    // When a thread (a worker, or the process) exits with futures pending, Rust would later wake
    // them through a continuation whose JavaScript side is gone. Cancelling and freeing them
    // first means Rust never calls it, and frees their memory.
    onThreadExit(() => this.abandonAll());
  }

  private abandonAll(): void {
    for (const [handle, kind] of this.inFlight) {
      try {
        this.native.futureCancel(kind, handle);
        this.native.futureFree(kind, handle);
      } catch {
        // Exiting: nothing more can be done.
      }
    }
    this.inFlight.clear();
  }

  /** Futures currently waiting for Rust. */
  get pending(): number {
    return this.waiting.size;
  }

  private poll(kind: FfiKind, handle: bigint): Promise<number> {
    return new Promise((resolve) => {
      const key = this.waiting.insert(resolve);
      this.native.futurePoll(kind, handle, key);
    });
  }

  /** Awaits the future `handle` and returns what `complete` gives, then frees the future. */
  async run<R>(
    handle: bigint,
    kind: FfiKind,
    name: string,
    returns: FfiConverter<R> | undefined,
    errors: ErrorLifter | undefined,
    signal: AbortSignal | undefined,
  ): Promise<R> {
    const native = this.native;
    this.inFlight.set(handle, kind);
    native.retainContinuation();
    const cancel = (): void => native.futureCancel(kind, handle);
    try {
      if (signal !== undefined) onAbort(signal, cancel);
      while ((await this.poll(kind, handle)) !== POLL_READY) {
        // WAKE: the future made progress and wants to be polled again.
      }
      const { value, status } = native.futureComplete(kind, handle);
      if (status.code === CALL_CANCELLED) {
        throw abortError(signal);
      }
      // Objects in the result or the error belong to this library.
      const outer = beginLifting(native);
      try {
        checkCallStatus(native, status, errors, name);
        return (returns === undefined ? undefined : returns.lift(value, native)) as R;
      } finally {
        endLifting(outer);
      }
    } finally {
      if (signal !== undefined) offAbort(signal, cancel);
      this.inFlight.delete(handle);
      native.futureFree(kind, handle);
      native.releaseContinuation();
    }
  }
}

/** What async functions hold: the library and its future driver. */
export interface FutureHost extends NativeHost {
  readonly futures: FutureDriver;
}

/** An async Rust function: calling it starts the future and returns a Promise of its result. */
export class AsyncFunction<R> extends RustFunction<R> {
  constructor(
    protected readonly host: FutureHost,
    declaration: FfiFunctionDeclaration,
    params: readonly Parameter[],
    returns: FfiConverter<R> | undefined,
    errors?: ErrorLifter,
  ) {
    super(host, declaration, params, returns, errors);
  }

  private get future(): FfiKind {
    return this.declaration.future ?? 'void';
  }

  call(args: readonly unknown[], options: AsyncCallOptions | undefined): Promise<R> {
    return this.callIn(undefined, args, options);
  }

  /**
   * Starts the future in `native` (by default the package's library) and drives it with that
   * library's driver. Every failure, a library that cannot open included, is a rejection.
   */
  protected async callIn(
    native: NativeLibrary | undefined,
    args: readonly unknown[],
    options: AsyncCallOptions | undefined,
  ): Promise<R> {
    // A number or a string here is a mistake (an extra argument?), not "no options".
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw typeError('options', 'an options object ({ signal?: AbortSignal }) or undefined', options);
    }
    const signal = options?.signal;
    if (signal !== undefined && !(signal instanceof AbortSignal)) {
      throw new TypeError(`${this.declaration.name}: options.signal must be an AbortSignal`);
    }
    native ??= this.host.native;
    const d = this.declaration;
    // An aborted signal rejects after the argument checks (bad arguments still report) and
    // before lowering, so nothing is allocated or cloned for a call that never happens.
    const scaffolding = this.scaffoldingIn(native);
    const lowered = lowerArguments(native, this.params, args, () => {
      if (signal?.aborted) throw abortError(signal);
    });
    const { value: handle } = scaffolding(lowered);
    const futures = native === this.host.native ? this.host.futures : FutureDriver.of(native);
    // Awaited, not returned: V8's async stack trace of an error thrown by `run` then goes on
    // through this call and the generated function to the caller's own `await`.
    return await futures.run(handle as bigint, this.future, d.name, this.returns, this.errors, signal);
  }
}

/**
 * An async method of an object: it runs in the library that made the object, as a `SyncMethod`
 * does.
 */
export class AsyncMethod<R> extends AsyncFunction<R> {
  private readonly receiver = receiverOf(this.declaration, this.params);

  constructor(
    host: FutureHost,
    declaration: FfiFunctionDeclaration,
    params: readonly Parameter[],
    returns: FfiConverter<R> | undefined,
    errors?: ErrorLifter,
  ) {
    super(host, declaration, methodParameters(declaration, params), returns, errors);
  }

  override call(args: readonly unknown[], options: AsyncCallOptions | undefined): Promise<R> {
    return this.callIn(this.receiver.ownerOf(args[0]), args, options);
  }
}

export { AbortError };
