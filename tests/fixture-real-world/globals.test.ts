// The naming rules for globals and inherited members (README, Names;
// bindgen-ts/src/model/names.rs), against crates/fixtures/real-world/src/names.rs:
// - bindings (types, functions, parameters) never take a global of a TypeScript module on
//   Node.js (bindgen-ts/src/model/globals.txt): `EvalError` is `EvalError_`, `fetch` is `fetch_`;
// - members never take what their container already has: an error object's `message()` is
//   `message_()`, an object's `valueOf()` is `valueOf_()`, a static `toString` is `toString_`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  Boolean_,
  EvalError_,
  Failure,
  Loader,
  Members,
  ParseError,
  Promise_,
  Widget,
  evaluate,
  fail,
  failAsync,
  fetch_,
  parseCode,
  setTimeout_,
} from '../../generated/fixture-real-world';
import type { Request_ } from '../../generated/fixture-real-world';
import { packageDir } from '../transport';
import { caught, repoRoot } from '../helpers';

/** The names of bindgen-ts/src/model/globals.txt. */
const listed = new Set(
  readFileSync(resolve(repoRoot, 'bindgen-ts/src/model/globals.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#')),
);

describe('the list of globals (globals.txt)', () => {
  test('holds every global of the Node.js running the tests', () => {
    // A script file, not `node -e` (which adds the built-in modules as globals).
    const dir = mkdtempSync(join(tmpdir(), 'uniffi-ts-globals-'));
    try {
      const script = join(dir, 'globals.js');
      writeFileSync(script, 'process.stdout.write(JSON.stringify(Object.getOwnPropertyNames(globalThis)));');
      const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
      expect(result.status).toBe(0);
      const globals = (JSON.parse(result.stdout) as string[]).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
      expect(globals.length).toBeGreaterThan(100);
      expect(globals.filter((name) => !listed.has(name))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("holds every global that TypeScript's ES libraries declare (values and types)", () => {
    const libDir = resolve(require.resolve('typescript', { paths: [repoRoot] }), '..');
    const libs = readdirSync(libDir).filter(
      (file) => /^lib\.(es\d+|esnext|es5|decorators)[\w.]*\.d\.ts$/.test(file) && !file.includes('.full.'),
    );
    expect(libs).toContain('lib.es5.d.ts');
    const declared = new Set<string>();
    for (const file of libs) {
      const text = readFileSync(join(libDir, file), 'utf8');
      for (const match of text.matchAll(
        /^(?:declare )?(?:type|interface|var|function|namespace|class|const|let) ([A-Za-z_$][\w$]*)/gm,
      )) {
        declared.add(match[1] as string);
      }
    }
    expect(declared.size).toBeGreaterThan(150);
    expect([...declared].filter((name) => !listed.has(name))).toEqual([]);
  });

  test('no generated package exports a global', () => {
    const exported: string[] = [];
    for (const name of readdirSync(resolve(repoRoot, 'generated'))) {
      const candidates = [
        join(repoRoot, 'generated', name, 'index.ts'),
        join(repoRoot, 'generated', name, 'src', 'index.ts'),
      ];
      for (const file of candidates) {
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch {
          continue;
        }
        for (const match of text.matchAll(
          /^export (?:declare )?(?:class|interface|type|const|function|namespace|enum) ([A-Za-z_$][\w$]*)/gm,
        )) {
          exported.push(match[1] as string);
        }
      }
    }
    expect(exported.length).toBeGreaterThan(300);
    expect(exported.filter((name) => listed.has(name))).toEqual([]);
  });
});

describe('bindings named like globals get a `_` suffix', () => {
  test('an error enum named EvalError is EvalError_, and the global EvalError is untouched', () => {
    const error = caught(() => evaluate('sym'));
    expect(error).toBeInstanceOf(EvalError_);
    expect(error).toBeInstanceOf(EvalError_.Symbol);
    expect(error).not.toBeInstanceOf(EvalError);
    expect(error).toMatchObject({ tag: 'Symbol', description: 'sym' });
    expect(() => evaluate(undefined)).toThrow(EvalError_.Syntax);
    expect(new EvalError('global')).toBeInstanceOf(Error);
  });

  test('records, enums and functions named like globals', () => {
    const request: Request_ = { url: 'https://example.com' };
    expect(fetch_(request, Boolean_.Done)).toEqual(Promise_.Resolved({ value: 'https://example.com' }));
    expect(fetch_(request, 'More')).toEqual({ tag: 'Pending' });
    expect(typeof fetch).toBe('function'); // the global, still there
  });

  test('parameters named like globals and like the generated `options`', () => {
    expect(setTimeout_(1, 'p', true, 2)).toBe('1 p true 2');
    const source = [
      join(packageDir('fixture-real-world'), 'index.ts'),
      join(packageDir('fixture-real-world'), 'src', 'index.ts'),
    ]
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('');
    expect(source).toMatch(
      /export function setTimeout_\(\s*undefined_: number,\s*process_: string,\s*globalThis_: boolean,\s*options_: number,?\s*\): string/,
    );
  });
});

describe('members named like what their container already has get a `_` suffix', () => {
  test('an error variant named like its error, a field named like its method', () => {
    const error = caught(() => parseCode(4));
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toBeInstanceOf(ParseError.ParseError_);
    const e = error as ParseError.ParseError_;
    expect(e.tag).toBe('ParseError');
    expect(e.code_).toBe(4);
    expect(e.code()).toBe(40);
    expect(e.equals_).toBe(true);
  });

  test("an error object's methods named like members of Error: message_(), name_(), stack_(), cause_()", () => {
    const error = caught(() => fail(7));
    expect(error).toBeInstanceOf(Failure);
    const e = error as Failure;
    expect(e.message).toBe('failure 7');
    expect(e.name).toBe('Failure');
    expect(e.stack).toContain('failure 7');
    expect(e.message_()).toBe('method message 7');
    expect(e.name_()).toBe('method name');
    expect(e.stack_()).toBe('method stack');
    expect(e.cause_()).toBe(7);
    expect(e.valueOf_()).toBe(8);
    e.destroy();
  });

  test('a named constructor of an error object called captureStackTrace is captureStackTrace_', () => {
    const made = Failure.captureStackTrace_(3);
    expect(made).toBeInstanceOf(Failure);
    expect(made.cause_()).toBe(3);
    expect(typeof Error.captureStackTrace).toBe('function');
    made.destroy();
  });

  test("an object's methods and named constructors named like members of every object and class", () => {
    const widget = new Widget(5);
    expect(widget.valueOf_()).toBe(10);
    expect(widget.hasOwnProperty_('value')).toBe(true);
    expect(widget.toLocaleString_()).toBe('widget 5');
    expect(Widget.call_(1).isDestroyed_()).toBe(101);
    expect(Widget.toString_(1).isDestroyed_()).toBe(201);
    expect(Widget.toString()).toMatch(/^class Widget/);
    widget.destroy();
  });

  test('a named constructor `create` next to an async primary constructor is create_', async () => {
    const loaded = await Loader.create('a');
    expect(loaded.source()).toBe('a');
    expect(Loader.create_('b').source()).toBe('sync b');
  });

  test('a record method named valueOf, with a parameter that becomes `self`', () => {
    const members = {
      tag: 't',
      inner: 2,
      message: 'm',
      name: 'n',
      cause: 'c',
      constructor: 'k',
      toString: 's',
      valueOf: 1,
      hasOwnProperty: false,
    };
    expect(Members.valueOf_(members, 3)).toBe(5);
  });
});

test('async errors keep the rules', async () => {
  await expect(failAsync(2)).rejects.toThrow(Failure);
});
