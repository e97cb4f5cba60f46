/**
 * The manual C API over [ffi-rs](https://github.com/zhangyuang/node-ffi-rs): the
 * {@link ManualNative} transport behind `ManualGreeter.open(path)` (the default).
 *
 * - ffi-rs aborts the process when a pointer (`External`) argument reaches a callback from a
 *   foreign thread, so the callback declares `result` as a 64-bit integer (`DataType.BigInt`) and
 *   {@link readCString} copies the NUL-terminated string out of Rust memory with libc's `strlen` +
 *   `memcpy` into a Node `Buffer`.
 * - ffi-rs forwards a call from a foreign thread to the JS thread without waiting for it: the tokio
 *   worker returns from the callback right away.
 * - A registered ffi-rs callback keeps Node alive by itself (that is the contract of
 *   {@link ManualNative.registerCallback}) and must not be called after `freePointer`.
 *
 * @packageDocumentation
 */

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
import type { DeliverResult, ManualNative } from './native';

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

/** A registered ffi-rs callback: the owning handle (for `freePointer`) and the C function pointer. */
export interface FfiRsCallback {
  handle: JsExternal[];
  code: JsExternal;
}

/**
 * Copies the NUL-terminated UTF-8 string at `address` into a JS string: `strlen`, then `memcpy`
 * into a fresh `Buffer` (ffi-rs passes a `U8Array` parameter as a pointer to the Buffer's bytes),
 * then a UTF-8 decode in JS.
 *
 * Alternatives that also work: `restorePointer` on an `External` made from the address, or
 * declaring a libc function that returns its pointer argument (e.g. `memmove(p, p, 0)`) with
 * `retType: DataType.String`. The latter is about twice as fast (about 3.4 µs against 7.8 µs per
 * read on a loaded 2-core box) but abuses `memmove` as an identity function and leaves the UTF-8
 * decoding to ffi-rs; either cost is small next to the callback's event-loop hop.
 */
function readCString(address: bigint): string {
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

/**
 * Opens `libraryPath` (absolute) under the ffi-rs key `async_ffi_manual:<path>`; opening the same
 * path twice shares the loaded library.
 */
export function openFfiRs(libraryPath: string): ManualNative<FfiRsCallback> {
  const library = `async_ffi_manual:${libraryPath}`;
  open({ library, path: libraryPath });
  openLibc();
  const status = (funcName: string): number =>
    load({ library, funcName, retType: DataType.I32, paramsType: [], paramsValue: [] });

  return {
    transport: 'ffi-rs',
    initAsyncRuntime: () => status('init_async_runtime'),
    cleanupAsyncRuntime: () => status('cleanup_async_runtime'),

    registerCallback(deliver: DeliverResult): FfiRsCallback {
      const handle = createPointer({ paramsType: [CALLBACK_TYPE], paramsValue: [deliver] });
      const code = unwrapPointer(handle)[0];
      if (code === undefined) throw new Error('ffi-rs returned no function pointer for the callback');
      return { handle, code };
    },

    unregisterCallback(callback: FfiRsCallback): void {
      freePointer({ paramsType: [CALLBACK_TYPE], paramsValue: callback.handle, pointerType: PointerType.RsPointer });
    },

    sayHelloAsyncManual(name: string, callback: FfiRsCallback, userData: bigint): number {
      return load({
        library,
        funcName: 'say_hello_async_manual',
        retType: DataType.I32,
        paramsType: [DataType.String, DataType.External, DataType.BigInt],
        paramsValue: [name, callback.code, userData],
      });
    },

    readCString,

    freeRustString(address: bigint): void {
      load({
        library,
        funcName: 'free_rust_string',
        retType: DataType.Void,
        paramsType: [DataType.BigInt],
        paramsValue: [address],
      });
    },

    callbacksInFlight(): number {
      return load({
        library,
        funcName: 'manual_callbacks_in_flight',
        retType: DataType.U64,
        paramsType: [],
        paramsValue: [],
      });
    },
  };
}
