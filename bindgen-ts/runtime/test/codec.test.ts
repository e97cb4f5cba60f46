import { ByteReader, ByteWriter, decodeUtf8, utf8Length } from '../src/codec';
import {
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
} from '../src/converters';
import type { FfiConverter } from '../src/converters';
import { decode, encode, expectThrows, fromHex, hex, prng, roundTrip } from './helpers';

type Case<T> = readonly [value: T, bytes: string];

function layoutCases<T>(converter: FfiConverter<T>, cases: ReadonlyArray<Case<T>>): void {
  for (const [value, bytes] of cases) {
    test(`${converter.typeName} ${String(value)} ⇄ ${bytes}`, () => {
      expect(hex(encode(converter, value))).toBe(bytes);
      expect(decode(converter, fromHex(bytes))).toEqual(value);
    });
  }
}

describe('integers: big-endian layout and round trips at the edges', () => {
  layoutCases(FfiConverterI8, [
    [-128, '80'],
    [-1, 'ff'],
    [0, '00'],
    [127, '7f'],
  ]);
  layoutCases(FfiConverterU8, [
    [0, '00'],
    [7, '07'],
    [255, 'ff'],
  ]);
  layoutCases(FfiConverterI16, [
    [-32768, '80 00'],
    [-2, 'ff fe'],
    [0x1234, '12 34'],
    [32767, '7f ff'],
  ]);
  layoutCases(FfiConverterU16, [
    [0, '00 00'],
    [0x1234, '12 34'],
    [65535, 'ff ff'],
  ]);
  layoutCases(FfiConverterI32, [
    [-2147483648, '80 00 00 00'],
    [-2, 'ff ff ff fe'],
    [1, '00 00 00 01'],
    [2147483647, '7f ff ff ff'],
  ]);
  layoutCases(FfiConverterU32, [
    [0, '00 00 00 00'],
    [0x01020304, '01 02 03 04'],
    [4294967295, 'ff ff ff ff'],
  ]);
  layoutCases(FfiConverterI64, [
    [-(2n ** 63n), '80 00 00 00 00 00 00 00'],
    [-1n, 'ff ff ff ff ff ff ff ff'],
    [1n, '00 00 00 00 00 00 00 01'],
    [2n ** 63n - 1n, '7f ff ff ff ff ff ff ff'],
  ]);
  layoutCases(FfiConverterU64, [
    [0n, '00 00 00 00 00 00 00 00'],
    [0x0102030405060708n, '01 02 03 04 05 06 07 08'],
    [2n ** 64n - 1n, 'ff ff ff ff ff ff ff ff'],
  ]);

  test('64-bit values stay exact beyond Number.MAX_SAFE_INTEGER', () => {
    const above = 2n ** 53n + 1n;
    expect(roundTrip(FfiConverterU64, above)).toBe(above);
    expect(roundTrip(FfiConverterI64, -above)).toBe(-above);
  });

  test('bool is one byte, 0 or 1', () => {
    expect(hex(encode(FfiConverterBool, true))).toBe('01');
    expect(hex(encode(FfiConverterBool, false))).toBe('00');
    expect(decode(FfiConverterBool, fromHex('01'))).toBe(true);
    expect(decode(FfiConverterBool, fromHex('00'))).toBe(false);
  });
});

