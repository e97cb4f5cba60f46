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
 * call by its handle to the realm and package copy that own the object: a handle carries its
 * copy's dispatcher endpoint in its high bits, and each copy (npm duplicates, jest's module
 * registry per test file) answers with its own vtable, so its own classes check and lift what
 * crosses. The copies in a realm find each other's handle maps through the addon
 * ({@link CopyDirectory}), so an object one copy handed to Rust comes back as itself in another.
 * A call for a realm that has ended gets an error status in Rust.
 */
import { EMPTY_RUST_BUFFER } from '../ffi-types';
import type { FfiFunctionDeclaration, FfiKind, FfiValue, RustBuffer } from '../ffi-types';
import { ForeignHandles } from '../handle-map';
import { environment, loadAddon, resolveModule } from '../host';
import { helperFailure, SUCCESS } from './native';
import type {
  CallResult,
  CallStatus,
  ContinuationHandler,
  NativeLibrary,
  ScaffoldingCall,
  Transport,
  Vtable,
} from './native';

/**
 * The addon's `Library` (`bindgen-ts/native/node-api/src/library.rs`): it prepares calls, whose
 * ids the addon's plain functions take ({@link Addon}).
 */
interface AddonLibrary {
  hasSymbol(symbol: string): boolean;
  callReturningInteger(symbol: string, bits: number): number;
  prepare(symbol: string, args: string[], returns: string, withStatus: boolean): number;
  prepareHandleFunction(symbol: string): number;
  prepareTracking(freeSymbol: string): number;
  /** `[fromBytes, free, copy, takeString, takeInto, fromArea, takeToArea]`. */
  prepareBuffers(): [number, number, number, number, number, number, number];
  /** `[poll, cancel, free, complete]`. */
  prepareFuture(kind: string): [number, number, number, number];
  /** The handler gets the wake-ups gathered since the last delivery, each `key * 4 + pollCode`. */
  setContinuation(handler: (wakes: Float64Array) => void): void;
  /** The object every copy of the package in this realm shares for this library. */
  shared(): { uniffiCopies?: CopyDirectory };
  /** Makes `dispatcher` the endpoint of this realm's callbacks; its id. */
  addDispatcher(dispatcher: Dispatcher): number;
  /** Registers a vtable once per process; its id, the same in every realm. */
  registerVtable(initSymbol: string, methods: Array<{ isAsync: boolean; args: string[]; returns: string }>): number;
  completeForeignFuture(token: number, code: number, value: FfiValue, errorBuf: RustBuffer): void;
}

/**
 * The addon: its `Library`, and the hot path as plain functions (`calls.rs`) running the prepared
 * call whose id is in the slot area's {@link ID} slot.
 */
interface Addon {
  Library: new (path: string, crateName: string) => AddonLibrary;
  /** The object every package copy in this realm shares. */
  realmShared(): { uniffiSlotArea?: SlotArea };
  setSlotArea(area: Uint8Array): void;
  /** The hottest functions as raw Node-API callbacks (`call` without napi-rs's wrapper). */
  rawFunctions(): { call(): void };
  callWithBytes(bytes: Uint8Array[]): void;
  callWithView(view: Uint8Array): void;
  callWithString(value: string): void;
  callReturningString(): string;
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
 * What the addon calls for Rust calling JavaScript, with the call in the slot area: the vtable,
 * the slot and the token in slots 0..3, the handle in slot 3, the method's arguments from slot 4
 * (as a scaffolding call's). It reads them first and writes its answer last (a sync method's
 * result from slot 0, the status at {@link STATUS}); an async method answers later, through
 * `completeForeignFuture(token, ...)`.
 */
type Dispatcher = () => void;

/** What one package copy keeps for the calls Rust makes to it. */
interface CopyCallbacks {
  /** Its dispatcher's endpoint, in the high bits of its handles. */
  readonly dispatcher: number;
  readonly vtables: Map<number, Vtable>;
  readonly handles: Map<string, ForeignHandles<object>>;
  /** What aborts each pending async call, by token. */
  readonly dropped: Map<number, () => void>;
}

/** Every package copy's handle maps in a realm, for one library, by dispatcher endpoint. */
type CopyDirectory = Map<number, Map<string, ForeignHandles<object>>>;

/** The dispatcher endpoint a handle names. */
function ownerOf(handle: bigint): number {
  return Number(handle >> ENDPOINT_SHIFT);
}

/**
 * A copy's handle map for one interface, which looks a handle another copy of the package in the
 * realm made up in that copy's map.
 */
class CopyHandles extends ForeignHandles<object> {
  constructor(
    private readonly endpoint: number,
    private readonly directory: CopyDirectory,
    private readonly initSymbol: string,
  ) {
    super(BigInt(endpoint) << ENDPOINT_SHIFT);
  }

