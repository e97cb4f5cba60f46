/**
 * Converters between TypeScript values and UniFFI's representation, one per type.
 *
 * A converter checks a value before anything crosses (TypeError / RangeError naming the
 * parameter), writes and reads it inside a RustBuffer (nested form), and lowers and lifts it as a
 * top-level argument or return value (scalars directly, everything else through a RustBuffer).
 *
 * Values that change while they are lowered: a record field, an array element, a Map entry is
 * read once by `check`, once by `allocationSize` and once by `write`, and a getter or a Proxy may
 * answer differently each time. `write` is therefore the authority: every converter validates
 * each primitive again at the moment it writes it (a cheap type and range test, the full `check`
 * only to word the error), reads each field, element and entry exactly once, and
 * {@link lowerIntoRustBuffer} refuses a buffer whose written size differs from the measured one.
 * So what crosses is always a value that was valid when it was written, whatever `check` saw.
 * Top-level numbers and bigints (`lowersAsIs`) are checked once and passed as they are: a
 * primitive cannot change between its check and the call.
 *
 * Readers distrust the bytes: a count that the rest of the buffer cannot hold is a RangeError at
 * once (see `minEncodedSize` and {@link ByteReader.readCount}).
 */
import {
  borrowScratch,
  ByteReader,
  ByteWriter,
  returnScratch,
  typedArrayBuffer,
  typedArrayByteOffset,
  typedArrayLength,
  utf8Length,
} from './codec';
import type { Reader, Writer } from './codec';
import type { FfiKind, FfiValue, RustBuffer } from './ffi-types';
import type { RustBufferHost } from './transport/native';

export interface FfiConverter<T> {
  /** The type's name in messages, e.g. `u8`, `string`, `Profile`. */
  readonly typeName: string;
  /** How a value of this type crosses as a top-level argument or return value. */
  readonly kind: FfiKind;
  /** Throws a TypeError or RangeError naming `path` unless `value` is a valid `T`. */
  check(value: unknown, path: string): void;
  /** Bytes `value` takes inside a RustBuffer. */
  allocationSize(value: T): number;
  write(value: T, writer: Writer): void;
  read(reader: Reader): T;
  /** Top-level lowering. Anything it allocates on the Rust side is consumed by the call. */
  lower(value: T, library: RustBufferHost): FfiValue;
  /** Top-level lifting. Takes ownership of (and frees) any RustBuffer in `value`. */
  lift(value: FfiValue, library: RustBufferHost): T;
  /** True when `lower` returns the checked value unchanged (numbers and bigints): calls then skip it. */
  readonly lowersAsIs?: boolean;
  /**
   * The fewest bytes `write` can take for a value of this type (a lower bound: readers refuse
   * counts of elements that the bytes left cannot hold). Absent: 1. Only a type that can take no
   * bytes at all (a record without fields) says 0.
   */
  readonly minEncodedSize?: number;
}

/** {@link FfiConverter.minEncodedSize}, 1 when the converter does not say. */
export function minEncodedSizeOf(converter: { readonly typeName: string; readonly minEncodedSize?: number }): number {
  return converter.minEncodedSize ?? 1;
}

/**
 * The path of a value that failed its validation in `write`, after it had passed `check`: it
 * changed in between (a getter or Proxy), or `write` was called without `check`.
 */
export function rewritten(typeName: string): string {
  return `${typeName} value (changed after its check, while being lowered)`;
}

/** The TypeScript type a converter converts. */
export type ConvertedType<C> = C extends FfiConverter<infer T> ? T : never;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Map) return 'a Map';
  if (typeof value === 'bigint') return `${value}n (bigint)`;
  if (typeof value === 'number') return `${value} (number)`;
  if (typeof value === 'string') return 'a string';
  return typeof value === 'object' ? `an object (${value.constructor?.name ?? 'Object'})` : typeof value;
}

/** `name` after its indefinite article, for messages: `a Counter`, `an ObjectError`. */
export function article(name: string): string {
  return `${/^[AEIOaeio]/.test(name) ? 'an' : 'a'} ${name}`;
}

export function typeError(path: string, expected: string, value: unknown): TypeError {
  return new TypeError(`${path}: expected ${expected}, got ${describe(value)}`);
}

