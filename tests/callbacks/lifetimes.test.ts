// Nothing of a TypeScript implementation stays alive once Rust dropped its last reference.
import * as api from '../../generated/fixture-callbacks-koffi';

describe('handle lifetimes', () => {
  test('destroying the Rust object that holds a callback frees its handle', () => {
    const before = api.FfiConverterTypeLogger.liveHandles;
    const sink = new api.LogSink({ log: () => {}, threshold: () => 0 });
    expect(api.FfiConverterTypeLogger.liveHandles).toBe(before + 1);
    sink.destroy();
    expect(api.FfiConverterTypeLogger.liveHandles).toBe(before);
  });

  test('each crossing gets its own handle; Rust frees each one', () => {
    const before = api.FfiConverterTypeStore.liveHandles;
    const store: api.StoreInterface = { get: () => 'v', put: () => {}, kind: () => 'ts' };
    api.keepStore(store);
    api.keepStore(store);
    expect(api.FfiConverterTypeStore.liveHandles).toBe(before + 2);
    expect(api.copyKey(store, api.memoryStore(), 'k')).toBe('v');
    expect(api.releaseStores()).toBe(2);
    expect(api.FfiConverterTypeStore.liveHandles).toBe(before);
  });

  test('a failed call frees the handles it lowered', () => {
    const before = api.FfiConverterTypeCounter.liveHandles;
    const counter: api.CounterInterface = { add: (n) => n };
    // The second argument is checked before anything is lowered: no handle is made.
    expect(() => api.addOnThisThread(counter, -1n)).toThrow(RangeError);
    expect(api.FfiConverterTypeCounter.liveHandles).toBe(before);
  });

  test('async calls leave no handle behind, completed or cancelled', async () => {
    const before = api.FfiConverterTypeFetcher.liveHandles;
    const fetcher: api.FetcherInterface = {
      fetch: (url, { signal }) =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(() => resolve(url), url === 'slow' ? 60_000 : 1);
          signal.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(signal.reason);
          });
        }),
      size: async () => 0n,
      ping: async () => {},
    };
    await api.fetchWith(fetcher, 'fast');
    await api.fetchWithTimeout(fetcher, 'slow', 5n);
    expect(api.FfiConverterTypeFetcher.liveHandles).toBe(before);
  });
});
