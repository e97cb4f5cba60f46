// Scalar extremes and strings of fixture-types (crates/fixtures/types/src/limits.rs): every
// integer type at its limits, floats' special values bit for bit, strings from empty to every
// Unicode scalar value, and out-of-range input rejected before it crosses.
import * as api from '../../generated/fixture-types';

interface IntegerCase {
  type: string;
  min: number;
  max: number;
  minFn: () => number;
  maxFn: () => number;
  echo: (value: number) => number;
  toString: (value: number) => string;
}

const integers: IntegerCase[] = [
  { type: 'i8', min: -128, max: 127, minFn: api.i8Min, maxFn: api.i8Max, echo: api.echoI8, toString: api.i8ToString },
  { type: 'u8', min: 0, max: 255, minFn: api.u8Min, maxFn: api.u8Max, echo: api.echoU8, toString: api.u8ToString },
  {
    type: 'i16',
    min: -32768,
    max: 32767,
    minFn: api.i16Min,
    maxFn: api.i16Max,
    echo: api.echoI16,
    toString: api.i16ToString,
  },
  {
    type: 'u16',
    min: 0,
    max: 65535,
    minFn: api.u16Min,
    maxFn: api.u16Max,
    echo: api.echoU16,
    toString: api.u16ToString,
  },
  {
    type: 'i32',
    min: -2147483648,
    max: 2147483647,
    minFn: api.i32Min,
    maxFn: api.i32Max,
    echo: api.echoI32,
    toString: api.i32ToString,
  },
  {
    type: 'u32',
    min: 0,
    max: 4294967295,
    minFn: api.u32Min,
    maxFn: api.u32Max,
    echo: api.echoU32,
    toString: api.u32ToString,
  },
];

describe('integers up to 32 bits (number)', () => {
  test.each(integers)('$type: Rust MIN and MAX arrive exactly', ({ min, max, minFn, maxFn }) => {
    expect(minFn()).toBe(min);
    expect(maxFn()).toBe(max);
  });

  test.each(integers)(
    '$type: the extremes and their neighbours round-trip, and Rust sees the same value',
    ({ min, max, echo, toString }) => {
      for (const value of [min, min + 1, 0, 1, max - 1, max]) {
        expect(echo(value)).toBe(value);
        expect(toString(value)).toBe(String(value));
      }
    },
  );

  test.each(integers)(
    '$type: one past either end is a RangeError naming the parameter',
    ({ type, min, max, echo, toString }) => {
      expect(() => echo(min - 1)).toThrow(RangeError);
      expect(() => echo(max + 1)).toThrow(RangeError);
      expect(() => echo(max + 1)).toThrow(`value: ${max + 1} is out of range for ${type}`);
      expect(() => toString(min - 1)).toThrow(/^value: /);
    },
  );

  test.each(integers)('$type: non-integers, NaN and infinities are RangeErrors', ({ echo }) => {
    for (const value of [0.5, -1.5, Number.NaN, Infinity, -Infinity, Number.EPSILON]) {
      expect(() => echo(value)).toThrow(RangeError);
      expect(() => echo(value)).toThrow(/^value: .* is not an integer/);
    }
  });

  test.each(integers)('$type: a bigint, a string or a boolean is a TypeError', ({ echo }) => {
    for (const value of [1n, '1', true, undefined, null]) {
      expect(() => echo(value as unknown as number)).toThrow(TypeError);
      expect(() => echo(value as unknown as number)).toThrow(/^value: expected an integer/);
    }
  });

  test('-0 is accepted as the integer 0', () => {
    expect(api.echoI32(-0)).toBe(0);
    expect(api.u8ToString(-0)).toBe('0');
  });

  test('the error names the right parameter when there are several', () => {
    expect(() => api.repeatString('ab', -1)).toThrow(RangeError);
    expect(() => api.repeatString('ab', -1)).toThrow(/^count: -1 is out of range for u32/);
    expect(() => api.repeatString(7 as unknown as string, 1)).toThrow(/^value: expected a string/);
  });
});

