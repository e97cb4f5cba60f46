// A crate written in UDL (crates/fixtures/udl), shaped like uniffi's ext-types and rename
// fixtures: it declares fixture-callbacks' foreign-implementable trait `Store` with
// `typedef trait`, which does not say that TypeScript may implement it (the generator takes
// that from the trait's own crate), and has an object with two constructors renamed by
// uniffi.toml. Both packages come from libfixture_udl (generated/fixture-callbacks-in-udl-koffi
// with --crate fixture_callbacks).
import * as callbacks from '../../generated/fixture-callbacks-in-udl-koffi';
import * as udl from '../../generated/fixture-udl-koffi';
import { MapStore } from '../helpers';

describe('an external trait declared with `typedef trait`', () => {
  test('a TypeScript implementation crosses, in an Option too, and comes back as itself', () => {
    const store = new MapStore();
    store.put('k', 'v');
    expect(udl.readStore(store, 'k')).toBe('v');
    expect(udl.readStore(store, 'missing')).toBe('<none>');
    expect(udl.echoStore(store)).toBe(store);
    expect(udl.echoStore(undefined)).toBeUndefined();
  });

  test("a Rust implementation from the trait's own package crosses too", () => {
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

describe('renamed by uniffi.toml: a callback interface, a foreign trait, a variant named by a default', () => {
  // uniffi names the vtable-init symbol after a trait's current name; the library exports its
  // Rust name, so a renamed trait must still register under the Rust one (it did not: every call
  // of the package failed to load).
  test('a renamed callback interface, with a renamed method', () => {
    const listener: udl.TsListener = { onHeard: (what) => `heard ${what}` };
    expect(udl.notify(listener, 'a knock')).toBe('heard a knock');
  });

  test('a renamed foreign trait, implemented on either side, with a renamed method', () => {
    const ts: udl.TsEchoerInterface = { answer: (value) => `ts:${value}` };
    expect(udl.echoWith(ts, 'x')).toBe('ts:x');
    const rust = udl.rustEchoer();
    expect(rust).toBeInstanceOf(udl.TsEchoer);
    expect(rust.answer('y')).toBe('rust:y');
    expect(udl.echoWith(rust, 'z')).toBe('rust:z');
  });

  test('a default naming a renamed variant uses its new name', () => {
    const pose = udl.Pose.create();
    expect(pose.facing).toBe('West');
    expect(udl.describePose(pose)).toBe('Left 1');
    expect(udl.describePose(udl.Pose.create({ facing: 'Right', steps: 3 }))).toBe('Right 3');
  });
});
