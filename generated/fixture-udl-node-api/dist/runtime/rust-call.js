"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SyncMethod = exports.SyncFunction = exports.RustFunction = exports.CALL_CANCELLED = exports.CALL_UNEXPECTED_ERROR = exports.CALL_ERROR = exports.CALL_SUCCESS = void 0;
exports.lowerArguments = lowerArguments;
exports.checkCallStatus = checkCallStatus;
exports.checkDeclaration = checkDeclaration;
exports.methodParameters = methodParameters;
exports.receiverOf = receiverOf;
const integrity_1 = require("./integrity");
const lifting_1 = require("./lifting");
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
    // The call happens next and consumes the clones: an enclosing lowering (this call was made
    // from a custom type's `lower`) must not free them if it fails.
    (0, lowering_1.endLowering)(scope, false, true);
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
            const error = errors.readAll(bytes);
            (0, errors_1.stackFromCaller)(error, checkCallStatus);
            throw error;
        }
        case exports.CALL_UNEXPECTED_ERROR: {
            const message = native.takeString(status.errorBuf);
            const panic = new errors_1.RustPanic(message === '' ? `${functionName}: Rust panicked` : message);
            (0, errors_1.stackFromCaller)(panic, checkCallStatus);
            throw panic;
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
    /** Prepared in libraries other than the package's own (methods of objects they made). */
    preparedElsewhere;
    /** The scaffolding function in the package's library, prepared by its transport on first use. */
    get scaffolding() {
        return (this.prepared ??= this.library.native.prepare(this.declaration));
    }
    /**
     * The scaffolding function in `native`. In a library other than the package's own, which
     * carries its own copy of the crate, the function's checksum is checked first.
     */
    scaffoldingIn(native) {
        // Not `library.native`: a method of an object made elsewhere must not open this library.
        if (native === this.library.openedNative)
            return this.scaffolding;
        const elsewhere = (this.preparedElsewhere ??= new WeakMap());
        let prepared = elsewhere.get(native);
        if (prepared === undefined) {
            (0, integrity_1.checkChecksum)(native, this.declaration, `That library made the object ${this.declaration.name} was called on, and its copy of the crate differs from the one the bindings were generated from.`);
            prepared = native.prepare(this.declaration);
            elsewhere.set(native, prepared);
        }
        return prepared;
    }
}
exports.RustFunction = RustFunction;
/** A synchronous Rust function. */
class SyncFunction extends RustFunction {
    call(args) {
        return this.callIn(this.library.native, args);
    }
    /** Calls the function in `native` and lifts what it returns from there. */
    callIn(native, args) {
        // Prepared first: a function that cannot be called must not leave lowered arguments behind.
        const scaffolding = this.scaffoldingIn(native);
        const lowered = lowerArguments(native, this.params, args);
        const { value, status } = scaffolding(lowered);
        // Objects in the result or the error belong to `native`.
        const outer = (0, lifting_1.beginLifting)(native);
        try {
            if (status.code !== exports.CALL_SUCCESS)
                checkCallStatus(native, status, this.errors, this.declaration.name);
            return (this.returns === undefined ? undefined : this.returns.lift(value, native));
        }
        finally {
            (0, lifting_1.endLifting)(outer);
        }
    }
}
exports.SyncFunction = SyncFunction;
/**
 * A method's parameters with the receiver named after the method (`Counter.get`), not Rust's
 * `self`: messages about it then read `Counter.get: this Counter object was destroyed`.
 */
function methodParameters(declaration, params) {
    const [receiver, ...rest] = params;
    return receiver === undefined ? params : [[declaration.name, receiver[1]], ...rest];
}
/** The receiver converter of a method's parameters (the first one, `self`). */
function receiverOf(declaration, params) {
    const receiver = params[0]?.[1];
    if (typeof receiver?.ownerOf !== 'function') {
        throw new errors_1.InternalError(`${declaration.name}: a method's first parameter must be its object`);
    }
    return receiver;
}
/**
 * A synchronous method of an object: it runs in the library that made the object, which is not
 * the package's own when another loaded library, containing the same crate, returned it.
 */
class SyncMethod extends SyncFunction {
    receiver = receiverOf(this.declaration, this.params);
    constructor(library, declaration, params, returns, errors) {
        super(library, declaration, methodParameters(declaration, params), returns, errors);
    }
    call(args) {
        return this.callIn(this.receiver.ownerOf(args[0]) ?? this.library.native, args);
    }
}
exports.SyncMethod = SyncMethod;
