// Names: renames and exclusions from crates/fixtures/types/uniffi.toml
//   rename: old_function → new_function, old_function.old_arg → new_arg, OldRecord → NewRecord,
//           OldRecord.old_field → new_field, OldEnum.OldVariant → NewVariant
//   exclude: excluded_function, ExcludedRecord
// Rust-side renames (`#[uniffi::export(name = ...)]`, `#[uniffi(name = ...)]`), and Rust names
// that are reserved words or globals in TypeScript. Checked at runtime and, with
// `@ts-expect-error`, at compile time (this file is type-checked by ts-jest and `npm run typecheck`).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as api from '../../generated/fixture-types';
import {
  Casing,
  ForeignEnum,
  ForeignRecord,
  Keywords,
  Literal,
  Map_,
  NewRecord,
  OldEnum,
  Symbol_,
  Value,
  await_,
  constructor,
  delete_,
  echoCasing,
  echoKeywords,
  echoLiteral,
  echoMapRecord,
  echoOldEnum,
  echoRustEnum,
  echoRustRecord,
  echoSymbol,
  echoValue,
  instanceof_,
  new_,
  newFunction,
  renamedInRust,
  sampleKeywords,
  strictModeNames,
  typeof_,
  void_,
} from '../../generated/fixture-types';
import { packageDir as generatedPackageDir } from '../transport';

const packageDir = generatedPackageDir('fixture-types');
const indexTs = readFileSync(resolve(packageDir, 'src/index.ts'), 'utf8');
const ffiTs = readFileSync(resolve(packageDir, 'src/ffi.ts'), 'utf8');
/** The generated code without its comments (docs may mention the old names). */
const code = indexTs.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

/** Looks up an export by name at runtime, whatever its type. */
const exported = (name: string): unknown => (api as unknown as Record<string, unknown>)[name];

describe('renames from uniffi.toml', () => {
  test('a renamed function and argument: new names only', () => {
    const record = newFunction('value', 7);
    expect(record).toEqual({ newField: 'value', kept: 7 });
    expect(typeof exported('newFunction')).toBe('function');
    expect(exported('oldFunction')).toBeUndefined();
    expect(exported('old_function')).toBeUndefined();
    // @ts-expect-error the old name is gone.
    expect(() => api.oldFunction('value', 7)).toThrow(TypeError);
    expect(code).toMatch(/export function newFunction\(newArg: string, kept: number\): NewRecord/);
    expect(code).not.toMatch(/oldArg|old_arg|oldFunction|old_function/);
  });

  test('the renamed argument is named in error messages', () => {
    expect(() => newFunction(42 as unknown as string, 7)).toThrow(/new_?[aA]rg/);
  });

  test('a renamed record and field', () => {
    const record: NewRecord = newFunction('x', 1);
    expect(Object.keys(record).sort()).toEqual(['kept', 'newField']);
    expect('oldField' in record).toBe(false);
    // @ts-expect-error the old field name is gone.
    const old: NewRecord = { oldField: 'x', kept: 1 };
    expect(old).toBeDefined();
    // @ts-expect-error the old record name is gone.
    type Old = api.OldRecord;
    const unused: Old | undefined = undefined;
    expect(unused).toBeUndefined();
    expect(exported('FfiConverterTypeNewRecord')).toBeDefined();
    expect(exported('FfiConverterTypeOldRecord')).toBeUndefined();
    expect(code).not.toMatch(/OldRecord|oldField|old_field/);
  });

  test('a renamed enum variant', () => {
    expect(OldEnum.NewVariant).toBe('NewVariant');
    expect(Object.keys(OldEnum).sort()).toEqual(['KeptVariant', 'NewVariant']);
    expect(echoOldEnum(OldEnum.NewVariant)).toBe('NewVariant');
    expect(echoOldEnum('KeptVariant')).toBe('KeptVariant');
    // @ts-expect-error the old variant name is gone.
    expect(OldEnum.OldVariant).toBeUndefined();
    // @ts-expect-error nor is it part of the union.
    const old: OldEnum = 'OldVariant';
    expect(() => echoOldEnum(old)).toThrow();
    expect(code).not.toMatch(/OldVariant/);
  });
});

describe('exclusions from uniffi.toml', () => {
  test('the excluded function and record do not exist, at runtime or in the types', () => {
    expect(exported('excludedFunction')).toBeUndefined();
    expect(exported('FfiConverterTypeExcludedRecord')).toBeUndefined();
    // @ts-expect-error excluded.
    expect(() => api.excludedFunction()).toThrow(TypeError);
    // @ts-expect-error excluded.
    type Excluded = api.ExcludedRecord;
    const unused: Excluded | undefined = undefined;
    expect(unused).toBeUndefined();
  });

  test('no trace of them in the generated code, the FFI declarations included', () => {
    for (const text of [indexTs, ffiTs]) {
      expect(text).not.toMatch(/excluded_function|excludedFunction|ExcludedRecord/);
    }
  });
});

