import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LibraryLoadError } from '../src/errors';
import {
  findLibrary,
  libraryFileName,
  platformPackageName,
  platformTarget,
  prebuildFolder,
} from '../src/library-lookup';
import type { LibraryLocation, ResolvePackage } from '../src/library-lookup';
import { expectThrows } from './helpers';

describe('libraryFileName', () => {
  test.each([
    ['linux', 'libasync_ffi.so'],
    ['darwin', 'libasync_ffi.dylib'],
    ['win32', 'async_ffi.dll'],
    ['freebsd', 'libasync_ffi.so'],
    ['android', 'libasync_ffi.so'],
  ] as const)('%s → %s', (platform, file) => {
    expect(libraryFileName('async_ffi', platform)).toBe(file);
  });

  test('defaults to the current platform', () => {
    expect(libraryFileName('x')).toBe(libraryFileName('x', process.platform));
  });
});

describe('platform names (napi-rs convention)', () => {
  test.each([
    ['linux', 'x64', 'gnu', 'linux-x64-gnu'],
    ['linux', 'arm64', 'musl', 'linux-arm64-musl'],
    ['darwin', 'arm64', 'gnu', 'darwin-arm64'],
    ['darwin', 'x64', 'gnu', 'darwin-x64'],
    ['win32', 'x64', 'gnu', 'win32-x64-msvc'],
    ['freebsd', 'x64', 'gnu', 'freebsd-x64'],
  ] as const)('%s %s (%s) → %s', (platform, arch, libc, target) => {
    expect(platformTarget(platform, arch, () => libc)).toBe(target);
  });

  test('this process has a target, and Linux says which libc', () => {
    const target = platformTarget();
    expect(target.startsWith(`${process.platform}-${process.arch}`)).toBe(true);
    if (process.platform === 'linux') expect(target).toMatch(/-(gnu|musl)$/);
  });

  test('a platform package is named after the package, scope kept', () => {
    expect(platformPackageName('async-ffi', 'linux-x64-gnu')).toBe('async-ffi-linux-x64-gnu');
    expect(platformPackageName('@acme/wallet', 'darwin-arm64')).toBe('@acme/wallet-darwin-arm64');
  });

  test('the prebuild folder is <platform>-<arch>', () => {
    expect(prebuildFolder('linux', 'x64')).toBe(join('prebuilds', 'linux-x64'));
    expect(prebuildFolder('win32', 'arm64')).toBe(join('prebuilds', 'win32-arm64'));
  });
});

