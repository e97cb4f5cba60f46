/**
 * The one seam to native code. Nothing else in a generated package imports ffi-rs.
 *
 * ffi-rs re-parses its type descriptors on every call, leaks a few hundred bytes per call whose
 * signature passes or returns a struct by value, has no f32 return, and loses precision on 64-bit
 * numbers (see the README, "ffi-rs limits"). This module therefore only ever makes *scalar* calls:
 *
 * - Exported functions are called through their FFI-buffer twins,
 *   `uniffi_ffibuffer_<name>(args: *mut u64, ret: *mut u64)`, with both arrays living in one
 *   native scratch arena that JavaScript sees as a Buffer. Arguments and results are written and
 *   read in place: exact 64-bit integers, f32, no struct by value.
 * - The per-crate helpers that do pass RustBuffers by value (`rustbuffer_from_bytes`, `_alloc`,
 *   `_free`, `rust_future_complete_rust_buffer`) are declared with the scalar signature the
 *   platform's C ABI gives them (hidden return pointer, struct passed in memory): see {@link Abi}.
 * - Bytes move between JavaScript and Rust memory with the C library's `memcpy`.
 */
import { createExternalBuffer, DataType, freePointer, funcConstructor, load, open, PointerType, createPointer, unwrapPointer } from 'ffi-rs';
import type { FieldType, JsExternal } from 'ffi-rs';
import { existsSync } from 'node:fs';
import { EMPTY_RUST_BUFFER, ffiBufferElements, futureSuffix } from './ffi-types';
import type { FfiKind, FfiValue, RustBuffer } from './ffi-types';

/** A RustCallStatus as read back from native memory. */
export interface CallStatus {
  /** 0 success, 1 error (errorBuf holds the serialized error), 2 panic (errorBuf holds the message), 3 cancelled. */
  readonly code: number;
  readonly errorBuf: RustBuffer;
}

export interface CallResult {
  readonly value: FfiValue;
  readonly status: CallStatus;
}

/** Called by Rust when a polled future can make progress: `(data, 0 = ready | 1 = wake)`. */
export type ContinuationHandler = (data: number, pollCode: number) => void;

const ELEMENT = 8;
// Layout of the scratch arena (bytes). Sync calls never interleave on the JS thread, so one arena
// per library is enough; nothing in it survives a call.
const ARGS = 0;
const ARGS_SIZE = 4096;
const RET = ARGS + ARGS_SIZE;
const RET_SIZE = 256;
const STATUS = RET + RET_SIZE;
const OUT = STATUS + 32;
const DATA = OUT + 64;
const DATA_SIZE = 60 * 1024;
const ARENA_SIZE = DATA + DATA_SIZE;
const TWO_POW_32 = 2 ** 32;

/** Most arguments one FFI-buffer call can carry, in 8-byte elements. */
export const MAX_ARGUMENT_ELEMENTS = ARGS_SIZE / ELEMENT;

const { I32, I64, U8, BigInt: BIGINT, Double, Void, External, U8Array } = DataType;

/**
 * How RustBuffer-by-value helper signatures look as scalar calls on this platform's C ABI.
 * x86-64 System V (Linux, macOS on Intel): a 24-byte struct is returned through a hidden pointer
 * passed as the first integer argument, and passed by value on the stack after the six integer
 * registers are used.
 */
interface Abi {
  readonly name: string;
  /** Parameter types of `rustbuffer_free(RustBuffer, *mut RustCallStatus)` as scalars (fixed). */
  readonly freeTypes: FieldType[];
  /** The values matching {@link freeTypes}. */
  freeValues(buffer: RustBuffer, status: number): unknown[];
}

const SYSV_X64: Abi = {
  name: 'x86-64 System V',
  // Six integer registers: the status pointer and five unused ones; then the struct's three
  // eightbytes on the stack, exactly as `RustBuffer` passed in memory.
  freeTypes: [I64, I64, I64, I64, I64, I64, I64, I64, I64],
  freeValues: (buffer, status) => [status, 0, 0, 0, 0, 0, buffer.capacity, buffer.len, buffer.data],
};

function platformAbi(): Abi {
  if (process.arch === 'x64' && (process.platform === 'linux' || process.platform === 'darwin')) {
    return SYSV_X64;
  }
  throw new Error(
    `uniffi-bindgen-ts: platform ${process.platform}-${process.arch} is not supported yet ` +
      '(supported: linux-x64, darwin-x64). See the README, "Platforms".',
  );
}

