/**
 * A native scratch arena: one block of memory that both JavaScript (as a Buffer) and Rust (by
 * address) see, for the values of one call at a time.
 *
 * It holds the argument and return arrays of FFI-buffer calls (`uniffi_ffibuffer_<name>(args,
 * ret)`: 8-byte elements, uniffi's `FfiSerialize` layout), a RustCallStatus and a RustBuffer
 * out-slot for scalar helper calls, and a data area for bytes that cross for one call. Nothing in
 * it survives a call. Little-endian hosts only (every platform Node runs on).
 */
import { EMPTY_RUST_BUFFER, ffiBufferElements } from '../ffi-types';
import type { FfiKind, FfiValue, RustBuffer } from '../ffi-types';
import { SUCCESS } from './native';
import type { CallResult, CallStatus } from './native';

/** The C allocator, for argument bytes too big for the data area. */
export interface NativeMemory {
  malloc(len: number): number;
  free(address: number): void;
  /** Copies JavaScript bytes to native memory at `address`. */
  copyIn(address: number, bytes: Uint8Array): void;
}

const ELEMENT = 8;
const TWO_POW_32 = 2 ** 32;

// Layout (byte offsets).
export const ARGS = 0;
const ARGS_SIZE = 4096;
export const RET = ARGS + ARGS_SIZE;
const RET_SIZE = 256;
export const STATUS = RET + RET_SIZE;
export const OUT = STATUS + 32;
export const DATA = OUT + 64;
export const DATA_SIZE = 60 * 1024;
export const ARENA_SIZE = DATA + DATA_SIZE;

/** Most arguments one FFI-buffer call can carry, in 8-byte elements. */
export const MAX_ARGUMENT_ELEMENTS = ARGS_SIZE / ELEMENT;

/** One prepared FFI-buffer signature: writes the values, runs `invoke(args, ret)`, reads the result. */
export type FfiBufferFrame = (values: readonly FfiValue[], invoke: (args: number, ret: number) => void) => CallResult;

export class Arena {
  /** Set by {@link retire}: the native block is gone. */
  private retired = false;
  private foreignBytesCursor = DATA;
  private readonly temporaryAllocations: number[] = [];
  /** Calls in progress: a call made from a callback during another must not reuse its bytes. */
  private depth = 0;

  /**
   * @param view the arena's bytes, {@link ARENA_SIZE} long
   * @param base the native address of `view[0]`
   */
  constructor(
    public view: Buffer,
    readonly base: number,
    private readonly memory: NativeMemory,
  ) {
    if (view.length < ARENA_SIZE) throw new RangeError(`the arena needs ${ARENA_SIZE} bytes, got ${view.length}`);
  }

  /**
   * For a backend about to free the arena's native block (its thread is ending): from now on
   * `view` is plain JavaScript memory and every call or address throws, so that nothing that
   * still runs (a later 'exit' listener) writes to freed memory or hands it to Rust.
   */
  retire(): void {
    this.retired = true;
    this.view = Buffer.alloc(ARENA_SIZE);
  }

  private checkLive(): void {
    if (this.retired)
      throw new Error('this library can no longer be called: its thread is ending and its native memory was freed');
  }

  /**
   * Prepares FFI-buffer calls of one signature: arguments `kinds` in, a `returnKind` followed,
   * when `hasStatus`, by a RustCallStatus out. The size check happens here, once.
   */
  frame(symbol: string, kinds: readonly FfiKind[], returnKind: FfiKind, hasStatus: boolean): FfiBufferFrame {
    let elements = 0;
    for (const kind of kinds) elements += ffiBufferElements(kind);
    if (elements > MAX_ARGUMENT_ELEMENTS) {
      throw new RangeError(`${symbol}: ${elements} argument elements exceed ${MAX_ARGUMENT_ELEMENTS}`);
    }
    const statusAt = RET + ffiBufferElements(returnKind) * ELEMENT;
    const usesData = kinds.includes('foreign_bytes');
    return (values, invoke) => {
      this.checkLive();
      if (this.depth === 0) this.foreignBytesCursor = DATA;
      const temporaries = this.temporaryAllocations.length;
      this.depth++;
      try {
        let offset = ARGS;
        for (let i = 0; i < kinds.length; i++) {
          offset = this.writeElement(offset, kinds[i] as FfiKind, values[i]);
        }
        if (hasStatus) this.view[statusAt] = 0;
        invoke(this.base + ARGS, this.base + RET);
      } finally {
        this.depth--;
        if (usesData && this.temporaryAllocations.length > temporaries) {
          for (const address of this.temporaryAllocations.splice(temporaries)) this.memory.free(address);
        }
      }
      const value = this.readElement(RET, returnKind);
      return { value, status: hasStatus ? this.readStatus(statusAt) : SUCCESS };
    };
  }

