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
export declare function packageFolder(codeDir: string | undefined): string | undefined;
/** The platform's file name for a cdylib called `name`. */
export declare function libraryFileName(name: string, os?: string): string;
/** Which C library a Linux process runs on: glibc (`gnu`) or musl. */
export declare function linuxLibc(): 'gnu' | 'musl';
/**
 * The platform-package suffix of napi-rs's convention: `linux-x64-gnu`, `linux-arm64-musl`,
 * `darwin-arm64`, `win32-x64-msvc`, ...
 */
export declare function platformTarget(os?: string, cpu?: string, libc?: () => 'gnu' | 'musl'): string;
/** The npm name of a package's platform package: `@scope/pkg` → `@scope/pkg-linux-x64-gnu`. */
export declare function platformPackageName(packageName: string, target?: string): string;
/** The folder of a bundled prebuild, relative to the package: `prebuilds/linux-x64`. */
export declare function prebuildFolder(os?: string, cpu?: string): string;
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
export declare function findLibrary(location: LibraryLocation, env?: Readonly<Record<string, string | undefined>>, resolvePackage?: ResolvePackage): string;
