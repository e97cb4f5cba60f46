/**
 * Big-endian reading and writing of the bytes inside a RustBuffer (UniFFI's serialization format).
 *
 * Writers size their buffer exactly in advance (`allocationSize`), so a value is encoded with one
 * allocation and no copies.
 */

const textDecoder = new TextDecoder('utf-8', { fatal: true });

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
    this.bytes.set(value, this.advance(value.length));
  }
  /** Writes UTF-8 that the caller measured with {@link utf8Length}. */
  writeUtf8(value: string, byteLength: number): void {
    const at = this.advance(byteLength);
    const { written } = textEncoder.encodeInto(value, this.bytes.subarray(at, at + byteLength));
    if (written !== byteLength) {
      throw new RangeError(`UTF-8 length mismatch: measured ${byteLength}, wrote ${written}`);
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

export class ByteReader {
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private offset = 0;

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
