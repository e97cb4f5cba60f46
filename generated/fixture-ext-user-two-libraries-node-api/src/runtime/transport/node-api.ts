/**
 * The node-api backend: our own Node-API addon (`bindgen-ts/native/node-api`, napi-rs + libffi).
 * The addon is loaded once per process and shared by every realm; it opens each library once
 * and never closes it, and calls any scaffolding function as published (no FFI-buffer twins
 * needed). Arguments and results cross through a slot area this module shares with the addon (one
 * `ArrayBuffer` per library): numbers as f64, 64-bit integers and handles as their bits, a
 * RustBuffer as three f64; the addon writes the result from slot 0 and the call status at the
 * end. Futures wake through the addon's native continuation, queued to this realm's thread.
 *
 * Rust calling JavaScript: the addon registers each vtable once per process and routes every
 * call by its handle to the realm that owns the object (a handle carries its realm's dispatcher
 * endpoint in its high bits). Every copy of the package in one realm shares one dispatcher, one
 * handle map per interface, and the vtables ({@link RealmShare}, kept by the addon), so no call
 * reaches the wrong copy's objects. A call for a realm that has ended gets an error status in Rust.
 */
import { EMPTY_RUST_BUFFER, futureSuffix } from '../ffi-types';
import type { FfiFunctionDeclaration, FfiKind, FfiValue, RustBuffer } from '../ffi-types';
import { ForeignHandles } from '../handle-map';
import { environment, loadAddon, resolveModule } from '../host';
import { SUCCESS } from './native';
import type {
  CallResult,
  CallStatus,
  ContinuationHandler,
  NativeLibrary,
  ScaffoldingCall,
  Transport,
  Vtable,
} from './native';

/** The addon's classes (`bindgen-ts/native/node-api/src`). */
interface AddonLibrary {
  setSlots(area: Uint8Array): void;
  hasSymbol(symbol: string): boolean;
  callReturningInteger(symbol: string, bits: number): number;
  callHandleFunction(symbol: string, handle: bigint): bigint;
  prepare(symbol: string, args: string[], returns: string, withStatus: boolean): AddonFunction;
  rustBufferFromBytes(bytes: Uint8Array): void;
  rustBufferFromString(value: string): void;
  rustBufferFree(): void;
  copyRustBuffer(into: Uint8Array): void;
  takeString(): string;
  setContinuation(handler: (key: number, pollCode: number) => void): void;
  /** The object every copy of the package in this realm shares for this library. */
  shared(): { uniffiRealmShare?: RealmShare };
  /** Makes `dispatcher` the endpoint of this realm's callbacks; its id. */
  addDispatcher(dispatcher: Dispatcher): number;
  /** Registers a vtable once per process; its id, the same in every realm. */
  registerVtable(initSymbol: string, methods: Array<{ isAsync: boolean; args: string[]; returns: string }>): number;
  completeForeignFuture(token: number, code: number, value: FfiValue, errorBuf: RustBuffer): void;
  futurePoll(kind: string, handle: bigint, data: number): void;
  futureRelease(operation: 'cancel' | 'free', kind: string, handle: bigint): void;
  futureComplete(kind: string, handle: bigint): void;
}

interface AddonFunction {
  call(): void;
  callWithBytes(bytes: Uint8Array[]): void;
}

interface Addon {
  Library: new (path: string, crateName: string) => AddonLibrary;
}

/** The npm package of the addon; it picks its platform package. */
export const ADDON_PACKAGE = 'uniffi-bindgen-ts-node-api';
/** Names the addon file to use instead of the package's (development and tests). */
export const ADDON_VARIABLE = 'UNIFFI_TS_NODE_API_ADDON';

let addon: Addon | undefined;

function theAddon(): Addon {
  if (addon !== undefined) return addon;
  const given = environment()[ADDON_VARIABLE];
  const path = given !== undefined && given !== '' ? given : resolveModule(ADDON_PACKAGE);
  if (path === undefined) {
    throw new Error(
      `the node-api transport needs its addon, the npm package ${ADDON_PACKAGE} (with its platform package), ` +
        `or ${ADDON_VARIABLE} naming the addon file`,
    );
  }
  addon = loadAddon(path) as Addon;
  return addon;
}

/** The slots the addon names besides methods. */
const FREE = -2;
const CLONE = -1;
const DROPPED = -3;
/** A handle's endpoint sits above this bit (the addon's `ENDPOINT_SHIFT`). */
const ENDPOINT_SHIFT = 40n;
const UNEXPECTED_ERROR = 2;

