import {
  article,
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
  liftFromRustBuffer,
  lowerIntoRustBuffer,
} from '../src/converters';
import type { FfiConverter } from '../src/converters';
import type { RustBuffer } from '../src/ffi-types';
import { FakeNative } from './fake-native';
import { decode, encode, expectThrows, hex, roundTrip } from './helpers';

const F32_MAX = 3.4028234663852886e38;

type Mood = 'Happy' | 'Calm' | 'Grumpy';
const mood = new FlatEnumConverter<Mood>('Mood', ['Happy', 'Calm', 'Grumpy']);

interface Address {
  street: string;
  zip: number | undefined;
}
const address = new RecordConverter<Address>('Address', {
  street: FfiConverterString,
  zip: new OptionalConverter(FfiConverterU32),
});

interface Profile {
  id: bigint;
  name: string;
  age: number;
  nickname: string | undefined;
  scores: number[];
  tags: Map<string, number[]>;
  mood: Mood;
  avatar: Uint8Array;
  temperature: number;
  ratio: number;
  active: boolean;
  balance: bigint;
  address: Address | undefined;
  history: Array<Array<number | undefined> | undefined>;
}
const profile = new RecordConverter<Profile>('Profile', {
  id: FfiConverterU64,
  name: FfiConverterString,
  age: FfiConverterU8,
  nickname: new OptionalConverter(FfiConverterString),
  scores: new SequenceConverter(FfiConverterU8),
  tags: new MapConverter(FfiConverterString, new SequenceConverter(FfiConverterI16)),
  mood,
  avatar: FfiConverterBytes,
  temperature: FfiConverterF32,
  ratio: FfiConverterF64,
  active: FfiConverterBool,
  balance: FfiConverterI64,
  address: new OptionalConverter(address),
  history: new SequenceConverter(new OptionalConverter(new SequenceConverter(new OptionalConverter(FfiConverterI32)))),
});

function sampleProfile(): Profile {
  return {
    id: 2n ** 64n - 1n,
    name: 'Zoë 😀',
    age: 255,
    nickname: undefined,
    scores: [0, 128, 255],
    tags: new Map([
      ['a', [-32768, 0, 32767]],
      ['', []],
      ['é', [1]],
    ]),
    mood: 'Grumpy',
    avatar: Uint8Array.of(0, 1, 2, 254, 255),
    temperature: Math.fround(36.6),
    ratio: 0.1,
    active: true,
    balance: -(2n ** 63n),
    address: { street: 'Rue de la Paix', zip: 75002 },
    history: [undefined, [], [1, undefined, -1], [2147483647]],
  };
}

