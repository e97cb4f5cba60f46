import type { FfiKind, FfiValue, RustBuffer } from '../ffi-types';
import type { CallResult, CallStatus } from './native';
/** The C allocator, for argument bytes too big for the data area. */
export interface NativeMemory {
    malloc(len: number): number;
    free(address: number): void;
    /** Copies JavaScript bytes to native memory at `address`. */
    copyIn(address: number, bytes: Uint8Array): void;
}
export declare const ARGS = 0;
export declare const RET: number;
export declare const STATUS: number;
export declare const OUT: number;
export declare const DATA: number;
export declare const DATA_SIZE: number;
export declare const ARENA_SIZE: number;
/** Most arguments one FFI-buffer call can carry, in 8-byte elements. */
export declare const MAX_ARGUMENT_ELEMENTS: number;
/** One prepared FFI-buffer signature: writes the values, runs `invoke(args, ret)`, reads the result. */
export type FfiBufferFrame = (values: readonly FfiValue[], invoke: (args: number, ret: number) => void) => CallResult;
export declare class Arena {
    view: Buffer;
    readonly base: number;
    private readonly memory;
    /** Set by {@link retire}: the native block is gone. */
    private retired;
    private foreignBytesCursor;
    private readonly temporaryAllocations;
    /** Calls in progress: a call made from a callback during another must not reuse its bytes. */
    private depth;
    /**
     * @param view the arena's bytes, {@link ARENA_SIZE} long
     * @param base the native address of `view[0]`
     */
    constructor(view: Buffer, base: number, memory: NativeMemory);
    /**
     * For a backend about to free the arena's native block (its thread is ending): from now on
     * `view` is plain JavaScript memory and every call or address throws, so that nothing that
     * still runs (a later 'exit' listener) writes to freed memory or hands it to Rust.
     */
    retire(): void;
    private checkLive;
    /**
     * Prepares FFI-buffer calls of one signature: arguments `kinds` in, a `returnKind` followed,
     * when `hasStatus`, by a RustCallStatus out. The size check happens here, once.
     */
    frame(symbol: string, kinds: readonly FfiKind[], returnKind: FfiKind, hasStatus: boolean): FfiBufferFrame;
    private writeElement;
    /**
     * Exposes `bytes` to Rust for the duration of one call (`ForeignBytes` arguments): in the data
     * area when they fit, else in memory from the C allocator, freed after the call.
     */
    private placeBytes;
    readElement(at: number, kind: FfiKind): FfiValue;
    /** Writes a non-negative safe integer (length, capacity or address) as a u64. */
    writeAddress(at: number, value: number): void;
    readAddress(at: number): number;
    writeRustBuffer(at: number, buffer: RustBuffer): void;
    readRustBuffer(at: number): RustBuffer;
    /** Resets a RustCallStatus: Rust writes the error buffer only with a non-zero code. */
    clearStatus(at?: number): void;
    readStatus(at?: number): CallStatus;
    /** The native address of an arena offset. */
    address(at: number): number;
}