/** Serializes a nested-form value into a fresh RustBuffer. */
export function lowerIntoRustBuffer<T>(converter: FfiConverter<T>, value: T, library: RustBufferHost): RustBuffer {
  const size = converter.allocationSize(value);
  const lent = borrowScratch(size);
  try {
    const writer = new ByteWriter(size, lent);
    converter.write(value, writer);
    writer.finish(converter.typeName);
    return library.rustBufferFromBytes(writer.bytes);
  } finally {
    returnScratch(lent);
  }
}

/** Deserializes a RustBuffer that holds exactly one nested-form value, and frees it. */
export function liftFromRustBuffer<T>(converter: FfiConverter<T>, value: FfiValue, library: RustBufferHost): T {
  const buffer = value as RustBuffer;
  const lent = borrowScratch(buffer.len);
  try {
    let reader: ByteReader;
    if (lent === undefined) {
      reader = new ByteReader(library.takeBytes(buffer));
    } else {
      try {
        library.copyRustBuffer(buffer, lent.bytes);
      } finally {
        library.rustBufferFree(buffer);
      }
      reader = new ByteReader(lent, buffer.len);
    }
    const result = converter.read(reader);
    reader.finish(converter.typeName);
    return result;
  } finally {
    returnScratch(lent);
  }
}

/** Base for every type that crosses the top level inside a RustBuffer. */
export abstract class BufferConverter<T> implements FfiConverter<T> {
  abstract readonly typeName: string;
  readonly kind: FfiKind = 'rust_buffer';
  abstract check(value: unknown, path: string): void;
  abstract allocationSize(value: T): number;
  abstract write(value: T, writer: Writer): void;
  abstract read(reader: Reader): T;
  lower(value: T, library: RustBufferHost): FfiValue {
    return lowerIntoRustBuffer(this, value, library);
  }
  lift(value: FfiValue, library: RustBufferHost): T {
    return liftFromRustBuffer(this, value, library);
  }
}

// ---- integers and floats ------------------------------------------------------------------

class IntegerConverter implements FfiConverter<number> {
  constructor(
    readonly typeName: FfiKind & string,
    private readonly min: number,
    private readonly max: number,
    private readonly size: number,
    private readonly writeFn: (writer: Writer, value: number) => void,
    private readonly readFn: (reader: Reader) => number,
  ) {}
  get kind(): FfiKind {
    return this.typeName;
  }
  check(value: unknown, path: string): void {
    if (typeof value !== 'number') {
      throw typeError(path, `an integer (${this.typeName})`, value);
    }
    if (!Number.isInteger(value)) {
      throw new RangeError(`${path}: ${value} is not an integer (${this.typeName})`);
    }
    if (value < this.min || value > this.max) {
      throw new RangeError(`${path}: ${value} is out of range for ${this.typeName} (${this.min}..=${this.max})`);
    }
  }
  get minEncodedSize(): number {
    return this.size;
  }
  allocationSize(): number {
    return this.size;
  }
  write(value: number, writer: Writer): void {
    // DataView would wrap, truncate or coerce whatever it is given.
    if (typeof value !== 'number' || !(value >= this.min && value <= this.max) || !Number.isInteger(value)) {
      this.check(value, rewritten(this.typeName));
    }
    this.writeFn(writer, value);
  }
  read(reader: Reader): number {
    return this.readFn(reader);
  }
  readonly lowersAsIs = true;
  lower(value: number): FfiValue {
    return value;
  }
  lift(value: FfiValue): number {
    return value as number;
  }
}

export const FfiConverterI8: FfiConverter<number> = new IntegerConverter('i8', -128, 127, 1, (w, v) => w.writeI8(v), (r) => r.readI8());
export const FfiConverterU8: FfiConverter<number> = new IntegerConverter('u8', 0, 255, 1, (w, v) => w.writeU8(v), (r) => r.readU8());
export const FfiConverterI16: FfiConverter<number> = new IntegerConverter('i16', -32768, 32767, 2, (w, v) => w.writeI16(v), (r) => r.readI16());
export const FfiConverterU16: FfiConverter<number> = new IntegerConverter('u16', 0, 65535, 2, (w, v) => w.writeU16(v), (r) => r.readU16());
export const FfiConverterI32: FfiConverter<number> = new IntegerConverter('i32', -2147483648, 2147483647, 4, (w, v) => w.writeI32(v), (r) => r.readI32());
export const FfiConverterU32: FfiConverter<number> = new IntegerConverter('u32', 0, 4294967295, 4, (w, v) => w.writeU32(v), (r) => r.readU32());

