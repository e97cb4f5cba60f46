/**
 * Timestamps and durations. UniFFI carries nanoseconds; a JavaScript `Date` has milliseconds, so
 * `SystemTime` is not a `Date` here: it is a {@link Timestamp}, exact to the nanosecond, with
 * conversions to and from `Date` (which truncate to the millisecond, as documented on each).
 */
import type { Reader, Writer } from './codec';
import { brandClass } from './brand';
import { BufferConverter, typeError } from './converters';

const NANOS_PER_SECOND = 1_000_000_000n;

/** A point in time (Rust `SystemTime`): nanoseconds since 1970-01-01T00:00:00Z, negative before. */
export class Timestamp {
  /** Nanoseconds since the Unix epoch. */
  readonly epochNanoseconds: bigint;

  constructor(epochNanoseconds: bigint) {
    if (typeof epochNanoseconds !== 'bigint') throw typeError('epochNanoseconds', 'a bigint', epochNanoseconds);
    this.epochNanoseconds = epochNanoseconds;
  }

  /** The instant of a `Date` (exact: a Date has whole milliseconds). */
  static fromDate(date: Date): Timestamp {
    const ms = date.getTime();
    if (Number.isNaN(ms)) throw new RangeError('Timestamp.fromDate: invalid Date');
    return new Timestamp(BigInt(ms) * 1_000_000n);
  }

  static fromEpochMilliseconds(ms: number): Timestamp {
    if (!Number.isInteger(ms)) throw new RangeError(`Timestamp.fromEpochMilliseconds: ${ms} is not an integer`);
    return new Timestamp(BigInt(ms) * 1_000_000n);
  }

  /** Now, to the millisecond. */
  static now(): Timestamp {
    return Timestamp.fromEpochMilliseconds(Date.now());
  }

  /** Whole seconds since the epoch, rounded toward negative infinity. */
  get epochSeconds(): bigint {
    const s = this.epochNanoseconds / NANOS_PER_SECOND;
    return this.epochNanoseconds < 0n && s * NANOS_PER_SECOND !== this.epochNanoseconds ? s - 1n : s;
  }

  /** A `Date` for this instant, truncated toward negative infinity to the millisecond. */
  toDate(): Date {
    const ns = this.epochNanoseconds;
    let ms = ns / 1_000_000n;
    if (ns < 0n && ms * 1_000_000n !== ns) ms -= 1n;
    return new Date(Number(ms));
  }

  equals(other: Timestamp): boolean {
    return other instanceof Timestamp && other.epochNanoseconds === this.epochNanoseconds;
  }

  /** ISO 8601 with all nine fractional digits, e.g. `1969-12-31T23:59:59.999999999Z`. */
  toString(): string {
    const date = this.toDate();
    const subMs = Number(((this.epochNanoseconds % 1_000_000n) + 1_000_000n) % 1_000_000n);
    return date.toISOString().replace('Z', `${String(subMs).padStart(6, '0')}Z`);
  }
}

/** A span of time (Rust `Duration`): a non-negative number of nanoseconds. */
export class Duration {
  readonly nanoseconds: bigint;

  constructor(nanoseconds: bigint) {
    if (typeof nanoseconds !== 'bigint') throw typeError('nanoseconds', 'a bigint', nanoseconds);
    if (nanoseconds < 0n) throw new RangeError(`Duration: ${nanoseconds} ns is negative`);
    this.nanoseconds = nanoseconds;
  }

  static fromMilliseconds(ms: number): Duration {
    if (!Number.isInteger(ms)) throw new RangeError(`Duration.fromMilliseconds: ${ms} is not an integer`);
    return new Duration(BigInt(ms) * 1_000_000n);
  }

  static fromSeconds(seconds: bigint, nanoseconds = 0): Duration {
    return new Duration(seconds * NANOS_PER_SECOND + BigInt(nanoseconds));
  }

  /** Whole seconds. */
  get seconds(): bigint {
    return this.nanoseconds / NANOS_PER_SECOND;
  }

  /** Milliseconds, as a number (may round for spans beyond 2^53 ms). */
  toMilliseconds(): number {
    return Number(this.nanoseconds) / 1e6;
  }

  equals(other: Duration): boolean {
    return other instanceof Duration && other.nanoseconds === this.nanoseconds;
  }

  toString(): string {
    return `${this.seconds}.${String(this.nanoseconds % NANOS_PER_SECOND).padStart(9, '0')}s`;
  }
}

brandClass(Timestamp, 'Timestamp');
brandClass(Duration, 'Duration');

const U64_MAX = 2n ** 64n - 1n;
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;

/**
 * `SystemTime`: i64 seconds whose sign is the direction from the epoch, then u32 nanoseconds of
 * magnitude (UniFFI's encoding). Before the epoch, -1.5 s is (-1, 500000000).
 */
export class TimestampConverter extends BufferConverter<Timestamp> {
  readonly typeName = 'Timestamp';
  check(value: unknown, path: string): void {
    if (!(value instanceof Timestamp)) throw typeError(path, 'a Timestamp', value);
    const magnitude = value.epochNanoseconds < 0n ? -value.epochNanoseconds : value.epochNanoseconds;
    const seconds = magnitude / NANOS_PER_SECOND;
    if (seconds > I64_MAX || -seconds < I64_MIN) throw new RangeError(`${path}: ${value.toString()} is out of range`);
    if (value.epochNanoseconds < 0n && seconds === 0n) {
      // UniFFI encodes the sign on the seconds: an instant within one second before the epoch
      // would come back after it. Refuse rather than change the value.
      throw new RangeError(`${path}: UniFFI cannot represent instants in the second before 1970-01-01 (${value.toString()})`);
    }
  }
  allocationSize(): number {
    return 12;
  }
  write(value: Timestamp, writer: Writer): void {
    const negative = value.epochNanoseconds < 0n;
    const magnitude = negative ? -value.epochNanoseconds : value.epochNanoseconds;
    const seconds = magnitude / NANOS_PER_SECOND;
    writer.writeI64(negative ? -seconds : seconds);
    writer.writeU32(Number(magnitude % NANOS_PER_SECOND));
  }
  read(reader: Reader): Timestamp {
    const seconds = reader.readI64();
    const nanos = BigInt(reader.readU32());
    return new Timestamp(seconds < 0n ? seconds * NANOS_PER_SECOND - nanos : seconds * NANOS_PER_SECOND + nanos);
  }
}

/** `Duration`: u64 seconds then u32 nanoseconds. */
export class DurationConverter extends BufferConverter<Duration> {
  readonly typeName = 'Duration';
  check(value: unknown, path: string): void {
    if (!(value instanceof Duration)) throw typeError(path, 'a Duration', value);
    if (value.seconds > U64_MAX) throw new RangeError(`${path}: ${value.toString()} exceeds u64 seconds`);
  }
  allocationSize(): number {
    return 12;
  }
  write(value: Duration, writer: Writer): void {
    writer.writeU64(value.nanoseconds / NANOS_PER_SECOND);
    writer.writeU32(Number(value.nanoseconds % NANOS_PER_SECOND));
  }
  read(reader: Reader): Duration {
    const seconds = reader.readU64();
    const nanos = reader.readU32();
    if (nanos >= 1_000_000_000) throw new RangeError(`Duration: ${nanos} nanoseconds is not below one second`);
    return new Duration(seconds * NANOS_PER_SECOND + BigInt(nanos));
  }
}

export const FfiConverterTimestamp = new TimestampConverter();
export const FfiConverterDuration = new DurationConverter();
