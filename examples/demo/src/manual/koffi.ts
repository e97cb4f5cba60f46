/**
 * The manual C API over [koffi](https://koffi.dev/) 3: the {@link ManualNative} transport behind
 * `ManualGreeter.open(path, { transport: 'koffi' })`.
 *
 * What differs from ffi-rs, all measured with koffi 3.3.4 on Node 20:
 *
 * - **Pointers are BigInts.** The callback is declared with a `koffi.proto` whose `result` is a
 *   `void *`, so it arrives as a BigInt address (or `null` for the cancellation value) that stays
 *   ours to free; {@link readCString} decodes it with `koffi.decode(address, 'char', -1)` (read up
 *   to the NUL, as UTF-8) and the core then hands it back through `free_rust_string`. Declaring it
 *   `char *` would not do: koffi decodes a `char *` callback argument into a JS string by itself,
 *   and the address needed to free it is lost.
 * - **`uint64_t` arguments above 2^63 arrive as negative BigInts** (and small ones as numbers); the
 *   core's normalization to an unsigned 64-bit value covers both transports.
 * - **A callback fired from a tokio worker thread blocks that thread** until koffi has run the JS
 *   function on the JS thread (koffi queues the call through a thread-safe function and waits for
 *   it). Consequence: `cleanup_async_runtime()` called from the JS thread while calls are pending
 *   deadlocks with the workers, which are stuck handing their cancellation callbacks to the blocked
 *   JS thread, until tokio's 5 s shutdown timeout lets it return; the cancellations are then
 *   delivered on the next event-loop turns. ffi-rs does not wait, so it has no such stall.
 * - **A registered koffi callback does not keep Node alive** (koffi's thread-safe function is
 *   unref'd), and neither does a call pending on it: Node exits with the greeting never delivered.
 *   To keep the contract of {@link ManualNative.registerCallback}, registering also starts a
 *   ref'd, never-firing interval timer, cleared on unregister. The core registers the callback
 *   once for a burst of calls and unregisters it when none is pending (and none is in flight), as
 *   for ffi-rs, so a script still exits on its own.
 *
 * @packageDocumentation
 */

import * as koffi from 'koffi';
import type { DeliverResult, ManualNative } from './native';

/**
 * `void greeting_callback(uint64_t user_data, void *result)`. Left anonymous: koffi's type names
 * are global to the process and may be declared only once, while this module can be evaluated more
 * than once (e.g. by jest, once per test file).
 */
const GREETING_CALLBACK = koffi.pointer(koffi.proto(null, 'void', ['uint64_t', 'void *']));

/** Long enough never to fire; the timer only holds the event loop open. */
const KEEP_ALIVE_MS = 2 ** 30;

/** A registered koffi callback: its C function pointer and the timer that keeps Node alive. */
export interface KoffiCallback {
  code: bigint;
  keepAlive: NodeJS.Timeout;
}

/** Copies the NUL-terminated UTF-8 string at `address` into a JS string. */
function readCString(address: bigint): string {
  const text: unknown = koffi.decode(address, 'char', -1);
  if (typeof text !== 'string') throw new TypeError(`koffi decoded a C string as ${typeof text}`);
  return text;
}

/** Opens `libraryPath` (absolute) with `koffi.load` (one `dlopen`: the same handle as ffi-rs's). */
export function openKoffi(libraryPath: string): ManualNative<KoffiCallback> {
  const lib = koffi.load(libraryPath);
  const initAsyncRuntime = lib.func('int32_t init_async_runtime(void)');
  const cleanupAsyncRuntime = lib.func('int32_t cleanup_async_runtime(void)');
  const sayHello = lib.func('say_hello_async_manual', 'int32_t', ['const char *', GREETING_CALLBACK, 'uint64_t']);
  const freeRustString = lib.func('void free_rust_string(void *ptr)');
  const callbacksInFlight = lib.func('uint64_t manual_callbacks_in_flight(void)');

  return {
    transport: 'koffi',
    initAsyncRuntime: () => initAsyncRuntime() as number,
    cleanupAsyncRuntime: () => cleanupAsyncRuntime() as number,

    registerCallback(deliver: DeliverResult): KoffiCallback {
      const code = koffi.register(deliver, GREETING_CALLBACK);
      return { code, keepAlive: setInterval(() => undefined, KEEP_ALIVE_MS) };
    },

    unregisterCallback(callback: KoffiCallback): void {
      koffi.unregister(callback.code);
      clearInterval(callback.keepAlive);
    },

    sayHelloAsyncManual: (name: string, callback: KoffiCallback, userData: bigint): number =>
      sayHello(name, callback.code, userData) as number,

    readCString,

    freeRustString: (address: bigint): void => {
      freeRustString(address);
    },

    callbacksInFlight: () => Number(callbacksInFlight()),
  };
}
