import type { Reader, Writer } from './codec';
import type { FfiKind, FfiValue, RustBuffer } from './ffi-types';
import type { RustBufferHost } from './transport/native';
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
export declare const FfiConverterI8: FfiConverter<number>;
export declare const FfiConverterU8: FfiConverter<number>;
export declare const FfiConverterI16: FfiConverter<number>;
export declare const FfiConverterU16: FfiConverter<number>;
export declare const FfiConverterI32: FfiConverter<number>;
export declare const FfiConverterU32: FfiConverter<number>;
export declare const FfiConverterI64: FfiConverter<bigint>;
export declare const FfiConverterU64: FfiConverter<bigint>;
export declare const FfiConverterF32: FfiConverter<number>;
export declare const FfiConverterF64: FfiConverter<number>;
export declare const FfiConverterBool: FfiConverter<boolean>;
export declare const FfiConverterString: FfiConverter<string>;
export declare const FfiConverterBytes: FfiConverter<Uint8Array>;
/** `&[u8]` arguments of sync functions: Rust reads the caller's bytes in place, for one call. */
export declare const FfiConverterForeignBytes: FfiConverter<Uint8Array>;
/** `Option<T>` as `T | undefined` (`null` is accepted as None too). */
export declare class OptionalConverter<T> extends BufferConverter<T | undefined> {
    private readonly inner;
    readonly typeName: string;
    constructor(inner: FfiConverter<T>);
    check(value: unknown, path: string): void;
    readonly minEncodedSize = 1;
    allocationSize(value: T | undefined): number;
    write(value: T | undefined, writer: Writer): void;
    read(reader: Reader): T | undefined;
}
/** `Vec<T>` as `T[]`. */
export declare class SequenceConverter<T> extends BufferConverter<T[]> {
    private readonly inner;
    readonly typeName: string;
    constructor(inner: FfiConverter<T>);
    check(value: unknown, path: string): void;
    readonly minEncodedSize = 4;
    allocationSize(value: T[]): number;
    write(value: T[], writer: Writer): void;
    read(reader: Reader): T[];
}
/** `HashSet<T>` as `Set<T>`. */
export declare class SetConverter<T> extends BufferConverter<Set<T>> {
    private readonly inner;
    readonly typeName: string;
    constructor(inner: FfiConverter<T>);
    check(value: unknown, path: string): void;
    readonly minEncodedSize = 4;
    allocationSize(value: Set<T>): number;
    write(value: Set<T>, writer: Writer): void;
    read(reader: Reader): Set<T>;
}
/** `HashMap<K, V>` as `Map<K, V>`. */
export declare class MapConverter<K, V> extends BufferConverter<Map<K, V>> {
    private readonly keys;
    private readonly values;
    readonly typeName: string;
    constructor(keys: FfiConverter<K>, values: FfiConverter<V>);
    check(value: unknown, path: string): void;
    readonly minEncodedSize = 4;
    allocationSize(value: Map<K, V>): number;
    write(value: Map<K, V>, writer: Writer): void;
    read(reader: Reader): Map<K, V>;
}
/** The converters of a record's fields, in declaration order. */
export type FieldConverters<T> = {
    readonly [K in keyof T]-?: FfiConverter<T[K]>;
};
/** Default values of a record's defaulted fields, as functions (a fresh value each time). */
export type FieldDefaults<T> = {
    readonly [K in keyof T]?: () => T[K];
};
/**
 * A record as a plain object; fields are (de)serialized in declaration order. A field with a Rust
 * default may be omitted (or `undefined`) when passing a record to Rust.
 *
 * Generated code creates every named converter first and defines it afterwards, so that
 * converters can refer to each other in any order, recursion included.
 */
export declare class RecordConverter<T extends object> extends BufferConverter<T> {
    readonly typeName: string;
    private entries;
    private readonly defaults;
    /** Pass the fields now, or later through {@link define} (generated code does the latter). */
    constructor(typeName: string, fields?: FieldConverters<T>, defaults?: FieldDefaults<T>);
    define(fields: FieldConverters<T>, defaults?: FieldDefaults<T>): this;
    private minSize;
    /** The sum of the fields' (computed on first use, when every converter is defined); 0 without fields. */
    get minEncodedSize(): number;
    check(value: unknown, path: string): void;
    allocationSize(value: T): number;
    write(value: T, writer: Writer): void;
    read(reader: Reader): T;
}
/**
 * The payload of one variant of a tagged enum: named fields (some with Rust defaults, used when
 * the field is omitted), or positional ones (`inner`).
 */
export type VariantPayload = {
    readonly fields: Readonly<Record<string, FfiConverter<unknown>>>;
    readonly defaults?: Readonly<Record<string, () => unknown>>;
} | {
    readonly tuple: readonly FfiConverter<unknown>[];
};
/**
 * An enum with fields as a discriminated union on `tag`: `{ tag: 'Circle', radius: 1 }`, or
 * `{ tag: 'Pair', inner: [1, 'a'] }` for a tuple variant. Crosses as its 1-based variant index,
 * then the payload.
 */
export declare class TaggedEnumConverter<T extends {
    readonly tag: string;
}> extends BufferConverter<T> {
    readonly typeName: string;
    private variants;
    /** Per variant, its named fields with their converters and defaults (empty for tuple variants). */
    private fieldLists;
    private readonly defaults;
    constructor(typeName: string);
    define(variants: ReadonlyArray<readonly [tag: T['tag'], payload: VariantPayload]>): this;
    /** Every variant takes at least its 4-byte index. */
    readonly minEncodedSize = 4;
    /** `value` with the Rust defaults of its omitted fields filled in (the variant constructors use it). */
    complete(value: {
        readonly tag: string;
    }): T;
    private indexOf;
    check(input: unknown, path: string): void;
    allocationSize(input: T): number;
    write(input: T, writer: Writer): void;
    read(reader: Reader): T;
}
/**
 * A custom type (`uniffi::custom_type!`): crosses as its builtin type, optionally converted by
 * the `lift` / `lower` configured in uniffi.toml.
 */
export declare class CustomConverter<T, B> implements FfiConverter<T> {
    readonly typeName: string;
    private builtin;
    private liftFn;
    private lowerFn;
    constructor(typeName: string);
    define(builtin: FfiConverter<B>, conversion?: {
        lift(value: B): T;
        lower(value: T): B;
    }): this;
    /** The custom value of a builtin value (how Rust defaults of custom types are written). */
    fromBuiltin(value: B): T;
    private get inner();
    get kind(): FfiKind;
    get minEncodedSize(): number;
    check(value: unknown, path: string): void;
    allocationSize(value: T): number;
    write(value: T, writer: Writer): void;
    read(reader: Reader): T;
    lower(value: T, library: RustBufferHost): FfiValue;
    lift(value: FfiValue, library: RustBufferHost): T;
}
/** A flat enum as a union of its variant names; crosses as its 1-based variant index. */
export declare class FlatEnumConverter<T extends string> extends BufferConverter<T> {
    readonly typeName: string;
    private readonly variants;
    constructor(typeName: string, variants: readonly T[]);
    check(value: unknown, path: string): void;
    readonly minEncodedSize = 4;
    allocationSize(): number;
    write(value: T, writer: Writer): void;
    read(reader: Reader): T;
}
