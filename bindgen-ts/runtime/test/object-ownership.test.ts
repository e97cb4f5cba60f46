// An object belongs to the library that made it (issue 9, item 3): fake libraries that all
// contain one crate's `Gadget`, and the calls, clones and frees each of them sees.
import { CallbackInterfaceConverter } from '../src/callbacks';
import { FfiConverterU32, SequenceConverter } from '../src/converters';
import type { FfiConverter } from '../src/converters';
import { InternalError, LibraryLoadError } from '../src/errors';
import type { FfiFunctionDeclaration, FfiValue } from '../src/ffi-types';
import { beginLifting, endLifting, liftingSource } from '../src/lifting';
import { ObjectConverter, UniffiObject } from '../src/objects';
import { SyncFunction, SyncMethod } from '../src/rust-call';
import type { Parameter } from '../src/rust-call';
import type { NativeHost, NativeLibrary, Vtable } from '../src/transport/native';
import { FakeNative } from './fake-native';

/** A fake library with a path, handle functions and scaffolding calls, logging each use. */
class FakeLibrary extends FakeNative implements NativeHost {
  readonly log: string[] = [];
  /** The checksums this library's copy of the crate answers. */
  readonly checksums = new Map<string, number>();
  /** Whether `native` was asked for (a real library opens then). */
  opened = false;
  /** When set, every scaffolding call reports this status code (1: an error, 2: a panic). */
  failWith: number | undefined;
  private nextHandle = 0x100n;

  constructor(readonly path: string) {
    super();
  }

  override get native(): NativeLibrary {
    this.opened = true;
    return this as unknown as NativeLibrary;
  }

  get openedNative(): NativeLibrary | undefined {
    return this.opened ? this.native : undefined;
  }

  reset(): void {
    this.log.length = 0;
    this.nextHandle = 0x100n;
  }

  callHandleFunction(symbol: string, handle: bigint): bigint {
    this.log.push(`${symbol}(${handle})`);
    return symbol.includes('clone') ? this.nextHandle++ : 0n;
  }

  callReturningU16(symbol: string): number {
    this.log.push(`${symbol}()`);
    return this.checksums.get(symbol) ?? 42;
  }

  prepare(declaration: FfiFunctionDeclaration) {
    this.log.push(`prepare ${declaration.name}`);
    return (values: readonly FfiValue[]) => {
      this.log.push(`${declaration.name}(${values.map(String).join(', ')})`);
      if (this.failWith !== undefined) {
        return { value: 0, status: { code: this.failWith, errorBuf: this.rustBufferFromString('boom') } };
      }
      return { value: 7, status: { code: 0, errorBuf: { capacity: 0, len: 0, data: 0 } } };
    };
  }

  registerVtable(symbol: string, _vtable: Vtable): void {
    this.log.push(`register ${symbol}`);
  }
}

/** Runs `lift` as the calls layer does, with `library` as the source of what it lifts. */
function liftingFrom<R>(library: NativeLibrary, lift: () => R): R {
  const outer = beginLifting(library);
  try {
    return lift();
  } finally {
    endLifting(outer);
  }
}

function declaration(name: string, args: FfiFunctionDeclaration['args']): FfiFunctionDeclaration {
  return {
    name,
    symbol: `uniffi_home_fn_${name}`,
    args,
    returns: 'u32',
    checksum: [`uniffi_home_checksum_${name}`, 42],
  };
}

/** What a generated package of the crate holds for `Gadget`, bound to `home`. */
function gadgetPackage(home: FakeLibrary) {
  class Gadget extends UniffiObject {
    declare private readonly uniffiTypeGadget: never;
    size(): number {
      return calls.size.call([this]);
    }
    pair(other: Gadget): number {
      return calls.pair.call([this, other]);
    }
  }
  const converter = new ObjectConverter<Gadget>('Gadget', home, () => Gadget, 'clone_gadget', 'free_gadget');
  const self: Parameter = ['self', converter as FfiConverter<unknown>];
  const calls = {
    size: new SyncMethod<number>(home, declaration('Gadget.size', ['handle']), [self], FfiConverterU32),
    pair: new SyncMethod<number>(
      home,
      declaration('Gadget.pair', ['handle', 'handle']),
      [self, ['other', converter as FfiConverter<unknown>]],
      FfiConverterU32,
    ),
    useGadget: new SyncFunction<number>(
      home,
      declaration('use_gadget', ['handle']),
      [['gadget', converter as FfiConverter<unknown>]],
      FfiConverterU32,
    ),
    makeGadget: new SyncFunction<Gadget>(home, { ...declaration('make_gadget', []), returns: 'handle' }, [], converter),
  };
  return { Gadget, converter, calls };
}

