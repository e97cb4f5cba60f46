"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RustBufferPool = void 0;
const POOL_SIZE = 8;
const MAX_POOLED_CAPACITY = 4096;
class RustBufferPool {
    buffers = [];
    closed = false;
    /** Keeps `buffer` for reuse, or returns false when the caller must free it. */
    keep(buffer) {
        if (buffer.data === 0 || buffer.capacity > MAX_POOLED_CAPACITY || this.buffers.length >= POOL_SIZE || this.closed)
            return false;
        this.buffers.push(buffer);
        return true;
    }
    /** A kept buffer of at least `len` bytes of capacity, now the caller's; undefined when none fits. */
    take(len) {
        const buffers = this.buffers;
        for (let i = buffers.length - 1; i >= 0; i--) {
            const buffer = buffers[i];
            if (buffer.capacity >= len) {
                buffers[i] = buffers[buffers.length - 1];
                buffers.pop();
                return buffer;
            }
        }
        return undefined;
    }
    /** Every kept buffer, for the caller to free; nothing is kept from now on (the thread is ending). */
    drain() {
        this.closed = true;
        return this.buffers.splice(0);
    }
    /** Buffers kept right now. */
    get size() {
        return this.buffers.length;
    }
}
exports.RustBufferPool = RustBufferPool;
