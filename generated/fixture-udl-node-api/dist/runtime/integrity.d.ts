import type { FfiFunctionDeclaration } from './ffi-types';
import type { NativeLibrary } from './transport/native';
/** What to do about a library that does not match its bindings. */
export declare const REBUILD = "Install the package and its platform package at the same version, or rebuild the library and regenerate the bindings from it (cargo build, then uniffi-bindgen-ts generate).";
/** Throws unless `native` speaks the contract version `expected` for `crateName`. */
export declare function checkContractVersion(native: NativeLibrary, crateName: string, expected: number): void;
/**
 * Throws unless `native`'s checksum of `declaration` is the one the bindings were generated
 * against. `why` ends the message: what the mismatch means here.
 */
export declare function checkChecksum(native: NativeLibrary, declaration: FfiFunctionDeclaration, why: string): void;
