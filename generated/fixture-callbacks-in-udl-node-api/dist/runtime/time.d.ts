/**
 * Timestamps and durations. UniFFI carries nanoseconds; a JavaScript `Date` has milliseconds, so
 * `SystemTime` is not a `Date` here: it is a {@link Timestamp}, exact to the nanosecond, with
 * conversions to and from `Date` (which truncate to the millisecond, as documented on each).
 */
import type { Reader, Writer } from './codec';
import { BufferConverter } from './converters';
/** A point in time (Rust `SystemTime`): nanoseconds since 1970-01-01T00:00:00Z, negative before. */
export declare class Timestamp {
    /** Nanoseconds since the Unix epoch. */
    readonly epochNanoseconds: bigint;
    constructor(epochNanoseconds: bigint);
    /** The instant of a `Date` (exact: a Date has whole milliseconds). */
    static fromDate(date: Date): Timestamp;
    static fromEpochMilliseconds(ms: number): Timestamp;
    /** Now, to the millisecond. */
    static now(): Timestamp;
    /** Whole seconds since the epoch, rounded toward negative infinity. */
    get epochSeconds(): bigint;
    /** A `Date` for this instant, truncated toward negative infinity to the millisecond. */
    toDate(): Date;
    equals(other: Timestamp): boolean;
    /**
     * ISO 8601 with all nine fractional digits, e.g. `1969-12-31T23:59:59.999999999Z`; years
     * outside 0000–9999 as `±YYYYYY`, as `Date.prototype.toISOString` does, but over the whole
     * range of Rust's `SystemTime` (beyond the ±275760 years a `Date` can hold).
     */
    toString(): string;
}
/** A span of time (Rust `Duration`): a non-negative number of nanoseconds. */
export declare class Duration {
    readonly nanoseconds: bigint;
    constructor(nanoseconds: bigint);
    static fromMilliseconds(ms: number): Duration;
    static fromSeconds(seconds: bigint, nanoseconds?: number): Duration;
    /** Whole seconds. */
    get seconds(): bigint;
    /** Milliseconds, as a number (may round for spans beyond 2^53 ms). */
    toMilliseconds(): number;
    equals(other: Duration): boolean;
    toString(): string;
}
/**
 * `SystemTime`: i64 seconds whose sign is the direction from the epoch, then u32 nanoseconds of
 * magnitude (UniFFI's encoding). Before the epoch, -1.5 s is (-1, 500000000).
 */
export declare class TimestampConverter extends BufferConverter<Timestamp> {
    readonly typeName = "Timestamp";
    check(value: unknown, path: string): void;
    readonly minEncodedSize = 12;
    allocationSize(): number;
    write(value: Timestamp, writer: Writer): void;
    read(reader: Reader): Timestamp;
}
/** `Duration`: u64 seconds then u32 nanoseconds. */
export declare class DurationConverter extends BufferConverter<Duration> {
    readonly typeName = "Duration";
    check(value: unknown, path: string): void;
    readonly minEncodedSize = 12;
    allocationSize(): number;
    write(value: Duration, writer: Writer): void;
    read(reader: Reader): Duration;
}
export declare const FfiConverterTimestamp: TimestampConverter;
export declare const FfiConverterDuration: DurationConverter;
