/**
 * Finding the cdylib of a generated package. First hit wins:
 * 1. the environment variable the package names (e.g. `ASYNC_FFI_LIBRARY_PATH`): a file path.
 *    Once set, it is the only place looked at: a set variable that names no file (or is empty)
 *    is an error, never a silent fallback to another library;
 * 2. the platform package, napi-rs style: `<package>-<platform>-<arch>[-<abi>]` (for example
 *    `async-ffi-linux-x64-gnu`), an optional dependency found with `require.resolve`;
 * 3. the prebuild bundled in the package: `prebuilds/<platform>-<arch>/<file>`;
 * 4. the package's `library_search_paths` from uniffi.toml, relative to the package folder.
 * Nothing found: a LibraryLoadError listing every place tried.
 */
import { LibraryLoadError } from './errors';
import { arch, environment, exists, isFile, paths, platform, resolveModule, runsOnGlibc } from './host';

const { dirname, join, resolve } = paths;

/** What the lookup needs to know about a package. */
export interface LibraryLocation {
  /** The crate's name as in its symbols, e.g. `async_ffi` (for messages). */
  readonly crateName: string;
  /** The cdylib's name without prefix or extension, e.g. `async_ffi`. */
  readonly libraryName: string;
  /** The environment variable that overrides the lookup with a path to the library file. */
  readonly pathVariable: string;
  /** The npm name of the package; its platform packages are named after it. */
  readonly packageName?: string;
  /**
   * The folder of the generated package (where its package.json is), or undefined when the code
   * runs where no folder is known (bundled into an ES module, where `__dirname` does not exist):
   * then only the environment variable and the platform package are looked at.
   */
  readonly packageDir: string | undefined;
  /** Folders to search, relative to `packageDir`, in order. */
  readonly searchPaths: readonly string[];
}

/**
 * The package folder of generated code in `codeDir` (its `src/` or `dist/`, one level down), or
 * undefined when no folder is known (bundled into an ES module, there is no `__dirname`).
 */
export function packageFolder(codeDir: string | undefined): string | undefined {
  return codeDir === undefined ? undefined : join(codeDir, '..');
}

/** The platform's file name for a cdylib called `name`. */
export function libraryFileName(name: string, os: string = platform): string {
  switch (os) {
    case 'win32':
      return `${name}.dll`;
    case 'darwin':
      return `lib${name}.dylib`;
    default:
      return `lib${name}.so`;
  }
}

/** Which C library a Linux process runs on: glibc (`gnu`) or musl. */
export function linuxLibc(): 'gnu' | 'musl' {
  return runsOnGlibc() ? 'gnu' : 'musl';
}

/**
 * The platform-package suffix of napi-rs's convention: `linux-x64-gnu`, `linux-arm64-musl`,
 * `darwin-arm64`, `win32-x64-msvc`, ...
 */
export function platformTarget(
  os: string = platform,
  cpu: string = arch,
  libc: () => 'gnu' | 'musl' = linuxLibc,
): string {
  switch (os) {
    case 'linux':
      return `linux-${cpu}-${libc()}`;
    case 'win32':
      return `win32-${cpu}-msvc`;
    default:
      return `${os}-${cpu}`;
  }
}

/** The npm name of a package's platform package: `@scope/pkg` → `@scope/pkg-linux-x64-gnu`. */
export function platformPackageName(packageName: string, target: string = platformTarget()): string {
  return `${packageName}-${target}`;
}

/** The folder of a bundled prebuild, relative to the package: `prebuilds/linux-x64`. */
export function prebuildFolder(os: string = platform, cpu: string = arch): string {
  return join('prebuilds', `${os}-${cpu}`);
}

/** One place the lookup tried, and why it did not take it. */
export interface LookupAttempt {
  readonly place: string;
  readonly outcome: string;
}

export type ResolvePackage = (request: string) => string | undefined;

/**
 * Finds the library file, or throws a LibraryLoadError that lists every place tried.
 * `env` and `resolvePackage` are parameters so that tests can set them.
 */
export function findLibrary(
  location: LibraryLocation,
  env: Readonly<Record<string, string | undefined>> = environment(),
  resolvePackage: ResolvePackage = resolveModule,
): string {
  const file = libraryFileName(location.libraryName);
  const variable = location.pathVariable;
  const override = env[variable];
  if (override !== undefined) return checkOverride(location, variable, override);

  const tried: LookupAttempt[] = [];
  if (location.packageName !== undefined) {
    const name = platformPackageName(location.packageName);
    const manifest = resolvePackage(`${name}/package.json`);
    if (manifest === undefined) {
      tried.push({ place: `the platform package ${name}`, outcome: 'not installed' });
    } else {
      const candidate = join(dirname(manifest), file);
      if (isFile(candidate)) return candidate;
      tried.push({ place: candidate, outcome: `no ${file} in the installed ${name}` });
    }
  }
  if (location.packageDir === undefined) {
    tried.push({
      place: 'the package folder',
      outcome: 'unknown here (the code runs without __dirname, e.g. bundled into an ES module)',
    });
  } else {
    const folders = [prebuildFolder(), ...location.searchPaths];
    for (const folder of folders) {
      const candidate = resolve(location.packageDir, folder, file);
      if (isFile(candidate)) return candidate;
      tried.push({ place: candidate, outcome: 'no file' });
    }
  }
  const library = `${variable} to the library file (built with cargo build --release)`;
  const advice =
    location.packageName === undefined
      ? `Set ${library}.`
      : `Install ${platformPackageName(location.packageName)}, or set ${library}.`;
  throw new LibraryLoadError(
    `Cannot find the native library ${file} of ${location.crateName} for ${platformTarget()}. Tried:\n` +
      tried.map((t) => `  - ${t.place}: ${t.outcome}`).join('\n') +
      `\n${advice}`,
  );
}

function checkOverride(location: LibraryLocation, variable: string, value: string): string {
  if (value.trim() === '') {
    throw new LibraryLoadError(
      `${variable} is set but empty: set it to the path of the ${location.crateName} library file, or unset it ` +
        `to use the installed one.`,
    );
  }
  const path = resolve(value);
  if (!exists(path)) {
    throw new LibraryLoadError(
      `${variable} names ${path}, but there is no file there (it names the native library of ${location.crateName}).`,
    );
  }
  if (!isFile(path)) {
    throw new LibraryLoadError(`${variable} names ${path}, which is not a file: set it to the library file itself.`);
  }
  return path;
}
