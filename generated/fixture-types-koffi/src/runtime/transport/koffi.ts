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
import { environment, onMainThread, onThreadExit } from '../host';
import type { FfiFunctionDeclaration, FfiKind, FfiValue, RustBuffer } from '../ffi-types';
import { Arena, ARENA_SIZE, DATA, DATA_SIZE, OUT, STATUS } from './arena';
import type { NativeMemory } from './arena';
import { BackendLibrary } from './backend';
import {
  findMemcpy,
  guard,
  RUST_BUFFER,
  FOREIGN_BYTES,
  CONTINUATION,
  CALL_STATUS,
  VTABLE_FREE,
  VTABLE_CLONE,
  FOREIGN_FUTURE_DROPPED,
  DROPPED_CALLBACK_STRUCT,
  koffiType,
  toBigInt,
  fromKoffi,
  readStructBuffer,
  toKoffi,
  callWith,
  callWithout,
} from './koffi/c-types';
import type { TypeSpec, Invoke } from './koffi/c-types';
import { pinForProcess } from './koffi/pin';
import { helperAbi, SYSV_FREE_ARGUMENT_COUNT, sysvFreeArguments } from './c-abi';
import type { HelperAbi } from './c-abi';
import { RustBufferPool } from './buffer-pool';
import { ffiBufferSymbol, helperFailure, helperSymbol, SUCCESS } from './native';
import type {
  CallResult,
  CallStatus,
  ContinuationHandler,
  NativeLibrary,
  ScaffoldingCall,
  Transport,
  Vtable,
  VtableMethod,
} from './native';

/** Status slots of calls nested through callbacks (a Rust call made while another is running). */
const MAX_CALL_DEPTH = 64;
const STATUS_SIZE = 32;

/** The per-crate RustBuffer helpers, called one way or the other (see `c-abi.ts`). */
interface RustBufferHelpers {
  /** `rustbuffer_from_bytes` of `len` bytes at `data` in the arena (sysv) or of `bytes` (struct). */
  fromBytes(bytes: Uint8Array): RustBuffer;
  /** `rustbuffer_from_bytes` of the first `len` bytes of the arena's data area. */
  fromArenaData(len: number): RustBuffer;
  free(buffer: RustBuffer): void;
  /** `rust_future_complete_rust_buffer`. */
  complete(symbol: string, handle: bigint): RustBuffer;
}

/** The four `rust_future_*` functions of one return kind. */
interface FutureFunctions {
  readonly poll: Invoke;
  readonly cancel: Invoke;
  readonly free: Invoke;
  readonly complete: Invoke;
  readonly completeSymbol: string;
}

class KoffiLibrary extends BackendLibrary implements NativeLibrary {
  readonly transport = 'koffi';
  private readonly lib: LibraryHandle;
  protected readonly arena: Arena;
  private readonly memory: NativeMemory;
  private readonly helpers: RustBufferHelpers;
  private readonly pool = new RustBufferPool();
  /** memcpy between native addresses, where the process exports it. */
  private readonly copyIn: ((to: number, from: number, len: number) => unknown) | undefined;
  /** One RustCallStatus per call depth, for plain scaffolding calls and handle calls. */
  private readonly statuses = Buffer.alloc(STATUS_SIZE * MAX_CALL_DEPTH);
  private readonly statusBase: number;
  private depth = 0;
  /** Copies `len` bytes at `address` to the start of `into`, or of the arena's data area. */
  private readonly copyOut: (address: number, len: number, into?: Uint8Array) => void;
  private readonly handleFunctions = new Map<string, Invoke>();
  private readonly futureFunctions = new Map<FfiKind, FutureFunctions>();
  private continuationHandler: ContinuationHandler | undefined;
  private readonly continuationPointer: bigint;
  /** A registered koffi callback does not keep Node alive: this timer does while futures are pending. */
  private keepAlive: ReturnType<typeof setInterval> | undefined;