function cLibraryCandidates(): string[] {
  switch (process.platform) {
    case 'darwin':
      return ['/usr/lib/libSystem.B.dylib'];
    default:
      return ['libc.so.6', 'libc.so', 'libc.musl-x86_64.so.1'];
  }
}

let cLibrary: string | undefined;

function openCLibrary(): string {
  if (cLibrary !== undefined) {
    return cLibrary;
  }
  const errors: string[] = [];
  for (const candidate of cLibraryCandidates()) {
    const key = `uniffi-bindgen-ts:libc:${candidate}`;
    try {
      open({ library: key, path: candidate });
      cLibrary = key;
      return key;
    } catch (error) {
      errors.push(`${candidate}: ${(error as Error).message}`);
    }
  }
  throw new Error(`uniffi-bindgen-ts: cannot open the C library for memcpy (${errors.join('; ')})`);
}

/** A prepared ffi-rs call: the descriptor is built once, only the values change per call. */
class NativeFunction {
  private readonly params: {
    library: string;
    funcName: string;
    retType: FieldType;
    paramsType: FieldType[];
    paramsValue: unknown[];
    freeResultMemory: boolean;
  };

  constructor(library: string, symbol: string, paramsType: FieldType[], retType: FieldType) {
    this.params = { library, funcName: symbol, retType, paramsType, paramsValue: [], freeResultMemory: false };
  }

  call(values: unknown[]): unknown {
    this.params.paramsValue = values;
    // ffi-rs's typings tie the result type to the descriptor; our descriptors are data.
    return (load as (params: unknown) => unknown)(this.params);
  }
}

/** A loaded cdylib and everything needed to call it. */
export class NativeLibrary {
  private readonly key: string;
  private readonly libc: string;
  private readonly abi: Abi;
  private readonly arena: Buffer;
  private readonly base: number;
  private readonly functions = new Map<string, NativeFunction>();
  private continuationHandler: ContinuationHandler | undefined;
  private continuationPointer: JsExternal[] | undefined;
  private continuationUsers = 0;
  private continuationReleasePending = false;
  private readonly memcpyToAddress: NativeFunction;
  private readonly memcpyToBuffer: NativeFunction;
  private readonly memcpyFromBuffer: NativeFunction;
  private readonly malloc: NativeFunction;
  private readonly free: NativeFunction;
  private foreignBytesCursor = DATA;
  private readonly temporaryAllocations: number[] = [];

  private constructor(readonly path: string, private readonly crateName: string) {
    this.abi = platformAbi();
    this.libc = openCLibrary();
    // ffi-rs keeps one global table of libraries by key, shared by every copy of this runtime (one
    // per generated package): the key must name the file, so that two packages never collide.
    this.key = `uniffi-bindgen-ts:${path}`;
    open({ library: this.key, path });
    this.malloc = new NativeFunction(this.libc, 'malloc', [I64], I64);
    this.free = new NativeFunction(this.libc, 'free', [I64], Void);
    // The arena is allocated once and never freed: it lives as long as the library.
    this.base = this.malloc.call([ARENA_SIZE]) as number;
    if (!this.base) {
      throw new Error('uniffi-bindgen-ts: cannot allocate the native scratch arena');
    }
    // memcpy returns its destination: the cheapest way to turn an address into an ffi-rs External.
    const external = new NativeFunction(this.libc, 'memcpy', [I64, I64, I64], External).call([this.base, this.base, 0]);
    this.arena = createExternalBuffer(external as JsExternal, ARENA_SIZE);
    this.memcpyToAddress = new NativeFunction(this.libc, 'memcpy', [I64, I64, I64], I64);
    this.memcpyToBuffer = new NativeFunction(this.libc, 'memcpy', [U8Array, I64, I64], I64);
    this.memcpyFromBuffer = new NativeFunction(this.libc, 'memcpy', [I64, U8Array, I64], I64);
  }

  /** Opens the cdylib at `path`. `crateName` prefixes the per-crate helper symbols. */
  static open(path: string, crateName: string): NativeLibrary {
    if (!existsSync(path)) {
      throw new Error(`no file at ${path}`);
    }
    return new NativeLibrary(path, crateName);
  }

  private fn(symbol: string, paramsType: FieldType[], retType: FieldType): NativeFunction {
    let f = this.functions.get(symbol);
    if (f === undefined) {
      f = new NativeFunction(this.key, symbol, paramsType, retType);
      this.functions.set(symbol, f);
    }
    return f;
  }

