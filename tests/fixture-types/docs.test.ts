// Rust doc comments → TSDoc. Reads the generated index.ts of fixture-types (whose docs.rs holds
// the hard cases: comment terminators, code, Markdown, HTML, tag-like prose, long lines,
// non-ASCII, CR/LF, block doc comments) and of fixture-objects (objects and methods), parses it
// with the TypeScript compiler API, and checks the doc attached to each declaration. Also checks
// that a doc containing `*/` does not break the file: it parses, loads and runs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as ts from 'typescript';
import {
  DocumentedEnum,
  DocumentedError,
  blankLinesInDocs,
  codeInDocs,
  commentTerminators,
  indentedCode,
  nonAsciiDocs,
  tagsInProse,
  useDocumented,
} from '../../generated/fixture-types';
import { packageDir } from '../transport';

interface Package {
  readonly text: string;
  readonly source: ts.SourceFile;
}

function load(name: string): Package {
  const text = readFileSync(resolve(packageDir(name), 'src/index.ts'), 'utf8');
  return { text, source: ts.createSourceFile('index.ts', text, ts.ScriptTarget.ES2022, true) };
}

const types = load('fixture-types');
const objects = load('fixture-objects');

// ---- finding declarations and their docs -----------------------------------------------------

function nameOf(node: ts.Node): string | undefined {
  const name = (node as { name?: ts.Node }).name;
  return name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

/** Top-level statements and the statements of `export namespace X { ... }`, with their path. */
function* declarations(pkg: Package): Generator<[string, ts.Node]> {
  for (const statement of pkg.source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) yield [nameOf(d) ?? '?', statement];
      continue;
    }
    const name = nameOf(statement);
    if (name === undefined) continue;
    if (ts.isModuleDeclaration(statement) && statement.body !== undefined && ts.isModuleBlock(statement.body)) {
      for (const inner of statement.body.statements) {
        const innerName = nameOf(inner);
        if (innerName !== undefined) yield [`${name}.${innerName}`, inner];
      }
      continue;
    }
    yield [name, statement];
  }
}

type Kind = 'function' | 'interface' | 'type' | 'class' | 'const';
const KIND_TEST: Record<Kind, (node: ts.Node) => boolean> = {
  function: ts.isFunctionDeclaration,
  interface: ts.isInterfaceDeclaration,
  type: ts.isTypeAliasDeclaration,
  class: ts.isClassDeclaration,
  const: ts.isVariableStatement,
};

function find(pkg: Package, kind: Kind, path: string): ts.Node {
  for (const [name, node] of declarations(pkg)) {
    if (name === path && KIND_TEST[kind](node)) return node;
  }
  throw new Error(`no ${kind} ${path} in the generated file`);
}

/** The members of an interface, a class, or the object literal of `export const X = {...}` (or `= f(...)({...})`). */
function member(container: ts.Node, name: string): ts.Node {
  let members: readonly ts.Node[] = [];
  if (ts.isInterfaceDeclaration(container) || ts.isClassDeclaration(container)) {
    members = container.members;
  } else if (ts.isVariableStatement(container)) {
    let init = container.declarationList.declarations[0]?.initializer;
    // `{...} as const`, and `withDiscriminants(...)({...} as const)` for flat enums.
    while (
      init !== undefined &&
      (ts.isAsExpression(init) || ts.isParenthesizedExpression(init) || ts.isCallExpression(init))
    ) {
      init = ts.isCallExpression(init) ? init.arguments[init.arguments.length - 1] : init.expression;
    }
    if (init !== undefined && ts.isObjectLiteralExpression(init)) members = init.properties;
  }
  const wanted =
    name === 'constructor' ? members.find(ts.isConstructorDeclaration) : members.find((m) => nameOf(m) === name);
  if (wanted === undefined) throw new Error(`no member ${name}`);
  return wanted;
}

/** The raw `/** ... *\/` block attached to `node`, or undefined. */
function rawDoc(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  return docs[docs.length - 1]?.getText();
}

/** The doc as a reader sees it: one entry per line, without the comment's `/**`, `*` and `*\/`. */
function docLines(node: ts.Node): string[] {
  const raw = rawDoc(node);
  if (raw === undefined) throw new Error('no doc comment');
  return raw
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line, i) => (i === 0 ? line.replace(/^ /, '') : line.replace(/^\s*\* ?/, '')).replace(/\s+$/, ''))
    .filter((line, i, all) => !((i === 0 || i === all.length - 1) && line === ''));
}