  private writeElement(at: number, kind: FfiKind, value: FfiValue): number {
    const view = this.view;
    switch (kind) {
      case 'i8':
      case 'u8':
      case 'i16':
      case 'u16':
      case 'i32':
      case 'u32':
        // Little-endian: the low bytes of the element are the narrow value, whatever its width.
        view.writeInt32LE((value as number) | 0, at);
        return at + ELEMENT;
      case 'f32':
        view.writeFloatLE(value as number, at);
        return at + ELEMENT;
      case 'f64':
        view.writeDoubleLE(value as number, at);
        return at + ELEMENT;
      case 'i64':
        view.writeBigInt64LE(value as bigint, at);
        return at + ELEMENT;
      case 'u64':
      case 'handle':
        view.writeBigUInt64LE(value as bigint, at);
        return at + ELEMENT;
      case 'rust_buffer':
        this.writeRustBuffer(at, value as RustBuffer);
        return at + 3 * ELEMENT;
      case 'foreign_bytes': {
        const bytes = value as Uint8Array;
        view.writeInt32LE(bytes.length, at);
        this.writeAddress(at + ELEMENT, this.placeBytes(bytes));
        return at + 2 * ELEMENT;
      }
      case 'void':
        return at;
    }
  }

  /**
   * Exposes `bytes` to Rust for the duration of one call (`ForeignBytes` arguments): in the data
   * area when they fit, else in memory from the C allocator, freed after the call.
   */
  private placeBytes(bytes: Uint8Array): number {
    const len = bytes.length;
    if (len === 0) return 0;
    if (this.foreignBytesCursor + len <= DATA + DATA_SIZE) {
      const at = this.foreignBytesCursor;
      this.view.set(bytes, at);
      this.foreignBytesCursor = at + len;
      return this.base + at;
    }
    const address = this.memory.malloc(len);
    if (!address) throw new RangeError(`cannot allocate ${len} bytes for a byte-slice argument`);
    this.temporaryAllocations.push(address);
    this.memory.copyIn(address, bytes);
    return address;
  }

  readElement(at: number, kind: FfiKind): FfiValue {
    const view = this.view;
    switch (kind) {
      case 'i8':
        return view.readInt8(at);
      case 'u8':
        return view.readUInt8(at);
      case 'i16':
        return view.readInt16LE(at);
      case 'u16':
        return view.readUInt16LE(at);
      case 'i32':
        return view.readInt32LE(at);
      case 'u32':
        return view.readUInt32LE(at);
      case 'f32':
        return view.readFloatLE(at);
      case 'f64':
        return view.readDoubleLE(at);
      case 'i64':
        return view.readBigInt64LE(at);
      case 'u64':
      case 'handle':
        return view.readBigUInt64LE(at);
      case 'rust_buffer':
        return this.readRustBuffer(at);
      case 'foreign_bytes':
        throw new TypeError('ForeignBytes is never a return value');
      case 'void':
        return undefined;
    }
  }

  /** Writes a non-negative safe integer (length, capacity or address) as a u64. */
  writeAddress(at: number, value: number): void {
    this.view.writeUInt32LE(value % TWO_POW_32, at);
    this.view.writeUInt32LE(Math.floor(value / TWO_POW_32), at + 4);
  }

  readAddress(at: number): number {
    const value = this.view.readUInt32LE(at) + this.view.readUInt32LE(at + 4) * TWO_POW_32;
    if (!Number.isSafeInteger(value)) {
      throw new RangeError(`native value at arena offset ${at} exceeds 2^53`);
    }
    return value;
  }

  writeRustBuffer(at: number, buffer: RustBuffer): void {
    this.writeAddress(at, buffer.capacity);
    this.writeAddress(at + ELEMENT, buffer.len);
    this.writeAddress(at + 2 * ELEMENT, buffer.data);
  }

  readRustBuffer(at: number): RustBuffer {
    const capacity = this.readAddress(at);
    const len = this.readAddress(at + ELEMENT);
    const data = this.readAddress(at + 2 * ELEMENT);
    return capacity === 0 && len === 0 && data === 0 ? EMPTY_RUST_BUFFER : { capacity, len, data };
  }

  /** Resets a RustCallStatus: Rust writes the error buffer only with a non-zero code. */
  clearStatus(at: number = STATUS): void {
    this.view[at] = 0;
  }

  readStatus(at: number = STATUS): CallStatus {
    if (this.view[at] === 0) return SUCCESS;
    return { code: this.view.readInt8(at), errorBuf: this.readRustBuffer(at + ELEMENT) };
  }

  /** The native address of an arena offset. */
  address(at: number): number {
    this.checkLive();
    return this.base + at;
  }
}
