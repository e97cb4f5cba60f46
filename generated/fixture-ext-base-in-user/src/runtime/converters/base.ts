/**
 * Converters between TypeScript values and UniFFI's representation: what every converter is
 * ({@link FfiConverter}), the helpers they share, and the base of those that cross in a RustBuffer.
 *
 * A converter checks a value before anything crosses (TypeError / RangeError naming the
 * parameter), writes and reads it inside a RustBuffer (nested form), and lowers and lifts it as a
 * top-level argument or return value (scalars directly, everything else through a RustBuffer).
 *
 * Values that change while they are lowered: a record field, an array element, a Map entry is
 * read once by `check`, once by `allocationSize` and once by `write`, and a getter or a Proxy may
 * answer differently each time. `write` is therefore the authority: every converter validates
 * each primitive again at the moment it writes it (a cheap type and range test, the full `check`
 * only to word the error), reads each field, element and entry exactly once, and
 * {@link lowerIntoRustBuffer} refuses a buffer whose written size differs from the measured one.
 * So what crosses is always a value that was valid when it was written, whatever `check` saw.
 * Top-level numbers and bigints (`lowersAsIs`) are checked once and passed as they are: a
 * primitive cannot change between its check and the call.
 *
 * Readers distrust the bytes: a count that the rest of the buffer cannot hold is a RangeError at
 * once (see `minEncodedSize` and {@link ByteReader.readCount}).
 */
import { borrowScratch, ByteReader, ByteWriter, returnScratch } from '../codec';
import type { Reader, Writer } from '../codec';
import type { FfiKind, FfiValue, RustBuffer } from '../ffi-types';
import type { RustBufferHost } from '../transport/native';

/** The largest i32: the most bytes or items a length prefix can announce. */
export const MAX_I32 = 2147483647;

export interface FfiConverter<T> {
  /** The type's name in messages, e.g. `u8`, `string`, `Profile`. */
  readonly typeName: string;
  /** How a value of this type crosses as a top-level argument or return value. */
  readonly kind: FfiKind;
  /** Throws a TypeError or RangeError naming `path` unless `value` is a valid `T`. */
  check(value: unknown, path: string): void;
  /** Bytes `value` takes inside a RustBuffer. */
  allocationSize(value: T): number;
  write(value: T, writer: Writer): void;
  read(reader: Reader): T;
  /** Top-level lowering. Anything it allocates on the Rust side is consumed by the call. */
  lower(value: T, library: RustBufferHost): FfiValue;
  /** Top-level lifting. Takes ownership of (and frees) any RustBuffer in `value`. */
  lift(value: FfiValue, library: RustBufferHost): T;
  /** True when `lower` returns the checked value unchanged (numbers and bigints): calls then skip it. */
  readonly lowersAsIs?: boolean;
  /**
   * The fewest bytes `write` can take for a value of this type (a lower bound: readers refuse
   * counts of elements that the bytes left cannot hold). Absent: 1. Only a type that can take no
   * bytes at all (a record without fields) says 0.
   */
  readonly minEncodedSize?: number;
}

/** {@link FfiConverter.minEncodedSize}, 1 when the converter does not say. */
export function minEncodedSizeOf(converter: { readonly typeName: string; readonly minEncodedSize?: number }): number {
  return converter.minEncodedSize ?? 1;
}

/**
 * The path of a value that failed its validation in `write`, after it had passed `check`: it
 * changed in between (a getter or Proxy), or `write` was called without `check`.
 */
export function rewritten(typeName: string): string {
  return `${typeName} value (changed after its check, while being lowered)`;
}

/** The TypeScript type a converter converts. */
export type ConvertedType<C> = C extends FfiConverter<infer T> ? T : never;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Map) return 'a Map';
  if (typeof value === 'bigint') return `${value}n (bigint)`;
  if (typeof value === 'number') return `${value} (number)`;
  if (typeof value === 'string') return 'a string';
  return typeof value === 'object' ? `an object (${value.constructor?.name ?? 'Object'})` : typeof value;
}

/** `name` after its indefinite article, for messages: `a Counter`, `an ObjectError`. */
export function article(name: string): string {
  return `${/^[AEIOaeio]/.test(name) ? 'an' : 'a'} ${name}`;
}

export function typeError(path: string, expected: string, value: unknown): TypeError {
  return new TypeError(`${path}: expected ${expected}, got ${describe(value)}`);
}

/** Serializes a nested-form value into a fresh RustBuffer. */
export function lowerIntoRustBuffer<T>(converter: FfiConverter<T>, value: T, library: RustBufferHost): RustBuffer {
  const size = converter.allocationSize(value);
  const lent = borrowScratch(size);
  try {
    const writer = new ByteWriter(size, lent);
    converter.write(value, writer);
    writer.finish(converter.typeName);
    return library.rustBufferFromBytes(writer.bytes);
  } finally {
    returnScratch(lent);
  }
}

/** Deserializes a RustBuffer that holds exactly one nested-form value, and frees it. */
export function liftFromRustBuffer<T>(converter: FfiConverter<T>, value: FfiValue, library: RustBufferHost): T {
  const buffer = value as RustBuffer;
  const lent = borrowScratch(buffer.len);
  try {
    let reader: ByteReader;
    if (lent === undefined) {
      reader = new ByteReader(library.takeBytes(buffer));
    } else {
      library.takeInto(buffer, lent.bytes);
      reader = new ByteReader(lent, buffer.len);
    }
    const result = converter.read(reader);
    reader.finish(converter.typeName);
    return result;
  } finally {
    returnScratch(lent);
  }
}

/** Base for every type that crosses the top level inside a RustBuffer. */
export abstract class BufferConverter<T> implements FfiConverter<T> {
  abstract readonly typeName: string;
  readonly kind: FfiKind = 'rust_buffer';
  abstract check(value: unknown, path: string): void;
  abstract allocationSize(value: T): number;
  abstract write(value: T, writer: Writer): void;
  abstract read(reader: Reader): T;
  lower(value: T, library: RustBufferHost): FfiValue {
    return lowerIntoRustBuffer(this, value, library);
  }
  lift(value: FfiValue, library: RustBufferHost): T {
    return liftFromRustBuffer(this, value, library);
  }
}
