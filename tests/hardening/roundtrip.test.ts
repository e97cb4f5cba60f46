// Property-based round trips through real Rust (Hardening, item 4): random values of every type
// go through the fixtures' echo functions (generated/fixture-types and generated/async-ffi, on the
// transport of the jest project) and must come back exactly: lowering, Rust's decoding and
// encoding, and lifting agree for every value, not only for the hand-picked ones.
import fc from 'fast-check';
import { URL } from 'node:url';
import * as asyncFfi from '../../generated/async-ffi';
import * as types from '../../generated/fixture-types';
import { Duration, Timestamp, ValidationError } from '../../generated/fixture-types';

/** Bounded, so that the file runs in a few seconds; a failure prints its seed to replay. */
const RUNS = { numRuns: 60 };

const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
const U64_MAX = 2n ** 64n - 1n;
const NANOS = 1_000_000_000n;

const u8 = fc.integer({ min: 0, max: 255 });
const i8 = fc.integer({ min: -128, max: 127 });
const u16 = fc.integer({ min: 0, max: 65535 });
const i16 = fc.integer({ min: -32768, max: 32767 });
const u32 = fc.integer({ min: 0, max: 4294967295 });
const i32 = fc.integer({ min: -2147483648, max: 2147483647 });
const u64 = fc.bigInt({ min: 0n, max: U64_MAX });
const i64 = fc.bigInt({ min: I64_MIN, max: I64_MAX });
const f32 = fc.float();
const f64 = fc.double();
/** Every code point (surrogate pairs included, no lone surrogate), and multi-unit graphemes. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string(),
);
const byteArray = (constraints: fc.IntArrayConstraints): fc.Arbitrary<Uint8Array> => fc.uint8Array(constraints);
/** Past the 16 KB scratch block (so both lowering paths run): a seeded pattern, quick to make. */
const bigBytes = fc.tuple(fc.integer({ min: 16_000, max: 20_000 }), fc.integer()).map(([length, seed]) => {
  const data = new Uint8Array(length);
  let x = seed | 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    data[i] = x & 0xff;
  }
  return data;
});
const bytes = fc.oneof(byteArray({ maxLength: 64 }), bigBytes);
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const mapOf = <K, V>(keys: fc.Arbitrary<K>, values: fc.Arbitrary<V>, maxLength = 8): fc.Arbitrary<Map<K, V>> =>
  fc.uniqueArray(fc.tuple(keys, values), { selector: ([k]) => k, maxLength }).map((entries) => new Map(entries));
const setOf = <T>(items: fc.Arbitrary<T>, maxLength = 8): fc.Arbitrary<Set<T>> =>
  fc.uniqueArray(items, { maxLength }).map((a) => new Set(a));

const timestamps = fc
  .bigInt({ min: -(I64_MAX * NANOS + NANOS - 1n), max: I64_MAX * NANOS + NANOS - 1n })
  .filter((n) => n >= 0n || n <= -NANOS)
  .map((n) => new Timestamp(n));
const durations = fc.bigInt({ min: 0n, max: U64_MAX * NANOS + NANOS - 1n }).map((n) => new Duration(n));

/**
 * A value in a form `toEqual` compares fully and fast: URLs as their text, errors as their variant
 * and fields (jest compares Errors by message only, and URLs not at all), bytes as base64.
 */
function plain(value: unknown): unknown {
  if (value instanceof URL) return { url: value.href };
  if (value instanceof Error) {
    const {
      message: _message,
      stack: _stack,
      ...fields
    } = Object.fromEntries(Object.entries(value)) as Record<string, unknown>;
    return { error: (value as { tag?: unknown }).tag, fields: plain(fields) };
  }
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [plain(k), plain(v)]));
  if (value instanceof Set) return new Set([...value].map(plain));
  if (Array.isArray(value)) return value.map(plain);
  // Bytes as one string: jest compares typed arrays element by element, slowly.
  if (value instanceof Uint8Array)
    return { bytes: Buffer.from(value.buffer, value.byteOffset, value.length).toString('base64') };
  if (value instanceof Timestamp || value instanceof Duration) return value;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/** A sync echo: what comes back equals what went. */
