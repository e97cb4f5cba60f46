import { HandleMap } from '../src/handle-map';

describe('HandleMap', () => {
  test('insert returns distinct non-zero keys; take returns the value once', () => {
    const map = new HandleMap<string>();
    const a = map.insert('a');
    const b = map.insert('b');
    expect(a).not.toBe(0);
    expect(b).not.toBe(0);
    expect(a).not.toBe(b);
    expect(map.size).toBe(2);
    expect(map.take(b)).toBe('b');
    expect(map.size).toBe(1);
    expect(map.take(b)).toBeUndefined();
    expect(map.take(a)).toBe('a');
    expect(map.size).toBe(0);
  });

  test('unknown keys give undefined and change nothing', () => {
    const map = new HandleMap<number>();
    const key = map.insert(5);
    expect(map.take(0)).toBeUndefined();
    expect(map.take(key + 1000)).toBeUndefined();
    expect(map.size).toBe(1);
    expect(map.take(key)).toBe(5);
  });

  test('keys are never reused, even after take', () => {
    const map = new HandleMap<object>();
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const key = map.insert({ i });
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      if (i % 2 === 0) map.take(key);
    }
    expect(map.size).toBe(500);
  });

  test('falsy values are stored and removed like any other', () => {
    const map = new HandleMap<number | string | null | undefined>();
    const keys = [map.insert(0), map.insert(''), map.insert(null), map.insert(undefined)];
    expect(map.size).toBe(4);
    expect(keys.map((key) => map.take(key))).toEqual([0, '', null, undefined]);
    expect(map.size).toBe(0);
  });

  test('the same value under two keys is two entries', () => {
    const value = { resolve: () => undefined };
    const map = new HandleMap<typeof value>();
    const first = map.insert(value);
    const second = map.insert(value);
    expect(map.take(first)).toBe(value);
    expect(map.take(second)).toBe(value);
    expect(map.size).toBe(0);
  });
});