describe('library lookup', () => {
  let root: string;
  let packageDir: string;
  let platformDir: string;
  const file = libraryFileName('demo_lib');
  const platformPackage = platformPackageName('demo-pkg');
  /** Resolves only the fake platform package, when `installed`. */
  let installed = false;
  const resolvePackage: ResolvePackage = (request) =>
    installed && request === `${platformPackage}/package.json` ? join(platformDir, 'package.json') : undefined;

  function location(searchPaths: readonly string[], packageDirOverride?: string | null): LibraryLocation {
    return {
      crateName: 'demo_crate',
      libraryName: 'demo_lib',
      pathVariable: 'DEMO_LIBRARY_PATH',
      packageName: 'demo-pkg',
      packageDir: packageDirOverride === null ? undefined : (packageDirOverride ?? packageDir),
      searchPaths,
    };
  }

  function find(searchPaths: readonly string[], env: NodeJS.ProcessEnv = {}): string {
    return findLibrary(location(searchPaths), env, resolvePackage);
  }

  function touch(path: string): string {
    mkdirSync(resolve(path, '..'), { recursive: true });
    writeFileSync(path, '');
    return path;
  }

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'uniffi-runtime-library-'));
    packageDir = join(root, 'generated', 'pkg');
    platformDir = join(root, 'node_modules', platformPackage);
    mkdirSync(packageDir, { recursive: true });
    installed = false;
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  test('search paths are resolved against the package folder, in order', () => {
    const second = touch(join(packageDir, 'b', file));
    expect(find(['a', 'b', 'c'])).toBe(second);
    const first = touch(join(packageDir, 'a', file));
    expect(find(['a', 'b', 'c'])).toBe(first);
    const up = touch(join(root, 'target', 'release', file));
    expect(find(['../../target/release', 'a'])).toBe(up);
  });

  test('the bundled prebuild wins over the search paths', () => {
    touch(join(packageDir, file));
    const prebuild = touch(join(packageDir, prebuildFolder(), file));
    expect(find(['.'])).toBe(prebuild);
  });

  test('the platform package wins over the prebuild', () => {
    touch(join(packageDir, prebuildFolder(), file));
    const fromPackage = touch(join(platformDir, file));
    touch(join(platformDir, 'package.json'));
    installed = true;
    expect(find(['.'])).toBe(fromPackage);
  });

  test('a platform package without the library file is passed over, and said so', () => {
    touch(join(platformDir, 'package.json'));
    installed = true;
    const inPackage = touch(join(packageDir, file));
    expect(find(['.'])).toBe(inPackage);
    rmSync(inPackage);
    expectThrows(() => find(['.']), LibraryLoadError, `no ${file} in the installed ${platformPackage}`);
  });

  test('the environment variable wins over everything, resolved to an absolute path', () => {
    touch(join(packageDir, prebuildFolder(), file));
    const override = touch(join(root, 'elsewhere', 'my.so'));
    expect(find(['.'], { DEMO_LIBRARY_PATH: override })).toBe(override);
    const cwd = process.cwd();
    process.chdir(root);
    try {
      expect(find(['.'], { DEMO_LIBRARY_PATH: 'elsewhere/my.so' })).toBe(override);
    } finally {
      process.chdir(cwd);
    }
  });

  test('a set variable naming no file is an error, not a fall-through', () => {
    touch(join(packageDir, file));
    const missing = join(root, 'missing.so');
    expectThrows(
      () => find(['.'], { DEMO_LIBRARY_PATH: missing }),
      LibraryLoadError,
      'DEMO_LIBRARY_PATH names',
      missing,
      'no file there',
    );
    expectThrows(() => find(['.'], { DEMO_LIBRARY_PATH: root }), LibraryLoadError, 'not a file');
  });

  test('a set but empty variable is an error too', () => {
    touch(join(packageDir, file));
    expectThrows(() => find(['.'], { DEMO_LIBRARY_PATH: '' }), LibraryLoadError, 'DEMO_LIBRARY_PATH is set but empty');
    expectThrows(() => find(['.'], { DEMO_LIBRARY_PATH: '  ' }), LibraryLoadError, 'set but empty');
  });

  test('an unrelated variable changes nothing', () => {
    const inPackage = touch(join(packageDir, file));
    expect(find(['.'], { OTHER_LIBRARY_PATH: '/x/y.so' })).toBe(inPackage);
  });

  test('nothing found: the error lists every place tried, in order, and what to do', () => {
    const error = expectThrows(
      () => find(['.', '../../target/release']),
      LibraryLoadError,
      `Cannot find the native library ${file} of demo_crate for ${platformTarget()}`,
      'DEMO_LIBRARY_PATH',
      `Install ${platformPackage}, or set DEMO_LIBRARY_PATH`,
    );
    expect(error.name).toBe('LibraryLoadError');
    const tried = [
      `the platform package ${platformPackage}: not installed`,
      `${join(packageDir, prebuildFolder(), file)}: no file`,
      `${join(packageDir, file)}: no file`,
      `${join(root, 'target', 'release', file)}: no file`,
    ];
    for (const line of tried) expect(error.message).toContain(`  - ${line}\n`);
    const positions = tried.map((line) => error.message.indexOf(line));
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
  });

  test('without a package folder (an ES module bundle) the folder lookups are skipped, and said so', () => {
    touch(join(packageDir, file));
    expectThrows(
      () => findLibrary(location(['.'], null), {}, resolvePackage),
      LibraryLoadError,
      'the package folder: unknown here',
    );
    const override = touch(join(root, 'lib.so'));
    expect(findLibrary(location(['.'], null), { DEMO_LIBRARY_PATH: override }, resolvePackage)).toBe(override);
  });
});
