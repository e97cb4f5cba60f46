"use strict";
/**
 * Big-endian reading and writing of the bytes inside a RustBuffer (UniFFI's serialization format).
 *
 * Writers size their buffer exactly in advance (`allocationSize`), so a value is encoded with one
 * allocation and no copies. What a value turns out to be while it is written is what counts: the
 * converters validate each primitive as they write it, and {@link ByteWriter.finish} checks that
 * exactly the announced size was written (a getter or Proxy that answers differently on each read
 * makes the sizes disagree, which is refused rather than sent).
 *
 * Readers distrust the bytes: every length and count is checked against what is left before
 * anything is allocated for it.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ByteReader = exports.MAX_ZERO_SIZED_ELEMENTS = exports.ByteWriter = exports.typedArrayByteOffset = exports.typedArrayBuffer = exports.typedArrayLength = void 0;
exports.borrowScratch = borrowScratch;
exports.returnScratch = returnScratch;
exports.utf8Length = utf8Length;
exports.decodeUtf8 = decodeUtf8;
const textDecoder = new TextDecoder('utf-8', { fatal: true });
// A typed array's own length, buffer and offset, which a subclass getter or an own `length`
// property cannot fake: the ones `Uint8Array.prototype.set` copies by. They throw a TypeError for
// anything but a typed array (a Proxy of one included).
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
function intrinsicGetter(name) {
    const getter = Object.getOwnPropertyDescriptor(TypedArrayPrototype, name)?.get;
    if (getter === undefined)
        throw new Error(`%TypedArray%.prototype.${name} is not a getter`);
    return getter;
}
exports.typedArrayLength = intrinsicGetter('length');
exports.typedArrayBuffer = intrinsicGetter('buffer');
exports.typedArrayByteOffset = intrinsicGetter('byteOffset');
const SCRATCH_SIZE = 16 * 1024;
const scratch = (() => {
    const bytes = new Uint8Array(SCRATCH_SIZE);
    return { bytes, view: new DataView(bytes.buffer) };
})();
let scratchLent = false;
/** Lends the scratch block when it is free and `size` fits; give it back with {@link returnScratch}. */
function borrowScratch(size) {
    if (scratchLent || size > SCRATCH_SIZE)
        return undefined;
    scratchLent = true;
    return scratch;
}
function returnScratch(lent) {
    if (lent !== undefined)
        scratchLent = false;
}
class ByteWriter {
    bytes;
    view;
    offset = 0;
    /** A writer of exactly `size` bytes, into `into` (borrowed scratch) or fresh memory. */
    constructor(size, into) {
        if (into === undefined) {
            this.bytes = new Uint8Array(size);
            this.view = new DataView(this.bytes.buffer, this.bytes.byteOffset, size);
        }
        else {
            this.bytes = into.bytes.subarray(0, size);
            this.view = into.view;
        }
    }
    /** Bytes written so far. */
    get position() {
        return this.offset;
    }
    advance(size) {
        const at = this.offset;
        if (at + size > this.bytes.length) {
            throw new RangeError(`ByteWriter overflow: writing ${size} bytes at ${at} of ${this.bytes.length}`);
        }
        this.offset = at + size;
        return at;
    }
    writeI8(value) {
        this.view.setInt8(this.advance(1), value);
    }
    writeU8(value) {
        this.view.setUint8(this.advance(1), value);
    }
    writeI16(value) {
        this.view.setInt16(this.advance(2), value);
    }
    writeU16(value) {
        this.view.setUint16(this.advance(2), value);
    }
    writeI32(value) {
        this.view.setInt32(this.advance(4), value);
    }
    writeU32(value) {
        this.view.setUint32(this.advance(4), value);
    }
    writeI64(value) {
        this.view.setBigInt64(this.advance(8), value);
    }
    writeU64(value) {
        this.view.setBigUint64(this.advance(8), value);
    }
    writeF32(value) {
        this.view.setFloat32(this.advance(4), value);
    }
    writeF64(value) {
        this.view.setFloat64(this.advance(8), value);
    }
    writeBytes(value) {
        this.bytes.set(value, this.advance(exports.typedArrayLength.call(value)));
    }
    /**
     * Writes a string as UniFFI nests it: its UTF-8 length as an i32, then the UTF-8, measured while
     * it is encoded (no separate measuring pass). The caller checks that it is well formed: a lone
     * surrogate would be encoded as U+FFFD.
     */
    writeString(value) {
        const at = this.advance(4);
        const room = this.bytes.subarray(this.offset);
        const { read, written } = textEncoder.encodeInto(value, room);
        if (read !== value.length) {
            throw new RangeError(`ByteWriter overflow: a string of ${value.length} UTF-16 units does not fit in the ${room.length} bytes left`);
        }
        this.view.setInt32(at, written);
        this.offset += written;
    }
    /** Writes UTF-8 that the caller measured with {@link utf8Length}. */
    writeUtf8(value, byteLength) {
        const at = this.advance(byteLength);
        const { written } = textEncoder.encodeInto(value, this.bytes.subarray(at, at + byteLength));
        if (written !== byteLength) {
            throw new RangeError(`UTF-8 length mismatch: measured ${byteLength}, wrote ${written}`);
        }
    }
    /**
     * Throws unless exactly the size the writer was made for was written: fewer bytes mean the value
     * changed between its measuring and its writing (more already failed in `advance`).
     */
    finish(what) {
        if (this.offset !== this.bytes.length) {
            throw new RangeError(`${what}: ${this.offset} bytes written where ${this.bytes.length} were measured (the value changed while it was lowered)`);
        }
    }
}
exports.ByteWriter = ByteWriter;
const textEncoder = new TextEncoder();
/** The UTF-8 length of a well-formed string, without encoding it. */
function utf8Length(value) {
    let length = value.length;
    for (let i = 0; i < value.length; i++) {
        const code = value.charCodeAt(i);
        if (code >= 0x80) {
            if (code < 0x800) {
                length += 1;
            }
            else if (code >= 0xd800 && code <= 0xdbff) {
                // A surrogate pair: 2 UTF-16 units (already counted as 2) become 4 bytes.
                length += 2;
                i++;
            }
            else {
                length += 2;
            }
        }
    }
    return length;
}
/**
 * How many elements that take no bytes at all (records without fields) one buffer may announce in
 * all: their count cannot be checked against the bytes left, and a corrupt count of 2^31 would
 * otherwise build 2^31 objects.
 */
