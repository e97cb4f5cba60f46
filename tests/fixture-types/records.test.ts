// Records of fixture-types (crates/fixtures/types/src/records.rs): field defaults, nesting,
// recursion, the empty record, a record of every field type, methods (functions on a constant
// named like the record) and uniffi traits.
import * as api from '../../generated/fixture-types';
import { Duration, Timestamp } from '../../generated/fixture-types';
import type {
  Everything,
  LinkedNode,
  Margins,
  Point,
  Settings,
  TreeNode,
  Version,
} from '../../generated/fixture-types';

describe('field defaults', () => {
  test('omitted fields take the Rust defaults: Rust finds the record equal to its own default', () => {
    // Only `name` is required: the type lets every other field be omitted.
    const minimal: Settings = { name: 'svc' };
    expect(api.settingsAreDefault(minimal)).toBe(true);
  });

  test('the filled-in values are exactly the declared ones (u64::MAX, i64::MIN, f32, escapes, None, Some, empty containers, nested record)', () => {
    const received = api.echoSettings({ name: 'svc' });
    expect(received).toEqual(api.defaultSettings('svc'));
    expect(received.port).toBe(8080);
    expect(received.offset).toBe(-1);
    expect(received.limit).toBe(18446744073709551615n);
    expect(received.floor).toBe(-9223372036854775808n);
    expect(received.ratio).toBe(0.5);
    expect(received.scale).toBe(1.25);
    expect(received.threshold).toBe(1000);
    expect(received.host).toBe('localhost');
    expect(received.greeting).toBe('say "hi" it\'s a\\b\nnext\tcol ${x} é');
    expect(received.verbose).toBe(true);
    expect(received.nickname).toBeUndefined();
    expect(received.retries).toBe(3);
    expect(received.tags).toEqual([]);
    expect(received.level).toBe(0);
    expect(received.label).toBe('');
    expect(received.counters).toEqual(new Map());
    expect(received.maxItems).toBeUndefined();
    expect(received.margins).toEqual({ top: 10, bottom: 10, mirrored: false });
  });

  test('a field set to undefined is treated as omitted', () => {
    expect(api.settingsAreDefault({ name: 'svc', port: undefined, margins: undefined, tags: undefined })).toBe(true);
  });

  test('given fields win over defaults, and the rest are still filled in', () => {
    const received = api.echoSettings({
      name: 'svc',
      port: 1,
      nickname: 'nick',
      retries: 0,
      tags: ['a'],
      counters: new Map([['c', 7]]),
      maxItems: 5n,
    });
    expect(received.port).toBe(1);
    expect(received.nickname).toBe('nick');
    expect(received.retries).toBe(0);
    expect(received.tags).toEqual(['a']);
    expect(received.counters).toEqual(new Map([['c', 7]]));
    expect(received.maxItems).toBe(5n);
    expect(received.host).toBe('localhost');
    expect(received.limit).toBe(18446744073709551615n);
    expect(api.settingsAreDefault({ name: 'svc', port: 1 })).toBe(false);
  });

  test('defaults apply inside a nested record given partially', () => {
    const margins: Margins = { mirrored: true };
    expect(api.echoSettings({ name: 'svc', margins }).margins).toEqual({ top: 10, bottom: 10, mirrored: true });
    expect(api.echoSettings({ name: 'svc', margins: {} }).margins).toEqual({ top: 10, bottom: 10, mirrored: false });
  });

  test('defaults are fresh values: mutating what came back does not change the next default', () => {
    const first = api.echoSettings({ name: 'a' });
    first.tags?.push('mutated');
    first.counters?.set('mutated', 1);
    expect(api.settingsAreDefault({ name: 'b' })).toBe(true);
  });

  test('an Option field whose default is Some(3): undefined means "omitted", so None is sent as null', () => {
    // `retries?: number | undefined` cannot tell "omitted" from None; README: null is accepted as None.
    expect(api.echoSettings({ name: 'svc', retries: undefined }).retries).toBe(3);
    expect(api.echoSettings({ name: 'svc', retries: null as unknown as undefined }).retries).toBeUndefined();
  });

  test('a record default of a record with defaults, and a method default (Rgba.a = 255)', () => {
    expect(api.rgba(1, 2, 3)).toEqual({ r: 1, g: 2, b: 3, a: 255 });
    expect(api.Rgba.toHex({ r: 1, g: 2, b: 255 })).toBe('#0102ff');
    expect(api.Rgba.toHex({ r: 1, g: 2, b: 255 }, true)).toBe('#0102ffff');
  });

  test('the required field and wrong types are still checked, with the field path', () => {
    expect(() => api.echoSettings({} as Settings)).toThrow(TypeError);
    expect(() => api.echoSettings({} as Settings)).toThrow(/^settings\.name: expected a string/);
    expect(() => api.echoSettings({ name: 'x', port: 70000 })).toThrow(RangeError);
    expect(() => api.echoSettings({ name: 'x', port: 70000 })).toThrow(
      /^settings\.port: 70000 is out of range for u16/,
    );
    expect(() => api.echoSettings({ name: 'x', margins: { top: '1' as unknown as number } })).toThrow(
      /^settings\.margins\.top: expected a number/,
    );
    expect(() => api.echoSettings(null as unknown as Settings)).toThrow(/^settings: expected a Settings object/);
  });
});