const doc = (node: ts.Node): string => docLines(node).join('\n');

// ---- tests ---------------------------------------------------------------------------------

describe('the generated file with hostile docs is valid TypeScript', () => {
  test.each(['fixture-types', 'fixture-objects'])('%s parses without a single syntax error', (name) => {
    const { text } = load(name);
    const output = ts.transpileModule(text, {
      reportDiagnostics: true,
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS },
    });
    expect(output.diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  });

  test('each doc block ends where it should: no `*/` inside any doc', () => {
    for (const pkg of [types, objects]) {
      for (const [, node] of declarations(pkg)) {
        const raw = rawDoc(node);
        if (raw === undefined) continue;
        expect(raw.slice(0, -2)).not.toContain('*/');
      }
    }
  });

  test('the functions next to the hostile docs exist and work', () => {
    expect(commentTerminators()).toBe('*/ /* /** */');
    expect(codeInDocs('`${x}` */')).toBe('`${x}` */');
    expect(indentedCode()).toBe(4);
    expect(nonAsciiDocs()).toBe('🦀');
    expect(tagsInProse()).toBe(true);
    expect(blankLinesInDocs()).toBeUndefined();
    expect(useDocumented({ value: 1, other: '*/' }, DocumentedEnum.First)).toEqual({ value: 1, other: '*/' });
    expect(() => useDocumented({ value: 1, other: undefined }, DocumentedEnum.Second)).toThrow(DocumentedError.Failed);
  });

  test('`*/` in docs is escaped as `*\\/`, the rest of the text kept', () => {
    expect(docLines(find(types, 'function', 'commentTerminators'))).toEqual([
      'Closes a comment too early if copied verbatim: *\\/ and opens one again: /* and /** and ends',
      'with a lone *\\/',
    ]);
    expect(doc(find(types, 'function', 'useDocumented'))).toBe('Uses every documented type. *\\/');
  });

  test('the generated file has no CR and keeps non-ASCII text as is', () => {
    expect(types.text).not.toContain('\r');
    expect(docLines(find(types, 'function', 'crlfDocs'))).toEqual([
      'Carriage returns: this doc has CR LF line endings.',
      'Second line.',
      'Third line.',
    ]);
    const nonAscii = doc(find(types, 'function', 'nonAsciiDocs'));
    for (const piece of [
      'café',
      'naïve',
      'Straße',
      'Ελληνικά',
      'Русский',
      '日本語',
      '한국어',
      'עברית',
      'العربية',
      '🦀🚀👩‍💻',
    ]) {
      expect(nonAscii).toContain(piece);
    }
    expect(nonAscii).toContain('[\u2028]');
    expect(nonAscii).toContain('[\u2029]');
  });
});

