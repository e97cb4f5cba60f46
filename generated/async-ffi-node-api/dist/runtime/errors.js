"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_MESSAGE_LENGTH = exports.InternalError = exports.LibraryLoadError = exports.AbortError = exports.RustPanic = exports.UniffiError = void 0;
exports.stackFromCaller = stackFromCaller;
exports.abortError = abortError;
exports.messageOf = messageOf;
/** Error classes shared by every generated package. */
const brand_1 = require("./brand");
/**
 * Base class of the typed errors a Rust function declares (`Result<_, E>` with `#[derive(uniffi::Error)]`).
 * Not `abstract` (nor are the generated error classes), so that assertion libraries whose types
 * want a constructor accept them: `expect(f).toThrow(MyError)`, `assert.throws(f, MyError)`.
 * Instances come from Rust, or from the variant classes (`new MyError.TooLong({ ... })`).
 */
class UniffiError extends Error {
    /** Name of the Rust error type, e.g. `MyError`. */
    typeName;
    /** Name of the variant, e.g. `TooLong`: switch on it to handle each case. */
    tag;
    /**
     * @param fieldsOrMessage the variant's fields (shown in the message), or the message of a flat
     *   error: Rust's `Display`, or none when foreign code makes one (its variant is its identity).
     */
    constructor(typeName, tag, fieldsOrMessage) {
        super(typeof fieldsOrMessage === 'string' ? fieldsOrMessage : describeVariant(typeName, tag, fieldsOrMessage ?? {}));
        this.typeName = typeName;
        this.tag = tag;
        this.name = `${typeName}.${tag}`;
    }
}
exports.UniffiError = UniffiError;
function describeVariant(typeName, tag, fields) {
    const entries = Object.entries(fields);
    if (entries.length === 0) {
        return `${typeName}.${tag}`;
    }
    const shown = entries.map(([name, value]) => `${name}: ${formatValue(value)}`).join(', ');
    return `${typeName}.${tag} { ${shown} }`;
}
function formatValue(value) {
    if (typeof value === 'bigint')
        return `${value}n`;
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (value instanceof Uint8Array)
        return `Uint8Array(${value.length})`;
    if (value instanceof Map)
        return `Map(${value.size})`;
    if (Array.isArray(value))
        return `[${value.map(formatValue).join(', ')}]`;
    if (typeof value === 'object' && value !== null) {
        return `{ ${Object.entries(value)
            .map(([k, v]) => `${k}: ${formatValue(v)}`)
            .join(', ')} }`;
    }
    return String(value);
}
/** A Rust panic (or another unexpected error) inside a call. The message is the panic's. */
/**
 * Gives `error` the stack of the code that called `below`: an error lifted from Rust is made deep
 * in the runtime (an object used as an error is even made without any frame of its own), and
 * those frames would fill V8's ten and hide the caller. Where the engine cannot (no
 * `Error.captureStackTrace`), the error keeps the stack it has.
 */
function stackFromCaller(error, below) {
    const capture = Error.captureStackTrace;
    if (typeof capture === 'function' && typeof error === 'object' && error !== null)
        capture(error, below);
}
class RustPanic extends Error {
    name = 'RustPanic';
}
exports.RustPanic = RustPanic;
/** The call was cancelled through its AbortSignal. `cause` holds the signal's reason. */
class AbortError extends Error {
    name = 'AbortError';
}
exports.AbortError = AbortError;
/** The native library could not be found, or it does not match the generated bindings. */
class LibraryLoadError extends Error {
    name = 'LibraryLoadError';
}
exports.LibraryLoadError = LibraryLoadError;
/** A broken invariant between the bindings and the library: a bug, not a user error. */
class InternalError extends Error {
    name = 'InternalError';
}
exports.InternalError = InternalError;
function abortError(signal) {
    return new AbortError('The operation was aborted', { cause: signal?.reason });
}
(0, brand_1.brandClass)(UniffiError, 'UniffiError');
(0, brand_1.brandClass)(RustPanic, 'RustPanic');
(0, brand_1.brandClass)(AbortError, 'AbortError');
(0, brand_1.brandClass)(LibraryLoadError, 'LibraryLoadError');
(0, brand_1.brandClass)(InternalError, 'InternalError');
/** The longest message an exception reaches Rust with; longer ones are cut, saying so. */
exports.MAX_MESSAGE_LENGTH = 4096;
/**
 * What Rust is told an exception was: `Name: message`, never more than
 * {@link MAX_MESSAGE_LENGTH} characters (a callback recursing through Rust would otherwise double
 * its message at each level, Rust escaping it again), and never a throw, whatever the exception's
 * getters or a revoked Proxy do.
 */
function messageOf(error) {
    let text;
    try {
        text = error instanceof Error ? `${String(error.name)}: ${String(error.message)}` : String(error);
    }
    catch {
        let isError = false;
        try {
            isError = error instanceof Error;
        }
        catch {
            // A revoked Proxy: not even its prototype can be read.
        }
        return isError ? '<unreadable Error>' : '<unreadable value>';
    }
    if (text.length <= exports.MAX_MESSAGE_LENGTH)
        return text;
    return `${text.slice(0, exports.MAX_MESSAGE_LENGTH)}… (${text.length - exports.MAX_MESSAGE_LENGTH} more characters cut)`;
}