class BigIntConverter implements FfiConverter<bigint> {
  constructor(
    readonly typeName: 'i64' | 'u64',
    private readonly min: bigint,
    private readonly max: bigint,
  ) {}
  get kind(): FfiKind {
    return this.typeName;
  }
  check(value: unknown, path: string): void {
    if (typeof value !== 'bigint') {
      throw typeError(path, `a bigint (${this.typeName})`, value);
    }
    if (value < this.min || value > this.max) {
      throw new RangeError(`${path}: ${value} is out of range for ${this.typeName} (${this.min}..=${this.max})`);
    }
  }
  readonly minEncodedSize = 8;
  allocationSize(): number {
    return 8;
  }
  write(value: bigint, writer: Writer): void {
    // setBigUint64 would send 2n ** 70n as 0n.
    if (typeof value !== 'bigint' || value < this.min || value > this.max) this.check(value, rewritten(this.typeName));
    if (this.typeName === 'i64') writer.writeI64(value);
    else writer.writeU64(value);
  }
  read(reader: Reader): bigint {
    return this.typeName === 'i64' ? reader.readI64() : reader.readU64();
  }
  readonly lowersAsIs = true;
  lower(value: bigint): FfiValue {
    return value;
  }
  lift(value: FfiValue): bigint {
    return value as bigint;
  }
}

export const FfiConverterI64: FfiConverter<bigint> = new BigIntConverter('i64', -(2n ** 63n), 2n ** 63n - 1n);
export const FfiConverterU64: FfiConverter<bigint> = new BigIntConverter('u64', 0n, 2n ** 64n - 1n);

const F32_MAX = 3.4028234663852886e38;

/** Rounding to f32 is the type's nature; overflowing to infinity would be a silent wrong value. */
function overflowsF32(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) > F32_MAX && !Number.isFinite(Math.fround(value));
}

class FloatConverter implements FfiConverter<number> {
  constructor(readonly typeName: 'f32' | 'f64') {}
  get kind(): FfiKind {
    return this.typeName;
  }
  check(value: unknown, path: string): void {
    if (typeof value !== 'number') {
      throw typeError(path, `a number (${this.typeName})`, value);
    }
    if (this.typeName === 'f32' && overflowsF32(value)) {
      throw new RangeError(`${path}: ${value} is out of range for f32 (±${F32_MAX})`);
    }
  }
  get minEncodedSize(): number {
    return this.typeName === 'f32' ? 4 : 8;
  }
  allocationSize(): number {
    return this.typeName === 'f32' ? 4 : 8;
  }
  write(value: number, writer: Writer): void {
    if (this.typeName === 'f32') {
      if (typeof value !== 'number' || overflowsF32(value)) this.check(value, rewritten('f32'));
      writer.writeF32(value);
    } else {
      if (typeof value !== 'number') this.check(value, rewritten('f64'));
      writer.writeF64(value);
    }
  }
  read(reader: Reader): number {
    return this.typeName === 'f32' ? reader.readF32() : reader.readF64();
  }
  readonly lowersAsIs = true;
  lower(value: number): FfiValue {
    return value;
  }
  lift(value: FfiValue): number {
    return value as number;
  }
}

export const FfiConverterF32: FfiConverter<number> = new FloatConverter('f32');
export const FfiConverterF64: FfiConverter<number> = new FloatConverter('f64');

export const FfiConverterBool: FfiConverter<boolean> = {
  typeName: 'bool',
  kind: 'i8',
  check(value, path) {
    if (typeof value !== 'boolean') throw typeError(path, 'a boolean', value);
  },
  minEncodedSize: 1,
  allocationSize: () => 1,
  write(value, writer) {
    if (typeof value !== 'boolean') FfiConverterBool.check(value, rewritten('bool'));
    writer.writeI8(value ? 1 : 0);
  },
  read(reader) {
    return readBoolByte(reader.readI8());
  },
  lower: (value) => (value ? 1 : 0),
  lift: (value) => readBoolByte(value as number),
};

function readBoolByte(byte: number): boolean {
  if (byte !== 0 && byte !== 1) {
    throw new RangeError(`invalid bool byte from Rust: ${byte}`);
  }
  return byte === 1;
}

// ---- strings and bytes --------------------------------------------------------------------

const MAX_I32 = 2147483647;