const home = new FakeLibrary('/lib/libhome.so');
const other = new FakeLibrary('/lib/libother.so');
const { Gadget, converter: gadgets, calls } = gadgetPackage(home);
type Gadget = InstanceType<typeof Gadget>;
const fromOther = (handle: bigint): Gadget =>
  liftingFrom(other as unknown as NativeLibrary, () => gadgets.lift(handle));
const handleCalls = (library: FakeLibrary) => library.log.filter((entry) => /^(clone|free)_gadget/.test(entry));

beforeEach(() => {
  home.reset();
  other.reset();
  home.failWith = undefined;
  other.failWith = undefined;
});

test('an object lifted from another library is cloned, called and freed there', () => {
  const gadget = fromOther(5n);
  expect(gadget).toBeInstanceOf(Gadget);
  expect(gadgets.ownerOf(gadget)).toBe(other);
  expect(gadget.size()).toBe(7);
  // Its checksum checked once in that library, then the clone and the call, all there.
  expect(other.log).toEqual([
    'uniffi_home_checksum_Gadget.size()',
    'prepare Gadget.size',
    'clone_gadget(5)',
    'Gadget.size(256)',
  ]);
  expect(home.log).toEqual([]);
  other.log.length = 0;
  gadget.size();
  expect(other.log).toEqual(['clone_gadget(5)', 'Gadget.size(257)']);
  gadget.destroy();
  expect(other.log).toContain('free_gadget(5)');
  expect(home.log).toEqual([]);
});

test("a method of an object made elsewhere does not open the package's own library", () => {
  const unopened = new FakeLibrary('/lib/libunopened.so');
  const pkg = gadgetPackage(unopened);
  const gadget = liftingFrom(other as unknown as NativeLibrary, () => pkg.converter.lift(5n));
  gadget.size();
  gadget.destroy();
  expect(unopened.opened).toBe(false);
  expect(other.log).toContain('Gadget.size(256)');
});

test("outside a call, a lifted object belongs to the converter's library", () => {
  const gadget = gadgets.lift(9n);
  expect(gadgets.ownerOf(gadget)).toBe(home);
  gadget.size();
  expect(home.log.filter((entry) => !entry.startsWith('prepare'))).toEqual(['clone_gadget(9)', 'Gadget.size(256)']);
  expect(other.log).toEqual([]);
  gadget.destroy();
});

test("a result of the package's own function belongs to its library", () => {
  const made = calls.makeGadget.call([]);
  expect(gadgets.ownerOf(made)).toBe(home);
  made.destroy();
});

test("the same file opened by another package is taken for the package's own library", () => {
  home.native; // opened
  const twin = new FakeLibrary('/lib/libhome.so');
  const gadget = liftingFrom(twin as unknown as NativeLibrary, () => gadgets.lift(4n));
  expect(gadgets.ownerOf(gadget)).toBe(home);
  gadget.destroy();
});

test('objects nested in a value take the source of the call that lifts them', () => {
  const list = new SequenceConverter(gadgets);
  const bytes = Uint8Array.from([0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 12]);
  const buffer = other.rustBufferFromBytes(bytes);
  const [a, b] = liftingFrom(other as unknown as NativeLibrary, () =>
    list.lift(buffer, other as unknown as NativeLibrary),
  );
  expect(gadgets.ownerOf(a)).toBe(other);
  expect(gadgets.ownerOf(b)).toBe(other);
  // A method of one with the other as an argument stays in that library.
  (a as Gadget).pair(b as Gadget);
  expect(other.log).toContain('Gadget.pair(256, 257)');
  for (const g of [a, b] as Gadget[]) g.destroy();
});

