// Traits with both implementations (`with_foreign`): each side's objects cross both ways and
// come back as themselves.
import '../fixture-objects/symbol-dispose'; // first: jest's realm lacks Symbol.dispose (see the file)
import * as api from '../../generated/fixture-callbacks-koffi';
import { MapStore } from '../helpers';

describe('a Rust implementation', () => {
  test('is an instance of the generated class, which implements the interface', () => {
    const store = api.memoryStore();
    expect(store).toBeInstanceOf(api.Store);
    const asInterface: api.StoreInterface = store;
    asInterface.put('k', 'v');
    expect(store.get('k')).toBe('v');
    expect(store.kind()).toBe('rust');
  });

  test('handed to TypeScript and back is the same Rust object', () => {
    const store = api.memoryStore();
    store.put('a', '1');
    const back = api.sameStore(store);
    expect(back).toBeInstanceOf(api.Store);
    expect(back.get('a')).toBe('1');
    back.put('b', '2');
    expect(store.get('b')).toBe('2');
  });
});

describe('freeing a Rust implementation typed as the interface (a factory returning `Arc<dyn Store>`)', () => {
  test("destroy?.() frees it, with no cast: the interface declares the class's destroy as optional", () => {
    const store: api.StoreInterface = api.memoryStore();
    store.put('k', 'v');
    store.destroy?.();
    expect(() => store.get('k')).toThrow(/destroyed/);
    // A TypeScript implementation has none, and needs none.
    const ts: api.StoreInterface = new MapStore();
    expect(ts.destroy).toBeUndefined();
    ts.destroy?.();
    expect(ts.kind()).toBe('ts');
  });

  test('instanceof narrows it to the class, which `using` frees at the end of the block', () => {
    const store: api.StoreInterface = api.memoryStore();
    if (!(store instanceof api.Store)) throw new Error('expected a Rust store');
    {
      using owned = store;
      owned.put('a', '1');
      expect(owned.get('a')).toBe('1');
    }
    expect(() => store.get('a')).toThrow(/destroyed/);
  });
});

describe('a TypeScript implementation', () => {
  test('handed to Rust and back is the same TypeScript object', () => {
    const store = new MapStore();
    expect(api.sameStore(store)).toBe(store);
  });

  test('Rust calls it, and mixes it with Rust implementations', () => {
    const ts = new MapStore();
    const rust = api.memoryStore();
    ts.put('from-ts', 'x');
    expect(api.copyKey(ts, rust, 'from-ts')).toBe('x');
    expect(rust.get('from-ts')).toBe('x');
    rust.put('from-rust', 'y');
    expect(api.copyKey(rust, ts, 'from-rust')).toBe('y');
    expect(ts.entries.get('from-rust')).toBe('y');
    expect(api.copyKey(ts, rust, 'missing')).toBeUndefined();
  });

  test('kept by Rust until it lets go: then no handle is left', () => {
    const before = api.FfiConverterTypeStore.liveHandles;
    for (let i = 0; i < 10; i++) api.keepStore(new MapStore());
    expect(api.FfiConverterTypeStore.liveHandles).toBe(before + 10);
    expect(api.releaseStores()).toBe(10);
    expect(api.FfiConverterTypeStore.liveHandles).toBe(before);
  });

  test('one that stops implementing the trait before it crosses is refused; handles made for the call are removed', () => {
    const before = api.FfiConverterTypeStore.liveHandles;
    const fickle = new MapStore();
    let reads = 0;
    Object.defineProperty(fickle, 'put', {
      get: () => (++reads === 1 ? MapStore.prototype.put : undefined),
    });
    // `from` crosses first and gets a handle; `to` is refused when its handle would be made.
    expect(() => api.copyKey(new MapStore(), fickle, 'k')).toThrow(
      'Store value (changed after its check, while being lowered): expected an object implementing Store, but it has no method put()',
    );
    expect(api.FfiConverterTypeStore.liveHandles).toBe(before);
  });

  test('returned by Rust is taken back: the handle is gone', () => {
    const before = api.FfiConverterTypeStore.liveHandles;
    const store = new MapStore();
    for (let i = 0; i < 5; i++) expect(api.sameStore(store)).toBe(store);
    expect(api.FfiConverterTypeStore.liveHandles).toBe(before);
  });
});

// `#[uniffi::export] impl Store for PrefixStore`: as in the reference bindings, the object's
// class implements the trait's interface, and an instance passed where Rust takes the trait
// crosses as a foreign implementation (Rust calls its methods, which call Rust): an `Arc<PrefixStore>`
// cannot become an `Arc<dyn Store>` on the way.
describe('a Rust object that implements the trait (PrefixStore)', () => {
  test('its class implements StoreInterface, and its methods are its own', () => {
    using store = new api.PrefixStore('p:');
    const asInterface: api.StoreInterface = store;
    asInterface.put('k', 'v');
    expect(store.get('k')).toBe('v');
    expect(store.kind()).toBe('prefix');
    expect(store.storedKeys()).toEqual(['p:k']);
    expect(store).not.toBeInstanceOf(api.Store);
  });

  test('is accepted where Rust takes the trait, and Rust reaches the object through its methods', () => {
    using prefixed = new api.PrefixStore('p:');
    const rust = api.memoryStore();
    rust.put('a', '1');
    expect(api.copyKey(rust, prefixed, 'a')).toBe('1');
    expect(prefixed.storedKeys()).toEqual(['p:a']);
    prefixed.put('b', '2');
    expect(api.copyKey(prefixed, rust, 'b')).toBe('2');
    expect(rust.get('b')).toBe('2');
    // It went as a TypeScript implementation, so it comes back as itself.
    expect(api.sameStore(prefixed)).toBe(prefixed);
  });

  test('Rust lets go of it like any TypeScript implementation', () => {
    const before = api.FfiConverterTypeStore.liveHandles;
    using prefixed = new api.PrefixStore('p:');
    api.keepStore(prefixed);
    expect(api.FfiConverterTypeStore.liveHandles).toBe(before + 1);
    expect(api.releaseStores()).toBeGreaterThanOrEqual(1);
    expect(api.FfiConverterTypeStore.liveHandles).toBe(before);
  });
});
