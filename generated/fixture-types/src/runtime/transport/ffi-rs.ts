/**
 * The ffi-rs backend (the default transport).
 *
 * ffi-rs re-parses its type descriptors on every call, leaks a few hundred bytes per call whose
 * signature passes or returns a struct by value, has no f32 return, and loses precision on 64-bit
 * numbers (see the README, "Transports"). This backend therefore only ever makes *scalar* calls:
 *
 * - Scaffolding functions are called through their FFI-buffer twins,
 *   `uniffi_ffibuffer_<name>(args: *mut u64, ret: *mut u64)`, with both arrays in a native
 *   scratch {@link Arena}: exact 64-bit integers, f32, no struct by value. Crates must enable
 *   uniffi's `scaffolding-ffi-buffer-fns`.
 * - The RustBuffer helpers are declared with their x86-64 System V scalar signatures
 *   (`c-abi.ts`); other platforms are refused with a pointer to the koffi transport.
 * - Bytes move between JavaScript and Rust memory with the C library's `memcpy`.
 */
import {
  createExternalBuffer,
  DataType,
  freePointer,
  funcConstructor,
  load,
  open,
  PointerType,
  createPointer,
  unwrapPointer,
} from 'ffi-rs';
import type { FieldType, JsExternal } from 'ffi-rs';
import { EMPTY_RUST_BUFFER, futureSuffix } from '../ffi-types';
import { arch, loadedModules, onMainThread, onThreadExit, platform } from '../host';
import type { FfiFunctionDeclaration, FfiKind, FfiValue, RustBuffer } from '../ffi-types';
import { Arena, ARENA_SIZE, DATA, DATA_SIZE, OUT, STATUS } from './arena';
import type { NativeMemory } from './arena';
import { BackendLibrary } from './backend';
import { RustBufferPool } from './buffer-pool';
import { helperAbi, SYSV_FREE_ARGUMENT_COUNT, sysvFreeArguments } from './c-abi';
import { ffiBufferSymbol, helperFailure, helperSymbol, narrowInteger } from './native';
import type { CallResult, ContinuationHandler, NativeLibrary, ScaffoldingCall, Transport } from './native';

const { I32, I64, U8, BigInt: BIGINT, Double, Void, External, U8Array } = DataType;

function checkPlatform(): void {
  if (helperAbi() !== 'sysv-x64') {
    throw new Error(
      `the ffi-rs transport runs on x86-64 Linux and macOS only, not ${platform}-${arch}: ` +
        'regenerate the package with --transport koffi, which runs everywhere (README, "Transports")',
    );
  }
}

function cLibraryCandidates(): string[] {
  switch (platform) {
    case 'darwin':
      return ['/usr/lib/libSystem.B.dylib'];
    default:
      return ['libc.so.6', 'libc.so', 'libc.musl-x86_64.so.1'];
  }
}

let cLibrary: string | undefined;
let addonPinned = false;

/**
 * Keeps the ffi-rs addon mapped for the life of the process. Node unloads an addon that only a
 * worker loaded when that worker ends, but ffi-rs has left thread-local destructors behind, which
 * then run in unmapped code (a segfault at worker exit). Opening the addon's own file once more
 * through ffi-rs, and never closing it, keeps it mapped.
 */
function pinAddon(): void {
  if (addonPinned) return;
  addonPinned = true;
  const addon = loadedModules().find((path) => path.endsWith('.node') && /[\\/]ffi-rs[^\\/]*[\\/]/.test(path));
  if (addon !== undefined) open({ library: `uniffi-bindgen-ts:pin:${addon}`, path: addon });
}

