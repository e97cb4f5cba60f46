/** Custom types (`uniffi::custom_type!`): their builtin type, optionally converted. */
import type { Reader, Writer } from '../codec';
import type { FfiKind, FfiValue } from '../ffi-types';
import type { RustBufferHost } from '../transport/native';
import { minEncodedSizeOf, rewritten } from './base';
import type { FfiConverter } from './base';
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
