// Every type of this slice, round-tripped through Rust, sync and async, at its edges.
import * as api from '../../generated/async-ffi';
import type { Profile } from '../../generated/async-ffi';

type Echo<T> = [sync: (value: T) => T, async: (value: T) => Promise<T>];

async function roundTrip<T>([sync, asyncFn]: Echo<T>, values: T[]): Promise<void> {
  for (const value of values) {
    expect(sync(value)).toEqual(value);
    await expect(asyncFn(value)).resolves.toEqual(value);
  }
}

const integers: Array<[string, Echo<number>, number, number]> = [
  ['i8', [api.echoI8, api.echoI8Async], -128, 127],
  ['u8', [api.echoU8, api.echoU8Async], 0, 255],
  ['i16', [api.echoI16, api.echoI16Async], -32768, 32767],
  ['u16', [api.echoU16, api.echoU16Async], 0, 65535],
  ['i32', [api.echoI32, api.echoI32Async], -2147483648, 2147483647],
  ['u32', [api.echoU32, api.echoU32Async], 0, 4294967295],
];

describe.each(integers)('%s', (_name, echo, min, max) => {
  test('min, max, and values around zero and the midpoint round-trip', async () => {
    await roundTrip(echo, [min, max, min + 1, max - 1, 0, 1, Math.floor((min + max) / 2)]);
  });
  test('out-of-range and fractional values are rejected before crossing', async () => {
    expect(() => echo[0](max + 1)).toThrow(RangeError);
    expect(() => echo[0](min - 1)).toThrow(RangeError);
    expect(() => echo[0](0.5)).toThrow(RangeError);
    await expect(echo[1](max + 1)).rejects.toThrow(RangeError);
  });
});

describe('64-bit integers are exact bigints over the whole range', () => {
  test('i64', async () => {
    const values = [-(2n ** 63n), 2n ** 63n - 1n, -1n, 0n, 2n ** 53n + 1n, -(2n ** 53n) - 1n];
    await roundTrip([api.echoI64, api.echoI64Async], values);
    expect(() => api.echoI64(2n ** 63n)).toThrow(RangeError);
    expect(() => api.echoI64(-(2n ** 63n) - 1n)).toThrow(RangeError);
  });
  test('u64', async () => {
    await roundTrip([api.echoU64, api.echoU64Async], [0n, 2n ** 64n - 1n, 2n ** 63n, 2n ** 53n + 1n]);
    expect(() => api.echoU64(-1n)).toThrow(RangeError);
    expect(() => api.echoU64(2n ** 64n)).toThrow(RangeError);
  });
  test('numbers are not silently accepted for 64-bit parameters', () => {
    expect(() => api.echoU64(1 as unknown as bigint)).toThrow(TypeError);
  });
});

describe('floats', () => {
  test('f64: extremes, signed zero, NaN and infinities round-trip', async () => {
    const values = [Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE, Infinity, -Infinity, 0.1, -0];
    await roundTrip([api.echoF64, api.echoF64Async], values);
    expect(api.echoF64(NaN)).toBeNaN();
    await expect(api.echoF64Async(NaN)).resolves.toBeNaN();
    expect(Object.is(api.echoF64(-0), -0)).toBe(true);
  });
  test('f32: returned exactly, sync and async (ffi-rs cannot return f32 natively)', async () => {
    const f32Max = 3.4028234663852886e38;
    const values = [1.5, -2.25, f32Max, -f32Max, 1.401298464324817e-45, Infinity, -Infinity, Math.fround(0.1)];
    await roundTrip([api.echoF32, api.echoF32Async], values);
    expect(api.echoF32(NaN)).toBeNaN();
    await expect(api.echoF32Async(NaN)).resolves.toBeNaN();
  });
  test('f32 rounds to single precision, as Rust does', () => {
    expect(api.echoF32(0.1)).toBe(Math.fround(0.1));
  });
  test('f32 rejects finite values that would overflow to infinity', () => {
    expect(() => api.echoF32(1e39)).toThrow(RangeError);
  });
});

describe('bool', () => {
  test('round-trips and rejects non-booleans', async () => {
    await roundTrip([api.echoBool, api.echoBoolAsync], [true, false]);
    expect(() => api.echoBool(1 as unknown as boolean)).toThrow(TypeError);
  });
});

