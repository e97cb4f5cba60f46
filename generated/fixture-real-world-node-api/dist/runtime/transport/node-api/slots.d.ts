import type { FfiKind, FfiValue, RustBuffer } from '../../ffi-types';
import type { CallStatus } from '../native';
export declare const SLOT_COUNT = 256;
export declare const STATUS: number;
/** The id of the prepared call to run. */
export declare const ID: number;
/** The length of the bytes at the start of the area (a RustBuffer's contents crossing there). */
export declare const LEN: number;
/** Bytes at the start of the area a RustBuffer's contents may take. */
export declare const DATA_BYTES: number;
export type BufferHelper = 'fromBytes' | 'free' | 'copy' | 'takeString' | 'takeInto' | 'fromArea' | 'takeToArea';
export declare const encoder: import("util").TextEncoder;
/**
 * The slot area shared with the addon, one per realm (every package copy and library in it
 * uses the same: calls nest, never interleave), and typed views of it.
 */
export interface SlotArea {
    readonly bytes: Uint8Array;
    /** The bytes a RustBuffer's contents may take, as a Buffer (for decoding). */
    readonly data: Buffer;
    readonly f64: Float64Array;
    readonly i64: BigInt64Array;
    readonly u64: BigUint64Array;
    write(kind: FfiKind, value: FfiValue, at: number): number;
    result(kind: FfiKind): FfiValue;
    buffer(at: number): RustBuffer;
    setBuffer(buffer: RustBuffer): void;
    setBufferAt(at: number, buffer: RustBuffer): void;
    /** Values of `kinds` from slot `at`, as a scaffolding call's arguments are written. */
    read(kinds: readonly FfiKind[], at: number): FfiValue[];
    status(): CallStatus;
}
/** Copies `len` bytes from the start of the area's data; a short copy without making a view. */
export declare function copyFromArea(data: Uint8Array, into: Uint8Array, len: number): void;
export declare class Slots implements SlotArea {
    readonly bytes: Uint8Array<ArrayBuffer>;
    readonly data: Buffer<ArrayBuffer>;
    readonly f64: Float64Array<ArrayBuffer>;
    readonly i64: BigInt64Array<ArrayBuffer>;
    readonly u64: BigUint64Array<ArrayBuffer>;
    /** Writes `value` of `kind` at `at`; returns the next free slot. */
    write(kind: FfiKind, value: FfiValue, at: number): number;
    /** The result of `kind`, from slot 0. */
    result(kind: FfiKind): FfiValue;
    buffer(at: number): RustBuffer;
    setBuffer(buffer: RustBuffer): void;
    setBufferAt(at: number, buffer: RustBuffer): void;
    read(kinds: readonly FfiKind[], at: number): FfiValue[];
    status(): CallStatus;
}
