/**
 * fast-check arbitraries of valid values, one per kind of converter, for the property-based tests
 * of the codec (`properties.test.ts`, `fuzz.test.ts`).
 */
import fc from 'fast-check';
import {
  CustomConverter,
  FfiConverterBool,
  FfiConverterBytes,
  FfiConverterF32,
  FfiConverterF64,
  FfiConverterI16,
  FfiConverterI32,
  FfiConverterI64,
  FfiConverterI8,
  FfiConverterString,
  FfiConverterU16,
  FfiConverterU32,
  FfiConverterU64,
  FfiConverterU8,
  FlatEnumConverter,
  MapConverter,
  OptionalConverter,
  RecordConverter,
  SequenceConverter,
  SetConverter,
  TaggedEnumConverter,
} from '../src/converters';
import type { FfiConverter } from '../src/converters';
import { ErrorConverter, errorTupleVariant, errorVariant, flatErrorVariant } from '../src/errors-converter';
import { UniffiError } from '../src/errors';
import { Duration, FfiConverterDuration, FfiConverterTimestamp, Timestamp } from '../src/time';

/** A converter with an arbitrary of the values it carries. */
export interface Case<T = unknown> {
  readonly name: string;
  readonly converter: FfiConverter<T>;
  readonly values: fc.Arbitrary<T>;
}

function kase<T>(name: string, converter: FfiConverter<T>, values: fc.Arbitrary<T>): Case {
  return { name, converter: converter as FfiConverter<unknown>, values: values as fc.Arbitrary<unknown> };
}

const I64_MAX = 2n ** 63n - 1n;
const U64_MAX = 2n ** 64n - 1n;
const NANOS = 1_000_000_000n;

/** Any string UniFFI can carry: every code point, surrogate pairs included, no lone surrogate. */
export const strings = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string());
/** Strings with at least one lone surrogate. */
export const loneSurrogateStrings = fc
  .tuple(fc.string(), fc.integer({ min: 0xd800, max: 0xdfff }), fc.string())
  .map(([a, unit, b]) => `${a}${String.fromCharCode(unit)}${b}`)
  .filter((s) => !s.isWellFormed());

export const timestamps = fc
  .bigInt({ min: -(I64_MAX * NANOS + NANOS - 1n), max: I64_MAX * NANOS + NANOS - 1n })
  // UniFFI cannot carry an instant in the second before the epoch.
  .filter((n) => n >= 0n || n <= -NANOS)
  .map((n) => new Timestamp(n));
export const durations = fc.bigInt({ min: 0n, max: U64_MAX * NANOS + NANOS - 1n }).map((n) => new Duration(n));

type Mood = 'Happy' | 'Calm' | 'Grumpy';
export const mood = new FlatEnumConverter<Mood>('Mood', ['Happy', 'Calm', 'Grumpy']);

type Empty = Record<string, never>;
export const empty = new RecordConverter<Empty>('Empty', {});

interface Point {
  x: number;
  y: number;
  label: string;
}
export const point = new RecordConverter<Point>('Point', {
  x: FfiConverterF64,
  y: FfiConverterF64,
  label: FfiConverterString,
});
const points = fc.record({ x: fc.double(), y: fc.double(), label: strings });

interface Everything {
  flag: boolean;
  small: number;
  big: bigint;
  single: number;
  text: string;
  bytes: Uint8Array;
  maybe: number | undefined;
  list: string[];
  map: Map<string, bigint>;
  when: Timestamp;
  howLong: Duration;
  point: Point;
  mood: Mood;
  nothing: Empty;
  retries?: number;
}
export const everything = new RecordConverter<Everything>(
  'Everything',
  {
    flag: FfiConverterBool,
    small: FfiConverterI8,
    big: FfiConverterU64,
    single: FfiConverterF32,
    text: FfiConverterString,
    bytes: FfiConverterBytes,
    maybe: new OptionalConverter(FfiConverterU16),
    list: new SequenceConverter(FfiConverterString),
    map: new MapConverter(FfiConverterString, FfiConverterI64),
    when: FfiConverterTimestamp,
    howLong: FfiConverterDuration,
    point,
    mood,
    nothing: empty,
    retries: FfiConverterU32,
  },
  { retries: () => 3 },
);
const everythings: fc.Arbitrary<Everything> = fc.record({
  flag: fc.boolean(),
  small: fc.integer({ min: -128, max: 127 }),
  big: fc.bigInt({ min: 0n, max: U64_MAX }),
  single: fc.float(),
  text: strings,
  bytes: fc.uint8Array({ maxLength: 64 }),
  maybe: fc.option(fc.integer({ min: 0, max: 65535 }), { nil: undefined }),
  list: fc.array(strings, { maxLength: 5 }),
  map: fc
    .uniqueArray(fc.tuple(strings, fc.bigInt({ min: -(2n ** 63n), max: I64_MAX })), {
      selector: ([k]) => k,
      maxLength: 5,
    })
    .map((e) => new Map(e)),
  when: timestamps,
  howLong: durations,
  point: points,
  mood: fc.constantFrom<Mood>('Happy', 'Calm', 'Grumpy'),
  nothing: fc.constant({} as Empty),
  retries: fc.integer({ min: 0, max: 4294967295 }),
});