describe('check: wrong types throw TypeError naming the path', () => {
  const wrong: ReadonlyArray<readonly [string, FfiConverter<unknown>, unknown, string]> = [
    ['u8 given a string', FfiConverterU8, '1', 'expected an integer (u8), got a string'],
    ['u8 given a bigint', FfiConverterU8, 1n, 'got 1n (bigint)'],
    ['i32 given null', FfiConverterI32, null, 'got null'],
    ['i32 given undefined', FfiConverterI32, undefined, 'got undefined'],
    ['u16 given a boolean', FfiConverterU16, true, 'got boolean'],
    ['i8 given an object', FfiConverterI8, {}, 'got an object (Object)'],
    ['u32 given an array', FfiConverterU32, [1], 'got an array'],
    ['i16 given a Number object', FfiConverterI16, new Number(1), 'got an object (Number)'],
    ['i64 given a number', FfiConverterI64, 1, 'expected a bigint (i64), got 1 (number)'],
    ['u64 given a string', FfiConverterU64, '1', 'expected a bigint (u64), got a string'],
    ['f32 given a string', FfiConverterF32, '1.5', 'expected a number (f32)'],
    ['f64 given a bigint', FfiConverterF64, 1n, 'expected a number (f64), got 1n (bigint)'],
    ['bool given 1', FfiConverterBool, 1, 'expected a boolean, got 1 (number)'],
    ['bool given "true"', FfiConverterBool, 'true', 'expected a boolean'],
    ['string given a number', FfiConverterString, 42, 'expected a string, got 42 (number)'],
    ['string given a String object', FfiConverterString, new String('x'), 'expected a string'],
    ['bytes given an array', FfiConverterBytes, [1, 2], 'expected a Uint8Array, got an array'],
    ['bytes given an ArrayBuffer', FfiConverterBytes, new ArrayBuffer(2), 'got an object (ArrayBuffer)'],
    ['bytes given an Int8Array', FfiConverterBytes, new Int8Array(2), 'got an object (Int8Array)'],
    ['bytes given a string', FfiConverterBytes, 'ab', 'expected a Uint8Array'],
    [
      'Vec given a Set',
      new SequenceConverter(FfiConverterU8) as FfiConverter<unknown>,
      new Set([1]),
      'expected an array',
    ],
    ['Vec given a string', new SequenceConverter(FfiConverterU8) as FfiConverter<unknown>, 'abc', 'expected an array'],
    [
      'Map given a plain object',
      new MapConverter(FfiConverterString, FfiConverterU8) as FfiConverter<unknown>,
      { a: 1 },
      'expected a Map',
    ],
    ['record given null', address as FfiConverter<unknown>, null, 'expected an Address object, got null'],
    ['record given an array', address as FfiConverter<unknown>, [], 'expected an Address object, got an array'],
    ['record given a string', address as FfiConverter<unknown>, 'x', 'expected an Address object'],
    [
      'flat enum given an unknown name',
      mood as FfiConverter<unknown>,
      'Sad',
      'expected one of "Happy", "Calm", "Grumpy" (Mood), got a string',
    ],
    ['flat enum given a wrong case', mood as FfiConverter<unknown>, 'happy', '(Mood)'],
    ['flat enum given its index', mood as FfiConverter<unknown>, 1, 'got 1 (number)'],
  ];
  test.each(wrong)('%s', (_name, converter, value, message) => {
    const error = expectThrows(() => converter.check(value, 'arg'), TypeError, message);
    expect(error.message.startsWith('arg: expected ')).toBe(true);
  });
});

