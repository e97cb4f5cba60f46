"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DROPPED_CALLBACK_STRUCT = exports.FOREIGN_FUTURE_DROPPED = exports.VTABLE_CLONE = exports.VTABLE_FREE = exports.CALL_STATUS = exports.CONTINUATION = exports.FOREIGN_BYTES = exports.RUST_BUFFER = void 0;
exports.koffiType = koffiType;
exports.toBigInt = toBigInt;
exports.fromKoffi = fromKoffi;
exports.readStructBuffer = readStructBuffer;
exports.toKoffi = toKoffi;
exports.callWith = callWith;
exports.callWithout = callWithout;
exports.findMemcpy = findMemcpy;
exports.guard = guard;
/**
 * koffi's view of UniFFI's C types (RustBuffer, ForeignBytes, RustCallStatus, the callback
 * prototypes), the conversions between koffi's values and the runtime's, and calling a koffi
 * function without building an argument array: what the koffi backend (`../koffi.ts`) builds on.
 */
const koffi_1 = __importDefault(require("koffi"));
const ffi_types_1 = require("../../ffi-types");
const host_1 = require("../../host");
// Anonymous types: koffi's type names are process-wide, and every generated package has its own
// copy of this module.
exports.RUST_BUFFER = koffi_1.default.struct({ capacity: 'uint64_t', len: 'uint64_t', data: 'uintptr_t' });
exports.FOREIGN_BYTES = koffi_1.default.struct({ len: 'int32_t', data: 'const uint8_t *' });
exports.CONTINUATION = koffi_1.default.pointer(koffi_1.default.proto('void', ['uint64_t', 'int8_t']));
exports.CALL_STATUS = koffi_1.default.struct({ code: 'int8_t', error_buf: exports.RUST_BUFFER });
exports.VTABLE_FREE = koffi_1.default.pointer(koffi_1.default.proto('void', ['uint64_t']));
exports.VTABLE_CLONE = koffi_1.default.pointer(koffi_1.default.proto('uint64_t', ['uint64_t']));
exports.FOREIGN_FUTURE_DROPPED = koffi_1.default.pointer(koffi_1.default.proto('void', ['uint64_t']));
exports.DROPPED_CALLBACK_STRUCT = koffi_1.default.struct({ callback_data: 'uint64_t', callback: 'void *' });
function koffiType(kind) {
    switch (kind) {
        case 'i8':
            return 'int8_t';
        case 'u8':
            return 'uint8_t';
        case 'i16':
            return 'int16_t';
        case 'u16':
            return 'uint16_t';
        case 'i32':
            return 'int32_t';
        case 'u32':
            return 'uint32_t';
        case 'i64':
            return 'int64_t';
        case 'u64':
        case 'handle':
            return 'uint64_t';
        case 'f32':
            return 'float';
        case 'f64':
            return 'double';
        case 'rust_buffer':
            return exports.RUST_BUFFER;
        case 'foreign_bytes':
            return exports.FOREIGN_BYTES;
        case 'void':
            return 'void';
    }
}
/** koffi returns 64-bit integers as numbers when they are safe integers, as bigints otherwise. */
function toBigInt(value) {
    return typeof value === 'bigint' ? value : BigInt(value);
}
/** Turns what koffi returned for `kind` into the runtime's {@link FfiValue}. */
function fromKoffi(kind, value) {
    switch (kind) {
        case 'i64':
            return BigInt.asIntN(64, toBigInt(value));
        case 'u64':
        case 'handle':
            // koffi hands callbacks a u64 above 2^63 as a negative bigint.
            return BigInt.asUintN(64, toBigInt(value));
        case 'rust_buffer':
            return readStructBuffer(value);
        case 'void':
            return undefined;
        default:
            return value;
    }
}
function readStructBuffer(buffer) {
    const capacity = Number(buffer.capacity);
    const len = Number(buffer.len);
    const data = Number(buffer.data);
    return capacity === 0 && len === 0 && data === 0 ? ffi_types_1.EMPTY_RUST_BUFFER : { capacity, len, data };
}
/** What a struct-path argument looks like to koffi. */
function toKoffi(kind, value) {
    if (kind === 'foreign_bytes') {
        const bytes = value;
        return { len: bytes.length, data: bytes.length === 0 ? null : bytes };
    }
    return value;
}
/** Calls `f(...values, extra)` without building an array for the common arities. */
function callWith(f, values, extra) {
    switch (values.length) {
        case 0:
            return f(extra);
        case 1:
            return f(values[0], extra);
        case 2:
            return f(values[0], values[1], extra);
        case 3:
            return f(values[0], values[1], values[2], extra);
        default:
            return f(...values, extra);
    }
}
function callWithout(f, values) {
    switch (values.length) {
        case 0:
            return f();
        case 1:
            return f(values[0]);
        case 2:
            return f(values[0], values[1]);
        default:
            return f(...values);
    }
}
/** The C library's memcpy, where the process exports it (Linux, macOS, the BSDs); else koffi views. */
function findMemcpy() {
    try {
        const cLibrary = koffi_1.default.load(null);
        return {
            toAddress: cLibrary.func('memcpy', 'uintptr_t', ['uintptr_t', 'uintptr_t', 'uintptr_t']),
            toBuffer: cLibrary.func('memcpy', 'uintptr_t', ['void *', 'uintptr_t', 'uintptr_t']),
        };
    }
    catch {
        return undefined;
    }
}
/**
 * Runs a callback body: nothing may escape into koffi, which would report it as an uncaught
 * exception after returning zeros to Rust. The runtime's slots catch what methods throw; this
 * catches the rest (a bug), reporting it without stopping the process.
 */
function guard(body) {
    try {
        return body();
    }
    catch (error) {
        (0, host_1.warn)(`uniffi-bindgen-ts: a callback from Rust failed: ${error?.stack ?? String(error)}`);
        return undefined;
    }
}