exports.MAX_ZERO_SIZED_ELEMENTS = 1 << 20;
class ByteReader {
    bytes;
    view;
    offset = 0;
    zeroSizedLeft = exports.MAX_ZERO_SIZED_ELEMENTS;
    /** A reader of `bytes`, or of the first `length` bytes of borrowed scratch. */
    constructor(bytes, length) {
        if (bytes instanceof Uint8Array) {
            this.bytes = bytes;
            this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        }
        else {
            this.bytes = bytes.bytes.subarray(0, length ?? 0);
            this.view = bytes.view;
        }
    }
    get remaining() {
        return this.bytes.length - this.offset;
    }
    advance(size) {
        const at = this.offset;
        if (size < 0) {
            // A negative length read from the buffer would otherwise move the offset backwards.
            throw new RangeError(`RustBuffer corrupt: negative length ${size} at ${at}`);
        }
        if (at + size > this.bytes.length) {
            throw new RangeError(`RustBuffer underflow: reading ${size} bytes at ${at} of ${this.bytes.length}`);
        }
        this.offset = at + size;
        return at;
    }
    readI8() {
        return this.view.getInt8(this.advance(1));
    }
    readU8() {
        return this.view.getUint8(this.advance(1));
    }
    readI16() {
        return this.view.getInt16(this.advance(2));
    }
    readU16() {
        return this.view.getUint16(this.advance(2));
    }
    readI32() {
        return this.view.getInt32(this.advance(4));
    }
    readU32() {
        return this.view.getUint32(this.advance(4));
    }
    readI64() {
        return this.view.getBigInt64(this.advance(8));
    }
    readU64() {
        return this.view.getBigUint64(this.advance(8));
    }
    readF32() {
        return this.view.getFloat32(this.advance(4));
    }
    readF64() {
        return this.view.getFloat64(this.advance(8));
    }
    /** A copy of the next `length` bytes. */
    readBytes(length) {
        const at = this.advance(length);
        return this.bytes.slice(at, at + length);
    }
    readUtf8(length) {
        const at = this.advance(length);
        return textDecoder.decode(this.bytes.subarray(at, at + length));
    }
    /**
     * Reads the i32 count of a sequence, set or map whose elements take at least `minSize` bytes
     * each, and refuses at once a count that the bytes left cannot hold (0 for elements that may take
     * no bytes: those are limited to {@link MAX_ZERO_SIZED_ELEMENTS} per buffer).
     */
    readCount(minSize, what) {
        const at = this.offset;
        const count = this.readI32();
        if (count < 0)
            throw new RangeError(`${what}: negative count ${count} at ${at}`);
        if (minSize > 0) {
            if (count * minSize > this.remaining) {
                throw new RangeError(`${what}: RustBuffer corrupt: ${count} items of at least ${minSize} bytes each cannot fit in the ${this.remaining} bytes left (count at ${at})`);
            }
        }
        else {
            if (count > this.zeroSizedLeft) {
                throw new RangeError(`${what}: RustBuffer corrupt: ${count} zero-sized items (count at ${at}) exceed the limit of ${exports.MAX_ZERO_SIZED_ELEMENTS} per buffer`);
            }
            this.zeroSizedLeft -= count;
        }
        return count;
    }
    /** Throws unless every byte was consumed: trailing bytes mean the two sides disagree on a type. */
    finish(what) {
        if (this.remaining !== 0) {
            throw new RangeError(`${what}: ${this.remaining} unread bytes left in the RustBuffer`);
        }
    }
}
exports.ByteReader = ByteReader;
/** Decodes UTF-8 strictly: malformed bytes from Rust are a bug, never silently replaced. */
function decodeUtf8(bytes) {
    return textDecoder.decode(bytes);
}
