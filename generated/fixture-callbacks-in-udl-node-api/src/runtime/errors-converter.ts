/** Lifting typed Rust errors into the generated Error subclasses. */
import { ByteReader } from './codec';
import type { Reader, Writer } from './codec';
import { article, BufferConverter, FfiConverterString } from './converters';
import type { FieldConverters, FfiConverter } from './converters';
import { UniffiError } from './errors';

const UniffiErrorPrototype: object = UniffiError.prototype;

/** One variant of an error enum: how to read it from Rust, and check and write it back. */
export interface ErrorVariant<E> {
  readonly name: string;
  read(reader: Reader): E;
  check(value: E, path: string): void;
  allocationSize(value: E): number;
  write(value: E, writer: Writer): void;
}

function fieldsOf(value: unknown): Record<string, unknown> {
  return value as Record<string, unknown>;
}

/** A variant with named fields (or none): `new Variant(fields)`. */
export function errorVariant<F extends object, E>(
  name: string,
  create: (fields: F) => E,
  fields: FieldConverters<F>,
): ErrorVariant<E> {
  const entries = Object.entries(fields) as Array<[string, FfiConverter<unknown>]>;
  return {
    name,
    read(reader) {
      const values: Record<string, unknown> = {};
      for (const [field, converter] of entries) values[field] = converter.read(reader);
      return create(values as F);
    },
    check(value, path) {
      for (const [field, converter] of entries) converter.check(fieldsOf(value)[field], `${path}.${field}`);
    },
    allocationSize(value) {
      return entries.reduce((size, [field, converter]) => size + converter.allocationSize(fieldsOf(value)[field]), 0);
    },
    write(value, writer) {
      for (const [field, converter] of entries) converter.write(fieldsOf(value)[field], writer);
    },
  };
}

/** A variant with unnamed fields: `new Variant([a, b])`, read back as `error.inner`. */
export function errorTupleVariant<E>(
  name: string,
  create: (inner: unknown[]) => E,
  items: readonly FfiConverter<unknown>[],
): ErrorVariant<E> {
  const inner = (value: E): unknown[] => fieldsOf(value).inner as unknown[];
  return {
    name,
    read: (reader) => create(items.map((converter) => converter.read(reader))),
    check(value, path) {
      items.forEach((converter, i) => converter.check(inner(value)[i], `${path}.inner[${i}]`));
    },
    allocationSize: (value) =>
      items.reduce((size, converter, i) => size + converter.allocationSize(inner(value)[i]), 0),
    write(value, writer) {
      items.forEach((converter, i) => converter.write(inner(value)[i], writer));
    },
  };
}

/** A variant of a flat error (`#[uniffi(flat_error)]`): Rust sends only its `Display` message, and reads only the index. */
export function flatErrorVariant<E>(name: string, create: (message: string) => E): ErrorVariant<E> {
  return {
    name,
    read: (reader) => create(FfiConverterString.read(reader)),
    check() {},
    allocationSize: () => 0,
    write() {},
  };
}

/** Whether the error's generated class has a `toString()` of its own: Rust's `Display`. */
function exportsDisplay(error: UniffiError): boolean {
  for (
    let proto: unknown = Object.getPrototypeOf(error);
    proto !== null && proto !== UniffiErrorPrototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    if (Object.prototype.hasOwnProperty.call(proto, 'toString')) return true;
  }
  return false;
}

/** Turns the serialized error of a failed call into the Error to throw. */
export interface ErrorLifter {
  readonly typeName: string;
  readAll(bytes: Uint8Array): Error;
}

/**
 * The lifter of an error that its converter reads: an object used as an error (the buffer holds
 * its handle), or a custom type over an error enum or an object (the custom type's lift, if
 * any, turns what the builtin's converter read into what is thrown).
 */
export function objectErrorLifter<E extends Error>(converter: FfiConverter<E>): ErrorLifter {
  return {
    typeName: converter.typeName,
    readAll(bytes) {
      const reader = new ByteReader(bytes);
      const error = converter.read(reader);
      reader.finish(converter.typeName);
      return error;
    },
  };
}

/** An error enum: a 1-based variant index, then the variant's payload (flat errors: a message from Rust, nothing to Rust). */
export class ErrorConverter<E extends UniffiError> extends BufferConverter<E> implements ErrorLifter {
  private variants: readonly ErrorVariant<E>[] = [];

  /** Pass the variants now, or later through {@link define} (generated code does the latter). */
  constructor(
    readonly typeName: string,
    variants?: readonly ErrorVariant<E>[],
  ) {
    super();
    if (variants !== undefined) this.define(variants);
  }

  define(variants: readonly ErrorVariant<E>[]): this {
    this.variants = variants;
    return this;
  }
  private variantOf(value: E): readonly [number, ErrorVariant<E>] {
    const index = this.variants.findIndex((v) => v.name === value.tag);
    const variant = this.variants[index];
    if (variant === undefined) throw new RangeError(`${this.typeName}: unknown variant ${value.tag}`);
    return [index, variant];
  }
  check(value: unknown, path: string): void {
    if (!(value instanceof Error) || !this.variants.some((v) => v.name === (value as UniffiError).tag)) {
      throw new TypeError(`${path}: expected ${article(this.typeName)}`);
    }
    this.variantOf(value as E)[1].check(value as E, path);
  }
  allocationSize(value: E): number {
    return 4 + this.variantOf(value)[1].allocationSize(value);
  }
  write(value: E, writer: Writer): void {
    const [index, variant] = this.variantOf(value);
    writer.writeI32(index + 1);
    variant.write(value, writer);
  }
  read(reader: Reader): E {
    const index = reader.readI32();
    const variant = this.variants[index - 1];
    if (variant === undefined) {
      throw new RangeError(`${this.typeName}: invalid variant index ${index}`);
    }
    const error = variant.read(reader);
    if (exportsDisplay(error)) {
      // Rust's Display is the natural message; without it, the message lists the fields.
      error.message = String(error);
    }
    return error;
  }
  /** Reads the whole serialized error. */
  readAll(bytes: Uint8Array): E {
    const reader = new ByteReader(bytes);
    const error = this.read(reader);
    reader.finish(this.typeName);
    return error;
  }
}
