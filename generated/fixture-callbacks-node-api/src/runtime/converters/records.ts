/** Records and enums (tagged and flat), with the Rust defaults of omitted fields. */
import type { Reader, Writer } from '../codec';
import { minEncodedSizeOf, rewritten, article, typeError, BufferConverter } from './base';
import type { FfiConverter } from './base';
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
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      this.check(value, rewritten(this.typeName));
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
  private fieldLists: ReadonlyArray<
    ReadonlyArray<readonly [name: string, converter: FfiConverter<unknown>, fallback: (() => unknown) | undefined]>
  > = [];
  private readonly defaults = new MadeDefaults();

  constructor(readonly typeName: string) {
    super();
  }

  define(variants: ReadonlyArray<readonly [tag: T['tag'], payload: VariantPayload]>): this {
    this.variants = variants;
    this.fieldLists = variants.map(([, payload]) =>
      'fields' in payload
        ? Object.entries(payload.fields).map(
            ([name, converter]) => [name, converter, payload.defaults?.[name]] as const,
          )
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
    for (let i = 0; i < variants.length; i++)
      if ((variants[i] as readonly [string, VariantPayload])[0] === tag) return i;
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
      throw typeError(
        `${rewritten(this.typeName)}.tag`,
        `one of ${this.variants.map(([t]) => JSON.stringify(t)).join(', ')}`,
        tag,
      );
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
      throw typeError(
        path,
        `one of ${this.variants.map((v) => JSON.stringify(v)).join(', ')} (${this.typeName})`,
        value,
      );
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