describe('check: out-of-range values throw RangeError naming the path', () => {
  const integers: ReadonlyArray<readonly [FfiConverter<number>, number, number]> = [
    [FfiConverterI8, -128, 127],
    [FfiConverterU8, 0, 255],
    [FfiConverterI16, -32768, 32767],
    [FfiConverterU16, 0, 65535],
    [FfiConverterI32, -2147483648, 2147483647],
    [FfiConverterU32, 0, 4294967295],
  ];
  test.each(integers.map(([c, min, max]) => [c.typeName, c, min, max] as const))('%s', (name, converter, min, max) => {
    expect(() => converter.check(min, 'x')).not.toThrow();
    expect(() => converter.check(max, 'x')).not.toThrow();
    expectThrows(
      () => converter.check(min - 1, 'x'),
      RangeError,
      `x: ${min - 1} is out of range for ${name} (${min}..=${max})`,
    );
    expectThrows(() => converter.check(max + 1, 'x'), RangeError, `x: ${max + 1} is out of range for ${name}`);
    expectThrows(() => converter.check(Number.MAX_SAFE_INTEGER * 4, 'x'), RangeError, 'out of range');
  });

  test.each(integers.map(([c]) => [c.typeName, c] as const))(
    'non-integer numbers are rejected by %s',
    (_name, converter) => {
      for (const value of [1.5, -0.25, NaN, Infinity, -Infinity]) {
        expectThrows(
          () => converter.check(value, 'n'),
          RangeError,
          `n: ${value} is not an integer (${converter.typeName})`,
        );
      }
      expect(() => converter.check(-0, 'n')).not.toThrow();
      expect(() => converter.check(3.0, 'n')).not.toThrow();
    },
  );

  test('i64 and u64 bounds', () => {
    expect(() => FfiConverterI64.check(-(2n ** 63n), 'v')).not.toThrow();
    expect(() => FfiConverterI64.check(2n ** 63n - 1n, 'v')).not.toThrow();
    expectThrows(
      () => FfiConverterI64.check(-(2n ** 63n) - 1n, 'v'),
      RangeError,
      'v: -9223372036854775809 is out of range for i64',
    );
    expectThrows(
      () => FfiConverterI64.check(2n ** 63n, 'v'),
      RangeError,
      'v: 9223372036854775808 is out of range for i64',
    );
    expect(() => FfiConverterU64.check(0n, 'v')).not.toThrow();
    expect(() => FfiConverterU64.check(2n ** 64n - 1n, 'v')).not.toThrow();
    expectThrows(
      () => FfiConverterU64.check(-1n, 'v'),
      RangeError,
      'v: -1 is out of range for u64 (0..=18446744073709551615)',
    );
    expectThrows(
      () => FfiConverterU64.check(2n ** 64n, 'v'),
      RangeError,
      'v: 18446744073709551616 is out of range for u64',
    );
  });

  test('f32: overflow rejected; tiny, NaN, infinities and values that round down to f32::MAX accepted', () => {
    expectThrows(
      () => FfiConverterF32.check(1e39, 'temperature'),
      RangeError,
      'temperature: 1e+39 is out of range for f32',
    );
    expectThrows(() => FfiConverterF32.check(-1e39, 'temperature'), RangeError, 'out of range for f32');
    expectThrows(() => FfiConverterF32.check(Number.MAX_VALUE, 't'), RangeError, 'out of range for f32');
    for (const ok of [1e-50, -1e-50, NaN, Infinity, -Infinity, F32_MAX, -F32_MAX, 3.4028235e38, 0, -0]) {
      expect(() => FfiConverterF32.check(ok, 't')).not.toThrow();
    }
    expect(Math.fround(3.4028235e38)).toBe(F32_MAX);
  });

  test('f64 accepts every number', () => {
    for (const ok of [Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity, 1e39]) {
      expect(() => FfiConverterF64.check(ok, 't')).not.toThrow();
    }
  });
});

