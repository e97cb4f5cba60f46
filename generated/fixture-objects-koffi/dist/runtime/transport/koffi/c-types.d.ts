import type { TypeObject } from 'koffi';
import type { FfiKind, FfiValue, RustBuffer } from '../../ffi-types';
export declare const RUST_BUFFER: TypeObject;
export declare const FOREIGN_BYTES: TypeObject;
export declare const CONTINUATION: TypeObject;
export declare const CALL_STATUS: TypeObject;
export declare const VTABLE_FREE: TypeObject;
export declare const VTABLE_CLONE: TypeObject;
export declare const FOREIGN_FUTURE_DROPPED: TypeObject;
export declare const DROPPED_CALLBACK_STRUCT: TypeObject;
/** A koffi type: a C type name or a type object. */
export type TypeSpec = string | TypeObject;
export declare function koffiType(kind: FfiKind): TypeSpec;
/** koffi returns 64-bit integers as numbers when they are safe integers, as bigints otherwise. */
export declare function toBigInt(value: unknown): bigint;
/** Turns what koffi returned for `kind` into the runtime's {@link FfiValue}. */
export declare function fromKoffi(kind: FfiKind, value: unknown): FfiValue;
export declare function readStructBuffer(buffer: {
    capacity: number | bigint;
    len: number | bigint;
    data: number | bigint;
}): RustBuffer;
/** What a struct-path argument looks like to koffi. */
export declare function toKoffi(kind: FfiKind, value: FfiValue): unknown;
export type Invoke = (...args: unknown[]) => unknown;
/** Calls `f(...values, extra)` without building an array for the common arities. */
export declare function callWith(f: Invoke, values: readonly unknown[], extra: unknown): unknown;
export declare function callWithout(f: Invoke, values: readonly unknown[]): unknown;
export type Memcpy<Destination> = (into: Destination, address: number, len: number) => unknown;
/** The C library's memcpy, where the process exports it (Linux, macOS, the BSDs); else koffi views. */
export declare function findMemcpy(): {
    toAddress: Memcpy<number>;
    toBuffer: Memcpy<Uint8Array>;
} | undefined;
/**
 * Runs a callback body: nothing may escape into koffi, which would report it as an uncaught
 * exception after returning zeros to Rust. The runtime's slots catch what methods throw; this
 * catches the rest (a bug), reporting it without stopping the process.
 */
export declare function guard<R>(body: () => R): R | undefined;
