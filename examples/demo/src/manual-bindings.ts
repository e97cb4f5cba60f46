/**
 * Hand-written TypeScript bindings for the "manual" async API of `async-ffi`
 * (`crates/async-ffi/src/manual.rs`), over ffi-rs or koffi.
 *
 * The port of the C# demo's `RustInteropManual.cs`:
 *
 * - Rust exposes `say_hello_async_manual(name, callback, user_data)`, which queues the request on
 *   a tokio runtime and later fires `callback(user_data, result)` **from a tokio worker thread**.
 * - Like C#'s `TaskCompletionSource`, each call gets a Promise whose `resolve`/`reject` wait in a
 *   `Map` keyed by `user_data`; ONE registered callback serves every call and settles the entry,
 *   after copying the greeting and handing the memory back to Rust through `free_rust_string`.
 * - A registered callback keeps Node alive and must not be called after it is freed, so it is
 *   created lazily on the first call and freed once no call is pending (deferred to a later
 *   event-loop turn, and only after Rust reports that no callback invocation is still running).
 *
 * # Transports
 *
 * This file is the transport-neutral core: status codes, errors, name checks, the Promise
 * bookkeeping and {@link ManualGreeter}'s lifecycle rules. The FFI calls go through a small
 * interface, `ManualNative` (`./manual/native.ts`), with one implementation per FFI library:
 *
 * | Transport | Pick it with | Module |
 * |---|---|---|
 * | ffi-rs (default) | `ManualGreeter.open(path)` or `ManualGreeter.open(path, { transport: 'ffi-rs' })` | `./manual/ffi-rs.ts` |
 * | koffi 3 | `ManualGreeter.open(path, { transport: 'koffi' })` | `./manual/koffi.ts` |
 *
 * Both behave the same through {@link ManualGreeter}, with one exception: over koffi, a tokio
 * worker firing the callback waits until the JS thread has run it, so `cleanup()` while calls are
 * pending blocks for tokio's 5 s shutdown timeout before the cancellations are delivered (see
 * `./manual/koffi.ts` for this and the other koffi specifics). The transport module for a greeter
 * is only loaded when a greeter of that transport is opened.
 *
 * Run `npx ts-node examples/demo/src/manual-bindings.ts [path/to/libasync_ffi.so] [ffi-rs|koffi]`
 * for a demo.
 *
 * @packageDocumentation
 */

import * as fs from 'fs';
import * as path from 'path';
import { isMainThread, threadId } from 'worker_threads';
import { MANUAL_TRANSPORTS } from './manual/native';
import type { ManualNative, ManualTransport, OpenManualNative } from './manual/native';

export { MANUAL_TRANSPORTS } from './manual/native';
export type { ManualTransport } from './manual/native';

/**
 * Status codes of the manual C API. They mirror the `MANUAL_*` constants in
 * `crates/async-ffi/src/manual.rs`; zero and positive values are successes, negative are errors.
 */
export const ManualStatus = {
  /** Done, or (for `say_hello_async_manual`) accepted: the callback will fire exactly once. */
  Ok: 0,
  /** `init_async_runtime`: the runtime was already running; nothing changed. */
  AlreadyInitialized: 1,
  /** `cleanup_async_runtime`: there was no runtime to shut down; nothing changed. */
  NotRunning: 2,
  /** `say_hello_async_manual`: `name` was a null pointer. */
  NullName: -1,
  /** `say_hello_async_manual`: `name` was not valid UTF-8. */
  InvalidUtf8: -2,
  /** `say_hello_async_manual`: `callback` was a null function pointer. */
  NullCallback: -3,
  /** `say_hello_async_manual`: the runtime is not running (never initialized, or cleaned up). */
  NotInitialized: -4,
  /** `init_async_runtime`: tokio could not build the runtime. */
  RuntimeStartFailed: -5,
  /** `say_hello_async_manual`: the dispatcher task stopped although the runtime is up (a bug). */
  DispatcherStopped: -6,
  /** Any function: a Rust panic was caught at the boundary (a bug). */
  Panic: -7,
} as const;

/** One of the {@link ManualStatus} values. */
export type ManualStatusCode = (typeof ManualStatus)[keyof typeof ManualStatus];

const STATUS_NAMES: ReadonlyMap<number, string> = new Map(
  Object.entries(ManualStatus).map(([key, code]) => [code, key] as const),
);

/** What each status code means, for error messages. */
const STATUS_MESSAGES: ReadonlyMap<number, string> = new Map<number, string>([
  [ManualStatus.NullName, 'the name is a null pointer'],
  [ManualStatus.InvalidUtf8, 'the name is not valid UTF-8'],
  [ManualStatus.NullCallback, 'the callback is a null function pointer'],
  [ManualStatus.NotInitialized, 'the manual async runtime is not running; call init() first'],
  [ManualStatus.RuntimeStartFailed, 'tokio could not start the runtime'],
  [ManualStatus.DispatcherStopped, 'the Rust dispatcher task has stopped'],
  [ManualStatus.Panic, 'Rust panicked (the panic was caught at the FFI boundary)'],
]);

