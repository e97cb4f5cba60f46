// The generated packages as an app gets them: npm tarballs of the package and of its platform
// package, installed into a temporary folder, used from plain JavaScript (ES module and
// CommonJS) and from TypeScript compiled with tsc under several tsconfigs, run with plain node.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generator, repoRoot } from '../helpers';

const library = resolve(
  repoRoot,
  'target/release',
  process.platform === 'darwin' ? 'libasync_ffi.dylib' : 'libasync_ffi.so',
);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// npm installs from its cache (npm ci filled it); the network only for what is not there.
const installFlags = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
// Nothing of the repository's environment leaks into the apps: no library path variable.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.endsWith('_LIBRARY_PATH')));

let work: string;
const tarballs: Record<string, string> = {};

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = cleanEnv): string {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}:\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

/** `npm pack` of a folder; returns the tarball's path. */
function pack(folder: string): string {
  const name = run(npm, ['pack', folder, '--pack-destination', work, '--silent'], work).trim().split('\n').pop();
  return join(work, name ?? '');
}

function platformTarball(packageName: string): string {
  const out = join(work, 'platform');
  execFileSync(generator, [
    'platform-package',
    library,
    '--package',
    resolve(repoRoot, 'generated', packageName),
    '--out-dir',
    out,
  ]);
  const folder = readdirSync(out).find((name) => name.startsWith(`${packageName}-${process.platform}-`));
  if (folder === undefined) throw new Error(`no platform package of ${packageName} in ${out}`);
  return pack(join(out, folder));
}

