// What a TypeScript method throws, as Rust sees it.
import * as api from '../../generated/fixture-callbacks-koffi';
import { Doubler } from './transformer';

class Checker extends Doubler {
  override check(value: number): number {
    if (value < 0) throw new api.CallbackError.Rejected({ reason: `negative ${value}` });
    if (value > 1000) throw new api.CallbackError.TooBig();
    if (value === 13) throw new Error('unlucky');
    return value * 2;
  }
  override shout(value: string): string {
    if (value === 'throw') throw new RangeError('no shouting');
    if (value === 'wrong type') return 42 as unknown as string;
    return value.toUpperCase();
  }
}

const transformer = new Checker();

describe('a declared error thrown in TypeScript', () => {
  test('arrives in Rust as that error variant, with its fields', () => {
    expect(api.checkWith(transformer, 21)).toBe('ok:42');
    expect(api.checkWith(transformer, -5)).toBe('rejected:negative -5');
    expect(api.checkWith(transformer, 5000)).toBe('too-big');
  });
});

describe('any other exception', () => {
  test('is an unexpected error carrying its message (a panic in Rust for a method whose error type has no From<UnexpectedUniFFICallbackError>)', () => {
    expect(() => api.checkWith(transformer, 13)).toThrow(api.RustPanic);
    expect(() => api.checkWith(transformer, 13)).toThrow(/Error: unlucky/);
  });

  test('from a method without an error type: the same, with its name and message', () => {
    expect(() => api.shoutWith(transformer, 'throw')).toThrow(/RangeError: no shouting/);
  });

  test('a result of the wrong type is an unexpected error naming the method', () => {
    expect(() => api.shoutWith(transformer, 'wrong type')).toThrow(
      /the result of Transformer\.shout: expected a string/,
    );
  });

  test('the library keeps working afterwards', () => {
    expect(api.shoutWith(transformer, 'fine')).toBe('FINE');
  });
});

describe("a flat error thrown by TypeScript (uniffi's callbacks fixture: TelephoneError)", () => {
  // A flat error's identity is its variant: only the variant crosses to Rust.
  const phone = (reply: () => string): api.Telephone => ({ call: reply });

  test('without a message, as plain JavaScript writes it, Rust gets the variant', () => {
    expect(
      api.dial(
        phone(() => {
          throw new api.TelephoneError.Busy();
        }),
        '555',
      ),
    ).toBe('busy');
    expect(
      api.dial(
        phone(() => {
          throw new api.TelephoneError.Unreachable();
        }),
        '555',
      ),
    ).toBe('unreachable');
  });

  test('with a message too', () => {
    expect(
      api.dial(
        phone(() => {
          throw new api.TelephoneError.Busy('call later');
        }),
        '555',
      ),
    ).toBe('busy');
    expect(
      api.dial(
        phone(() => 'hello'),
        '555',
      ),
    ).toBe('answered:hello');
  });

  test('the message defaults to the error and variant names', () => {
    const error = new api.TelephoneError.Busy();
    expect(error.message).toBe('TelephoneError.Busy');
    expect(error.tag).toBe('Busy');
    expect(error).toBeInstanceOf(api.TelephoneError);
  });
});
