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
export declare class RustBufferPool {
    private readonly buffers;
    private closed;
    /** Keeps `buffer` for reuse, or returns false when the caller must free it. */
    keep(buffer: RustBuffer): boolean;
    /** A kept buffer of at least `len` bytes of capacity, now the caller's; undefined when none fits. */
    take(len: number): RustBuffer | undefined;
    /** Every kept buffer, for the caller to free; nothing is kept from now on (the thread is ending). */
    drain(): RustBuffer[];
    /** Buffers kept right now. */
    get size(): number;
}