test("another library's object is refused by a function of the home library, and as a method's argument", () => {
  const foreign = fromOther(5n);
  const local = gadgets.lift(6n);
  const refused =
    /a Gadget object belongs to \/lib\/libother\.so and cannot be passed to a function of \/lib\/libhome\.so/;
  expect(() => calls.useGadget.call([foreign])).toThrow(refused);
  expect(() => local.pair(foreign)).toThrow(refused);
  // The receiver's clone, made before the argument was refused, was freed again in its library.
  expect(handleCalls(home)).toEqual(['clone_gadget(6)', 'free_gadget(256)']);
  expect(() => foreign.pair(local)).toThrow(
    /a Gadget object belongs to \/lib\/libhome\.so and cannot be passed to a function of \/lib\/libother\.so/,
  );
  expect(handleCalls(other)).toEqual(['clone_gadget(5)', 'free_gadget(256)']);
  foreign.destroy();
  local.destroy();
});

test("a method whose checksum differs in the object's library is a LibraryLoadError naming it", () => {
  const third = new FakeLibrary('/lib/libthird.so');
  third.checksums.set('uniffi_home_checksum_Gadget.size', 41);
  const gadget = liftingFrom(third as unknown as NativeLibrary, () => gadgets.lift(3n));
  expect(() => gadget.size()).toThrow(LibraryLoadError);
  expect(() => gadget.size()).toThrow(
    /\/lib\/libthird\.so: checksum mismatch for Gadget\.size .*: the bindings expect 42, the library has 41\. That library made the object/,
  );
  // Nothing was cloned or called for a call that cannot happen.
  expect(third.log.filter((entry) => !entry.startsWith('uniffi_home_checksum'))).toEqual([]);
  gadget.destroy();
});

test('the lifting source is restored when a call fails', () => {
  home.failWith = 2;
  other.failWith = 2;
  const gadget = fromOther(5n);
  expect(() => calls.useGadget.call([gadgets.lift(8n)])).toThrow('boom');
  expect(() => gadget.size()).toThrow('boom');
  expect(liftingSource()).toBeUndefined();
  expect(gadgets.ownerOf(gadgets.lift(9n))).toBe(home);
  gadget.destroy();
});

test('handles cloned by a call made while lowering another are not freed when the outer lowering fails', () => {
  const inner = gadgets.lift(6n);
  // A converter whose lowering calls Rust (as a custom type's `lower` may), then one that fails.
  const u32Lowering = (lower: () => number): FfiConverter<unknown> =>
    Object.assign(Object.create(FfiConverterU32) as FfiConverter<unknown>, { lowersAsIs: false, lower });
  const callsRust = u32Lowering(() => calls.useGadget.call([inner]));
  const fails = u32Lowering(() => {
    throw new RangeError('no');
  });
  const outer = new SyncFunction<number>(
    home,
    declaration('outer', ['u32', 'u32']),
    [
      ['a', callsRust],
      ['b', fails],
    ],
    FfiConverterU32,
  );
  expect(() => outer.call([1, 2])).toThrow('no');
  // use_gadget consumed its clone: freeing it too would be a double free.
  expect(handleCalls(home)).toEqual(['clone_gadget(6)']);
  inner.destroy();
});

test("a TypeScript callback is refused by a library other than its package's, where no vtable is registered", () => {
  const host = { ...hostOf(home), addVtable: () => undefined };
  const listeners = new CallbackInterfaceConverter<{ hear(): void }>('Listener', host, 'init_listener').define([
    { name: 'hear', rustName: 'hear', params: [], isAsync: false },
  ]);
  const listener = { hear: () => undefined };
  expect(() => listeners.lower(listener, other as unknown as NativeLibrary)).toThrow(
    /a TypeScript Listener can be called only by \/lib\/libhome\.so, where its vtable is registered, and cannot be passed to a function of \/lib\/libother\.so/,
  );
  expect(listeners.liveHandles).toBe(0);
  expect(typeof listeners.lower(listener, home as unknown as NativeLibrary)).toBe('bigint');
  expect(listeners.liveHandles).toBe(1);
});

function hostOf(library: FakeLibrary): NativeHost {
  return {
    get native() {
      return library.native;
    },
    get openedNative() {
      return library.openedNative;
    },
  };
}

test("a method's first parameter must be its object", () => {
  expect(
    () =>
      new SyncMethod<number>(
        home,
        declaration('Gadget.size', ['u32']),
        [['n', FfiConverterU32 as FfiConverter<unknown>]],
        FfiConverterU32,
      ),
  ).toThrow(InternalError);
});
