// The generator as an installed binary: its version, generating outside any cargo workspace,
// where the config comes from, and the platform-package command.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { generator, repoRoot } from '../helpers';

const builtLibrary = resolve(
  repoRoot,
  'target/release',
  process.platform === 'darwin' ? 'libasync_ffi.dylib' : 'libasync_ffi.so',
);

interface Manifest {
  name: string;
  version: string;
  license?: string;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  files?: string[];
  optionalDependencies?: Record<string, string>;
}

let outside: string;
let library: string;

function cli(args: string[], cwd = outside): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(generator, args, { cwd, encoding: 'utf8' });
}

function manifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

beforeAll(() => {
  // A folder outside the workspace, with nothing but the library in it.
  outside = mkdtempSync(join(tmpdir(), 'uniffi-ts-outside-'));
  library = join(outside, basename(builtLibrary));
  copyFileSync(builtLibrary, library);
});

afterAll(() => rmSync(outside, { recursive: true, force: true }));

test('--version prints the generator and its version', () => {
  const result = cli(['--version']);
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^uniffi-bindgen-ts \d+\.\d+\.\d+\n$/);
});

describe('outside a cargo workspace', () => {
  test('generates from the library alone, with the defaults, and says why its config was not read', () => {
    const out = join(outside, 'defaults');
    const result = cli(['generate', library, '--out-dir', out, '--no-compile']);
    expect(result.stderr).toMatch(
      /^note: no cargo workspace here \(.*\): .*pass --manifest-path <its Cargo\.toml> or --config <its uniffi\.toml>/,
    );
    expect(result.status).toBe(0);
    // The crate's uniffi.toml was not read: default search path, no Cargo.toml version.
    expect(manifest(out)).toMatchObject({ name: 'async-ffi', version: '0.0.0' });
    expect(readFileSync(join(out, 'src/ffi.ts'), 'utf8')).toContain("searchPaths: ['.']");
  });

  test('--config applies the crate uniffi.toml; the note says only Cargo.toml went unread', () => {
    const out = join(outside, 'config');
    const result = cli([
      'generate',
      library,
      '--out-dir',
      out,
      '--no-compile',
      '--config',
      resolve(repoRoot, 'crates/async-ffi/uniffi.toml'),
    ]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /the crate's Cargo\.toml was not read, so the package's version and license are uniffi\.toml's or the defaults/,
    );
    expect(result.stderr).not.toContain('uniffi.toml and Cargo.toml were not read');
    expect(readFileSync(join(out, 'src/ffi.ts'), 'utf8')).toContain("searchPaths: ['.', '../../target/release']");
  });

  test('--manifest-path finds the uniffi.toml, version and license through cargo metadata', () => {
    const out = join(outside, 'manifest');
    const result = cli([
      'generate',
      library,
      '--out-dir',
      out,
      '--no-compile',
      '--manifest-path',
      resolve(repoRoot, 'Cargo.toml'),
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(manifest(out)).toMatchObject({ name: 'async-ffi', version: '0.1.0', license: 'MIT' });
    expect(readFileSync(join(out, 'src/ffi.ts'), 'utf8')).toContain("'../../target/release'");
  });

  test('a folder as --manifest-path is an error saying to pass its Cargo.toml', () => {
    const result = cli(['generate', library, '--out-dir', join(outside, 'x'), '--manifest-path', repoRoot]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`--manifest-path ${repoRoot} is a folder: pass the Cargo.toml in it`);
  });

  test('a missing --manifest-path is an error naming it', () => {
    const result = cli([
      'generate',
      library,
      '--out-dir',
      join(outside, 'x'),
      '--manifest-path',
      join(outside, 'Cargo.toml'),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`--manifest-path ${join(outside, 'Cargo.toml')}: no such file`);
  });

  test('compiling without TypeScript in reach says how to install it or skip the compile', () => {
    const result = spawnSync(generator, ['generate', library, '--out-dir', join(outside, 'compiled')], {
      cwd: outside,
      encoding: 'utf8',
      // Node's resolution from outside/ and / finds no typescript package.
      env: { ...process.env, NODE_PATH: '' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /TypeScript is not installed where the package can see it.*npm install in it.*--typescript.*--no-compile/s,
    );
  });

  test('a compile that cannot find @types/node or the transport says what to install first', () => {
    const out = join(outside, 'no-types');
    const result = cli([
      'generate',
      library,
      '--out-dir',
      out,
      '--typescript',
      resolve(repoRoot, 'node_modules/typescript'),
    ]);
    expect(result.status).toBe(1);
    const hint = result.stderr.indexOf('A module or its types is missing: the compile finds @types/node');
    expect(hint).toBeGreaterThan(0);
    expect(hint).toBeLessThan(result.stderr.indexOf('error TS'));
    expect(result.stderr).toContain(
      `or pass --no-compile and build later with \`npm install && npm run build\` in ${out}`,
    );
  });

  test('a compile that fails says so, keeps the sources and says how to build once it is fixed', () => {
    // Inside the repository, so that TypeScript is found; a custom type's TypeScript that does not compile.
    const out = resolve(repoRoot, 'target/packaging-tests/failed-compile');
    rmSync(out, { recursive: true, force: true });
    const config = join(outside, 'broken.toml');
    writeFileSync(
      config,
      '[bindings.typescript.custom_types.Url]\ntype_name = "NoSuchType"\nlift = "{}"\nlower = "{}"\n',
    );
    const fixtureTypes = resolve(
      repoRoot,
      'target/release',
      process.platform === 'darwin' ? 'libfixture_types.dylib' : 'libfixture_types.so',
    );
    const result = cli(['generate', fixtureTypes, '--out-dir', out, '--config', config], repoRoot);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`TypeScript could not compile ${out}`);
    expect(result.stderr).toMatch(/Cannot find name 'NoSuchType'/);
    expect(result.stderr).toContain(
      `The sources are written (src/), dist/ is not: once this is fixed, run \`npm run build\` in ${out}, or generate again.`,
    );
    expect(existsSync(join(out, 'src/index.ts'))).toBe(true);
    expect(existsSync(join(out, 'dist'))).toBe(false);
  });
});

describe('a crate written in UDL (crates/fixtures/udl)', () => {
  const udlLibrary = (): string => {
    const file = process.platform === 'darwin' ? 'libfixture_udl.dylib' : 'libfixture_udl.so';
    const copy = join(outside, file);
    if (!existsSync(copy)) copyFileSync(resolve(repoRoot, 'target/release', file), copy);
    return copy;
  };

  test('outside its workspace: the UDL cannot be found, and the message says why and names --manifest-path', () => {
    const result = cli(['generate', udlLibrary(), '--out-dir', join(outside, 'udl'), '--no-compile']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/holds crate fixture_udl, whose interface is written in UDL \(fixture_udl\.udl\)/);
    expect(result.stderr).toMatch(/there is no cargo workspace here\. Pass --manifest-path/);
    expect(result.stderr).not.toMatch(/truncated|complete cdylib/);
  });

  test('with --manifest-path it generates', () => {
    const out = join(outside, 'udl-manifest');
    const args = [
      'generate',
      udlLibrary(),
      '--out-dir',
      out,
      '--no-compile',
      '--manifest-path',
      resolve(repoRoot, 'Cargo.toml'),
    ];
    const result = cli(args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(join(out, 'src/index.ts'), 'utf8')).toContain('export class TsSprite');
  });
});

describe("uniffi-bindgen-react-native's keys in [bindings.typescript]", () => {
  const config = (body: string): string => {
    const path = join(outside, `ubrn-${Math.random().toString(36).slice(2)}.toml`);
    writeFileSync(path, `[bindings.typescript]\n${body}\n`);
    return path;
  };

  test('are left to it, with a note naming the file (its customTypes: config.rs unit tests)', () => {
    const path = config(
      'package_name = "with-ubrn"\nlogLevel = "debug"\nconsoleImport = "@/hermes"\noptOutInterface = true',
    );
    const out = join(outside, 'ubrn');
    const result = cli(['generate', library, '--out-dir', out, '--no-compile', '--config', path]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      `note: ${path}: [bindings.typescript] has uniffi-bindgen-react-native's logLevel, consoleImport, optOutInterface too: they are ignored`,
    );
    expect(manifest(out).name).toBe('with-ubrn');
  });

  test('a typo of one of ours is still an error, naming the file given with --config', () => {
    const path = config('pakage_name = "typo"');
    const result = cli(['generate', library, '--out-dir', join(outside, 'typo'), '--no-compile', '--config', path]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`invalid [bindings.typescript] in ${path}`);
    expect(result.stderr).toContain('pakage_name');
  });
});

describe('the first generation in a folder of its own, as the README describes it', () => {
  test('--no-compile, npm install && npm run build in the package, then generate compiles by itself', () => {
    const out = join(outside, 'own');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    expect(cli(['generate', library, '--out-dir', out, '--no-compile', '--bundle-library']).status).toBe(0);
    expect(existsSync(join(out, 'dist'))).toBe(false);
    const install = spawnSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: out,
      encoding: 'utf8',
    });
    expect(install.status).toBe(0);
    expect(spawnSync(npm, ['run', 'build'], { cwd: out, encoding: 'utf8' }).status).toBe(0);
    expect(existsSync(join(out, 'dist/index.mjs'))).toBe(true);
    // Now TypeScript, @types/node and the transport are in the package's node_modules.
    const again = cli(['generate', library, '--out-dir', out, '--bundle-library']);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(join(out, 'dist/index.d.ts'));
    const run = spawnSync(process.execPath, ['-e', `console.log(require(${JSON.stringify(out)}).add(40, 2))`], {
      cwd: outside,
      encoding: 'utf8',
    });
    expect(run.stdout).toBe('42\n');
  }, 120_000);
});

describe('platform-package', () => {
  test('writes <name>-<platform>-<arch>[-<abi>] with os, cpu and libc, the library and a README', () => {
    const out = join(outside, 'platform');
    const result = cli([
      'platform-package',
      library,
      '--package',
      resolve(repoRoot, 'generated/async-ffi'),
      '--out-dir',
      out,
    ]);
    expect(result.status).toBe(0);
    const [folder] = readdirSync(out);
    expect(folder).toMatch(new RegExp(`^async-ffi-${process.platform}-${process.arch}`));
    const written = manifest(join(out, folder ?? ''));
    expect(written).toMatchObject({
      name: folder,
      version: '0.1.0',
      license: 'MIT',
      os: [process.platform],
      cpu: [process.arch],
    });
    if (process.platform === 'linux') expect(written.libc).toEqual(['glibc']);
    expect(existsSync(join(out, folder ?? '', basename(builtLibrary)))).toBe(true);
    // The main package lists it as an optional dependency of the same version.
    expect(manifest(resolve(repoRoot, 'generated/async-ffi')).optionalDependencies?.[folder ?? '']).toBe('0.1.0');
  });

  test('--target overrides the platform read from the header; an unknown one lists the known', () => {
    const out = join(outside, 'musl');
    expect(
      cli([
        'platform-package',
        library,
        '--package',
        resolve(repoRoot, 'generated/async-ffi'),
        '--out-dir',
        out,
        '--target',
        'linux-x64-musl',
      ]).status,
    ).toBe(0);
    expect(manifest(join(out, 'async-ffi-linux-x64-musl')).libc).toEqual(['musl']);
    const bad = cli([
      'platform-package',
      library,
      '--package',
      resolve(repoRoot, 'generated/async-ffi'),
      '--out-dir',
      out,
      '--target',
      'linux-sparc',
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/unknown target `linux-sparc` \(known: linux-x64-gnu, .*darwin-arm64/);
  });

  test('a library that is not for the target, or not of the package crate, or not a library, is refused', () => {
    const pkg = resolve(repoRoot, 'generated/async-ffi');
    const wrongTarget = cli([
      'platform-package',
      library,
      '--package',
      pkg,
      '--out-dir',
      join(outside, 'w1'),
      '--target',
      'darwin-arm64',
    ]);
    expect(wrongTarget.status).toBe(1);
    expect(wrongTarget.stderr).toContain('built for linux-x64, not for darwin-arm64');
    const otherCrate = resolve(repoRoot, 'target/release/libfixture_objects.so');
    const wrongCrate = cli(['platform-package', otherCrate, '--package', pkg, '--out-dir', join(outside, 'w2')]);
    expect(wrongCrate.status).toBe(1);
    expect(wrongCrate.stderr).toContain('not one of the crate async_ffi that async-ffi was generated for');
    const text = join(outside, 'notes.so');
    writeFileSync(text, 'not a library');
    const notLibrary = cli([
      'platform-package',
      text,
      '--package',
      pkg,
      '--out-dir',
      join(outside, 'w3'),
      '--target',
      'linux-x64-gnu',
    ]);
    expect(notLibrary.status).toBe(1);
    expect(notLibrary.stderr).toContain('not a shared library');
    for (const dir of ['w1', 'w2', 'w3']) expect(existsSync(join(outside, dir))).toBe(false);
  });

  test('a listed target gets no note; one the package does not list is written, with a note that npm will not install it', () => {
    // Every package of async-ffi lists linux-x64-gnu, so no note.
    const listed = cli([
      'platform-package',
      library,
      '--package',
      resolve(repoRoot, 'generated/async-ffi-koffi'),
      '--out-dir',
      join(outside, 'k'),
    ]);
    expect(listed.status).toBe(0);
    expect(listed.stderr).toBe('');
    // A package that bundles its library lists no platform package at all.
    const bundled = join(outside, 'bundled-pkg');
    expect(cli(['generate', library, '--out-dir', bundled, '--no-compile', '--bundle-library']).status).toBe(0);
    const unlisted = cli(['platform-package', library, '--package', bundled, '--out-dir', join(outside, 'u')]);
    expect(unlisted.status).toBe(0);
    expect(unlisted.stderr).toMatch(
      /^note: async-ffi does not list async-ffi-linux-x64-\w+ in its optionalDependencies .*npm will not install it/,
    );
    expect(readdirSync(join(outside, 'u'))).toHaveLength(1);
  });

  test('a folder that is not a generated package is refused, naming it', () => {
    const result = cli(['platform-package', library, '--package', outside, '--out-dir', join(outside, 'p')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`cannot read ${join(outside, 'package.json')}`);
  });
});
