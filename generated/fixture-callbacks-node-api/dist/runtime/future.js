"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AbortError = exports.AsyncMethod = exports.AsyncFunction = exports.FutureDriver = void 0;
/**
 * Rust futures as Promises, following UniFFI's polling protocol:
 *
 * 1. the scaffolding function returns a future handle;
 * 2. `rust_future_poll(handle, continuation, data)`: Rust calls `continuation(data, code)` once,
 *    from any thread, when the future is ready (0) or wants another poll (1);
 * 3. on ready, `rust_future_complete` exactly once gives the result and the call status;
 * 4. `rust_future_free` always, last.
 *
 * One continuation callback serves every future of a library; `data` is a key into a map of
 * resolvers, so no callback is created per poll.
 */
const converters_1 = require("./converters");
const errors_1 = require("./errors");
Object.defineProperty(exports, "AbortError", { enumerable: true, get: function () { return errors_1.AbortError; } });
const handle_map_1 = require("./handle-map");
const host_1 = require("./host");
const lifting_1 = require("./lifting");
const rust_call_1 = require("./rust-call");
const POLL_READY = 0;
/**
 * The cancel functions of the calls in flight on each AbortSignal. A signal gets one 'abort'
 * listener however many calls use it (one listener per call would make Node print a
 * MaxListenersExceededWarning past ten); the listener goes when the signal's last call settles.
 */
const cancelsBySignal = new WeakMap();
function abortListener() {
    const cancels = cancelsBySignal.get(this);
    if (cancels === undefined)
        return;
    cancelsBySignal.delete(this);
    let failure;
    // A copy: cancelling may settle calls, which unregister themselves.
    for (const cancel of [...cancels]) {
        try {
            cancel();
        }
        catch (error) {
            failure ??= { error };
        }
    }
    // Every call was cancelled; the first failure is reported as a listener's error would be.
    if (failure !== undefined)
        throw failure.error;
}
/** Calls `cancel` when `signal` aborts (at once if it already has), until {@link offAbort}. */
function onAbort(signal, cancel) {
    if (signal.aborted) {
        // Aborted after the call's own check (by code run while its arguments were lowered): an
        // 'abort' listener added now would never fire.
        cancel();
        return;
    }
    let cancels = cancelsBySignal.get(signal);
    if (cancels === undefined) {
        cancels = new Set();
        cancelsBySignal.set(signal, cancels);
        signal.addEventListener('abort', abortListener, { once: true });
    }
    cancels.add(cancel);
}
function offAbort(signal, cancel) {
    const cancels = cancelsBySignal.get(signal);
    if (cancels === undefined || !cancels.delete(cancel) || cancels.size > 0)
        return;
    cancelsBySignal.delete(signal);
    signal.removeEventListener('abort', abortListener);
}
/**
 * The driver of each opened library, which installs the library's one continuation callback. It
 * is shared by every copy of this runtime (one per generated package): an async method of one
 * package may run in the library another package opened, and must use that library's driver
 * (a second one would replace the callback, and the first one's futures would never wake).
 */