/**
 * What the addon calls for Rust calling JavaScript: `(vtable, slot, handle, args, token)`. A sync
 * method answers `[code, value or error buffer]`; an async one answers later, through
 * `completeForeignFuture(token, ...)`.
 */
type Dispatcher = (
  vtable: number,
  slot: number,
  handle: bigint,
  args: FfiValue[],
  token: number,
) => readonly [number, FfiValue] | undefined;

/** What every copy of a package shares in one realm for one library. */
interface RealmShare {
  readonly dispatcher: number;
  readonly vtables: Map<number, Vtable>;
  readonly handles: Map<string, ForeignHandles<object>>;
  /** What aborts each pending async call, by token. */
  readonly dropped: Map<number, () => void>;
}

function describe(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'an exception that cannot be described';
  }
}

/** The realm's dispatcher: runs each call from Rust on the vtable it names. Never throws. */
function makeDispatcher(share: () => RealmShare, native: AddonLibrary, library: NodeApiLibrary): Dispatcher {
  return (vtableId, slot, handle, args, token) => {
    try {
      const { vtables, dropped } = share();
      if (slot === DROPPED) {
        const cancel = dropped.get(token);
        dropped.delete(token);
        cancel?.();
        return undefined;
      }
      const vtable = vtables.get(vtableId);
      if (vtable === undefined) throw new Error(`no vtable ${vtableId} in this realm`);
      if (slot === FREE) {
        vtable.free(handle);
        return undefined;
      }
      if (slot === CLONE) return [0, vtable.clone(handle)];
      const method = vtable.methods[slot];
      if (method === undefined) throw new Error(`no method ${slot} in vtable ${vtableId}`);
      if (method.kind === 'sync') {
        let answer: readonly [number, FfiValue] = [0, undefined];
        method.call(handle, args, {
          returnValue: (value) => (answer = [0, value]),
          status: (code, errorBuf) => (answer = [code, errorBuf]),
        });
        return answer;
      }
      method.call(handle, args, {
        complete: (value, code, errorBuf) => {
          dropped.delete(token);
          native.completeForeignFuture(token, code, value, errorBuf);
        },
        onDropped: (cancel) => dropped.set(token, cancel),
      });
      return undefined;
    } catch (error) {
      try {
        return [UNEXPECTED_ERROR, library.rustBufferFromString(describe(error))];
      } catch {
        return [UNEXPECTED_ERROR, EMPTY_RUST_BUFFER];
      }
    }
  };
}

const SLOT_COUNT = 256;
const STATUS = SLOT_COUNT - 4;

/** The slot area shared with the addon, and typed views of it. */
class SlotArea {
  readonly bytes = new Uint8Array(SLOT_COUNT * 8);
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
    this.f64[0] = buffer.capacity;
    this.f64[1] = buffer.len;
    this.f64[2] = buffer.data;
  }

  status(): CallStatus {
    const code = this.f64[STATUS] as number;
    return code === 0 ? SUCCESS : { code, errorBuf: this.buffer(STATUS + 1) };
  }
}

class NodeApiLibrary implements NativeLibrary {
  readonly transport = 'node-api';
  private readonly native: AddonLibrary;
  private readonly slots = new SlotArea();
  private pendingFutures = 0;
  private realmShare: RealmShare | undefined;
  /** The addon's continuation does not keep Node alive: this timer does while futures are pending. */
  private keepAlive: ReturnType<typeof setInterval> | undefined;

  constructor(
    readonly path: string,
    crateName: string,
  ) {
    this.native = new (theAddon().Library)(path, crateName);
    this.native.setSlots(this.slots.bytes);
  }

  callReturningU16(symbol: string): number {
    return this.native.callReturningInteger(symbol, 16);
  }

  callReturningU32(symbol: string): number {
    return this.native.callReturningInteger(symbol, 32);
  }

  callHandleFunction(symbol: string, handle: bigint): bigint {
    return this.native.callHandleFunction(symbol, handle);
  }

  prepare(declaration: FfiFunctionDeclaration): ScaffoldingCall {
    const { symbol, args, returns } = declaration;
    const withStatus = declaration.future === undefined;
    const f = this.native.prepare(symbol, [...args], returns, withStatus);
    const slots = this.slots;
    const byteArgs = args.filter((kind) => kind === 'foreign_bytes').length;
    return (values) => {
      let at = 0;
      let bytes: Uint8Array[] | undefined;
      for (let i = 0; i < args.length; i++) {
        const kind = args[i] as FfiKind;
        if (kind === 'foreign_bytes') (bytes ??= []).push(values[i] as Uint8Array);
        else at = slots.write(kind, values[i], at);
      }
      if (byteArgs > 0) f.callWithBytes(bytes ?? []);
      else f.call();
      return { value: slots.result(returns), status: withStatus ? slots.status() : SUCCESS };
    };
  }

