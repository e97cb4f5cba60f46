"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ForeignTraitConverter = exports.CallbackInterfaceConverter = void 0;
const converters_1 = require("./converters");
const lowering_1 = require("./lowering");
const lifting_1 = require("./lifting");
const errors_1 = require("./errors");
const ffi_types_1 = require("./ffi-types");
const rust_call_1 = require("./rust-call");
/** The default of an FFI kind, for the result field of a failed async call. */
function zeroOf(kind) {
    switch (kind) {
        case 'i64':
        case 'u64':
        case 'handle':
            return 0n;
        case 'rust_buffer':
            return ffi_types_1.EMPTY_RUST_BUFFER;
        case 'void':
            return undefined;
        default:
            return 0;
    }
}
/**
 * The vtable of an interface whose objects live in `handles`: free and clone manage the map,
 * each method slot calls the object's method.
 */
function makeVtable(typeName, native, handles, methods) {
    const call = (method, handle, raw, extra) => {
        const library = native();
        const target = handles.get(handle);
        // Objects among the arguments belong to the library that calls.
        const outer = (0, lifting_1.beginLifting)(library);
        let args;
        try {
            args = method.params.map(([, converter], i) => converter.lift(raw[i], library));
        }
        finally {
            (0, lifting_1.endLifting)(outer);
        }
        const fn = target[method.name];
        if (typeof fn !== 'function')
            throw new TypeError(`${typeName}.${method.name} is not a function`);
        return extra === undefined ? fn.apply(target, args) : fn.apply(target, [...args, extra]);
    };
    const lowerResult = (method, value) => {
        if (method.returns === undefined)
            return undefined;
        method.returns.check(value, `the result of ${typeName}.${method.name}`);
        return method.returns.lower(value, native());
    };
    /** An exception as a status: the declared error, or an unexpected one with its message. */
    /** Never throws: at worst, an unexpected error without a message. */
    const failure = (method, error) => {
        try {
            const library = native();
            if (method.errors !== undefined) {
                try {
                    method.errors.check(error, typeName);
                    return [rust_call_1.CALL_ERROR, method.errors.lower(error, library)];
                }
                catch {
                    // Not the declared error type: unexpected.
                }
            }
            return [rust_call_1.CALL_UNEXPECTED_ERROR, library.rustBufferFromString((0, errors_1.messageOf)(error))];
        }
        catch {
            return [rust_call_1.CALL_UNEXPECTED_ERROR, ffi_types_1.EMPTY_RUST_BUFFER];
        }
    };
    const slots = methods.map((method) => {
        const args = method.params.map(([, converter]) => converter.kind);
        const returns = method.returns?.kind ?? 'void';
        if (!method.isAsync) {
            return {
                kind: 'sync',
                args,
                returns,
                call(handle, raw, out) {
                    try {
                        out.returnValue(lowerResult(method, call(method, handle, raw)));
                    }
                    catch (error) {
                        const [code, buffer] = failure(method, error);
                        out.status(code, buffer);
                    }
                },
            };
        }
        return {
            kind: 'async',
            args,
            returns,
            call(handle, raw, out) {
                const controller = new AbortController();
                let settled = false;
                // Exactly once: whichever of success, failure and Rust dropping the future comes first; a
                // failing report is itself reported as a failure, and nothing after that.
                const complete = (value, code, buffer) => {
                    if (settled)
                        return;
                    settled = true;
                    out.complete(value, code, buffer);
                };
                out.onDropped(() => {
                    // Completed as cancelled at once, which releases what Rust holds for the call, even
                    // when the method never settles; then the method is told.
                    if (!settled)
                        complete(zeroOf(returns), rust_call_1.CALL_CANCELLED, ffi_types_1.EMPTY_RUST_BUFFER);
                    controller.abort(new Error(`Rust dropped the future of ${typeName}.${method.name}`));
                });
                const fail = (error) => {
                    const [code, buffer] = failure(method, error);
                    complete(zeroOf(returns), code, buffer);
                };
                let pending;
                try {
                    pending = Promise.resolve(call(method, handle, raw, { signal: controller.signal }));
                }
                catch (error) {
                    pending = Promise.reject(error);
                }
                pending.then((value) => {
                    try {
                        complete(lowerResult(method, value), rust_call_1.CALL_SUCCESS, ffi_types_1.EMPTY_RUST_BUFFER);
                    }
                    catch (error) {
                        fail(error);
                    }
                }, (error) => fail(error));
            },
        };
    });
    return {
        free: (handle) => handles.remove(handle),
        clone: (handle) => handles.clone(handle),
        methods: slots,
    };
}
/** The handle map of an interface's TypeScript objects, which the library keeps for this realm. */
function handlesIn(native, initSymbol) {
    return native.foreignHandles(initSymbol);
}
/** Checks that `value` has every method of the interface. */
function checkImplements(value, path, typeName, methods) {
    if (typeof value !== 'object' || value === null)
        throw (0, converters_1.typeError)(path, `an object implementing ${typeName}`, value);
    for (const method of methods) {
        if (typeof value[method.name] !== 'function') {
            throw new TypeError(`${path}: expected an object implementing ${typeName}, but it has no method ${method.name}()`);
        }
    }
}
/**
 * Stores `value` for Rust under a new handle. The interface is checked again here, where the
 * handle is made, and not only in `check`: a record field or array element read again to be
 * written may answer something else. If the call is not made after all (a later argument fails
 * to lower), the handle is removed again, as object clones are released.
 */
