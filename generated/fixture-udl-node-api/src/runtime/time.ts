/**
 * Timestamps and durations. UniFFI carries nanoseconds; a JavaScript `Date` has milliseconds, so
 * `SystemTime` is not a `Date` here: it is a {@link Timestamp}, exact to the nanosecond, with
 * conversions to and from `Date` (which truncate to the millisecond, as documented on each).
 */
import type { Reader, Writer } from './codec';
import { brandClass } from './brand';
import { BufferConverter, typeError } from './converters';

const NANOS_PER_SECOND = 1_000_000_000n;

/** Division rounding toward negative infinity. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** The proleptic Gregorian date of a day count from 1970-01-01 (H. Hinnant's civil_from_days). */
function civilFromDays(daysSinceEpoch: bigint): [year: bigint, month: number, day: number] {
  const z = daysSinceEpoch + 719_468n;
  const era = floorDiv(z, 146_097n);
  const doe = z - era * 146_097n;
  const yoe = (doe - doe / 1_460n + doe / 36_524n - doe / 146_096n) / 365n;
  const doy = doe - (365n * yoe + yoe / 4n - yoe / 100n);
  const mp = (5n * doy + 2n) / 153n;
  const day = Number(doy - (153n * mp + 2n) / 5n + 1n);
  const month = Number(mp < 10n ? mp + 3n : mp - 9n);
  const year = yoe + era * 400n + (month <= 2 ? 1n : 0n);
  return [year, month, day];
}

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

  /**
   * ISO 8601 with all nine fractional digits, e.g. `1969-12-31T23:59:59.999999999Z`; years
   * outside 0000–9999 as `±YYYYYY`, as `Date.prototype.toISOString` does, but over the whole
   * range of Rust's `SystemTime` (beyond the ±275760 years a `Date` can hold).
   */
  toString(): string {
    const seconds = floorDiv(this.epochNanoseconds, NANOS_PER_SECOND);
    const nanos = this.epochNanoseconds - seconds * NANOS_PER_SECOND;
    const days = floorDiv(seconds, 86_400n);
    const secondOfDay = Number(seconds - days * 86_400n);
    const [year, month, day] = civilFromDays(days);
    const yearText =
      year >= 0n && year <= 9999n
        ? String(year).padStart(4, '0')
        : `${year < 0n ? '-' : '+'}${String(year < 0n ? -year : year).padStart(6, '0')}`;
    const two = (n: number): string => String(n).padStart(2, '0');
    const time = `${two(Math.floor(secondOfDay / 3600))}:${two(Math.floor(secondOfDay / 60) % 60)}:${two(secondOfDay % 60)}`;
    return `${yearText}-${two(month)}-${two(day)}T${time}.${String(nanos).padStart(9, '0')}Z`;
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
const I64_MAX = 2n ** 63n - 1n;

/** The path of a value validated again while it is written (it may have changed since its check). */
const REREAD = 'value (changed after its check, while being lowered)';

/** `nanos` if UniFFI can carry it as a `SystemTime`; throws naming `path` otherwise. */
function validEpochNanoseconds(nanos: unknown, path: string): bigint {
  if (typeof nanos !== 'bigint') throw typeError(`${path}.epochNanoseconds`, 'a bigint', nanos);
  const magnitude = nanos < 0n ? -nanos : nanos;
  const seconds = magnitude / NANOS_PER_SECOND;
  // -seconds >= i64::MIN whenever seconds <= i64::MAX: one bound covers both signs.
  if (seconds > I64_MAX) throw new RangeError(`${path}: ${new Timestamp(nanos).toString()} is out of range`);
  if (nanos < 0n && seconds === 0n) {
    // UniFFI encodes the sign on the seconds: an instant within one second before the epoch
    // would come back after it. Refuse rather than change the value.
    throw new RangeError(
      `${path}: UniFFI cannot represent instants in the second before 1970-01-01 (${new Timestamp(nanos).toString()})`,
    );
  }
  return nanos;
}

/** `nanos` if it is a `Duration` UniFFI can carry; throws naming `path` otherwise. */
function validDurationNanoseconds(nanos: unknown, path: string): bigint {
  if (typeof nanos !== 'bigint') throw typeError(`${path}.nanoseconds`, 'a bigint', nanos);
  if (nanos < 0n) throw new RangeError(`${path}: Duration: ${nanos} ns is negative`);
  if (nanos / NANOS_PER_SECOND > U64_MAX)
    throw new RangeError(`${path}: ${new Duration(nanos).toString()} exceeds u64 seconds`);
  return nanos;
}

/**
 * `SystemTime`: i64 seconds whose sign is the direction from the epoch, then u32 nanoseconds of
 * magnitude (UniFFI's encoding). Before the epoch, -1.5 s is (-1, 500000000).
 */
export class TimestampConverter extends BufferConverter<Timestamp> {
  readonly typeName = 'Timestamp';
  check(value: unknown, path: string): void {
    if (!(value instanceof Timestamp)) throw typeError(path, 'a Timestamp', value);
    validEpochNanoseconds(value.epochNanoseconds, path);
  }
  readonly minEncodedSize = 12;
  allocationSize(): number {
    return 12;
  }
  write(value: Timestamp, writer: Writer): void {
    if (!(value instanceof Timestamp)) this.check(value, REREAD);
    // Read once: an own property, which a getter can replace.
    const nanos = validEpochNanoseconds(value.epochNanoseconds, REREAD);
    const negative = nanos < 0n;
    const magnitude = negative ? -nanos : nanos;
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
    validDurationNanoseconds(value.nanoseconds, path);
  }
  readonly minEncodedSize = 12;
  allocationSize(): number {
    return 12;
  }
  write(value: Duration, writer: Writer): void {
    if (!(value instanceof Duration)) this.check(value, REREAD);
    const nanos = validDurationNanoseconds(value.nanoseconds, REREAD);
    writer.writeU64(nanos / NANOS_PER_SECOND);
    writer.writeU32(Number(nanos % NANOS_PER_SECOND));
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