  private owner(handle: bigint): ForeignHandles<object> | undefined {
    const endpoint = ownerOf(handle);
    return endpoint === this.endpoint ? undefined : this.directory.get(endpoint)?.get(this.initSymbol);
  }

  override get(handle: bigint): object {
    return this.owner(handle)?.get(handle) ?? super.get(handle);
  }

  override take(handle: bigint): object {
    return this.owner(handle)?.take(handle) ?? super.take(handle);
  }
}

function describe(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'an exception that cannot be described';
  }
}

/** A copy's dispatcher: runs each call from Rust on the vtable it names. Never throws. */
function makeDispatcher(
  share: () => CopyCallbacks,
  native: AddonLibrary,
  library: NodeApiLibrary,
  slots: SlotArea,
): Dispatcher {
  /** The answer, written last: nested calls from the method have used the area meanwhile. */
  const answer = (code: number, kind: FfiKind, value: FfiValue, errorBuf: RustBuffer): void => {
    if (code === 0) slots.write(kind, value, 0);
    else slots.setBufferAt(STATUS + 1, errorBuf);
    slots.f64[STATUS] = code;
  };
  return () => {
    const vtableId = slots.f64[0] as number;
    const slot = slots.f64[1] as number;
    const token = slots.f64[2] as number;
    const handle = slots.u64[3] as bigint;
    try {
      const { vtables, dropped } = share();
      if (slot === DROPPED) {
        const cancel = dropped.get(token);
        dropped.delete(token);
        cancel?.();
        return;
      }
      const vtable = vtables.get(vtableId);
      if (vtable === undefined) throw new Error(`no vtable ${vtableId} in this realm`);
      if (slot === FREE) {
        vtable.free(handle);
        return;
      }
      if (slot === CLONE) {
        answer(0, 'u64', vtable.clone(handle), EMPTY_RUST_BUFFER);
        return;
      }
      const method = vtable.methods[slot];
      if (method === undefined) throw new Error(`no method ${slot} in vtable ${vtableId}`);
      const args = slots.read(method.args, 4);
      if (method.kind === 'sync') {
        let result: [number, FfiValue, RustBuffer] = [0, undefined, EMPTY_RUST_BUFFER];
        method.call(handle, args, {
          returnValue: (value) => (result = [0, value, EMPTY_RUST_BUFFER]),
          status: (code, errorBuf) => (result = [code, undefined, errorBuf]),
        });
        answer(result[0], method.returns, result[1], result[2]);
        return;
      }
      method.call(handle, args, {
        complete: (value, code, errorBuf) => {
          dropped.delete(token);
          native.completeForeignFuture(token, code, value, errorBuf);
        },
        onDropped: (cancel) => dropped.set(token, cancel),
      });
    } catch (error) {
      let errorBuf = EMPTY_RUST_BUFFER;
      try {
        errorBuf = library.rustBufferFromString(describe(error));
      } catch {
        // The status alone, then.
      }
      answer(UNEXPECTED_ERROR, 'void', undefined, errorBuf);
    }
  };
}

