// An object belongs to the library that made it (issue 9, item 3): two fake libraries that
// both contain one crate's `Gadget`, and the calls, clones and frees each of them sees.
import { FfiConverterU32, SequenceConverter } from '../src/converters';
import type { FfiConverter } from '../src/converters';
import { LibraryLoadError } from '../src/errors';
import type { FfiFunctionDeclaration, FfiValue } from '../src/ffi-types';
import { liftingFrom } from '../src/lifting';
import { ObjectConverter, UniffiObject } from '../src/objects';
import { InternalError } from '../src/errors';
import { SyncFunction, SyncMethod } from '../src/rust-call';
import type { Parameter } from '../src/rust-call';
import type { NativeHost, NativeLibrary } from '../src/transport/native';
import { FakeNative } from './fake-native';

/** A fake library with a path, handle functions and scaffolding calls, logging each use. */
class FakeLibrary extends FakeNative implements NativeHost {
  readonly log: string[] = [];
  /** The checksums this library's copy of the crate answers. */
  readonly checksums = new Map<string, number>();
  private nextHandle = 0x100n;

  constructor(readonly path: string) {
    super();
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
    return this.checksums.get(symbol) ?? 0;
  }

  prepare(declaration: FfiFunctionDeclaration) {
    this.log.push(`prepare ${declaration.name}`);
    return (values: readonly FfiValue[]) => {
      this.log.push(`${declaration.name}(${values.map(String).join(', ')})`);
      return { value: 7, status: { code: 0, errorBuf: { capacity: 0, len: 0, data: 0 } } };
    };
  }
}

class Gadget extends UniffiObject {
  private declare readonly uniffiTypeGadget: never;
  size(): number {
    return calls.size.call([this]);
  }
  pair(other: Gadget): number {
    return calls.pair.call([this, other]);
  }
}

const home = new FakeLibrary('/lib/libhome.so');
const other = new FakeLibrary('/lib/libother.so');
const gadgets = new ObjectConverter<Gadget>('Gadget', home, () => Gadget, 'clone_gadget', 'free_gadget');

function declaration(name: string, args: FfiFunctionDeclaration['args']): FfiFunctionDeclaration {
  return { name, symbol: `uniffi_home_fn_${name}`, args, returns: 'u32', checksum: [`uniffi_home_checksum_${name}`, 42] };
}
const self = (): Parameter => ['self', gadgets as FfiConverter<unknown>];
const calls = {
  size: new SyncMethod<number>(home, declaration('Gadget.size', ['handle']), [self()], FfiConverterU32),
  pair: new SyncMethod<number>(home, declaration('Gadget.pair', ['handle', 'handle']), [self(), ['other', gadgets as FfiConverter<unknown>]], FfiConverterU32),
  useGadget: new SyncFunction<number>(home, declaration('use_gadget', ['handle']), [['gadget', gadgets as FfiConverter<unknown>]], FfiConverterU32),
};
home.checksums.set('uniffi_home_checksum_Gadget.size', 42).set('uniffi_home_checksum_Gadget.pair', 42);
other.checksums.set('uniffi_home_checksum_Gadget.size', 42).set('uniffi_home_checksum_Gadget.pair', 42);

beforeEach(() => {
  home.reset();
  other.reset();
});

test('an object lifted from another library is cloned, called and freed there', () => {
  const gadget = liftingFrom(other as unknown as NativeLibrary, () => gadgets.lift(5n));
  expect(gadget).toBeInstanceOf(Gadget);
  expect(gadgets.ownerOf(gadget)).toBe(other);
  expect(gadget.size()).toBe(7);
  // Its checksum checked once in that library, then the clone and the call, all there.
  expect(other.log).toEqual(['uniffi_home_checksum_Gadget.size()', 'prepare Gadget.size', 'clone_gadget(5)', 'Gadget.size(256)']);
  expect(home.log).toEqual([]);
  other.log.length = 0;
  gadget.size();
  expect(other.log).toEqual(['clone_gadget(5)', 'Gadget.size(257)']);
  gadget.destroy();
  expect(other.log).toContain('free_gadget(5)');
  expect(home.log).toEqual([]);
});

test("outside a call, a lifted object belongs to the converter's library", () => {
  const gadget = gadgets.lift(9n);
  expect(gadgets.ownerOf(gadget)).toBe(home);
  gadget.size();
  expect(home.log.filter((entry) => !entry.startsWith('prepare'))).toEqual(['clone_gadget(9)', 'Gadget.size(256)']);
  expect(other.log).toEqual([]);
  gadget.destroy();
});

test('objects nested in a value take the source of the call that lifts them', () => {
  const list = new SequenceConverter(gadgets);
  const bytes = Uint8Array.from([0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 12]);
  const buffer = other.rustBufferFromBytes(bytes);
  const [a, b] = liftingFrom(other as unknown as NativeLibrary, () => list.lift(buffer, other as unknown as NativeLibrary));
  expect(gadgets.ownerOf(a)).toBe(other);
  expect(gadgets.ownerOf(b)).toBe(other);
  // A method of one with the other as an argument stays in that library.
  (a as Gadget).pair(b as Gadget);
  expect(other.log).toContain('Gadget.pair(256, 257)');
  for (const g of [a, b] as Gadget[]) g.destroy();
});

test("another library's object is refused by a function of the home library, and as a method's argument", () => {
  const foreign = liftingFrom(other as unknown as NativeLibrary, () => gadgets.lift(5n));
  const local = gadgets.lift(6n);
  const refused = /a Gadget object belongs to \/lib\/libother\.so and cannot be passed to a function of \/lib\/libhome\.so/;
  expect(() => calls.useGadget.call([foreign])).toThrow(refused);
  expect(() => local.pair(foreign)).toThrow(refused);
  expect(() => foreign.pair(local)).toThrow(/a Gadget object belongs to \/lib\/libhome\.so and cannot be passed to a function of \/lib\/libother\.so/);
  // The receiver's clone, made before the argument was refused, was freed again where it was made.
  expect(other.log.filter((entry) => entry.startsWith('clone_gadget') || entry.startsWith('free_gadget'))).toEqual([
    'clone_gadget(5)',
    'free_gadget(256)',
  ]);
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

test("a method's first parameter must be its object", () => {
  expect(() => new SyncMethod<number>(home, declaration('Gadget.size', ['u32']), [['n', FfiConverterU32 as FfiConverter<unknown>]], FfiConverterU32)).toThrow(
    InternalError,
  );
});
