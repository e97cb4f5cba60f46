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
export declare const typedArrayLength: (this: unknown) => number;
export declare const typedArrayBuffer: (this: unknown) => ArrayBufferLike;
export declare const typedArrayByteOffset: (this: unknown) => number;
/**
 * A reusable block for values encoded or decoded during one call, so that small values need no
 * allocation. It is lent to one user at a time: code that runs while it is lent (a custom type's
 * conversion calling Rust, say) gets fresh memory instead.
 */
export interface Scratch {
    readonly bytes: Uint8Array;
    readonly view: DataView;
}
/** Lends the scratch block when it is free and `size` fits; give it back with {@link returnScratch}. */
export declare function borrowScratch(size: number): Scratch | undefined;
export declare function returnScratch(lent: Scratch | undefined): void;
export declare class ByteWriter {
    readonly bytes: Uint8Array;
    private readonly view;
    private offset;
    /** A writer of exactly `size` bytes, into `into` (borrowed scratch) or fresh memory. */
    constructor(size: number, into?: Scratch);
    /** Bytes written so far. */
    get position(): number;
    private advance;
    writeI8(value: number): void;
    writeU8(value: number): void;
    writeI16(value: number): void;
    writeU16(value: number): void;
    writeI32(value: number): void;
    writeU32(value: number): void;
    writeI64(value: bigint): void;
    writeU64(value: bigint): void;
    writeF32(value: number): void;
    writeF64(value: number): void;
    writeBytes(value: Uint8Array): void;
    /**
     * Writes a string as UniFFI nests it: its UTF-8 length as an i32, then the UTF-8, measured while
     * it is encoded (no separate measuring pass). The caller checks that it is well formed: a lone
     * surrogate would be encoded as U+FFFD.
     */
    writeString(value: string): void;
    /** Writes UTF-8 that the caller measured with {@link utf8Length}. */
    writeUtf8(value: string, byteLength: number): void;
    /**
     * Throws unless exactly the size the writer was made for was written: fewer bytes mean the value
     * changed between its measuring and its writing (more already failed in `advance`).
     */
    finish(what: string): void;
}
/** The UTF-8 length of a well-formed string, without encoding it. */
export declare function utf8Length(value: string): number;
/**
 * How many elements that take no bytes at all (records without fields) one buffer may announce in
 * all: their count cannot be checked against the bytes left, and a corrupt count of 2^31 would
 * otherwise build 2^31 objects.
 */
export declare const MAX_ZERO_SIZED_ELEMENTS: number;
export declare class ByteReader {
    private readonly bytes;
    private readonly view;
    private offset;
    private zeroSizedLeft;
    /** A reader of `bytes`, or of the first `length` bytes of borrowed scratch. */
    constructor(bytes: Uint8Array | Scratch, length?: number);
    get remaining(): number;
    private advance;
    readI8(): number;
    readU8(): number;
    readI16(): number;
    readU16(): number;
    readI32(): number;
    readU32(): number;
    readI64(): bigint;
    readU64(): bigint;
    readF32(): number;
    readF64(): number;
    /** A copy of the next `length` bytes. */
    readBytes(length: number): Uint8Array;
    readUtf8(length: number): string;
    /**
     * Reads the i32 count of a sequence, set or map whose elements take at least `minSize` bytes
     * each, and refuses at once a count that the bytes left cannot hold (0 for elements that may take
     * no bytes: those are limited to {@link MAX_ZERO_SIZED_ELEMENTS} per buffer).
     */
    readCount(minSize: number, what: string): number;
    /** Throws unless every byte was consumed: trailing bytes mean the two sides disagree on a type. */
    finish(what: string): void;
}
/** Decodes UTF-8 strictly: malformed bytes from Rust are a bug, never silently replaced. */
export declare function decodeUtf8(bytes: Uint8Array): string;
/**
 * The public shapes of the writer and reader. Converters are typed against these rather than the
 * classes, so that the converters of two generated packages (each with its own copy of this
 * runtime) fit each other: classes with private members never match across copies.
 */
export type Writer = Pick<ByteWriter, keyof ByteWriter>;
export type Reader = Pick<ByteReader, keyof ByteReader>;
