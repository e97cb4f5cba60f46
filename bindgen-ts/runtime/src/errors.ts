/** Error classes shared by every generated package. */

/** Base class of the typed errors a Rust function declares (`Result<_, E>` with `#[derive(uniffi::Error)]`). */
export abstract class UniffiError extends Error {
  /** Name of the Rust error type, e.g. `GreetingError`. */
  abstract readonly typeName: string;
  /** Name of the variant, e.g. `TooLong`: switch on it to handle each case. */
  abstract readonly tag: string;
}

/** A Rust panic (or another unexpected error) inside a call. The message is the panic's. */
export class RustPanic extends Error {
  override readonly name = 'RustPanic';
}

/** The call was cancelled through its AbortSignal. `cause` holds the signal's reason. */
export class AbortError extends Error {
  override readonly name = 'AbortError';
}

/** The native library could not be found, or it does not match the generated bindings. */
export class LibraryLoadError extends Error {
  override readonly name = 'LibraryLoadError';
}

/** A broken invariant between the bindings and the library: a bug, not a user error. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
}

export function abortError(signal: AbortSignal | undefined): AbortError {
  return new AbortError('The operation was aborted', { cause: signal?.reason });
}
