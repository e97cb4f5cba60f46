// Finding the library, and refusing one that does not match the bindings.
import { copyFileSync, mkdtempSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { library, ffiFunctions } from '../../generated/async-ffi/dist/ffi';
import { LibraryLoadError, UniffiLibrary } from '../../generated/async-ffi/dist/runtime';
import type { LibraryOptions } from '../../generated/async-ffi/dist/runtime';

const releaseDir = resolve(__dirname, '../../target/release');

function options(overrides: Partial<LibraryOptions>): LibraryOptions {
  return {
    transport: library.transport,
    crateName: 'async_ffi',
    libraryName: 'async_ffi',
    pathVariable: 'ASYNC_FFI_TEST_LIBRARY_PATH',
    packageDir: releaseDir,
    searchPaths: ['.'],
    contractVersion: 30,
    functions: Object.values(ffiFunctions),
    ...overrides,
  };
}

describe('the generated package', () => {
  test('finds the library relative to the package and checks it on first use', () => {
    expect(library.path).toBe(join(releaseDir, 'libasync_ffi.so'));
  });
});

describe('library lookup', () => {
  test('a missing library is a LibraryLoadError listing every path tried', () => {
    const empty = mkdtempSync(join(tmpdir(), 'uniffi-ts-'));
    const lib = new UniffiLibrary(options({ packageDir: empty, searchPaths: ['.', 'native'] }));
    let error: unknown;
    try {
      void lib.native;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LibraryLoadError);
    const message = (error as Error).message;
    expect(message).toContain(join(empty, 'libasync_ffi.so'));
    expect(message).toContain(join(empty, 'native', 'libasync_ffi.so'));
    expect(message).toContain('ASYNC_FFI_TEST_LIBRARY_PATH');
  });

  test('the environment variable overrides the search paths', () => {
    const empty = mkdtempSync(join(tmpdir(), 'uniffi-ts-'));
    process.env.ASYNC_FFI_TEST_LIBRARY_PATH = join(releaseDir, 'libasync_ffi.so');
    try {
      const lib = new UniffiLibrary(options({ packageDir: empty }));
      expect(lib.path).toBe(join(releaseDir, 'libasync_ffi.so'));
    } finally {
      delete process.env.ASYNC_FFI_TEST_LIBRARY_PATH;
    }
  });
});

describe('a damaged library file', () => {
  test('a truncated copy is a LibraryLoadError naming the file, not a crash at the first call', () => {
    const dir = mkdtempSync(join(tmpdir(), 'uniffi-ts-'));
    const copy = join(dir, 'libasync_ffi.so');
    copyFileSync(library.path, copy);
    truncateSync(copy, Math.floor(statSync(copy).size * 0.6));
    const lib = new UniffiLibrary(options({ packageDir: dir, searchPaths: ['.'] }));
    let error: unknown;
    try {
      void lib.native;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LibraryLoadError);
    expect((error as Error).message).toContain(copy);
    expect((error as Error).message).toMatch(/truncated/);
  });
});

describe('integrity checks', () => {
  test('a contract version mismatch names the library, both versions, and says to rebuild', () => {
    const lib = new UniffiLibrary(options({ contractVersion: 29 }));
    expect(() => lib.native).toThrow(LibraryLoadError);
    expect(() => lib.native).toThrow(
      /contract version mismatch for async_ffi: the bindings expect 29, the library has 30\. Install the package and its platform package at the same version, or rebuild the library and regenerate the bindings/,
    );
  });

  test('a checksum mismatch names the function, both checksums, and says to rebuild', () => {
    const declaration = ffiFunctions.sayHello;
    const wrong = (declaration.checksum[1] + 1) % 65536;
    const lib = new UniffiLibrary(
      options({ functions: [{ ...declaration, checksum: [declaration.checksum[0], wrong] }] }),
    );
    expect(() => lib.native).toThrow(
      new RegExp(
        `checksum mismatch for say_hello .*the bindings expect ${wrong}, the library has ${declaration.checksum[1]}.*or rebuild the library and regenerate the bindings`,
      ),
    );
  });

  test('a missing checksum symbol is reported, not a crash', () => {
    const declaration = ffiFunctions.sayHello;
    const lib = new UniffiLibrary(
      options({ functions: [{ ...declaration, checksum: ['uniffi_async_ffi_checksum_func_nope', 1] }] }),
    );
    expect(() => lib.native).toThrow(/cannot call uniffi_async_ffi_checksum_func_nope/);
  });
});
