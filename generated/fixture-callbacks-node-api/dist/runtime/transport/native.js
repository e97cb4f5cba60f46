"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SUCCESS = void 0;
exports.helperSymbol = helperSymbol;
exports.ffiBufferSymbol = ffiBufferSymbol;
exports.narrowInteger = narrowInteger;
exports.helperFailure = helperFailure;
/**
 * The one seam to native code: what the runtime needs from an FFI library, as interfaces.
 *
 * Codec, converters, calls, futures and objects code against {@link NativeLibrary}; each backend
 * (`ffi-rs.ts`, `koffi.ts`) is one module exporting a {@link Transport} and keeping its own ABI
 * tricks. A generated package ships exactly one backend; its `ffi.ts` hands it to the library.
 */
const ffi_types_1 = require("../ffi-types");
exports.SUCCESS = Object.freeze({ code: 0, errorBuf: ffi_types_1.EMPTY_RUST_BUFFER });
/** The symbol of a per-crate helper: `ffi_<crate>_<name>`. */
function helperSymbol(crateName, name) {
    return `ffi_${crateName}_${name}`;
}
/** The symbol of a scaffolding function's FFI-buffer twin (uniffi_meta's `ffi_buffer_symbol_name`). */
function ffiBufferSymbol(symbol) {
    return `uniffi_ffibuffer_${symbol.startsWith('uniffi_') ? symbol.slice('uniffi_'.length) : symbol}`;
}
/** Keeps the defined low bits of an 8/16/32-bit integer returned in a wider register. */
function narrowInteger(kind, register) {
    switch (kind) {
        case 'i8':
            return (register << 24) >> 24;
        case 'u8':
            return register & 0xff;
        case 'i16':
            return (register << 16) >> 16;
        case 'u16':
            return register & 0xffff;
        case 'u32':
            return register >>> 0;
        default:
            return register | 0;
    }
}
/** Throws when a helper call (alloc, free, clone...) reports a failure: a bug or out of memory. */
function helperFailure(what, status, message) {
    const detail = status.code === 2 ? `: ${message()}` : '';
    return new Error(`${what} failed with status ${status.code}${detail}`);
}
