"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SyncFunction = exports.RustFunction = exports.CALL_CANCELLED = exports.CALL_UNEXPECTED_ERROR = exports.CALL_ERROR = exports.CALL_SUCCESS = void 0;
exports.lowerArguments = lowerArguments;
exports.checkCallStatus = checkCallStatus;
exports.checkDeclaration = checkDeclaration;
const lowering_1 = require("./lowering");
const errors_1 = require("./errors");
/** Call statuses (RustCallStatus.code). */
exports.CALL_SUCCESS = 0;
exports.CALL_ERROR = 1;
exports.CALL_UNEXPECTED_ERROR = 2;
exports.CALL_CANCELLED = 3;
/**
 * Checks every argument, then lowers them. Checks come first so that a bad argument throws
 * before anything is allocated on the Rust side; if a lowering still fails, the buffers already
 * made are freed.
 */
function lowerArguments(native, params, args, beforeLowering) {
    const count = params.length;
    let asIs = true;
    for (let i = 0; i < count; i++) {
        const param = params[i];
        param[1].check(args[i], param[0]);
        asIs &&= param[1].lowersAsIs === true;
    }
    beforeLowering?.();
    // Checked numbers and bigints are already their FFI values.
    if (asIs && args.length === count)
        return args;
    const lowered = new Array(count);
    const scope = (0, lowering_1.beginLowering)(native);
    let done = 0;
    try {
        for (; done < count; done++) {
            lowered[done] = params[done][1].lower(args[done], native);
        }
    }
    catch (error) {
        (0, lowering_1.endLowering)(scope, true);
        for (let i = 0; i < done; i++) {
            if (params[i][1].kind === 'rust_buffer')
                native.rustBufferFree(lowered[i]);
        }
        throw error;
    }
    (0, lowering_1.endLowering)(scope, false);
    return lowered;
}
/** Throws what a non-success status means; frees the status's error buffer in every case. */
function checkCallStatus(native, status, errors, functionName) {
    switch (status.code) {
        case exports.CALL_SUCCESS:
            return;
        case exports.CALL_ERROR: {
            const bytes = native.takeBytes(status.errorBuf);
            if (errors === undefined) {
                throw new errors_1.InternalError(`${functionName}: Rust returned an error, but the function declares none`);
            }
            throw errors.readAll(bytes);
        }
        case exports.CALL_UNEXPECTED_ERROR: {
            const message = native.takeString(status.errorBuf);
            throw new errors_1.RustPanic(message === '' ? `${functionName}: Rust panicked` : message);
        }
        case exports.CALL_CANCELLED:
            native.rustBufferFree(status.errorBuf);
            throw new errors_1.AbortError(`${functionName} was cancelled`);
        default:
            native.rustBufferFree(status.errorBuf);
            throw new errors_1.InternalError(`${functionName}: unknown call status ${status.code}`);
    }
}
/** Checks at module load that the converters agree with the FFI declaration (a generator bug otherwise). */
function checkDeclaration(declaration, params, returns) {
    const kinds = params.map(([, converter]) => converter.kind);
    const returnKind = returns?.kind ?? 'void';
    const expectedReturn = declaration.future ?? declaration.returns;
    if (kinds.join() !== declaration.args.join() || returnKind !== expectedReturn) {
        throw new errors_1.InternalError(`${declaration.name}: converters (${kinds.join()}) -> ${returnKind} do not match the FFI declaration ` +
            `(${declaration.args.join()}) -> ${expectedReturn}`);
    }
}
/** A Rust function, method or constructor: its declaration and the converters it needs. */
class RustFunction {
    library;
    declaration;
    params;
    returns;
    errors;
    constructor(library, declaration, params, returns, errors) {
        this.library = library;
        this.declaration = declaration;
        this.params = params;
        this.returns = returns;
        this.errors = errors;
        checkDeclaration(declaration, params, returns);
    }
    prepared;
    /** The scaffolding function, prepared by the library's transport on first use. */
    get scaffolding() {
        return (this.prepared ??= this.library.native.prepare(this.declaration));
    }
}
exports.RustFunction = RustFunction;
/** A synchronous Rust function. */
class SyncFunction extends RustFunction {
    call(args) {
        const native = this.library.native;
        const d = this.declaration;
        const lowered = lowerArguments(native, this.params, args);
        const { value, status } = this.scaffolding(lowered);
        if (status.code !== exports.CALL_SUCCESS)
            checkCallStatus(native, status, this.errors, d.name);
        return (this.returns === undefined ? undefined : this.returns.lift(value, native));
    }
}
exports.SyncFunction = SyncFunction;
