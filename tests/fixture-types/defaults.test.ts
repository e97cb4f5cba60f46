// Default argument values (`#[uniffi::export(default(...))]`, `#[uniffi::method(default(...))]`,
// `#[uniffi::constructor(default(...))]`) become optional TypeScript parameters. The fixture's
// `describe_*` functions print what Rust received, so each test checks the value on the Rust
// side, not only that the call compiles.
import '../fixture-objects/symbol-dispose'; // before fixture-objects (see the file)
import {
  Rgba,
  delayedValue,
  describeLiteralDefaults,
  describeTypeDefaults,
  greet,
  grey,
  nonTrailingDefault,
  rgba,
} from '../../generated/fixture-types';
import { Counter } from '../../generated/fixture-objects';

/** Every literal default, as Rust's `Debug` prints it, joined by `|`. */
const LITERAL_DEFAULTS = '-5|18446744073709551615|-9223372036854775808|2.5|0.1|true|None|Some(7)|[]|"x"|255';

describe('functions', () => {
  test('trailing defaults are optional parameters', () => {
    expect(greet.length).toBe(1); // only `name` is required
    expect(greet('Ann')).toBe('Hello, Ann!');
    expect(greet('Ann', 'Hi')).toBe('Hi, Ann!');
    expect(greet('Ann', 'Hi', 2)).toBe('Hi, Ann! Hi, Ann!');
    expect(greet('Ann', 'Hi', 2, '?')).toBe('Hi, Ann? Hi, Ann?');
    expect(greet('Ann', 'Hi', 2, '?', true)).toBe('HI, ANN? HI, ANN?');
  });

  test('`undefined` in the middle means "the default" for that argument only', () => {
    expect(greet('Bo', undefined, 3)).toBe('Hello, Bo! Hello, Bo! Hello, Bo!');
    expect(greet('Bo', undefined, undefined, undefined, true)).toBe('HELLO, BO!');
  });

  test('a required argument stays required', () => {
    // @ts-expect-error `name` has no default.
    expect(() => greet()).toThrow(TypeError);
  });

  test('every kind of literal default reaches Rust with its exact value', () => {
    expect(describeLiteralDefaults.length).toBe(0);
    // i32 -5, u64::MAX and i64::MIN exactly (bigint), f32 2.5, f64 0.1, true, None, Some(7),
    // an empty Vec, "x", u8 255.
    expect(describeLiteralDefaults()).toBe(LITERAL_DEFAULTS);
  });

  test('given values replace the defaults one by one', () => {
    expect(describeLiteralDefaults(1)).toBe(LITERAL_DEFAULTS.replace(/^-5/, '1'));
    expect(describeLiteralDefaults(0, 1n, 2n, 0.25, 3.5, false, 'n', 8n, [1, 2], 'y', 0)).toBe(
      '0|1|2|0.25|3.5|false|Some("n")|Some(8)|[1, 2]|"y"|0',
    );
  });

  // An `Option<T>` parameter whose Rust default is `Some(..)`: `undefined` selects the default
  // (JavaScript's rule), so its type also admits `null`, which passes `None`.
  test('an Option argument with a Some default can still be given None, as null', () => {
    expect(describeLiteralDefaults(-5, undefined, undefined, undefined, undefined, undefined, undefined, null)).toBe(
      LITERAL_DEFAULTS.replace('Some(7)', 'None'),
    );
    expect(
      describeLiteralDefaults(-5, undefined, undefined, undefined, undefined, undefined, undefined, undefined),
    ).toBe(LITERAL_DEFAULTS);
  });

  test("a bare `default(name)` is the type's own default", () => {
    expect(describeTypeDefaults.length).toBe(0);
    expect(describeTypeDefaults()).toBe('0|""|{}|None|[]|false');
    expect(describeTypeDefaults(3, 'l', new Map([['a', 1]]), 4, ['i'], true)).toBe('3|"l"|{"a": 1}|Some(4)|["i"]|true');
  });

  test('a default on a non-trailing argument: the argument stays required', () => {
    // `first` has a Rust default (1) but `second`, after it, has none: TypeScript cannot make
    // `first` optional, so both are required.
    expect(nonTrailingDefault.length).toBe(2);
    expect(nonTrailingDefault(2, 3)).toBe(23);
    expect(nonTrailingDefault(1, 0)).toBe(10);
  });

  test('an async function with defaults, and its options after them', async () => {
    await expect(delayedValue()).resolves.toBe('done');
    await expect(delayedValue(1n)).resolves.toBe('done');
    await expect(delayedValue(1n, 'custom')).resolves.toBe('custom');
    await expect(delayedValue(undefined, undefined, { signal: new AbortController().signal })).resolves.toBe('done');
  });

  test('record-returning functions with defaults', () => {
    expect(rgba(1, 2, 3)).toEqual({ r: 1, g: 2, b: 3, a: 255 });
    expect(rgba(1, 2, 3, 4)).toEqual({ r: 1, g: 2, b: 3, a: 4 });
    expect(grey()).toEqual({ r: 128, g: 128, b: 128, a: 255 });
    expect(grey(0)).toEqual({ r: 0, g: 0, b: 0, a: 255 });
  });
});

describe('record methods', () => {
  test('defaults on methods of a record', () => {
    const black = rgba(0, 0, 0);
    const white = rgba(255, 255, 255);
    expect(Rgba.mixedWith(black, white)).toEqual({ r: 128, g: 128, b: 128, a: 255 }); // amount 0.5
    expect(Rgba.mixedWith(black, white, 0.25)).toEqual({ r: 64, g: 64, b: 64, a: 255 });
    expect(Rgba.toHex(rgba(1, 2, 254))).toBe('#0102fe'); // with_alpha false
    expect(Rgba.toHex(rgba(1, 2, 254, 16), true)).toBe('#0102fe10');
  });

  test('a record field default fills an omitted field', () => {
    expect(Rgba.toHex({ r: 1, g: 2, b: 3 }, true)).toBe('#010203ff');
  });
});

describe('object constructors and methods (fixture-objects)', () => {
  test('a named constructor and a method with defaults', () => {
    using counter = Counter.withLabel('defaults'); // initial = 0
    expect(counter.get()).toBe(0n);
    expect(counter.increment()).toBe(1n); // by = 1
    expect(counter.increment(undefined)).toBe(2n);
    expect(counter.increment(10n)).toBe(12n);
    using seeded = Counter.withLabel('seeded', 40n);
    expect(seeded.increment()).toBe(41n);
  });
});