describe('nesting', () => {
  const a: Point = { x: 0, y: 0 };
  const b: Point = { x: 3, y: 4 };
  const c: Point = { x: 3, y: -1.5 };

  test('a record of records round-trips, special floats included', () => {
    const line = { start: { x: 1, y: 2 }, end: { x: -0, y: Number.NaN } };
    const back = api.echoLine(line);
    expect(back.start).toEqual({ x: 1, y: 2 });
    expect(Object.is(back.end.x, -0)).toBe(true);
    expect(back.end.y).toBeNaN();
  });

  test('records inside Vec and Option, built by Rust', () => {
    const path = api.makePath('route', [a, b, c]);
    expect(path).toEqual({
      name: 'route',
      segments: [
        { start: a, end: b },
        { start: b, end: c },
      ],
      bounds: { start: { x: 0, y: -1.5 }, end: { x: 3, y: 4 } },
    });
    expect(api.pathLength(path)).toBeCloseTo(5 + 5.5, 12);
    expect(api.echoPath(path)).toEqual(path);
  });

  test('empty Vec and absent Options', () => {
    const empty = api.makePath(undefined, []);
    expect(empty).toEqual({ name: undefined, segments: [], bounds: undefined });
    expect(api.echoPath(empty)).toEqual(empty);
    // Rust sums floats from -0.0, so the empty sum is -0: the sign crosses too.
    expect(Object.is(api.pathLength(empty), -0)).toBe(true);
  });

  test('an error deep in a nested record names the path', () => {
    const bad = {
      name: undefined,
      segments: [{ start: a, end: { x: 1, y: 'no' as unknown as number } }],
      bounds: undefined,
    };
    expect(() => api.echoPath(bad)).toThrow(/^path\.segments\[0\]\.end\.y: expected a number/);
  });

  test('a record with no fields, and a record with one', () => {
    expect(api.echoNothing({})).toEqual({});
    expect(api.echoWrapper({ value: 'v' })).toEqual({ value: 'v' });
  });

  test('a record with one field of every type, from Rust and back', () => {
    const sample: Everything = api.sampleEverything();
    expect(sample.flag).toBe(true);
    expect(sample.small).toBe(-128);
    expect(sample.byte).toBe(255);
    expect(sample.short).toBe(-32768);
    expect(sample.ushort).toBe(65535);
    expect(sample.int).toBe(-2147483648);
    expect(sample.uint).toBe(4294967295);
    expect(sample.long).toBe(-(2n ** 63n));
    expect(sample.ulong).toBe(2n ** 64n - 1n);
    expect(sample.single).toBe(1.5);
    expect(sample.double).toBe(-0.1);
    expect(sample.text).toBe('héllo 🌍');
    expect(sample.bytes).toEqual(new Uint8Array([0, 127, 128, 255]));
    expect(sample.maybe).toBe(-7);
    expect(sample.list).toEqual(['a', '', 'c']);
    expect(sample.map).toEqual(
      new Map([
        ['k', -1n],
        ['', 2n ** 63n - 1n],
      ]),
    );
    expect(sample.when).toBeInstanceOf(Timestamp);
    expect(sample.when.epochNanoseconds).toBe(1_700_000_000_123_456_789n);
    expect(sample.howLong).toBeInstanceOf(Duration);
    expect(sample.howLong.nanoseconds).toBe(90_000_000_005n);
    expect(sample.point).toEqual({ x: 1, y: -2 });
    expect(sample.direction).toBe('West');

    const back = api.echoEverything(sample);
    expect(back).toEqual(sample);
    expect(back.when.equals(sample.when)).toBe(true);
  });
});

describe('recursive records', () => {
  test('Option<Box<Self>>: a linked list', () => {
    expect(api.linkedList([])).toBeUndefined();
    const list = api.linkedList([1, 2, 3]);
    expect(list).toEqual({ value: 1, next: { value: 2, next: { value: 3, next: undefined } } });
    const built: LinkedNode = { value: -1, next: { value: 0, next: undefined } };
    expect(api.linkedListValues(built)).toEqual([-1, 0]);
  });

  test('a list 2000 nodes deep, both ways', () => {
    const values = Array.from({ length: 2000 }, (_, i) => i * 3 - 1000);
    const list = api.linkedList(values);
    expect(list).toBeDefined();
    if (list === undefined) return;
    expect(api.linkedListValues(list)).toEqual(values);
  });

  test('Vec<Self>: a tree', () => {
    const tree: TreeNode = api.makeTree(3, 2);
    expect(tree.label).toBe('root');
    expect(tree.children.map((child) => child.label)).toEqual(['root/0', 'root/1']);
    expect(tree.children[1]?.children[0]).toEqual({ label: 'root/1/0', children: [] });
    expect(api.treeSize(tree)).toBe(7);
    expect(api.treeSize(api.makeTree(8, 3))).toBe((3 ** 8 - 1) / 2);
    const handMade: TreeNode = {
      label: 'a',
      children: [
        { label: 'b', children: [] },
        { label: 'c', children: [{ label: 'd', children: [] }] },
      ],
    };
    expect(api.treeSize(handMade)).toBe(4);
  });
});

