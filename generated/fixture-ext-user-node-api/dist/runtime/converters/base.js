"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BufferConverter = exports.MAX_I32 = void 0;
exports.minEncodedSizeOf = minEncodedSizeOf;
exports.rewritten = rewritten;
exports.article = article;
exports.typeError = typeError;
exports.lowerIntoRustBuffer = lowerIntoRustBuffer;
exports.liftFromRustBuffer = liftFromRustBuffer;
/**
 * Converters between TypeScript values and UniFFI's representation: what every converter is
 * ({@link FfiConverter}), the helpers they share, and the base of those that cross in a RustBuffer.
 *
 * A converter checks a value before anything crosses (TypeError / RangeError naming the
 * parameter), writes and reads it inside a RustBuffer (nested form), and lowers and lifts it as a
 * top-level argument or return value (scalars directly, everything else through a RustBuffer).
 *
 * Values that change while they are lowered: a record field, an array element, a Map entry is
 * read once by `check`, once by `allocationSize` and once by `write`, and a getter or a Proxy may
 * answer differently each time. `write` is therefore the authority: every converter validates
 * each primitive again at the moment it writes it (a cheap type and range test, the full `check`
 * only to word the error), reads each field, element and entry exactly once, and
 * {@link lowerIntoRustBuffer} refuses a buffer whose written size differs from the measured one.
 * So what crosses is always a value that was valid when it was written, whatever `check` saw.
 * Top-level numbers and bigints (`lowersAsIs`) are checked once and passed as they are: a
 * primitive cannot change between its check and the call.
 *
 * Readers distrust the bytes: a count that the rest of the buffer cannot hold is a RangeError at
 * once (see `minEncodedSize` and {@link ByteReader.readCount}).
 */
const codec_1 = require("../codec");
/** The largest i32: the most bytes or items a length prefix can announce. */
exports.MAX_I32 = 2147483647;
/** {@link FfiConverter.minEncodedSize}, 1 when the converter does not say. */
function minEncodedSizeOf(converter) {
    return converter.minEncodedSize ?? 1;
}
/**
 * The path of a value that failed its validation in `write`, after it had passed `check`: it
 * changed in between (a getter or Proxy), or `write` was called without `check`.
 */
function rewritten(typeName) {
    return `${typeName} value (changed after its check, while being lowered)`;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (value instanceof Map)
        return 'a Map';
    if (typeof value === 'bigint')
        return `${value}n (bigint)`;
    if (typeof value === 'number')
        return `${value} (number)`;
    if (typeof value === 'string')
        return 'a string';
    return typeof value === 'object' ? `an object (${value.constructor?.name ?? 'Object'})` : typeof value;
}
/** `name` after its indefinite article, for messages: `a Counter`, `an ObjectError`. */
function article(name) {
    return `${/^[AEIOaeio]/.test(name) ? 'an' : 'a'} ${name}`;
}
function typeError(path, expected, value) {
    return new TypeError(`${path}: expected ${expected}, got ${describe(value)}`);
}
/** Serializes a nested-form value into a fresh RustBuffer. */
function lowerIntoRustBuffer(converter, value, library) {
    const size = converter.allocationSize(value);
    const lent = (0, codec_1.borrowScratch)(size);
    try {
        const writer = new codec_1.ByteWriter(size, lent);
        converter.write(value, writer);
        writer.finish(converter.typeName);
        return library.rustBufferFromBytes(writer.bytes);
    }
    finally {
        (0, codec_1.returnScratch)(lent);
    }
}
/** Deserializes a RustBuffer that holds exactly one nested-form value, and frees it. */
function liftFromRustBuffer(converter, value, library) {
    const buffer = value;
    const lent = (0, codec_1.borrowScratch)(buffer.len);
    try {
        let reader;
        if (lent === undefined) {
            reader = new codec_1.ByteReader(library.takeBytes(buffer));
        }
        else {
            library.takeInto(buffer, lent.bytes);
            reader = new codec_1.ByteReader(lent, buffer.len);
        }
        const result = converter.read(reader);
        reader.finish(converter.typeName);
        return result;
    }
    finally {
        (0, codec_1.returnScratch)(lent);
    }
}
/** Base for every type that crosses the top level inside a RustBuffer. */
class BufferConverter {
    kind = 'rust_buffer';
    lower(value, library) {
        return lowerIntoRustBuffer(this, value, library);
    }
    lift(value, library) {
        return liftFromRustBuffer(this, value, library);
    }
}
exports.BufferConverter = BufferConverter;