describe('check: strings, bytes, optionals, records', () => {
  test.each([
    ['lone high surrogate', '\uD800'],
    ['lone low surrogate', 'a\uDC00b'],
    ['high surrogate at the end', 'ok\uD83D'],
    ['reversed pair', '\uDE00\uD83D'],
  ])('%s is rejected with a TypeError', (_name, value) => {
    expectThrows(() => FfiConverterString.check(value, 'greeting'), TypeError, 'greeting: ', 'lone UTF-16 surrogate');
  });

  test('well-formed strings are accepted', () => {
    for (const value of ['', 'abc', '😀', '\uD83D\uDE00', 'é€𝄞']) {
      expect(() => FfiConverterString.check(value, 's')).not.toThrow();
    }
  });

  test('Buffer is accepted as bytes and written like a Uint8Array', () => {
    const buffer = Buffer.from('abc');
    expect(() => FfiConverterBytes.check(buffer, 'data')).not.toThrow();
    expect(hex(encode(FfiConverterBytes, buffer))).toBe('00 00 00 03 61 62 63');
    // A Buffer that is a slice of a larger pooled allocation.
    const slice = Buffer.from('xxabcxx').subarray(2, 5);
    expect(hex(encode(FfiConverterBytes, slice))).toBe('00 00 00 03 61 62 63');
    expect(Array.from(roundTrip(FfiConverterBytes, slice))).toEqual([0x61, 0x62, 0x63]);
  });

  test('Optional accepts null and undefined, and checks a present value', () => {
    const optional = new OptionalConverter(FfiConverterU8);
    expect(() => optional.check(undefined, 'o')).not.toThrow();
    expect(() => optional.check(null, 'o')).not.toThrow();
    expect(() => optional.check(3, 'o')).not.toThrow();
    expectThrows(() => optional.check(256, 'o'), RangeError, 'o: 256 is out of range for u8');
    expectThrows(() => optional.check('3', 'o'), TypeError, 'o: expected an integer (u8)');
  });

  test('nested optionals name the innermost path', () => {
    const nested = new OptionalConverter(
      new SequenceConverter(new OptionalConverter(new OptionalConverter(FfiConverterU8))),
    );
    expect(() => nested.check([1, undefined, null, 2], 'values')).not.toThrow();
    expectThrows(
      () => nested.check([1, undefined, 256], 'values'),
      RangeError,
      'values[2]: 256 is out of range for u8',
    );
    expectThrows(() => nested.check([1, 'x'], 'values'), TypeError, 'values[1]: expected an integer (u8)');
    expectThrows(() => nested.check({}, 'values'), TypeError, 'values: expected an array');
  });

  test('records: a missing field is named', () => {
    const value: Partial<Profile> = sampleProfile();
    delete value.name;
    expectThrows(() => profile.check(value, 'profile'), TypeError, 'profile.name: expected a string, got undefined');
    // A missing optional field is None.
    const withoutZip = { street: 'x' };
    expect(() => address.check(withoutZip, 'a')).not.toThrow();
    // Extra properties are ignored.
    expect(() => address.check({ street: 'x', zip: 1, extra: true }, 'a')).not.toThrow();
  });

  test('records: nested paths through sequences, maps, optionals and records', () => {
    const bad = (patch: Partial<Profile>): unknown => ({ ...sampleProfile(), ...patch });
    expect(() => profile.check(sampleProfile(), 'profile')).not.toThrow();
    expectThrows(
      () => profile.check(bad({ scores: [1, 2, 300] }), 'profile'),
      RangeError,
      'profile.scores[2]: 300 is out of range for u8',
    );
    expectThrows(
      () => profile.check(bad({ scores: [1, 2.5] }), 'profile'),
      RangeError,
      'profile.scores[1]: 2.5 is not an integer (u8)',
    );
    expectThrows(
      () =>
        profile.check(
          bad({
            tags: new Map([
              ['ok', [1]],
              ['b"ad', [1, 40000]],
            ]),
          }),
          'profile',
        ),
      RangeError,
      'profile.tags["b\\"ad"][1]: 40000 is out of range for i16',
    );
    expectThrows(
      () => profile.check(bad({ tags: new Map([[7 as unknown as string, []]]) }), 'profile'),
      TypeError,
      'profile.tags key: expected a string, got 7 (number)',
    );
    expectThrows(
      () => profile.check(bad({ address: { street: 'x', zip: -1 } }), 'profile'),
      RangeError,
      'profile.address.zip: -1 is out of range for u32',
    );
    expectThrows(
      () => profile.check(bad({ address: { zip: 1 } as Address }), 'profile'),
      TypeError,
      'profile.address.street: expected a string, got undefined',
    );
    expectThrows(
      () => profile.check(bad({ history: [undefined, [1, undefined, 1.5]] }), 'profile'),
      RangeError,
      'profile.history[1][2]: 1.5 is not an integer (i32)',
    );
    expectThrows(
      () => profile.check(bad({ mood: 'Sad' as Mood }), 'profile'),
      TypeError,
      'profile.mood: expected one of',
    );
    expectThrows(
      () => profile.check(bad({ id: 1 as unknown as bigint }), 'profile'),
      TypeError,
      'profile.id: expected a bigint (u64)',
    );
    expectThrows(
      () => profile.check(bad({ temperature: 1e39 }), 'profile'),
      RangeError,
      'profile.temperature: 1e+39 is out of range',
    );
    expectThrows(
      () => profile.check(bad({ name: '\uD800' }), 'profile'),
      TypeError,
      'profile.name: the string contains a lone',
    );
  });

  test('maps: value paths for non-string keys', () => {
    const byId = new MapConverter(FfiConverterU64, FfiConverterU8);
    expectThrows(() => byId.check(new Map([[5n, 256]]), 'm'), RangeError, 'm[5]: 256 is out of range for u8');
    expectThrows(() => byId.check(new Map([[-1n, 1]]), 'm'), RangeError, 'm key: -1 is out of range for u64');
  });

  test('collections over the i32 count limit are rejected', () => {
    // No real array gets there; a Proxy's length can say anything.
    const huge = new Proxy<number[]>([], {
      get: (target, key) => (key === 'length' ? 2 ** 31 : Reflect.get(target, key)),
    });
    const sequence = new SequenceConverter(FfiConverterU8);
    expectThrows(() => sequence.check(huge, 'v'), RangeError, 'v: 2147483648 items exceed the i32 count limit');
  });

  test('a Map or Set subclass that lies about its size crosses as what it holds', () => {
    class HugeMap extends Map<string, number> {
      override get size(): number {
        return 2 ** 31;
      }
    }
    const map = new MapConverter(FfiConverterString, FfiConverterU8);
    const value = new HugeMap([['a', 1]]);
    map.check(value, 'm');
    expect(roundTrip(map, value)).toEqual(new Map([['a', 1]]));
  });
});