describe('methods on records', () => {
  const p: Point = { x: 3, y: 4 };

  test('sync methods take the record first', () => {
    expect(api.Point.length(p)).toBe(5);
    expect(api.Point.distanceTo(p, { x: 0, y: 0 })).toBe(5);
    expect(api.Point.distanceTo({ x: 1, y: 1 }, { x: 4, y: 5 })).toBe(5);
    expect(api.Point.translated(p, 1, -1)).toEqual({ x: 4, y: 3 });
    expect(p).toEqual({ x: 3, y: 4 }); // a value: the receiver is not modified
  });

  test('constructor-like functions', () => {
    expect(api.pointOrigin()).toEqual({ x: 0, y: 0 });
    const polar = api.pointFromPolar(2, Math.PI / 2);
    expect(polar.x).toBeCloseTo(0, 12);
    expect(polar.y).toBeCloseTo(2, 12);
  });

  test('an async method', async () => {
    await expect(api.Point.lengthAsync(p)).resolves.toBe(5);
    await expect(api.Point.lengthAsync({ x: 'a' } as unknown as Point)).rejects.toThrow(/^self\.x: expected a number/);
  });

  test('the receiver and the arguments are checked and named', () => {
    expect(() => api.Point.length({ x: 1 } as Point)).toThrow(/^self\.y: expected a number/);
    expect(() => api.Point.distanceTo(p, { y: 1 } as Point)).toThrow(/^other\.x: expected a number/);
    expect(() => api.Point.translated(p, 1, 'a' as unknown as number)).toThrow(/^dy: expected a number/);
  });

  test('a method with a byte-slice argument', () => {
    const blob = { name: 'b', data: new TextEncoder().encode('hello') };
    expect(api.Blob_.startsWith(blob, new TextEncoder().encode('he'))).toBe(true);
    expect(api.Blob_.startsWith(blob, new Uint8Array([0]))).toBe(false);
    expect(api.Blob_.checksum(blob)).toBe(api.checksum(blob.data));
  });
});

describe('uniffi traits on records (Display, Debug, Eq, Hash, Ord)', () => {
  const v123: Version = { major: 1, minor: 2, patch: 3 };
  const v1100: Version = api.version(1, 10, 0);
  const v200: Version = api.version(2, 0, 0);

  test('display and debug are Rust formatting', () => {
    expect(api.Version.display(v123)).toBe('1.2.3');
    expect(api.Version.debug(v123)).toBe('Version { major: 1, minor: 2, patch: 3 }');
  });

  test('equals is structural, by Rust', () => {
    expect(api.Version.equals(v123, api.version(1, 2, 3))).toBe(true);
    expect(api.Version.equals(v123, v1100)).toBe(false);
  });

  test('hash: equal values hash the same, as a u64 bigint', () => {
    const h = api.Version.hash(v123);
    expect(typeof h).toBe('bigint');
    expect(h >= 0n && h < 2n ** 64n).toBe(true);
    expect(api.Version.hash({ ...v123 })).toBe(h);
    expect(api.Version.hash(v1100)).not.toBe(h);
  });

  test('compare is Ord::cmp, numeric rather than lexicographic', () => {
    expect(api.Version.compare(v123, v1100)).toBeLessThan(0);
    expect(api.Version.compare(v1100, v123)).toBeGreaterThan(0);
    expect(api.Version.compare(v123, { ...v123 })).toBe(0);
    const shuffled = [v200, v1100, v123];
    expect([...shuffled].sort(api.Version.compare)).toEqual([v123, v1100, v200]);
    expect(api.sortVersions(shuffled)).toEqual([v123, v1100, v200]);
  });

  test('methods next to the traits', () => {
    expect(api.Version.bumpMinor(v123)).toEqual({ major: 1, minor: 3, patch: 0 });
    expect(api.Version.isCompatibleWith(v123, v1100)).toBe(true);
    expect(api.Version.isCompatibleWith(v1100, v123)).toBe(false);
    expect(api.Version.isCompatibleWith(v123, v200)).toBe(false);
  });

  test('trait functions check their arguments like any other', () => {
    expect(() => api.Version.display({ major: -1, minor: 0, patch: 0 })).toThrow(
      /^self\.major: -1 is out of range for u32/,
    );
    expect(() => api.Version.compare(v123, {} as Version)).toThrow(/^other\.major: /);
  });
});
