"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ForeignHandles = exports.HandleMap = void 0;
/**
 * Maps small integer keys to JavaScript values, so that native code can refer to a JavaScript
 * value (a pending future's resolver) by a number it carries around and hands back.
 */
class HandleMap {
    entries = new Map();
    nextKey = 1;
    /** Stores `value` and returns its key (never 0, never reused while the map lives). */
    insert(value) {
        const key = this.nextKey++;
        this.entries.set(key, value);
        return key;
    }
    /** Removes and returns the value stored under `key`, or undefined when there is none. */
    take(key) {
        const value = this.entries.get(key);
        // Unconditionally: a stored `undefined` must not stay in the map forever.
        this.entries.delete(key);
        return value;
    }
    get size() {
        return this.entries.size;
    }
}
exports.HandleMap = HandleMap;
/**
 * Foreign objects (TypeScript implementations Rust holds) by handle. Handles are odd (UniFFI's
 * rule: Rust-made handles are even), never reused while the map lives, and start at `base + 1`:
 * a transport that routes calls by handle puts who owns the object in the base's high bits.
 */
class ForeignHandles {
    entries = new Map();
    next;
    constructor(base = 0n) {
        this.next = base | 1n;
    }
    insert(value) {
        const handle = this.next;
        this.next += 2n;
        this.entries.set(handle, value);
        return handle;
    }
    get(handle) {
        const value = this.entries.get(handle);
        if (value === undefined)
            throw new Error(`no foreign object with handle ${handle}`);
        return value;
    }
    /** Removes the handle and returns its object (a handle Rust handed back to us). */
    take(handle) {
        const value = this.get(handle);
        this.entries.delete(handle);
        return value;
    }
    /** `uniffi_clone`: a new handle for the same object. */
    clone(handle) {
        return this.insert(this.get(handle));
    }
    /** `uniffi_free`. */
    remove(handle) {
        this.entries.delete(handle);
    }
    /** {@link remove}, bound: a handle made for a call that did not happen. */
    release = (handle) => this.remove(handle);
    /** Live handles: every one Rust still holds (and none once it dropped them all). */
    get size() {
        return this.entries.size;
    }
}
exports.ForeignHandles = ForeignHandles;