function app(name: string, packages: string[]): string {
  const dir = join(work, name);
  cpSync(resolve(repoRoot, 'examples', name), dir, {
    recursive: true,
    filter: (src) => !/node_modules|dist$/.test(src),
  });
  run(npm, ['install', ...installFlags, ...packages], dir);
  return dir;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'uniffi-ts-apps-'));
  for (const name of ['async-ffi', 'async-ffi-koffi']) {
    tarballs[name] = pack(resolve(repoRoot, 'generated', name));
    tarballs[`${name} platform`] = platformTarball(name);
  }
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the tarball', () => {
  test('holds the JavaScript, the .d.ts and the ES module entry, and no TypeScript sources', () => {
    const listing = run('tar', ['-tzf', tarballs['async-ffi'] ?? ''], work).split('\n');
    for (const file of [
      'package.json',
      'README.md',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/index.mjs',
      'dist/index.d.mts',
      'dist/ffi.js',
      'dist/runtime/transport/ffi-rs.js',
    ]) {
      expect(listing).toContain(`package/${file}`);
    }
    expect(listing.filter((f) => f.startsWith('package/src/'))).toEqual([]);
    expect(listing.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  test('its ES module code has no __dirname, and its .d.ts keep the TSDoc', () => {
    const dist = resolve(repoRoot, 'generated/async-ffi/dist');
    expect(readFileSync(join(dist, 'index.mjs'), 'utf8')).not.toContain('__dirname');
    expect(readFileSync(join(dist, 'index.d.ts'), 'utf8')).toContain('/** Why a greeting was refused. */');
  });

  test('the platform package says which platform it is for, and holds the library', () => {
    const listing = run('tar', ['-tzf', tarballs['async-ffi platform'] ?? ''], work);
    expect(listing).toContain(`package/${library.split('/').pop()}`);
    const manifest = JSON.parse(
      run('tar', ['-xzOf', tarballs['async-ffi platform'] ?? '', 'package/package.json'], work),
    ) as {
      os: string[];
      cpu: string[];
    };
    expect(manifest.os).toEqual([process.platform]);
    expect(manifest.cpu).toEqual([process.arch]);
  });
});

describe('a node-api package and its addon, installed from tarballs', () => {
  let dir: string;
  // The app finds the addon through npm alone: not the workspace's build jest names.
  const env = Object.fromEntries(Object.entries(cleanEnv).filter(([name]) => name !== 'UNIFFI_TS_NODE_API_ADDON'));
  beforeAll(() => {
    const script = resolve(repoRoot, 'scripts/node-api-addon-package.js');
    const addonPlatform = run(process.execPath, [script, join(work, 'addon')], work).trim();
    dir = join(work, 'app-node-api');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app-node-api', private: true }));
    run(
      npm,
      [
        'install',
        ...installFlags,
        pack(resolve(repoRoot, 'bindgen-ts/native/node-api/npm')),
        pack(addonPlatform),
        pack(resolve(repoRoot, 'generated/async-ffi-node-api')),
        platformTarball('async-ffi-node-api'),
      ],
      dir,
    );
  }, 180_000);

  test('the addon package names its platform packages, and the one for this machine holds the addon', () => {
    const main = JSON.parse(
      readFileSync(join(dir, 'node_modules/uniffi-bindgen-ts-node-api/package.json'), 'utf8'),
    ) as { optionalDependencies: Record<string, string> };
    expect(Object.keys(main.optionalDependencies)).toEqual(
      expect.arrayContaining(['uniffi-bindgen-ts-node-api-linux-x64-gnu', 'uniffi-bindgen-ts-node-api-darwin-arm64']),
    );
    const installed = readdirSync(join(dir, 'node_modules')).filter((name) =>
      name.startsWith('uniffi-bindgen-ts-node-api-'),
    );
    expect(installed).toHaveLength(1);
    expect(readdirSync(join(dir, 'node_modules', installed[0] ?? ''))).toContain('uniffi-bindgen-ts-node-api.node');
  });

  test('runs with plain node, sync and async, the addon loaded from its platform package', () => {
    const script = `
      const api = require('async-ffi-node-api');
      api.sayHello('node-api').then((greeting) => console.log(greeting.split(' (')[0], api.add(40, 2)));
    `;
    expect(run(process.execPath, ['-e', script], dir, env)).toBe('Hello, node-api! 42\n');
  });

  test('without its platform package, loading says which package to install', () => {
    const platformFolder = readdirSync(join(dir, 'node_modules')).find((name) =>
      name.startsWith('uniffi-bindgen-ts-node-api-'),
    );
    const hidden = join(work, 'hidden-addon');
    cpSync(join(dir, 'node_modules', platformFolder ?? ''), hidden, { recursive: true });
    rmSync(join(dir, 'node_modules', platformFolder ?? ''), { recursive: true });
    try {
      const result = spawnSync(process.execPath, ['-e', "require('async-ffi-node-api').add(1, 2)"], {
        cwd: dir,
        env,
        encoding: 'utf8',
      });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain(`uniffi-bindgen-ts-node-api has no build for`);
      expect(result.stderr).toContain(platformFolder);
    } finally {
      cpSync(hidden, join(dir, 'node_modules', platformFolder ?? ''), { recursive: true });
    }
  });
});

describe('examples/app-js: plain JavaScript, koffi build', () => {
  let dir: string;
  beforeAll(() => {
    dir = app('app-js', [tarballs['async-ffi-koffi'] ?? '', tarballs['async-ffi-koffi platform'] ?? '']);
  }, 180_000);

  test('an ES module app runs with plain node, the library found in the platform package', () => {
    expect(run(process.execPath, ['index.js'], dir).split('\n')).toEqual([
      expect.stringMatching(/^greeting: Hello, app-js! \(from Rust thread /),
      'sum: 42',
      'profile: Ada is Calm',
      'refused: EmptyName',
      '',
    ]);
  });

  test('CommonJS require gets the same package', () => {
    expect(run(process.execPath, ['require.cjs'], dir)).toMatch(
      /^require: Hello, app-js \(CommonJS\)! .*\nrequire: GreetingError is function\n$/,
    );
  });

  test('an environment variable naming no file is an error that says so, not a fall-back', () => {
    const missing = join(work, 'no-such-library.so');
    const result = spawnSync(process.execPath, ['index.js'], {
      cwd: dir,
      env: { ...cleanEnv, ASYNC_FFI_LIBRARY_PATH: missing },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`ASYNC_FFI_LIBRARY_PATH names ${missing}, but there is no file there`);
    const empty = spawnSync(process.execPath, ['index.js'], {
      cwd: dir,
      env: { ...cleanEnv, ASYNC_FFI_LIBRARY_PATH: '' },
      encoding: 'utf8',
    });
    expect(empty.stderr).toContain('ASYNC_FFI_LIBRARY_PATH is set but empty');
  });
});

describe('examples/app-ts: TypeScript (nodenext) compiled with tsc, ffi-rs build', () => {
  let dir: string;
  beforeAll(() => {
    dir = app('app-ts', [tarballs['async-ffi'] ?? '', tarballs['async-ffi platform'] ?? '']);
    run(process.execPath, [join(dir, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], dir);
  }, 180_000);

  test('compiles with tsc and runs with plain node', () => {
    expect(run(process.execPath, ['dist/main.js'], dir).split('\n')).toEqual([
      expect.stringMatching(/^greeting: Hello, app-ts! \(from Rust thread /),
      'profile: Grace is Happy',
      'cancel: AbortError',
      'refused: EmptyName',
      '',
    ]);
  });

  // The app's tsconfig does not matter: each of these type-checks the same import, with no
  // skipLibCheck, so the package's .d.ts files are checked too.
  const probe = `
    import { GreetingError, sayHello, Mood } from 'async-ffi';
    import type { Profile } from 'async-ffi';
    export async function probe(p: Profile): Promise<string> {
      try { return (await sayHello(p.name)) + String(Mood.Calm); }
      catch (e) { if (e instanceof GreetingError) return e.tag; throw e; }
    }
  `;
  test.each([
    ['node16 (CommonJS app)', { module: 'node16', moduleResolution: 'node16' }, 'commonjs'],
    ['node16 (ES module app)', { module: 'node16', moduleResolution: 'node16' }, 'module'],
    ['nodenext', { module: 'nodenext', moduleResolution: 'nodenext' }, 'module'],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, 'module'],
    ['commonjs + node10', { module: 'commonjs', moduleResolution: 'node10' }, 'commonjs'],
    ['lib ES2020', { module: 'nodenext', moduleResolution: 'nodenext', lib: ['ES2020'], target: 'ES2020' }, 'module'],
    [
      'verbatimModuleSyntax + isolatedModules',
      { module: 'nodenext', verbatimModuleSyntax: true, isolatedModules: true },
      'module',
    ],
    ['erasableSyntaxOnly', { module: 'nodenext', erasableSyntaxOnly: true }, 'module'],
  ] as const)('type-checks under %s', (name, options, type) => {
    const probeDir = join(dir, `probe-${name.replace(/\W+/g, '-')}`);
    mkdirSync(probeDir, { recursive: true });
    writeFileSync(join(probeDir, 'package.json'), JSON.stringify({ type }));
    writeFileSync(join(probeDir, 'probe.ts'), probe);
    writeFileSync(
      join(probeDir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, types: ['node'], target: 'ES2022', ...options },
        files: ['probe.ts'],
      }),
    );
    const result = spawnSync(
      process.execPath,
      [join(dir, 'node_modules/typescript/bin/tsc'), '-p', probeDir, '--pretty', 'false'],
      {
        cwd: probeDir,
        encoding: 'utf8',
      },
    );
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('a package with its library bundled (prebuilds/)', () => {
  test('runs from its tarball alone, with no platform package', () => {
    // Inside the repository, so that the compile finds TypeScript, @types/node and ffi-rs.
    const packageDir = resolve(repoRoot, 'target/packaging-tests/bundled');
    rmSync(packageDir, { recursive: true, force: true });
    execFileSync(
      generator,
      [
        'generate',
        library,
        '--out-dir',
        packageDir,
        '--bundle-library',
        '--config',
        resolve(repoRoot, 'crates/async-ffi/uniffi.toml'),
      ],
      {
        cwd: repoRoot,
      },
    );
    expect(readdirSync(join(packageDir, 'prebuilds'))).toEqual([`${process.platform}-${process.arch}`]);
    // It carries its library, so it lists no platform package that could take its place.
    expect(JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))).not.toHaveProperty(
      'optionalDependencies',
    );
    const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
    expect(readme).toContain('The native library ships in this package (`prebuilds/<platform>-<arch>/`).');
    expect(readme).not.toContain('platform package, which npm installs');
    const tarball = pack(packageDir);
    const dir = join(work, 'bundled-app');
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bundled-app', private: true, type: 'module' }));
    run(npm, ['install', ...installFlags, tarball], dir);
    writeFileSync(join(dir, 'main.js'), "import { add } from 'async-ffi';\nconsole.log(add(40, 2));\n");
    expect(run(process.execPath, ['main.js'], dir)).toBe('42\n');
  }, 180_000);
});