export const FfiConverterString: FfiConverter<string> = {
  typeName: 'string',
  kind: 'rust_buffer',
  check(value, path) {
    if (typeof value !== 'string') throw typeError(path, 'a string', value);
    // UTF-8 cannot carry a lone surrogate; replacing it would silently change the value.
    if (!value.isWellFormed()) {
      throw new TypeError(`${path}: the string contains a lone UTF-16 surrogate and cannot be encoded as UTF-8`);
    }
  },
  minEncodedSize: 4,
  allocationSize: (value) => 4 + utf8Length(value),
  write(value, writer) {
    // TextEncoder would silently turn a lone surrogate into U+FFFD.
    if (typeof value !== 'string' || !value.isWellFormed()) FfiConverterString.check(value, rewritten('string'));
    writer.writeString(value);
  },
  read(reader) {
    return reader.readUtf8(reader.readI32());
  },
  // At the top level a string is its raw UTF-8, without a length prefix.
  lower: (value, library) => library.rustBufferFromString(value),
  lift: (value, library) => library.takeString(value as RustBuffer),
};

/**
 * The length of bytes that passed `instanceof Uint8Array`, as the typed array itself knows it (a
 * subclass getter or an own `length` cannot fake it); a TypeError naming `path` for a look-alike
 * (a Proxy of a Uint8Array, an object with Uint8Array.prototype).
 */
function bytesLength(value: Uint8Array, path: string): number {
  let length: number;
  try {
    length = typedArrayLength.call(value);
  } catch {
    throw typeError(path, 'a Uint8Array', value);
  }
  if (length > MAX_I32) throw new RangeError(`${path}: ${length} bytes exceed the i32 length limit`);
  return length;
}

/**
 * A byte-slice argument as the transports read it (`.length`, then the bytes): the value itself
 * when it is a plain Uint8Array or Buffer, else a plain view of the same bytes, so that a subclass
 * or an own `length` cannot announce more or fewer bytes than it has.
 */
function plainBytes(value: Uint8Array): Uint8Array {
  const proto: unknown = Object.getPrototypeOf(value);
  if ((proto === Uint8Array.prototype || proto === Buffer.prototype) && !Object.hasOwn(value, 'length')) return value;
  return new Uint8Array(typedArrayBuffer.call(value), typedArrayByteOffset.call(value), typedArrayLength.call(value));
}

export const FfiConverterBytes: FfiConverter<Uint8Array> = {
  typeName: 'bytes',
  kind: 'rust_buffer',
  check(value, path) {
    // Node's Buffer is a Uint8Array and is accepted as such.
    if (!(value instanceof Uint8Array)) throw typeError(path, 'a Uint8Array', value);
    bytesLength(value, path);
  },
  minEncodedSize: 4,
  allocationSize: (value) => 4 + typedArrayLength.call(value),
  write(value, writer) {
    if (!(value instanceof Uint8Array)) FfiConverterBytes.check(value, rewritten('bytes'));
    writer.writeI32(bytesLength(value, rewritten('bytes')));
    writer.writeBytes(value);
  },
  read(reader) {
    return reader.readBytes(reader.readI32());
  },
  lower: (value, library) => lowerIntoRustBuffer(FfiConverterBytes, value, library),
  lift: (value, library) => liftFromRustBuffer(FfiConverterBytes, value, library),
};

/** `&[u8]` arguments of sync functions: Rust reads the caller's bytes in place, for one call. */
export const FfiConverterForeignBytes: FfiConverter<Uint8Array> = {
  ...FfiConverterBytes,
  kind: 'foreign_bytes',
  lower: plainBytes,
  lift() {
    throw new TypeError('a byte slice is never returned');
  },
};

// ---- compound types -----------------------------------------------------------------------

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
    for (const [k, v] of mapEntries.call(value) as MapIterator<[K, V]>) size += this.keys.allocationSize(k) + this.values.allocationSize(v);
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

/** The converters of a record's fields, in declaration order. */
export type FieldConverters<T> = { readonly [K in keyof T]-?: FfiConverter<T[K]> };

/** Default values of a record's defaulted fields, as functions (a fresh value each time). */
export type FieldDefaults<T> = { readonly [K in keyof T]?: () => T[K] };

type FieldEntry = readonly [name: string, converter: FfiConverter<unknown>, fallback: (() => unknown) | undefined];