  constructor(
    readonly path: string,
    private readonly crateName: string,
    abi: HelperAbi,
  ) {
    super();
    this.lib = koffi.load(path);
    pinForProcess(path);
    this.statusBase = Number(koffi.address(this.statuses));
    // A Buffer's backing store never moves, so its address can be handed to Rust.
    const view = Buffer.allocUnsafeSlow(ARENA_SIZE);
    const base = Number(koffi.address(view));
    const memcpy = findMemcpy();
    this.copyIn = memcpy?.toAddress;
    const data = base + DATA;
    this.copyOut =
      memcpy === undefined
        ? (address, len, into) => void (into ?? view.subarray(DATA)).set(new Uint8Array(koffi.view(address, len)))
        : (address, len, into) =>
            void (into === undefined ? memcpy.toAddress(data, address, len) : memcpy.toBuffer(into, address, len));
    this.memory = {
      malloc: (len) => Number(koffi.address(koffi.alloc('uint8_t', len))),
      free: (address) => koffi.free(address),
      copyIn: (address, bytes) => new Uint8Array(koffi.view(address, bytes.length)).set(bytes),
    };
    this.arena = new Arena(view, base, this.memory);
    this.helpers = abi === 'sysv-x64' ? this.sysvHelpers() : this.structHelpers();
    this.continuationPointer = koffi.register((data: number | bigint, code: number) => {
      const handler = this.continuationHandler;
      if (handler !== undefined) guard(() => handler(Number(data), code));
    }, CONTINUATION);
    // A worker's kept buffers would outlive it in the process (the arena is JavaScript memory).
    if (!onMainThread) onThreadExit(() => this.releaseAtThreadExit());
  }

  /** The worker is ending: kept buffers go back to Rust. */
  private releaseAtThreadExit(): void {
    for (const buffer of this.pool.drain()) {
      try {
        this.helpers.free(buffer);
      } catch {
        // The thread is ending: free the rest.
      }
    }
  }

  private helper(name: string): string {
    return helperSymbol(this.crateName, name);
  }

  private func(symbol: string, result: TypeSpec, args: TypeSpec[]): Invoke {
    return this.lib.func(symbol, result, args) as Invoke;
  }

  /** The helpers as System V scalar calls, through the arena's out-slot and status. */
  private sysvHelpers(): RustBufferHelpers {
    const arena = this.arena;
    const out = arena.address(OUT);
    const status = arena.address(STATUS);
    const data = arena.address(DATA);
    // RustBuffer f(ForeignBytes, RustCallStatus*): hidden return pointer, the 16-byte
    // ForeignBytes in two registers, the status.
    const fromBytes = this.func(this.helper('rustbuffer_from_bytes'), 'void', [
      'uintptr_t',
      'int32_t',
      'uintptr_t',
      'uintptr_t',
    ]);
    const alloc = this.func(this.helper('rustbuffer_alloc'), 'void', ['uintptr_t', 'uint64_t', 'uintptr_t']);
    const freeTypes = Array.from({ length: SYSV_FREE_ARGUMENT_COUNT }, () => 'uintptr_t');
    const free = this.func(this.helper('rustbuffer_free'), 'void', freeTypes);
    const complete = new Map<string, Invoke>();
    const fromArenaData = (len: number): RustBuffer => {
      arena.clearStatus();
      fromBytes(out, len, data, status);
      this.checkHelperStatus('rustbuffer_from_bytes', arena.readStatus());
      return arena.readRustBuffer(OUT);
    };
    return {
      fromArenaData,
      fromBytes: (bytes) => {
        if (bytes.length <= DATA_SIZE) {
          arena.view.set(bytes, DATA);
          return fromArenaData(bytes.length);
        }
        arena.clearStatus();
        alloc(out, bytes.length, status);
        this.checkHelperStatus('rustbuffer_alloc', arena.readStatus());
        const buffer = arena.readRustBuffer(OUT);
        this.memory.copyIn(buffer.data, bytes);
        return buffer;
      },
      free: (buffer) => {
        arena.clearStatus();
        free(...sysvFreeArguments(buffer.capacity, buffer.len, buffer.data, status));
        this.checkHelperStatus('rustbuffer_free', arena.readStatus());
      },
      complete: (symbol, handle) => {
        let f = complete.get(symbol);
        if (f === undefined) {
          f = this.func(symbol, 'void', ['uintptr_t', 'uint64_t', 'uintptr_t']);
          complete.set(symbol, f);
        }
        f(out, handle, status);
        return arena.readRustBuffer(OUT);
      },
    };
  }