/** A recursive record through Option (a linked list). */
interface Node {
  value: number;
  next: Node | undefined;
}
export const node = new RecordConverter<Node>('Node');
node.define({ value: FfiConverterI32, next: new OptionalConverter(node) });
const nodes: fc.Arbitrary<Node> = fc
  .array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 20 })
  .map((values) => {
    let next: Node | undefined;
    for (let i = values.length - 1; i >= 0; i--) next = { value: values[i] as number, next };
    return next as Node;
  });

/** A recursive enum with named, tuple, unit and defaulted variants. */
type Expr =
  | { tag: 'Num'; value: bigint }
  | { tag: 'Neg'; inner: Expr }
  | { tag: 'Add'; left: Expr; right: Expr }
  | { tag: 'Pair'; inner: [Expr, string] }
  | { tag: 'Sum'; terms: Expr[] }
  | { tag: 'Scaled'; factor: number; of: Expr | undefined }
  | { tag: 'Zero' };
export const expr = new TaggedEnumConverter<Expr>('Expr');
expr.define([
  ['Num', { fields: { value: FfiConverterI64 } }],
  ['Neg', { fields: { inner: expr } }],
  ['Add', { fields: { left: expr, right: expr } }],
  ['Pair', { tuple: [expr, FfiConverterString] }],
  ['Sum', { fields: { terms: new SequenceConverter(expr) } }],
  ['Scaled', { fields: { factor: FfiConverterF32, of: new OptionalConverter(expr) }, defaults: { factor: () => 1 } }],
  ['Zero', { fields: {} }],
]);
const exprs: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ tag: fc.constant('Num' as const), value: fc.bigInt({ min: -(2n ** 63n), max: I64_MAX }) }),
    fc.constant({ tag: 'Zero' as const }),
    fc.record({ tag: fc.constant('Neg' as const), inner: tie('expr') }),
    fc.record({ tag: fc.constant('Add' as const), left: tie('expr'), right: tie('expr') }),
    fc.record({ tag: fc.constant('Pair' as const), inner: fc.tuple(tie('expr'), strings) }),
    fc.record({ tag: fc.constant('Sum' as const), terms: fc.array(tie('expr'), { maxLength: 3 }) }),
    fc.record({
      tag: fc.constant('Scaled' as const),
      factor: fc.float(),
      of: fc.option(tie('expr'), { nil: undefined }),
    }),
  ),
})).expr;

/** A custom type over i64 with a conversion both ways. */
class UserId {
  constructor(readonly id: bigint) {}
}
export const userId = new CustomConverter<UserId, bigint>('UserId').define(FfiConverterI64, {
  lift: (id) => new UserId(id),
  lower: (user) => user.id,
});

/** An error enum with named, tuple and no fields. */
export class ShopError extends UniffiError {
  constructor(tag: string, fields: Readonly<Record<string, unknown>>) {
    super('ShopError', tag, fields);
    Object.assign(this, fields);
  }
}
export const shopError = new ErrorConverter<ShopError>('ShopError', [
  errorVariant('OutOfStock', (f: { item: string; missing: number }) => new ShopError('OutOfStock', f), {
    item: FfiConverterString,
    missing: FfiConverterU32,
  }),
  errorTupleVariant('Codes', (inner) => new ShopError('Codes', { inner }), [
    FfiConverterU8,
    new SequenceConverter(FfiConverterI16),
  ]),
  errorVariant('Closed', () => new ShopError('Closed', {}), {}),
]);
const shopErrors: fc.Arbitrary<ShopError> = fc.oneof(
  fc
    .record({ item: strings, missing: fc.integer({ min: 0, max: 4294967295 }) })
    .map((f) => new ShopError('OutOfStock', f)),
  fc
    .tuple(fc.integer({ min: 0, max: 255 }), fc.array(fc.integer({ min: -32768, max: 32767 }), { maxLength: 4 }))
    .map((inner) => new ShopError('Codes', { inner })),
  fc.constant(null).map(() => new ShopError('Closed', {})),
);
/** A flat error: Rust sends a message, nothing goes back. */
export const flatError = new ErrorConverter<ShopError>('FlatError', [
  flatErrorVariant('Oops', (message) => new ShopError('Oops', { message })),
]);

