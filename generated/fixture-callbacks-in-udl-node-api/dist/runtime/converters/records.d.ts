/** Records and enums (tagged and flat), with the Rust defaults of omitted fields. */
import type { Reader, Writer } from '../codec';
import { BufferConverter } from './base';
import type { FfiConverter } from './base';
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