  /** The helpers with koffi's struct-by-value support: the portable way. */
  private structHelpers(): RustBufferHelpers {
    const arena = this.arena;
    const status = arena.address(STATUS);
    const fromBytes = this.func(this.helper('rustbuffer_from_bytes'), RUST_BUFFER, [FOREIGN_BYTES, 'uintptr_t']);
    const free = this.func(this.helper('rustbuffer_free'), 'void', [RUST_BUFFER, 'uintptr_t']);
    const complete = new Map<string, Invoke>();
    const fromBytesStruct = (bytes: Uint8Array): RustBuffer => {
      arena.clearStatus();
      const buffer = fromBytes({ len: bytes.length, data: bytes }, status) as RustBuffer;
      this.checkHelperStatus('rustbuffer_from_bytes', arena.readStatus());
      return readStructBuffer(buffer);
    };
    return {
      fromBytes: fromBytesStruct,
      fromArenaData: (len) => fromBytesStruct(arena.view.subarray(DATA, DATA + len)),
      free: (buffer) => {
        arena.clearStatus();
        free(buffer, status);
        this.checkHelperStatus('rustbuffer_free', arena.readStatus());
      },
      complete: (symbol, handle) => {
        let f = complete.get(symbol);
        if (f === undefined) {
          f = this.func(symbol, RUST_BUFFER, ['uint64_t', 'uintptr_t']);
          complete.set(symbol, f);
        }
        return readStructBuffer(f(handle, status) as RustBuffer);
      },
    };
  }

  private hasSymbol(symbol: string): boolean {
    try {
      this.func(symbol, 'void', []);
      return true;
    } catch {
      return false;
    }
  }

  callReturningU16(symbol: string): number {
    return this.func(symbol, 'uint16_t', [])() as number;
  }

  callReturningU32(symbol: string): number {
    return this.func(symbol, 'uint32_t', [])() as number;
  }