  // ---- plain scalar calls -------------------------------------------------------------------

  /** Calls `symbol()` returning a u16 (checksums). */
  callReturningU16(symbol: string): number {
    return (this.fn(symbol, [], I32).call([]) as number) & 0xffff;
  }

  /** Calls `symbol()` returning a u32 (the contract version). */
  callReturningU32(symbol: string): number {
    return (this.fn(symbol, [], I32).call([]) as number) >>> 0;
  }

  /**
   * Calls `symbol(u64 handle, RustCallStatus*) -> u64`: an object's `clone` (the result is the
   * new handle) or `free` (the result is meaningless).
   */
  callHandleFunction(symbol: string, handle: bigint): bigint {
    this.clearStatus(STATUS);
    const result = this.fn(symbol, [BIGINT, I64], BIGINT).call([handle, this.base + STATUS]) as bigint;
    this.checkHelperStatus(symbol);
    return BigInt.asUintN(64, result);
  }

  // ---- FFI-buffer calls ---------------------------------------------------------------------

  /**
   * Calls `uniffi_ffibuffer_<scaffolding>`: writes `values` as `argKinds`, calls, and reads a
   * `returnKind` followed, when `hasStatus`, by a RustCallStatus.
   */
  callFfiBuffer(
    symbol: string,
    argKinds: readonly FfiKind[],
    values: readonly FfiValue[],
    returnKind: FfiKind,
    hasStatus: boolean,
  ): CallResult {
    let elements = 0;
    for (const kind of argKinds) elements += ffiBufferElements(kind);
    if (elements > MAX_ARGUMENT_ELEMENTS) {
      throw new RangeError(`${symbol}: ${elements} argument elements exceed ${MAX_ARGUMENT_ELEMENTS}`);
    }
    const statusAt = RET + ffiBufferElements(returnKind) * ELEMENT;
    let offset = ARGS;
    this.foreignBytesCursor = DATA;
    try {
      for (let i = 0; i < argKinds.length; i++) {
        offset = this.writeElement(offset, argKinds[i] as FfiKind, values[i]);
      }
      if (hasStatus) {
        this.clearStatus(statusAt);
      }
      this.fn(symbol, [I64, I64], Void).call([this.base + ARGS, this.base + RET]);
    } finally {
      this.releaseForeignBytes();
    }
    const value = this.readElement(RET, returnKind);
    const status = hasStatus ? this.readStatus(statusAt) : SUCCESS;
    return { value, status };
  }

  private writeElement(at: number, kind: FfiKind, value: FfiValue): number {
    const arena = this.arena;
    switch (kind) {
      case 'i8':
      case 'u8':
      case 'i16':
      case 'u16':
      case 'i32':
      case 'u32':
        // Little-endian: the low bytes of the element are the narrow value, whatever its width.
        arena.writeInt32LE((value as number) | 0, at);
        return at + ELEMENT;
      case 'f32':
        arena.writeFloatLE(value as number, at);
        return at + ELEMENT;
      case 'f64':
        arena.writeDoubleLE(value as number, at);
        return at + ELEMENT;
      case 'i64':
        arena.writeBigInt64LE(value as bigint, at);
        return at + ELEMENT;
      case 'u64':
      case 'handle':
        arena.writeBigUInt64LE(value as bigint, at);
        return at + ELEMENT;
      case 'rust_buffer': {
        const buffer = value as RustBuffer;
        this.writeAddress(at, buffer.capacity);
        this.writeAddress(at + ELEMENT, buffer.len);
        this.writeAddress(at + 2 * ELEMENT, buffer.data);
        return at + 3 * ELEMENT;
      }
      case 'foreign_bytes': {
        const bytes = value as Uint8Array;
        this.arena.writeInt32LE(bytes.length, at);
        this.writeAddress(at + ELEMENT, this.placeForeignBytes(bytes));
        return at + 2 * ELEMENT;
      }
      case 'void':
        return at;
    }
  }

