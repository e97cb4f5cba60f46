"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HandleMap = void 0;
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
