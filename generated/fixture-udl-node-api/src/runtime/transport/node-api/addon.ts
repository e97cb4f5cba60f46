/**
 * The node-api backend's addon (`bindgen-ts/native/node-api`): its interface as the backend calls
 * it, and where it is found (the npm package and its platform package, or a file named by
 * {@link ADDON_VARIABLE}). Loaded once per realm; its native state is shared by the process.
 */
import type { FfiValue, RustBuffer } from '../../ffi-types';
import type { ForeignHandles } from '../../handle-map';
import { environment, loadAddon, resolveModule } from '../../host';
import { Slots } from './slots';
import type { SlotArea } from './slots';

/**
 * What the addon calls for Rust calling JavaScript, with the call in the slot area: the vtable,
 * the slot and the token in slots 0..3, the handle in slot 3, the method's arguments from slot 4
 * (as a scaffolding call's). It reads them first and writes its answer last (a sync method's
 * result from slot 0, the status at {@link STATUS}); an async method answers later, through
 * `completeForeignFuture(token, ...)`.
 */
export type Dispatcher = () => void;

/** Every package copy's handle maps in a realm, for one library, by dispatcher endpoint. */
export type CopyDirectory = Map<number, Map<string, ForeignHandles<object>>>;

/**
 * The addon's `Library` (`bindgen-ts/native/node-api/src/library.rs`): it prepares calls, whose
 * ids the addon's plain functions take ({@link Addon}).
 */
export interface AddonLibrary {
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
export interface Addon {
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

export function theAddon(): Addon {
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

/** This realm's slot area, made by the first package copy that needs it. */
export function slotArea(addon: Addon): SlotArea {
  const shared = addon.realmShared();
  if (shared.uniffiSlotArea === undefined) {
    const area = new Slots();
    addon.setSlotArea(area.bytes);
    shared.uniffiSlotArea = area;
  }
  return shared.uniffiSlotArea;
}