  /**
   * Exposes `bytes` to Rust for the duration of one call (`ForeignBytes` arguments): in the
   * arena's data area when they fit, else in memory from the C allocator, freed after the call.
   */
  private placeForeignBytes(bytes: Uint8Array): number {
    const len = bytes.length;
    if (len === 0) {
      return 0;
    }
    if (this.foreignBytesCursor + len <= DATA + DATA_SIZE) {
      const at = this.foreignBytesCursor;
      this.arena.set(bytes, at);
      this.foreignBytesCursor = at + len;
      return this.base + at;
    }
    const address = this.malloc.call([len]) as number;
    if (!address) {
      throw new RangeError(`cannot allocate ${len} bytes for a byte-slice argument`);
    }
    this.temporaryAllocations.push(address);
    this.memcpyFromBuffer.call([address, Buffer.from(bytes.buffer, bytes.byteOffset, len), len]);
    return address;
  }

  private releaseForeignBytes(): void {
    for (const address of this.temporaryAllocations.splice(0)) {
      this.free.call([address]);
    }
  }

  private readElement(at: number, kind: FfiKind): FfiValue {
    const arena = this.arena;
    switch (kind) {
      case 'i8':
        return arena.readInt8(at);
      case 'u8':
        return arena.readUInt8(at);
      case 'i16':
        return arena.readInt16LE(at);
      case 'u16':
        return arena.readUInt16LE(at);
      case 'i32':
        return arena.readInt32LE(at);
      case 'u32':
        return arena.readUInt32LE(at);
      case 'f32':
        return arena.readFloatLE(at);
      case 'f64':
        return arena.readDoubleLE(at);
      case 'i64':
        return arena.readBigInt64LE(at);
      case 'u64':
      case 'handle':
        return arena.readBigUInt64LE(at);
      case 'rust_buffer':
        return this.readRustBuffer(at);
      case 'foreign_bytes':
        throw new TypeError('ForeignBytes is never a return value');
      case 'void':
        return undefined;
    }
  }

  /** Writes a non-negative safe integer (length, capacity or address) as a u64. */
  private writeAddress(at: number, value: number): void {
    this.arena.writeUInt32LE(value % TWO_POW_32, at);
    this.arena.writeUInt32LE(Math.floor(value / TWO_POW_32), at + 4);
  }

  private readAddress(at: number): number {
    const value = this.arena.readUInt32LE(at) + this.arena.readUInt32LE(at + 4) * TWO_POW_32;
    if (!Number.isSafeInteger(value)) {
      throw new RangeError(`native value at arena offset ${at} exceeds 2^53`);
    }
    return value;
  }

  private readRustBuffer(at: number): RustBuffer {
    const capacity = this.readAddress(at);
    const len = this.readAddress(at + ELEMENT);
    const data = this.readAddress(at + 2 * ELEMENT);
    return capacity === 0 && len === 0 && data === 0 ? EMPTY_RUST_BUFFER : { capacity, len, data };
  }

  private clearStatus(at: number): void {
    this.arena.fill(0, at, at + 4 * ELEMENT);
  }

  private readStatus(at: number): CallStatus {
    const code = this.arena.readInt8(at);
    return code === 0 ? SUCCESS : { code, errorBuf: this.readRustBuffer(at + ELEMENT) };
  }

  /** Throws when a helper call (alloc, free...) reports a failure: that is a bug or out of memory. */
  private checkHelperStatus(what: string): void {
    const status = this.readStatus(STATUS);
    if (status.code !== 0) {
      const detail = status.code === 2 ? `: ${this.takeString(status.errorBuf)}` : '';
      throw new Error(`${what} failed with status ${status.code}${detail}`);
    }
  }

  // ---- RustBuffers --------------------------------------------------------------------------

  private helper(name: string): string {
    return `ffi_${this.crateName}_${name}`;
  }

  /** A new Rust-owned buffer holding `bytes`. Rust frees it when it consumes the argument. */
  rustBufferFromBytes(bytes: Uint8Array): RustBuffer {
    const len = bytes.length;
    if (len === 0) {
      return EMPTY_RUST_BUFFER;
    }
    if (len <= DATA_SIZE) {
      this.arena.set(bytes, DATA);
      return this.fromScratch(len);
    }
    const buffer = this.allocate(len);
    this.memcpyFromBuffer.call([buffer.data, Buffer.from(bytes.buffer, bytes.byteOffset, len), len]);
    return buffer;
  }

  /** A new Rust-owned buffer holding `value` as UTF-8 (no length prefix: a top-level string). */
  rustBufferFromString(value: string): RustBuffer {
    if (value.length === 0) {
      return EMPTY_RUST_BUFFER;
    }
    // At most 3 bytes per UTF-16 unit.
    if (value.length * 3 <= DATA_SIZE) {
      const len = this.arena.write(value, DATA, 'utf8');
      return this.fromScratch(len);
    }
    return this.rustBufferFromBytes(Buffer.from(value, 'utf8'));
  }

