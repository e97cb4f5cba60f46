/**
 * The slot area the node-api backend shares with its addon, one per realm: 8-byte slots where a
 * call's arguments, the prepared call's id, its result and its status cross (numbers as f64,
 * 64-bit integers and handles as their bits, a RustBuffer as three f64), and whose first bytes
 * carry a RustBuffer's contents. The addon's side: `bindgen-ts/native/node-api/src/slots.rs`.
 */
import { EMPTY_RUST_BUFFER } from '../../ffi-types';
import type { FfiKind, FfiValue, RustBuffer } from '../../ffi-types';
import { SUCCESS } from '../native';
import type { CallStatus } from '../native';

export const SLOT_COUNT = 256;
export const STATUS = SLOT_COUNT - 4;
/** The id of the prepared call to run. */
export const ID = STATUS - 1;
/** The length of the bytes at the start of the area (a RustBuffer's contents crossing there). */
export const LEN = ID - 1;
/** Bytes at the start of the area a RustBuffer's contents may take. */
export const DATA_BYTES = LEN * 8;

export type BufferHelper = 'fromBytes' | 'free' | 'copy' | 'takeString' | 'takeInto' | 'fromArea' | 'takeToArea';

export const encoder = new TextEncoder();

/**
 * The slot area shared with the addon, one per realm (every package copy and library in it
 * uses the same: calls nest, never interleave), and typed views of it.
 */
export interface SlotArea {
  readonly bytes: Uint8Array;
  /** The bytes a RustBuffer's contents may take, as a Buffer (for decoding). */
  readonly data: Buffer;
  readonly f64: Float64Array;
  readonly i64: BigInt64Array;
  readonly u64: BigUint64Array;
  write(kind: FfiKind, value: FfiValue, at: number): number;
  result(kind: FfiKind): FfiValue;
  buffer(at: number): RustBuffer;
  setBuffer(buffer: RustBuffer): void;
  setBufferAt(at: number, buffer: RustBuffer): void;
  /** Values of `kinds` from slot `at`, as a scaffolding call's arguments are written. */
  read(kinds: readonly FfiKind[], at: number): FfiValue[];
  status(): CallStatus;
}

/** Copies `len` bytes from the start of the area's data; a short copy without making a view. */
export function copyFromArea(data: Uint8Array, into: Uint8Array, len: number): void {
  if (len > 64) {
    into.set(data.subarray(0, len));
    return;
  }
  for (let i = 0; i < len; i++) into[i] = data[i] as number;
}

export class Slots implements SlotArea {
  readonly bytes = new Uint8Array(SLOT_COUNT * 8);
  readonly data = Buffer.from(this.bytes.buffer, 0, DATA_BYTES);
  readonly f64 = new Float64Array(this.bytes.buffer);
  readonly i64 = new BigInt64Array(this.bytes.buffer);
  readonly u64 = new BigUint64Array(this.bytes.buffer);

  /** Writes `value` of `kind` at `at`; returns the next free slot. */
  write(kind: FfiKind, value: FfiValue, at: number): number {
    switch (kind) {
      case 'i64':
        this.i64[at] = value as bigint;
        return at + 1;
      case 'u64':
      case 'handle':
        this.u64[at] = value as bigint;
        return at + 1;
      case 'rust_buffer': {
        const buffer = value as RustBuffer;
        this.f64[at] = buffer.capacity;
        this.f64[at + 1] = buffer.len;
        this.f64[at + 2] = buffer.data;
        return at + 3;
      }
      case 'foreign_bytes':
      case 'void':
        return at;
      default:
        this.f64[at] = value as number;
        return at + 1;
    }
  }

  /** The result of `kind`, from slot 0. */
  result(kind: FfiKind): FfiValue {
    switch (kind) {
      case 'i64':
        return this.i64[0];
      case 'u64':
      case 'handle':
        return this.u64[0];
      case 'rust_buffer':
        return this.buffer(0);
      case 'void':
        return undefined;
      default:
        return this.f64[0];
    }
  }

  buffer(at: number): RustBuffer {
    const capacity = this.f64[at] as number;
    const len = this.f64[at + 1] as number;
    const data = this.f64[at + 2] as number;
    return capacity === 0 && len === 0 && data === 0 ? EMPTY_RUST_BUFFER : { capacity, len, data };
  }

  setBuffer(buffer: RustBuffer): void {
    this.setBufferAt(0, buffer);
  }

  setBufferAt(at: number, buffer: RustBuffer): void {
    this.f64[at] = buffer.capacity;
    this.f64[at + 1] = buffer.len;
    this.f64[at + 2] = buffer.data;
  }

  read(kinds: readonly FfiKind[], at: number): FfiValue[] {
    const values: FfiValue[] = [];
    for (const kind of kinds) {
      switch (kind) {
        case 'i64':
          values.push(this.i64[at++]);
          break;
        case 'u64':
        case 'handle':
          values.push(this.u64[at++]);
          break;
        case 'rust_buffer':
          values.push(this.buffer(at));
          at += 3;
          break;
        case 'foreign_bytes':
        case 'void':
          values.push(undefined);
          break;
        default:
          values.push(this.f64[at++]);
      }
    }
    return values;
  }

  status(): CallStatus {
    const code = this.f64[STATUS] as number;
    return code === 0 ? SUCCESS : { code, errorBuf: this.buffer(STATUS + 1) };
  }
}
