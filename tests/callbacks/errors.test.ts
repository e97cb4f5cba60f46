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

describe('an exception that cannot be read (issue 18)', () => {
  /** An Error whose `message` getter throws. */
  const unreadable = (): Error => {
    const error = new Error('hidden');
    Object.defineProperty(error, 'message', {
      get() {
        throw new Error('no reading');
      },
    });
    return error;
  };
  /** A revoked Proxy: even `instanceof` throws on it. */
  const revoked = (): unknown => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  const throwing = (value: () => unknown): api.Transformer =>
    Object.assign(new Checker(), {
      check(): number {
        throw value();
      },
      shout(): string {
        throw value();
      },
    });

  test('thrown by a sync method, Rust gets an unexpected error describing it, not a default result', () => {
    expect(() => api.checkWith(throwing(unreadable), 1)).toThrow(/<unreadable Error>/);
    expect(() => api.shoutWith(throwing(unreadable), 'x')).toThrow(/<unreadable Error>/);
    expect(() => api.shoutWith(throwing(revoked), 'x')).toThrow(/<unreadable value>/);
    expect(api.shoutWith(transformer, 'still fine')).toBe('STILL FINE');
  });

  test('rejected by an async method, the Rust future completes once with the unexpected variant', async () => {
    const fetcher: api.FetcherInterface = {
      fetch: () => Promise.reject(unreadable()),
      size: () => Promise.reject(revoked()),
      ping: async () => {},
    };
    const error = await api.fetchWith(fetcher, 'u').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.FetchError.Unexpected);
    expect((error as api.FetchError.Unexpected).message).toContain('<unreadable Error>');
    await expect(api.sizeWith(fetcher, 'u')).rejects.toThrow(/<unreadable value>/);
  });
});

describe('a message that would double at each level of recursion through Rust (issue 18)', () => {
  test('reaches Rust cut to a bounded length, saying so, at any depth', () => {
    const depth = 40;
    let level = 0;
    const recursive = Object.assign(new Checker(), {
      shout(value: string): string {
        if (++level >= depth) throw new Error('bottom \\ "quoted"');
        return api.shoutWith(recursive, value);
      },
    });
    const error = (() => {
      try {
        api.shoutWith(recursive, 'x');
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected a throw');
    })();
    expect(level).toBe(depth);
    expect(error).toBeInstanceOf(api.RustPanic);
    expect(error.message).toContain('more characters cut');
    // Each level adds Rust's wrapping around at most MAX_MESSAGE_LENGTH (4,096) characters,
    // escaped: bounded, whatever the depth.
    expect(error.message.length).toBeLessThan(3 * 4096);
  });
});
