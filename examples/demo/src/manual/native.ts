/**
 * The small native interface that `ManualGreeter` (in `../manual-bindings.ts`) drives: one
 * implementation per FFI transport (`./ffi-rs.ts`, `./koffi.ts`). Each method is a thin binding of
 * one function of the C API in `crates/async-ffi/src/manual.rs`, plus the two things a transport has
 * to provide itself: a C function pointer for the one greeting callback, and reading a C string.
 *
 * Everything else (status codes, errors, name checks, the Promise bookkeeping, when to register and
 * release the callback) lives once, in the core.
 *
 * @packageDocumentation
 */

/** The FFI libraries the manual approach can be called through. */
export const MANUAL_TRANSPORTS = ['ffi-rs', 'koffi'] as const;

/** One of {@link MANUAL_TRANSPORTS}. */
export type ManualTransport = (typeof MANUAL_TRANSPORTS)[number];

/**
 * What a transport calls, **on the JS thread**, for every invocation of the C callback
 * `callback(user_data: u64, result: *mut c_char)`, with the two arguments as the FFI library hands
 * them over (a number or a possibly negative BigInt for `user_data`; a BigInt address, `0`, or
 * `null` for `result`). The core normalizes them, reads and frees the string, and settles the call.
 * It never throws.
 */
export type DeliverResult = (userData: unknown, result: unknown) => void;

/**
 * The manual C API as seen through one FFI library. `Callback` is the transport's handle of a
 * registered callback (opaque to the core).
 *
 * Status-returning methods return the raw `i32` code of the C function (see `ManualStatus`).
 */
export interface ManualNative<Callback> {
  /** Which transport this is. */
  readonly transport: ManualTransport;

  /** `init_async_runtime()`. */
  initAsyncRuntime(): number;

  /** `cleanup_async_runtime()`. */
  cleanupAsyncRuntime(): number;

  /**
   * Makes a C function pointer of type `greeting_callback` that may be called from any thread and
   * runs `deliver` on the JS thread. While registered it **keeps the Node event loop alive** (the
   * core only keeps it registered while a call is pending, so that scripts exit on their own).
   */
  registerCallback(deliver: DeliverResult): Callback;

  /**
   * Frees a callback made by {@link ManualNative.registerCallback}. The core calls it only when no
   * call is pending and `manual_callbacks_in_flight()` is zero, so nothing can call it afterwards.
   */
  unregisterCallback(callback: Callback): void;

  /**
   * `say_hello_async_manual(name, callback, user_data)`. `name` has been checked by the core (no
   * U+0000, no lone surrogates); the transport passes it as a NUL-terminated UTF-8 string. May throw
   * if the FFI library fails to convert an argument (then Rust never saw the call).
   */
  sayHelloAsyncManual(name: string, callback: Callback, userData: bigint): number;

  /** Copies the NUL-terminated UTF-8 string at `address` (non-zero) into a JS string. */
  readCString(address: bigint): string;

  /** `free_rust_string(address)`. */
  freeRustString(address: bigint): void;

  /** `manual_callbacks_in_flight()`. */
  callbacksInFlight(): number;
}

/** Opens the library at an absolute, existing `libraryPath` through one transport. */
export type OpenManualNative = (libraryPath: string) => ManualNative<unknown>;
