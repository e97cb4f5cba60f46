/**
 * A stand-in for NativeLibrary with only the RustBuffer methods the converters, lowerArguments and
 * checkCallStatus call. Every buffer is tracked so tests can assert what was allocated and freed.
 */
import type { RustBuffer } from '../src/ffi-types';
import { ForeignHandles } from '../src/handle-map';
import type { NativeLibrary } from '../src/transport/native';

export class FakeNative {
  /** Live buffers by address. */
  readonly live = new Map<number, Uint8Array>();
  /** Every buffer ever allocated, in order. */
  readonly allocated: RustBuffer[] = [];
  /** Every free, in order (addresses). */
  readonly freed: number[] = [];
  /** When set, the allocation with this 0-based index throws (as an out-of-memory would). */
  failAllocation: number | undefined;
  private nextAddress = 0x1000;
  private readonly handleMaps = new Map<string, ForeignHandles<object>>();

  get native(): NativeLibrary {
    return this as unknown as NativeLibrary;
  }

  /** One handle map per interface, as a backend that routes no call by handle keeps them. */
  foreignHandles(initSymbol: string): ForeignHandles<object> {
    let handles = this.handleMaps.get(initSymbol);
    if (handles === undefined) this.handleMaps.set(initSymbol, (handles = new ForeignHandles()));
    return handles;
  }

  rustBufferFromBytes(bytes: Uint8Array): RustBuffer {
    if (this.failAllocation === this.allocated.length) {
      this.failAllocation = undefined;
      throw new Error('fake: rustbuffer_from_bytes failed');
    }
    const data = this.nextAddress;
    this.nextAddress += 0x100;
    const buffer: RustBuffer = { capacity: bytes.length, len: bytes.length, data };
    this.live.set(data, Uint8Array.from(bytes));
    this.allocated.push(buffer);
    return buffer;
  }

  rustBufferFromString(value: string): RustBuffer {
    return this.rustBufferFromBytes(Buffer.from(value, 'utf8'));
  }

  rustBufferFree(buffer: RustBuffer): void {
    if (!this.live.has(buffer.data)) {
      throw new Error(`fake: freeing ${buffer.data.toString(16)}, which is not live (double free?)`);
    }
    this.live.delete(buffer.data);
    this.freed.push(buffer.data);
  }

  copyRustBuffer(buffer: RustBuffer, into: Uint8Array): void {
    const bytes = this.live.get(buffer.data);
    if (bytes === undefined) throw new Error(`fake: copying ${buffer.data.toString(16)}, which is not live`);
    into.set(bytes);
  }

  takeInto(buffer: RustBuffer, into: Uint8Array): void {
    try {
      this.copyRustBuffer(buffer, into);
    } finally {
      this.rustBufferFree(buffer);
    }
  }

  takeBytes(buffer: RustBuffer): Uint8Array {
    const bytes = this.live.get(buffer.data);
    if (bytes === undefined) throw new Error(`fake: taking ${buffer.data.toString(16)}, which is not live`);
    this.rustBufferFree(buffer);
    return bytes;
  }

  takeString(buffer: RustBuffer): string {
    return Buffer.from(this.takeBytes(buffer)).toString('utf8');
  }

  /** How many times the buffer at `data` was freed. */
  freeCount(data: number): number {
    return this.freed.filter((address) => address === data).length;
  }
}
