/**
 * Rust calling JavaScript on the node-api backend: each package copy's dispatcher, which the
 * addon calls with the call in the slot area and which runs it on the copy's own vtable, and the
 * copy's handle maps, which find a handle another copy in the realm made (a handle carries its
 * copy's dispatcher endpoint in its high bits).
 */
import { messageOf } from '../../errors';
import { EMPTY_RUST_BUFFER } from '../../ffi-types';
import type { FfiKind, FfiValue, RustBuffer } from '../../ffi-types';
import { ForeignHandles } from '../../handle-map';
import type { Vtable } from '../native';
import type { AddonLibrary, CopyDirectory, Dispatcher } from './addon';
import { STATUS } from './slots';
import type { SlotArea } from './slots';

/** The slots the addon names besides methods. */
const FREE = -2;
const CLONE = -1;
const DROPPED = -3;
/** A handle's endpoint sits above this bit (the addon's `ENDPOINT_SHIFT`). */
const ENDPOINT_SHIFT = 40n;
const UNEXPECTED_ERROR = 2;

/** What one package copy keeps for the calls Rust makes to it. */
export interface CopyCallbacks {
  /** Its dispatcher's endpoint, in the high bits of its handles. */
  readonly dispatcher: number;
  readonly vtables: Map<number, Vtable>;
  readonly handles: Map<string, ForeignHandles<object>>;
  /** What aborts each pending async call, by token. */
  readonly dropped: Map<number, () => void>;
}

/** The dispatcher endpoint a handle names. */
function ownerOf(handle: bigint): number {
  return Number(handle >> ENDPOINT_SHIFT);
}

/**
 * A copy's handle map for one interface, which looks a handle another copy of the package in the
 * realm made up in that copy's map.
 */
export class CopyHandles extends ForeignHandles<object> {
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

/** A copy's dispatcher: runs each call from Rust on the vtable it names. Never throws. */
export function makeDispatcher(
  share: () => CopyCallbacks,
  native: AddonLibrary,
  fromString: (value: string) => RustBuffer,
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
        errorBuf = fromString(messageOf(error));
      } catch {
        // The status alone, then.
      }
      answer(UNEXPECTED_ERROR, 'void', undefined, errorBuf);
    }
  };
}