function echoes<T>(values: fc.Arbitrary<T>, echo: (value: T) => T, runs = RUNS): void {
  fc.assert(
    fc.property(values, (value) => {
      expect(plain(echo(value))).toEqual(plain(value));
    }),
    runs,
  );
}

/** An async echo: the same, awaited. */
async function echoesAsync<T>(values: fc.Arbitrary<T>, echo: (value: T) => Promise<T>, runs = RUNS): Promise<void> {
  await fc.assert(
    fc.asyncProperty(values, async (value) => {
      expect(plain(await echo(value))).toEqual(plain(value));
    }),
    runs,
  );
}

describe('fixture-types', () => {
  const direction = fc.constantFrom<types.Direction>('North', 'East', 'South', 'West');
  const priority = fc.constantFrom<types.Priority>('Low', 'Medium', 'High');
  const point: fc.Arbitrary<types.Point> = fc.record({ x: f64, y: f64 });
  const line: fc.Arbitrary<types.Line> = fc.record({ start: point, end: point });
  const urls = fc.webUrl({ withQueryParameters: true, withFragments: true }).map((u) => new URL(u));

  test('integers, floats, bools, strings', () => {
    echoes(fc.boolean(), types.echoBool);
    echoes(i8, types.echoI8);
    echoes(u8, types.echoU8);
    echoes(i16, types.echoI16);
    echoes(u16, types.echoU16);
    echoes(i32, types.echoI32);
    echoes(u32, types.echoU32);
    echoes(i64, types.echoI64);
    echoes(u64, types.echoU64);
    echoes(f32, types.echoF32);
    echoes(f64, types.echoF64);
    echoes(text, types.echoString);
  });

  test('strings and bytes, async', async () => {
    await echoesAsync(text, (s) => types.echoStringAsync(s));
    await echoesAsync(bytes, (b) => types.echoBytesAsync(b), { numRuns: 20 });
  });

  test('bytes', () => {
    echoes(bytes, types.echoBytes, { numRuns: 30 });
    echoes(optional(byteArray({ maxLength: 32 })), types.echoOptionalBytes);
    echoes(fc.array(byteArray({ maxLength: 16 }), { maxLength: 6 }), types.echoByteLists);
    echoes(mapOf(text, byteArray({ maxLength: 16 })), types.echoByteMap);
    echoes(fc.array(i8, { maxLength: 40 }), types.echoI8List);
    echoes(fc.record({ name: text, data: byteArray({ maxLength: 40 }) }), types.echoBlob);
  });

  test('options, sequences, sets and maps', () => {
    echoes(optional(i32), types.echoOptionOption);
    echoes(optional(fc.array(optional(text), { maxLength: 5 })), types.echoOptionalList);
    echoes(setOf(text), types.echoStringSet);
    echoes(setOf(u64), types.echoU64Set);
    echoes(setOf(direction, 4), types.echoDirectionSet);
    echoes(mapOf(u32, text), types.echoU32Map);
    echoes(mapOf(i64, f64), types.echoI64Map);
    echoes(mapOf(direction, u32, 4), types.echoDirectionMap);
    echoes(mapOf(fc.boolean(), text, 2), types.echoBoolMap);
    echoes(mapOf(text, mapOf(text, u8, 3), 3), types.echoMapOfMaps);
    echoes(fc.array(mapOf(text, fc.array(optional(i32), { maxLength: 4 }), 3), { maxLength: 3 }), types.echoNested);
  });

  test('records', () => {
    echoes(line, types.echoLine);
    echoes(
      fc.record({ name: optional(text), segments: fc.array(line, { maxLength: 4 }), bounds: optional(line) }),
      types.echoPath,
    );
    echoes(fc.constant({} as types.Nothing), types.echoNothing, { numRuns: 3 });
    echoes(fc.record({ value: text }), types.echoWrapper);
    const everything: fc.Arbitrary<types.Everything> = fc.record({
      flag: fc.boolean(),
      small: i8,
      byte: u8,
      short: i16,
      ushort: u16,
      int: i32,
      uint: u32,
      long: i64,
      ulong: u64,
      single: f32,
      double: f64,
      text,
      bytes: byteArray({ maxLength: 32 }),
      maybe: optional(i32),
      list: fc.array(text, { maxLength: 4 }),
      map: mapOf(text, i64, 4),
      when: timestamps,
      howLong: durations,
      point,
      direction,
    });
    echoes(everything, types.echoEverything);
    // Every field given: Rust fills omitted ones with their defaults, which would not compare.
    const settings: fc.Arbitrary<types.Settings> = fc.record({
      name: text,
      port: u16,
      offset: i32,
      limit: u64,
      floor: i64,
      ratio: f64,
      scale: f32,
      threshold: f64,
      host: text,
      greeting: text,
      verbose: fc.boolean(),
      nickname: optional(text),
      retries: u32, // None is sent as null: undefined means "the default", Some(3)
      tags: fc.array(text, { maxLength: 3 }),
      level: u8,
      label: text,
      counters: mapOf(text, u32, 3),
      maxItems: optional(u64),
      margins: fc.record({ top: f64, bottom: f64, mirrored: fc.boolean() }),
    });
    echoes(settings, types.echoSettings);
  });

  test('flat enums and enums with fields, recursive ones included', () => {
    echoes(direction, types.echoDirection, { numRuns: 8 });
    echoes(priority, types.echoPriority, { numRuns: 6 });
    echoes(fc.constantFrom<types.Weather>('Sunny', 'Rainy'), types.echoWeather, { numRuns: 4 });
    echoes(
      fc.oneof(
        fc.record({ tag: fc.constant('KeyPress' as const), key: text }),
        fc.record({ tag: fc.constant('Move' as const), x: i32, y: i32 }),
      ),
      types.echoEvent,
    );
    echoes(fc.record({ tag: fc.constant('One' as const), direction, priority: optional(priority) }), types.echoOnly);
    echoes(
      fc.oneof(
        fc.constant({ tag: 'Null' as const }),
        fc.record({ tag: fc.constant('Object' as const), fields: mapOf(text, text, 4) }),
        fc.record({ tag: fc.constant('Error' as const), message: text }),
        fc.record({ tag: fc.constant('Function' as const), name: text }),
        fc.record({ tag: fc.constant('Array' as const), inner: fc.tuple(fc.array(text, { maxLength: 4 })) }),
        fc.record({ tag: fc.constant('String' as const), inner: fc.tuple(text) }),
      ),
      types.echoValue,
    );
    const { figure } = fc.letrec<{ figure: types.Figure }>((tie) => ({
      figure: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.record({ tag: fc.constant('Circle' as const), radius: f64 }),
        fc.record({ tag: fc.constant('Rectangle' as const), width: f64, height: f64 }),
        fc.record({ tag: fc.constant('Triangle' as const), inner: fc.tuple(f64, f64, f64) }),
        fc.constant({ tag: 'Empty' as const }),
        fc.record({ tag: fc.constant('Labeled' as const), inner: fc.tuple(text, tie('figure')) }),
      ),
    }));
    echoes(figure, types.echoFigure);
    const { expr } = fc.letrec<{ expr: types.Expr }>((tie) => ({
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.record({ tag: fc.constant('Num' as const), value: i64 }),
        fc.record({ tag: fc.constant('Var' as const), name: text }),
        fc.record({ tag: fc.constant('Neg' as const), inner: tie('expr') }),
        fc.record({ tag: fc.constant('Add' as const), left: tie('expr'), right: tie('expr') }),
        fc.record({ tag: fc.constant('Mul' as const), inner: fc.tuple(tie('expr'), tie('expr')) }),
        fc.record({ tag: fc.constant('Sum' as const), terms: fc.array(tie('expr'), { maxLength: 3 }) }),
        fc.record({ tag: fc.constant('Maybe' as const), inner: optional(tie('expr')) }),
      ),
    }));
    echoes(expr, types.echoExpr);
  });

  test('errors, lowered to Rust and lifted back', () => {
    const errors: fc.Arbitrary<ValidationError> = fc.oneof(
      fc.constant(null).map(() => new ValidationError.Empty()),
      fc.record({ field: text, value: i64, min: i64, max: u64 }).map((f) => new ValidationError.OutOfRange(f)),
      fc.tuple(text, u32).map((inner) => new ValidationError.BadCharacter(inner)),
      fc
        .record({ messages: fc.array(text, { maxLength: 3 }), firstAt: optional(point) })
        .map((f) => new ValidationError.Many(f)),
      fc.record({ expected: direction, got: direction }).map((f) => new ValidationError.WrongDirection(f)),
      fc
        .record({ ratio: f64, exact: fc.boolean(), raw: byteArray({ maxLength: 16 }) })
        .map((f) => new ValidationError.Numeric(f)),
    );
    echoes(errors, types.echoValidationError);
  });

  test('time', async () => {
    echoes(timestamps, types.echoTimestamp);
    echoes(durations, types.echoDuration);
    await echoesAsync(timestamps, (t) => types.echoTimestampAsync(t));
    echoes(
      fc.record({
        title: text,
        start: timestamps,
        length: durations,
        reminder: optional(durations),
        history: fc.array(timestamps, { maxLength: 4 }),
      }),
      types.echoAppointment,
    );
  });

  test('custom types', () => {
    echoes(fc.bigInt({ min: 0n, max: I64_MAX }), types.echoHandle);
    echoes(urls, types.echoUrl);
    echoes(fc.array(urls, { maxLength: 4 }), types.echoUrls);
    echoes(optional(urls), types.echoOptionalUrl);
    echoes(
      fc.record({
        url: urls,
        owner: fc.bigInt({ min: 0n, max: I64_MAX }),
        mirrors: fc.array(urls, { maxLength: 3 }),
        folder: optional(fc.bigInt({ min: 0n, max: I64_MAX })),
        related: mapOf(text, urls, 3),
        temperature: f64,
        fallback: urls,
      }),
      types.echoBookmark,
    );
  });
});