describe('strings', () => {
  const samples = [
    '',
    'plain ASCII',
    'é à ü ß', // 2-byte UTF-8
    '中文 日本語 한국어', // 3-byte
    '🎉🦀👩‍👩‍👧‍👦', // 4-byte, surrogate pairs, ZWJ sequences
    'nul \u0000 inside',
    '\u{10FFFF}\u{FFFD}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}',
    'x'.repeat(100_000), // beyond the transport's scratch area
    '🦀'.repeat(30_000),
  ];
  test('every kind of Unicode, empty and very long, round-trips exactly', async () => {
    await roundTrip([api.echoString, api.echoStringAsync], samples);
  });
  test('a lone surrogate is rejected rather than replaced', () => {
    expect(() => api.echoString('bad \ud800 string')).toThrow(/value: .*lone UTF-16 surrogate/);
  });
});

describe('bytes', () => {
  test('Uint8Array round-trips, including empty and large', async () => {
    const large = new Uint8Array(1_000_000).map((_, i) => (i * 31) & 0xff);
    await roundTrip([api.echoBytes, api.echoBytesAsync], [new Uint8Array(0), Uint8Array.of(0, 1, 254, 255), large]);
  });
  test('a Node Buffer is accepted', () => {
    expect(api.echoBytes(Buffer.from('héllo'))).toEqual(new Uint8Array(Buffer.from('héllo')));
  });
  test('arrays of numbers are not bytes', () => {
    expect(() => api.echoBytes([1, 2] as unknown as Uint8Array)).toThrow(TypeError);
  });
});

describe('compound types', () => {
  test('Option<String>', () => {
    expect(api.echoOptional(undefined)).toBeUndefined();
    expect(api.echoOptional('')).toBe('');
    expect(api.echoOptional('x')).toBe('x');
    expect(api.echoOptional(null as unknown as undefined)).toBeUndefined();
  });
  test('Vec<String>: empty and large', () => {
    expect(api.echoStrings([])).toEqual([]);
    const many = Array.from({ length: 10_000 }, (_, i) => `item ${i}`);
    expect(api.echoStrings(many)).toEqual(many);
  });
  test('nested Vec<Option<Vec<u64>>>', () => {
    const value = [undefined, [], [0n, 2n ** 64n - 1n], undefined];
    expect(api.echoNested(value)).toEqual(value);
  });
  test('HashMap<String, i64> as Map', () => {
    const map = new Map<string, bigint>([
      ['min', -(2n ** 63n)],
      ['max', 2n ** 63n - 1n],
      ['', 0n],
    ]);
    expect(api.echoMap(map)).toEqual(map);
    expect(api.echoMap(new Map())).toEqual(new Map());
    expect(api.countWords('a b a c a')).toEqual(
      new Map([
        ['a', 3],
        ['b', 1],
        ['c', 1],
      ]),
    );
  });
  test('flat enums are string unions with a constant object', async () => {
    expect(api.cheerUp([api.Mood.Grumpy, api.Mood.Calm, 'Happy'])).toEqual(['Calm', 'Happy', 'Happy']);
    await roundTrip([api.echoMood, api.echoMoodAsync], [api.Mood.Happy, api.Mood.Calm, api.Mood.Grumpy]);
    expect(() => api.echoMood('Sleepy' as api.Mood)).toThrow(/value: expected one of "Happy", "Calm", "Grumpy"/);
  });
  test('a record nesting every type round-trips, sync and async', async () => {
    const profile = api.sampleProfile('Ann');
    expect(profile).toEqual<Profile>({
      id: 2n ** 64n - 2n,
      name: 'Ann',
      nickname: 'Anny',
      scores: [1.5, -2.25, Number.MAX_VALUE],
      mood: 'Calm',
      attributes: new Map([['lang', 'rust']]),
      avatar: Uint8Array.of(0, 1, 254, 255),
      temperature: Math.fround(36.6),
      active: true,
    });
    expect(api.echoProfile(profile)).toEqual(profile);
    await expect(api.echoProfileAsync({ ...profile, nickname: undefined, scores: [] })).resolves.toEqual({
      ...profile,
      nickname: undefined,
      scores: [],
    });
  });
  test('a record field of the wrong type is rejected, naming the field path', () => {
    const profile = api.sampleProfile('Ann');
    expect(() => api.echoProfile({ ...profile, scores: [1, 'two' as unknown as number] })).toThrow(
      /profile\.scores\[1\]: expected a number/,
    );
    const { mood: _omitted, ...withoutMood } = profile;
    expect(() => api.echoProfile(withoutMood as Profile)).toThrow(/profile\.mood/);
  });
});