describe('nested round trips', () => {
  test('a record with every kind of field', () => {
    const value = sampleProfile();
    const bytes = encode(profile, value);
    expect(decode(profile, bytes)).toEqual(value);
  });

  test('allocationSize equals the bytes written for each field kind', () => {
    const value = sampleProfile();
    // u64 + (4 + 9 UTF-8 bytes) + u8 + None + (4 + 3) + tags + i32 + (4 + 5) + f32 + f64 + bool + i64 + address + history
    const tags = 4 + (4 + 1 + 4 + 3 * 2) + (4 + 0 + 4) + (4 + 2 + 4 + 2);
    const addr = 1 + (4 + 14) + (1 + 4);
    const history = 4 + 1 + (1 + 4) + (1 + 4 + (1 + 4) + 1 + (1 + 4)) + (1 + 4 + (1 + 4));
    const expected = 8 + (4 + 9) + 1 + 1 + (4 + 3) + tags + 4 + (4 + 5) + 4 + 8 + 1 + 8 + addr + history;
    expect(profile.allocationSize(value)).toBe(expected);
    expect(encode(profile, value).length).toBe(expected);
  });

  test('sequences of records, maps of optional records, optional maps', () => {
    const people = new SequenceConverter(profile);
    const list = [sampleProfile(), { ...sampleProfile(), name: '', nickname: 'nick', address: undefined, history: [] }];
    expect(roundTrip(people, list)).toEqual(list);
    expect(roundTrip(people, [])).toEqual([]);

    const directory = new MapConverter(FfiConverterString, new OptionalConverter(address));
    const entries = new Map<string, Address | undefined>([
      ['home', { street: 'a', zip: 1 }],
      ['nowhere', undefined],
      ['work', { street: '😀', zip: undefined }],
    ]);
    const back = roundTrip(directory, entries);
    expect(back).toEqual(entries);
    expect([...back.keys()]).toEqual(['home', 'nowhere', 'work']);

    const maybeMap = new OptionalConverter(new MapConverter(FfiConverterI32, new SequenceConverter(mood)));
    const moods = new Map<number, Mood[]>([
      [-1, ['Happy', 'Grumpy']],
      [2147483647, []],
    ]);
    expect(roundTrip(maybeMap, moods)).toEqual(moods);
    expect(roundTrip(maybeMap, undefined)).toBeUndefined();
  });

  test('every flat enum variant round-trips', () => {
    for (const variant of ['Happy', 'Calm', 'Grumpy'] as const) {
      expect(roundTrip(mood, variant)).toBe(variant);
    }
  });

  test('Option<Option<T>> reads Some(Some), Some(None) collapses to undefined', () => {
    const nested = new OptionalConverter(new OptionalConverter(FfiConverterU8));
    expect(hex(encode(nested, 5))).toBe('01 01 05');
    expect(roundTrip(nested, 5)).toBe(5);
    expect(hex(encode(nested, undefined))).toBe('00');
    expect(decode(nested, Uint8Array.of(1, 0))).toBeUndefined();
  });
});

