// What each transport accepts at generation time, and what a package of each depends on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generator, repoRoot } from '../helpers';

const plainLibrary = resolve(
  repoRoot,
  'target/fixture-plain',
  process.platform === 'darwin' ? 'libfixture_plain.dylib' : 'libfixture_plain.so',
);

function generate(...args: string[]): ReturnType<typeof spawnSync> & { stderr: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'uniffi-ts-gen-'));
  // Sources only: compiling is covered by the packages under generated/ and tests/packaging.
  return spawnSync(generator, ['generate', ...args, '--out-dir', outDir, '--no-compile'], {
    cwd: repoRoot,
    encoding: 'utf8',
  }) as ReturnType<typeof spawnSync> & { stderr: string };
}

describe('a crate without the FFI-buffer scaffolding', () => {
  test('the ffi-rs transport refuses it, naming the crate, the feature and the node-api and koffi ways out', () => {
    const result = generate(plainLibrary, '--transport', 'ffi-rs');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('crate fixture_plain');
    expect(result.stderr).toContain('scaffolding-ffi-buffer-fns');
    expect(result.stderr).toContain('--transport node-api');
    expect(result.stderr).toContain('--transport koffi');
    expect(result.stderr).toContain('transport = "node-api"');
  });

  test('the koffi transport accepts it', () => {
    expect(generate(plainLibrary, '--transport', 'koffi').status).toBe(0);
  });
});

describe('the CLI on files that are not usable libraries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uniffi-ts-cli-'));

  test('a file that is not a library: says what the file is not, and what to pass', () => {
    const file = join(dir, 'notes.so');
    writeFileSync(file, 'just text');
    const result = generate(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/notes\.so is not a shared library \(no ELF, Mach-O or PE header\): pass the cdylib/);
    expect(result.stderr).not.toMatch(/Stack backtrace|Malformed entity/);
  });

  test('a truncated library: says so, and to rebuild', () => {
    const file = join(dir, 'truncated.so');
    writeFileSync(file, readFileSync(plainLibrary).subarray(0, 200_000));
    const result = generate(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /cannot read the UniFFI metadata of .*truncated\.so \(200000 bytes\).*truncated file/,
    );
  });

  test('a closed output pipe (`| head`) is not an error', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'uniffi-ts-gen-'));
    const result = spawnSync(
      'bash',
      [
        '-o',
        'pipefail',
        '-c',
        `"${generator}" generate "${plainLibrary}" --out-dir "${outDir}" --no-compile | head -1`,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stdout).toMatch(/^wrote /);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('a crate whose Rust calls TypeScript', () => {
  const callbacksLibrary = resolve(
    repoRoot,
    'target/release',
    process.platform === 'darwin' ? 'libfixture_callbacks.dylib' : 'libfixture_callbacks.so',
  );

  test('the ffi-rs transport refuses it, naming every item, the crate and the node-api and koffi ways out', () => {
    const result = generate(callbacksLibrary, '--transport', 'ffi-rs');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('crate fixture_callbacks');
    for (const item of [
      'callback interface Logger',
      'callback interface Transformer',
      'trait Store',
      'trait Counter',
      'trait Fetcher',
    ]) {
      expect(result.stderr).toContain(item);
    }
    expect(result.stderr).toContain('--transport node-api');
    expect(result.stderr).toContain('--transport koffi');
  });

  test.each(['koffi', 'node-api'])('the %s transport accepts it', (transport) => {
    expect(generate(callbacksLibrary, '--transport', transport).status).toBe(0);
  });
});

describe('a generated package ships one backend and depends on exactly its npm package', () => {
  test.each([
    ['async-ffi', 'ffi-rs', { 'ffi-rs': '1.3.7' }],
    ['async-ffi-koffi', 'koffi', { koffi: '3.3.4' }],
    ['fixture-plain-koffi', 'koffi', { koffi: '3.3.4' }],
    ['fixture-callbacks-koffi', 'koffi', { koffi: '3.3.4' }],
    ['async-ffi-node-api', 'node-api', { 'uniffi-bindgen-ts-node-api': '0.1.0' }],
    ['fixture-plain-node-api', 'node-api', { 'uniffi-bindgen-ts-node-api': '0.1.0' }],
    ['fixture-callbacks-node-api', 'node-api', { 'uniffi-bindgen-ts-node-api': '0.1.0' }],
  ] as const)('%s → %s', (name, transport, dependencies) => {
    const dir = resolve(repoRoot, 'generated', name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      uniffi: { transport: string };
    };
    expect(manifest.dependencies).toEqual(dependencies);
    expect(manifest.uniffi.transport).toBe(transport);
    const shipped = readdirSync(join(dir, 'src/runtime/transport'), { withFileTypes: true });
    // A backend may have a folder of its own (koffi's C types, node-api's slot area and
    // dispatcher): shipped only with its packages.
    expect(shipped.filter((entry) => entry.isDirectory()).map((entry) => entry.name)).toEqual(
      transport === 'ffi-rs' ? [] : [transport],
    );
    expect(
      shipped
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
        .sort(),
    ).toEqual(['arena.ts', 'backend.ts', 'buffer-pool.ts', 'c-abi.ts', `${transport}.ts`, 'native.ts'].sort());
    // Nothing outside the backend imports an FFI library.
    const files = [
      'index.ts',
      'ffi.ts',
      ...readdirSync(join(dir, 'src/runtime'))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `runtime/${f}`),
    ].map((f) => `src/${f}`);
    for (const file of files) {
      expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(/from '(ffi-rs|koffi)'/);
    }
    // The backend reaches its native library: the npm package itself, or (node-api) the addon
    // package it loads at the first call.
    const backend = readFileSync(
      join(
        dir,
        transport === 'node-api' ? 'src/runtime/transport/node-api/addon.ts' : `src/runtime/transport/${transport}.ts`,
      ),
      'utf8',
    );
    if (transport === 'node-api') expect(backend).toContain("'uniffi-bindgen-ts-node-api'");
    else expect(backend).toMatch(new RegExp(`from '${transport}'`));
  });
});

