import type { FfiFunctionDeclaration, FfiKind, FfiValue, RustBuffer } from '../ffi-types';
import type { ForeignHandles } from '../handle-map';
/** A RustCallStatus as read back from native memory. */
export interface CallStatus {
    /** 0 success, 1 error (errorBuf holds the serialized error), 2 panic (errorBuf holds the message), 3 cancelled. */
    readonly code: number;
    readonly errorBuf: RustBuffer;
}
export interface CallResult {
    readonly value: FfiValue;
    readonly status: CallStatus;
}
/** A scaffolding function made ready to call: lowered arguments in, the result and the call status out. */
export type ScaffoldingCall = (values: readonly FfiValue[]) => CallResult;
/** Called by Rust when a polled future can make progress: `(data, 0 = ready | 1 = wake)`. */
export type ContinuationHandler = (data: number, pollCode: number) => void;
/** Moving bytes in and out of RustBuffers: all the converters need from a library. */
export interface RustBufferHost {
    /** The library file, which identifies the library (objects belong to the one that made them). */
    readonly path: string;
    /** A new Rust-owned buffer holding `bytes`. Rust frees it when it consumes the argument. */
    rustBufferFromBytes(bytes: Uint8Array): RustBuffer;
    /** A new Rust-owned buffer holding `value` as UTF-8 (no length prefix: a top-level string). */
    rustBufferFromString(value: string): RustBuffer;
    /** Copies the bytes of a Rust-owned buffer into JavaScript memory (does not free it). */
    rustBufferBytes(buffer: RustBuffer): Uint8Array;
    /** Copies the bytes of a Rust-owned buffer to the start of `into`, which is long enough (does not free it). */
    copyRustBuffer(buffer: RustBuffer, into: Uint8Array): void;
    /** Copies a buffer's bytes to the start of `into` (long enough), then frees it. */
    takeInto(buffer: RustBuffer, into: Uint8Array): void;
    /** Frees a buffer that Rust handed over. Each buffer must be freed exactly once. */
    rustBufferFree(buffer: RustBuffer): void;
    /** Reads a buffer's bytes, then frees it. */
    takeBytes(buffer: RustBuffer): Uint8Array;
    /** Reads a buffer as a UTF-8 string, then frees it. */
    takeString(buffer: RustBuffer): string;
}
/** Where a sync vtable slot reports: its result, or a failure status (success is the default). */
export interface SyncCallbackOutput {
    returnValue(value: FfiValue): void;
    status(code: number, errorBuf: RustBuffer): void;
}
/** Where an async vtable slot reports, exactly once, and learns that Rust dropped the future. */
export interface AsyncCallbackOutput {
    complete(value: FfiValue, code: number, errorBuf: RustBuffer): void;
    /** `cancel` runs when Rust drops the future (after completion too, harmlessly). */
    onDropped(cancel: () => void): void;
}
/** One method slot of a vtable: its lowered argument kinds, result kind, and what it does. */
export type VtableMethod = {
    readonly kind: 'sync';
    readonly args: readonly FfiKind[];
    readonly returns: FfiKind;
    call(handle: bigint, args: readonly FfiValue[], out: SyncCallbackOutput): void;
} | {
    readonly kind: 'async';
    readonly args: readonly FfiKind[];
    readonly returns: FfiKind;
    call(handle: bigint, args: readonly FfiValue[], out: AsyncCallbackOutput): void;
};
/** A callback interface's vtable: `uniffi_free`, `uniffi_clone`, then one slot per method. */
export interface Vtable {
    free(handle: bigint): void;
    clone(handle: bigint): bigint;
    readonly methods: readonly VtableMethod[];
}
/** A loaded cdylib, as one backend calls it. */
export interface NativeLibrary extends RustBufferHost {
    /** The backend's name: `ffi-rs`, `koffi`. */
    readonly transport: string;
    /** Calls `symbol()` returning a u16 (checksums). */
    callReturningU16(symbol: string): number;
    /** Calls `symbol()` returning a u32 (the contract version). */
    callReturningU32(symbol: string): number;
    /**
     * Calls `symbol(u64 handle, RustCallStatus*) -> u64`: an object's `clone` (the result is the
     * new handle) or `free` (the result is meaningless). Throws if Rust reports a failure.
     */
    callHandleFunction(symbol: string, handle: bigint): bigint;
    /**
     * Called in a worker for each object its runtime will free as the worker ends: a backend that
     * can (node-api) frees the objects it still holds when the worker is terminated instead, where
     * no JavaScript runs. The runtime frees it with `callHandleFunction(freeSymbol, handle)`.
     */
    trackObject?(freeSymbol: string, handle: bigint): void;
    /** Prepares a scaffolding function (sync ones take a RustCallStatus, async ones return a future handle). */
    prepare(declaration: FfiFunctionDeclaration): ScaffoldingCall;
    /**
     * Builds `vtable` in native memory that lives as long as the process and passes it to
     * `initSymbol` (`uniffi_<crate>_fn_init_callback_vtable_<trait>`). Throws when the backend
     * cannot call JavaScript from Rust.
     */
    registerVtable(initSymbol: string, vtable: Vtable): void;
    /**
     * The handle map of the TypeScript objects of the interface registered with `initSymbol`: one
     * per library and realm where the backend can share it between copies of the package (their
     * calls are then routed by handle), one per library object otherwise.
     */
    foreignHandles(initSymbol: string): ForeignHandles<object>;
    /** Installs the one continuation callback of this library; Rust may call it from any thread. */
    setContinuationHandler(handler: ContinuationHandler): void;
    /** Marks a future as pending: the continuation callback must exist while one is. */
    retainContinuation(): void;
    /** Marks a future as settled. */
    releaseContinuation(): void;
    futurePoll(returnKind: FfiKind, handle: bigint, data: number): void;
    futureCancel(returnKind: FfiKind, handle: bigint): void;
    futureFree(returnKind: FfiKind, handle: bigint): void;
    /** `rust_future_complete_<kind>(handle, &status)`: the result and the call status. */
    futureComplete(returnKind: FfiKind, handle: bigint): CallResult;
}
/** A backend: how to open a library with it. */
export interface Transport {
    readonly name: string;
    /** Opens the cdylib at `path`; `crateName` prefixes the per-crate helper symbols (`ffi_<crate>_...`). */
    open(path: string, crateName: string): NativeLibrary;
}
/** What objects and calls hold: the library, opened on first use. */
export interface NativeHost {
    readonly native: NativeLibrary;
    /** The library if it is open already; undefined (and not opened) otherwise. */
    readonly openedNative: NativeLibrary | undefined;
}
export declare const SUCCESS: CallStatus;
/** The symbol of a per-crate helper: `ffi_<crate>_<name>`. */
export declare function helperSymbol(crateName: string, name: string): string;
/** The symbol of a scaffolding function's FFI-buffer twin (uniffi_meta's `ffi_buffer_symbol_name`). */
export declare function ffiBufferSymbol(symbol: string): string;
/** Keeps the defined low bits of an 8/16/32-bit integer returned in a wider register. */
export declare function narrowInteger(kind: FfiKind, register: number): number;
/** Throws when a helper call (alloc, free, clone...) reports a failure: a bug or out of memory. */
export declare function helperFailure(what: string, status: CallStatus, message: () => string): Error;
