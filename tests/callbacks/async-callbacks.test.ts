// Async foreign methods: a TypeScript `async` method awaited by Rust.
import * as api from '../../generated/fixture-callbacks-koffi';

class Fetcher implements api.FetcherInterface {
  readonly aborted: string[] = [];
  pings = 0;

  async fetch(url: string, options: api.ForeignCallOptions): Promise<string> {
    const delay = url.startsWith('slow') ? 60_000 : 2;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, delay);
      options.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        this.aborted.push(url);
        reject(options.signal.reason);
      });
    });
    if (url === 'missing') throw new api.FetchError.NotFound({ url });
    if (url === 'broken') throw new TypeError('socket closed');
    return `body of ${url}`;
  }

  async size(url: string): Promise<bigint> {
    return BigInt(url.length);
  }

  async ping(): Promise<void> {
    this.pings++;
  }
}

describe('an async method', () => {
  test('resolves into Rust', async () => {
    const fetcher = new Fetcher();
    await expect(api.fetchWith(fetcher, 'a')).resolves.toBe('body of a');
    await expect(api.sizeWith(fetcher, 'abcd')).resolves.toBe(4n);
    expect(fetcher.pings).toBe(1);
  });

  test('a declared error rejects into that Rust error', async () => {
    const error = await api.fetchWith(new Fetcher(), 'missing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.FetchError.NotFound);
    expect((error as api.FetchError.NotFound).url).toBe('missing');
  });

  test('any other rejection arrives as the unexpected variant, carrying its message', async () => {
    const error = await api.fetchWith(new Fetcher(), 'broken').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.FetchError.Unexpected);
    expect((error as api.FetchError.Unexpected).message).toContain('TypeError: socket closed');
  });

  test('a method that throws before returning a promise behaves the same', async () => {
    const fetcher = new Fetcher();
    fetcher.fetch = () => {
      throw new Error('sync throw');
    };
    await expect(api.fetchWith(fetcher, 'x')).rejects.toBeInstanceOf(api.FetchError.Unexpected);
  });

  test('is told of cancellation when Rust drops its future (an AbortSignal)', async () => {
    const fetcher = new Fetcher();
    await expect(api.fetchWithTimeout(fetcher, 'slow-1', 20n)).resolves.toBeUndefined();
    expect(fetcher.aborted).toEqual(['slow-1']);
  });

  test('completes exactly once per call, many at once, and leaves no handle behind', async () => {
    const before = api.FfiConverterTypeFetcher.liveHandles;
    await expect(api.fetchMany(new Fetcher(), 200)).resolves.toBe(200);
    expect(api.FfiConverterTypeFetcher.liveHandles).toBe(before);
  });
});
