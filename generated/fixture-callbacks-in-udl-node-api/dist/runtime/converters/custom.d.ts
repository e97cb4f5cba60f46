/** Custom types (`uniffi::custom_type!`): their builtin type, optionally converted. */
import type { Reader, Writer } from '../codec';
import type { FfiKind, FfiValue } from '../ffi-types';
import type { RustBufferHost } from '../transport/native';
import type { FfiConverter } from './base';
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
