"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FfiConverterHandle = exports.ObjectConverter = exports.UniffiErrorObject = exports.UniffiObject = exports.ObjectDestroyedError = void 0;
const converters_1 = require("./converters");
const host_1 = require("./host");
const lifting_1 = require("./lifting");
const lowering_1 = require("./lowering");
const brand_1 = require("./brand");
/** Raised when a method is called on an object after `destroy()`. */
class ObjectDestroyedError extends Error {
    name = 'ObjectDestroyedError';
}
exports.ObjectDestroyedError = ObjectDestroyedError;
/**
 * Who owns which handle. A WeakMap rather than a property of the instance, so that nothing that
 * copies an object's own properties (spread, structuredClone-like helpers, Object.assign with
 * symbols) can make two owners of one handle.
 */
const states = new WeakMap();
/**
 * On the prototype of every object class that has had an instance: the class's clone symbol,
 * which names its crate and type. Every copy of the runtime reads the same global symbol, so an
 * object of another copy of the same package is told apart from an object of another type.
 */
const OBJECT_TYPE = Symbol.for('uniffi-bindgen-ts.object-type');
// `Symbol.dispose` exists in Node 20.4+, but not in every context (jest's test environment, for
// one): fall back to the symbol Node itself uses, so that `[Symbol.dispose]` and `using` work.
if (typeof Symbol.dispose !== 'symbol') {
    Object.defineProperty(Symbol, 'dispose', { value: Symbol.for('nodejs.dispose') });
}
/**
 * The states of a worker thread's live objects, freed when the worker ends: nothing else would
 * free them (the FinalizationRegistry does not run at exit), and the Rust objects would outlive
 * the worker in the process. On the main thread, undefined: its end is the process's.
 */
const liveStates = host_1.onMainThread ? undefined : new Set();
/** Frees the handle `state` owns, if it still owns one. */
function release(state) {
    const handle = state.handle;
    if (handle === undefined)
        return;
    state.handle = undefined;
    liveStates?.delete(state);
    state.owner.callHandleFunction(state.converter.freeSymbol, handle);
}
// The held value is the state (never the object itself, or it could not be collected).
const finalizer = new FinalizationRegistry((state) => {
    try {
        release(state);
    }
    catch {
        // A finalizer must not throw; the process may be shutting down.
    }
});
if (liveStates !== undefined) {
    // Node emits 'exit' in a worker that ends on its own or calls process.exit(), not in one that
    // is terminated. Registered as this module loads, before any library opens, so it runs before
    // the backends free their own memory at exit (listeners run in the order they were added).
    (0, host_1.onThreadExit)(() => {
        for (const state of [...liveStates]) {
            try {
                release(state);
            }
            catch {
                // The worker is ending: free the others.
            }
        }
    });
}
function destroyObject(target) {
    const state = states.get(target);
    if (state === undefined || state.handle === undefined)
        return;
    finalizer.unregister(state);
    release(state);
}
/** Base class of every generated object class. */
class UniffiObject {
    /** Frees the Rust object now. Idempotent; later calls on this object throw. */
    destroy() {
        destroyObject(this);
    }
    /** Same as {@link destroy}: `using counter = new Counter(0);` frees it at the end of the block. */
    [Symbol.dispose]() {
        destroyObject(this);
    }
    /** Whether {@link destroy} was called (or the object was never attached to a handle). */
    get isDestroyed() {
        return states.get(this)?.handle === undefined;
    }
}
exports.UniffiObject = UniffiObject;
/**
 * Base class of objects that Rust uses as errors (`Result<T, Arc<MyError>>`): an `Error` that is
 * also an object with methods, with the same lifetime rules as {@link UniffiObject}.
 */
class UniffiErrorObject extends Error {
    destroy() {
        destroyObject(this);
    }
    [Symbol.dispose]() {
        destroyObject(this);
    }
    get isDestroyed() {
        return states.get(this)?.handle === undefined;
    }
}
exports.UniffiErrorObject = UniffiErrorObject;
/**
 * The converter of one object class: lifts handles into instances and lowers instances into
 * cloned handles.
 */