describe('floats', () => {
  const F32_MAX = 3.4028234663852886e38;
  const F32_MIN_SUBNORMAL = 2 ** -149;

  layoutCases(FfiConverterF32, [
    [1, '3f 80 00 00'],
    [F32_MAX, '7f 7f ff ff'],
    [-F32_MAX, 'ff 7f ff ff'],
    [F32_MIN_SUBNORMAL, '00 00 00 01'],
    [Infinity, '7f 80 00 00'],
    [-Infinity, 'ff 80 00 00'],
  ]);
  layoutCases(FfiConverterF64, [
    [1, '3f f0 00 00 00 00 00 00'],
    [0.1, '3f b9 99 99 99 99 99 9a'],
    [Number.MAX_VALUE, '7f ef ff ff ff ff ff ff'],
    [Number.MIN_VALUE, '00 00 00 00 00 00 00 01'],
    [Infinity, '7f f0 00 00 00 00 00 00'],
    [-Infinity, 'ff f0 00 00 00 00 00 00'],
  ]);

  test.each([
    ['f32', FfiConverterF32, '80 00 00 00'],
    ['f64', FfiConverterF64, '80 00 00 00 00 00 00 00'],
  ] as const)('%s keeps the sign of -0', (_name, converter, bytes) => {
    expect(hex(encode(converter, -0))).toBe(bytes);
    expect(Object.is(roundTrip(converter, -0), -0)).toBe(true);
    expect(Object.is(roundTrip(converter, 0), 0)).toBe(true);
  });

  test.each([
    ['f32', FfiConverterF32],
    ['f64', FfiConverterF64],
  ] as const)('%s round-trips NaN', (_name, converter) => {
    expect(roundTrip(converter, NaN)).toBeNaN();
  });

  test('f32 rounds to the nearest single-precision value', () => {
    expect(hex(encode(FfiConverterF32, 0.1))).toBe('3d cc cc cd');
    const back = roundTrip(FfiConverterF32, 0.1);
    expect(back).not.toBe(0.1);
    expect(back).toBe(Math.fround(0.1));
    expect(back).toBe(0.10000000149011612);
    // Below the smallest subnormal's half: rounds to zero.
    expect(roundTrip(FfiConverterF32, 1e-50)).toBe(0);
  });

  test('f64 is exact where f32 is not', () => {
    expect(roundTrip(FfiConverterF64, 0.1)).toBe(0.1);
    expect(roundTrip(FfiConverterF64, 1 / 3)).toBe(1 / 3);
    expect(roundTrip(FfiConverterF64, 1e-320)).toBe(1e-320);
  });
});

describe('strings', () => {
  test.each([
    ['empty', '', '00 00 00 00'],
    ['ASCII', 'hi', '00 00 00 02 68 69'],
    ['2-byte é', 'é', '00 00 00 02 c3 a9'],
    ['3-byte €', '€', '00 00 00 03 e2 82 ac'],
    ['4-byte 𝄞 (surrogate pair)', '𝄞', '00 00 00 04 f0 9d 84 9e'],
    ['emoji 😀 (surrogate pair)', '😀', '00 00 00 04 f0 9f 98 80'],
    ['mixed', 'a😀é', '00 00 00 07 61 f0 9f 98 80 c3 a9'],
    ['NUL', '\0', '00 00 00 01 00'],
  ])('%s', (_name, value, bytes) => {
    expect(hex(encode(FfiConverterString, value))).toBe(bytes);
    expect(decode(FfiConverterString, fromHex(bytes))).toBe(value);
  });

  test('emoji with modifiers and ZWJ sequences round-trip', () => {
    for (const value of ['👍🏽', '👩‍👩‍👧‍👦', '🇫🇷', 'x😀y😀z', '😀😀😀']) {
      const bytes = encode(FfiConverterString, value);
      expect(bytes.length).toBe(4 + Buffer.byteLength(value, 'utf8'));
      expect(Buffer.from(bytes.subarray(4)).toString('utf8')).toBe(value);
      expect(decode(FfiConverterString, bytes)).toBe(value);
    }
  });

  test('long strings (100k UTF-16 units) round-trip', () => {
    const ascii = 'x'.repeat(100_000);
    const mixed = 'a€é😀'.repeat(20_000); // 100k UTF-16 units, 1/2/3/4-byte characters
    for (const value of [ascii, mixed]) {
      expect(value.length).toBe(100_000);
      const bytes = encode(FfiConverterString, value);
      expect(bytes.length).toBe(4 + Buffer.byteLength(value, 'utf8'));
      expect(decode(FfiConverterString, bytes)).toBe(value);
    }
  });

  test('invalid UTF-8 from Rust is an error, never replaced', () => {
    // TextDecoder's TypeError comes from Node's realm, not jest's sandbox: compare by name.
    const errorName = (fn: () => unknown): string => {
      try {
        fn();
      } catch (error) {
        return (error as Error).name;
      }
      return 'nothing thrown';
    };
    expect(errorName(() => decode(FfiConverterString, fromHex('00 00 00 01 ff')))).toBe('TypeError');
    expect(errorName(() => decodeUtf8(fromHex('c3')))).toBe('TypeError');
    expect(errorName(() => decodeUtf8(fromHex('ed a0 80')))).toBe('TypeError'); // an encoded surrogate
    expect(decodeUtf8(fromHex('c3 a9'))).toBe('é');
  });
});