/**
 * The Rust defaults made for the omitted fields of values sent to Rust, by value: each is made
 * once per value, on the first pass that needs it, so the check, size and write passes (and any
 * later sending of the same value) see the same default. An object default
 * (`#[uniffi(default)] object: Arc<Object>`) is built once, as a record built once holds one
 * object in the reference bindings.
 */
class MadeDefaults {
  private readonly made = new WeakMap<object, Record<string, unknown>>();

  /** `value[name]`, or when it is `undefined`, the default `fallback` made for `value`. */
  field(value: object, name: string, fallback: (() => unknown) | undefined): unknown {
    const given = (value as Record<string, unknown>)[name];
    if (given !== undefined || fallback === undefined) return given;
    let made = this.made.get(value);
    if (made === undefined) {
      made = Object.create(null) as Record<string, unknown>;
      this.made.set(value, made);
    }
    if (!(name in made)) made[name] = fallback();
    return made[name];
  }
}

function fieldEntries(fields: object, defaults: object): FieldEntry[] {
  return Object.entries(fields).map(([name, converter]) => [
    name,
    converter as FfiConverter<unknown>,
    (defaults as Record<string, (() => unknown) | undefined>)[name],
  ]);
}

/**
 * A record as a plain object; fields are (de)serialized in declaration order. A field with a Rust
 * default may be omitted (or `undefined`) when passing a record to Rust.
 *
 * Generated code creates every named converter first and defines it afterwards, so that
 * converters can refer to each other in any order, recursion included.
 */
export class RecordConverter<T extends object> extends BufferConverter<T> {
  private entries: readonly FieldEntry[] = [];
  private readonly defaults = new MadeDefaults();

  /** Pass the fields now, or later through {@link define} (generated code does the latter). */
  constructor(
    readonly typeName: string,
    fields?: FieldConverters<T>,
    defaults?: FieldDefaults<T>,
  ) {
    super();
    if (fields !== undefined) this.define(fields, defaults);
  }

  define(fields: FieldConverters<T>, defaults: FieldDefaults<T> = {}): this {
    this.entries = fieldEntries(fields, defaults);
    this.minSize = undefined;
    return this;
  }

  private minSize: number | undefined;

  /** The sum of the fields' (computed on first use, when every converter is defined); 0 without fields. */
  get minEncodedSize(): number {
    if (this.minSize === undefined) {
      // A record cannot contain itself without an Option, Vec or Box in between, which stop the
      // sum; the 0 guards against a cycle anyway.
      this.minSize = 0;
      let size = 0;
      for (const [, converter] of this.entries) size += minEncodedSizeOf(converter);
      this.minSize = size;
    }
    return this.minSize;
  }

  check(value: unknown, path: string): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw typeError(path, `${article(this.typeName)} object`, value);
    }
    for (const [name, converter, fallback] of this.entries) {
      converter.check(this.defaults.field(value, name, fallback), `${path}.${name}`);
    }
  }
  allocationSize(value: T): number {
    let size = 0;
    for (const [name, converter, fallback] of this.entries) {
      size += converter.allocationSize(this.defaults.field(value, name, fallback));
    }
    return size;
  }
  write(value: T, writer: Writer): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.check(value, rewritten(this.typeName));
    // Each field read once here; its converter validates what it writes.
    for (const [name, converter, fallback] of this.entries) {
      converter.write(this.defaults.field(value, name, fallback), writer);
    }
  }
  read(reader: Reader): T {
    const record: Record<string, unknown> = {};
    for (const [name, converter] of this.entries) record[name] = converter.read(reader);
    return record as T;
  }
}

/**
 * The payload of one variant of a tagged enum: named fields (some with Rust defaults, used when
 * the field is omitted), or positional ones (`inner`).
 */
export type VariantPayload =
  | {
      readonly fields: Readonly<Record<string, FfiConverter<unknown>>>;
      readonly defaults?: Readonly<Record<string, () => unknown>>;
    }
  | { readonly tuple: readonly FfiConverter<unknown>[] };

/**
 * An enum with fields as a discriminated union on `tag`: `{ tag: 'Circle', radius: 1 }`, or
 * `{ tag: 'Pair', inner: [1, 'a'] }` for a tuple variant. Crosses as its 1-based variant index,
 * then the payload.
 */
