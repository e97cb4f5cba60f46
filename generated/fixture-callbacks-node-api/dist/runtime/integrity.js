"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REBUILD = void 0;
exports.checkContractVersion = checkContractVersion;
exports.checkChecksum = checkChecksum;
/**
 * Whether a loaded library matches the bindings: the UniFFI contract version and the checksum
 * of each function, which changes with its signature. A mismatch is a {@link LibraryLoadError}
 * saying what to do.
 */
const errors_1 = require("./errors");
/** What to do about a library that does not match its bindings. */
exports.REBUILD = 'Install the package and its platform package at the same version, or rebuild the library and regenerate the bindings from it (cargo build, then uniffi-bindgen-ts generate).';
/** Throws unless `native` speaks the contract version `expected` for `crateName`. */
function checkContractVersion(native, crateName, expected) {
    const symbol = `ffi_${crateName}_uniffi_contract_version`;
    const found = callChecked(native, () => native.callReturningU32(symbol), symbol);
    if (found !== expected) {
        throw new errors_1.LibraryLoadError(`${native.path}: UniFFI contract version mismatch for ${crateName}: the bindings expect ${expected}, ` +
            `the library has ${found}. ${exports.REBUILD}`);
    }
}
/**
 * Throws unless `native`'s checksum of `declaration` is the one the bindings were generated
 * against. `why` ends the message: what the mismatch means here.
 */
function checkChecksum(native, declaration, why) {
    if (declaration.checksum === undefined)
        return;
    const [checksumSymbol, expected] = declaration.checksum;
    const actual = callChecked(native, () => native.callReturningU16(checksumSymbol), checksumSymbol);
    if (actual !== expected) {
        throw new errors_1.LibraryLoadError(`${native.path}: checksum mismatch for ${declaration.name} (${checksumSymbol}): the bindings expect ${expected}, ` +
            `the library has ${actual}. ${why} ${exports.REBUILD}`);
    }
}
function callChecked(native, call, symbol) {
    try {
        return call();
    }
    catch (error) {
        throw new errors_1.LibraryLoadError(`${native.path}: cannot call ${symbol}: ${error.message}. ${exports.REBUILD}`, {
            cause: error,
        });
    }
}