  registerVtable(initSymbol: string, vtable: Vtable): void {
    const share = this.share();
    const methods = vtable.methods.map((method) => ({
      isAsync: method.kind === 'async',
      args: [...method.args],
      returns: method.returns,
    }));
    const id = this.native.registerVtable(initSymbol, methods);
    // The first copy's vtable serves the realm; the addon checked that the methods are the same.
    if (!share.vtables.has(id)) share.vtables.set(id, vtable);
  }

  foreignHandles(initSymbol: string): ForeignHandles<object> {
    const share = this.share();
    let handles = share.handles.get(initSymbol);
    if (handles === undefined) {
      handles = new ForeignHandles<object>(BigInt(share.dispatcher) << ENDPOINT_SHIFT);
      share.handles.set(initSymbol, handles);
    }
    return handles;
  }

  /** What every copy of the package in this realm shares for this library, made by the first. */
  private share(): RealmShare {
    if (this.realmShare !== undefined) return this.realmShare;
    const shared = this.native.shared();
    if (shared.uniffiRealmShare === undefined) {
      const dispatcher = this.native.addDispatcher(makeDispatcher(() => share, this.native, this));
      const share: RealmShare = { dispatcher, vtables: new Map(), handles: new Map(), dropped: new Map() };
      shared.uniffiRealmShare = share;
    }
    return (this.realmShare = shared.uniffiRealmShare);
  }

  // ---- RustBuffers --------------------------------------------------------------------------

  rustBufferFromBytes(bytes: Uint8Array): RustBuffer {
    this.native.rustBufferFromBytes(bytes);
    return this.slots.buffer(0);
  }

  rustBufferFromString(value: string): RustBuffer {
    // Encoded to UTF-8 by Node-API, in the same crossing.
    this.native.rustBufferFromString(value);
    return this.slots.buffer(0);
  }

  rustBufferFree(buffer: RustBuffer): void {
    if (buffer.capacity === 0 && buffer.len === 0 && buffer.data === 0) return;
    this.slots.setBuffer(buffer);
    this.native.rustBufferFree();
  }

  rustBufferBytes(buffer: RustBuffer): Uint8Array {
    const bytes = new Uint8Array(buffer.len);
    this.copyRustBuffer(buffer, bytes);
    return bytes;
  }

  copyRustBuffer(buffer: RustBuffer, into: Uint8Array): void {
    if (buffer.len === 0) return;
    this.slots.setBuffer(buffer);
    this.native.copyRustBuffer(into);
  }

  takeBytes(buffer: RustBuffer): Uint8Array {
    try {
      return this.rustBufferBytes(buffer);
    } finally {
      this.rustBufferFree(buffer);
    }
  }

  takeString(buffer: RustBuffer): string {
    if (buffer.capacity === 0 && buffer.len === 0 && buffer.data === 0) return '';
    // Read and freed in one crossing.
    this.slots.setBuffer(buffer);
    return this.native.takeString();
  }

  // ---- futures ------------------------------------------------------------------------------

  setContinuationHandler(handler: ContinuationHandler): void {
    this.native.setContinuation(handler);
  }

  retainContinuation(): void {
    if (this.pendingFutures++ === 0) this.keepAlive ??= setInterval(() => {}, 2 ** 30);
  }

  releaseContinuation(): void {
    if (--this.pendingFutures === 0 && this.keepAlive !== undefined) {
      clearInterval(this.keepAlive);
      this.keepAlive = undefined;
    }
  }

  futurePoll(returnKind: FfiKind, handle: bigint, data: number): void {
    this.native.futurePoll(futureSuffix(returnKind), handle, data);
  }

  futureCancel(returnKind: FfiKind, handle: bigint): void {
    this.native.futureRelease('cancel', futureSuffix(returnKind), handle);
  }

  futureFree(returnKind: FfiKind, handle: bigint): void {
    this.native.futureRelease('free', futureSuffix(returnKind), handle);
  }

  futureComplete(returnKind: FfiKind, handle: bigint): CallResult {
    this.native.futureComplete(returnKind, handle);
    return { value: this.slots.result(returnKind), status: this.slots.status() };
  }
}

/** The node-api transport. */
export const transport: Transport = {
  name: 'node-api',
  open: (path, crateName) => new NodeApiLibrary(path, crateName),
};