describe('`exclude` in uniffi.toml', () => {
  const realWorldLibrary = resolve(
    repoRoot,
    'target/release',
    process.platform === 'darwin' ? 'libfixture_real_world.dylib' : 'libfixture_real_world.so',
  );

  function withExclude(exclude: string[]): string {
    const config = join(mkdtempSync(join(tmpdir(), 'uniffi-ts-exclude-')), 'uniffi.toml');
    writeFileSync(config, `[bindings.typescript]\nexclude = ${JSON.stringify(exclude)}\n`);
    return config;
  }

  test('a type that kept items still use is refused, naming the type and each item using it', () => {
    const result = generate(realWorldLibrary, '--config', withExclude(['RecWithDefault']));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'RecWithDefault is excluded (`exclude` in [bindings.typescript]) but is still used by',
    );
    expect(result.stderr).toContain('record AllDefaults (field nested)');
    expect(result.stderr).toContain('function rust_rec_with_default (result)');
    expect(result.stderr).toContain('Exclude those items too, or keep the type');
  });

  test('a type excluded with every item using it is left out', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'uniffi-ts-gen-'));
    const config = withExclude(['FfiConverterTypeMembers', 'echo_converter_named']);
    const result = spawnSync(
      generator,
      ['generate', realWorldLibrary, '--config', config, '--out-dir', outDir, '--no-compile'],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // (index.ts at the package's root, or in its source folder)
    const indexFile = [join(outDir, 'src', 'index.ts'), join(outDir, 'index.ts')].find((file) => existsSync(file));
    expect(indexFile).toBeDefined();
    const index = readFileSync(indexFile ?? '', 'utf8');
    expect(index).not.toContain('FfiConverterTypeMembers_');
    expect(index).not.toContain('echoConverterNamed');
    expect(index).toContain('export function echoSyncFunction(');
  });
});
