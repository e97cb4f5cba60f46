/** The host's platform and architecture, as Node names them (`linux`, `x64`). */
export declare const platform: string;
export declare const arch: string;
/** Whether this code runs on the process's main thread (not in a worker). */
export declare const onMainThread: boolean;
/** The environment variables. */
export declare function environment(): Readonly<Record<string, string | undefined>>;
/** Runs `listener` when this thread ends (the process, or the worker it runs in). */
export declare function onThreadExit(listener: () => void): void;
/** Reports a problem that has no caller to throw to, without stopping the process. */
export declare function warn(message: string): void;
/** Whether a Linux process runs on glibc (else musl), from Node's diagnostic report. */
export declare function runsOnGlibc(): boolean;
/** Node's `Buffer.prototype`: a Buffer is a Uint8Array to the converters. */
export declare const bufferPrototype: object | undefined;
/** Path operations. */
export declare const paths: {
    readonly dirname: (path: string) => string;
    readonly join: (...paths: string[]) => string;
    readonly resolve: (...paths: string[]) => string;
};
/** Whether `path` exists (any kind of entry). */
export declare function exists(path: string): boolean;
/** Whether `path` is a regular file (following links). */
export declare function isFile(path: string): boolean;
/** A file opened for reading parts of it. */
export interface OpenFile {
    readonly size: number;
    /** Up to `length` bytes from `offset` (fewer at the end of the file). */
    read(offset: number, length: number): Uint8Array;
    close(): void;
}
/** Opens `path` for reading; throws the host's error when it cannot. */
export declare function openFile(path: string): OpenFile;
/**
 * Loads a native addon: a file of any extension (`.node`, or a cdylib as cargo builds it) is
 * opened with `process.dlopen`; anything else (a package's entry) with `require`.
 */
export declare function loadAddon(path: string): unknown;
/** The files of the modules loaded so far (native addons included), as `require.cache` has them. */
export declare function loadedModules(): string[];
/**
 * Resolves a module request (`<name>/package.json`) from inside the package, as Node's
 * `require.resolve` does; undefined when it cannot be found, or when this code runs where there
 * is no `require` (bundled into an ES module).
 */
export declare function resolveModule(request: string): string | undefined;
