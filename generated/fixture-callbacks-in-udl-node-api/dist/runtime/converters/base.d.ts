import type { Reader, Writer } from '../codec';
import type { FfiKind, FfiValue, RustBuffer } from '../ffi-types';
import type { RustBufferHost } from '../transport/native';
/** The largest i32: the most bytes or items a length prefix can announce. */
export declare const MAX_I32 = 2147483647;
export interface FfiConverter<T> {
    /** The type's name in messages, e.g. `u8`, `string`, `Profile`. */
    readonly typeName: string;
    /** How a value of this type crosses as a top-level argument or return value. */
    readonly kind: FfiKind;
    /** Throws a TypeError or RangeError naming `path` unless `value` is a valid `T`. */
    check(value: unknown, path: string): void;
    /** Bytes `value` takes inside a RustBuffer. */
    allocationSize(value: T): number;
    write(value: T, writer: Writer): void;
    read(reader: Reader): T;
    /** Top-level lowering. Anything it allocates on the Rust side is consumed by the call. */
    lower(value: T, library: RustBufferHost): FfiValue;
    /** Top-level lifting. Takes ownership of (and frees) any RustBuffer in `value`. */
    lift(value: FfiValue, library: RustBufferHost): T;
    /** True when `lower` returns the checked value unchanged (numbers and bigints): calls then skip it. */
    readonly lowersAsIs?: boolean;
    /**
     * The fewest bytes `write` can take for a value of this type (a lower bound: readers refuse
     * counts of elements that the bytes left cannot hold). Absent: 1. Only a type that can take no
     * bytes at all (a record without fields) says 0.
     */
    readonly minEncodedSize?: number;
}
/** {@link FfiConverter.minEncodedSize}, 1 when the converter does not say. */
export declare function minEncodedSizeOf(converter: {
    readonly typeName: string;
    readonly minEncodedSize?: number;
}): number;
/**
 * The path of a value that failed its validation in `write`, after it had passed `check`: it
 * changed in between (a getter or Proxy), or `write` was called without `check`.
 */
export declare function rewritten(typeName: string): string;
/** The TypeScript type a converter converts. */
export type ConvertedType<C> = C extends FfiConverter<infer T> ? T : never;
/** `name` after its indefinite article, for messages: `a Counter`, `an ObjectError`. */
export declare function article(name: string): string;
export declare function typeError(path: string, expected: string, value: unknown): TypeError;
/** Serializes a nested-form value into a fresh RustBuffer. */
export declare function lowerIntoRustBuffer<T>(converter: FfiConverter<T>, value: T, library: RustBufferHost): RustBuffer;
/** Deserializes a RustBuffer that holds exactly one nested-form value, and frees it. */
export declare function liftFromRustBuffer<T>(converter: FfiConverter<T>, value: FfiValue, library: RustBufferHost): T;
/** Base for every type that crosses the top level inside a RustBuffer. */
export declare abstract class BufferConverter<T> implements FfiConverter<T> {
    abstract readonly typeName: string;
    readonly kind: FfiKind;
    abstract check(value: unknown, path: string): void;
    abstract allocationSize(value: T): number;
    abstract write(value: T, writer: Writer): void;
    abstract read(reader: Reader): T;
    lower(value: T, library: RustBufferHost): FfiValue;
    lift(value: FfiValue, library: RustBufferHost): T;
}