const ints = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min, max });

/** Every converter kind, with its values. */
export const cases: readonly Case[] = [
  kase('u8', FfiConverterU8, ints(0, 255)),
  kase('i8', FfiConverterI8, ints(-128, 127)),
  kase('u16', FfiConverterU16, ints(0, 65535)),
  kase('i16', FfiConverterI16, ints(-32768, 32767)),
  kase('u32', FfiConverterU32, ints(0, 4294967295)),
  kase('i32', FfiConverterI32, ints(-2147483648, 2147483647)),
  kase('u64', FfiConverterU64, fc.bigInt({ min: 0n, max: U64_MAX })),
  kase('i64', FfiConverterI64, fc.bigInt({ min: -(2n ** 63n), max: I64_MAX })),
  kase('f32', FfiConverterF32, fc.float()),
  kase('f64', FfiConverterF64, fc.double()),
  kase('bool', FfiConverterBool, fc.boolean()),
  kase('string', FfiConverterString, strings),
  kase('bytes', FfiConverterBytes, fc.uint8Array({ maxLength: 300 })),
  kase('Option<string>', new OptionalConverter(FfiConverterString), fc.option(strings, { nil: undefined })),
  kase(
    'Option<Option<u8>>',
    new OptionalConverter(new OptionalConverter(FfiConverterU8)),
    fc.option(ints(0, 255), { nil: undefined }),
  ),
  kase('Vec<i32>', new SequenceConverter(FfiConverterI32), fc.array(ints(-2147483648, 2147483647))),
  kase(
    'Vec<Vec<string>>',
    new SequenceConverter(new SequenceConverter(FfiConverterString)),
    fc.array(fc.array(strings, { maxLength: 4 }), { maxLength: 4 }),
  ),
  kase('Vec<Empty>', new SequenceConverter(empty), fc.array(fc.constant({} as Empty), { maxLength: 50 })),
  kase(
    'HashSet<u64>',
    new SetConverter(FfiConverterU64),
    fc.uniqueArray(fc.bigInt({ min: 0n, max: U64_MAX })).map((items) => new Set(items)),
  ),
  kase(
    'HashSet<string>',
    new SetConverter(FfiConverterString),
    fc.uniqueArray(strings, { maxLength: 10 }).map((items) => new Set(items)),
  ),
  kase(
    'HashMap<string, Vec<f64>>',
    new MapConverter(FfiConverterString, new SequenceConverter(FfiConverterF64)),
    fc
      .uniqueArray(fc.tuple(strings, fc.array(fc.double(), { maxLength: 4 })), { selector: ([k]) => k, maxLength: 6 })
      .map((e) => new Map(e)),
  ),
  kase(
    'HashMap<i16, Option<bool>>',
    new MapConverter(FfiConverterI16, new OptionalConverter(FfiConverterBool)),
    fc
      .uniqueArray(fc.tuple(ints(-32768, 32767), fc.option(fc.boolean(), { nil: undefined })), { selector: ([k]) => k })
      .map((e) => new Map(e)),
  ),
  kase('Mood', mood, fc.constantFrom<Mood>('Happy', 'Calm', 'Grumpy')),
  kase('Point', point, points),
  kase('Everything', everything, everythings),
  kase('Node', node, nodes),
  kase('Expr', expr, exprs),
  kase('Timestamp', FfiConverterTimestamp, timestamps),
  kase('Duration', FfiConverterDuration, durations),
  kase(
    'UserId',
    userId,
    fc.bigInt({ min: -(2n ** 63n), max: I64_MAX }).map((id) => new UserId(id)),
  ),
  kase('ShopError', shopError, shopErrors),
];

/** Values of no particular type, and valid values of `c` with one part replaced by garbage. */
export function anyValueFor(c: Case): fc.Arbitrary<unknown> {
  return fc.oneof(
    c.values,
    fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }),
  );
}