class ObjectConverter {
    typeName;
    library;
    classRef;
    cloneSymbol;
    freeSymbol;
    kind = 'handle';
    /** Whether the class's prototype carries {@link OBJECT_TYPE} yet. */
    classMarked = false;
    /** Frees a handle in its library: one function per library, made once. */
    releases = new WeakMap();
    constructor(typeName, library, classRef, cloneSymbol, 
    /** @internal */
    freeSymbol) {
        this.typeName = typeName;
        this.library = library;
        this.classRef = classRef;
        this.cloneSymbol = cloneSymbol;
        this.freeSymbol = freeSymbol;
    }
    /**
     * Makes `target` (a freshly constructed instance) the owner of `handle`, made by `library`
     * (by default this class's own: constructors run there).
     */
    attach(target, handle, library = this.library.native) {
        if (!this.classMarked) {
            this.classMarked = true;
            Object.defineProperty(this.classRef().prototype, OBJECT_TYPE, { value: this.cloneSymbol });
        }
        const state = {
            handle,
            converter: this,
            owner: library,
        };
        states.set(target, state);
        if (liveStates !== undefined) {
            liveStates.add(state);
            library.trackObject?.(this.freeSymbol, handle);
        }
        finalizer.register(target, state, state);
        return target;
    }
    /**
     * The state of a live object of this converter's class: its handle and owner. Checked where the
     * handle is taken, and not only in `check`: a record field read again to be written may answer
     * an object of another class, whose handle this class's clone function must never see.
     */
    liveState(value, path) {
        const state = states.get(value);
        if (state === undefined) {
            throw this.notOurs(value, path);
        }
        if (state.converter !== this) {
            throw (0, converters_1.typeError)(path, `${(0, converters_1.article)(this.typeName)} object`, value);
        }
        if (state.handle === undefined) {
            throw new ObjectDestroyedError(`${path}: this ${this.typeName} object was destroyed`);
        }
        return state;
    }
    /**
     * The library a method called on `value` runs in: the one that made it. Undefined for anything
     * but a live object of this class (the call's checks then say what is wrong).
     */
    ownerOf(value) {
        const state = typeof value === 'object' && value !== null ? states.get(value) : undefined;
        return state?.converter === this ? state.owner : undefined;
    }
    /** Why `value`, which this copy of the runtime never attached, cannot be lowered. */
    notOurs(value, path) {
        if (value instanceof this.classRef()) {
            return new TypeError(`${path}: this ${this.typeName} object was never attached to a Rust object ` +
                `(${this.typeName} objects come from its constructors or from Rust, not from Object.create or a copy)`);
        }
        const objectType = typeof value === 'object' && value !== null ? value[OBJECT_TYPE] : undefined;
        if (objectType === this.cloneSymbol) {
            // Same crate and type, another class: the package was loaded twice (two paths, or a module
            // registry reset), and each copy keeps its own objects.
            return new TypeError(`${path}: this ${this.typeName} object comes from another copy of the package (the package was loaded more ` +
                'than once, from two paths or through a module registry reset, or generated twice from the same crate); ' +
                'objects cannot move between copies: load the package once');
        }
        return (0, converters_1.typeError)(path, `${(0, converters_1.article)(this.typeName)} object`, value);
    }
    /** Whether `value` is an instance of this converter's class (live or not). */
    isInstance(value) {
        return value instanceof this.classRef();
    }
    check(value, path) {
        if (!(value instanceof this.classRef()))
            throw this.notOurs(value, path);
        this.liveState(value, path);
    }
    /**
     * A clone of the handle, which Rust consumes. An object belongs to the library that made it:
     * passing it to a function of another library (the same crate loaded twice) is refused.
     */
    lower(value, library) {
        return this.lowerFrom(value, this.typeName, library);
    }
    lowerFrom(value, path, library) {
        const state = this.liveState(value, path);
        const owner = state.owner;
        // Nested in a value (a record field, a Vec...), the library is the one the call goes to.
        library ??= (0, lowering_1.loweringTarget)();
        if (library !== undefined && library.path !== owner.path) {
            throw new TypeError(`${(0, converters_1.article)(this.typeName)} object belongs to ${owner.path} and cannot be passed to a function of ${library.path}`);
        }
        const clone = owner.callHandleFunction(this.cloneSymbol, state.handle);
        (0, lowering_1.recordClone)(this.releaseIn(owner), clone);
        return clone;
    }
    releaseIn(owner) {
        let release = this.releases.get(owner);
        if (release === undefined) {
            release = (handle) => owner.callHandleFunction(this.freeSymbol, handle);
            this.releases.set(owner, release);
        }
        return release;
    }
    /**
     * The library whose handle is being lifted: the one the call returning it went to, seen as
     * this class's own when it is the same file (two packages of one cdylib), else this class's.
     */
    liftedFrom() {
        const source = (0, lifting_1.liftingSource)();
        if (source === undefined)
            return this.library.native;
        const home = this.library.openedNative;
        return home !== undefined && home.path === source.path ? home : source;
    }
    /** An instance owning `value`, a handle made by the library being lifted from (by default, this class's). */
    lift(value) {
        const owner = this.liftedFrom();
        const cls = this.classRef();
        if (!(cls.prototype instanceof Error)) {
            return this.attach(Object.create(cls.prototype), value, owner);
        }
        // An object used as an error: build it as an Error (so it has a stack), without running the
        // generated class's private constructor.
        const instance = this.attach(Reflect.construct(Error, [], cls), value, owner);
        const error = instance;
        error.name = this.typeName;
        // With Rust's Display exported, the generated class has its own toString().
        error.message = Object.prototype.hasOwnProperty.call(cls.prototype, 'toString') ? String(instance) : this.typeName;
        return instance;
    }
    allocationSize() {
        return 8;
    }
    write(value, writer) {
        // Nested values are checked before they are written; what fails here changed in between.
        writer.writeU64(this.lowerFrom(value, (0, converters_1.rewritten)(this.typeName), undefined));
    }
    read(reader) {
        return this.lift(reader.readU64());
    }
}
exports.ObjectConverter = ObjectConverter;
/** The raw handle a primary constructor returns, before `attach` gives it to `this`. */
exports.FfiConverterHandle = {
    typeName: 'handle',
    kind: 'handle',
    check() { },
    allocationSize: () => 8,
    write(value, writer) {
        writer.writeU64(value);
    },
    read: (reader) => reader.readU64(),
    lower: (value) => value,
    lift: (value) => value,
};
(0, brand_1.brandClass)(ObjectDestroyedError, 'ObjectDestroyedError');
