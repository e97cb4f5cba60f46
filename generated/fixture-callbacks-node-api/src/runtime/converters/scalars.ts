/** Integers, floats and booleans: they cross as themselves, without a RustBuffer. */
import type { Reader, Writer } from '../codec';
import type { FfiKind, FfiValue } from '../ffi-types';
import { rewritten, typeError } from './base';
import type { FfiConverter } from './base';

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

export const FfiConverterI8: FfiConverter<number> = new IntegerConverter(
  'i8',
  -128,
  127,
  1,
  (w, v) => w.writeI8(v),
  (r) => r.readI8(),
);
export const FfiConverterU8: FfiConverter<number> = new IntegerConverter(
  'u8',
  0,
  255,
  1,
  (w, v) => w.writeU8(v),
  (r) => r.readU8(),
);
export const FfiConverterI16: FfiConverter<number> = new IntegerConverter(
  'i16',
  -32768,
  32767,
  2,
  (w, v) => w.writeI16(v),
  (r) => r.readI16(),
);
export const FfiConverterU16: FfiConverter<number> = new IntegerConverter(
  'u16',
  0,
  65535,
  2,
  (w, v) => w.writeU16(v),
  (r) => r.readU16(),
);
export const FfiConverterI32: FfiConverter<number> = new IntegerConverter(
  'i32',
  -2147483648,
  2147483647,
  4,
  (w, v) => w.writeI32(v),
  (r) => r.readI32(),
);
export const FfiConverterU32: FfiConverter<number> = new IntegerConverter(
  'u32',
  0,
  4294967295,
  4,
  (w, v) => w.writeU32(v),
  (r) => r.readU32(),
);

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
