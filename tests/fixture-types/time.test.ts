// Time of fixture-types (crates/fixtures/types/src/time.rs): SystemTime as the runtime's
// `Timestamp` (bigint nanoseconds since the epoch) and Duration as `Duration` (bigint
// nanoseconds): nanosecond precision, dates before 1970, huge durations, and UniFFI's
// sign-and-magnitude limitation just before the epoch.
import * as api from '../../generated/fixture-types';
import { Duration, Timestamp } from '../../generated/fixture-types';
import type { Appointment } from '../../generated/fixture-types';

const NS = 1_000_000_000n;
const U64_MAX = 2n ** 64n - 1n;
const I64_MAX = 2n ** 63n - 1n;

describe('Timestamp', () => {
  test('the epoch, both ways', () => {
    const epoch = api.unixEpoch();
    expect(epoch).toBeInstanceOf(Timestamp);
    expect(epoch.epochNanoseconds).toBe(0n);
    expect(epoch.toString()).toBe('1970-01-01T00:00:00.000000000Z');
    expect(epoch.toDate().getTime()).toBe(0);
    expect(api.echoTimestamp(new Timestamp(0n)).epochNanoseconds).toBe(0n);
  });

  test("Rust's clock agrees with JavaScript's", () => {
    const before = BigInt(Date.now()) * 1_000_000n;
    const now = api.now();
    const after = BigInt(Date.now() + 1) * 1_000_000n;
    expect(now.epochNanoseconds >= before && now.epochNanoseconds <= after).toBe(true);
  });

  test('nanosecond precision is kept both ways', () => {
    for (const ns of [1n, 999_999_999n, NS, 1_700_000_000_123_456_789n, 253_402_300_799n * NS + 999_999_999n]) {
      expect(api.echoTimestamp(new Timestamp(ns)).epochNanoseconds).toBe(ns);
    }
    expect(api.timestampParts(new Timestamp(1_700_000_000_123_456_789n))).toEqual({
      seconds: 1_700_000_000n,
      nanos: 123_456_789,
    });
    expect(api.timestampFromParts(1_700_000_000n, 123_456_789).epochNanoseconds).toBe(1_700_000_000_123_456_789n);
    expect(new Timestamp(1_700_000_000_123_456_789n).toString()).toBe('2023-11-14T22:13:20.123456789Z');
  });

  test('dates before 1970: Rust sees the same instant (floor-based parts)', () => {
    const cases: Array<[bigint, bigint, number, string]> = [
      [-NS, -1n, 0, '1969-12-31T23:59:59.000000000Z'],
      [-NS - 1n, -2n, 999_999_999, '1969-12-31T23:59:58.999999999Z'],
      [-1_500_000_000n, -2n, 500_000_000, '1969-12-31T23:59:58.500000000Z'],
      [-86_400n * NS - 123n, -86_401n, 999_999_877, '1969-12-30T23:59:59.999999877Z'],
      [-2_208_988_800n * NS, -2_208_988_800n, 0, '1900-01-01T00:00:00.000000000Z'],
      [-62_135_596_800n * NS, -62_135_596_800n, 0, '0001-01-01T00:00:00.000000000Z'],
    ];
    for (const [ns, seconds, nanos, iso] of cases) {
      const ts = new Timestamp(ns);
      expect(api.echoTimestamp(ts).epochNanoseconds).toBe(ns);
      expect(api.timestampParts(ts)).toEqual({ seconds, nanos });
      expect(api.timestampFromParts(seconds, nanos).epochNanoseconds).toBe(ns);
      expect(ts.toString()).toBe(iso);
    }
  });

  test('fromDate and toDate (whole milliseconds; toDate truncates toward the past)', () => {
    const moonLanding = new Date('1969-07-20T20:17:40.123Z');
    const ts = Timestamp.fromDate(moonLanding);
    expect(ts.epochNanoseconds).toBe(BigInt(moonLanding.getTime()) * 1_000_000n);
    expect(api.echoTimestamp(ts).toDate().getTime()).toBe(moonLanding.getTime());
    expect(api.timestampParts(ts)).toEqual({ seconds: -14_182_940n, nanos: 123_000_000 });
    expect(new Timestamp(1_999_999n).toDate().getTime()).toBe(1);
    expect(new Timestamp(-1_000_000_001n).toDate().getTime()).toBe(-1001);
    expect(() => Timestamp.fromDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  test('async functions take and return timestamps', async () => {
    await expect(api.echoTimestampAsync(new Timestamp(-1_500_000_001n))).resolves.toEqual(
      new Timestamp(-1_500_000_001n),
    );
  });

  test('far from the epoch: i64 seconds both ways', () => {
    const far = I64_MAX * NS + 999_999_999n;
    expect(api.echoTimestamp(new Timestamp(far)).epochNanoseconds).toBe(far);
    const farBack = -I64_MAX * NS;
    expect(api.echoTimestamp(new Timestamp(farBack)).epochNanoseconds).toBe(farBack);
  });

  test('a non-Timestamp is a TypeError naming the parameter', () => {
    expect(() => api.echoTimestamp(new Date() as unknown as Timestamp)).toThrow(TypeError);
    expect(() => api.echoTimestamp(new Date() as unknown as Timestamp)).toThrow(/^value: expected a Timestamp/);
    expect(() => api.echoTimestamp({ epochNanoseconds: 0n } as Timestamp)).toThrow(TypeError);
    expect(() => new Timestamp(5 as unknown as bigint)).toThrow(TypeError);
  });

  test('beyond i64 seconds is a RangeError', () => {
    expect(() => api.echoTimestamp(new Timestamp((I64_MAX + 1n) * NS))).toThrow(RangeError);
  });

  test('beyond i64 seconds: the RangeError names the parameter', () => {
    expect(() => api.echoTimestamp(new Timestamp((I64_MAX + 1n) * NS))).toThrow(/^value: /);
  });

  // Beyond ±8.64e15 ms (year ±275760) a Date cannot hold the instant; Timestamp formats it itself.
  test('toString() works beyond the range of a JavaScript Date', () => {
    const justAfterDateMax = api.echoTimestamp(new Timestamp(8_640_000_000_000_001n * 1_000_000n));
    expect(justAfterDateMax.toString()).toBe('+275760-09-13T00:00:00.001000000Z');
  });

  test('toString() at the last instant a Date can hold', () => {
    expect(new Timestamp(8_640_000_000_000_000n * 1_000_000n + 999_999n).toString()).toBe(
      '+275760-09-13T00:00:00.000999999Z',
    );
    expect(new Timestamp(-8_640_000_000_000_000n * 1_000_000n).toString()).toBe('-271821-04-20T00:00:00.000000000Z');
  });
});

describe('the second before the epoch (UniFFI limitation)', () => {
  // UniFFI sends a SystemTime as (i64 seconds carrying the sign, u32 nanoseconds of magnitude):
  // an instant strictly between -1 s and the epoch has seconds == 0 and no sign, so it would come
  // back after the epoch. The converter refuses to send such a value rather than change it.
  const inside = [-1n, -500_000_000n, -999_999_999n];

  test.each(inside)('%i ns: a RangeError naming the parameter, before anything crosses', (ns) => {
    expect(() => api.echoTimestamp(new Timestamp(ns))).toThrow(RangeError);
    expect(() => api.echoTimestamp(new Timestamp(ns))).toThrow(
      /^value: UniFFI cannot represent instants in the second before 1970-01-01/,
    );
    expect(() => api.timestampParts(new Timestamp(ns))).toThrow(RangeError);
  });

  test('the bounds of the interval are fine: -1 s exactly and the epoch', () => {
    expect(api.echoTimestamp(new Timestamp(-NS)).epochNanoseconds).toBe(-NS);
    expect(api.echoTimestamp(new Timestamp(-NS - 1n)).epochNanoseconds).toBe(-NS - 1n);
    expect(api.echoTimestamp(new Timestamp(0n)).epochNanoseconds).toBe(0n);
  });

  test('async functions reject with the same RangeError', async () => {
    const pending = api.echoTimestampAsync(new Timestamp(-1n));
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toThrow(RangeError);
    await expect(api.echoTimestampAsync(new Timestamp(-1n))).rejects.toThrow(/^value: UniFFI cannot represent/);
  });

  test('inside a record or a list, the error has the field path', () => {
    const appointment: Appointment = {
      title: 't',
      start: new Timestamp(-5n),
      length: new Duration(1n),
      reminder: undefined,
      history: [],
    };
    expect(() => api.echoAppointment(appointment)).toThrow(/^value\.start: UniFFI cannot represent/);
    expect(() =>
      api.echoAppointment({
        ...appointment,
        start: new Timestamp(0n),
        history: [new Timestamp(1n), new Timestamp(-5n)],
      }),
    ).toThrow(/^value\.history\[1\]: /);
  });

  test('from Rust, such an instant arrives as its mirror image after the epoch (cannot be detected on lift)', () => {
    // Rust computes epoch - 0.5 s; UniFFI writes (0, 500_000_000), which reads as +0.5 s.
    expect(api.timestampFromParts(-1n, 500_000_000).epochNanoseconds).toBe(500_000_000n);
    expect(api.subDuration(api.unixEpoch(), new Duration(1n))?.epochNanoseconds).toBe(1n);
  });
});

describe('Duration', () => {
  test('zero, one nanosecond, and the largest duration', () => {
    expect(api.durationZero()).toBeInstanceOf(Duration);
    expect(api.durationZero().nanoseconds).toBe(0n);
    expect(api.durationOneNano().nanoseconds).toBe(1n);
    const max = api.durationMax();
    expect(max.nanoseconds).toBe(U64_MAX * NS + 999_999_999n);
    expect(max.seconds).toBe(U64_MAX);
    expect(api.durationParts(max)).toEqual({ seconds: U64_MAX, nanos: 999_999_999 });
    expect(api.echoDuration(max).nanoseconds).toBe(max.nanoseconds);
  });

  test('nanosecond precision and Rust-side parts', () => {
    for (const ns of [0n, 1n, 999_999_999n, NS, 90n * NS + 5n, 2n ** 53n + 1n, U64_MAX * NS]) {
      const back = api.echoDuration(new Duration(ns));
      expect(back.nanoseconds).toBe(ns);
      expect(api.durationParts(new Duration(ns))).toEqual({ seconds: ns / NS, nanos: Number(ns % NS) });
    }
    expect(api.durationFromParts(5n, 1_500_000_000).nanoseconds).toBe(6_500_000_000n);
    expect(api.durationAsSecsF64(new Duration(1_500_000_000n))).toBe(1.5);
    expect(api.durationAsSecsF64(api.durationMax())).toBeCloseTo(1.8446744073709552e19, -5);
  });

  test('conversions of the runtime class', () => {
    expect(Duration.fromMilliseconds(1500).nanoseconds).toBe(1_500_000_000n);
    expect(new Duration(1_500_000_000n).toMilliseconds()).toBe(1500);
    expect(new Duration(1n).toMilliseconds()).toBe(0.000001);
    expect(new Duration(90n * NS + 5n).toString()).toBe('90.000000005s');
    expect(new Duration(5n).equals(new Duration(5n))).toBe(true);
    expect(() => new Duration(-1n)).toThrow(RangeError);
    expect(() => Duration.fromMilliseconds(0.5)).toThrow(RangeError);
  });

  test('beyond u64 seconds is a RangeError naming the parameter; a non-Duration a TypeError', async () => {
    expect(() => api.echoDuration(new Duration((U64_MAX + 1n) * NS))).toThrow(RangeError);
    expect(() => api.echoDuration(new Duration((U64_MAX + 1n) * NS))).toThrow(/^value: .* exceeds u64 seconds/);
    expect(() => api.echoDuration(1000 as unknown as Duration)).toThrow(/^value: expected a Duration/);
    expect(() => api.addDuration(api.unixEpoch(), { nanoseconds: 1n } as Duration)).toThrow(
      /^delta: expected a Duration/,
    );
  });
});

describe('timestamps and durations together', () => {
  test('arithmetic in Rust, with Options for what is not representable', () => {
    expect(api.addDuration(api.unixEpoch(), new Duration(1n))?.epochNanoseconds).toBe(1n);
    expect(api.subDuration(api.unixEpoch(), new Duration(NS + 1n))?.epochNanoseconds).toBe(-NS - 1n);
    expect(api.addDuration(api.unixEpoch(), api.durationMax())).toBeUndefined();
    expect(
      api.durationBetween(new Timestamp(-1_500_000_000n), new Timestamp(1_700_000_000_123_456_789n))?.nanoseconds,
    ).toBe(1_700_000_001_623_456_789n);
    expect(api.durationBetween(new Timestamp(5n), api.unixEpoch())).toBeUndefined();
  });

  test('time types inside a record, an Option and a Vec', () => {
    const appointment: Appointment = {
      title: 'dentist',
      start: new Timestamp(-86_400n * NS - 123n),
      length: new Duration(3_600n * NS + 1n),
      reminder: new Duration(900n * NS),
      history: [new Timestamp(0n), new Timestamp(1_700_000_000_123_456_789n), new Timestamp(-2n * NS)],
    };
    const back = api.echoAppointment(appointment);
    expect(back).toEqual(appointment);
    expect(back.start).toBeInstanceOf(Timestamp);
    expect(back.reminder).toBeInstanceOf(Duration);
    expect(back.history.map((t) => t.epochNanoseconds)).toEqual([0n, 1_700_000_000_123_456_789n, -2n * NS]);
    expect(api.appointmentEnd(appointment)?.epochNanoseconds).toBe(-86_400n * NS - 123n + 3_600n * NS + 1n);
    expect(api.echoAppointment({ ...appointment, reminder: undefined, history: [] }).reminder).toBeUndefined();
  });
});