describe('utf8Length', () => {
  test('boundary code points', () => {
    const cases: Array<[number, number]> = [
      [0x00, 1],
      [0x7f, 1],
      [0x80, 2],
      [0x7ff, 2],
      [0x800, 3],
      [0xd7ff, 3],
      [0xe000, 3],
      [0xfffd, 3],
      [0xffff, 3],
      [0x10000, 4],
      [0x1f600, 4],
      [0x10ffff, 4],
    ];
    for (const [codePoint, bytes] of cases) {
      const value = String.fromCodePoint(codePoint);
      expect([codePoint, utf8Length(value)]).toEqual([codePoint, bytes]);
      expect(utf8Length(value)).toBe(Buffer.byteLength(value, 'utf8'));
    }
  });

  test('agrees with Buffer.byteLength on random well-formed strings', () => {
    const random = prng(0x5eed);
    const ranges: ReadonlyArray<readonly [number, number]> = [
      [0x00, 0x7f],
      [0x80, 0x7ff],
      [0x800, 0xd7ff],
      [0xe000, 0xffff],
      [0x10000, 0x10ffff],
    ];
    for (let round = 0; round < 500; round++) {
      const length = Math.floor(random() * 40);
      let value = '';
      for (let i = 0; i < length; i++) {
        const range = ranges[Math.floor(random() * ranges.length)] ?? ranges[0];
        if (range === undefined) throw new Error('unreachable');
        const [low, high] = range;
        value += String.fromCodePoint(low + Math.floor(random() * (high - low + 1)));
      }
      expect(value.isWellFormed()).toBe(true);
      const expected = Buffer.byteLength(value, 'utf8');
      if (utf8Length(value) !== expected) {
        throw new Error(`utf8Length(${JSON.stringify(value)}) = ${utf8Length(value)}, expected ${expected}`);
      }
      // And the converter writes exactly that many bytes, which decode back to the string.
      expect(roundTrip(FfiConverterString, value)).toBe(value);
    }
  });
});

describe('bytes', () => {
  test('empty and small, with their length prefix', () => {
    expect(hex(encode(FfiConverterBytes, new Uint8Array(0)))).toBe('00 00 00 00');
    expect(hex(encode(FfiConverterBytes, Uint8Array.of(1, 2)))).toBe('00 00 00 02 01 02');
    expect(decode(FfiConverterBytes, fromHex('00 00 00 00'))).toEqual(new Uint8Array(0));
    expect(decode(FfiConverterBytes, fromHex('00 00 00 03 0a 0b 0c'))).toEqual(Uint8Array.of(10, 11, 12));
  });

  test('large (1 MiB) round-trips', () => {
    const random = prng(42);
    const value = new Uint8Array(1 << 20);
    for (let i = 0; i < value.length; i++) value[i] = Math.floor(random() * 256);
    const bytes = encode(FfiConverterBytes, value);
    expect(hex(bytes.subarray(0, 4))).toBe('00 10 00 00');
    const back = decode(FfiConverterBytes, bytes);
    expect(back).toBeInstanceOf(Uint8Array);
    // Buffer.equals rather than toEqual: jest compares typed arrays element by element, slowly.
    expect(Buffer.from(back).equals(value)).toBe(true);
    back[12345] = (back[12345] ?? 0) ^ 1;
    expect(Buffer.from(back).equals(value)).toBe(false);
  });

  test('a read is a copy, not a view into the RustBuffer bytes', () => {
    const source = fromHex('00 00 00 02 01 02');
    const value = decode(FfiConverterBytes, source);
    source[4] = 99;
    expect(Array.from(value)).toEqual([1, 2]);
  });
});