export class TaggedEnumConverter<T extends { readonly tag: string }> extends BufferConverter<T> {
  private variants: ReadonlyArray<readonly [tag: string, payload: VariantPayload]> = [];
  /** Per variant, its named fields with their converters and defaults (empty for tuple variants). */
  private fieldLists: ReadonlyArray<ReadonlyArray<readonly [name: string, converter: FfiConverter<unknown>, fallback: (() => unknown) | undefined]>> = [];
  private readonly defaults = new MadeDefaults();

  constructor(readonly typeName: string) {
    super();
  }

  define(variants: ReadonlyArray<readonly [tag: T['tag'], payload: VariantPayload]>): this {
    this.variants = variants;
    this.fieldLists = variants.map(([, payload]) =>
      'fields' in payload
        ? Object.entries(payload.fields).map(([name, converter]) => [name, converter, payload.defaults?.[name]] as const)
        : [],
    );
    return this;
  }

  /** Every variant takes at least its 4-byte index. */
  readonly minEncodedSize = 4;

  /** `value` with the Rust defaults of its omitted fields filled in (the variant constructors use it). */
  complete(value: { readonly tag: string }): T {
    const entry = this.variants.find(([tag]) => tag === value.tag);
    const payload = entry?.[1];
    if (payload === undefined || !('fields' in payload) || payload.defaults === undefined) return value as T;
    const filled: Record<string, unknown> = { ...(value as unknown as Record<string, unknown>) };
    for (const [name, fallback] of Object.entries(payload.defaults)) {
      if (filled[name] === undefined) filled[name] = fallback();
    }
    return filled as unknown as T;
  }

  private indexOf(tag: unknown): number {
    const variants = this.variants;
    for (let i = 0; i < variants.length; i++) if ((variants[i] as readonly [string, VariantPayload])[0] === tag) return i;
    return -1;
  }

  check(input: unknown, path: string): void {
    if (typeof input !== 'object' || input === null || typeof (input as { tag?: unknown }).tag !== 'string') {
      throw typeError(path, `${article(this.typeName)} (an object with a tag)`, input);
    }
    const record = input as Record<string, unknown>;
    const tag = record.tag;
    const index = this.indexOf(tag);
    const entry = this.variants[index];
    if (entry === undefined) {
      throw typeError(`${path}.tag`, `one of ${this.variants.map(([t]) => JSON.stringify(t)).join(', ')}`, tag);
    }
    const payload = entry[1];
    if ('tuple' in payload) {
      const inner = record.inner;
      if (!Array.isArray(inner) || inner.length !== payload.tuple.length) {
        throw typeError(`${path}.inner`, `an array of ${payload.tuple.length} values`, inner);
      }
      payload.tuple.forEach((converter, i) => converter.check(inner[i], `${path}.inner[${i}]`));
    } else {
      for (const [name, converter, fallback] of this.fieldLists[index] ?? []) {
        converter.check(this.defaults.field(record, name, fallback), `${path}.${name}`);
      }
    }
  }
  allocationSize(input: T): number {
    const record = input as unknown as Record<string, unknown>;
    const index = this.indexOf(record.tag);
    const payload = this.variants[index]?.[1];
    if (payload === undefined) return 4; // write refuses it
    let size = 4;
    if ('tuple' in payload) {
      const inner = record.inner;
      if (!Array.isArray(inner)) return size; // write refuses it
      const items = payload.tuple;
      for (let i = 0; i < items.length; i++) size += (items[i] as FfiConverter<unknown>).allocationSize(inner[i]);
    } else {
      for (const [name, converter, fallback] of this.fieldLists[index] ?? []) {
        size += converter.allocationSize(this.defaults.field(record, name, fallback));
      }
    }
    return size;
  }
  write(input: T, writer: Writer): void {
    if (typeof input !== 'object' || input === null) this.check(input, rewritten(this.typeName));
    // The tag, the payload and each field read once; the field converters validate what they write.
    const record = input as unknown as Record<string, unknown>;
    const tag = record.tag;
    const index = this.indexOf(tag);
    const payload = this.variants[index]?.[1];
    if (payload === undefined) {
      throw typeError(`${rewritten(this.typeName)}.tag`, `one of ${this.variants.map(([t]) => JSON.stringify(t)).join(', ')}`, tag);
    }
    writer.writeI32(index + 1);
    if ('tuple' in payload) {
      const inner = record.inner;
      const items = payload.tuple;
      if (!Array.isArray(inner) || inner.length !== items.length) {
        throw typeError(`${rewritten(this.typeName)}.inner`, `an array of ${items.length} values`, inner);
      }
      for (let i = 0; i < items.length; i++) (items[i] as FfiConverter<unknown>).write(inner[i], writer);
    } else {
      for (const [name, converter, fallback] of this.fieldLists[index] ?? []) {
        converter.write(this.defaults.field(record, name, fallback), writer);
      }
    }
  }
  read(reader: Reader): T {
    const index = reader.readI32();
    const entry = this.variants[index - 1];
    if (entry === undefined) throw new RangeError(`${this.typeName}: invalid variant index ${index}`);
    const [tag, payload] = entry;
    const result: Record<string, unknown> = { tag };
    if ('tuple' in payload) {
      result.inner = payload.tuple.map((converter) => converter.read(reader));
    } else {
      for (const [name, converter] of this.fieldLists[index - 1] ?? []) result[name] = converter.read(reader);
    }
    return result as T;
  }
}

