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

const textDecoder = new TextDecoder('utf-8', { fatal: true });

// A typed array's own length, buffer and offset, which a subclass getter or an own `length`
// property cannot fake: the ones `Uint8Array.prototype.set` copies by. They throw a TypeError for
// anything but a typed array (a Proxy of one included).
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as object;
function intrinsicGetter<R>(name: string): (this: unknown) => R {
  const getter = Object.getOwnPropertyDescriptor(TypedArrayPrototype, name)?.get;
  if (getter === undefined) throw new Error(`%TypedArray%.prototype.${name} is not a getter`);
  return getter as (this: unknown) => R;
}
export const typedArrayLength = intrinsicGetter<number>('length');
export const typedArrayBuffer = intrinsicGetter<ArrayBufferLike>('buffer');
export const typedArrayByteOffset = intrinsicGetter<number>('byteOffset');

/**
 * A reusable block for values encoded or decoded during one call, so that small values need no
 * allocation. It is lent to one user at a time: code that runs while it is lent (a custom type's
 * conversion calling Rust, say) gets fresh memory instead.
 */
export interface Scratch {
  readonly bytes: Uint8Array;
  readonly view: DataView;
}

const SCRATCH_SIZE = 16 * 1024;
const scratch: Scratch = (() => {
  const bytes = new Uint8Array(SCRATCH_SIZE);
  return { bytes, view: new DataView(bytes.buffer) };
})();
let scratchLent = false;

/** Lends the scratch block when it is free and `size` fits; give it back with {@link returnScratch}. */
export function borrowScratch(size: number): Scratch | undefined {
  if (scratchLent || size > SCRATCH_SIZE) return undefined;
  scratchLent = true;
  return scratch;
}

export function returnScratch(lent: Scratch | undefined): void {
  if (lent !== undefined) scratchLent = false;
}

export class ByteWriter {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  private offset = 0;

  /** A writer of exactly `size` bytes, into `into` (borrowed scratch) or fresh memory. */
  constructor(size: number, into?: Scratch) {
    if (into === undefined) {
      this.bytes = new Uint8Array(size);
      this.view = new DataView(this.bytes.buffer, this.bytes.byteOffset, size);
    } else {
      this.bytes = into.bytes.subarray(0, size);
      this.view = into.view;
    }
  }

  /** Bytes written so far. */
  get position(): number {
    return this.offset;
  }

  private advance(size: number): number {
    const at = this.offset;
    if (at + size > this.bytes.length) {
      throw new RangeError(`ByteWriter overflow: writing ${size} bytes at ${at} of ${this.bytes.length}`);
    }
    this.offset = at + size;
    return at;
  }

