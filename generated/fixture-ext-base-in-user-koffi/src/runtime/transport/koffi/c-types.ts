/**
 * koffi's view of UniFFI's C types (RustBuffer, ForeignBytes, RustCallStatus, the callback
 * prototypes), the conversions between koffi's values and the runtime's, and calling a koffi
 * function without building an argument array: what the koffi backend (`../koffi.ts`) builds on.
 */
import koffi from 'koffi';
import type { TypeObject } from 'koffi';
import { EMPTY_RUST_BUFFER } from '../../ffi-types';
import type { FfiKind, FfiValue, RustBuffer } from '../../ffi-types';
import { warn } from '../../host';

// Anonymous types: koffi's type names are process-wide, and every generated package has its own
// copy of this module.
export const RUST_BUFFER = koffi.struct({ capacity: 'uint64_t', len: 'uint64_t', data: 'uintptr_t' });
export const FOREIGN_BYTES = koffi.struct({ len: 'int32_t', data: 'const uint8_t *' });
export const CONTINUATION = koffi.pointer(koffi.proto('void', ['uint64_t', 'int8_t']));
export const CALL_STATUS = koffi.struct({ code: 'int8_t', error_buf: RUST_BUFFER });
export const VTABLE_FREE = koffi.pointer(koffi.proto('void', ['uint64_t']));
export const VTABLE_CLONE = koffi.pointer(koffi.proto('uint64_t', ['uint64_t']));
export const FOREIGN_FUTURE_DROPPED = koffi.pointer(koffi.proto('void', ['uint64_t']));
export const DROPPED_CALLBACK_STRUCT = koffi.struct({ callback_data: 'uint64_t', callback: 'void *' });

/** A koffi type: a C type name or a type object. */
export type TypeSpec = string | TypeObject;

export function koffiType(kind: FfiKind): TypeSpec {
  switch (kind) {
    case 'i8':
      return 'int8_t';
    case 'u8':
      return 'uint8_t';
    case 'i16':
      return 'int16_t';
    case 'u16':
      return 'uint16_t';
    case 'i32':
      return 'int32_t';
    case 'u32':
      return 'uint32_t';
    case 'i64':
      return 'int64_t';
    case 'u64':
    case 'handle':
      return 'uint64_t';
    case 'f32':
      return 'float';
    case 'f64':
      return 'double';
    case 'rust_buffer':
      return RUST_BUFFER;
    case 'foreign_bytes':
      return FOREIGN_BYTES;
    case 'void':
      return 'void';
  }
}

/** koffi returns 64-bit integers as numbers when they are safe integers, as bigints otherwise. */
export function toBigInt(value: unknown): bigint {
  return typeof value === 'bigint' ? value : BigInt(value as number);
}

/** Turns what koffi returned for `kind` into the runtime's {@link FfiValue}. */
export function fromKoffi(kind: FfiKind, value: unknown): FfiValue {
  switch (kind) {
    case 'i64':
      return BigInt.asIntN(64, toBigInt(value));
    case 'u64':
    case 'handle':
      // koffi hands callbacks a u64 above 2^63 as a negative bigint.
      return BigInt.asUintN(64, toBigInt(value));
    case 'rust_buffer':
      return readStructBuffer(value as RustBuffer);
    case 'void':
      return undefined;
    default:
      return value as number;
  }
}

export function readStructBuffer(buffer: {
  capacity: number | bigint;
  len: number | bigint;
  data: number | bigint;
}): RustBuffer {
  const capacity = Number(buffer.capacity);
  const len = Number(buffer.len);
  const data = Number(buffer.data);
  return capacity === 0 && len === 0 && data === 0 ? EMPTY_RUST_BUFFER : { capacity, len, data };
}

/** What a struct-path argument looks like to koffi. */
export function toKoffi(kind: FfiKind, value: FfiValue): unknown {
  if (kind === 'foreign_bytes') {
    const bytes = value as Uint8Array;
    return { len: bytes.length, data: bytes.length === 0 ? null : bytes };
  }
  return value;
}

export type Invoke = (...args: unknown[]) => unknown;

/** Calls `f(...values, extra)` without building an array for the common arities. */
export function callWith(f: Invoke, values: readonly unknown[], extra: unknown): unknown {
  switch (values.length) {
    case 0:
      return f(extra);
    case 1:
      return f(values[0], extra);
    case 2:
      return f(values[0], values[1], extra);
    case 3:
      return f(values[0], values[1], values[2], extra);
    default:
      return f(...values, extra);
  }
}

export function callWithout(f: Invoke, values: readonly unknown[]): unknown {
  switch (values.length) {
    case 0:
      return f();
    case 1:
      return f(values[0]);
    case 2:
      return f(values[0], values[1]);
    default:
      return f(...values);
  }
}

export type Memcpy<Destination> = (into: Destination, address: number, len: number) => unknown;

/** The C library's memcpy, where the process exports it (Linux, macOS, the BSDs); else koffi views. */
export function findMemcpy(): { toAddress: Memcpy<number>; toBuffer: Memcpy<Uint8Array> } | undefined {
  try {
    const cLibrary = koffi.load(null);
    return {
      toAddress: cLibrary.func('memcpy', 'uintptr_t', ['uintptr_t', 'uintptr_t', 'uintptr_t']) as Memcpy<number>,
      toBuffer: cLibrary.func('memcpy', 'uintptr_t', ['void *', 'uintptr_t', 'uintptr_t']) as Memcpy<Uint8Array>,
    };
  } catch {
    return undefined;
  }
}

/**
 * Runs a callback body: nothing may escape into koffi, which would report it as an uncaught
 * exception after returning zeros to Rust. The runtime's slots catch what methods throw; this
 * catches the rest (a bug), reporting it without stopping the process.
 */
export function guard<R>(body: () => R): R | undefined {
  try {
    return body();
  } catch (error) {
    warn(`uniffi-bindgen-ts: a callback from Rust failed: ${(error as Error)?.stack ?? String(error)}`);
    return undefined;
  }
}
