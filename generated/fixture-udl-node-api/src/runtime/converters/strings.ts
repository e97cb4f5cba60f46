/** Strings and byte arrays (`Vec<u8>`, and `&[u8]` arguments read in place). */
import { typedArrayBuffer, typedArrayByteOffset, typedArrayLength, utf8Length } from '../codec';
import type { RustBuffer } from '../ffi-types';
import { bufferPrototype } from '../host';
import { rewritten, typeError, lowerIntoRustBuffer, liftFromRustBuffer, MAX_I32 } from './base';
import type { FfiConverter } from './base';

export const FfiConverterString: FfiConverter<string> = {
  typeName: 'string',
  kind: 'rust_buffer',
  check(value, path) {
    if (typeof value !== 'string') throw typeError(path, 'a string', value);
    // UTF-8 cannot carry a lone surrogate; replacing it would silently change the value.
    if (!value.isWellFormed()) {
      throw new TypeError(`${path}: the string contains a lone UTF-16 surrogate and cannot be encoded as UTF-8`);
    }
  },
  minEncodedSize: 4,
  allocationSize: (value) => 4 + utf8Length(value),
  write(value, writer) {
    // TextEncoder would silently turn a lone surrogate into U+FFFD.
    if (typeof value !== 'string' || !value.isWellFormed()) FfiConverterString.check(value, rewritten('string'));
    writer.writeString(value);
  },
  read(reader) {
    return reader.readUtf8(reader.readI32());
  },
  // At the top level a string is its raw UTF-8, without a length prefix.
  lower: (value, library) => library.rustBufferFromString(value),
  lift: (value, library) => library.takeString(value as RustBuffer),
};

/**
 * The length of bytes that passed `instanceof Uint8Array`, as the typed array itself knows it (a
 * subclass getter or an own `length` cannot fake it); a TypeError naming `path` for a look-alike
 * (a Proxy of a Uint8Array, an object with Uint8Array.prototype).
 */
function bytesLength(value: Uint8Array, path: string): number {
  let length: number;
  try {
    length = typedArrayLength.call(value);
  } catch {
    throw typeError(path, 'a Uint8Array', value);
  }
  if (length > MAX_I32) throw new RangeError(`${path}: ${length} bytes exceed the i32 length limit`);
  return length;
}

/**
 * A byte-slice argument as the transports read it (`.length`, then the bytes): the value itself
 * when it is a plain Uint8Array or Buffer, else a plain view of the same bytes, so that a subclass
 * or an own `length` cannot announce more or fewer bytes than it has.
 */
function plainBytes(value: Uint8Array): Uint8Array {
  const proto: unknown = Object.getPrototypeOf(value);
  if ((proto === Uint8Array.prototype || proto === bufferPrototype) && !Object.hasOwn(value, 'length')) return value;
  return new Uint8Array(typedArrayBuffer.call(value), typedArrayByteOffset.call(value), typedArrayLength.call(value));
}

export const FfiConverterBytes: FfiConverter<Uint8Array> = {
  typeName: 'bytes',
  kind: 'rust_buffer',
  check(value, path) {
    // Node's Buffer is a Uint8Array and is accepted as such.
    if (!(value instanceof Uint8Array)) throw typeError(path, 'a Uint8Array', value);
    bytesLength(value, path);
  },
  minEncodedSize: 4,
  allocationSize: (value) => 4 + typedArrayLength.call(value),
  write(value, writer) {
    if (!(value instanceof Uint8Array)) FfiConverterBytes.check(value, rewritten('bytes'));
    writer.writeI32(bytesLength(value, rewritten('bytes')));
    writer.writeBytes(value);
  },
  read(reader) {
    return reader.readBytes(reader.readI32());
  },
  lower: (value, library) => lowerIntoRustBuffer(FfiConverterBytes, value, library),
  lift: (value, library) => liftFromRustBuffer(FfiConverterBytes, value, library),
};

/** `&[u8]` arguments of sync functions: Rust reads the caller's bytes in place, for one call. */
export const FfiConverterForeignBytes: FfiConverter<Uint8Array> = {
  ...FfiConverterBytes,
  kind: 'foreign_bytes',
  lower: plainBytes,
  lift() {
    throw new TypeError('a byte slice is never returned');
  },
};
