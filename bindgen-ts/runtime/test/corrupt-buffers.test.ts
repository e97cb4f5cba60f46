// A corrupt buffer must not hang or exhaust memory (Hardening, item 2): a count or length that the
// bytes left cannot hold is a RangeError at once, before anything is built for it.
import { ByteWriter, MAX_ZERO_SIZED_ELEMENTS } from '../src/codec';
import {
  CustomConverter,
  FfiConverterBool,
  FfiConverterBytes,
  FfiConverterF32,
  FfiConverterF64,
  FfiConverterI16,
  FfiConverterI64,
  FfiConverterString,
  FfiConverterU32,
  FfiConverterU8,
  FlatEnumConverter,
  MapConverter,
  minEncodedSizeOf,
  OptionalConverter,
  RecordConverter,
  SequenceConverter,
  SetConverter,
  TaggedEnumConverter,
} from '../src/converters';
import type { FfiConverter } from '../src/converters';
import { FfiConverterDuration, FfiConverterTimestamp } from '../src/time';
import { decode, expectThrows, fromHex, roundTrip } from './helpers';

type Empty = Record<string, never>;
const empty = new RecordConverter<Empty>('Empty', {});
const emptyPair = new RecordConverter<{ a: Empty; b: Empty }>('EmptyPair', { a: empty, b: empty });

const HUGE = '7f ff ff ff';

describe('minimum encoded sizes', () => {
  test('of every kind of converter', () => {
    const cases: Array<[{ readonly typeName: string; readonly minEncodedSize?: number }, number]> = [
      [FfiConverterU8, 1],
      [FfiConverterI16, 2],
      [FfiConverterU32, 4],
      [FfiConverterI64, 8],
      [FfiConverterF32, 4],
      [FfiConverterF64, 8],
      [FfiConverterBool, 1],
      [FfiConverterString, 4],
      [FfiConverterBytes, 4],
      [new OptionalConverter(FfiConverterI64), 1],
      [new SequenceConverter(FfiConverterI64), 4],
      [new SetConverter(FfiConverterI64), 4],
      [new MapConverter(FfiConverterString, FfiConverterI64), 4],
      [new FlatEnumConverter('Color', ['Red']), 4],
      [new TaggedEnumConverter('Shape'), 4],
      [FfiConverterTimestamp, 12],
      [FfiConverterDuration, 12],
      [new CustomConverter<bigint, bigint>('Id').define(FfiConverterI64), 8],
      [empty, 0],
      [emptyPair, 0],
      [
        new RecordConverter<{ a: number; e: Empty; s: string }>('Mixed', {
          a: FfiConverterU8,
          e: empty,
          s: FfiConverterString,
        }),
        5,
      ],
    ];
    for (const [converter, size] of cases)
      expect([converter.typeName, minEncodedSizeOf(converter)]).toEqual([converter.typeName, size]);
  });

  test('a converter that does not say counts as 1 byte', () => {
    const { minEncodedSize: _, ...unsaid } = FfiConverterU8 as FfiConverter<number> & { minEncodedSize?: number };
    expect(minEncodedSizeOf(unsaid)).toBe(1);
  });

  test('a record defined after its first use, recursion through Option', () => {
    interface Node {
      value: number;
      next: Node | undefined;
    }
    const node = new RecordConverter<Node>('Node');
    node.define({ value: FfiConverterU32, next: new OptionalConverter(node) });
    expect(node.minEncodedSize).toBe(5);
  });
});

describe(`the count ${HUGE} (2^31 - 1) in a short buffer`, () => {
  const cases: Array<[string, FfiConverter<unknown>]> = [
    ['Vec<Empty>', new SequenceConverter(empty)],
    ['Vec<EmptyPair>', new SequenceConverter(emptyPair)],
    ['Vec<u8>', new SequenceConverter(FfiConverterU8)],
    ['Vec<Option<u8>>', new SequenceConverter(new OptionalConverter(FfiConverterU8))],
    ['Vec<Vec<Empty>>', new SequenceConverter(new SequenceConverter(empty))],
    ['HashSet<Empty>', new SetConverter(empty) as FfiConverter<unknown>],
    ['HashSet<string>', new SetConverter(FfiConverterString) as FfiConverter<unknown>],
    ['HashMap<Empty, Empty>', new MapConverter(empty, empty) as FfiConverter<unknown>],
    ['HashMap<string, Empty>', new MapConverter(FfiConverterString, empty) as FfiConverter<unknown>],
    ['string', FfiConverterString as FfiConverter<unknown>],
    ['bytes', FfiConverterBytes as FfiConverter<unknown>],
  ];
  test.each(cases)('%s: a RangeError at once', (_name, converter) => {
    expectThrows(() => decode(converter, fromHex(HUGE)), RangeError);
    expectThrows(() => decode(converter, fromHex(`${HUGE} 00 00 00 00 01 02 03`)), RangeError);
  });

  test('the messages say what is wrong', () => {
    expectThrows(
      () => decode(new SequenceConverter(empty), fromHex(HUGE)),
      RangeError,
      'Vec<Empty>',
      'zero-sized',
      'exceed the limit',
    );
    expectThrows(
      () => decode(new SequenceConverter(FfiConverterI64), fromHex(`${HUGE} 00`)),
      RangeError,
      'Vec<i64>',
      'at least 8 bytes',
      'cannot fit in the 1 bytes left',
    );
    expectThrows(
      () =>
        decode(new MapConverter(FfiConverterString, FfiConverterU32), fromHex(`00 00 00 02 00 00 00 00 00 00 00 00`)),
      RangeError,
      'at least 8 bytes',
    );
    expectThrows(() => decode(FfiConverterString, fromHex(HUGE)), RangeError, 'underflow');
  });
});

describe('zero-sized elements', () => {
  test('a legitimate Vec<Empty> round-trips', () => {
    const items: Empty[] = Array.from({ length: 1000 }, () => ({}));
    expect(roundTrip(new SequenceConverter(empty), items)).toHaveLength(1000);
  });

  test('the limit is per buffer, so nesting cannot multiply it', () => {
    // 1000 inner vectors of 2^20 empty records each would be 2^30 objects.
    const writer = new ByteWriter(4 + 1000 * 4);
    writer.writeI32(1000);
    for (let i = 0; i < 1000; i++) writer.writeI32(MAX_ZERO_SIZED_ELEMENTS);
    expectThrows(
      () => decode(new SequenceConverter(new SequenceConverter(empty)), writer.bytes),
      RangeError,
      'zero-sized',
      'exceed the limit',
    );
  });

  test('exactly the limit is read', () => {
    const writer = new ByteWriter(4);
    writer.writeI32(MAX_ZERO_SIZED_ELEMENTS);
    expect(decode(new SequenceConverter(empty), writer.bytes)).toHaveLength(MAX_ZERO_SIZED_ELEMENTS);
  });
});