describe('async-ffi', () => {
  const mood = fc.constantFrom<asyncFfi.Mood>('Happy', 'Calm', 'Grumpy');
  const profile: fc.Arbitrary<asyncFfi.Profile> = fc.record({
    id: u64,
    name: text,
    nickname: optional(text),
    scores: fc.array(f64, { maxLength: 6 }),
    mood,
    attributes: mapOf(text, text, 4),
    avatar: byteArray({ maxLength: 32 }),
    temperature: f32,
    active: fc.boolean(),
  });

  test('sync echoes', () => {
    echoes(fc.record({ x: f64, y: f64, label: text }), asyncFfi.echoPoint);
    echoes(profile, asyncFfi.echoProfile);
    echoes(mapOf(text, i64), asyncFfi.echoMap);
    echoes(fc.array(text, { maxLength: 8 }), asyncFfi.echoStrings);
    echoes(optional(text), asyncFfi.echoOptional);
    echoes(fc.array(optional(fc.array(u64, { maxLength: 4 })), { maxLength: 4 }), asyncFfi.echoNested);
    echoes(mood, asyncFfi.echoMood, { numRuns: 6 });
    echoes(i8, asyncFfi.echoI8);
    echoes(u64, asyncFfi.echoU64);
    echoes(f32, asyncFfi.echoF32);
    echoes(bytes, asyncFfi.echoBytes, { numRuns: 20 });
  });

  test('async echoes', async () => {
    await echoesAsync(profile, (p) => asyncFfi.echoProfileAsync(p));
    await echoesAsync(fc.boolean(), (v) => asyncFfi.echoBoolAsync(v), { numRuns: 4 });
    await echoesAsync(i8, (v) => asyncFfi.echoI8Async(v));
    await echoesAsync(u8, (v) => asyncFfi.echoU8Async(v));
    await echoesAsync(i16, (v) => asyncFfi.echoI16Async(v));
    await echoesAsync(u16, (v) => asyncFfi.echoU16Async(v));
    await echoesAsync(i32, (v) => asyncFfi.echoI32Async(v));
    await echoesAsync(u32, (v) => asyncFfi.echoU32Async(v));
    await echoesAsync(i64, (v) => asyncFfi.echoI64Async(v));
    await echoesAsync(u64, (v) => asyncFfi.echoU64Async(v));
    await echoesAsync(f32, (v) => asyncFfi.echoF32Async(v));
    await echoesAsync(f64, (v) => asyncFfi.echoF64Async(v));
    await echoesAsync(text, (v) => asyncFfi.echoStringAsync(v));
    await echoesAsync(byteArray({ maxLength: 64 }), (v) => asyncFfi.echoBytesAsync(v));
    await echoesAsync(mood, (v) => asyncFfi.echoMoodAsync(v), { numRuns: 6 });
  });
});
