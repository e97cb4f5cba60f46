/**
 * What every backend does the same way, above its primitives: reading a RustBuffer as bytes or as
 * a string and freeing it, and counting the futures pending (a backend only says what to do when
 * the first one starts and the last one settles). A backend extends {@link BackendLibrary} and
 * implements the rest of {@link NativeLibrary}.
 */
import type { RustBuffer } from '../ffi-types';
import { ForeignHandles } from '../handle-map';
import type { Arena } from './arena';
export declare abstract class BackendLibrary {
    private pendingFutures;
    private readonly handleMaps;
    /** The library's scratch memory: a string that fits its data area is decoded there. */
    protected abstract readonly arena: Arena;
    /** Copies `len` bytes at `address` (Rust memory) to the arena's data area. */
    protected abstract copyToArena(address: RustBuffer['data'], len: number): void;
    abstract rustBufferBytes(buffer: RustBuffer): Uint8Array;
    abstract rustBufferFree(buffer: RustBuffer): void;
    /** When the first pending future starts (the continuation must then be callable). */
    protected abstract firstFuturePending(): void;
    /** When the last pending future has settled. */
    protected abstract lastFutureSettled(): void;
    abstract copyRustBuffer(buffer: RustBuffer, into: Uint8Array): void;
    takeInto(buffer: RustBuffer, into: Uint8Array): void;
    takeBytes(buffer: RustBuffer): Uint8Array;
    takeString(buffer: RustBuffer): string;
    /** One handle map per interface and library object: this backend routes no call by handle. */
    foreignHandles(initSymbol: string): ForeignHandles<object>;
    retainContinuation(): void;
    releaseContinuation(): void;
    /** Futures started and not yet settled. */
    protected get futuresPending(): number;
}