function describeStatus(functionName: string, status: number): string {
  const what = STATUS_MESSAGES.get(status) ?? 'unknown status code';
  const name = STATUS_NAMES.get(status) ?? 'Unknown';
  return `${functionName} failed: ${what} (status ${status}, ${name})`;
}

/** A negative status code from the C API, other than a bad name: e.g. the runtime is not running. */
export class ManualFfiError extends Error {
  override readonly name = 'ManualFfiError';

  /**
   * @param functionName - The C function that returned the code.
   * @param status - The code it returned (see {@link ManualStatus}).
   */
  constructor(
    readonly functionName: string,
    readonly status: number,
  ) {
    super(describeStatus(functionName, status));
  }
}

/**
 * A name that cannot be greeted: not a string, containing U+0000 or a lone surrogate (rejected in
 * TypeScript before crossing), or refused by Rust as null or invalid UTF-8.
 */
export class ManualNameError extends TypeError {
  override readonly name = 'ManualNameError';

  /**
   * @param message - What is wrong with the name.
   * @param status - The Rust status code, or `undefined` when rejected before crossing.
   */
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

/** The call was accepted, but the runtime was shut down (`cleanup`) before the greeting was ready. */
export class ManualCancelledError extends Error {
  override readonly name = 'ManualCancelledError';

  constructor() {
    super('say_hello_async_manual was cancelled: the runtime was shut down before the greeting was ready');
  }
}

/**
 * Maps a negative status code to the Error the wrapper throws or rejects with: a
 * {@link ManualNameError} (a TypeError) for `NullName` and `InvalidUtf8`, otherwise a
 * {@link ManualFfiError}.
 */
export function errorForStatus(functionName: string, status: number): Error {
  if (status === ManualStatus.NullName || status === ManualStatus.InvalidUtf8) {
    return new ManualNameError(describeStatus(functionName, status), status);
  }
  return new ManualFfiError(functionName, status);
}

/**
 * Returns why `name` cannot cross as a C string, or `undefined` if it can. An empty string is fine.
 * Lone surrogates are refused because they have no UTF-8 encoding (they would silently become
 * U+FFFD).
 */
export function checkName(name: unknown): ManualNameError | undefined {
  if (typeof name !== 'string') {
    return new ManualNameError(`the name must be a string, got ${typeof name}`, undefined);
  }
  const nul = name.indexOf('\0');
  if (nul >= 0) {
    return new ManualNameError(
      `the name contains a NUL character (U+0000) at index ${nul}; a C string cannot carry it`,
      undefined,
    );
  }
  const surrogate = /\p{Surrogate}/u.exec(name);
  if (surrogate) {
    return new ManualNameError(
      `the name contains a lone surrogate at index ${surrogate.index}; it has no UTF-8 encoding`,
      undefined,
    );
  }
  return undefined;
}

/** The JavaScript side's thread: the pid and `worker_threads.threadId` (0 on the main thread). */
export interface JsThreadInfo {
  pid: number;
  threadId: number;
  isMainThread: boolean;
}

/** Describes the calling JavaScript thread, to print next to the Rust thread named in a greeting. */
export function jsThreadInfo(): JsThreadInfo {
  return { pid: process.pid, threadId, isMainThread };
}

/** {@link jsThreadInfo} as text, e.g. `JS thread 0 (main) of pid 1234`. */
export function jsThreadLabel(): string {
  const info = jsThreadInfo();
  return `JS thread ${info.threadId} (${info.isMainThread ? 'main' : 'worker'}) of pid ${info.pid}`;
}

/**
 * Converts a 64-bit callback argument to an unsigned bigint: ffi-rs hands out signed BigInts, koffi
 * numbers or (above 2^63) negative BigInts, and `null` for a null pointer.
 */
function toU64(value: unknown): bigint {
  if (value === null) return 0n;
  if (typeof value === 'bigint') return BigInt.asUintN(64, value);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt.asUintN(64, BigInt(value));
  throw new TypeError(`expected a 64-bit integer from the callback, got ${typeof value}`);
}

/** A pending call's Promise handlers. */
interface Pending {
  resolve(text: string): void;
  reject(error: Error): void;
}

/** Options of {@link ManualGreeter.open}. */
export interface ManualOpenOptions {
  /** The FFI library to call Rust through: `'ffi-rs'` (the default) or `'koffi'`. */
  transport?: ManualTransport;
}

/**
 * How each transport is opened. Required lazily, so that a program using one transport does not
 * load the other one's native addon.
 */
const OPENERS: Readonly<Record<ManualTransport, OpenManualNative>> = {
  'ffi-rs': (libraryPath) => (require('./manual/ffi-rs') as typeof import('./manual/ffi-rs')).openFfiRs(libraryPath),
  koffi: (libraryPath) => (require('./manual/koffi') as typeof import('./manual/koffi')).openKoffi(libraryPath),
};

/**
 * The manual approach from TypeScript: `await greeter.sayHelloAsync('Ann')`.
 *
 * ```ts
 * const greeter = ManualGreeter.open('target/release/libasync_ffi.so'); // or { transport: 'koffi' }
 * greeter.init();
 * console.log(await greeter.sayHelloAsync('Ann'));
 * greeter.cleanup();
 * ```
 *
 * The Rust runtime is global to the process: `init` and `cleanup` affect every greeter on the same
 * library, whatever its transport. A greeter only keeps Node alive while one of its calls is
 * pending.
 *
 * There is deliberately no `close()`: unloading the library while tokio threads may still run its
 * code would crash the process.
 */
export class ManualGreeter {
  private readonly pending = new Map<number, Pending>();
  private nextUserData = 1;
  private callback: unknown = undefined;
  private releaseScheduled = false;
  private registrations = 0;

