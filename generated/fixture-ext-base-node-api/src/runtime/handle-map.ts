/**
 * Maps small integer keys to JavaScript values, so that native code can refer to a JavaScript
 * value (a pending future's resolver) by a number it carries around and hands back.
 */
export class HandleMap<T> {
  private readonly entries = new Map<number, T>();
  private nextKey = 1;

  /** Stores `value` and returns its key (never 0, never reused while the map lives). */
  insert(value: T): number {
    const key = this.nextKey++;
    this.entries.set(key, value);
    return key;
  }

  /** Removes and returns the value stored under `key`, or undefined when there is none. */
  take(key: number): T | undefined {
    const value = this.entries.get(key);
    // Unconditionally: a stored `undefined` must not stay in the map forever.
    this.entries.delete(key);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Foreign objects (TypeScript implementations Rust holds) by handle. Handles are odd (UniFFI's
 * rule: Rust-made handles are even), never reused while the map lives, and start at `base + 1`:
 * a transport that routes calls by handle puts who owns the object in the base's high bits.
 */
export class ForeignHandles<T> {
  private readonly entries = new Map<bigint, T>();
  private next: bigint;

  constructor(base = 0n) {
    this.next = base | 1n;
  }

  insert(value: T): bigint {
    const handle = this.next;
    this.next += 2n;
    this.entries.set(handle, value);
    return handle;
  }

  get(handle: bigint): T {
    const value = this.entries.get(handle);
    if (value === undefined) throw new Error(`no foreign object with handle ${handle}`);
    return value;
  }

  /** Removes the handle and returns its object (a handle Rust handed back to us). */
  take(handle: bigint): T {
    const value = this.get(handle);
    this.entries.delete(handle);
    return value;
  }

  /** `uniffi_clone`: a new handle for the same object. */
  clone(handle: bigint): bigint {
    return this.insert(this.get(handle));
  }

  /** `uniffi_free`. */
  remove(handle: bigint): void {
    this.entries.delete(handle);
  }

  /** {@link remove}, bound: a handle made for a call that did not happen. */
  readonly release = (handle: bigint): void => this.remove(handle);

  /** Live handles: every one Rust still holds (and none once it dropped them all). */
  get size(): number {
    return this.entries.size;
  }
}