describe('64-bit integers (bigint)', () => {
  const i64Min = -(2n ** 63n);
  const i64Max = 2n ** 63n - 1n;
  const u64Max = 2n ** 64n - 1n;

  test('Rust MIN and MAX arrive exactly, beyond Number.MAX_SAFE_INTEGER', () => {
    expect(api.i64Min()).toBe(i64Min);
    expect(api.i64Max()).toBe(i64Max);
    expect(api.u64Min()).toBe(0n);
    expect(api.u64Max()).toBe(u64Max);
  });

  test('every value near the limits and near 2^53 round-trips exactly', () => {
    const safe = BigInt(Number.MAX_SAFE_INTEGER);
    for (const value of [i64Min, i64Min + 1n, -safe - 2n, -1n, 0n, 1n, safe + 1n, safe + 2n, i64Max - 1n, i64Max]) {
      expect(api.echoI64(value)).toBe(value);
      expect(api.i64ToString(value)).toBe(value.toString());
    }
    for (const value of [0n, 1n, safe + 1n, 2n ** 63n, u64Max - 1n, u64Max]) {
      expect(api.echoU64(value)).toBe(value);
      expect(api.u64ToString(value)).toBe(value.toString());
    }
  });

  test('out of range is a RangeError naming the parameter', () => {
    expect(() => api.echoI64(i64Min - 1n)).toThrow(RangeError);
    expect(() => api.echoI64(i64Max + 1n)).toThrow(/^value: 9223372036854775808 is out of range for i64/);
    expect(() => api.echoU64(-1n)).toThrow(RangeError);
    expect(() => api.echoU64(u64Max + 1n)).toThrow(/^value: 18446744073709551616 is out of range for u64/);
  });

  test('a number is a TypeError, not silently converted', () => {
    expect(() => api.echoI64(5 as unknown as bigint)).toThrow(TypeError);
    expect(() => api.echoU64(5 as unknown as bigint)).toThrow(/^value: expected a bigint \(u64\), got 5 \(number\)/);
  });
});

describe('booleans', () => {
  test('round-trip and negate', () => {
    expect(api.echoBool(true)).toBe(true);
    expect(api.echoBool(false)).toBe(false);
    expect(api.negate(true)).toBe(false);
    expect(api.negate(false)).toBe(true);
  });

  test('truthy values are not booleans', () => {
    expect(() => api.echoBool(1 as unknown as boolean)).toThrow(TypeError);
    expect(() => api.echoBool('true' as unknown as boolean)).toThrow(/^value: expected a boolean/);
  });
});

