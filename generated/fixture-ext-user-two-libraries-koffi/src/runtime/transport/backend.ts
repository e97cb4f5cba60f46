/**
 * What every backend does the same way, above its primitives: reading a RustBuffer as bytes or as
 * a string and freeing it, and counting the futures pending (a backend only says what to do when
 * the first one starts and the last one settles). A backend extends {@link BackendLibrary} and
 * implements the rest of {@link NativeLibrary}.
 */
import type { RustBuffer } from '../ffi-types';
import { ForeignHandles } from '../handle-map';
import type { Arena } from './arena';
import { DATA, DATA_SIZE } from './arena';

export abstract class BackendLibrary {
  private pendingFutures = 0;
  private readonly handleMaps = new Map<string, ForeignHandles<object>>();

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

  takeInto(buffer: RustBuffer, into: Uint8Array): void {
    try {
      this.copyRustBuffer(buffer, into);
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

  takeString(buffer: RustBuffer): string {
    try {
      const len = buffer.len;
      if (len === 0) return '';
      if (len <= DATA_SIZE) {
        this.copyToArena(buffer.data, len);
        return this.arena.view.toString('utf8', DATA, DATA + len);
      }
      return Buffer.from(this.rustBufferBytes(buffer)).toString('utf8');
    } finally {
      this.rustBufferFree(buffer);
    }
  }

  /** One handle map per interface and library object: this backend routes no call by handle. */
  foreignHandles(initSymbol: string): ForeignHandles<object> {
    let handles = this.handleMaps.get(initSymbol);
    if (handles === undefined) this.handleMaps.set(initSymbol, (handles = new ForeignHandles()));
    return handles;
  }

  retainContinuation(): void {
    if (this.pendingFutures++ === 0) this.firstFuturePending();
  }

  releaseContinuation(): void {
    if (--this.pendingFutures === 0) this.lastFutureSettled();
  }

  /** Futures started and not yet settled. */
  protected get futuresPending(): number {
    return this.pendingFutures;
  }
}
