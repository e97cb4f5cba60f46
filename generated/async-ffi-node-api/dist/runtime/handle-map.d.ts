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
