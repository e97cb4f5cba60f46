/**
 * What the runtime needs from its host, Node.js: files and paths (to find and check the library),
 * the environment and the platform, module resolution (platform packages), and hooks for the end
 * of a thread. Every other module reaches Node through this one, so the core (codec, converters,
 * calls, futures, objects, callbacks) imports no Node built-in and a host other than Node-API
 * (Deno's or Bun's own FFI, a browser) is one file to replace. The runtime's import-graph test
 * keeps it so.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMainThread } from 'node:worker_threads';

/** The host's platform and architecture, as Node names them (`linux`, `x64`). */
export const platform: string = process.platform;
export const arch: string = process.arch;

/** Whether this code runs on the process's main thread (not in a worker). */
export const onMainThread: boolean = isMainThread;

/** The environment variables. */
export function environment(): Readonly<Record<string, string | undefined>> {
  return process.env;
}

/** Runs `listener` when this thread ends (the process, or the worker it runs in). */
export function onThreadExit(listener: () => void): void {
  process.once('exit', listener);
}

/** Reports a problem that has no caller to throw to, without stopping the process. */
export function warn(message: string): void {
  process.emitWarning(message);
}

/** Whether a Linux process runs on glibc (else musl), from Node's diagnostic report. */
export function runsOnGlibc(): boolean {
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
  return report?.header?.glibcVersionRuntime !== undefined;
}

/** Node's `Buffer.prototype`: a Buffer is a Uint8Array to the converters. */
export const bufferPrototype: object | undefined = typeof Buffer === 'function' ? Buffer.prototype : undefined;

/** Path operations. */
export const paths = { dirname, join, resolve } as const;

/** Whether `path` exists (any kind of entry). */
export function exists(path: string): boolean {
  return existsSync(path);
}

/** Whether `path` is a regular file (following links). */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A file opened for reading parts of it. */
export interface OpenFile {
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer at the end of the file). */
  read(offset: number, length: number): Uint8Array;
  close(): void;
}

/** Opens `path` for reading; throws the host's error when it cannot. */
export function openFile(path: string): OpenFile {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    return {
      size,
      read(offset, length) {
        const bytes = new Uint8Array(length);
        const got = offset < size ? readSync(fd, bytes, 0, length, offset) : 0;
        return bytes.subarray(0, got);
      },
      close: () => closeSync(fd),
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/**
 * Loads a native addon: a file of any extension (`.node`, or a cdylib as cargo builds it) is
 * opened with `process.dlopen`; anything else (a package's entry) with `require`.
 */
export function loadAddon(path: string): unknown {
  if (/\.(node|so|dylib|dll)$/.test(path)) {
    const module: { exports: unknown } = { exports: {} };
    process.dlopen(module, path);
    return module.exports;
  }
  return require(path);
}

/** The files of the modules loaded so far (native addons included), as `require.cache` has them. */
export function loadedModules(): string[] {
  return typeof require === 'undefined' ? [] : Object.keys(require.cache);
}

/**
 * Resolves a module request (`<name>/package.json`) from inside the package, as Node's
 * `require.resolve` does; undefined when it cannot be found, or when this code runs where there
 * is no `require` (bundled into an ES module).
 */
export function resolveModule(request: string): string | undefined {
  if (typeof require === 'undefined') return undefined;
  try {
    return require.resolve(request);
  } catch {
    return undefined;
  }
}
