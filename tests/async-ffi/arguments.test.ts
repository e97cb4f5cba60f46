// Arguments are checked before they cross, with errors naming the parameter.
import * as api from '../../generated/async-ffi';

describe('argument checks', () => {
  test('a wrong type is a TypeError naming the parameter', () => {
    expect(() => api.add('1' as unknown as number, 2)).toThrow(
      new TypeError('a: expected an integer (i32), got a string'),
    );
    expect(() => api.add(1, undefined as unknown as number)).toThrow(/^b: expected an integer \(i32\), got undefined$/);
    expect(() => api.echoString(null as unknown as string)).toThrow(/^value: expected a string, got null$/);
    expect(() => api.echoMap({} as unknown as Map<string, bigint>)).toThrow(/^map: expected a Map/);
  });

  test('an out-of-range value is a RangeError naming the parameter', () => {
    expect(() => api.add(2 ** 31, 0)).toThrow(
      new RangeError('a: 2147483648 is out of range for i32 (-2147483648..=2147483647)'),
    );
    expect(() => api.echoMap(new Map([['k', 2n ** 63n]]))).toThrow(/^map\["k"\]: .* out of range for i64/);
    expect(() => api.echoNested([[1n, -1n]])).toThrow(/^value\[0\]\[1\]: -1 is out of range for u64/);
  });

  test('async functions reject with the same errors', async () => {
    await expect(api.sayHello(7 as unknown as string)).rejects.toThrow(/^name: expected a string/);
    await expect(api.echoU8Async(256)).rejects.toThrow(RangeError);
  });

  test('a bad later argument allocates nothing on the Rust side for the earlier ones', () => {
    const profile = api.sampleProfile('Ann');
    // Warm up, then compare the Rust heap before and after many rejected calls.
    for (let i = 0; i < 10; i++)
      expect(() => api.echoProfile({ ...profile, active: 'yes' as unknown as boolean })).toThrow(TypeError);
    const before = api.rustHeapLiveBytes();
    for (let i = 0; i < 1000; i++) {
      expect(() => api.echoProfile({ ...profile, active: 'yes' as unknown as boolean })).toThrow(TypeError);
    }
    expect(api.rustHeapLiveBytes() - before).toBeLessThan(1024n);
  });
});