  writeI8(value: number): void {
    this.view.setInt8(this.advance(1), value);
  }
  writeU8(value: number): void {
    this.view.setUint8(this.advance(1), value);
  }
  writeI16(value: number): void {
    this.view.setInt16(this.advance(2), value);
  }
  writeU16(value: number): void {
    this.view.setUint16(this.advance(2), value);
  }
  writeI32(value: number): void {
    this.view.setInt32(this.advance(4), value);
  }
  writeU32(value: number): void {
    this.view.setUint32(this.advance(4), value);
  }
  writeI64(value: bigint): void {
    this.view.setBigInt64(this.advance(8), value);
  }
  writeU64(value: bigint): void {
    this.view.setBigUint64(this.advance(8), value);
  }
  writeF32(value: number): void {
    this.view.setFloat32(this.advance(4), value);
  }
  writeF64(value: number): void {
    this.view.setFloat64(this.advance(8), value);
  }
  writeBytes(value: Uint8Array): void {
    this.bytes.set(value, this.advance(typedArrayLength.call(value)));
  }
  /**
   * Writes a string as UniFFI nests it: its UTF-8 length as an i32, then the UTF-8, measured while
   * it is encoded (no separate measuring pass). The caller checks that it is well formed: a lone
   * surrogate would be encoded as U+FFFD.
   */
  writeString(value: string): void {
    const at = this.advance(4);
    const room = this.bytes.subarray(this.offset);
    const { read, written } = textEncoder.encodeInto(value, room);
    if (read !== value.length) {
      throw new RangeError(
        `ByteWriter overflow: a string of ${value.length} UTF-16 units does not fit in the ${room.length} bytes left`,
      );
    }
    this.view.setInt32(at, written);
    this.offset += written;
  }
  /** Writes UTF-8 that the caller measured with {@link utf8Length}. */
  writeUtf8(value: string, byteLength: number): void {
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
  finish(what: string): void {
    if (this.offset !== this.bytes.length) {
      throw new RangeError(
        `${what}: ${this.offset} bytes written where ${this.bytes.length} were measured (the value changed while it was lowered)`,
      );
    }
  }
}

const textEncoder = new TextEncoder();

/** The UTF-8 length of a well-formed string, without encoding it. */
export function utf8Length(value: string): number {
  let length = value.length;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x80) {
      if (code < 0x800) {
        length += 1;
      } else if (code >= 0xd800 && code <= 0xdbff) {
        // A surrogate pair: 2 UTF-16 units (already counted as 2) become 4 bytes.
        length += 2;
        i++;
      } else {
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
export const MAX_ZERO_SIZED_ELEMENTS = 1 << 20;

export class ByteReader {
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private offset = 0;
  private zeroSizedLeft = MAX_ZERO_SIZED_ELEMENTS;

  /** A reader of `bytes`, or of the first `length` bytes of borrowed scratch. */
  constructor(bytes: Uint8Array | Scratch, length?: number) {
    if (bytes instanceof Uint8Array) {
      this.bytes = bytes;
      this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } else {
      this.bytes = bytes.bytes.subarray(0, length ?? 0);
      this.view = bytes.view;
    }
  }

  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  private advance(size: number): number {
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

  readI8(): number {
    return this.view.getInt8(this.advance(1));
  }
  readU8(): number {
    return this.view.getUint8(this.advance(1));
  }
  readI16(): number {
    return this.view.getInt16(this.advance(2));
  }
  readU16(): number {
    return this.view.getUint16(this.advance(2));
  }
  readI32(): number {
    return this.view.getInt32(this.advance(4));
  }
  readU32(): number {
    return this.view.getUint32(this.advance(4));
  }
  readI64(): bigint {
    return this.view.getBigInt64(this.advance(8));
  }
  readU64(): bigint {
    return this.view.getBigUint64(this.advance(8));
  }
  readF32(): number {
    return this.view.getFloat32(this.advance(4));
  }
  readF64(): number {
    return this.view.getFloat64(this.advance(8));
  }
  /** A copy of the next `length` bytes. */
  readBytes(length: number): Uint8Array {
    const at = this.advance(length);
    return this.bytes.slice(at, at + length);
  }
  readUtf8(length: number): string {
    const at = this.advance(length);
    return textDecoder.decode(this.bytes.subarray(at, at + length));
  }
  /**
   * Reads the i32 count of a sequence, set or map whose elements take at least `minSize` bytes
   * each, and refuses at once a count that the bytes left cannot hold (0 for elements that may take
   * no bytes: those are limited to {@link MAX_ZERO_SIZED_ELEMENTS} per buffer).
   */
  readCount(minSize: number, what: string): number {
    const at = this.offset;
    const count = this.readI32();
    if (count < 0) throw new RangeError(`${what}: negative count ${count} at ${at}`);
    if (minSize > 0) {
      if (count * minSize > this.remaining) {
        throw new RangeError(
          `${what}: RustBuffer corrupt: ${count} items of at least ${minSize} bytes each cannot fit in the ${this.remaining} bytes left (count at ${at})`,
        );
      }
    } else {
      if (count > this.zeroSizedLeft) {
        throw new RangeError(
          `${what}: RustBuffer corrupt: ${count} zero-sized items (count at ${at}) exceed the limit of ${MAX_ZERO_SIZED_ELEMENTS} per buffer`,
        );
      }
      this.zeroSizedLeft -= count;
    }
    return count;
  }
  /** Throws unless every byte was consumed: trailing bytes mean the two sides disagree on a type. */
  finish(what: string): void {
    if (this.remaining !== 0) {
      throw new RangeError(`${what}: ${this.remaining} unread bytes left in the RustBuffer`);
    }
  }
}

/** Decodes UTF-8 strictly: malformed bytes from Rust are a bug, never silently replaced. */
export function decodeUtf8(bytes: Uint8Array): string {
  return textDecoder.decode(bytes);
}

/**
 * The public shapes of the writer and reader. Converters are typed against these rather than the
 * classes, so that the converters of two generated packages (each with its own copy of this
 * runtime) fit each other: classes with private members never match across copies.
 */
export type Writer = Pick<ByteWriter, keyof ByteWriter>;
export type Reader = Pick<ByteReader, keyof ByteReader>;