const SLOT_COUNT = 256;
const STATUS = SLOT_COUNT - 4;
/** The id of the prepared call to run. */
const ID = STATUS - 1;
/** The length of the bytes at the start of the area (a RustBuffer's contents crossing there). */
const LEN = ID - 1;
/** Bytes at the start of the area a RustBuffer's contents may take. */
const DATA_BYTES = LEN * 8;

type BufferHelper = 'fromBytes' | 'free' | 'copy' | 'takeString' | 'takeInto' | 'fromArea' | 'takeToArea';

const encoder = new TextEncoder();

/**
 * The slot area shared with the addon, one per realm (every package copy and library in it
 * uses the same: calls nest, never interleave), and typed views of it.
 */
interface SlotArea {
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
function copyFromArea(data: Uint8Array, into: Uint8Array, len: number): void {
  if (len > 64) {
    into.set(data.subarray(0, len));
    return;
  }
  for (let i = 0; i < len; i++) into[i] = data[i] as number;
}

/** This realm's slot area, made by the first package copy that needs it. */
function slotArea(addon: Addon): SlotArea {
  const shared = addon.realmShared();
  if (shared.uniffiSlotArea === undefined) {
    const area = new Slots();
    addon.setSlotArea(area.bytes);
    shared.uniffiSlotArea = area;
  }
  return shared.uniffiSlotArea;
}

class Slots implements SlotArea {
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

class NodeApiLibrary implements NativeLibrary {
  readonly transport = 'node-api';
  private readonly addon: Addon;
  /** Runs the prepared call whose id is in the slot area, its inputs there too. */
  private readonly call: () => void;
  private readonly native: AddonLibrary;
  private readonly slots: SlotArea;
  private readonly buffers: Readonly<Record<BufferHelper, number>>;
  private readonly handleFunctions = new Map<string, number>();
  /** The prepared tracking of objects, by free symbol (see `trackObject`). */
  private readonly trackers = new Map<string, number>();
  private readonly futureFunctions = new Map<FfiKind, readonly [number, number, number, number]>();
  private pendingFutures = 0;
  private callbacks: CopyCallbacks | undefined;
  private continuation: ContinuationHandler | undefined;
  /** The addon's continuation does not keep Node alive: this timer does while futures are pending. */
  private keepAlive: ReturnType<typeof setInterval> | undefined;

  constructor(
    readonly path: string,
    crateName: string,
  ) {
    this.addon = theAddon();
    this.call = this.addon.rawFunctions().call;
    this.slots = slotArea(this.addon);
    this.native = new this.addon.Library(path, crateName);
    const [fromBytes, free, copy, takeString, takeInto, fromArea, takeToArea] = this.native.prepareBuffers();
    this.buffers = { fromBytes, free, copy, takeString, takeInto, fromArea, takeToArea };
  }

  callReturningU16(symbol: string): number {
    return this.native.callReturningInteger(symbol, 16);
  }

  callReturningU32(symbol: string): number {
    return this.native.callReturningInteger(symbol, 32);
  }

  trackObject(freeSymbol: string, handle: bigint): void {
    let id = this.trackers.get(freeSymbol);
    if (id === undefined) this.trackers.set(freeSymbol, (id = this.native.prepareTracking(freeSymbol)));
    this.slots.u64[0] = handle;
    this.slots.f64[ID] = id;
    this.call();
  }

  callHandleFunction(symbol: string, handle: bigint): bigint {
    let id = this.handleFunctions.get(symbol);
    if (id === undefined) this.handleFunctions.set(symbol, (id = this.native.prepareHandleFunction(symbol)));
    const slots = this.slots;
    slots.u64[0] = handle;
    slots.f64[ID] = id;
    this.call();
    const status = slots.status();
    if (status.code !== 0) throw helperFailure(symbol, status, () => this.takeString(status.errorBuf));
    return slots.u64[0] as bigint;
  }