  private constructor(private readonly native: ManualNative<unknown>) {}

  /**
   * Loads the cdylib (`libasync_ffi.so` / `.dylib`) through the chosen transport. Opening the same
   * path twice shares the loaded library (and its runtime).
   *
   * @param libraryPath - Path to the library, absolute or relative to the working directory.
   * @param options - `transport`: `'ffi-rs'` (the default) or `'koffi'`.
   * @throws Error if the file does not exist or cannot be loaded; TypeError for an unknown
   * transport.
   */
  static open(libraryPath: string, options: ManualOpenOptions = {}): ManualGreeter {
    const transport = options.transport ?? 'ffi-rs';
    if (!(MANUAL_TRANSPORTS as readonly string[]).includes(transport)) {
      throw new TypeError(
        `unknown transport ${JSON.stringify(transport)}; expected one of ${MANUAL_TRANSPORTS.join(', ')}`,
      );
    }
    const resolved = path.resolve(libraryPath);
    if (!fs.existsSync(resolved)) {
      throw new Error(`async-ffi library not found at ${resolved}; run cargo build --release -p async-ffi`);
    }
    return new ManualGreeter(OPENERS[transport](resolved));
  }

  /** The FFI library this greeter calls Rust through. */
  get transport(): ManualTransport {
    return this.native.transport;
  }

  /**
   * Starts the Rust runtime (`init_async_runtime`). Idempotent.
   *
   * @returns `'started'`, or `'already-running'` if it was running.
   * @throws {@link ManualFfiError} if tokio could not start.
   */
  init(): 'started' | 'already-running' {
    const status = this.native.initAsyncRuntime();
    if (status === ManualStatus.Ok) return 'started';
    if (status === ManualStatus.AlreadyInitialized) return 'already-running';
    throw errorForStatus('init_async_runtime', status);
  }

  /**
   * Shuts the Rust runtime down (`cleanup_async_runtime`). Idempotent. Calls still pending reject
   * with {@link ManualCancelledError} on a later event-loop turn; later calls reject with
   * {@link ManualFfiError} (status `NotInitialized`) until {@link ManualGreeter.init} runs again.
   *
   * Over koffi, a cleanup while calls are pending blocks for tokio's shutdown timeout (5 s): see
   * `manual/koffi.ts`.
   *
   * @returns `'stopped'`, or `'not-running'` if there was nothing to stop.
   */
  cleanup(): 'stopped' | 'not-running' {
    const status = this.native.cleanupAsyncRuntime();
    if (status === ManualStatus.Ok) return 'stopped';
    if (status === ManualStatus.NotRunning) return 'not-running';
    throw errorForStatus('cleanup_async_runtime', status);
  }

  /**
   * Greets `name` on a tokio worker thread; the greeting names that thread.
   *
   * Never throws: every failure is a rejection.
   *
   * @param name - Any string without U+0000 and lone surrogates; may be empty.
   * @returns The greeting, e.g. `Hello, Ann! (from Rust thread 'manual-tokio-worker' ThreadId(3))`.
   * @throws (rejects with) {@link ManualNameError} (a TypeError) for a name that cannot be a UTF-8
   * C string; {@link ManualFfiError} when the runtime is not running;
   * {@link ManualCancelledError} when `cleanup` runs before the greeting is ready.
   */
  sayHelloAsync(name: string): Promise<string> {
    const problem = checkName(name);
    if (problem) return Promise.reject(problem);

    let callback: unknown;
    try {
      callback = this.ensureCallback();
    } catch (error) {
      return Promise.reject(asError(error));
    }
    const userData = this.nextUserData++;
    const promise = new Promise<string>((resolve, reject) => {
      this.pending.set(userData, { resolve, reject });
    });
    let status: number;
    try {
      status = this.native.sayHelloAsyncManual(name, callback, BigInt(userData));
    } catch (error) {
      // The FFI library failed while converting arguments, before Rust could accept the call.
      this.pending.delete(userData);
      this.scheduleRelease();
      return Promise.reject(asError(error));
    }
    if (status !== ManualStatus.Ok) {
      // Refused synchronously: Rust guarantees the callback never fires for this call.
      this.pending.delete(userData);
      this.scheduleRelease();
      return Promise.reject(errorForStatus('say_hello_async_manual', status));
    }
    return promise;
  }

