/** `Option`, `Vec`, `HashSet` and `HashMap`: counts checked, every item read once when written. */
import type { Reader, Writer } from '../codec';
import { BufferConverter } from './base';
import type { FfiConverter } from './base';
/** `Option<T>` as `T | undefined` (`null` is accepted as None too). */
export declare class OptionalConverter<T> extends BufferConverter<T | undefined> {
    private readonly inner;
    readonly typeName: string;
    constructor(inner: FfiConverter<T>);
    check(value: unknown, path: string): void;
    readonly minEncodedSize = 1;
    allocationSize(value: T | undefined): number;
    write(value: T | undefined, writer: Writer): void;
    read(reader: Reader): T | undefined;
}
/** `Vec<T>` as `T[]`. */
export declare class SequenceConverter<T> extends BufferConverter<T[]> {
    private readonly inner;
    readonly typeName: string;
    constructor(inner: FfiConverter<T>);
    check(value: unknown, path: string): void;
    readonly minEncodedSize = 4;
    allocationSize(value: T[]): number;
    write(value: T[], writer: Writer): void;
    read(reader: Reader): T[];
}
/** `HashSet<T>` as `Set<T>`. */
export declare class SetConverter<T> extends BufferConverter<Set<T>> {
    private readonly inner;
    readonly typeName: string;
    constructor(inner: FfiConverter<T>);
    check(value: unknown, path: string): void;
    readonly minEncodedSize = 4;
    allocationSize(value: Set<T>): number;
    write(value: Set<T>, writer: Writer): void;
    read(reader: Reader): Set<T>;
}
/** `HashMap<K, V>` as `Map<K, V>`. */
export declare class MapConverter<K, V> extends BufferConverter<Map<K, V>> {
    private readonly keys;
    private readonly values;
    readonly typeName: string;
    constructor(keys: FfiConverter<K>, values: FfiConverter<V>);
    check(value: unknown, path: string): void;
    readonly minEncodedSize = 4;
    allocationSize(value: Map<K, V>): number;
    write(value: Map<K, V>, writer: Writer): void;
    read(reader: Reader): Map<K, V>;
}
