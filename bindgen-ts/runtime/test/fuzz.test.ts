// Random and truncated bytes fed to every lifter (Hardening, item 4): each read ends in a value or
// a clean RangeError / TypeError, at once: never a hang, a crash or another kind of error.
// (Objects are left out: a handle read from random bytes would be freed as a real one.)
import fc from 'fast-check';
import { ByteReader, MAX_ZERO_SIZED_ELEMENTS } from '../src/codec';
import { cases, flatError, shopError } from './arbitraries';
import type { Case } from './arbitraries';
import { encode } from './helpers';

const RUNS = { numRuns: 200 };

/**
 * A RangeError or TypeError thrown on purpose, not a bug's TypeError (reading a property of
 * undefined...) or a stack overflow. By name: jest's sandbox mixes two realms' error classes
 * (TextDecoder throws the outer one's).
 */
function isCleanError(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (name !== 'RangeError' && name !== 'TypeError') return false;
  return (
    typeof message === 'string' &&
    !/Cannot read properties|is not a function|is not iterable|Cannot convert|Maximum call stack/.test(message)
  );
}

/** Reads one value of `c` that must use every byte; returns the error thrown, if any. */
function readAll(c: Case, bytes: Uint8Array): unknown {
  try {
    const reader = new ByteReader(bytes);
    c.converter.read(reader);
    reader.finish(c.converter.typeName);
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Random bytes, biased towards the shapes a reader meets: small counts and tags, huge lengths. */
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.uint8Array({ maxLength: 2048 }),
  fc
    .array(fc.oneof(fc.constantFrom(0, 1, 2, 0x7f, 0x80, 0xff), fc.integer({ min: 0, max: 255 })), { maxLength: 128 })
    .map((a) => Uint8Array.from(a)),
  // A huge count or length up front, then a little of everything.
  fc
    .tuple(
      fc.constantFrom(0x7fffffff, 0x00100001, 0x7ffffffe, -1, MAX_ZERO_SIZED_ELEMENTS + 1),
      fc.uint8Array({ maxLength: 32 }),
    )
    .map(([n, rest]) => {
      const head = new Uint8Array(4);
      new DataView(head.buffer).setInt32(0, n);
      return Uint8Array.from([...head, ...rest]);
    }),
);

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c: Case) => {
  test('random bytes: a value or a clean RangeError / TypeError', () => {
    fc.assert(
      fc.property(bytes, (input) => {
        const error = readAll(c, input);
        if (error !== undefined) expect(isCleanError(error)).toBe(true);
      }),
      RUNS,
    );
  });

  test('a valid encoding cut short, or with a byte flipped: never anything but a clean error', () => {
    fc.assert(
      fc.property(c.values, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), (value, cutAt, flipAt, flip) => {
        const encoded = encode(c.converter, value);
        if (encoded.length > 0) {
          // Cut short: an encoding is never a prefix of another one, so this always fails.
          const truncated = encoded.subarray(0, cutAt % encoded.length);
          const error = readAll(c, truncated);
          expect(error).toBeDefined();
          expect(isCleanError(error)).toBe(true);
          // A byte flipped: may still decode (to another value), else fails cleanly.
          const flipped = Uint8Array.from(encoded);
          const at = flipAt % flipped.length;
          flipped[at] = (flipped[at] as number) ^ flip;
          const flipError = readAll(c, flipped);
          if (flipError !== undefined) expect(isCleanError(flipError)).toBe(true);
        }
        // Trailing bytes are refused.
        const error = readAll(c, Uint8Array.from([...encoded, 0]));
        expect(isCleanError(error)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('error lifters', () => {
  test.each([
    ['ShopError', shopError],
    ['FlatError', flatError],
  ] as const)('%s.readAll of random bytes: an Error to throw, or a clean RangeError / TypeError', (_name, lifter) => {
    fc.assert(
      fc.property(bytes, (input) => {
        try {
          expect(lifter.readAll(input)).toBeInstanceOf(Error);
        } catch (error) {
          expect(isCleanError(error)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