describe('f64', () => {
  test('special values from Rust', () => {
    expect(api.f64Nan()).toBeNaN();
    expect(api.f64Infinity()).toBe(Infinity);
    expect(api.f64NegInfinity()).toBe(-Infinity);
    expect(Object.is(api.f64NegZero(), -0)).toBe(true);
    expect(api.f64Max()).toBe(Number.MAX_VALUE);
    expect(api.f64Lowest()).toBe(-Number.MAX_VALUE);
    expect(api.f64MinPositive()).toBe(2.2250738585072014e-308);
    expect(api.f64SmallestSubnormal()).toBe(Number.MIN_VALUE);
    expect(api.f64Epsilon()).toBe(Number.EPSILON);
  });

  test('special values round-trip and Rust sees them as such', () => {
    expect(api.echoF64(Number.NaN)).toBeNaN();
    expect(api.echoF64(Infinity)).toBe(Infinity);
    expect(api.echoF64(-Infinity)).toBe(-Infinity);
    expect(Object.is(api.echoF64(-0), -0)).toBe(true);
    expect(Object.is(api.echoF64(0), 0)).toBe(true);
    expect(api.echoF64(Number.MIN_VALUE)).toBe(Number.MIN_VALUE);
    expect(api.echoF64(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(api.echoF64(0.1 + 0.2)).toBe(0.1 + 0.2);

    expect(api.f64ToString(Number.NaN)).toBe('NaN');
    expect(api.f64ToString(-0)).toBe('-0.0');
    expect(api.f64ToString(Infinity)).toBe('inf');
    expect(api.f64ToString(-Infinity)).toBe('-inf');
    expect(api.f64ToString(Number.MIN_VALUE)).toBe('5e-324');
  });

  test('bit patterns cross unchanged: -0, subnormals, NaN payloads and signs', () => {
    expect(api.f64ToBits(-0)).toBe(0x8000000000000000n);
    expect(api.f64ToBits(Number.MIN_VALUE)).toBe(1n);
    expect(api.f64ToBits(Number.MAX_VALUE)).toBe(0x7fefffffffffffffn);
    const patterns = [
      0x8000000000000000n,
      1n,
      0x000fffffffffffffn,
      0x7ff0000000000000n,
      0xfff0000000000000n,
      0x7ff8000000000000n,
      0x7ff8000000000001n,
      0xfff8000000000000n,
      0x7ffc0000deadbeefn,
    ];
    for (const bits of patterns) {
      expect(api.f64ToBits(api.f64FromBits(bits))).toBe(bits);
      expect(api.f64ToBits(api.echoF64(api.f64FromBits(bits)))).toBe(bits);
    }
  });

  test('a non-number is a TypeError', () => {
    expect(() => api.echoF64('1' as unknown as number)).toThrow(TypeError);
    expect(() => api.echoF64(1n as unknown as number)).toThrow(/^value: expected a number \(f64\)/);
  });
});

describe('f32', () => {
  const f32Max = 3.4028234663852886e38;

  test('special values from Rust', () => {
    expect(api.f32Nan()).toBeNaN();
    expect(api.f32Infinity()).toBe(Infinity);
    expect(api.f32NegInfinity()).toBe(-Infinity);
    expect(Object.is(api.f32NegZero(), -0)).toBe(true);
    expect(api.f32Max()).toBe(f32Max);
    expect(api.f32Lowest()).toBe(-f32Max);
    expect(api.f32MinPositive()).toBe(2 ** -126);
    expect(api.f32SmallestSubnormal()).toBe(2 ** -149);
    expect(api.f32Epsilon()).toBe(2 ** -23);
  });

  test('values are rounded to single precision, as Rust would', () => {
    expect(api.echoF32(0.1)).toBe(Math.fround(0.1));
    expect(api.echoF32(1 / 3)).toBe(Math.fround(1 / 3));
    expect(api.echoF32(16777217)).toBe(16777216);
    expect(api.f32ToString(0.1)).toBe('0.1');
  });

  test('special values round-trip: NaN, infinities, -0, the smallest subnormal, MAX', () => {
    expect(api.echoF32(Number.NaN)).toBeNaN();
    expect(api.echoF32(Infinity)).toBe(Infinity);
    expect(api.echoF32(-Infinity)).toBe(-Infinity);
    expect(Object.is(api.echoF32(-0), -0)).toBe(true);
    expect(api.echoF32(2 ** -149)).toBe(2 ** -149);
    expect(api.echoF32(f32Max)).toBe(f32Max);
    expect(api.echoF32(-f32Max)).toBe(-f32Max);
    expect(api.f32ToString(-0)).toBe('-0.0');
    expect(api.f32ToString(2 ** -149)).toBe('1e-45');
    expect(api.f32ToString(Number.NaN)).toBe('NaN');
  });

  test('bit patterns cross unchanged (quiet NaN payloads included)', () => {
    expect(api.f32ToBits(-0)).toBe(0x80000000);
    expect(api.f32ToBits(2 ** -149)).toBe(1);
    for (const bits of [
      0x80000000, 1, 0x007fffff, 0x7f7fffff, 0x7f800000, 0xff800000, 0x7fc00000, 0x7fc00001, 0xffc00000, 0x7fc0beef,
    ]) {
      expect(api.f32ToBits(api.f32FromBits(bits))).toBe(bits);
      expect(api.f32ToBits(api.echoF32(api.f32FromBits(bits)))).toBe(bits);
    }
  });

  test('finite values beyond ±MAX are a RangeError, not a silent infinity', () => {
    expect(() => api.echoF32(3.5e38)).toThrow(RangeError);
    expect(() => api.echoF32(-3.5e38)).toThrow(/^value: -3\.5e\+38 is out of range for f32/);
    expect(() => api.echoF32(Number.MAX_VALUE)).toThrow(RangeError);
    // Just above MAX but rounding to it is fine: that is single-precision rounding, not overflow.
    expect(api.echoF32(3.4028235e38)).toBe(f32Max);
  });
});

describe('strings', () => {
  test('empty strings both ways', () => {
    expect(api.emptyString()).toBe('');
    expect(api.echoString('')).toBe('');
    expect(api.stringByteLen('')).toBe(0);
    expect(api.stringCodePoints('')).toEqual([]);
    expect(api.repeatString('abc', 0)).toBe('');
  });

  test('NUL characters are kept, not terminators', () => {
    expect(api.stringWithNul()).toBe('a\0b\0');
    expect(api.echoString('\0')).toBe('\0');
    expect(api.stringByteLen('x\0y\0\0')).toBe(5);
  });

  test("Rust's Unicode sample arrives exactly, and goes back exactly", () => {
    const sample = api.unicodeSample();
    expect(sample).toContain('café');
    expect(sample).toContain('👩‍👩‍👧');
    expect(sample).toContain('🇫🇷');
    expect(sample).toContain('e\u0301');
    expect(sample).toContain('\u{10FFFF}');
    expect(sample).toContain('\uFFFF');
    expect(sample).toContain('\u{E000}');
    expect(sample.endsWith('nul \0!')).toBe(true);
    expect(api.echoString(sample)).toBe(sample);
    expect(api.stringByteLen(sample)).toBe(Buffer.byteLength(sample, 'utf8'));
    expect(api.strByteLen(sample)).toBe(Buffer.byteLength(sample, 'utf8'));
    expect(api.stringCharCount(sample)).toBe([...sample].length);
    expect(api.stringCodePoints(sample)).toEqual([...sample].map((c) => c.codePointAt(0)));
  });

  test('every Unicode scalar value, all planes, round-trips exactly and Rust sees each code point', () => {
    const codePoints: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c < 0xd800 || c > 0xdfff) codePoints.push(c);
    }
    const chunks: string[] = [];
    for (let i = 0; i < codePoints.length; i += 4096)
      chunks.push(String.fromCodePoint(...codePoints.slice(i, i + 4096)));
    const all = chunks.join('');
    expect(codePoints.length).toBe(1_112_064);

    expect(api.echoString(all) === all).toBe(true);
    expect(api.stringByteLen(all)).toBe(Buffer.byteLength(all, 'utf8'));
    expect(api.stringCharCount(all)).toBe(codePoints.length);
    const received = api.stringCodePoints(all);
    expect(received.length).toBe(codePoints.length);
    expect(received.every((c, i) => c === codePoints[i])).toBe(true);
    // And the other way: Rust builds the string from the code points.
    expect(api.stringFromCodePoints(codePoints) === all).toBe(true);
  });

  test('UTF-8 lengths of 1, 2, 3 and 4 bytes, and sequences that are several code points', () => {
    const cases: Array<[string, number, number]> = [
      ['a', 1, 1],
      ['é', 2, 1],
      ['€', 3, 1],
      ['😀', 4, 1],
      ['e\u0301', 3, 2],
      ['👩‍👩‍👧', 18, 5],
      ['🇫🇷', 8, 2],
    ];
    for (const [text, bytes, chars] of cases) {
      expect(api.echoString(text)).toBe(text);
      expect(api.stringByteLen(text)).toBe(bytes);
      expect(api.stringCharCount(text)).toBe(chars);
    }
  });

  test('Rust refuses code points that are not scalar values', () => {
    expect(api.stringFromCodePoints([0x41, 0xd800])).toBeUndefined();
    expect(api.stringFromCodePoints([0x110000])).toBeUndefined();
    expect(api.stringFromCodePoints([0x10ffff, 0x1f600, 0])).toBe('\u{10FFFF}😀\0');
  });

  test('very long strings, both ways', () => {
    const fromRust = api.repeatString('ab€😀', 1_000_000);
    expect(fromRust.length).toBe(5_000_000);
    expect(fromRust.startsWith('ab€😀ab€😀')).toBe(true);
    expect(api.stringByteLen(fromRust)).toBe(9_000_000);
    const ascii = 'x'.repeat(10_000_000);
    expect(api.stringByteLen(ascii)).toBe(10_000_000);
    expect(api.echoString(ascii) === ascii).toBe(true);
    expect(api.echoString(fromRust) === fromRust).toBe(true);
  });

  test('async strings round-trip the same way', async () => {
    const sample = api.unicodeSample();
    await expect(api.echoStringAsync(sample)).resolves.toBe(sample);
    await expect(api.echoStringAsync('')).resolves.toBe('');
  });

  test('a lone surrogate is a TypeError before anything crosses, sync and async', async () => {
    for (const bad of ['\uD800', 'a\uDFFFb', '😀'.slice(0, 1), '😀'.slice(1)]) {
      expect(() => api.echoString(bad)).toThrow(TypeError);
      expect(() => api.stringByteLen(bad)).toThrow(/^value: the string contains a lone UTF-16 surrogate/);
    }
    // Async functions reject (they do not throw synchronously).
    const pending = api.echoStringAsync('\uD83D');
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toThrow(TypeError);
    await expect(api.echoStringAsync(5 as unknown as string)).rejects.toThrow(/^value: expected a string/);
  });

  test('a lone surrogate deep inside a value is reported with its path', () => {
    expect(() => api.echoNested([new Map([['ok', [1]]]), new Map([['\uDC00', [2]]])])).toThrow(
      /^value\[1\] key: .*lone UTF-16 surrogate/,
    );
    expect(() => api.echoWrapper({ value: 'x\uD800' })).toThrow(/^value\.value: /);
  });
});
