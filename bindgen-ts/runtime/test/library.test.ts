import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LibraryLoadError } from '../src/errors';
import { findLibrary, libraryCandidates, libraryFileName } from '../src/library';
import type { LibraryOptions } from '../src/library';
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

describe('library lookup', () => {
  let root: string;
  let packageDir: string;
  const file = libraryFileName('demo_lib');

  function options(searchPaths: readonly string[]): LibraryOptions {
    return {
      transport: { name: 'none', open: () => { throw new Error('not opened in these tests'); } },
      crateName: 'demo_crate',
      libraryName: 'demo_lib',
      pathVariable: 'DEMO_LIBRARY_PATH',
      packageDir,
      searchPaths,
      contractVersion: 30,
      functions: [],
    };
  }

  function touch(path: string): string {
    mkdirSync(resolve(path, '..'), { recursive: true });
    writeFileSync(path, '');
    return path;
  }

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'uniffi-runtime-library-'));
    packageDir = join(root, 'generated', 'pkg');
    mkdirSync(packageDir, { recursive: true });
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  test('candidates follow the search paths, resolved against the package folder', () => {
    const candidates = libraryCandidates(options(['.', '../../target/release', 'native']), {});
    expect(candidates).toEqual([
      join(packageDir, file),
      join(root, 'target', 'release', file),
      join(packageDir, 'native', file),
    ]);
  });

  test('the environment override comes first, resolved to an absolute path', () => {
    const override = join(root, 'custom', 'anything.so');
    expect(libraryCandidates(options(['.', 'lib']), { DEMO_LIBRARY_PATH: override })).toEqual([
      override,
      join(packageDir, file),
      join(packageDir, 'lib', file),
    ]);
    const relative = libraryCandidates(options(['.']), { DEMO_LIBRARY_PATH: 'rel/lib.so' });
    expect(relative[0]).toBe(resolve(process.cwd(), 'rel/lib.so'));
    expect(relative).toHaveLength(2);
  });

  test('an empty or unrelated environment variable is no override', () => {
    const expected = [join(packageDir, file)];
    expect(libraryCandidates(options(['.']), { DEMO_LIBRARY_PATH: '' })).toEqual(expected);
    expect(libraryCandidates(options(['.']), { OTHER_LIBRARY_PATH: '/x/y.so' })).toEqual(expected);
  });

  test('findLibrary returns the first candidate that exists', () => {
    const second = touch(join(packageDir, 'b', file));
    expect(findLibrary(options(['a', 'b', 'c']), {})).toBe(second);
    const first = touch(join(packageDir, 'a', file));
    expect(findLibrary(options(['a', 'b', 'c']), {})).toBe(first);
  });

  test('an existing override wins over the search paths', () => {
    touch(join(packageDir, file));
    const override = touch(join(root, 'elsewhere', 'my.so'));
    expect(findLibrary(options(['.']), { DEMO_LIBRARY_PATH: override })).toBe(override);
  });

  test('a missing override falls through to the search paths', () => {
    const inPackage = touch(join(packageDir, file));
    expect(findLibrary(options(['.']), { DEMO_LIBRARY_PATH: join(root, 'missing.so') })).toBe(inPackage);
  });

  test('nothing found: the error lists every path tried and names the variable', () => {
    const override = join(root, 'nope', 'override.so');
    const searchPaths = ['.', '../../target/release', 'native'];
    const error = expectThrows(
      () => findLibrary(options(searchPaths), { DEMO_LIBRARY_PATH: override }),
      LibraryLoadError,
      "Cannot find the native library 'demo_lib' for demo_crate",
      'DEMO_LIBRARY_PATH',
    );
    expect(error.name).toBe('LibraryLoadError');
    const tried = [override, join(packageDir, file), join(root, 'target', 'release', file), join(packageDir, 'native', file)];
    for (const path of tried) expect(error.message).toContain(`  - ${path}\n`);
    // In lookup order.
    const positions = tried.map((path) => error.message.indexOf(path));
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
  });
});
