/**
 * What several test files share: where the repository's builds are, catching a throw, cleaning up
 * the objects a test made, a TypeScript implementation of fixture-callbacks' `Store` trait.
 */
import { resolve } from 'node:path';

/** The repository's root folder. */
export const repoRoot = resolve(__dirname, '..');

/** The generator binary that `npm run generate` builds. */
export const generator = resolve(repoRoot, 'target/release/uniffi-bindgen-ts');

/** The built cdylib `name` (`async_ffi`) in `folder` of the repository, with this platform's file name. */
export function builtLibrary(name: string, folder = 'target/release'): string {
  const file =
    process.platform === 'darwin' ? `lib${name}.dylib` : process.platform === 'win32' ? `${name}.dll` : `lib${name}.so`;
  return resolve(repoRoot, folder, file);
}

/** Runs `f`, expects it to throw, and returns what it threw. */
export function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

/** Destroys every object found in `value` (arrays, maps, records, enum values, errors). */
export function destroyDeep(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  if (value instanceof Map) {
    for (const v of value.values()) destroyDeep(v);
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) destroyDeep(v);
    return;
  }
  const destroy = (value as { destroy?: unknown }).destroy;
  if (typeof destroy === 'function') {
    (value as { destroy(): void }).destroy();
    return;
  }
  for (const v of Object.values(value)) destroyDeep(v);
}

/**
 * Call at a test file's top level: returns `own`, which registers a value (and every object in
 * it) to be destroyed after the current test.
 */
export function destroyAfterEachTest(): <T>(value: T) => T {
  const owned: unknown[] = [];
  afterEach(() => {
    for (const value of owned.splice(0)) destroyDeep(value);
  });
  return (value) => {
    owned.push(value);
    return value;
  };
}

/** A TypeScript implementation of fixture-callbacks' `Store` trait (of any package that has it). */
export class MapStore {
  readonly entries = new Map<string, string>();
  get(key: string): string | undefined {
    return this.entries.get(key);
  }
  put(key: string, value: string): void {
    this.entries.set(key, value);
  }
  kind(): string {
    return 'ts';
  }
}
