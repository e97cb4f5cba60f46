/**
 * Objects (`#[derive(uniffi::Object)]`): a JavaScript instance owns one Rust handle.
 *
 * Lifetime rules:
 * - `destroy()` (also `[Symbol.dispose]`, so `using` works) frees the Rust side at once; it is
 *   idempotent. Any later call on the object throws an {@link ObjectDestroyedError}.
 * - If JavaScript forgets an object, a FinalizationRegistry frees the Rust side after the object
 *   is garbage collected: a safety net, not a schedule.
 * - Every time the object crosses to Rust (as receiver, argument, field...) the handle is cloned
 *   first, because Rust consumes the handle it receives. Handles received from Rust are owned.
 * - An object belongs to the library that made it: the one whose constructor ran, or the one
 *   whose function returned it (with two loaded cdylibs that both contain the object's crate, not
 *   necessarily the library of the object's own package). Its methods, its clone and its free run
 *   there, and it is refused by functions of any other library.
 */
import type { Reader, Writer } from './codec';
import type { FfiConverter } from './converters';
import type { FfiKind, FfiValue } from './ffi-types';
import type { NativeHost, NativeLibrary, RustBufferHost } from './transport/native';
/** Raised when a method is called on an object after `destroy()`. */
export declare class ObjectDestroyedError extends Error {
    readonly name = "ObjectDestroyedError";
}
/** Base class of every generated object class. */
export declare abstract class UniffiObject implements Disposable {
    /** Frees the Rust object now. Idempotent; later calls on this object throw. */
    destroy(): void;
    /** Same as {@link destroy}: `using counter = new Counter(0);` frees it at the end of the block. */
    [Symbol.dispose](): void;
    /** Whether {@link destroy} was called (or the object was never attached to a handle). */
    get isDestroyed(): boolean;
}
/**
 * Base class of objects that Rust uses as errors (`Result<T, Arc<MyError>>`): an `Error` that is
 * also an object with methods, with the same lifetime rules as {@link UniffiObject}.
 */
export declare abstract class UniffiErrorObject extends Error implements Disposable {
    destroy(): void;
    [Symbol.dispose](): void;
    get isDestroyed(): boolean;
}
/** Anything an {@link ObjectConverter} can own. */
export type ObjectInstance = UniffiObject | UniffiErrorObject;
/**
 * The converter of one object class: lifts handles into instances and lowers instances into
 * cloned handles.
 */
export declare class ObjectConverter<T extends ObjectInstance> implements FfiConverter<T> {
    readonly typeName: string;
    private readonly library;
    private readonly classRef;
    private readonly cloneSymbol;
    /** @internal */
    readonly freeSymbol: string;
    readonly kind: FfiKind;
    /** Whether the class's prototype carries {@link OBJECT_TYPE} yet. */
    private classMarked;
    /** Frees a handle in its library: one function per library, made once. */
    private readonly releases;
    constructor(typeName: string, library: NativeHost, classRef: () => ObjectClass<T>, cloneSymbol: string, 
    /** @internal */
    freeSymbol: string);
    /**
     * Makes `target` (a freshly constructed instance) the owner of `handle`, made by `library`
     * (by default this class's own: constructors run there).
     */
    attach(target: T, handle: bigint, library?: NativeLibrary): T;
    /**
     * The state of a live object of this converter's class: its handle and owner. Checked where the
     * handle is taken, and not only in `check`: a record field read again to be written may answer
     * an object of another class, whose handle this class's clone function must never see.
     */
    private liveState;
    /**
     * The library a method called on `value` runs in: the one that made it. Undefined for anything
     * but a live object of this class (the call's checks then say what is wrong).
     */
    ownerOf(value: unknown): NativeLibrary | undefined;
    /** Why `value`, which this copy of the runtime never attached, cannot be lowered. */
    private notOurs;
    /** Whether `value` is an instance of this converter's class (live or not). */
    isInstance(value: unknown): boolean;
    check(value: unknown, path: string): void;
    /**
     * A clone of the handle, which Rust consumes. An object belongs to the library that made it:
     * passing it to a function of another library (the same crate loaded twice) is refused.
     */
    lower(value: T, library?: RustBufferHost): FfiValue;
    private lowerFrom;
    private releaseIn;
    /**
     * The library whose handle is being lifted: the one the call returning it went to, seen as
     * this class's own when it is the same file (two packages of one cdylib), else this class's.
     */
    private liftedFrom;
    /** An instance owning `value`, a handle made by the library being lifted from (by default, this class's). */
    lift(value: FfiValue): T;
    allocationSize(): number;
    write(value: T, writer: Writer): void;
    read(reader: Reader): T;
}
/** A generated object class (its constructor may be private). */
export type ObjectClass<T> = Function & {
    readonly prototype: T;
};
/** The raw handle a primary constructor returns, before `attach` gives it to `this`. */
export declare const FfiConverterHandle: FfiConverter<bigint>;
