// Rust errors and panics as JavaScript errors.
import {
  checkedGreeting,
  GreetingError,
  panicLater,
  panicNow,
  RustPanic,
  UniffiError,
  validateName,
} from '../../generated/async-ffi';

function describeError(error: GreetingError.Variant): string {
  // An exhaustive switch: adding a variant in Rust breaks this at compile time.
  switch (error.tag) {
    case 'EmptyName':
      return 'empty';
    case 'TooLong':
      return `too long: ${error.length} > ${error.max}`;
    default: {
      const unreachable: never = error;
      return unreachable;
    }
  }
}

describe('typed errors', () => {
  test('an async function rejects with the variant, its class hierarchy and fields', async () => {
    const error: unknown = await checkedGreeting('x'.repeat(40)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GreetingError.TooLong);
    expect(error).toBeInstanceOf(GreetingError);
    expect(error).toBeInstanceOf(UniffiError);
    expect(error).toBeInstanceOf(Error);
    const tooLong = error as GreetingError.TooLong;
    expect(tooLong.tag).toBe('TooLong');
    expect(tooLong.length).toBe(40);
    expect(tooLong.max).toBe(32);
    expect(tooLong.name).toBe('GreetingError.TooLong');
    expect(tooLong.message).toBe('GreetingError.TooLong { length: 40, max: 32 }');
    expect(describeError(tooLong)).toBe('too long: 40 > 32');
  });

  test('a variant without fields', async () => {
    const error = await checkedGreeting('').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GreetingError.EmptyName);
    expect(error).not.toBeInstanceOf(GreetingError.TooLong);
    expect(describeError(error as GreetingError.EmptyName)).toBe('empty');
  });

  test('a sync function throws the same types', () => {
    expect(() => validateName('')).toThrow(GreetingError.EmptyName);
    expect(() => validateName('y'.repeat(33))).toThrow(GreetingError.TooLong);
  });
});

describe('panics', () => {
  test('a sync panic becomes a RustPanic with the panic message', () => {
    expect(() => panicNow('boom: ünïcode')).toThrow(RustPanic);
    expect(() => panicNow('boom: ünïcode')).toThrow('boom: ünïcode');
  });

  test('a panic inside a future rejects with a RustPanic', async () => {
    const error = await panicLater('async boom').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RustPanic);
    expect((error as Error).message).toBe('async boom');
  });

  test('the library keeps working after panics', async () => {
    expect(() => panicNow('again')).toThrow(RustPanic);
    await expect(checkedGreeting('Ann')).resolves.toContain('Hello, Ann!');
  });
});