const DRIVERS_KEY = Symbol.for('uniffi-bindgen-ts.future-drivers');
const drivers = (globalThis[DRIVERS_KEY] ??= new WeakMap());
/** Drives the futures of one native library. */
class FutureDriver {
    native;
    /** The driver of `native`, made on first use: every caller of a library shares its one driver. */
    static of(native) {
        let driver = drivers.get(native);
        if (driver === undefined) {
            driver = new FutureDriver(native);
            drivers.set(native, driver);
        }
        return driver;
    }
    waiting = new handle_map_1.HandleMap();
    /** Futures started and not yet freed, with the kind their `rust_future_*` functions take. */
    inFlight = new Map();
    constructor(native) {
        this.native = native;
        native.setContinuationHandler((data, pollCode) => {
            const resume = this.waiting.take(data);
            if (resume !== undefined) {
                resume(pollCode);
            }
        });
        // When a thread (a worker, or the process) exits with futures pending, Rust would later wake
        // them through a continuation whose JavaScript side is gone. Cancelling and freeing them
        // first means Rust never calls it, and frees their memory.
        (0, host_1.onThreadExit)(() => this.abandonAll());
    }
    abandonAll() {
        for (const [handle, kind] of this.inFlight) {
            try {
                this.native.futureCancel(kind, handle);
                this.native.futureFree(kind, handle);
            }
            catch {
                // Exiting: nothing more can be done.
            }
        }
        this.inFlight.clear();
    }
    /** Futures currently waiting for Rust. */
    get pending() {
        return this.waiting.size;
    }
    poll(kind, handle) {
        return new Promise((resolve) => {
            const key = this.waiting.insert(resolve);
            this.native.futurePoll(kind, handle, key);
        });
    }
    /** Awaits the future `handle` and returns what `complete` gives, then frees the future. */
    async run(handle, kind, name, returns, errors, signal) {
        const native = this.native;
        this.inFlight.set(handle, kind);
        native.retainContinuation();
        const cancel = () => native.futureCancel(kind, handle);
        try {
            if (signal !== undefined)
                onAbort(signal, cancel);
            while ((await this.poll(kind, handle)) !== POLL_READY) {
                // WAKE: the future made progress and wants to be polled again.
            }
            const { value, status } = native.futureComplete(kind, handle);
            if (status.code === rust_call_1.CALL_CANCELLED) {
                throw (0, errors_1.abortError)(signal);
            }
            // Objects in the result or the error belong to this library.
            const outer = (0, lifting_1.beginLifting)(native);
            try {
                (0, rust_call_1.checkCallStatus)(native, status, errors, name);
                return (returns === undefined ? undefined : returns.lift(value, native));
            }
            finally {
                (0, lifting_1.endLifting)(outer);
            }
        }
        finally {
            if (signal !== undefined)
                offAbort(signal, cancel);
            this.inFlight.delete(handle);
            native.futureFree(kind, handle);
            native.releaseContinuation();
        }
    }
}
exports.FutureDriver = FutureDriver;
/** An async Rust function: calling it starts the future and returns a Promise of its result. */
class AsyncFunction extends rust_call_1.RustFunction {
    host;
    constructor(host, declaration, params, returns, errors) {
        super(host, declaration, params, returns, errors);
        this.host = host;
    }
    get future() {
        return this.declaration.future ?? 'void';
    }
    call(args, options) {
        return this.callIn(undefined, args, options);
    }
    /**
     * Starts the future in `native` (by default the package's library) and drives it with that
     * library's driver. Every failure, a library that cannot open included, is a rejection.
     */
    async callIn(native, args, options) {
        // A number or a string here is a mistake (an extra argument?), not "no options".
        if (options !== undefined && options !== null && typeof options !== 'object') {
            throw (0, converters_1.typeError)('options', 'an options object ({ signal?: AbortSignal }) or undefined', options);
        }
        const signal = options?.signal;
        if (signal !== undefined && !(signal instanceof AbortSignal)) {
            throw new TypeError(`${this.declaration.name}: options.signal must be an AbortSignal`);
        }
        native ??= this.host.native;
        const d = this.declaration;
        // An aborted signal rejects after the argument checks (bad arguments still report) and
        // before lowering, so nothing is allocated or cloned for a call that never happens.
        const scaffolding = this.scaffoldingIn(native);
        const lowered = (0, rust_call_1.lowerArguments)(native, this.params, args, () => {
            if (signal?.aborted)
                throw (0, errors_1.abortError)(signal);
        });
        const { value: handle } = scaffolding(lowered);
        const futures = native === this.host.native ? this.host.futures : FutureDriver.of(native);
        // Awaited, not returned: V8's async stack trace of an error thrown by `run` then goes on
        // through this call and the generated function to the caller's own `await`.
        return await futures.run(handle, this.future, d.name, this.returns, this.errors, signal);
    }
}
exports.AsyncFunction = AsyncFunction;
/**
 * An async method of an object: it runs in the library that made the object, as a `SyncMethod`
 * does.
 */
class AsyncMethod extends AsyncFunction {
    receiver = (0, rust_call_1.receiverOf)(this.declaration, this.params);
    constructor(host, declaration, params, returns, errors) {
        super(host, declaration, (0, rust_call_1.methodParameters)(declaration, params), returns, errors);
    }
    call(args, options) {
        return this.callIn(this.receiver.ownerOf(args[0]), args, options);
    }
}
exports.AsyncMethod = AsyncMethod;
