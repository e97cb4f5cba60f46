"use strict";
/**
 * The values that cross the C ABI, as the runtime sees them.
 *
 * Every scaffolding function takes and returns values of a handful of C types. `FfiKind` names
 * them; `FfiValue` is their JavaScript form: 8 to 32-bit integers and floats are numbers, 64-bit
 * integers and handles are bigints (exact over the whole range), RustBuffers are their three parts.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.EMPTY_RUST_BUFFER = void 0;
exports.ffiBufferElements = ffiBufferElements;
exports.futureSuffix = futureSuffix;
exports.isStructKind = isStructKind;
/** How many 8-byte elements a value of this kind takes in an FFI buffer (uniffi `FfiSerialize::SIZE`). */
function ffiBufferElements(kind) {
    switch (kind) {
        case 'rust_buffer':
            return 3;
        case 'foreign_bytes':
            return 2;
        case 'void':
            return 0;
        default:
            return 1;
    }
}
/** The suffix of the `rust_future_*` functions that drive a future returning this kind. */
function futureSuffix(kind) {
    switch (kind) {
        case 'handle':
            return 'u64';
        default:
            return kind;
    }
}
/** Whether a value of this kind crosses as a C struct (by value) rather than a scalar. */
function isStructKind(kind) {
    return kind === 'rust_buffer' || kind === 'foreign_bytes';
}
exports.EMPTY_RUST_BUFFER = Object.freeze({ capacity: 0, len: 0, data: 0 });