  /** Calls waiting for their callback. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** Whether the callback is currently registered (and so keeping Node alive). */
  get isCallbackRegistered(): boolean {
    return this.callback !== undefined;
  }

  /** How many times the callback was registered since this greeter was opened. */
  get callbackRegistrations(): number {
    return this.registrations;
  }

  /** Registers the callback on first use; it keeps Node alive until released. */
  private ensureCallback(): unknown {
    if (this.callback !== undefined) return this.callback;
    this.callback = this.native.registerCallback((userData, result) => this.onResult(userData, result));
    this.registrations++;
    return this.callback;
  }

  /**
   * The one callback, run by the transport on the JS thread after a tokio worker fired it. Copies
   * the greeting, frees Rust's string, settles the matching Promise. Never throws: a throwing void
   * callback would surface as `uncaughtException` (under both ffi-rs and koffi).
   */
  private onResult(userDataArg: unknown, resultArg: unknown): void {
    let outcome: { text: string } | { error: Error };
    let userData: number | undefined;
    try {
      userData = Number(toU64(userDataArg));
      const address = toU64(resultArg);
      if (address === 0n) {
        outcome = { error: new ManualCancelledError() };
      } else {
        try {
          outcome = { text: this.native.readCString(address) };
        } finally {
          this.native.freeRustString(address);
        }
      }
    } catch (error) {
      outcome = { error: asError(error) };
    }
    const entry = userData === undefined ? undefined : this.pending.get(userData);
    if (entry && userData !== undefined) {
      this.pending.delete(userData);
      if ('text' in outcome) entry.resolve(outcome.text);
      else entry.reject(outcome.error);
    }
    if (this.pending.size === 0) this.scheduleRelease();
  }

  /**
   * Releases the callback on a later turn of the event loop if no call is pending by then, so
   * that `await a(); await b();` reuses it instead of re-registering it for every call.
   */
  private scheduleRelease(): void {
    if (this.releaseScheduled || this.callback === undefined) return;
    this.releaseScheduled = true;
    setImmediate(() => this.tryRelease());
  }

  private tryRelease(): void {
    this.releaseScheduled = false;
    const callback = this.callback;
    if (callback === undefined || this.pending.size > 0) return;
    // Every call this greeter is owed has reached JS, so none can start; but the worker thread that
    // fired the last one may still be returning through the transport's trampoline (under koffi it
    // is even still waiting for the JS function to have run). Rust counts the invocations that
    // have not returned: free only at zero, otherwise look again shortly. After this, nothing can
    // call the callback: Rust fires each accepted call's callback exactly once.
    if (this.native.callbacksInFlight() > 0) {
      this.releaseScheduled = true;
      setTimeout(() => this.tryRelease(), 1);
      return;
    }
    this.callback = undefined;
    this.native.unregisterCallback(callback);
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * The demo: a few concurrent greetings, with the JS thread next to the Rust thread.
 * `npx ts-node examples/demo/src/manual-bindings.ts [library] [ffi-rs|koffi]`.
 */
async function main(): Promise<void> {
  const libraryPath = process.argv[2] ?? path.join(__dirname, '../../../target/release/libasync_ffi.so');
  const transport = (process.argv[3] ?? 'ffi-rs') as ManualTransport;
  const greeter = ManualGreeter.open(libraryPath, { transport });
  console.log(`transport: ${greeter.transport}, init: ${greeter.init()}`);
  console.log(`Calling from ${jsThreadLabel()}`);
  const names = ['Ann', 'Bob', 'Chloé', 'Dmitri 🦀'];
  const greetings = await Promise.all(names.map((name) => greeter.sayHelloAsync(name)));
  for (const greeting of greetings) console.log(`  ${greeting}  <- awaited on ${jsThreadLabel()}`);
  console.log(`cleanup: ${greeter.cleanup()}`);
  await greeter.sayHelloAsync('late').catch((error: unknown) => {
    console.log(`after cleanup: ${error instanceof Error ? error.message : String(error)}`);
  });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
