import type { RustBuffer } from '../../ffi-types';
import { ForeignHandles } from '../../handle-map';
import type { Vtable } from '../native';
import type { AddonLibrary, CopyDirectory, Dispatcher } from './addon';
import type { SlotArea } from './slots';
/** What one package copy keeps for the calls Rust makes to it. */
export interface CopyCallbacks {
    /** Its dispatcher's endpoint, in the high bits of its handles. */
    readonly dispatcher: number;
    readonly vtables: Map<number, Vtable>;
    readonly handles: Map<string, ForeignHandles<object>>;
    /** What aborts each pending async call, by token. */
    readonly dropped: Map<number, () => void>;
}
/**
 * A copy's handle map for one interface, which looks a handle another copy of the package in the
 * realm made up in that copy's map.
 */
export declare class CopyHandles extends ForeignHandles<object> {
    private readonly endpoint;
    private readonly directory;
    private readonly initSymbol;
    constructor(endpoint: number, directory: CopyDirectory, initSymbol: string);
    private owner;
    get(handle: bigint): object;
    take(handle: bigint): object;
}
/** A copy's dispatcher: runs each call from Rust on the vtable it names. Never throws. */
export declare function makeDispatcher(share: () => CopyCallbacks, native: AddonLibrary, fromString: (value: string) => RustBuffer, slots: SlotArea): Dispatcher;