describe('compound layouts', () => {
  const optionalU8 = new OptionalConverter(FfiConverterU8);

  test('Option: None is 00, Some(7) is 01 07', () => {
    expect(hex(encode(optionalU8, undefined))).toBe('00');
    expect(hex(encode(optionalU8, 7))).toBe('01 07');
    expect(decode(optionalU8, fromHex('00'))).toBeUndefined();
    expect(decode(optionalU8, fromHex('01 07'))).toBe(7);
    // null is accepted as None when writing.
    expect(hex(encode(optionalU8, null as unknown as undefined))).toBe('00');
    expect(hex(encode(new OptionalConverter(FfiConverterString), ''))).toBe('01 00 00 00 00');
  });

  test('Vec<u8> through the u8 converter: i32 count, then one byte per item', () => {
    const vec = new SequenceConverter(FfiConverterU8);
    expect(hex(encode(vec, [1, 2, 255]))).toBe('00 00 00 03 01 02 ff');
    expect(hex(encode(vec, []))).toBe('00 00 00 00');
    expect(decode(vec, fromHex('00 00 00 02 09 08'))).toEqual([9, 8]);
    const vecI32 = new SequenceConverter(FfiConverterI32);
    expect(hex(encode(vecI32, [1, -1]))).toBe('00 00 00 02 00 00 00 01 ff ff ff ff');
  });

  test('HashMap<string, u8>: i32 count, then key and value pairs in insertion order', () => {
    const map = new MapConverter(FfiConverterString, FfiConverterU8);
    const value = new Map([
      ['a', 1],
      ['bc', 2],
    ]);
    const bytes = '00 00 00 02 00 00 00 01 61 01 00 00 00 02 62 63 02';
    expect(hex(encode(map, value))).toBe(bytes);
    expect(decode(map, fromHex(bytes))).toEqual(value);
    expect(hex(encode(map, new Map()))).toBe('00 00 00 00');
  });

  test('flat enum: 1-based i32 variant index', () => {
    const color = new FlatEnumConverter<'Red' | 'Green' | 'Blue'>('Color', ['Red', 'Green', 'Blue']);
    expect(hex(encode(color, 'Red'))).toBe('00 00 00 01');
    expect(hex(encode(color, 'Blue'))).toBe('00 00 00 03');
    expect(decode(color, fromHex('00 00 00 02'))).toBe('Green');
  });

  test('record: fields in declaration order, no framing', () => {
    const pair = new RecordConverter<{ b: number; a: string }>('Pair', { b: FfiConverterU8, a: FfiConverterString });
    expect(hex(encode(pair, { a: 'x', b: 1 }))).toBe('01 00 00 00 01 78');
    expect(decode(pair, fromHex('02 00 00 00 00'))).toEqual({ b: 2, a: '' });
  });
});