/**
 * A custom type (`uniffi::custom_type!`): crosses as its builtin type, optionally converted by
 * the `lift` / `lower` configured in uniffi.toml.
 */
export class CustomConverter<T, B> implements FfiConverter<T> {
  private builtin: FfiConverter<B> | undefined;
  private liftFn: (value: B) => T = (value) => value as unknown as T;
  private lowerFn: (value: T) => B = (value) => value as unknown as B;

  constructor(readonly typeName: string) {}

  define(builtin: FfiConverter<B>, conversion?: { lift(value: B): T; lower(value: T): B }): this {
    this.builtin = builtin;
    if (conversion !== undefined) {
      this.liftFn = conversion.lift;
      this.lowerFn = conversion.lower;
    }
    return this;
  }

  /** The custom value of a builtin value (how Rust defaults of custom types are written). */
  fromBuiltin(value: B): T {
    return this.liftFn(value);
  }

  private get inner(): FfiConverter<B> {
    if (this.builtin === undefined) throw new Error(`${this.typeName}: converter used before its definition`);
    return this.builtin;
  }
  get kind(): FfiKind {
    return this.inner.kind;
  }
  get minEncodedSize(): number {
    return minEncodedSizeOf(this.inner);
  }
  check(value: unknown, path: string): void {
    let lowered: B;
    try {
      lowered = this.lowerFn(value as T);
    } catch (error) {
      throw new TypeError(`${path}: not a valid ${this.typeName}: ${(error as Error).message}`, { cause: error });
    }
    this.inner.check(lowered, path);
  }
  allocationSize(value: T): number {
    return this.inner.allocationSize(this.lowerFn(value));
  }
  write(value: T, writer: Writer): void {
    this.inner.write(this.lowerFn(value), writer);
  }
  read(reader: Reader): T {
    return this.liftFn(this.inner.read(reader));
  }
  lower(value: T, library: RustBufferHost): FfiValue {
    // The conversion runs again here and may answer differently than for the check: its result
    // is checked again before it crosses (the builtin's `write` validates nested values itself).
    const builtin = this.lowerFn(value);
    const inner = this.inner;
    inner.check(builtin, rewritten(this.typeName));
    return inner.lower(builtin, library);
  }
  lift(value: FfiValue, library: RustBufferHost): T {
    return this.liftFn(this.inner.lift(value, library));
  }
}

/** A flat enum as a union of its variant names; crosses as its 1-based variant index. */
export class FlatEnumConverter<T extends string> extends BufferConverter<T> {
  constructor(
    readonly typeName: string,
    private readonly variants: readonly T[],
  ) {
    super();
  }
  check(value: unknown, path: string): void {
    if (typeof value !== 'string' || !(this.variants as readonly string[]).includes(value)) {
      throw typeError(path, `one of ${this.variants.map((v) => JSON.stringify(v)).join(', ')} (${this.typeName})`, value);
    }
  }
  readonly minEncodedSize = 4;
  allocationSize(): number {
    return 4;
  }
  write(value: T, writer: Writer): void {
    const index = this.variants.indexOf(value);
    // Index 0 would make Rust panic.
    if (index < 0) this.check(value, rewritten(this.typeName));
    writer.writeI32(index + 1);
  }
  read(reader: Reader): T {
    const index = reader.readI32();
    const variant = this.variants[index - 1];
    if (variant === undefined) throw new RangeError(`${this.typeName}: invalid variant index ${index}`);
    return variant;
  }
}