  callHandleFunction(symbol: string, handle: bigint): bigint {
    let f = this.handleFunctions.get(symbol);
    if (f === undefined) {
      f = this.func(symbol, 'uint64_t', ['uint64_t', 'uintptr_t']);
      this.handleFunctions.set(symbol, f);
    }
    const status = this.enter();
    try {
      const result = f(handle, status);
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
    // Rust writes the error buffer only along with a non-zero code.
    this.statuses[at] = 0;
    return this.statusBase + at;
  }

  private readStatus(address: number): CallStatus {
    const at = address - this.statusBase;
    const buffer = this.statuses;
    if (buffer[at] === 0) return SUCCESS;
    const word = (offset: number): number =>
      buffer.readUInt32LE(at + offset) + buffer.readUInt32LE(at + offset + 4) * 2 ** 32;
    const errorBuf = readStructBuffer({ capacity: word(8), len: word(16), data: word(24) });
    return { code: buffer.readInt8(at), errorBuf };
  }

  prepare(declaration: FfiFunctionDeclaration): ScaffoldingCall {
    const { symbol, args, returns } = declaration;
    const hasStatus = declaration.future === undefined;
    const structs = args.some(isStructKind) || isStructKind(returns);
    // koffi turns a returned float into a number through N-API, which drops NaN payloads; the
    // twin's return array keeps every bit.
    const floatReturn = returns === 'f32' || returns === 'f64';
    const twinSymbol = ffiBufferSymbol(symbol);
    if ((structs || floatReturn) && this.hasSymbol(twinSymbol)) {
      const twin = this.func(twinSymbol, 'void', ['uintptr_t', 'uintptr_t']);
      const frame = this.arena.frame(twinSymbol, args, returns, hasStatus);
      return (values) => frame(values, twin);
    }
    const types = args.map(koffiType);
    if (hasStatus) types.push('uintptr_t');
    const f = this.func(symbol, koffiType(returns), types);
    const toArguments = structs
      ? (values: readonly FfiValue[]) => values.map((value, i) => toKoffi(args[i] as FfiKind, value))
      : undefined;
    if (!hasStatus) {
      return (values) => ({
        value: fromKoffi(returns, callWithout(f, toArguments?.(values) ?? values)),
        status: SUCCESS,
      });
    }
    return (values) => {
      const status = this.enter();
      try {
        const value = fromKoffi(returns, callWith(f, toArguments?.(values) ?? values, status));
        return { value, status: this.readStatus(status) };
      } finally {
        this.depth--;
      }
    };
  }

  // ---- callbacks into JavaScript --------------------------------------------------------------

  /** Registered callbacks and vtable memory: referenced by Rust for the life of the process. */
  private readonly vtableMemory: unknown[] = [];
  /** Async foreign calls Rust may still drop, by the key Rust hands back to the dropped callback. */
  private readonly droppedHandlers = new Map<number, () => void>();
  private nextDroppedKey = 1;
  private droppedPointer: bigint | undefined;
  /** `ForeignFutureComplete<kind>` prototypes and their result structs, by kind. */
  private readonly completions = new Map<FfiKind, { proto: TypeObject; result: TypeObject }>();

  registerVtable(initSymbol: string, vtable: Vtable): void {
    const fields: Record<string, TypeObject> = { uniffi_free: VTABLE_FREE, uniffi_clone: VTABLE_CLONE };
    const values: Record<string, bigint> = {
      uniffi_free: this.keep(
        koffi.register((handle: number | bigint) => guard(() => vtable.free(toBigInt(handle))), VTABLE_FREE),
      ),
      uniffi_clone: this.keep(
        koffi.register((handle: number | bigint) => guard(() => vtable.clone(toBigInt(handle))) ?? 0n, VTABLE_CLONE),
      ),
    };
    vtable.methods.forEach((method, i) => {
      const name = `method${i}`;
      const args = method.args.map(koffiType);
      if (method.kind === 'sync') {
        const type = koffi.pointer(koffi.proto('void', ['uint64_t', ...args, 'void *', 'void *']));
        fields[name] = type;
        values[name] = this.keep(koffi.register((...raw: unknown[]) => this.syncSlot(method, raw), type));
      } else {
        const type = koffi.pointer(koffi.proto('void', ['uint64_t', ...args, 'void *', 'uint64_t', 'void *']));
        fields[name] = type;
        values[name] = this.keep(koffi.register((...raw: unknown[]) => this.asyncSlot(method, raw), type));
      }
    });
    // Registered now, outside any native call: Rust may need it from within one.
    if (vtable.methods.some((method) => method.kind === 'async')) this.droppedCallback();
    const struct = koffi.struct(fields);
    const memory = koffi.alloc(struct, 1);
    this.vtableMemory.push(memory);
    koffi.encode(memory, struct, values);
    this.func(initSymbol, 'void', ['void *'])(memory);
  }

  private keep(pointer: bigint): bigint {
    this.vtableMemory.push(pointer);
    return pointer;
  }

  /** `(handle, args..., out_return, out_status)`: runs on the JS thread (koffi queues other threads' calls). */
  private syncSlot(method: Extract<VtableMethod, { kind: 'sync' }>, raw: unknown[]): void {
    const count = method.args.length;
    const outReturn = raw[count + 1];
    const outStatus = raw[count + 2];
    const returnType = koffiType(method.returns);
    guard(() =>
      method.call(toBigInt(raw[0]), this.liftRaw(method.args, raw), {
        returnValue: (value) => {
          if (method.returns !== 'void') koffi.encode(outReturn, returnType, value);
        },
        status: (code, errorBuf) => koffi.encode(outStatus, CALL_STATUS, { code, error_buf: errorBuf }),
      }),
    );
  }

  /** `(handle, args..., complete, callback_data, out_dropped)`. */
  private asyncSlot(method: Extract<VtableMethod, { kind: 'async' }>, raw: unknown[]): void {
    const count = method.args.length;
    const completePointer = raw[count + 1];
    const callbackData = raw[count + 2];
    const outDropped = raw[count + 3];
    const { proto } = this.completion(method.returns);
    const complete = koffi.decode(completePointer, proto) as (data: unknown, result: unknown) => void;
    guard(() =>
      method.call(toBigInt(raw[0]), this.liftRaw(method.args, raw), {
        complete: (value, code, errorBuf) => {
          const call_status = { code, error_buf: errorBuf };
          complete(callbackData, method.returns === 'void' ? { call_status } : { return_value: value, call_status });
        },
        onDropped: (cancel) => {
          const key = this.nextDroppedKey++;
          this.droppedHandlers.set(key, cancel);
          koffi.encode(outDropped, DROPPED_CALLBACK_STRUCT, { callback_data: key, callback: this.droppedCallback() });
        },
      }),
    );
  }

  private liftRaw(kinds: readonly FfiKind[], raw: readonly unknown[]): FfiValue[] {
    return kinds.map((kind, i) => fromKoffi(kind, raw[i + 1]));
  }

  private completion(kind: FfiKind): { proto: TypeObject; result: TypeObject } {
    let entry = this.completions.get(kind);
    if (entry === undefined) {
      const result = koffi.struct(
        kind === 'void' ? { call_status: CALL_STATUS } : { return_value: koffiType(kind), call_status: CALL_STATUS },
      );
      entry = { proto: koffi.proto('void', ['uint64_t', result]), result };
      this.completions.set(kind, entry);
    }
    return entry;
  }

  /** The one `ForeignFutureDroppedCallback` of this library. */
  private droppedCallback(): bigint {
    this.droppedPointer ??= this.keep(
      koffi.register((key: number | bigint) => {
        const cancel = this.droppedHandlers.get(Number(key));
        this.droppedHandlers.delete(Number(key));
        guard(() => cancel?.());
      }, FOREIGN_FUTURE_DROPPED),
    );
    return this.droppedPointer;
  }

  private checkHelperStatus(what: string, status: CallStatus): void {
    if (status.code !== 0) throw helperFailure(what, status, () => this.takeString(status.errorBuf));
  }

  // ---- RustBuffers --------------------------------------------------------------------------

  rustBufferFromBytes(bytes: Uint8Array): RustBuffer {
    const len = bytes.length;
    if (len === 0) return EMPTY_RUST_BUFFER;
    if (len <= DATA_SIZE && this.copyIn !== undefined) {
      this.arena.view.set(bytes, DATA);
      return this.fromArenaData(len);
    }
    return this.helpers.fromBytes(bytes);
  }

  rustBufferFromString(value: string): RustBuffer {
    if (value.length === 0) return EMPTY_RUST_BUFFER;
    // At most 3 bytes per UTF-16 unit.
    if (value.length * 3 <= DATA_SIZE) {
      return this.fromArenaData(this.arena.view.write(value, DATA, 'utf8'));
    }
    return this.helpers.fromBytes(Buffer.from(value, 'utf8'));
  }

  /** A Rust-owned buffer holding the first `len` bytes of the arena's data area: a kept one when it fits. */
  private fromArenaData(len: number): RustBuffer {
    const kept = this.copyIn === undefined ? undefined : this.pool.take(len);
    if (kept === undefined) return this.helpers.fromArenaData(len);
    this.copyIn?.(kept.data, this.arena.address(DATA), len);
    return { capacity: kept.capacity, len, data: kept.data };
  }

  rustBufferFree(buffer: RustBuffer): void {
    if (buffer.data === 0 && buffer.capacity === 0) return;
    // Kept only when it can be reused, which takes memcpy.
    if (this.copyIn !== undefined && this.pool.keep(buffer)) return;
    this.helpers.free(buffer);
  }

  rustBufferBytes(buffer: RustBuffer): Uint8Array {
    const len = buffer.len;
    if (len === 0) return new Uint8Array(0);
    const out = Buffer.allocUnsafe(len);
    this.copyOut(buffer.data, len, out);
    return new Uint8Array(out.buffer, out.byteOffset, len);
  }

  copyRustBuffer(buffer: RustBuffer, into: Uint8Array): void {
    if (buffer.len > 0) this.copyOut(buffer.data, buffer.len, into);
  }

  protected copyToArena(address: number, len: number): void {
    this.copyOut(address, len);
  }

  // ---- futures ------------------------------------------------------------------------------

  setContinuationHandler(handler: ContinuationHandler): void {
    this.continuationHandler = handler;
  }

  protected firstFuturePending(): void {
    this.keepAlive ??= setInterval(() => {}, 2 ** 30);
  }

  protected lastFutureSettled(): void {
    if (this.keepAlive !== undefined) {
      clearInterval(this.keepAlive);
      this.keepAlive = undefined;
    }
  }

  /**
   * The one continuation callback, registered when the library opens and kept: koffi calls it on
   * the JS thread, directly when Rust calls it there, queued when Rust calls it from another
   * thread. (Registering a koffi callback while a native call is running, from inside a
   * callback, breaks koffi 3.3.4's stack handling; nothing is registered lazily.)
   */
  private continuation(): bigint {
    return this.continuationPointer;
  }

  private future(kind: FfiKind): FutureFunctions {
    let functions = this.futureFunctions.get(kind);
    if (functions === undefined) {
      const symbol = (operation: string): string => this.helper(`rust_future_${operation}_${futureSuffix(kind)}`);
      functions = {
        poll: this.func(symbol('poll'), 'void', ['uint64_t', 'uintptr_t', 'uint64_t']),
        cancel: this.func(symbol('cancel'), 'void', ['uint64_t']),
        free: this.func(symbol('free'), 'void', ['uint64_t']),
        complete: this.func(symbol('complete'), kind === 'rust_buffer' ? 'void' : koffiType(kind), [
          'uint64_t',
          'uintptr_t',
        ]),
        completeSymbol: symbol('complete'),
      };
      this.futureFunctions.set(kind, functions);
    }
    return functions;
  }

  futurePoll(returnKind: FfiKind, handle: bigint, data: number): void {
    this.future(returnKind).poll(handle, this.continuation(), data);
  }

  futureCancel(returnKind: FfiKind, handle: bigint): void {
    this.future(returnKind).cancel(handle);
  }

  futureFree(returnKind: FfiKind, handle: bigint): void {
    this.future(returnKind).free(handle);
  }

  futureComplete(returnKind: FfiKind, handle: bigint): CallResult {
    const arena = this.arena;
    const functions = this.future(returnKind);
    arena.clearStatus();
    const value =
      returnKind === 'rust_buffer'
        ? this.helpers.complete(functions.completeSymbol, handle)
        : fromKoffi(returnKind, functions.complete(handle, arena.address(STATUS)));
    return { value, status: arena.readStatus() };
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
export const transport: Transport = koffiTransport(
  environment().UNIFFI_TS_KOFFI_PORTABLE === '1' ? 'struct' : helperAbi(),
);
