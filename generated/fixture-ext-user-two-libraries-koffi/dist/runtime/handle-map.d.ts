/**
 * Maps small integer keys to JavaScript values, so that native code can refer to a JavaScript
 * value (a pending future's resolver) by a number it carries around and hands back.
 */
export declare class HandleMap<T> {
    private readonly entries;
    private nextKey;
    /** Stores `value` and returns its key (never 0, never reused while the map lives). */
    insert(value: T): number;
    /** Removes and returns the value stored under `key`, or undefined when there is none. */
    take(key: number): T | undefined;
    get size(): number;
}
/**
 * Foreign objects (TypeScript implementations Rust holds) by handle. Handles are odd (UniFFI's
 * rule: Rust-made handles are even), never reused while the map lives, and start at `base + 1`:
 * a transport that routes calls by handle puts who owns the object in the base's high bits.
 */
export declare class ForeignHandles<T> {
    private readonly entries;
    private next;
    constructor(base?: bigint);
    insert(value: T): bigint;
    get(handle: bigint): T;
    /** Removes the handle and returns its object (a handle Rust handed back to us). */
    take(handle: bigint): T;
    /** `uniffi_clone`: a new handle for the same object. */
    clone(handle: bigint): bigint;
    /** `uniffi_free`. */
    remove(handle: bigint): void;
    /** {@link remove}, bound: a handle made for a call that did not happen. */
    readonly release: (handle: bigint) => void;
    /** Live handles: every one Rust still holds (and none once it dropped them all). */
    get size(): number;
}
