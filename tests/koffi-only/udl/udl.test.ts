// A crate written in UDL (crates/fixtures/udl), shaped like uniffi's ext-types and rename
// fixtures: it declares fixture-callbacks' foreign-implementable trait `Store` with
// `typedef trait`, which does not say that TypeScript may implement it (the generator takes
// that from the trait's own crate), and has an object with two constructors renamed by
// uniffi.toml. Both packages come from libfixture_udl (generated/fixture-callbacks-in-udl-koffi
// with --crate fixture_callbacks).
import * as callbacks from '../../../generated/fixture-callbacks-in-udl-koffi';
import * as udl from '../../../generated/fixture-udl-koffi';

class MapStore implements callbacks.StoreInterface {
  readonly entries = new Map<string, string>();
  get(key: string): string | undefined {
    return this.entries.get(key);
  }
  put(key: string, value: string): void {
    this.entries.set(key, value);
  }
  kind(): string {
    return 'ts';
  }
}

describe('an external trait declared with `typedef trait`', () => {
  test('a TypeScript implementation crosses, in an Option too, and comes back as itself', () => {
    const store = new MapStore();
    store.put('k', 'v');
    expect(udl.readStore(store, 'k')).toBe('v');
    expect(udl.readStore(store, 'missing')).toBe('<none>');
    expect(udl.echoStore(store)).toBe(store);
    expect(udl.echoStore(undefined)).toBeUndefined();
  });

  test('a Rust implementation from the trait\'s own package crosses too', () => {
    const rust = callbacks.memoryStore();
    rust.put('a', '1');
    expect(udl.readStore(rust, 'a')).toBe('1');
    const back = udl.echoStore(rust);
    expect(back).toBeInstanceOf(callbacks.Store);
    expect(back?.get('a')).toBe('1');
  });
});

describe('a renamed UDL object with a primary and a named constructor', () => {
  test('new TsSprite(...) and TsSprite.newRelativeTo(...), with the renamed method', () => {
    expect(new udl.TsSprite(undefined).position()).toEqual({ x: 0, y: 0 });
    const sprite = udl.TsSprite.newRelativeTo({ x: 1, y: 2 }, { x: 3, y: 4 });
    expect(sprite).toBeInstanceOf(udl.TsSprite);
    expect(sprite.position()).toEqual({ x: 4, y: 6 });
    sprite.moveTo({ x: 0, y: 1 });
    expect(sprite.position()).toEqual({ x: 0, y: 1 });
    expect((udl as Record<string, unknown>).Sprite).toBeUndefined();
  });
});