function openCLibrary(): string {
  if (cLibrary !== undefined) return cLibrary;
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
  throw new Error(`cannot open the C library for memcpy (${errors.join('; ')})`);
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

const FREE_TYPES: FieldType[] = Array.from({ length: SYSV_FREE_ARGUMENT_COUNT }, () => I64);

class FfiRsLibrary extends BackendLibrary implements NativeLibrary {
  readonly transport = 'ffi-rs';
  private readonly key: string;
  protected readonly arena: Arena;
  private readonly memory: NativeMemory;
  private readonly pool = new RustBufferPool();
  private readonly functions = new Map<string, NativeFunction>();
  private continuationHandler: ContinuationHandler | undefined;
  private continuationPointer: JsExternal[] | undefined;
  private continuationReleasePending = false;
  private readonly memcpyToAddress: NativeFunction;
  private readonly memcpyToBuffer: NativeFunction;
  private readonly rustBufferFreeCall: NativeFunction;
  private readonly fromBytesCall: NativeFunction;
  private readonly allocCall: NativeFunction;

  constructor(
    readonly path: string,
    private readonly crateName: string,
  ) {
    super();
    checkPlatform();
    pinAddon();
    const libc = openCLibrary();
    // ffi-rs keeps one global table of libraries by key, shared by every copy of this runtime (one
    // per generated package): the key must name the file, so that two packages never collide.
    this.key = `uniffi-bindgen-ts:${path}`;
    open({ library: this.key, path });
    const malloc = new NativeFunction(libc, 'malloc', [I64], I64);
    const free = new NativeFunction(libc, 'free', [I64], Void);
    const memcpyFromBuffer = new NativeFunction(libc, 'memcpy', [I64, U8Array, I64], I64);
    // The arena is allocated once and lives as long as the library, freed only when a worker
    // thread that opened it ends (see releaseAtThreadExit).
    const base = malloc.call([ARENA_SIZE]) as number;
    if (!base) throw new Error('cannot allocate the native scratch arena');
    // memcpy returns its destination: the cheapest way to turn an address into an ffi-rs External.
    const external = new NativeFunction(libc, 'memcpy', [I64, I64, I64], External).call([base, base, 0]);
    this.memory = {
      malloc: (len) => malloc.call([len]) as number,
      free: (address) => void free.call([address]),
      copyIn: (address, bytes) =>
        void memcpyFromBuffer.call([address, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), bytes.length]),
    };
    this.arena = new Arena(createExternalBuffer(external as JsExternal, ARENA_SIZE), base, this.memory);
    this.memcpyToAddress = new NativeFunction(libc, 'memcpy', [I64, I64, I64], I64);
    this.memcpyToBuffer = new NativeFunction(libc, 'memcpy', [U8Array, I64, I64], I64);
    this.rustBufferFreeCall = this.fn(helperSymbol(crateName, 'rustbuffer_free'), FREE_TYPES, Void);
    // RustBuffer rustbuffer_from_bytes(ForeignBytes { i32 len, u8* data }, RustCallStatus*):
    // hidden return pointer, then the 16-byte ForeignBytes in two registers, then the status.
    this.fromBytesCall = this.fn(helperSymbol(crateName, 'rustbuffer_from_bytes'), [I64, I64, I64, I64], I64);
    // RustBuffer rustbuffer_alloc(u64 size, RustCallStatus*), hidden return pointer first.
    this.allocCall = this.fn(helperSymbol(crateName, 'rustbuffer_alloc'), [I64, I64, I64], I64);
    // A worker's memory outlives it in the process. Registered after the objects module's own
    // 'exit' listener (it loaded before any library opened), so objects are freed first.
    if (!onMainThread) onThreadExit(() => this.releaseAtThreadExit(base));
  }

  /** The worker is ending: kept buffers go back to Rust, the arena to the C allocator. */
  private releaseAtThreadExit(base: number): void {
    for (const buffer of this.pool.drain()) {
      try {
        this.freeRustBuffer(buffer);
      } catch {
        // The thread is ending: free the rest.
      }
    }
    this.arena.retire();
    this.memory.free(base);
  }

  private fn(symbol: string, paramsType: FieldType[], retType: FieldType): NativeFunction {
    let f = this.functions.get(symbol);
    if (f === undefined) {
      f = new NativeFunction(this.key, symbol, paramsType, retType);
      this.functions.set(symbol, f);
    }
    return f;
  }

  callReturningU16(symbol: string): number {
    return (this.fn(symbol, [], I32).call([]) as number) & 0xffff;
  }

  callReturningU32(symbol: string): number {
    return (this.fn(symbol, [], I32).call([]) as number) >>> 0;
  }

  callHandleFunction(symbol: string, handle: bigint): bigint {
    this.arena.clearStatus();
    const result = this.fn(symbol, [BIGINT, I64], BIGINT).call([handle, this.arena.address(STATUS)]) as bigint;
    this.checkHelperStatus(symbol);
    return BigInt.asUintN(64, result);
  }

  prepare(declaration: FfiFunctionDeclaration): ScaffoldingCall {
    const symbol = ffiBufferSymbol(declaration.symbol);
    const f = this.fn(symbol, [I64, I64], Void);
    const { args, returns } = declaration;
    const hasStatus = declaration.future === undefined;
    const invoke = (argsAddress: number, retAddress: number): void => void f.call([argsAddress, retAddress]);
    const frame = this.arena.frame(symbol, args, returns, hasStatus);
    return (values) => frame(values, invoke);
  }

  registerVtable(initSymbol: string): void {
    // ffi-rs runs a JavaScript callback only after the C call returns: a result could not reach Rust in time.
    throw new Error(
      `${initSymbol}: callbacks into JavaScript need the koffi transport (regenerate with --transport koffi)`,
    );
  }

  private checkHelperStatus(what: string): void {
    const status = this.arena.readStatus();
    if (status.code !== 0) throw helperFailure(what, status, () => this.takeString(status.errorBuf));
  }

  // ---- RustBuffers --------------------------------------------------------------------------

  rustBufferFromBytes(bytes: Uint8Array): RustBuffer {
    const len = bytes.length;
    if (len === 0) return EMPTY_RUST_BUFFER;
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
    if (value.length * 3 <= DATA_SIZE) {
      return this.fromScratch(this.arena.view.write(value, DATA, 'utf8'));
    }
    return this.rustBufferFromBytes(Buffer.from(value, 'utf8'));
  }

  private fromScratch(len: number): RustBuffer {
    const arena = this.arena;
    const kept = this.pool.take(len);
    if (kept !== undefined) {
      this.memcpyToAddress.call([kept.data, arena.address(DATA), len]);
      return { capacity: kept.capacity, len, data: kept.data };
    }
    arena.clearStatus();
    this.fromBytesCall.call([arena.address(OUT), len, arena.address(DATA), arena.address(STATUS)]);
    this.checkHelperStatus('rustbuffer_from_bytes');
    return arena.readRustBuffer(OUT);
  }

  private allocate(len: number): RustBuffer {
    const arena = this.arena;
    arena.clearStatus();
    this.allocCall.call([arena.address(OUT), len, arena.address(STATUS)]);
    this.checkHelperStatus('rustbuffer_alloc');
    return arena.readRustBuffer(OUT);
  }

  rustBufferFree(buffer: RustBuffer): void {
    if ((buffer.data === 0 && buffer.capacity === 0) || this.pool.keep(buffer)) return;
    this.freeRustBuffer(buffer);
  }

  private freeRustBuffer(buffer: RustBuffer): void {
    this.arena.clearStatus();
    this.rustBufferFreeCall.call(
      sysvFreeArguments(buffer.capacity, buffer.len, buffer.data, this.arena.address(STATUS)),
    );
    this.checkHelperStatus('rustbuffer_free');
  }

  rustBufferBytes(buffer: RustBuffer): Uint8Array {
    const len = buffer.len;
    if (len === 0) return new Uint8Array(0);
    if (len <= DATA_SIZE) {
      this.memcpyToAddress.call([this.arena.address(DATA), buffer.data, len]);
      return new Uint8Array(this.arena.view.subarray(DATA, DATA + len));
    }
    const out = Buffer.allocUnsafe(len);
    this.memcpyToBuffer.call([out, buffer.data, len]);
    return new Uint8Array(out.buffer, out.byteOffset, len);
  }

  copyRustBuffer(buffer: RustBuffer, into: Uint8Array): void {
    const len = buffer.len;
    if (len === 0) return;
    if (len <= DATA_SIZE) {
      this.memcpyToAddress.call([this.arena.address(DATA), buffer.data, len]);
      into.set(this.arena.view.subarray(DATA, DATA + len));
    } else {
      this.memcpyToBuffer.call([Buffer.from(into.buffer, into.byteOffset, len), buffer.data, len]);
    }
  }

  protected copyToArena(address: number, len: number): void {
    this.memcpyToAddress.call([this.arena.address(DATA), address, len]);
  }

  // ---- futures ------------------------------------------------------------------------------

  setContinuationHandler(handler: ContinuationHandler): void {
    this.continuationHandler = handler;
  }

  /**
   * The native callback exists only while futures are pending, because a registered ffi-rs
   * callback keeps Node's event loop alive.
   */
  protected firstFuturePending(): void {
    this.continuationReleasePending = false;
  }

  protected lastFutureSettled(): void {
    if (this.continuationPointer !== undefined && !this.continuationReleasePending) {
      this.continuationReleasePending = true;
      // Deferred so that `await a(); await b();` reuses the callback instead of re-creating it.
      // Safe: with no future pending, Rust holds no continuation to call.
      setImmediate(() => {
        if (this.continuationReleasePending && this.futuresPending === 0) this.freeContinuation();
      });
    }
  }

  private continuationType(): FieldType {
    return funcConstructor({ paramsType: [I64, U8], retType: Void });
  }

  private continuation(): JsExternal {
    if (this.continuationPointer === undefined) {
      const handler = this.continuationHandler;
      if (handler === undefined) throw new Error('no continuation handler installed');
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

  private futureHelper(operation: string, kind: FfiKind): string {
    return helperSymbol(this.crateName, `rust_future_${operation}_${futureSuffix(kind)}`);
  }

  futurePoll(returnKind: FfiKind, handle: bigint, data: number): void {
    this.fn(this.futureHelper('poll', returnKind), [BIGINT, External, I64], Void).call([
      handle,
      this.continuation(),
      data,
    ]);
  }

  futureCancel(returnKind: FfiKind, handle: bigint): void {
    this.fn(this.futureHelper('cancel', returnKind), [BIGINT], Void).call([handle]);
  }

  futureFree(returnKind: FfiKind, handle: bigint): void {
    this.fn(this.futureHelper('free', returnKind), [BIGINT], Void).call([handle]);
  }

  futureComplete(returnKind: FfiKind, handle: bigint): CallResult {
    const symbol = this.futureHelper('complete', returnKind);
    const arena = this.arena;
    const status = arena.address(STATUS);
    arena.clearStatus();
    let value: FfiValue;
    switch (returnKind) {
      case 'rust_buffer':
        // Hidden return pointer first (System V, a 24-byte struct).
        this.fn(symbol, [I64, BIGINT, I64], I64).call([arena.address(OUT), handle, status]);
        value = arena.readRustBuffer(OUT);
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
    return { value, status: arena.readStatus() };
  }
}

const floatScratch = new DataView(new ArrayBuffer(8));

function lowFloat32(register: number): number {
  floatScratch.setFloat64(0, register, true);
  return floatScratch.getFloat32(0, true);
}

/** The ffi-rs transport. */
export const transport: Transport = {
  name: 'ffi-rs',
  open: (path, crateName) => new FfiRsLibrary(path, crateName),
};
