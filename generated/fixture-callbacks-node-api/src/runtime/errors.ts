/** Error classes shared by every generated package. */
import { brandClass } from './brand';

/**
 * Base class of the typed errors a Rust function declares (`Result<_, E>` with `#[derive(uniffi::Error)]`).
 * Not `abstract` (nor are the generated error classes), so that assertion libraries whose types
 * want a constructor accept them: `expect(f).toThrow(MyError)`, `assert.throws(f, MyError)`.
 * Instances come from Rust, or from the variant classes (`new MyError.TooLong({ ... })`).
 */
export class UniffiError extends Error {
  /** Name of the Rust error type, e.g. `MyError`. */
  readonly typeName: string;
  /** Name of the variant, e.g. `TooLong`: switch on it to handle each case. */
  readonly tag: string;

  /**
   * @param fieldsOrMessage the variant's fields (shown in the message), or the message of a flat
   *   error: Rust's `Display`, or none when foreign code makes one (its variant is its identity).
   */
  constructor(typeName: string, tag: string, fieldsOrMessage: Readonly<Record<string, unknown>> | string | undefined) {
    super(
      typeof fieldsOrMessage === 'string' ? fieldsOrMessage : describeVariant(typeName, tag, fieldsOrMessage ?? {}),
    );
    this.typeName = typeName;
    this.tag = tag;
    this.name = `${typeName}.${tag}`;
  }
}

function describeVariant(typeName: string, tag: string, fields: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(fields);
  if (entries.length === 0) {
    return `${typeName}.${tag}`;
  }
  const shown = entries.map(([name, value]) => `${name}: ${formatValue(value)}`).join(', ');
  return `${typeName}.${tag} { ${shown} }`;
}

function formatValue(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Uint8Array) return `Uint8Array(${value.length})`;
  if (value instanceof Map) return `Map(${value.size})`;
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
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
export function stackFromCaller(error: unknown, below: (...args: never[]) => unknown): void {
  const capture = (Error as { captureStackTrace?: (target: object, below?: unknown) => void }).captureStackTrace;
  if (typeof capture === 'function' && typeof error === 'object' && error !== null) capture(error, below);
}

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

brandClass(UniffiError, 'UniffiError');
brandClass(RustPanic, 'RustPanic');
brandClass(AbortError, 'AbortError');
brandClass(LibraryLoadError, 'LibraryLoadError');
brandClass(InternalError, 'InternalError');

/** The longest message an exception reaches Rust with; longer ones are cut, saying so. */
export const MAX_MESSAGE_LENGTH = 4096;

/**
 * What Rust is told an exception was: `Name: message`, never more than
 * {@link MAX_MESSAGE_LENGTH} characters (a callback recursing through Rust would otherwise double
 * its message at each level, Rust escaping it again), and never a throw, whatever the exception's
 * getters or a revoked Proxy do.
 */
export function messageOf(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? `${String(error.name)}: ${String(error.message)}` : String(error);
  } catch {
    let isError = false;
    try {
      isError = error instanceof Error;
    } catch {
      // A revoked Proxy: not even its prototype can be read.
    }
    return isError ? '<unreadable Error>' : '<unreadable value>';
  }
  if (text.length <= MAX_MESSAGE_LENGTH) return text;
  return `${text.slice(0, MAX_MESSAGE_LENGTH)}… (${text.length - MAX_MESSAGE_LENGTH} more characters cut)`;
}
