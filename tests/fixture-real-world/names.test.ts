// Names the generator adds itself, taken by Rust names (crates/fixtures/real-world/src/names.rs):
// the `Variant` union of an error's namespace, `tag` and `inner`, the members of every Error and
// every object, the functions next to a record's or an enum's methods, runtime and converter
// names. The rule (README, Type mapping): the generated name keeps its name and the Rust one gets
// a `_` suffix, which no other Rust name can reach (case conversion drops underscores).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  FfiConverterTypeMembers_,
  FlatNameError,
  Members,
  NameError,
  SyncFunction_,
  Tagged,
  Widget,
  Word,
  echoConverterNamed,
  echoMembers,
  echoSyncFunction,
  echoTagged,
  errorVariant_,
  throwFlatVariant,
  throwNameError,
} from '../../generated/fixture-real-world';
import { packageDir } from '../transport';
import { caught } from '../helpers';

describe('the package compiles', () => {
  test('tsc --noEmit --strict on the package alone', () => {
    const repoRoot = resolve(__dirname, '../..');
    const workDir = mkdtempSync(join(tmpdir(), 'real-world-names-'));
    try {
      writeFileSync(
        join(workDir, 'tsconfig.json'),
        JSON.stringify({
          extends: join(repoRoot, 'tsconfig.json'),
          compilerOptions: { rootDir: '/', typeRoots: [join(repoRoot, 'node_modules/@types')] },
          include: [],
          files: [join(packageDir('fixture-real-world'), 'src/index.ts')],
        }),
      );
      const tsc = require.resolve('typescript/bin/tsc', { paths: [repoRoot] });
      const result = spawnSync(
        process.execPath,
        [tsc, '-p', join(workDir, 'tsconfig.json'), '--noEmit', '--pretty', 'false'],
        { encoding: 'utf8' },
      );
      expect(`${result.stdout}${result.stderr}`).toBe('');
      expect(result.status).toBe(0);
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('error variants and fields', () => {
  test('a variant named Variant is the class Variant_, its tag stays Variant; the union is Variant', () => {
    const error = caught(() => throwNameError('Variant', 'x', 0));
    expect(error).toBeInstanceOf(NameError.Variant_);
    expect(error).toBeInstanceOf(NameError);
    const variant = error as NameError.Variant;
    expect(variant.tag).toBe('Variant');
    if (variant.tag !== 'Variant') throw new Error('narrowing');
    // The fields taken by Error and our classes, suffixed; the Error's own members intact.
    expect(variant.tag_).toBe('tag:x');
    expect(variant.message_).toBe('message:x');
    expect(variant.name_).toBe('name:x');
    expect(variant.cause_).toBe('cause:x');
    expect(variant.name).toBe('NameError.Variant');
    expect(variant.message).toContain('NameError.Variant');
  });

  test('inner, stack, typeName, constructor and toString fields', () => {
    const tag = caught(() => throwNameError('Tag', 'y', 7)) as NameError.Variant;
    if (tag.tag !== 'Tag') throw new Error(`got ${tag.tag}`);
    expect(tag.inner).toBe(7);
    expect(tag.stack_).toBe('stack:y');
    expect(tag.typeName_).toBe('type:y');
    expect(tag.typeName).toBe('NameError');
    expect(typeof tag.stack).toBe('string');

    const inner = caught(() => throwNameError('Inner', 'z', 3)) as NameError.Variant;
    if (inner.tag !== 'Inner') throw new Error(`got ${inner.tag}`);
    expect(inner.inner).toEqual(['z', 3]);

    const ctor = caught(() => throwNameError('Constructor', 'w', 0)) as NameError.Variant;
    if (ctor.tag !== 'Constructor') throw new Error(`got ${ctor.tag}`);
    expect(ctor.constructor_).toBe('constructor:w');
    expect(ctor.toString_).toBe('toString:w');
    expect(ctor.constructor).toBe(NameError.Constructor);
    expect(String(ctor)).toContain('NameError.Constructor');
  });

  test('a flat error with a variant named Variant', () => {
    const error = caught(() => throwFlatVariant());
    expect(error).toBeInstanceOf(FlatNameError.Variant_);
    expect((error as FlatNameError.Variant).tag).toBe('Variant');
    expect((error as FlatNameError).message).toBe('flat Variant');
  });

  test('an exhaustive switch over the union', () => {
    const label = (e: NameError.Variant): string => {
      switch (e.tag) {
        case 'Variant':
          return e.cause_;
        case 'Tag':
          return String(e.inner);
        case 'Inner':
          return e.inner[0];
        case 'Constructor':
          return e.toString_;
      }
    };
    expect(label(new NameError.Variant_({ tag_: 'a', message_: 'b', name_: 'c', cause_: 'd' }))).toBe('d');
    expect(label(new NameError.Inner(['q', 1]))).toBe('q');
  });
});

describe('tagged enums', () => {
  test('a field named tag is tag_; inner, constructor and toString stay', () => {
    const tag = Tagged.Tag({ tag_: 't', inner: 2 });
    expect(tag).toEqual({ tag: 'Tag', tag_: 't', inner: 2 });
    expect(echoTagged(tag)).toEqual(tag);
    expect(echoTagged(Tagged.Inner('i'))).toEqual({ tag: 'Inner', inner: ['i'] });
    const variant = Tagged.Variant({ constructor: 'c', toString: 's' });
    expect(echoTagged(variant)).toEqual(variant);
  });

  test('methods named like the trait functions get a suffix; the trait functions keep theirs', () => {
    const value = Tagged.Inner('x');
    expect(Tagged.display_(value)).toBe('method display');
    expect(Tagged.display(value)).toBe('Inner("x")');
    expect(Tagged.equals(value, Tagged.Inner('x'))).toBe(true);
    expect(Tagged.equals_(value, Tagged.Inner('x'))).toBe(false);
    expect(typeof Tagged.hash(value)).toBe('bigint');
  });
});

describe('flat enums, records, objects, runtime names', () => {
  test('a flat enum with variants named Variant, Tag, Inner', () => {
    expect([Word.Variant, Word.Tag, Word.Inner]).toEqual(['Variant', 'Tag', 'Inner']);
    expect(Word.discriminant_(Word.Tag)).toBe('method discriminant of Tag');
    expect(Word.fromDiscriminant_(Word.Inner)).toBe('method fromDiscriminant');
  });

  test('a record with fields named like members of objects and errors', () => {
    const value: Members = {
      tag: 't',
      inner: 1,
      message: 'm',
      name: 'n',
      cause: 'c',
      constructor: 'k',
      toString: 's',
      valueOf: 2,
      hasOwnProperty: true,
    };
    expect(echoMembers(value)).toEqual(value);
    expect(Members.create_(value)).toBe('method create of n');
    expect(Members.hash_(value)).toBe(2);
  });

  test('types named like runtime classes and converters, a function named like a runtime function', () => {
    const sync: SyncFunction_ = { value: 1 };
    expect(echoSyncFunction(sync)).toEqual({ value: 2 });
    const converter: FfiConverterTypeMembers_ = { value: 5 };
    expect(echoConverterNamed(converter)).toEqual({ value: 5 });
    expect(errorVariant_(1)).toBe(2);
  });

  test('object methods named destroy, isDestroyed and like the class brand; a constructor named name', () => {
    using widget = new Widget(4);
    expect(widget.destroy_()).toBe('method destroy');
    expect(widget.isDestroyed_()).toBe(4);
    expect(widget.uniffiTypeWidget_()).toBe(5);
    expect(widget.isDestroyed).toBe(false);
    using named = Widget.name_(2);
    expect(named.isDestroyed_()).toBe(20);
    expect(Widget.name).toBe('Widget');
  });
});
