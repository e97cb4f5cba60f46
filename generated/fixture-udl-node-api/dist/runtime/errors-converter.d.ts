import type { Reader, Writer } from './codec';
import { BufferConverter } from './converters';
import type { FieldConverters, FfiConverter } from './converters';
import { UniffiError } from './errors';
/** One variant of an error enum: how to read it from Rust, and check and write it back. */
export interface ErrorVariant<E> {
    readonly name: string;
    read(reader: Reader): E;
    check(value: E, path: string): void;
    allocationSize(value: E): number;
    write(value: E, writer: Writer): void;
}
/** A variant with named fields (or none): `new Variant(fields)`. */
export declare function errorVariant<F extends object, E>(name: string, create: (fields: F) => E, fields: FieldConverters<F>): ErrorVariant<E>;
/** A variant with unnamed fields: `new Variant([a, b])`, read back as `error.inner`. */
export declare function errorTupleVariant<E>(name: string, create: (inner: unknown[]) => E, items: readonly FfiConverter<unknown>[]): ErrorVariant<E>;
/** A variant of a flat error (`#[uniffi(flat_error)]`): Rust sends only its `Display` message, and reads only the index. */
export declare function flatErrorVariant<E>(name: string, create: (message: string) => E): ErrorVariant<E>;
/** Turns the serialized error of a failed call into the Error to throw. */
export interface ErrorLifter {
    readonly typeName: string;
    readAll(bytes: Uint8Array): Error;
}
/**
 * The lifter of an error that its converter reads: an object used as an error (the buffer holds
 * its handle), or a custom type over an error enum or an object (the custom type's lift, if
 * any, turns what the builtin's converter read into what is thrown).
 */
export declare function objectErrorLifter<E extends Error>(converter: FfiConverter<E>): ErrorLifter;
/** An error enum: a 1-based variant index, then the variant's payload (flat errors: a message from Rust, nothing to Rust). */
export declare class ErrorConverter<E extends UniffiError> extends BufferConverter<E> implements ErrorLifter {
    readonly typeName: string;
    private variants;
    /** Pass the variants now, or later through {@link define} (generated code does the latter). */
    constructor(typeName: string, variants?: readonly ErrorVariant<E>[]);
    define(variants: readonly ErrorVariant<E>[]): this;
    private variantOf;
    check(value: unknown, path: string): void;
    allocationSize(value: E): number;
    write(value: E, writer: Writer): void;
    read(reader: Reader): E;
    /** Reads the whole serialized error. */
    readAll(bytes: Uint8Array): E;
}
