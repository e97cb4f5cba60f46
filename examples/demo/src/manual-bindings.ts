/**
 * Hand-written TypeScript bindings for the "manual" async API of `async-ffi`
 * (`crates/async-ffi/src/manual.rs`), over ffi-rs.
 *
 * The port of the C# demo's `RustInteropManual.cs`:
 *
 * - Rust exposes `say_hello_async_manual(name, callback, user_data)`, which queues the request on
 *   a tokio runtime and later fires `callback(user_data, result)` **from a tokio worker thread**.
 * - Like C#'s `TaskCompletionSource`, each call gets a Promise whose `resolve`/`reject` wait in a
 *   `Map` keyed by `user_data`; ONE registered callback serves every call and settles the entry.
 * - ffi-rs aborts the process when a pointer (`External`) argument reaches a callback from a
 *   foreign thread, so the callback declares `result` as a 64-bit integer (`DataType.BigInt`) and
 *   copies the NUL-terminated string out of Rust memory with libc's `strlen` + `memcpy` into a
 *   Node `Buffer`, then hands the memory back to Rust through `free_rust_string`.
 * - A registered ffi-rs callback keeps Node alive and must not be called after `freePointer`, so
 *   it is created lazily on the first call and freed once no call is pending (deferred to a later
 *   event-loop turn, and only after Rust reports that no callback invocation is still running).
 *
 * Run `npx ts-node examples/demo/src/manual-bindings.ts [path/to/libasync_ffi.so]` for a demo.
 *
 * @packageDocumentation
 */

import * as fs from 'fs';
import * as path from 'path';
import { isMainThread, threadId } from 'worker_threads';
import {
  DataType,
  JsExternal,
  PointerType,
  createPointer,
  freePointer,
  funcConstructor,
  load,
  open,
  unwrapPointer,
} from 'ffi-rs';

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

/** `callback(user_data: u64, result: *mut c_char)`: both as 64-bit integers (see the module doc). */
const CALLBACK_TYPE = funcConstructor({
  paramsType: [DataType.BigInt, DataType.BigInt],
  retType: DataType.Void,
});

/** ffi-rs key of the process's own symbols (libc's `strlen` and `memcpy`), opened once. */
const LIBC = 'async_ffi_manual:libc';
let libcOpened = false;

function openLibc(): void {
  if (!libcOpened) {
    // An empty path is dlopen(NULL): the main program and the libraries it links, libc included.
    open({ library: LIBC, path: '' });
    libcOpened = true;
  }
}

/** Converts a 64-bit callback argument (ffi-rs hands out signed BigInts) to an unsigned bigint. */
function toU64(value: unknown): bigint {
  if (typeof value === 'bigint') return BigInt.asUintN(64, value);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt.asUintN(64, BigInt(value));
  throw new TypeError(`expected a 64-bit integer from the callback, got ${typeof value}`);
}

/** A pending call's Promise handlers. */
interface Pending {
  resolve(text: string): void;
  reject(error: Error): void;
}

/** The registered ffi-rs callback: the owning handle (for `freePointer`) and the C function pointer. */
interface RegisteredCallback {
  handle: JsExternal[];
  code: JsExternal;
}

/**
 * The manual approach from TypeScript: `await greeter.sayHelloAsync('Ann')`.
 *
 * ```ts
 * const greeter = ManualGreeter.open('target/release/libasync_ffi.so');
 * greeter.init();
 * console.log(await greeter.sayHelloAsync('Ann'));
 * greeter.cleanup();
 * ```
 *
 * The Rust runtime is global to the process: `init` and `cleanup` affect every greeter on the same
 * library. A greeter only keeps Node alive while one of its calls is pending.
 *
 * There is deliberately no `close()`: unloading the library while tokio threads may still run its
 * code would crash the process.
 */
export class ManualGreeter {
  private readonly pending = new Map<number, Pending>();
  private nextUserData = 1;
  private callback: RegisteredCallback | undefined;
  private releaseScheduled = false;
  private registrations = 0;

  private constructor(private readonly library: string) {}

  /**
   * Loads the cdylib (`libasync_ffi.so` / `.dylib`) through ffi-rs. Opening the same path twice
   * shares the loaded library.
   *
   * @param libraryPath - Path to the library, absolute or relative to the working directory.
   * @throws Error if the file does not exist or cannot be loaded.
   */
  static open(libraryPath: string): ManualGreeter {
    const resolved = path.resolve(libraryPath);
    if (!fs.existsSync(resolved)) {
      throw new Error(`async-ffi library not found at ${resolved}; run cargo build --release -p async-ffi`);
    }
    const library = `async_ffi_manual:${resolved}`;
    open({ library, path: resolved });
    openLibc();
    return new ManualGreeter(library);
  }

  /**
   * Starts the Rust runtime (`init_async_runtime`). Idempotent.
   *
   * @returns `'started'`, or `'already-running'` if it was running.
   * @throws {@link ManualFfiError} if tokio could not start.
   */
  init(): 'started' | 'already-running' {
    const status = this.callStatus('init_async_runtime');
    if (status === ManualStatus.Ok) return 'started';
    if (status === ManualStatus.AlreadyInitialized) return 'already-running';
    throw errorForStatus('init_async_runtime', status);
  }