describe('top-level lower and lift', () => {
  test('scalars cross directly', () => {
    const fake = new FakeNative();
    expect(FfiConverterI32.kind).toBe('i32');
    expect(FfiConverterU64.kind).toBe('u64');
    expect(FfiConverterF32.kind).toBe('f32');
    expect(FfiConverterBool.kind).toBe('i8');
    expect(FfiConverterI32.lower(-5, fake.native)).toBe(-5);
    expect(FfiConverterI64.lower(-5n, fake.native)).toBe(-5n);
    expect(FfiConverterBool.lower(true, fake.native)).toBe(1);
    expect(FfiConverterBool.lower(false, fake.native)).toBe(0);
    expect(FfiConverterBool.lift(1, fake.native)).toBe(true);
    expect(FfiConverterBool.lift(0, fake.native)).toBe(false);
    expectThrows(() => FfiConverterBool.lift(2, fake.native), RangeError, 'invalid bool byte from Rust: 2');
    expect(fake.allocated).toHaveLength(0);
  });

  test('a top-level string is raw UTF-8 without a length prefix', () => {
    const fake = new FakeNative();
    expect(FfiConverterString.kind).toBe('rust_buffer');
    const buffer = FfiConverterString.lower('é', fake.native) as RustBuffer;
    expect(hex(fake.live.get(buffer.data) ?? new Uint8Array())).toBe('c3 a9');
    expect(FfiConverterString.lift(buffer, fake.native)).toBe('é');
    expect(fake.live.size).toBe(0);
    expect(fake.freeCount(buffer.data)).toBe(1);
  });

  test('top-level bytes keep their length prefix', () => {
    const fake = new FakeNative();
    const buffer = FfiConverterBytes.lower(Uint8Array.of(1, 2), fake.native) as RustBuffer;
    expect(hex(fake.live.get(buffer.data) ?? new Uint8Array())).toBe('00 00 00 02 01 02');
    expect(Array.from(FfiConverterBytes.lift(buffer, fake.native))).toEqual([1, 2]);
    expect(fake.live.size).toBe(0);
  });

  test('compound values cross in a RustBuffer that lift frees', () => {
    const fake = new FakeNative();
    const value = sampleProfile();
    expect(profile.kind).toBe('rust_buffer');
    const buffer = profile.lower(value, fake.native) as RustBuffer;
    expect(buffer.len).toBe(profile.allocationSize(value));
    expect(profile.lift(buffer, fake.native)).toEqual(value);
    expect(fake.live.size).toBe(0);
    expect(fake.freeCount(buffer.data)).toBe(1);
  });

  test('lift rejects trailing bytes, and the buffer is still freed', () => {
    const fake = new FakeNative();
    const buffer = fake.rustBufferFromBytes(Uint8Array.of(1, 7, 9));
    expectThrows(
      () => liftFromRustBuffer(new OptionalConverter(FfiConverterU8), buffer, fake.native),
      RangeError,
      'Option<u8>: 1 unread bytes',
    );
    expect(fake.freeCount(buffer.data)).toBe(1);
    expect(fake.live.size).toBe(0);
  });

  test('lowerIntoRustBuffer allocates exactly allocationSize bytes', () => {
    const fake = new FakeNative();
    const seq = new SequenceConverter(FfiConverterString);
    const buffer = lowerIntoRustBuffer(seq, ['a', '😀'], fake.native);
    expect(hex(fake.live.get(buffer.data) ?? new Uint8Array())).toBe(
      '00 00 00 02 00 00 00 01 61 00 00 00 04 f0 9f 98 80',
    );
  });
});

test('messages name types with their article', () => {
  expect(article('Counter')).toBe('a Counter');
  expect(article('ObjectError')).toBe('an ObjectError');
  expect(article('Address')).toBe('an Address');
  expect(article('UnitPricing')).toBe('a UnitPricing');
});
