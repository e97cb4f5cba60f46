/**
 * Typed loader for `crates/napi-bench`: a hand-written napi-rs addon doing the same work as the
 * UniFFI functions of `async-ffi`, the ceiling of the benchmark (how fast a native Node addon gets).
 *
 * The addon is a plain cdylib built by cargo (`cargo build --release -p napi-bench`, or the whole
 * workspace); no `@napi-rs/cli`, no `.node` copy: `process.dlopen` loads a file of any extension.
 *
 * @packageDocumentation
 */

import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { resolve } from 'node:path';

/** A small record, `#[napi(object)] struct Point` on the Rust side (copied in and out by value). */
export interface Point {
  x: number;
  y: number;
  label: string;
}

/** The functions `napi-bench` exports. */
export interface NapiBench {
  /** `a + b`, wrapping on i32 overflow. */
  add(a: number, b: number): number;
  /** Returns the string unchanged. */
  echoString(value: string): string;
  /** Returns the u64 unchanged; throws an `Error` for a negative BigInt or one of 2^64 or more. */
  echoU64(value: bigint): bigint;
  /** Returns a copy of the point. */
  echoPoint(point: Point): Point;
  /** Greets `name` from a task on napi's tokio runtime: `Hello, NAME! (from Rust thread 'NAME' ThreadId(N))`. */
  sayHello(name: string): Promise<string>;
}

const REPO_ROOT = resolve(__dirname, '..', '..');

/** The file cargo writes for the `napi_bench` cdylib on this platform. */
function libraryFileName(): string {
  switch (process.platform) {
    case 'win32':
      return 'napi_bench.dll';
    case 'darwin':
      return 'libnapi_bench.dylib';
    default:
      return 'libnapi_bench.so';
  }
}

/** `target/release/<library>`, in `CARGO_TARGET_DIR` (relative to the repository root) when it is set. */
export function napiBenchLibraryPath(): string {
  const targetDir = process.env.CARGO_TARGET_DIR
    ? resolve(REPO_ROOT, process.env.CARGO_TARGET_DIR)
    : resolve(REPO_ROOT, 'target');
  return resolve(targetDir, 'release', libraryFileName());
}

let loaded: { readonly path: string; readonly addon: NapiBench } | undefined;

/**
 * Loads the addon (once per process; later calls return the same object).
 *
 * @param libraryPath The library to load; default {@link napiBenchLibraryPath}.
 * @throws Error if the file is missing, naming the cargo command that builds it.
 */
export function loadNapiBench(libraryPath: string = napiBenchLibraryPath()): NapiBench {
  const path = resolve(libraryPath);
  if (loaded?.path === path) return loaded.addon;
  if (!existsSync(path)) {
    throw new Error(`napi-bench addon not found at ${path}: build it with cargo build --release -p napi-bench`);
  }
  const module = { exports: {} as Record<string, unknown> };
  process.dlopen(module, path, constants.dlopen.RTLD_NOW);
  const exports = module.exports;
  for (const name of ['add', 'echoString', 'echoU64', 'echoPoint', 'sayHello'] as const) {
    if (typeof exports[name] !== 'function') {
      throw new Error(
        `napi-bench addon at ${path} does not export ${name}(): rebuild it with cargo build --release -p napi-bench`,
      );
    }
  }
  const addon = exports as unknown as NapiBench;
  loaded = { path, addon };
  return addon;
}
