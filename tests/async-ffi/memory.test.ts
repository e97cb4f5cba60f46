// Ownership: every RustBuffer crossing in either direction is freed exactly once.
// The crate counts its live heap bytes (alloc_stats.rs); after many calls the count must come back.
import * as api from '../../generated/async-ffi';

const ROUNDS = 2000;
const SLACK = 64n * 1024n; // allocator noise: tokio's own bookkeeping, thread-locals

async function liveBytesGrowth(work: () => unknown): Promise<bigint> {
  for (let i = 0; i < 50; i++) await work(); // warm up (tokio runtime, caches)
  const before = api.rustHeapLiveBytes();
  for (let i = 0; i < ROUNDS; i++) await work();
  return api.rustHeapLiveBytes() - before;
}

describe('no Rust-side leaks', () => {
  const text = 'a string of some length ✓ '.repeat(20); // ~560 bytes: a leak would show as >1 MB
  const profile = api.sampleProfile('Ann');

  test('sync strings in and out', async () => {
    expect(await liveBytesGrowth(() => api.echoString(text))).toBeLessThan(SLACK);
  });

  test('sync records, maps and bytes', async () => {
    expect(await liveBytesGrowth(() => api.echoProfile(profile))).toBeLessThan(SLACK);
    expect(await liveBytesGrowth(() => api.countWords(text))).toBeLessThan(SLACK);
    expect(await liveBytesGrowth(() => api.echoBytes(new Uint8Array(1000)))).toBeLessThan(SLACK);
  });

  test('large buffers beyond the scratch area', async () => {
    const big = 'x'.repeat(200_000);
    for (let i = 0; i < 5; i++) api.echoString(big);
    const before = api.rustHeapLiveBytes();
    for (let i = 0; i < 50; i++) expect(api.echoString(big).length).toBe(big.length);
    expect(api.rustHeapLiveBytes() - before).toBeLessThan(SLACK);
  });

  test('async calls, including their futures', async () => {
    expect(await liveBytesGrowth(() => api.echoStringAsync(text))).toBeLessThan(SLACK);
    expect(await liveBytesGrowth(() => api.echoProfileAsync(profile))).toBeLessThan(SLACK);
  });

  test('errors and panics free their error buffers', async () => {
    expect(await liveBytesGrowth(() => api.checkedGreeting('').catch(() => undefined))).toBeLessThan(SLACK);
    expect(
      await liveBytesGrowth(() => {
        try {
          api.validateName('x'.repeat(40));
        } catch {
          // expected
        }
      }),
    ).toBeLessThan(SLACK);
  });

  test('cancelled futures are freed', async () => {
    const growth = await liveBytesGrowth(async () => {
      const controller = new AbortController();
      const call = api.sleepMs(60_000n, { signal: controller.signal });
      controller.abort();
      await call.catch(() => undefined);
    });
    expect(growth).toBeLessThan(SLACK);
  });
});