describe('TSDoc on every kind of item', () => {
  test('functions', () => {
    expect(doc(find(types, 'function', 'greet'))).toBe(
      'Greets `name`: `greeting` (default `"Hello"`), `count` times (default 1), ending with\n' +
        '`punctuation` (default `"!"`), in upper case if `shout` (default false).',
    );
    expect(doc(find(objects, 'function', 'makeGroup'))).toMatch(/^A group of `size` counters \(at least one\)/);
  });

  test('records and their fields', () => {
    const record = find(types, 'interface', 'Documented');
    expect(docLines(record)).toEqual([
      'A record with *\\/ in its doc.',
      '',
      '```text',
      'let r = Documented { value: 1 }; // *\\/',
      '```',
    ]);
    expect(doc(member(record, 'value'))).toBe('A field doc with *\\/ and `code` and émojis 🎉.');
    expect(docLines(member(record, 'other'))).toEqual(['Multi-line field doc:', '- item *\\/', '- item /*']);
  });

  test('record methods', () => {
    expect(doc(member(find(types, 'const', 'Point'), 'distanceTo'))).toBe('Distance to `other`.');
  });

  test('flat enums and their variants', () => {
    expect(doc(find(types, 'type', 'DocumentedEnum'))).toBe('An enum with *\\/ in its doc.');
    const variants = find(types, 'const', 'DocumentedEnum');
    expect(doc(member(variants, 'First'))).toBe('A variant doc with *\\/.');
    expect(docLines(member(variants, 'Second'))).toEqual([
      'A variant doc with a code block:',
      '```text',
      '*\\/',
      '```',
    ]);
  });

  test('enums with fields and their variants', () => {
    expect(doc(find(objects, 'type', 'CounterOrValue'))).toBe(
      'A counter, or a plain value: an enum with an object field.',
    );
    const variants = find(objects, 'const', 'CounterOrValue');
    expect(doc(member(variants, 'Counter'))).toBe('A live counter.');
    expect(doc(member(variants, 'Nothing'))).toBe('Nothing (a unit variant).');
  });

  test('the fields of enum variants keep their docs', () => {
    expect(objects.text).toContain('The counter.');
    expect(objects.text).toContain('The number.');
  });

  test('errors, their variants and the variant fields', () => {
    expect(doc(find(types, 'class', 'DocumentedError'))).toBe('An error with *\\/ in its doc.');
    const failed = find(types, 'class', 'DocumentedError.Failed');
    expect(doc(failed)).toBe('A variant doc with *\\/ and `${x}`.');
    expect(doc(member(failed, 'reason'))).toBe('A field doc with *\\/.');
  });

  test('objects, constructors, static factories and methods', () => {
    const counter = find(objects, 'class', 'Counter');
    expect(doc(counter)).toBe('A labelled 64-bit counter, safe to use from several threads.');
    expect(doc(member(counter, 'constructor'))).toBe(
      'The primary constructor: a counter labelled `"counter"` starting at `initial`.',
    );
    expect(doc(member(counter, 'withLabel'))).toBe(
      'A named constructor with a default argument: `initial` defaults to 0.',
    );
    expect(doc(member(counter, 'newAsync'))).toMatch(/^An async constructor: waits `delayMs` milliseconds/);
    expect(doc(member(counter, 'increment'))).toBe('Adds `by` (default 1, wrapping) and returns the new value.');
    expect(doc(member(counter, 'wait'))).toBe(
      'Waits `ms` milliseconds and returns the value: an async method meant to be cancelled.\n' +
        'Counted in {@link waitStats} (started, then finished or dropped).',
    );
    const session = find(objects, 'class', 'Session');
    expect(doc(session)).toBe('An open session. It has no constructor: get one from {@link openSession}.');
    expect(doc(member(session, 'isOpen'))).toBe('Whether {@link Session.close} has not been called yet.');
  });

  test('trait interfaces and trait methods implemented by an object', () => {
    const shape = find(objects, 'class', 'Shape');
    expect(doc(shape)).toBe('A plane figure implemented in Rust.');
    expect(doc(member(shape, 'scaled'))).toBe(
      'The same shape scaled by `factor`: a trait method returning a trait object.',
    );
    expect(doc(member(find(objects, 'class', 'Tile'), 'area'))).toBe("The tile's area (side squared).");
  });

  test('objects used as errors', () => {
    const error = find(objects, 'class', 'ObjectError');
    expect(doc(error)).toBe('An error object: a code, a message and whether retrying may help.');
    expect(doc(member(error, 'isRetryable'))).toBe('Whether retrying may help (true for even codes).');
  });

  test('every function, record, field, enum, variant, error and object of both crates has TSDoc', () => {
    // Every exported item of the fixtures has a Rust doc. (Custom types: see the next test.)
    const customTypes = new Set(['Url', 'Handle', 'Celsius']);
    const missing: string[] = [];
    for (const pkg of [types, objects]) {
      for (const [name, node] of declarations(pkg)) {
        const exported =
          ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
        if (!exported || customTypes.has(name) || name.startsWith('FfiConverter') || name.startsWith('FfiErrorLifter'))
          continue;
        if (rawDoc(node) === undefined) missing.push(name);
        if (ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node)) {
          for (const m of node.members) {
            // Generated error-variant constructors have no Rust counterpart, hence no doc.
            if (ts.isConstructorDeclaration(m) && name.includes('.')) continue;
            if (ts.isPropertyDeclaration(m) && m.modifiers?.some((x) => x.kind === ts.SyntaxKind.DeclareKeyword))
              continue;
            if (rawDoc(m) === undefined) missing.push(`${name}.${nameOf(m) ?? 'constructor'}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  test('custom types keep their docs', () => {
    expect(doc(find(types, 'type', 'Url'))).toBe(
      'An absolute URL (`scheme://host/...`), carried as a string and checked by Rust.',
    );
    expect(doc(find(types, 'type', 'Handle'))).toMatch(/^An opaque non-negative handle/);
    expect(doc(find(types, 'type', 'Celsius'))).toMatch(/^A temperature in degrees Celsius/);
  });
});

describe('hard doc contents', () => {
  test('code blocks keep their indentation', () => {
    expect(docLines(find(types, 'function', 'indentedCode'))).toEqual([
      'A code block whose indentation must survive (one `#[doc]` attribute with newlines):',
      '',
      '```rust',
      'fn main() {',
      '    if true {',
      '        println!("indented");',
      '    }',
      '}',
      '```',
      '',
      'And a list:',
      '- one',
      '    - nested, indented four spaces',
      '- two',
    ]);
  });

  test('inline code, template syntax and backslashes are kept verbatim', () => {
    const lines = docLines(find(types, 'function', 'codeInDocs'));
    expect(lines[0]).toBe(
      'Inline code `a*\\/b`, `${template}`, a backslash \\ and two \\\\, `` `backticks` inside ``, and',
    );
    expect(lines).toContain('const x = `template ${1 + 1}`; /* not a comment end *\\/');
    expect(lines).toContain('if (x) { console.log("*\\/"); }');
  });

  test('Markdown and HTML are kept verbatim', () => {
    const markdown = doc(find(types, 'function', 'markdownDocs'));
    expect(markdown).toContain('- another, with **bold**, _italic_ and a [link](https://example.com/?a=1&b=2)');
    expect(markdown).toContain('| a table | with |\n|---------|------|\n| cells   | `x`  |');
    expect(markdown).toContain('> a quote');
    expect(markdown).toContain('# A heading');
    expect(doc(find(types, 'function', 'tagsInProse'))).toContain(
      '<script>alert("x")</script>,\n<br/>, &amp; &lt;tag&gt;.',
    );
  });

  test('blank lines: leading and trailing ones dropped, inner ones kept', () => {
    expect(docLines(find(types, 'function', 'blankLinesInDocs'))).toEqual([
      'Leading and trailing empty doc lines, and an empty line in the middle:',
      '',
      '',
      'after two empty lines.',
    ]);
  });

  test('a very long line stays one line', () => {
    const lines = docLines(find(types, 'function', 'veryLongLine'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^A very long line: Lorem ipsum .* \(about 480 characters on one line\)$/);
  });

  // The `@` of prose is escaped (`\@`), so nothing in Rust docs becomes a TSDoc tag.
  test('prose that looks like TSDoc tags is not parsed as tags', () => {
    const node = find(types, 'function', 'tagsInProse');
    expect(ts.getJSDocTags(node).map((t) => t.tagName.text)).toEqual([]);
    expect(ts.getJSDocDeprecatedTag(node)).toBeUndefined();
  });

  test('a block doc comment loses the leading asterisks of its lines', () => {
    expect(docLines(find(types, 'function', 'blockDocComment'))).toEqual([
      'A block doc comment, written with slash-star-star.',
      'Each line starts with an asterisk in the source.',
    ]);
  });
});

describe('Rust intra-doc links', () => {
  test('links to items of the crate become TSDoc links with their TypeScript names; others keep their text', () => {
    expect(doc(find(types, 'function', 'linkedDocs'))).toBe(
      [
        'Links to items of this crate: {@link useDocumented}, {@link Documented.value},',
        '{@link DocumentedEnum.Second}, {@link DocumentedError.Failed}, {@link Documented | the record} and',
        '{@link codeInDocs}. To other crates: `std::sync::Arc` and `Vec`. A URL:',
        '[UniFFI](https://mozilla.github.io/uniffi-rs/). Code: `[not_a_link]`.',
      ].join('\n'),
    );
  });

  // Every `{@link}` of every generated package names a declaration: resolved by the TypeScript
  // checker, as an editor resolves it on hover.
  test.each([
    'fixture-types',
    'fixture-objects',
    'async-ffi',
    'fixture-ext-base',
    'fixture-ext-user',
    'fixture-real-world',
  ])('every {@link} in %s resolves', (name) => {
    const file = resolve(packageDir(name), 'src/index.ts');
    const program = ts.createProgram([file], { strict: true, noEmit: true, types: [] });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(file) as ts.SourceFile;
    const links: Array<[string, boolean]> = [];
    const visit = (node: ts.Node): void => {
      for (const jsdoc of ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc)) {
        const parts = typeof jsdoc.comment === 'string' || jsdoc.comment === undefined ? [] : jsdoc.comment;
        for (const part of parts) {
          if (ts.isJSDocLink(part) && part.name !== undefined) {
            links.push([part.name.getText(), checker.getSymbolAtLocation(part.name) !== undefined]);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(links.filter(([, resolved]) => !resolved).map(([target]) => target)).toEqual([]);
    // The generated cross-references (`{@link Counter}` in factories' docs) and Rust's links.
    expect(links.length).toBeGreaterThan(0);
  });
});
