/**
 * The koffi backend: every platform koffi ships for, any UniFFI crate as it is.
 *
 * Each scaffolding function takes the fastest route the library offers (measured, README
 * "Transports"):
 * - scalar-only signatures call the plain symbol directly (one koffi call, ~the cost of a C call);
 * - signatures with RustBuffers or ForeignBytes, or a float result, call the FFI-buffer twin when the crate enables
 *   `scaffolding-ffi-buffer-fns` (arguments in a scratch {@link Arena}: no struct marshalling),
 *   and otherwise the plain symbol with koffi's struct-by-value support, which is portable.
 * The RustBuffer helpers use their System V scalar signatures on x86-64 Linux and macOS
 * (`c-abi.ts`), and koffi's structs everywhere else.
 */
import koffi from 'koffi';
import type { LibraryHandle, TypeObject } from 'koffi';
import { EMPTY_RUST_BUFFER, futureSuffix, isStructKind } from '../ffi-types';
import type { FfiFunctionDeclaration, FfiKind, FfiValue, RustBuffer } from '../ffi-types';
import { Arena, ARENA_SIZE, DATA, DATA_SIZE, OUT, STATUS } from './arena';
import type { NativeMemory } from './arena';
import { helperAbi, SYSV_FREE_ARGUMENT_COUNT, sysvFreeArguments } from './c-abi';
import type { HelperAbi } from './c-abi';
import { ffiBufferSymbol, helperFailure, helperSymbol, SUCCESS } from './native';
import type { CallResult, CallStatus, ContinuationHandler, NativeLibrary, ScaffoldingCall, Transport } from './native';

// Anonymous types: koffi's type names are process-wide, and every generated package has its own
// copy of this module.
const RUST_BUFFER = koffi.struct({ capacity: 'uint64_t', len: 'uint64_t', data: 'uintptr_t' });
const FOREIGN_BYTES = koffi.struct({ len: 'int32_t', data: 'const uint8_t *' });
const CONTINUATION = koffi.pointer(koffi.proto('void', ['uint64_t', 'int8_t']));

/** A koffi type: a C type name or a type object. */
type TypeSpec = string | TypeObject;
type KoffiFunction = ReturnType<LibraryHandle['func']>;

