/** `Option`, `Vec`, `HashSet` and `HashMap`: counts checked, every item read once when written. */
import type { Reader, Writer } from '../codec';
import { minEncodedSizeOf, rewritten, typeError, BufferConverter, MAX_I32 } from './base';
import type { FfiConverter } from './base';

function checkCount(path: string, count: number): void {
  // A Proxy's `length` may be anything.
  if (!(count >= 0 && count <= MAX_I32) || !Number.isInteger(count)) {
    throw new RangeError(`${path}: ${count} items exceed the i32 count limit`);
  }
}

// A Set's or Map's own size and iteration, which a subclass or own properties cannot fake.
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size')?.get as (this: Set<unknown>) => number;
const setValues = Set.prototype.values;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size')?.get as (this: Map<unknown, unknown>) => number;
const mapEntries = Map.prototype.entries;

/** Throws unless as many items were written as the count written before them. */
function checkWrittenCount(typeName: string, announced: number, written: number): void {
  if (written !== announced) {
    throw new RangeError(`${rewritten(typeName)}: ${written} items written after a count of ${announced}`);
  }
}

/** `Option<T>` as `T | undefined` (`null` is accepted as None too). */
export class OptionalConverter<T> extends BufferConverter<T | undefined> {
  readonly typeName: string;
  constructor(private readonly inner: FfiConverter<T>) {
    super();
    this.typeName = `Option<${inner.typeName}>`;
  }
  check(value: unknown, path: string): void {
    if (value !== undefined && value !== null) this.inner.check(value, path);
  }
  readonly minEncodedSize = 1;
  allocationSize(value: T | undefined): number {
    return value === undefined || value === null ? 1 : 1 + this.inner.allocationSize(value);
  }
  write(value: T | undefined, writer: Writer): void {
    if (value === undefined || value === null) {
      writer.writeI8(0);
    } else {
      writer.writeI8(1);
      this.inner.write(value, writer);
    }
  }
  read(reader: Reader): T | undefined {
    const tag = reader.readI8();
    if (tag === 0) return undefined;
    if (tag === 1) return this.inner.read(reader);
    throw new RangeError(`${this.typeName}: invalid option tag ${tag}`);
  }
}

/** `Vec<T>` as `T[]`. */
export class SequenceConverter<T> extends BufferConverter<T[]> {
  readonly typeName: string;
  constructor(private readonly inner: FfiConverter<T>) {
    super();
    this.typeName = `Vec<${inner.typeName}>`;
  }
  check(value: unknown, path: string): void {
    if (!Array.isArray(value)) throw typeError(path, 'an array', value);
    const length = value.length;
    checkCount(path, length);
    for (let i = 0; i < length; i++) this.inner.check(value[i], `${path}[${i}]`);
  }
  readonly minEncodedSize = 4;
  allocationSize(value: T[]): number {
    const inner = this.inner;
    const length = value.length;
    let size = 4;
    for (let i = 0; i < length; i++) size += inner.allocationSize(value[i] as T);
    return size;
  }
  write(value: T[], writer: Writer): void {
    if (!Array.isArray(value)) this.check(value, rewritten(this.typeName));
    const inner = this.inner;
    // By index, the length read once: an array's own Symbol.iterator is not consulted.
    const length = value.length;
    checkCount(rewritten(this.typeName), length);
    writer.writeI32(length);
    for (let i = 0; i < length; i++) inner.write(value[i] as T, writer);
  }
  read(reader: Reader): T[] {
    const count = reader.readCount(minEncodedSizeOf(this.inner), this.typeName);
    const items: T[] = [];
    for (let i = 0; i < count; i++) items.push(this.inner.read(reader));
    return items;
  }
}

/** `HashSet<T>` as `Set<T>`. */
export class SetConverter<T> extends BufferConverter<Set<T>> {
  readonly typeName: string;
  constructor(private readonly inner: FfiConverter<T>) {
    super();
    this.typeName = `HashSet<${inner.typeName}>`;
  }
  check(value: unknown, path: string): void {
    if (!(value instanceof Set)) throw typeError(path, 'a Set', value);
    checkCount(path, setSize.call(value));
    let i = 0;
    for (const item of setValues.call(value)) this.inner.check(item, `${path} item ${i++}`);
  }
  readonly minEncodedSize = 4;
  allocationSize(value: Set<T>): number {
    let size = 4;
    for (const item of setValues.call(value) as SetIterator<T>) size += this.inner.allocationSize(item);
    return size;
  }
  write(value: Set<T>, writer: Writer): void {
    if (!(value instanceof Set)) this.check(value, rewritten(this.typeName));
    const count = setSize.call(value);
    writer.writeI32(count);
    let written = 0;
    // An item's getter may add to the set while it is written: the count written first decides.
    for (const item of setValues.call(value) as SetIterator<T>) {
      if (written === count) break;
      this.inner.write(item, writer);
      written++;
    }
    checkWrittenCount(this.typeName, count, written);
  }
  read(reader: Reader): Set<T> {
    const count = reader.readCount(minEncodedSizeOf(this.inner), this.typeName);
    const set = new Set<T>();
    for (let i = 0; i < count; i++) set.add(this.inner.read(reader));
    return set;
  }
}

/** `HashMap<K, V>` as `Map<K, V>`. */
export class MapConverter<K, V> extends BufferConverter<Map<K, V>> {
  readonly typeName: string;
  constructor(
    private readonly keys: FfiConverter<K>,
    private readonly values: FfiConverter<V>,
  ) {
    super();
    this.typeName = `HashMap<${keys.typeName}, ${values.typeName}>`;
  }
  check(value: unknown, path: string): void {
    if (!(value instanceof Map)) throw typeError(path, 'a Map', value);
    checkCount(path, mapSize.call(value));
    for (const [k, v] of mapEntries.call(value)) {
      this.keys.check(k, `${path} key`);
      this.values.check(v, `${path}[${typeof k === 'string' ? JSON.stringify(k) : String(k)}]`);
    }
  }
  readonly minEncodedSize = 4;
  allocationSize(value: Map<K, V>): number {
    let size = 4;
    for (const [k, v] of mapEntries.call(value) as MapIterator<[K, V]>)
      size += this.keys.allocationSize(k) + this.values.allocationSize(v);
    return size;
  }
  write(value: Map<K, V>, writer: Writer): void {
    if (!(value instanceof Map)) this.check(value, rewritten(this.typeName));
    const count = mapSize.call(value);
    writer.writeI32(count);
    let written = 0;
    for (const [k, v] of mapEntries.call(value) as MapIterator<[K, V]>) {
      if (written === count) break;
      this.keys.write(k, writer);
      this.values.write(v, writer);
      written++;
    }
    checkWrittenCount(this.typeName, count, written);
  }
  read(reader: Reader): Map<K, V> {
    const count = reader.readCount(minEncodedSizeOf(this.keys) + minEncodedSizeOf(this.values), this.typeName);
    const map = new Map<K, V>();
    for (let i = 0; i < count; i++) {
      const k = this.keys.read(reader);
      map.set(k, this.values.read(reader));
    }
    return map;
  }
}