  private fromScratch(len: number): RustBuffer {
    this.clearStatus(STATUS);
    // RustBuffer rustbuffer_from_bytes(ForeignBytes { i32 len, u8* data }, RustCallStatus*):
    // hidden return pointer, then the 16-byte ForeignBytes in two registers, then the status.
    this.fn(this.helper('rustbuffer_from_bytes'), [I64, I64, I64, I64], I64).call([
      this.base + OUT,
      len,
      this.base + DATA,
      this.base + STATUS,
    ]);
    this.checkHelperStatus('rustbuffer_from_bytes');
    return this.readRustBuffer(OUT);
  }

  private allocate(len: number): RustBuffer {
    this.clearStatus(STATUS);
    // RustBuffer rustbuffer_alloc(u64 size, RustCallStatus*), hidden return pointer first.
    this.fn(this.helper('rustbuffer_alloc'), [I64, I64, I64], I64).call([this.base + OUT, len, this.base + STATUS]);
    this.checkHelperStatus('rustbuffer_alloc');
    return this.readRustBuffer(OUT);
  }

  /** Frees a buffer that Rust handed over. Each buffer must be freed exactly once. */
  rustBufferFree(buffer: RustBuffer): void {
    if (buffer.data === 0 && buffer.capacity === 0) {
      return;
    }
    this.clearStatus(STATUS);
    const abi = this.abi;
    this.fn(this.helper('rustbuffer_free'), abi.freeTypes, Void).call(abi.freeValues(buffer, this.base + STATUS));
    this.checkHelperStatus('rustbuffer_free');
  }

  /** Copies the bytes of a Rust-owned buffer into JavaScript memory (does not free it). */
  rustBufferBytes(buffer: RustBuffer): Uint8Array {
    const len = buffer.len;
    if (len === 0) {
      return new Uint8Array(0);
    }
    if (len <= DATA_SIZE) {
      this.memcpyToAddress.call([this.base + DATA, buffer.data, len]);
      return new Uint8Array(this.arena.subarray(DATA, DATA + len));
    }
    const out = Buffer.allocUnsafe(len);
    this.memcpyToBuffer.call([out, buffer.data, len]);
    return new Uint8Array(out.buffer, out.byteOffset, len);
  }

  /** Reads a buffer as a UTF-8 string, then frees it. */
  takeString(buffer: RustBuffer): string {
    try {
      const len = buffer.len;
      if (len === 0) {
        return '';
      }
      if (len <= DATA_SIZE) {
        this.memcpyToAddress.call([this.base + DATA, buffer.data, len]);
        return this.arena.toString('utf8', DATA, DATA + len);
      }
      return Buffer.from(this.rustBufferBytes(buffer)).toString('utf8');
    } finally {
      this.rustBufferFree(buffer);
    }
  }

  /** Reads a buffer's bytes, then frees it. */
  takeBytes(buffer: RustBuffer): Uint8Array {
    try {
      return this.rustBufferBytes(buffer);
    } finally {
      this.rustBufferFree(buffer);
    }
  }

  // ---- futures ------------------------------------------------------------------------------

  /**
   * Installs the one continuation callback of this library. Rust may call it from any thread;
   * ffi-rs queues the call onto the JS thread.
   */
  setContinuationHandler(handler: ContinuationHandler): void {
    this.continuationHandler = handler;
  }

  /**
   * Marks a future as pending. The native callback exists only while futures are pending,
   * because a registered ffi-rs callback keeps Node's event loop alive.
   */
  retainContinuation(): void {
    this.continuationUsers++;
    this.continuationReleasePending = false;
  }

  /** Marks a future as settled; frees the callback once none is pending (deferred, see below). */
  releaseContinuation(): void {
    this.continuationUsers--;
    if (this.continuationUsers === 0 && this.continuationPointer !== undefined && !this.continuationReleasePending) {
      this.continuationReleasePending = true;
      // Deferred so that `await a(); await b();` reuses the callback instead of re-creating it.
      // Safe: with no future pending, Rust holds no continuation to call.
      setImmediate(() => {
        if (this.continuationReleasePending && this.continuationUsers === 0) {
          this.freeContinuation();
        }
      });
    }
  }

