/**
 * Whether a loaded library matches the bindings: the UniFFI contract version and the checksum
 * of each function, which changes with its signature. A mismatch is a {@link LibraryLoadError}
 * saying what to do.
 */
import { LibraryLoadError } from './errors';
import type { FfiFunctionDeclaration } from './ffi-types';
import type { NativeLibrary } from './transport/native';

/** What to do about a library that does not match its bindings. */
export const REBUILD =
  'Install the package and its platform package at the same version, or rebuild the library and regenerate the bindings from it (cargo build, then uniffi-bindgen-ts generate).';

/** Throws unless `native` speaks the contract version `expected` for `crateName`. */
export function checkContractVersion(native: NativeLibrary, crateName: string, expected: number): void {
  const symbol = `ffi_${crateName}_uniffi_contract_version`;
  const found = callChecked(native, () => native.callReturningU32(symbol), symbol);
  if (found !== expected) {
    throw new LibraryLoadError(
      `${native.path}: UniFFI contract version mismatch for ${crateName}: the bindings expect ${expected}, ` +
        `the library has ${found}. ${REBUILD}`,
    );
  }
}

/**
 * Throws unless `native`'s checksum of `declaration` is the one the bindings were generated
 * against. `why` ends the message: what the mismatch means here.
 */
export function checkChecksum(native: NativeLibrary, declaration: FfiFunctionDeclaration, why: string): void {
  if (declaration.checksum === undefined) return;
  const [checksumSymbol, expected] = declaration.checksum;
  const actual = callChecked(native, () => native.callReturningU16(checksumSymbol), checksumSymbol);
  if (actual !== expected) {
    throw new LibraryLoadError(
      `${native.path}: checksum mismatch for ${declaration.name} (${checksumSymbol}): the bindings expect ${expected}, ` +
        `the library has ${actual}. ${why} ${REBUILD}`,
    );
  }
}

function callChecked<T>(native: NativeLibrary, call: () => T, symbol: string): T {
  try {
    return call();
  } catch (error) {
    throw new LibraryLoadError(`${native.path}: cannot call ${symbol}: ${(error as Error).message}. ${REBUILD}`, {
      cause: error,
    });
  }
}
