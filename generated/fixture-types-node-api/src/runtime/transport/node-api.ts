/**
 * The node-api backend: our own Node-API addon (`bindgen-ts/native/node-api`, napi-rs + libffi).
 * The addon is loaded once per process and shared by every realm; it opens each library once
 * and never closes it, and calls any scaffolding function as published (no FFI-buffer twins
 * needed). Arguments and results cross through a slot area this module shares with the addon (one
 * `ArrayBuffer` per realm, `node-api/slots.ts`): numbers as f64, 64-bit integers and handles as their bits, a
 * RustBuffer as three f64; the addon writes the result from slot 0 and the call status at the
 * end. Futures wake through the addon's native continuation, queued to this realm's thread.
 *
 * Rust calling JavaScript: the addon registers each vtable once per process and routes every
 * call by its handle to the realm and package copy that own the object: a handle carries its
 * copy's dispatcher endpoint in its high bits, and each copy (npm duplicates, jest's module
 * registry per test file) answers with its own vtable, so its own classes check and lift what
 * crosses. The copies in a realm find each other's handle maps through the addon
 * (`node-api/dispatch.ts`), so an object one copy handed to Rust comes back as itself in another.
 * A call for a realm that has ended gets an error status in Rust.
 */
import type { FfiFunctionDeclaration, FfiKind, RustBuffer } from '../ffi-types';
import type { ForeignHandles } from '../handle-map';
import { helperFailure, SUCCESS } from './native';
import type { CallResult, ContinuationHandler, NativeLibrary, ScaffoldingCall, Transport, Vtable } from './native';
import { slotArea, theAddon } from './node-api/addon';
import type { Addon, AddonLibrary } from './node-api/addon';
import { CopyHandles, makeDispatcher } from './node-api/dispatch';
import type { CopyCallbacks } from './node-api/dispatch';
import { copyFromArea, DATA_BYTES, encoder, ID, LEN } from './node-api/slots';
import type { BufferHelper, SlotArea } from './node-api/slots';

export { ADDON_PACKAGE, ADDON_VARIABLE } from './node-api/addon';

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
    const dispatcher = this.native.addDispatcher(
      makeDispatcher(
        () => callbacks,
        this.native,
        (value) => this.rustBufferFromString(value),
        this.slots,
      ),
    );
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