  /**
   * Shuts the Rust runtime down (`cleanup_async_runtime`). Idempotent. Calls still pending reject
   * with {@link ManualCancelledError} on a later event-loop turn; later calls reject with
   * {@link ManualFfiError} (status `NotInitialized`) until {@link ManualGreeter.init} runs again.
   *
   * @returns `'stopped'`, or `'not-running'` if there was nothing to stop.
   */
  cleanup(): 'stopped' | 'not-running' {
    const status = this.callStatus('cleanup_async_runtime');
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

    const callback = this.ensureCallback();
    const userData = this.nextUserData++;
    const promise = new Promise<string>((resolve, reject) => {
      this.pending.set(userData, { resolve, reject });
    });
    let status: number;
    try {
      status = load({
        library: this.library,
        funcName: 'say_hello_async_manual',
        retType: DataType.I32,
        paramsType: [DataType.String, DataType.External, DataType.BigInt],
        paramsValue: [name, callback.code, BigInt(userData)],
      });
    } catch (error) {
      // ffi-rs failed while converting arguments, before Rust could accept the call.
      this.pending.delete(userData);
      this.scheduleRelease();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
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

  /** Whether the ffi-rs callback is currently registered (and so keeping Node alive). */
  get isCallbackRegistered(): boolean {
    return this.callback !== undefined;
  }

  /** How many times the callback was registered since this greeter was opened. */
  get callbackRegistrations(): number {
    return this.registrations;
  }

  private callStatus(funcName: string): number {
    return load({ library: this.library, funcName, retType: DataType.I32, paramsType: [], paramsValue: [] });
  }

  /** Registers the callback on first use; it keeps Node alive until released. */
  private ensureCallback(): RegisteredCallback {
    if (this.callback) return this.callback;
    const handle = createPointer({
      paramsType: [CALLBACK_TYPE],
      paramsValue: [(userData: unknown, result: unknown): void => this.onResult(userData, result)],
    });
    const code = unwrapPointer(handle)[0];
    if (code === undefined) throw new Error('ffi-rs returned no function pointer for the callback');
    this.callback = { handle, code };
    this.registrations++;
    return this.callback;
  }

  /**
   * The one callback, run by ffi-rs on the JS thread after a tokio worker fired it. Copies the
   * greeting, frees Rust's string, settles the matching Promise. Never throws: a throwing void
   * callback would surface as `uncaughtException`.
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
          outcome = { text: this.readCString(address) };
        } finally {
          this.freeRustString(address);
        }
      }
    } catch (error) {
      outcome = { error: error instanceof Error ? error : new Error(String(error)) };
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
   * Copies the NUL-terminated UTF-8 string at `address` into a JS string: `strlen`, then `memcpy`
   * into a fresh `Buffer` (ffi-rs passes a `U8Array` parameter as a pointer to the Buffer's bytes),
   * then a UTF-8 decode in JS. Runs on the JS thread, while the memory is still ours to free.
   *
   * Alternatives that also work: `restorePointer` on an `External` made from the address, or
   * declaring a libc function that returns its pointer argument (e.g. `memmove(p, p, 0)`) with
   * `retType: DataType.String`. The latter is about twice as fast (about 3.4 µs against 7.8 µs per
   * read on a loaded 2-core box) but abuses `memmove` as an identity function and leaves the UTF-8
   * decoding to ffi-rs; either cost is small next to the callback's event-loop hop.
   */
  private readCString(address: bigint): string {
    const length = load({
      library: LIBC,
      funcName: 'strlen',
      retType: DataType.I64,
      paramsType: [DataType.BigInt],
      paramsValue: [address],
    });
    const bytes = Buffer.alloc(length);
    if (length > 0) {
      load({
        library: LIBC,
        funcName: 'memcpy',
        retType: DataType.Void,
        paramsType: [DataType.U8Array, DataType.BigInt, DataType.I64],
        paramsValue: [bytes, address, length],
      });
    }
    return bytes.toString('utf8');
  }

  private freeRustString(address: bigint): void {
    load({
      library: this.library,
      funcName: 'free_rust_string',
      retType: DataType.Void,
      paramsType: [DataType.BigInt],
      paramsValue: [address],
    });
  }

  private callbacksInFlight(): number {
    return load({
      library: this.library,
      funcName: 'manual_callbacks_in_flight',
      retType: DataType.U64,
      paramsType: [],
      paramsValue: [],
    });
  }

  /**
   * Releases the callback on a later turn of the event loop if no call is pending by then, so
   * that `await a(); await b();` reuses it instead of re-registering it for every call.
   */
  private scheduleRelease(): void {
    if (this.releaseScheduled || !this.callback) return;
    this.releaseScheduled = true;
    setImmediate(() => this.tryRelease());
  }

  private tryRelease(): void {
    this.releaseScheduled = false;
    const callback = this.callback;
    if (!callback || this.pending.size > 0) return;
    // Every call this greeter is owed has reached JS, so none can start; but the worker thread that
    // queued the last one may still be returning through ffi-rs's trampoline. Rust counts the
    // invocations that have not returned: free only at zero, otherwise look again shortly.
    if (this.callbacksInFlight() > 0) {
      this.releaseScheduled = true;
      setTimeout(() => this.tryRelease(), 1);
      return;
    }
    this.callback = undefined;
    freePointer({ paramsType: [CALLBACK_TYPE], paramsValue: callback.handle, pointerType: PointerType.RsPointer });
  }
}

/** The demo: a few concurrent greetings, with the JS thread next to the Rust thread. */
async function main(): Promise<void> {
  const libraryPath = process.argv[2] ?? path.join(__dirname, '../../../target/release/libasync_ffi.so');
  const greeter = ManualGreeter.open(libraryPath);
  console.log(`init: ${greeter.init()}`);
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
