// Property-based tests of every converter (Hardening, item 4): random valid values round-trip
// exactly, `write` accepts exactly what `check` accepts, and the top-level lowering and lifting
// agree with the nested form, through the fake native library.
import fc from 'fast-check';
import { ByteWriter } from '../src/codec';
import { FfiConverterString, lowerIntoRustBuffer, liftFromRustBuffer } from '../src/converters';
import type { FfiConverter } from '../src/converters';
import { anyValueFor, cases, loneSurrogateStrings, shopError, ShopError, strings } from './arbitraries';
import type { Case } from './arbitraries';
import { FakeNative } from './fake-native';
import { decode, encode } from './helpers';

/** Bounded, so that the file runs in a few seconds; a failure prints its seed and path to replay. */
const RUNS = { numRuns: 150 };

/** What two values of a case must share to be the same value (errors: their variant and fields). */
function comparable(value: unknown): unknown {
  if (value instanceof ShopError) return { tag: value.tag, ...Object.fromEntries(Object.entries(value)) };
  return value;
}

/**
 * A RangeError or TypeError. By name: jest's sandbox mixes two realms' error classes. (Looser than
 * the fuzz test's: a custom type's conversion failing on garbage is wrapped with its own message.)
 */
function isCleanError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'RangeError' || name === 'TypeError';
}

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c: Case) => {
  const converter = c.converter;

  test('valid values pass the check and round-trip exactly (allocationSize is the size written)', () => {
    fc.assert(
      fc.property(c.values, (value) => {
        converter.check(value, 'value');
        expect(comparable(decode(converter, encode(converter, value)))).toEqual(comparable(value));
      }),
      RUNS,
    );
  });

  test('write accepts exactly what check accepts', () => {
    fc.assert(
      fc.property(anyValueFor(c), (value) => {
        let checked = true;
        try {
          converter.check(value, 'value');
        } catch (error) {
          expect(isCleanError(error)).toBe(true);
          checked = false;
        }
        // Without the check: a roomy writer, no measuring.
        const writer = new ByteWriter(1 << 16);
        let written = true;
        try {
          converter.write(value, writer);
        } catch (error) {
          expect(isCleanError(error)).toBe(true);
          written = false;
        }
        expect(written).toBe(checked);
      }),
      RUNS,
    );
  });

  if (c.converter.kind === 'rust_buffer') {
    test('top-level lowering and lifting round-trip, in scratch or in fresh memory', () => {
      fc.assert(
        fc.property(c.values, (value) => {
          const fake = new FakeNative();
          converter.check(value, 'value');
          const buffer = converter.lower(value, fake.native);
          expect(comparable(converter.lift(buffer, fake.native))).toEqual(comparable(value));
          expect(fake.live.size).toBe(0);
          // The same through the nested form, whatever the size (scratch holds up to 16 KB).
          const big = lowerIntoRustBuffer(converter as FfiConverter<unknown>, value, fake.native);
          expect(comparable(liftFromRustBuffer(converter as FfiConverter<unknown>, big, fake.native))).toEqual(
            comparable(value),
          );
          expect(fake.live.size).toBe(0);
        }),
        { numRuns: 50 },
      );
    });
  }
});

describe('strings', () => {
  test('a string with a lone surrogate is refused by check and by write', () => {
    fc.assert(
      fc.property(loneSurrogateStrings, (value) => {
        expect(() => FfiConverterString.check(value, 's')).toThrow(TypeError);
        expect(() => FfiConverterString.write(value, new ByteWriter(1 << 16))).toThrow(/lone UTF-16 surrogate/);
      }),
      RUNS,
    );
  });

  test('long strings cross in fresh memory too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 5000, maxLength: 8000 }), (value) => {
        const fake = new FakeNative();
        const buffer = lowerIntoRustBuffer(FfiConverterString, value, fake.native);
        expect(liftFromRustBuffer(FfiConverterString, buffer, fake.native)).toBe(value);
      }),
      { numRuns: 20 },
    );
  });

  test('UTF-8 length measured equals UTF-8 length written', () => {
    fc.assert(
      fc.property(strings, (value) => {
        expect(encode(FfiConverterString, value).length).toBe(4 + Buffer.byteLength(value, 'utf8'));
      }),
      RUNS,
    );
  });
});

describe('errors', () => {
  test('readAll reads back what write wrote', () => {
    const c = cases.find((k) => k.converter === shopError) as Case;
    fc.assert(
      fc.property(c.values, (value) => {
        expect(comparable(shopError.readAll(encode(shopError, value as ShopError)))).toEqual(comparable(value));
      }),
      RUNS,
    );
  });
});
