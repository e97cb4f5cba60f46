// Collections of fixture-types (crates/fixtures/types/src/collections.rs): HashSet as Set, maps
// with non-string keys, nested Vec / Map / Option, empty and large collections.
import * as api from '../../generated/fixture-types';
import type { Direction } from '../../generated/fixture-types';

describe('HashSet as Set', () => {
  test('string, u64 and enum sets round-trip as Sets', () => {
    const strings = new Set(['a', '', 'ü', '😀']);
    const back = api.echoStringSet(strings);
    expect(back).toBeInstanceOf(Set);
    expect(back).toEqual(strings);
    expect(api.echoU64Set(new Set([0n, 2n ** 64n - 1n]))).toEqual(new Set([0n, 2n ** 64n - 1n]));
    const directions = new Set<Direction>(['North', 'West']);
    expect(api.echoDirectionSet(directions)).toEqual(directions);
  });

  test('Rust receives exactly the items', () => {
    expect(api.sortedStrings(new Set(['b', 'a', 'c']))).toEqual(['a', 'b', 'c']);
    expect(api.sortedU64s(new Set([5n, 2n ** 64n - 1n, 0n]))).toEqual([0n, 5n, 2n ** 64n - 1n]);
    expect(api.setContains(new Set(['x', 'y']), 'y')).toBe(true);
    expect(api.setContains(new Set(['x', 'y']), 'z')).toBe(false);
  });

  test('Rust removes duplicates; a Set comes back', () => {
    const set = api.dedupe([3n, 1n, 3n, 2n, 1n]);
    expect(set).toBeInstanceOf(Set);
    expect(set).toEqual(new Set([1n, 2n, 3n]));
  });

  test('an array is not a Set, and items are checked', () => {
    expect(() => api.echoStringSet(['a'] as unknown as Set<string>)).toThrow(TypeError);
    expect(() => api.echoStringSet(['a'] as unknown as Set<string>)).toThrow(/^set: expected a Set/);
    expect(() => api.echoU64Set(new Set([1n, 2 as unknown as bigint]))).toThrow(/^set item 1: expected a bigint/);
    expect(() => api.echoDirectionSet(new Set(['Up' as Direction]))).toThrow(TypeError);
  });
});

describe('maps with non-string keys', () => {
  test('u32 keys are numbers', () => {
    const map = new Map([
      [0, 'zero'],
      [4294967295, 'max'],
    ]);
    const back = api.echoU32Map(map);
    expect(back).toBeInstanceOf(Map);
    expect(back).toEqual(map);
    expect(back.get(4294967295)).toBe('max');
  });

  test('i64 keys are bigints, values keep NaN and -0', () => {
    const back = api.echoI64Map(
      new Map([
        [-(2n ** 63n), Number.NaN],
        [0n, -0],
        [2n ** 63n - 1n, Infinity],
      ]),
    );
    expect(back.size).toBe(3);
    expect(back.get(-(2n ** 63n))).toBeNaN();
    expect(Object.is(back.get(0n), -0)).toBe(true);
    expect(back.get(2n ** 63n - 1n)).toBe(Infinity);
    expect(
      api.i64MapEntries(
        new Map([
          [3n, 1.5],
          [-3n, 2],
        ]),
      ),
    ).toEqual([
      { key: -3n, value: 2 },
      { key: 3n, value: 1.5 },
    ]);
  });

  test('enum keys and boolean keys', () => {
    expect(
      api.echoDirectionMap(
        new Map<Direction, number>([
          ['East', 1],
          ['West', 2],
        ]),
      ),
    ).toEqual(
      new Map([
        ['East', 1],
        ['West', 2],
      ]),
    );
    expect(
      api.echoBoolMap(
        new Map([
          [true, 't'],
          [false, 'f'],
        ]),
      ),
    ).toEqual(
      new Map([
        [true, 't'],
        [false, 'f'],
      ]),
    );
    expect(api.countDirections(['North', 'North', 'East', 'North'])).toEqual(
      new Map([
        ['North', 3],
        ['East', 1],
      ]),
    );
    expect(api.countDirections([])).toEqual(new Map());
  });

  test('u8 keys with list values, built by Rust', () => {
    const groups = api.groupByLength(['a', 'bb', 'cc', 'ü', '😀😀😀']);
    expect(groups).toEqual(
      new Map([
        [1, ['a', 'ü']],
        [2, ['bb', 'cc']],
        [3, ['😀😀😀']],
      ]),
    );
  });

  test('keys and values are checked, with the path of the entry', () => {
    expect(() => api.echoU32Map(new Map([[-1, 'x']]))).toThrow(RangeError);
    expect(() => api.echoU32Map(new Map([[-1, 'x']]))).toThrow(/^map key: -1 is out of range for u32/);
    expect(() => api.echoU32Map(new Map([[1, 5 as unknown as string]]))).toThrow(/^map\[1\]: expected a string/);
    expect(() => api.echoI64Map(new Map([[1 as unknown as bigint, 1]]))).toThrow(/^map key: expected a bigint/);
    expect(() => api.echoU32Map({ 1: 'x' } as unknown as Map<number, string>)).toThrow(/^map: expected a Map/);
  });
});

