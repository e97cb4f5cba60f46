/** Calling a Rust function synchronously: check, lower, call, check the status, lift. */
import type { FfiConverter } from './converters';
import type { ErrorLifter } from './errors-converter';
import type { FfiFunctionDeclaration, FfiValue } from './ffi-types';
import type { CallStatus, NativeHost, NativeLibrary, ScaffoldingCall } from './transport/native';
/** A parameter: its name in messages and its converter. */
export type Parameter = readonly [name: string, converter: FfiConverter<unknown>];
/** Call statuses (RustCallStatus.code). */
export declare const CALL_SUCCESS = 0;
export declare const CALL_ERROR = 1;
export declare const CALL_UNEXPECTED_ERROR = 2;
export declare const CALL_CANCELLED = 3;
/**
 * Checks every argument, then lowers them. Checks come first so that a bad argument throws
 * before anything is allocated on the Rust side; if a lowering still fails, the buffers already
 * made are freed.
 */
export declare function lowerArguments(native: NativeLibrary, params: readonly Parameter[], args: readonly unknown[], beforeLowering?: () => void): readonly FfiValue[];
/** Throws what a non-success status means; frees the status's error buffer in every case. */
export declare function checkCallStatus(native: NativeLibrary, status: CallStatus, errors: ErrorLifter | undefined, functionName: string): void;
/** Checks at module load that the converters agree with the FFI declaration (a generator bug otherwise). */
export declare function checkDeclaration(declaration: FfiFunctionDeclaration, params: readonly Parameter[], returns: FfiConverter<unknown> | undefined): void;
/** A Rust function, method or constructor: its declaration and the converters it needs. */
export declare abstract class RustFunction<R> {
    protected readonly library: NativeHost;
    protected readonly declaration: FfiFunctionDeclaration;
    protected readonly params: readonly Parameter[];
    protected readonly returns: FfiConverter<R> | undefined;
    protected readonly errors?: ErrorLifter | undefined;
    constructor(library: NativeHost, declaration: FfiFunctionDeclaration, params: readonly Parameter[], returns: FfiConverter<R> | undefined, errors?: ErrorLifter | undefined);
    private prepared;
    /** The scaffolding function, prepared by the library's transport on first use. */
    protected get scaffolding(): ScaffoldingCall;
}
/** A synchronous Rust function. */
export declare class SyncFunction<R> extends RustFunction<R> {
    call(args: readonly unknown[]): R;
}