describe('Rust-side renames', () => {
  test('`#[uniffi::export(name = "renamed_in_rust")]`', () => {
    expect(renamedInRust(21)).toBe(42);
    expect(exported('rustSideName')).toBeUndefined();
  });

  test('`#[uniffi(name = ...)]` on a record, a field, an enum and a variant', () => {
    const record: ForeignRecord = { foreignField: 'f' };
    expect(echoRustRecord(record)).toEqual({ foreignField: 'f' });
    expect(echoRustEnum(ForeignEnum.ForeignVariant)).toBe('ForeignVariant');
    expect(echoRustEnum(ForeignEnum.Plain)).toBe('Plain');
    // @ts-expect-error the Rust-side name is not exported.
    type Rust = api.RustRecord;
    const unused: Rust | undefined = undefined;
    expect(unused).toBeUndefined();
    expect(code).not.toMatch(/\b(RustRecord|RustEnum|RustVariant|rustField)\b/);
  });
});

describe('names reserved in TypeScript / JavaScript', () => {
  test('functions named like keywords get a `_` suffix and work', () => {
    expect(delete_(3, 'x')).toBe('3:x');
    expect(void_(7)).toBe(7);
    expect(instanceof_('a', 'a')).toBe(true);
    expect(instanceof_('a', 'b')).toBe(false);
    expect(typeof_('four')).toBe(4);
    expect(await_(41)).toBe(42);
    expect(new_()).toBe('new');
    expect(constructor()).toBe('constructor'); // a valid function name: kept
    for (const name of ['delete', 'void', 'instanceof', 'typeof', 'await', 'new']) {
      expect(exported(name)).toBeUndefined();
    }
  });

  test('the suffixed names are readable: name_, parameters too', () => {
    expect(code).toMatch(/export function delete_\(default_: number, new_: string\): string/);
    expect(code).toMatch(/export function void_\(in_: number\): number/);
    expect(code).toMatch(/export function instanceof_\(class_: string, function_: string\): boolean/);
    expect(code).toMatch(/export function typeof_\(enum_: string\): number/);
    expect(code).toMatch(/export function await_\(yield_: number\): number/);
    // A long parameter list is printed one parameter per line: compare with whitespace collapsed.
    expect(code.replace(/\s+/g, ' ')).toMatch(
      /export function strictModeNames\( arguments_: number, eval_: number, this_: number, interface_: number, package_: number, private_: number, let_: number, static_: number, implements_: number, protected_: number, \): number/,
    );
  });

  test('arguments named after strict-mode reserved words', () => {
    expect(strictModeNames(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)).toBe(55);
  });

  test('record fields named like keywords and Object.prototype members', () => {
    const sample: Keywords = sampleKeywords();
    expect(sample).toEqual({
      class: 1,
      function: 'f',
      constructor: true,
      prototype: 'p',
      proto: 2, // `__proto__` in Rust: never the magic JavaScript property
      type: 't',
      toString: 's',
      valueOf: -3,
      hasOwnProperty: false,
      then: undefined,
    });
    expect(Object.getPrototypeOf(sample)).toBe(Object.prototype);
    const echoed = echoKeywords({ ...sample, then: 'not a promise', prototype: undefined, proto: 255 });
    expect(echoed.then).toBe('not a promise');
    expect(echoed.prototype).toBeUndefined();
    expect(echoed.proto).toBe(255);
    expect(echoed.hasOwnProperty).toBe(false);
    expect(echoed.constructor).toBe(true);
  });

  test('a record whose `then` is set is not mistaken for a Promise', async () => {
    const value = echoKeywords({ ...sampleKeywords(), then: 'x' });
    await expect(Promise.resolve(value)).resolves.toBe(value);
  });

  test('flat enum variants named like JavaScript values', () => {
    const all: Literal[] = ['Default', 'Null', 'Undefined', 'True', 'False', 'NaN', 'Infinity', 'Constructor'];
    expect(Object.values(Literal)).toEqual(all);
    for (const variant of all) expect(echoLiteral(variant)).toBe(variant);
    expect(Literal.NaN).toBe('NaN');
    expect(Literal.Constructor).toBe('Constructor');
  });

  test('enum variants named like JavaScript globals', () => {
    const values: Value[] = [
      Value.Null(),
      Value.Object({ fields: new Map([['k', 'v']]) }),
      Value.Error({ message: 'm' }),
      Value.Function({ name: 'f' }),
      Value.Array(['a', 'b']),
      Value.String('s'),
    ];
    for (const value of values) expect(echoValue(value)).toEqual(value);
    expect(echoValue(Value.String('s'))).toEqual({ tag: 'String', inner: ['s'] });
  });

  test('types named like the globals the bindings use get a `_` suffix (Map_, Symbol_)', () => {
    const record: Map_ = {
      entries: new Map([
        ['a', 1],
        ['b', 2],
      ]),
    };
    const echoed = echoMapRecord(record);
    expect(echoed.entries).toBeInstanceOf(Map); // the global Map, not shadowed
    expect(echoed).toEqual(record);
    expect(echoSymbol(Symbol_.Iterator)).toBe('Iterator');
    expect(echoSymbol(Symbol_.AsyncIterator)).toBe('AsyncIterator');
    expect(exported('Map')).toBeUndefined();
    expect(exported('Symbol')).toBeUndefined();
    expect(code).toMatch(/export interface Map_ \{/);
    expect(code).toMatch(/export type Symbol_ = 'Iterator' \| 'AsyncIterator';/);
  });

  test('field names that camelCase in surprising ways', () => {
    const value: Casing = {
      httpUrl: 'h',
      utf8Bytes: 8,
      value2d: 2.5,
      x: 1,
      ioErrorCount: 3,
      alreadyCamel: true,
      aBC: 4,
    };
    expect(echoCasing(value)).toEqual(value);
  });
});
