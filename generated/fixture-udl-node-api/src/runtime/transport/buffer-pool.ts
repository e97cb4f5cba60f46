/**
 * Rust-owned buffers kept for reuse, to save native calls.
 *
 * A RustBuffer that Rust returned belongs to us until we free it; one we pass as an argument is
 * consumed by Rust. Instead of freeing a small result (one call) and asking Rust for a new buffer
 * for the next argument (another call), the backend keeps the result's allocation here and copies
 * the next argument into it (one `memcpy`). Valid because Rust rebuilds the argument as a `Vec`
 * from exactly the allocation and capacity it gave us. One pool per library: an allocation only
 * ever goes back to the library (and allocator) that made it. At most {@link POOL_SIZE} buffers
 * of at most {@link MAX_POOLED_CAPACITY} bytes are kept, so the pool holds a few KiB at most.
 */
import type { RustBuffer } from '../ffi-types';

const POOL_SIZE = 8;
const MAX_POOLED_CAPACITY = 4096;

export class RustBufferPool {
  private readonly buffers: RustBuffer[] = [];
  private closed = false;

  /** Keeps `buffer` for reuse, or returns false when the caller must free it. */
  keep(buffer: RustBuffer): boolean {
    if (buffer.data === 0 || buffer.capacity > MAX_POOLED_CAPACITY || this.buffers.length >= POOL_SIZE || this.closed)
      return false;
    this.buffers.push(buffer);
    return true;
  }

  /** A kept buffer of at least `len` bytes of capacity, now the caller's; undefined when none fits. */
  take(len: number): RustBuffer | undefined {
    const buffers = this.buffers;
    for (let i = buffers.length - 1; i >= 0; i--) {
      const buffer = buffers[i] as RustBuffer;
      if (buffer.capacity >= len) {
        buffers[i] = buffers[buffers.length - 1] as RustBuffer;
        buffers.pop();
        return buffer;
      }
    }
    return undefined;
  }

  /** Every kept buffer, for the caller to free; nothing is kept from now on (the thread is ending). */
  drain(): RustBuffer[] {
    this.closed = true;
    return this.buffers.splice(0);
  }

  /** Buffers kept right now. */
  get size(): number {
    return this.buffers.length;
  }
}