describe('nesting', () => {
  test('Vec<HashMap<String, Vec<Option<i32>>>> round-trips, and Rust sees every item', () => {
    const nested: Array<Map<string, Array<number | undefined>>> = [
      new Map([
        ['a', [1, undefined, -3]],
        ['b', []],
        ['', [undefined, undefined]],
      ]),
      new Map(),
      new Map([['max', [2147483647, -2147483648]]]),
    ];
    expect(api.echoNested(nested)).toEqual(nested);
    expect(api.nestedStats(nested)).toEqual([1n - 3n + 2147483647n - 2147483648n, 3n]);
  });

  test('null is accepted as None inside collections', () => {
    const withNull = [new Map([['a', [1, null as unknown as undefined, 2]]])];
    expect(api.nestedStats(withNull)).toEqual([3n, 1n]);
  });

  test('an invalid item deep inside is reported with its path', () => {
    expect(() => api.echoNested([new Map(), new Map([['a', [1, 1.5]]])])).toThrow(
      /^value\[1\]\["a"\]\[1\]: 1\.5 is not an integer/,
    );
    expect(() => api.echoMapOfMaps(new Map([['outer', new Map([['inner', 256]])]]))).toThrow(
      /^value\["outer"\]\["inner"\]: 256 is out of range for u8/,
    );
  });

  test('a map of maps, with an empty inner map', () => {
    const value = new Map([
      [
        'x',
        new Map([
          ['y', 255],
          ['z', 0],
        ]),
      ],
      ['empty', new Map<string, number>()],
    ]);
    expect(api.echoMapOfMaps(value)).toEqual(value);
  });

  test('Option<Vec<Option<String>>>: None, Some([]) and Some([None]) stay different', () => {
    expect(api.echoOptionalList(undefined)).toBeUndefined();
    expect(api.echoOptionalList([])).toEqual([]);
    expect(api.echoOptionalList([undefined])).toEqual([undefined]);
    expect(api.echoOptionalList(['a', undefined, ''])).toEqual(['a', undefined, '']);
    expect(api.echoOptionalList(null as unknown as undefined)).toBeUndefined();
  });

  test('Option<Option<i32>>: Some(Some(x)) and None cross; Some(None) cannot be expressed (documented)', () => {
    expect(api.echoOptionOption(5)).toBe(5);
    expect(api.echoOptionOption(undefined)).toBeUndefined();
    expect(api.describeOptionOption(5)).toBe('Some(Some(5))');
    expect(api.describeOptionOption(undefined)).toBe('None');
  });

  test('Vec<Vec<i32>>', () => {
    expect(
      api.transpose([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(api.transpose([[1, 2], [3]])).toEqual([[1, 3]]);
    expect(api.transpose([])).toEqual([]);
    expect(api.transpose([[], []])).toEqual([]);
  });
});

describe('empty and large collections', () => {
  test('empty Vec, Map and Set from Rust have the right JavaScript types', () => {
    expect(api.emptyVec()).toEqual([]);
    expect(Array.isArray(api.emptyVec())).toBe(true);
    expect(api.emptyMap()).toBeInstanceOf(Map);
    expect(api.emptyMap().size).toBe(0);
    expect(api.emptySet()).toBeInstanceOf(Set);
    expect(api.emptySet().size).toBe(0);
    expect(api.echoStringSet(new Set())).toEqual(new Set());
    expect(api.echoU32Map(new Map())).toEqual(new Map());
    expect(api.sumVec([])).toBe(0n);
  });

  test('a million u32s from Rust, and two million to Rust', () => {
    const values = api.makeVec(1_000_000);
    expect(values.length).toBe(1_000_000);
    expect(values[0]).toBe(0);
    expect(values[999_999]).toBe(999_999);
    expect(api.sumVec(values)).toBe(499_999_500_000n);
    expect(api.sumVec(new Array<number>(2_000_000).fill(4294967295))).toBe(2_000_000n * 4294967295n);
  });

  test('a map and a set of 100,000 entries, both ways', () => {
    const map = api.makeMap(100_000);
    expect(map.size).toBe(100_000);
    expect(map.get(99_999)).toBe('99999');
    expect(api.checkMap(map)).toEqual({ len: 100_000, consistent: true });
    map.set(7, 'seven');
    expect(api.checkMap(map)).toEqual({ len: 100_000, consistent: false });

    const set = api.makeSet(100_000);
    expect(set.size).toBe(100_000);
    expect(set.has(99_999n)).toBe(true);
    const sorted = api.sortedU64s(set);
    expect(sorted.length).toBe(100_000);
    expect(sorted.every((value, i) => value === BigInt(i))).toBe(true);
  });

  test('10,000 strings of 100 characters', () => {
    const strings = api.makeStrings(10_000, 100);
    expect(strings.length).toBe(10_000);
    expect(strings.every((s) => s.length === 100)).toBe(true);
    expect(strings[0]).toBe('s0' + 'x'.repeat(98));
    expect(strings[9_999]).toBe('s9999' + 'x'.repeat(95));
    expect(api.sortedStrings(new Set(strings)).length).toBe(10_000);
  });
});
