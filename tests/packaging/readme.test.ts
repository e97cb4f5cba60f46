// Each generated package has a README for npm: what it is, how to install and use it, every
// export with the first sentence of its Rust doc, and where the native library is looked up.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../helpers';

function read(name: string): { readme: string; manifest: Record<string, unknown>; index: string } {
  const dir = resolve(repoRoot, 'generated', name);
  return {
    readme: readFileSync(resolve(dir, 'README.md'), 'utf8'),
    manifest: JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) as Record<string, unknown>,
    index: readFileSync(resolve(dir, 'src/index.ts'), 'utf8'),
  };
}

describe.each(['fixture-objects', 'async-ffi-koffi', 'fixture-types'])('the README of %s', (name) => {
  const { readme, manifest, index } = read(name);
  const uniffi = manifest.uniffi as Record<string, string>;

  test('names the package, its crate and how to install it', () => {
    expect(readme.startsWith(`# ${name}\n`)).toBe(true);
    expect(readme).toContain(`TypeScript bindings for the \`${uniffi.crate}\` Rust crate`);
    expect(readme).toContain(`npm install ${name}\n`);
    for (const platform of Object.keys((manifest.optionalDependencies as Record<string, string> | undefined) ?? {})) {
      expect(readme).toContain(`\`${platform}\``);
    }
  });

  test('lists every exported function and class', () => {
    const functions = [...index.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1] as string);
    const classes = [...index.matchAll(/^export class (\w+) extends Uniffi(?:Error)?Object\b/gm)].map(
      (m) => m[1] as string,
    );
    expect(functions.length).toBeGreaterThan(3);
    for (const f of functions) expect(readme).toContain(`- function \`${f}(`);
    for (const c of classes) expect(readme).toMatch(new RegExp(`- class \`(new )?${c}\\b`));
  });

  test('says where the native library is looked up, the environment variable first', () => {
    expect(readme).toContain(`\`${uniffi.libraryPathVariable}\` environment variable`);
    expect(readme).toContain(`(${uniffi.transport} transport)`);
  });

  test('has no comment escapes (the README is Markdown, not a comment)', () => {
    expect(readme).not.toContain('*\\/');
    expect(readme).not.toContain('\\@');
  });
});

test('TSDoc links of the docs become code, and prose that looks like tags is kept', () => {
  expect(read('fixture-objects').readme).toContain(
    '- function `waitStats(): WaitStats`: Counters of `Counter.wait`, to check that cancellation reaches Rust and drops the future.',
  );
  expect(read('fixture-types').readme).toContain(
    '@deprecated not really, @internal no, {@link Nowhere}, @example none.',
  );
});
