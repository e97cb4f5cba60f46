/** Lifting typed Rust errors into the generated Error subclasses. */
import { ByteReader } from './codec';
import type { ByteWriter } from './codec';
import { BufferConverter, FfiConverterString } from './converters';
import type { FieldConverters, FfiConverter } from './converters';
import type { UniffiError } from './errors';

/** One variant of an error enum: how to build it from its fields. */
export interface ErrorVariant<E> {
  readonly name: string;
  read(reader: ByteReader): E;
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
  };
}

/** A variant of a flat error (`#[uniffi(flat_error)]`): Rust sends only its `Display` message. */
export function flatErrorVariant<E>(name: string, create: (message: string) => E): ErrorVariant<E> {
  return { name, read: (reader) => create(FfiConverterString.read(reader)) };
}

/** Turns the serialized error of a failed call into the Error to throw. */
export interface ErrorLifter {
  readonly typeName: string;
  readAll(bytes: Uint8Array): Error;
}

/** The lifter of an object used as an error: the buffer holds the object's handle. */
export function objectErrorLifter(converter: FfiConverter<Error>): ErrorLifter {
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

/** Reads an error enum: a 1-based variant index, then the variant's payload. Lift-only. */
export class ErrorConverter<E extends UniffiError> extends BufferConverter<E> implements ErrorLifter {
  private variants: readonly ErrorVariant<E>[] = [];

  /** Pass the variants now, or later through {@link define} (generated code does the latter). */
  constructor(readonly typeName: string, variants?: readonly ErrorVariant<E>[]) {
    super();
    if (variants !== undefined) this.define(variants);
  }

  define(variants: readonly ErrorVariant<E>[]): this {
    this.variants = variants;
    return this;
  }
  check(_value: unknown, path: string): void {
    throw new TypeError(`${path}: ${this.typeName} cannot be passed to Rust by these bindings`);
  }
  allocationSize(): number {
    throw new TypeError(`${this.typeName} cannot be passed to Rust`);
  }
  write(_value: E, _writer: ByteWriter): void {
    throw new TypeError(`${this.typeName} cannot be passed to Rust`);
  }
  read(reader: ByteReader): E {
    const index = reader.readI32();
    const variant = this.variants[index - 1];
    if (variant === undefined) {
      throw new RangeError(`${this.typeName}: invalid variant index ${index}`);
    }
    return variant.read(reader);
  }
  /** Reads the whole serialized error. */
  readAll(bytes: Uint8Array): E {
    const reader = new ByteReader(bytes);
    const error = this.read(reader);
    reader.finish(this.typeName);
    return error;
  }
}
