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
    /** Prepared in libraries other than the package's own (methods of objects they made). */
    private preparedElsewhere;
    /** The scaffolding function in the package's library, prepared by its transport on first use. */
    protected get scaffolding(): ScaffoldingCall;
    /**
     * The scaffolding function in `native`. In a library other than the package's own, which
     * carries its own copy of the crate, the function's checksum is checked first.
     */
    protected scaffoldingIn(native: NativeLibrary): ScaffoldingCall;
}
/** A synchronous Rust function. */
export declare class SyncFunction<R> extends RustFunction<R> {
    call(args: readonly unknown[]): R;
    /** Calls the function in `native` and lifts what it returns from there. */
    protected callIn(native: NativeLibrary, args: readonly unknown[]): R;
}
/** What a method's receiver converter knows: the library each of its objects belongs to. */
export interface ReceiverConverter {
    /** The library that made `value`; undefined when it is not a live object of the class. */
    ownerOf(value: unknown): NativeLibrary | undefined;
}
/**
 * A method's parameters with the receiver named after the method (`Counter.get`), not Rust's
 * `self`: messages about it then read `Counter.get: this Counter object was destroyed`.
 */
export declare function methodParameters(declaration: FfiFunctionDeclaration, params: readonly Parameter[]): readonly Parameter[];
/** The receiver converter of a method's parameters (the first one, `self`). */
export declare function receiverOf(declaration: FfiFunctionDeclaration, params: readonly Parameter[]): ReceiverConverter;
/**
 * A synchronous method of an object: it runs in the library that made the object, which is not
 * the package's own when another loaded library, containing the same crate, returned it.
 */
export declare class SyncMethod<R> extends SyncFunction<R> {
    private readonly receiver;
    constructor(library: NativeHost, declaration: FfiFunctionDeclaration, params: readonly Parameter[], returns: FfiConverter<R> | undefined, errors?: ErrorLifter);
    call(args: readonly unknown[]): R;
}