  private continuationType(): FieldType {
    return funcConstructor({ paramsType: [I64, U8], retType: Void });
  }

  private continuation(): JsExternal {
    if (this.continuationPointer === undefined) {
      const handler = this.continuationHandler;
      if (handler === undefined) {
        throw new Error('no continuation handler installed');
      }
      this.continuationPointer = createPointer({
        paramsType: [this.continuationType()],
        paramsValue: [(data: number, code: number) => handler(data, code)],
      });
    }
    return unwrapPointer(this.continuationPointer)[0] as JsExternal;
  }

  private freeContinuation(): void {
    const pointer = this.continuationPointer;
    this.continuationPointer = undefined;
    this.continuationReleasePending = false;
    if (pointer !== undefined) {
      freePointer({ paramsType: [this.continuationType()], paramsValue: pointer, pointerType: PointerType.RsPointer });
    }
  }

  futurePoll(returnKind: FfiKind, handle: bigint, data: number): void {
    this.fn(this.helper(`rust_future_poll_${futureSuffix(returnKind)}`), [BIGINT, External, I64], Void).call([
      handle,
      this.continuation(),
      data,
    ]);
  }

  futureCancel(returnKind: FfiKind, handle: bigint): void {
    this.fn(this.helper(`rust_future_cancel_${futureSuffix(returnKind)}`), [BIGINT], Void).call([handle]);
  }

  futureFree(returnKind: FfiKind, handle: bigint): void {
    this.fn(this.helper(`rust_future_free_${futureSuffix(returnKind)}`), [BIGINT], Void).call([handle]);
  }

  /** `rust_future_complete_<kind>(handle, &status)`: the result and the call status. */
  futureComplete(returnKind: FfiKind, handle: bigint): CallResult {
    const symbol = this.helper(`rust_future_complete_${futureSuffix(returnKind)}`);
    const status = this.base + STATUS;
    this.clearStatus(STATUS);
    let value: FfiValue;
    switch (returnKind) {
      case 'rust_buffer':
        // Hidden return pointer first (C ABI for a 24-byte struct).
        this.fn(symbol, [I64, BIGINT, I64], I64).call([this.base + OUT, handle, status]);
        value = this.readRustBuffer(OUT);
        break;
      case 'void':
        this.fn(symbol, [BIGINT, I64], Void).call([handle, status]);
        value = undefined;
        break;
      case 'i64':
        value = BigInt.asIntN(64, this.fn(symbol, [BIGINT, I64], BIGINT).call([handle, status]) as bigint);
        break;
      case 'u64':
      case 'handle':
        value = BigInt.asUintN(64, this.fn(symbol, [BIGINT, I64], BIGINT).call([handle, status]) as bigint);
        break;
      case 'f64':
        value = this.fn(symbol, [BIGINT, I64], Double).call([handle, status]) as number;
        break;
      case 'f32':
        // ffi-rs cannot return a float; read the whole register as a double and keep its low
        // 32 bits, where the C ABI leaves the f32.
        value = lowFloat32(this.fn(symbol, [BIGINT, I64], Double).call([handle, status]) as number);
        break;
      default:
        // 8/16/32-bit integers come back in a 32-bit register; only the low bits are defined.
        value = narrowInteger(returnKind, this.fn(symbol, [BIGINT, I64], I32).call([handle, status]) as number);
    }
    return { value, status: this.readStatus(STATUS) };
  }
}

const SUCCESS: CallStatus = Object.freeze({ code: 0, errorBuf: EMPTY_RUST_BUFFER });

const floatScratch = new DataView(new ArrayBuffer(8));

function lowFloat32(register: number): number {
  floatScratch.setFloat64(0, register, true);
  return floatScratch.getFloat32(0, true);
}

function narrowInteger(kind: FfiKind, register: number): number {
  switch (kind) {
    case 'i8':
      return (register << 24) >> 24;
    case 'u8':
      return register & 0xff;
    case 'i16':
      return (register << 16) >> 16;
    case 'u16':
      return register & 0xffff;
    case 'u32':
      return register >>> 0;
    default:
      return register | 0;
  }
}

/** What converters need from a library: moving bytes in and out of RustBuffers (see {@link Writer}). */
export type RustBufferHost = Pick<
  NativeLibrary,
  'path' | 'rustBufferFromBytes' | 'rustBufferFromString' | 'rustBufferBytes' | 'rustBufferFree' | 'takeBytes' | 'takeString'
>;