  prepare(declaration: FfiFunctionDeclaration): ScaffoldingCall {
    const { symbol, args, returns } = declaration;
    const withStatus = declaration.future === undefined;
    const id = this.native.prepare(symbol, [...args], returns, withStatus);
    const slots = this.slots;
    const addon = this.addon;
    const call = this.call;
    const count = args.length;
    if (args.filter((kind) => kind === 'foreign_bytes').length === 1) {
      const view = args.indexOf('foreign_bytes');
      return (values) => {
        let at = 0;
        for (let i = 0; i < count; i++) if (i !== view) at = slots.write(args[i] as FfiKind, values[i], at);
        slots.f64[ID] = id;
        addon.callWithView(values[view] as Uint8Array);
        return { value: slots.result(returns), status: withStatus ? slots.status() : SUCCESS };
      };
    }
    if (args.includes('foreign_bytes')) {
      return (values) => {
        let at = 0;
        const bytes: Uint8Array[] = [];
        for (let i = 0; i < count; i++) {
          const kind = args[i] as FfiKind;
          if (kind === 'foreign_bytes') bytes.push(values[i] as Uint8Array);
          else at = slots.write(kind, values[i], at);
        }
        slots.f64[ID] = id;
        addon.callWithBytes(bytes);
        return { value: slots.result(returns), status: withStatus ? slots.status() : SUCCESS };
      };
    }
    return (values) => {
      let at = 0;
      for (let i = 0; i < count; i++) at = slots.write(args[i] as FfiKind, values[i], at);
      slots.f64[ID] = id;
      call();
      return { value: slots.result(returns), status: withStatus ? slots.status() : SUCCESS };
    };
  }

  registerVtable(initSymbol: string, vtable: Vtable): void {
    const share = this.copyCallbacks();
    const methods = vtable.methods.map((method) => ({
      isAsync: method.kind === 'async',
      args: [...method.args],
      returns: method.returns,
    }));
    // The addon registers it with Rust once per process, checking that every copy's agrees.
    share.vtables.set(this.native.registerVtable(initSymbol, methods), vtable);
  }

  foreignHandles(initSymbol: string): ForeignHandles<object> {
    const share = this.copyCallbacks();
    let handles = share.handles.get(initSymbol);
    if (handles === undefined) {
      const directory = (this.native.shared().uniffiCopies ??= new Map());
      handles = new CopyHandles(share.dispatcher, directory, initSymbol);
      share.handles.set(initSymbol, handles);
    }
    return handles;
  }

  /** This copy's dispatcher and what it answers with, made on first use; listed in the realm's directory. */
  private copyCallbacks(): CopyCallbacks {
    if (this.callbacks !== undefined) return this.callbacks;
    const dispatcher = this.native.addDispatcher(makeDispatcher(() => callbacks, this.native, this, this.slots));
    const callbacks: CopyCallbacks = { dispatcher, vtables: new Map(), handles: new Map(), dropped: new Map() };
    (this.native.shared().uniffiCopies ??= new Map()).set(dispatcher, callbacks.handles);
    return (this.callbacks = callbacks);
  }

  // ---- RustBuffers --------------------------------------------------------------------------

  rustBufferFromBytes(bytes: Uint8Array): RustBuffer {
    const slots = this.slots;
    if (bytes.length <= DATA_BYTES) {
      // Through the slot area: no argument to convert.
      slots.data.set(bytes);
      slots.f64[LEN] = bytes.length;
      slots.f64[ID] = this.buffers.fromArea;
      this.call();
    } else {
      slots.f64[ID] = this.buffers.fromBytes;
      this.addon.callWithView(bytes);
    }
    return slots.buffer(0);
  }

  rustBufferFromString(value: string): RustBuffer {
    const slots = this.slots;
    if (value.length * 3 <= DATA_BYTES) {
      // Encoded into the slot area (UTF-8 takes at most 3 bytes per UTF-16 unit).
      slots.f64[LEN] = encoder.encodeInto(value, slots.data).written;
      slots.f64[ID] = this.buffers.fromArea;
      this.call();
    } else {
      // Encoded to UTF-8 by Node-API, in the same crossing.
      slots.f64[ID] = this.buffers.fromBytes;
      this.addon.callWithString(value);
    }
    return slots.buffer(0);
  }