function koffiType(kind: FfiKind): TypeSpec {
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
function toBigInt(value: unknown): bigint {
  return typeof value === 'bigint' ? value : BigInt(value as number);
}

/** Turns what koffi returned for `kind` into the runtime's {@link FfiValue}. */
function fromKoffi(kind: FfiKind, value: unknown): FfiValue {
  switch (kind) {
    case 'i64':
    case 'u64':
    case 'handle':
      return toBigInt(value);
    case 'rust_buffer':
      return readStructBuffer(value as RustBuffer);
    case 'void':
      return undefined;
    default:
      return value as number;
  }
}

function readStructBuffer(buffer: { capacity: number | bigint; len: number | bigint; data: number | bigint }): RustBuffer {
  const capacity = Number(buffer.capacity);
  const len = Number(buffer.len);
  const data = Number(buffer.data);
  return capacity === 0 && len === 0 && data === 0 ? EMPTY_RUST_BUFFER : { capacity, len, data };
}

/** What a struct-path argument looks like to koffi. */
function toKoffi(kind: FfiKind, value: FfiValue): unknown {
  if (kind === 'foreign_bytes') {
    const bytes = value as Uint8Array;
    return { len: bytes.length, data: bytes.length === 0 ? null : bytes };
  }
  return value;
}

/** Status slots of calls nested through callbacks (a Rust call made while another is running). */
const MAX_CALL_DEPTH = 64;
const STATUS_SIZE = 32;

class KoffiLibrary implements NativeLibrary {
  readonly transport = 'koffi';
  private readonly lib: LibraryHandle;
  private readonly abi: HelperAbi;
  private readonly arena: Arena;
  private readonly memory: NativeMemory;
  /** One RustCallStatus per call depth, for plain scaffolding calls. */
  private readonly statuses = Buffer.alloc(STATUS_SIZE * MAX_CALL_DEPTH);
  private readonly statusBase: number;
  private depth = 0;
  private readonly functions = new Map<string, KoffiFunction>();
  private readonly copyOut: (address: number, len: number, into: Buffer, at: number) => void;
  private continuationHandler: ContinuationHandler | undefined;
  private continuationPointer: bigint | undefined;
  private pendingFutures = 0;
  /** A registered koffi callback does not keep Node alive: this timer does while futures are pending. */
  private keepAlive: ReturnType<typeof setInterval> | undefined;

  constructor(
    readonly path: string,
    private readonly crateName: string,
    abi: HelperAbi,
  ) {
    this.lib = koffi.load(path);
    this.abi = abi;
    this.statusBase = Number(koffi.address(this.statuses));
    // A Buffer's backing store never moves, so its address can be handed to Rust.
    const view = Buffer.allocUnsafeSlow(ARENA_SIZE);
    const memcpy = findMemcpy();
    this.copyOut =
      memcpy === undefined
        ? (address, len, into, at) => void into.set(new Uint8Array(koffi.view(address, len)), at)
        : (address, len, into, at) => void memcpy(into.subarray(at, at + len), address, len);
    this.memory = {
      malloc: (len) => Number(koffi.address(koffi.alloc('uint8_t', len))),
      free: (address) => koffi.free(address),
      copyIn: (address, bytes) => new Uint8Array(koffi.view(address, bytes.length)).set(bytes),
    };
    this.arena = new Arena(view, Number(koffi.address(view)), this.memory);
  }

  private fn(symbol: string, result: TypeSpec, args: TypeSpec[]): KoffiFunction {
    const key = `${symbol}:${args.length}`;
    let f = this.functions.get(key);
    if (f === undefined) {
      f = this.lib.func(symbol, result, args);
      this.functions.set(key, f);
    }
    return f;
  }

  private hasSymbol(symbol: string): boolean {
    try {
      this.fn(symbol, 'void', ['uintptr_t', 'uintptr_t']);
      return true;
    } catch {
      return false;
    }
  }

  callReturningU16(symbol: string): number {
    return this.fn(symbol, 'uint16_t', [])() as number;
  }

  callReturningU32(symbol: string): number {
    return this.fn(symbol, 'uint32_t', [])() as number;
  }

  callHandleFunction(symbol: string, handle: bigint): bigint {
    const status = this.enter();
    try {
      const result = this.fn(symbol, 'uint64_t', ['uint64_t', 'uintptr_t'])(handle, status);
      this.checkHelperStatus(symbol, this.readStatus(status));
      return toBigInt(result);
    } finally {
      this.depth--;
    }
  }

  /** Starts a call: the address of its cleared status slot. */
  private enter(): number {
    if (this.depth >= MAX_CALL_DEPTH) {
      throw new RangeError(`more than ${MAX_CALL_DEPTH} Rust calls nested through callbacks`);
    }
    const at = this.depth++ * STATUS_SIZE;
    this.statuses.fill(0, at, at + STATUS_SIZE);
    return this.statusBase + at;
  }

  private readStatus(address: number): CallStatus {
    const at = address - this.statusBase;
    const code = this.statuses.readInt8(at);
    if (code === 0) return SUCCESS;
    const buffer = this.statuses;
    const word = (offset: number): number => buffer.readUInt32LE(at + offset) + buffer.readUInt32LE(at + offset + 4) * 2 ** 32;
    const errorBuf = readStructBuffer({ capacity: word(8), len: word(16), data: word(24) });
    return { code, errorBuf };
  }

  prepare(declaration: FfiFunctionDeclaration): ScaffoldingCall {
    const { symbol, args, returns } = declaration;
    const hasStatus = declaration.future === undefined;
    const structs = args.some(isStructKind) || isStructKind(returns);
    // koffi turns a returned float into a number through N-API, which drops NaN payloads; the
    // twin's return array keeps every bit.
    const floatReturn = returns === 'f32' || returns === 'f64';
    if ((structs || floatReturn) && this.hasSymbol(ffiBufferSymbol(symbol))) {
      const twinSymbol = ffiBufferSymbol(symbol);
      const twin = this.fn(twinSymbol, 'void', ['uintptr_t', 'uintptr_t']);
      const invoke = (argsAddress: number, retAddress: number): void => void twin(argsAddress, retAddress);
      return (values) => this.arena.callFfiBuffer(twinSymbol, args, values, returns, hasStatus, invoke);
    }
    const types = args.map(koffiType);
    if (hasStatus) types.push('uintptr_t');
    const f = this.fn(symbol, koffiType(returns), types);
    if (!hasStatus) {
      return (values) => ({ value: fromKoffi(returns, f(...values)), status: SUCCESS });
    }
    return (values) => {
      const status = this.enter();
      try {
        const call = structs ? values.map((value, i) => toKoffi(args[i] as FfiKind, value)) : [...values];
        call.push(status);
        const value = fromKoffi(returns, f(...call));
        return { value, status: this.readStatus(status) };
      } finally {
        this.depth--;
      }
    };
  }

  private checkHelperStatus(what: string, status: CallStatus): void {
    if (status.code !== 0) throw helperFailure(what, status, () => this.takeString(status.errorBuf));
  }

  // ---- RustBuffers --------------------------------------------------------------------------

  private helper(name: string): string {
    return helperSymbol(this.crateName, name);
  }

  rustBufferFromBytes(bytes: Uint8Array): RustBuffer {
    const len = bytes.length;
    if (len === 0) return EMPTY_RUST_BUFFER;
    if (this.abi === 'struct') {
      return this.structHelper('rustbuffer_from_bytes', [FOREIGN_BYTES], [{ len, data: bytes }]);
    }
    if (len <= DATA_SIZE) {
      this.arena.view.set(bytes, DATA);
      return this.fromScratch(len);
    }
    const buffer = this.allocate(len);
    this.memory.copyIn(buffer.data, bytes);
    return buffer;
  }

  rustBufferFromString(value: string): RustBuffer {
    if (value.length === 0) return EMPTY_RUST_BUFFER;
    // At most 3 bytes per UTF-16 unit.
    if (this.abi === 'sysv-x64' && value.length * 3 <= DATA_SIZE) {
      return this.fromScratch(this.arena.view.write(value, DATA, 'utf8'));
    }
    return this.rustBufferFromBytes(Buffer.from(value, 'utf8'));
  }

  /** A helper returning a RustBuffer by value, through koffi's structs. */
  private structHelper(name: string, types: TypeSpec[], values: unknown[]): RustBuffer {
    const arena = this.arena;
    arena.clearStatus();
    const result = this.fn(this.helper(name), RUST_BUFFER, [...types, 'uintptr_t'])(...values, arena.address(STATUS));
    this.checkHelperStatus(name, arena.readStatus());
    return readStructBuffer(result as RustBuffer);
  }

  private fromScratch(len: number): RustBuffer {
    const arena = this.arena;
    arena.clearStatus();
    // System V: hidden return pointer, the 16-byte ForeignBytes in two registers, the status.
    const f = this.fn(this.helper('rustbuffer_from_bytes'), 'void', ['uintptr_t', 'int32_t', 'uintptr_t', 'uintptr_t']);
    f(arena.address(OUT), len, arena.address(DATA), arena.address(STATUS));
    this.checkHelperStatus('rustbuffer_from_bytes', arena.readStatus());
    return arena.readRustBuffer(OUT);
  }

  private allocate(len: number): RustBuffer {
    const arena = this.arena;
    arena.clearStatus();
    const f = this.fn(this.helper('rustbuffer_alloc'), 'void', ['uintptr_t', 'uint64_t', 'uintptr_t']);
    f(arena.address(OUT), len, arena.address(STATUS));
    this.checkHelperStatus('rustbuffer_alloc', arena.readStatus());
    return arena.readRustBuffer(OUT);
  }

  rustBufferFree(buffer: RustBuffer): void {
    if (buffer.data === 0 && buffer.capacity === 0) return;
    const arena = this.arena;
    arena.clearStatus();
    const name = this.helper('rustbuffer_free');
    if (this.abi === 'struct') {
      this.fn(name, 'void', [RUST_BUFFER, 'uintptr_t'])(buffer, arena.address(STATUS));
    } else {
      const types = Array.from({ length: SYSV_FREE_ARGUMENT_COUNT }, () => 'uint64_t');
      this.fn(name, 'void', types)(...sysvFreeArguments(buffer.capacity, buffer.len, buffer.data, arena.address(STATUS)));
    }
    this.checkHelperStatus('rustbuffer_free', arena.readStatus());
  }

  rustBufferBytes(buffer: RustBuffer): Uint8Array {
    const len = buffer.len;
    if (len === 0) return new Uint8Array(0);
    const out = Buffer.allocUnsafe(len);
    this.copyOut(buffer.data, len, out, 0);
    return new Uint8Array(out.buffer, out.byteOffset, len);
  }

  takeString(buffer: RustBuffer): string {
    try {
      const len = buffer.len;
      if (len === 0) return '';
      if (len <= DATA_SIZE) {
        this.copyOut(buffer.data, len, this.arena.view, DATA);
        return this.arena.view.toString('utf8', DATA, DATA + len);
      }
      return Buffer.from(this.rustBufferBytes(buffer)).toString('utf8');
    } finally {
      this.rustBufferFree(buffer);
    }
  }

  takeBytes(buffer: RustBuffer): Uint8Array {
    try {
      return this.rustBufferBytes(buffer);
    } finally {
      this.rustBufferFree(buffer);
    }
  }

  // ---- futures ------------------------------------------------------------------------------

  setContinuationHandler(handler: ContinuationHandler): void {
    this.continuationHandler = handler;
  }

  retainContinuation(): void {
    if (this.pendingFutures++ === 0 && this.keepAlive === undefined) {
      this.keepAlive = setInterval(() => {}, 2 ** 30);
    }
  }

  releaseContinuation(): void {
    if (--this.pendingFutures === 0 && this.keepAlive !== undefined) {
      clearInterval(this.keepAlive);
      this.keepAlive = undefined;
    }
  }

  /**
   * The one continuation callback, registered on first use and kept: koffi calls it on the JS
   * thread, directly when Rust calls it there, queued when Rust calls it from another thread.
   */
  private continuation(): bigint {
    if (this.continuationPointer === undefined) {
      const handler = this.continuationHandler;
      if (handler === undefined) throw new Error('no continuation handler installed');
      this.continuationPointer = koffi.register((data: number | bigint, code: number) => handler(Number(data), code), CONTINUATION);
    }
    return this.continuationPointer;
  }

  private futureHelper(operation: string, kind: FfiKind): string {
    return this.helper(`rust_future_${operation}_${futureSuffix(kind)}`);
  }

  futurePoll(returnKind: FfiKind, handle: bigint, data: number): void {
    this.fn(this.futureHelper('poll', returnKind), 'void', ['uint64_t', 'uintptr_t', 'uint64_t'])(handle, this.continuation(), data);
  }

  futureCancel(returnKind: FfiKind, handle: bigint): void {
    this.fn(this.futureHelper('cancel', returnKind), 'void', ['uint64_t'])(handle);
  }

  futureFree(returnKind: FfiKind, handle: bigint): void {
    this.fn(this.futureHelper('free', returnKind), 'void', ['uint64_t'])(handle);
  }

  futureComplete(returnKind: FfiKind, handle: bigint): CallResult {
    const symbol = this.futureHelper('complete', returnKind);
    const arena = this.arena;
    const status = arena.address(STATUS);
    arena.clearStatus();
    let value: FfiValue;
    if (returnKind === 'rust_buffer' && this.abi === 'sysv-x64') {
      this.fn(symbol, 'void', ['uintptr_t', 'uint64_t', 'uintptr_t'])(arena.address(OUT), handle, status);
      value = arena.readRustBuffer(OUT);
    } else {
      value = fromKoffi(returnKind, this.fn(symbol, koffiType(returnKind), ['uint64_t', 'uintptr_t'])(handle, status));
    }
    return { value, status: arena.readStatus() };
  }
}

/** The C library's memcpy, where the process exports it (Linux, macOS, the BSDs); else koffi views. */
function findMemcpy(): ((into: Buffer, address: number, len: number) => unknown) | undefined {
  try {
    return koffi.load(null).func('memcpy', 'void *', ['void *', 'uintptr_t', 'uintptr_t']) as (
      into: Buffer,
      address: number,
      len: number,
    ) => unknown;
  } catch {
    return undefined;
  }
}

/** The koffi transport; `abi` chooses how the RustBuffer helpers are called (tests force the portable path). */
export function koffiTransport(abi: HelperAbi = helperAbi()): Transport {
  return { name: 'koffi', open: (path, crateName) => new KoffiLibrary(path, crateName, abi) };
}

/**
 * The koffi transport, with the helper ABI of this platform. `UNIFFI_TS_KOFFI_PORTABLE=1` forces
 * koffi's own struct handling everywhere (the path every non-x86-64 platform takes), to test it.
 */
export const transport: Transport = koffiTransport(process.env.UNIFFI_TS_KOFFI_PORTABLE === '1' ? 'struct' : helperAbi());
