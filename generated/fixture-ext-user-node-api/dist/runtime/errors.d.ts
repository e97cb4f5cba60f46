/**
 * Base class of the typed errors a Rust function declares (`Result<_, E>` with `#[derive(uniffi::Error)]`).
 * Not `abstract` (nor are the generated error classes), so that assertion libraries whose types
 * want a constructor accept them: `expect(f).toThrow(MyError)`, `assert.throws(f, MyError)`.
 * Instances come from Rust, or from the variant classes (`new MyError.TooLong({ ... })`).
 */
export declare class UniffiError extends Error {
    /** Name of the Rust error type, e.g. `MyError`. */
    readonly typeName: string;
    /** Name of the variant, e.g. `TooLong`: switch on it to handle each case. */
    readonly tag: string;
    /**
     * @param fieldsOrMessage the variant's fields (shown in the message), or the message of a flat
     *   error: Rust's `Display`, or none when foreign code makes one (its variant is its identity).
     */
    constructor(typeName: string, tag: string, fieldsOrMessage: Readonly<Record<string, unknown>> | string | undefined);
}
/** A Rust panic (or another unexpected error) inside a call. The message is the panic's. */
/**
 * Gives `error` the stack of the code that called `below`: an error lifted from Rust is made deep
 * in the runtime (an object used as an error is even made without any frame of its own), and
 * those frames would fill V8's ten and hide the caller. Where the engine cannot (no
 * `Error.captureStackTrace`), the error keeps the stack it has.
 */
export declare function stackFromCaller(error: unknown, below: (...args: never[]) => unknown): void;
export declare class RustPanic extends Error {
    readonly name = "RustPanic";
}
/** The call was cancelled through its AbortSignal. `cause` holds the signal's reason. */
export declare class AbortError extends Error {
    readonly name = "AbortError";
}
/** The native library could not be found, or it does not match the generated bindings. */
export declare class LibraryLoadError extends Error {
    readonly name = "LibraryLoadError";
}
/** A broken invariant between the bindings and the library: a bug, not a user error. */
export declare class InternalError extends Error {
    readonly name = "InternalError";
}
export declare function abortError(signal: AbortSignal | undefined): AbortError;
/** The longest message an exception reaches Rust with; longer ones are cut, saying so. */
export declare const MAX_MESSAGE_LENGTH = 4096;
/**
 * What Rust is told an exception was: `Name: message`, never more than
 * {@link MAX_MESSAGE_LENGTH} characters (a callback recursing through Rust would otherwise double
 * its message at each level, Rust escaping it again), and never a throw, whatever the exception's
 * getters or a revoked Proxy do.
 */
export declare function messageOf(error: unknown): string;