function insertChecked(handles, value, typeName, methods, home, target) {
    checkImplements(value, (0, converters_1.rewritten)(typeName), typeName, methods);
    checkRegisteredIn(home, target ?? (0, lowering_1.loweringTarget)(), typeName);
    const handle = handles.insert(value);
    (0, lowering_1.recordClone)(handles.release, handle);
    return handle;
}
/**
 * Rust can call a TypeScript implementation only through the vtable registered in the package's
 * library (when it opens, so this opens it). Another loaded library with its own copy of the
 * crate has no vtable: passing the implementation to one of its functions is refused.
 */
function checkRegisteredIn(home, target, typeName) {
    if (target === undefined)
        return;
    const registered = home.native.path;
    if (registered !== target.path) {
        throw new TypeError(`a TypeScript ${typeName} can be called only by ${registered}, where its vtable is registered, ` +
            `and cannot be passed to a function of ${target.path}`);
    }
}
/** A callback interface (`#[uniffi::export(callback_interface)]`): implemented in TypeScript only. */
class CallbackInterfaceConverter {
    typeName;
    library;
    initSymbol;
    // UniFFI passes callback interfaces as a plain u64 (trait objects as a handle); the same 8 bytes.
    kind = 'u64';
    methods = [];
    /** The methods come later, through {@link define}: they may use converters defined after this one. */
    constructor(typeName, library, initSymbol) {
        this.typeName = typeName;
        this.library = library;
        this.initSymbol = initSymbol;
        library.addVtable(initSymbol, (native) => makeVtable(typeName, () => library.native, handlesIn(native, initSymbol), this.methods));
    }
    define(methods) {
        this.methods = methods;
        return this;
    }
    /** The interface's objects in this realm (opens the library). */
    get handles() {
        return handlesIn(this.library.native, this.initSymbol);
    }
    /** Objects Rust holds right now. */
    get liveHandles() {
        return this.handles.size;
    }
    check(value, path) {
        checkImplements(value, path, this.typeName, this.methods);
    }
    allocationSize() {
        return 8;
    }
    write(value, writer) {
        writer.writeU64(this.lower(value));
    }
    read(reader) {
        return this.lift(reader.readU64());
    }
    lower(value, library) {
        return insertChecked(this.handles, value, this.typeName, this.methods, this.library, library);
    }
    lift(value) {
        return this.handles.get(value);
    }
}
exports.CallbackInterfaceConverter = CallbackInterfaceConverter;
/**
 * A trait with implementations on both sides (`#[uniffi::export(with_foreign)]`): a Rust one is
 * an object of the generated class (even handles); a TypeScript one is stored by odd handle. Each
 * crosses back as itself.
 */
class ForeignTraitConverter {
    typeName;
    library;
    initSymbol;
    rust;
    kind = 'handle';
    methods = [];
    constructor(typeName, library, initSymbol, 
    /** The converter of the generated class of Rust implementations. */
    rust) {
        this.typeName = typeName;
        this.library = library;
        this.initSymbol = initSymbol;
        this.rust = rust;
        library.addVtable(initSymbol, (native) => makeVtable(typeName, () => library.native, handlesIn(native, initSymbol), this.methods));
    }
    define(methods) {
        this.methods = methods;
        return this;
    }
    /** The interface's objects in this realm (opens the library). */
    get handles() {
        return handlesIn(this.library.native, this.initSymbol);
    }
    /** TypeScript objects Rust holds right now. */
    get liveHandles() {
        return this.handles.size;
    }
    check(value, path) {
        if (this.rust.isInstance(value)) {
            this.rust.check(value, path);
        }
        else {
            checkImplements(value, path, this.typeName, this.methods);
        }
    }
    allocationSize() {
        return 8;
    }
    write(value, writer) {
        if (this.rust.isInstance(value))
            this.rust.write(value, writer);
        else
            writer.writeU64(insertChecked(this.handles, value, this.typeName, this.methods, this.library, undefined));
    }
    read(reader) {
        return this.lift(reader.readU64(), this.library.native);
    }
    lower(value, library) {
        if (this.rust.isInstance(value))
            return this.rust.lower(value, library);
        return insertChecked(this.handles, value, this.typeName, this.methods, this.library, library);
    }
    lift(value, library) {
        const handle = value;
        return (handle & 1n) === 1n ? this.handles.take(handle) : this.rust.lift(handle, library);
    }
}
exports.ForeignTraitConverter = ForeignTraitConverter;
