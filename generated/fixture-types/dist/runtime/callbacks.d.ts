/**
 * Rust calling TypeScript: callback interfaces and foreign implementations of traits.
 *
 * A TypeScript object passed to Rust is stored in a {@link ForeignHandles} map under an odd
 * handle (UniFFI's rule: Rust-made handles are even), and Rust calls it through a vtable
 * registered once per interface when the library opens: `uniffi_free` and `uniffi_clone` manage
 * the handle, one slot per method calls it. Each slot lifts its arguments, calls the method, and
 * reports back through the transport: a result and a RustCallStatus for sync methods, the
 * ForeignFutureComplete callback for async ones (exactly once), with an `AbortSignal` that fires
 * when Rust drops the future.
 *
 * Errors: an exception the method declares (an instance of its error type) reaches Rust as that
 * error; anything else (another exception, a result of the wrong type) as an unexpected error
 * carrying its message. Nothing a method does can abort the process.
 */
import type { Reader, Writer } from './codec';
import type { FfiConverter } from './converters';
import type { FfiKind, FfiValue } from './ffi-types';
import type { Parameter } from './rust-call';
import type { NativeHost, NativeLibrary, RustBufferHost, Vtable } from './transport/native';
/** One method of a callback interface, as the generated code describes it. */
export interface CallbackMethod {
    /** The TypeScript method name. */
    readonly name: string;
    /** The Rust name, for messages. */
    readonly rustName: string;
    /** Converters that lift the arguments Rust passes. */
    readonly params: readonly Parameter[];
    /** The converter that lowers the result (none for `()`). */
    readonly returns?: FfiConverter<unknown>;
    /** The declared error type's converter, which lowers a thrown error of that type. */
    readonly errors?: FfiConverter<unknown>;
    readonly isAsync: boolean;
}
/** What a vtable needs from the library: registering it, and the native calls its slots make. */
export interface VtableHost extends NativeHost {
    /** Registers the vtable with `initSymbol` when the library opens (at once if it is open). */
    addVtable(initSymbol: string, vtable: (native: NativeLibrary) => Vtable): void;
}
/** Options the runtime passes to every async foreign method, as its last argument. */
export interface ForeignCallOptions {
    /** Aborted when Rust drops the future awaiting this call (it was cancelled or timed out). */
    readonly signal: AbortSignal;
}
/** A callback interface (`#[uniffi::export(callback_interface)]`): implemented in TypeScript only. */
export declare class CallbackInterfaceConverter<T extends object> implements FfiConverter<T> {
    readonly typeName: string;
    private readonly library;
    private readonly initSymbol;
    readonly kind: FfiKind;
    private methods;
    /** The methods come later, through {@link define}: they may use converters defined after this one. */
    constructor(typeName: string, library: VtableHost, initSymbol: string);
    define(methods: readonly CallbackMethod[]): this;
    /** The interface's objects in this realm (opens the library). */
    private get handles();
    /** Objects Rust holds right now. */
    get liveHandles(): number;
    check(value: unknown, path: string): void;
    allocationSize(): number;
    write(value: T, writer: Writer): void;
    read(reader: Reader): T;
    lower(value: T, library?: RustBufferHost): bigint;
    lift(value: FfiValue): T;
}
/**
 * A trait with implementations on both sides (`#[uniffi::export(with_foreign)]`): a Rust one is
 * an object of the generated class (even handles); a TypeScript one is stored by odd handle. Each
 * crosses back as itself.
 */
export declare class ForeignTraitConverter<T extends object> implements FfiConverter<T> {
    readonly typeName: string;
    private readonly library;
    private readonly initSymbol;
    /** The converter of the generated class of Rust implementations. */
    private readonly rust;
    readonly kind: FfiKind;
    private methods;
    constructor(typeName: string, library: VtableHost, initSymbol: string, 
    /** The converter of the generated class of Rust implementations. */
    rust: FfiConverter<T> & {
        isInstance(value: unknown): boolean;
    });
    define(methods: readonly CallbackMethod[]): this;
    /** The interface's objects in this realm (opens the library). */
    private get handles();
    /** TypeScript objects Rust holds right now. */
    get liveHandles(): number;
    check(value: unknown, path: string): void;
    allocationSize(): number;
    write(value: T, writer: Writer): void;
    read(reader: Reader): T;
    lower(value: T, library: RustBufferHost): FfiValue;
    lift(value: FfiValue, library: RustBufferHost): T;
}