describe('ByteReader errors', () => {
  test('underflow names the read and does not advance', () => {
    const reader = new ByteReader(fromHex('00 00 01'));
    expectThrows(() => reader.readI32(), RangeError, 'underflow', 'reading 4 bytes at 0 of 3');
    expect(reader.remaining).toBe(3);
    expect(reader.readU16()).toBe(0);
    expectThrows(() => reader.readI64(), RangeError, 'underflow', 'reading 8 bytes at 2 of 3');
    expect(reader.readU8()).toBe(1);
    expectThrows(() => reader.readU8(), RangeError, 'underflow');
  });

  test('a string or bytes length beyond the buffer underflows', () => {
    expectThrows(() => decode(FfiConverterString, fromHex('00 00 00 05 61 62')), RangeError, 'underflow');
    expectThrows(() => decode(FfiConverterBytes, fromHex('00 00 00 03 01')), RangeError, 'underflow');
  });

  test('a negative string or bytes length is rejected, not read as empty', () => {
    expectThrows(() => decode(FfiConverterString, fromHex('ff ff ff ff 61')), RangeError, 'negative length -1');
    expectThrows(() => decode(FfiConverterBytes, fromHex('ff ff ff fe 01 02')), RangeError, 'negative length -2');
    const reader = new ByteReader(fromHex('01 02'));
    reader.readU8();
    expectThrows(() => reader.readBytes(-1), RangeError, 'negative length -1 at 1');
    expect(reader.remaining).toBe(1);
    // Inside a sequence, a negative string length must not silently rewind onto earlier bytes.
    const strings = new SequenceConverter(FfiConverterString);
    expectThrows(
      () => decode(strings, fromHex('00 00 00 02 00 00 00 01 61 ff ff ff fb')),
      RangeError,
      'negative length',
    );
  });

  test('finish with unread bytes', () => {
    const reader = new ByteReader(fromHex('07 00 00'));
    expect(FfiConverterU8.read(reader)).toBe(7);
    expectThrows(() => reader.finish('Thing'), RangeError, 'Thing', '2 unread bytes');
    reader.readU16();
    expect(() => reader.finish('Thing')).not.toThrow();
  });

  test('invalid option tag', () => {
    const optional = new OptionalConverter(FfiConverterU8);
    expectThrows(() => decode(optional, fromHex('02 07')), RangeError, 'Option<u8>', 'invalid option tag 2');
    expectThrows(() => decode(optional, fromHex('ff 07')), RangeError, 'invalid option tag -1');
  });

  test('negative count for sequences and maps', () => {
    expectThrows(
      () => decode(new SequenceConverter(FfiConverterU8), fromHex('ff ff ff ff')),
      RangeError,
      'Vec<u8>',
      'negative count -1',
    );
    expectThrows(
      () => decode(new MapConverter(FfiConverterString, FfiConverterU8), fromHex('80 00 00 00')),
      RangeError,
      'HashMap<string, u8>',
      'negative count -2147483648',
    );
  });

  test('a count larger than the items present could hold is refused before any item is read', () => {
    expectThrows(
      () => decode(new SequenceConverter(FfiConverterU8), fromHex('00 00 00 03 01 02')),
      RangeError,
      'Vec<u8>',
      '3 items',
      'cannot fit in the 2 bytes left',
    );
  });

  test('items shorter than the count announced underflow', () => {
    // One string needs at least 4 bytes and 4 are left, but it announces 5 bytes of UTF-8.
    expectThrows(
      () => decode(new SequenceConverter(FfiConverterString), fromHex('00 00 00 01 00 00 00 05')),
      RangeError,
      'underflow',
    );
  });

  test('invalid flat enum index', () => {
    const color = new FlatEnumConverter<'Red' | 'Green'>('Color', ['Red', 'Green']);
    expectThrows(() => decode(color, fromHex('00 00 00 00')), RangeError, 'Color', 'invalid variant index 0');
    expectThrows(() => decode(color, fromHex('00 00 00 03')), RangeError, 'invalid variant index 3');
    expectThrows(() => decode(color, fromHex('ff ff ff ff')), RangeError, 'invalid variant index -1');
  });

  test('invalid bool byte', () => {
    expectThrows(() => decode(FfiConverterBool, fromHex('02')), RangeError, 'invalid bool byte', '2');
    expectThrows(() => decode(FfiConverterBool, fromHex('ff')), RangeError, 'invalid bool byte');
  });

  test('reads respect the byteOffset of a subarray', () => {
    const backing = fromHex('aa bb 00 00 00 01 cc');
    const reader = new ByteReader(backing.subarray(2, 6));
    expect(reader.readI32()).toBe(1);
    expect(reader.remaining).toBe(0);
    expectThrows(() => reader.readU8(), RangeError, 'underflow');
    const fromBuffer = Buffer.from([0xff, 0x00, 0x00, 0x00, 0x02, 0x68, 0x69]).subarray(1);
    expect(decode(FfiConverterString, fromBuffer)).toBe('hi');
  });
});

describe('ByteWriter', () => {
  test('overflow throws and leaves the position unchanged', () => {
    const writer = new ByteWriter(3);
    writer.writeU16(0xabcd);
    expect(writer.position).toBe(2);
    expectThrows(() => writer.writeI32(1), RangeError, 'overflow', 'writing 4 bytes at 2 of 3');
    expect(writer.position).toBe(2);
    writer.writeU8(0xef);
    expect(hex(writer.bytes)).toBe('ab cd ef');
    expectThrows(() => writer.writeU8(0), RangeError, 'overflow');
    expectThrows(() => writer.writeBytes(Uint8Array.of(1)), RangeError, 'overflow');
  });

  test('writeUtf8 rejects a byte length that disagrees with the string', () => {
    const writer = new ByteWriter(10);
    expectThrows(() => writer.writeUtf8('é', 1), RangeError, 'UTF-8 length mismatch');
  });

  test('an undersized allocation fails instead of truncating', () => {
    const writer = new ByteWriter(5);
    expectThrows(() => FfiConverterString.write('hello', writer), RangeError, 'overflow');
  });
});
