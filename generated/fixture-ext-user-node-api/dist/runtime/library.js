"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UniffiLibrary = void 0;
/**
 * Opening a generated package's cdylib and checking that it matches the bindings: the UniFFI
 * contract version and every function's checksum. Where the file is found: `library-lookup.ts`.
 */
const errors_1 = require("./errors");
const future_1 = require("./future");
const integrity_1 = require("./integrity");
const library_lookup_1 = require("./library-lookup");
const library_file_1 = require("./library-file");
/** The native library of one generated package, opened and checked on first use. */
class UniffiLibrary {
    options;
    opened;
    vtables = [];
    constructor(options) {
        this.options = options;
    }
    /** Registers a callback interface's vtable when the library opens (now, if it is open). */
    addVtable(initSymbol, vtable) {
        this.vtables.push([initSymbol, vtable]);
        const native = this.opened?.native;
        if (native !== undefined)
            native.registerVtable(initSymbol, vtable(native));
    }
    get native() {
        return (this.opened ??= this.open()).native;
    }
    get openedNative() {
        return this.opened?.native;
    }
    get futures() {
        return (this.opened ??= this.open()).futures;
    }
    /** The path of the opened library file (opens it if needed). */
    get path() {
        return this.native.path;
    }
    /** The transport this package was generated for: `library.transport.name` is `ffi-rs` or `koffi`. */
    get transport() {
        return this.options.transport;
    }
    open() {
        const options = this.options;
        const path = (0, library_lookup_1.findLibrary)(options);
        const problem = (0, library_file_1.libraryFileProblem)(path);
        if (problem !== undefined) {
            throw new errors_1.LibraryLoadError(`Cannot use ${path} as the native library of ${options.crateName}: ${problem}. ${integrity_1.REBUILD}`);
        }
        let native;
        try {
            native = options.transport.open(path, options.crateName);
        }
        catch (error) {
            throw new errors_1.LibraryLoadError(`Cannot open ${path}: ${error.message}`, { cause: error });
        }
        checkIntegrity(native, options);
        for (const [initSymbol, vtable] of this.vtables)
            native.registerVtable(initSymbol, vtable(native));
        return { native, futures: future_1.FutureDriver.of(native) };
    }
}
exports.UniffiLibrary = UniffiLibrary;
function checkIntegrity(native, options) {
    const { crateName } = options;
    (0, integrity_1.checkContractVersion)(native, crateName, options.contractVersion);
    const why = `The library and the bindings come from different versions of ${crateName}.`;
    for (const declaration of options.functions)
        (0, integrity_1.checkChecksum)(native, declaration, why);
}
