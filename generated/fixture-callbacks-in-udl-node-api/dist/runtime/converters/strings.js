"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FfiConverterForeignBytes = exports.FfiConverterBytes = exports.FfiConverterString = void 0;
/** Strings and byte arrays (`Vec<u8>`, and `&[u8]` arguments read in place). */
const codec_1 = require("../codec");
const host_1 = require("../host");
const base_1 = require("./base");
exports.FfiConverterString = {
    typeName: 'string',
    kind: 'rust_buffer',
    check(value, path) {
        if (typeof value !== 'string')
            throw (0, base_1.typeError)(path, 'a string', value);
        // UTF-8 cannot carry a lone surrogate; replacing it would silently change the value.
        if (!value.isWellFormed()) {
            throw new TypeError(`${path}: the string contains a lone UTF-16 surrogate and cannot be encoded as UTF-8`);
        }
    },
    minEncodedSize: 4,
    allocationSize: (value) => 4 + (0, codec_1.utf8Length)(value),
    write(value, writer) {
        // TextEncoder would silently turn a lone surrogate into U+FFFD.
        if (typeof value !== 'string' || !value.isWellFormed())
            exports.FfiConverterString.check(value, (0, base_1.rewritten)('string'));
        writer.writeString(value);
    },
    read(reader) {
        return reader.readUtf8(reader.readI32());
    },
    // At the top level a string is its raw UTF-8, without a length prefix.
    lower: (value, library) => library.rustBufferFromString(value),
    lift: (value, library) => library.takeString(value),
};
/**
 * The length of bytes that passed `instanceof Uint8Array`, as the typed array itself knows it (a
 * subclass getter or an own `length` cannot fake it); a TypeError naming `path` for a look-alike
 * (a Proxy of a Uint8Array, an object with Uint8Array.prototype).
 */
function bytesLength(value, path) {
    let length;
    try {
        length = codec_1.typedArrayLength.call(value);
    }
    catch {
        throw (0, base_1.typeError)(path, 'a Uint8Array', value);
    }
    if (length > base_1.MAX_I32)
        throw new RangeError(`${path}: ${length} bytes exceed the i32 length limit`);
    return length;
}
/**
 * A byte-slice argument as the transports read it (`.length`, then the bytes): the value itself
 * when it is a plain Uint8Array or Buffer, else a plain view of the same bytes, so that a subclass
 * or an own `length` cannot announce more or fewer bytes than it has.
 */
function plainBytes(value) {
    const proto = Object.getPrototypeOf(value);
    if ((proto === Uint8Array.prototype || proto === host_1.bufferPrototype) && !Object.hasOwn(value, 'length'))
        return value;
    return new Uint8Array(codec_1.typedArrayBuffer.call(value), codec_1.typedArrayByteOffset.call(value), codec_1.typedArrayLength.call(value));
}
exports.FfiConverterBytes = {
    typeName: 'bytes',
    kind: 'rust_buffer',
    check(value, path) {
        // Node's Buffer is a Uint8Array and is accepted as such.
        if (!(value instanceof Uint8Array))
            throw (0, base_1.typeError)(path, 'a Uint8Array', value);
        bytesLength(value, path);
    },
    minEncodedSize: 4,
    allocationSize: (value) => 4 + codec_1.typedArrayLength.call(value),
    write(value, writer) {
        if (!(value instanceof Uint8Array))
            exports.FfiConverterBytes.check(value, (0, base_1.rewritten)('bytes'));
        writer.writeI32(bytesLength(value, (0, base_1.rewritten)('bytes')));
        writer.writeBytes(value);
    },
    read(reader) {
        return reader.readBytes(reader.readI32());
    },
    lower: (value, library) => (0, base_1.lowerIntoRustBuffer)(exports.FfiConverterBytes, value, library),
    lift: (value, library) => (0, base_1.liftFromRustBuffer)(exports.FfiConverterBytes, value, library),
};
/** `&[u8]` arguments of sync functions: Rust reads the caller's bytes in place, for one call. */
exports.FfiConverterForeignBytes = {
    ...exports.FfiConverterBytes,
    kind: 'foreign_bytes',
    lower: plainBytes,
    lift() {
        throw new TypeError('a byte slice is never returned');
    },
};
