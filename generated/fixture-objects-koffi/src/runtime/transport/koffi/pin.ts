/**
 * Keeping what koffi loaded mapped for the life of the process. Node unloads what only a worker
 * loaded when that worker ends (koffi's addon, and the libraries koffi opened), but Rust code may
 * have left thread-local destructors behind, which would then run in unmapped code (a segfault
 * at worker exit). One more `dlopen` of each, never closed, keeps the files mapped. Not needed on
 * Windows, where a thread's destructors run before its module can be freed.
 */
import koffi from 'koffi';
import { loadedModules, platform } from '../../host';

const RTLD_NOW = 2;
let dlopen: ((path: string, flags: number) => unknown) | undefined;
const pinned = new Set<string>();

function pin(path: string): void {
  if (platform === 'win32' || pinned.has(path)) return;
  pinned.add(path);
  try {
    dlopen ??= koffi.load(null).func('void *dlopen(const char *path, int flags)') as (p: string, f: number) => unknown;
    dlopen(path, RTLD_NOW);
  } catch {
    // Calls still work; only a library used by a worker alone stays at risk when it ends.
  }
}

/** Keeps the library at `path`, and koffi's own addon, mapped until the process ends. */
export function pinForProcess(path: string): void {
  pin(path);
  const addon = loadedModules().find((module) => /[\\/]koffi\.node$/.test(module));
  if (addon !== undefined) pin(addon);
}