  rustBufferFree(buffer: RustBuffer): void {
    if (buffer.capacity === 0 && buffer.len === 0 && buffer.data === 0) return;
    this.slots.setBuffer(buffer);
    this.slots.f64[ID] = this.buffers.free;
    this.call();
  }

  rustBufferBytes(buffer: RustBuffer): Uint8Array {
    const bytes = new Uint8Array(buffer.len);
    this.copyRustBuffer(buffer, bytes);
    return bytes;
  }

  copyRustBuffer(buffer: RustBuffer, into: Uint8Array): void {
    if (buffer.len === 0) return;
    this.slots.setBuffer(buffer);
    this.slots.f64[ID] = this.buffers.copy;
    this.addon.callWithView(into);
  }

  takeInto(buffer: RustBuffer, into: Uint8Array): void {
    if (buffer.capacity === 0 && buffer.len === 0 && buffer.data === 0) return;
    // Copied and freed in one crossing.
    const slots = this.slots;
    slots.setBuffer(buffer);
    if (buffer.len <= DATA_BYTES) {
      slots.f64[ID] = this.buffers.takeToArea;
      this.call();
      copyFromArea(slots.data, into, buffer.len);
    } else {
      slots.f64[ID] = this.buffers.takeInto;
      this.addon.callWithView(into);
    }
  }

  takeBytes(buffer: RustBuffer): Uint8Array {
    const bytes = new Uint8Array(buffer.len);
    this.takeInto(buffer, bytes);
    return bytes;
  }

  takeString(buffer: RustBuffer): string {
    if (buffer.capacity === 0 && buffer.len === 0 && buffer.data === 0) return '';
    // Read and freed in one crossing.
    const slots = this.slots;
    slots.setBuffer(buffer);
    if (buffer.len <= DATA_BYTES) {
      slots.f64[ID] = this.buffers.takeToArea;
      this.call();
      return slots.data.toString('utf8', 0, buffer.len);
    }
    slots.f64[ID] = this.buffers.takeString;
    return this.addon.callReturningString();
  }

  // ---- futures ------------------------------------------------------------------------------

  setContinuationHandler(handler: ContinuationHandler): void {
    this.continuation = handler;
    this.native.setContinuation((wakes) => {
      for (let i = 0; i < wakes.length; i++) {
        const wake = wakes[i] as number;
        const pollCode = wake % 4;
        handler((wake - pollCode) / 4, pollCode);
      }
    });
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

  /** Sets up the call of `[poll, cancel, free, complete]` (`which`) of a future completing with `kind`. */
  private futureCall(kind: FfiKind, which: 0 | 1 | 2 | 3, handle: bigint): void {
    let ids = this.futureFunctions.get(kind);
    if (ids === undefined) this.futureFunctions.set(kind, (ids = this.native.prepareFuture(kind)));
    this.slots.u64[0] = handle;
    this.slots.f64[ID] = ids[which];
  }

  futurePoll(returnKind: FfiKind, handle: bigint, data: number): void {
    this.futureCall(returnKind, 0, handle);
    this.slots.f64[1] = data;
    this.call();
    // A continuation that fired inside the poll, on this thread, is not queued: handled now.
    const fired = this.slots.f64[2] as number;
    if (fired >= 0) this.continuation?.(data, fired);
  }

  futureCancel(returnKind: FfiKind, handle: bigint): void {
    this.futureCall(returnKind, 1, handle);
    this.call();
  }

  futureFree(returnKind: FfiKind, handle: bigint): void {
    this.futureCall(returnKind, 2, handle);
    this.call();
  }

  futureComplete(returnKind: FfiKind, handle: bigint): CallResult {
    this.futureCall(returnKind, 3, handle);
    this.call();
    return { value: this.slots.result(returnKind), status: this.slots.status() };
  }
}

/** The node-api transport. */
export const transport: Transport = {
  name: 'node-api',
  open: (path, crateName) => new NodeApiLibrary(path, crateName),
};
