// fixture-plain: a crate built without `scaffolding-ffi-buffer-fns`, as most crates are published.
// koffi and node-api carry it (this file runs on both): every value crosses through the plain
// scaffolding signatures (RustBuffers and ForeignBytes by value, the RustCallStatus out-pointer).
import * as api from '../../generated/fixture-plain-koffi';
import { TRANSPORT } from '../transport';
import { library } from '../../generated/fixture-plain-koffi/dist/ffi';

describe('the package', () => {
  test('runs on its transport, from a library with no FFI-buffer symbols', () => {
    expect(library.transport.name).toBe(TRANSPORT === 'node-api' ? 'node-api' : 'koffi');
    expect(library.path).toMatch(/fixture-plain[/\\][^/\\]*fixture_plain\.(so|dylib|dll)$/);
  });
});

describe('scalars keep every bit and width', () => {
  test('u32, i8, u16, bool', () => {
    expect(api.add(4294967295, 2)).toBe(1);
    for (const v of [-128, -1, 0, 127]) expect(api.echoI8(v)).toBe(v);
    for (const v of [0, 255, 256, 65535]) expect(api.echoU16(v)).toBe(v);
    expect(api.echoBool(true)).toBe(true);
    expect(api.echoBool(false)).toBe(false);
  });

  test('64-bit integers are exact over their whole range', () => {
    for (const v of [0n, 1n, 2n ** 53n + 1n, 2n ** 63n, 2n ** 64n - 1n]) expect(api.echoU64(v)).toBe(v);
    for (const v of [-(2n ** 63n), -1n, 0n, 2n ** 53n + 1n, 2n ** 63n - 1n]) expect(api.echoI64(v)).toBe(v);
  });

  test('f32 and f64', () => {
    expect(api.echoF32(1.5)).toBe(1.5);
    expect(api.echoF32(0.1)).toBe(Math.fround(0.1));
    expect(api.echoF64(Math.PI)).toBe(Math.PI);
    expect(Object.is(api.echoF64(-0), -0)).toBe(true);
    expect(api.echoF64(Infinity)).toBe(Infinity);
  });

  test('a returned NaN keeps its payload on node-api; koffi converts floats through N-API and loses it (a known limitation)', () => {
    const view = new DataView(new ArrayBuffer(8));
    view.setBigUint64(0, 0x7ff8000000000001n);
    const result = api.echoF64(view.getFloat64(0));
    expect(Number.isNaN(result)).toBe(true);
    view.setFloat64(0, result);
    expect(view.getBigUint64(0)).toBe(TRANSPORT === 'node-api' ? 0x7ff8000000000001n : 0x7ff8000000000000n);
  });

  test('out-of-range arguments are refused before the call', () => {
    expect(() => api.echoI8(128)).toThrow(RangeError);
    expect(() => api.echoU64(-1n)).toThrow(RangeError);
    expect(() => api.echoU64(1 as unknown as bigint)).toThrow(TypeError);
  });
});

describe('RustBuffers and ForeignBytes by value', () => {
  test('strings, empty, non-BMP, and larger than the scratch area', () => {
    for (const s of ['', 'héllo', '🦀 Rust ✓', 'x'.repeat(200_000)]) expect(api.echoString(s)).toBe(s);
  });

  test('bytes', () => {
    expect(api.echoBytes(new Uint8Array([1, 2, 255]))).toEqual(new Uint8Array([1, 2, 255]));
    expect(api.echoBytes(new Uint8Array(0))).toEqual(new Uint8Array(0));
    const big = new Uint8Array(100_000).map((_, i) => i % 251);
    expect(api.echoBytes(big)).toEqual(big);
  });

  test('a borrowed byte slice between two scalars', () => {
    expect(api.weightedSum(3, new Uint8Array([1, 2, 3]), 10n)).toBe(28n);
    expect(api.weightedSum(1, new Uint8Array(0), 7n)).toBe(7n);
    const offsetView = new Uint8Array([9, 9, 1, 1, 9]).subarray(2, 4);
    expect(api.weightedSum(5, offsetView, 0n)).toBe(10n);
  });

  test('records, sequences, options, enums', () => {
    const p = { x: 1.5, y: -2, label: 'a' };
    expect(api.echoPoint(p)).toEqual(p);
    expect(api.translate([p, { x: 0, y: 0, label: '' }], 1, 1)).toEqual([
      { x: 2.5, y: -1, label: 'a' },
      { x: 1, y: 1, label: '' },
    ]);
    expect(api.echoOptional(undefined)).toBeUndefined();
    expect(api.echoOptional('z')).toBe('z');
    expect(api.turnRight('West')).toBe('North');
  });
});

describe('errors and panics through the RustCallStatus', () => {
  test('a declared error', () => {
    expect(() => api.divide(1, 0)).toThrow(api.MathError.DivisionByZero);
    expect(() => api.divide(7, 2)).toThrow(/NotDivisible/);
    expect(api.divide(8, 2)).toBe(4);
  });

  test('a panic is a RustPanic carrying its message', () => {
    expect(() => api.panicWith('plain boom')).toThrow(api.RustPanic);
    expect(() => api.panicWith('plain boom')).toThrow('plain boom');
  });
});

describe('objects', () => {
  test('constructed, called, destroyed; nothing left alive', async () => {
    const before = api.liveAccumulators();
    const acc = new api.Accumulator(5n);
    expect(api.liveAccumulators()).toBe(before + 1n);
    expect(acc.add(3n)).toBe(8n);
    expect(acc.describe()).toBe('total = 8');
    expect(await acc.addLater(2n, 1n)).toBe(10n);
    acc.destroy();
    expect(api.liveAccumulators()).toBe(before);
  });
});

describe('futures of every return kind', () => {
  test('strings, records, 64-bit, f32, i8, u16', async () => {
    expect(await api.greetLater('you', 1n)).toBe('Hello, you!');
    expect(await api.pointLater({ x: 3, y: 4, label: 'q' }, 1n)).toEqual({ x: 3, y: 4, label: 'q' });
    expect(await api.u64Soon(2n ** 64n - 1n)).toBe(2n ** 64n - 1n);
    expect(await api.f32Soon(0.5)).toBe(0.5);
    expect(await api.i8Soon(-128)).toBe(-128);
    expect(await api.u16Soon(65535)).toBe(65535);
  });

  test('errors reject with the declared error', async () => {
    await expect(api.divideLater(1, 0, 1n)).rejects.toBeInstanceOf(api.MathError);
  });

  test('many in flight', async () => {
    const names = Array.from({ length: 200 }, (_, i) => `n${i}`);
    expect(await Promise.all(names.map((n) => api.greetLater(n, 2n)))).toEqual(names.map((n) => `Hello, ${n}!`));
  });

  test('cancellation with an AbortSignal', async () => {
    const controller = new AbortController();
    const pending = api.greetLater('never', 60_000n, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toBeInstanceOf(api.AbortError);
  });
});
