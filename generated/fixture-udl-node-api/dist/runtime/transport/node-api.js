"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.transport = exports.ADDON_VARIABLE = exports.ADDON_PACKAGE = void 0;
const native_1 = require("./native");
const addon_1 = require("./node-api/addon");
const dispatch_1 = require("./node-api/dispatch");
const slots_1 = require("./node-api/slots");
var addon_2 = require("./node-api/addon");
Object.defineProperty(exports, "ADDON_PACKAGE", { enumerable: true, get: function () { return addon_2.ADDON_PACKAGE; } });
Object.defineProperty(exports, "ADDON_VARIABLE", { enumerable: true, get: function () { return addon_2.ADDON_VARIABLE; } });
class NodeApiLibrary {
    path;
    transport = 'node-api';
    addon;
    /** Runs the prepared call whose id is in the slot area, its inputs there too. */
    call;
    native;
    slots;
    buffers;
    handleFunctions = new Map();
    /** The prepared tracking of objects, by free symbol (see `trackObject`). */
    trackers = new Map();
    futureFunctions = new Map();
    pendingFutures = 0;
    callbacks;
    continuation;
    /** The addon's continuation does not keep Node alive: this timer does while futures are pending. */
    keepAlive;
    constructor(path, crateName) {
        this.path = path;
        this.addon = (0, addon_1.theAddon)();
        this.call = this.addon.rawFunctions().call;
        this.slots = (0, addon_1.slotArea)(this.addon);
        this.native = new this.addon.Library(path, crateName);
        const [fromBytes, free, copy, takeString, takeInto, fromArea, takeToArea] = this.native.prepareBuffers();
        this.buffers = { fromBytes, free, copy, takeString, takeInto, fromArea, takeToArea };
    }
    callReturningU16(symbol) {
        return this.native.callReturningInteger(symbol, 16);
    }
    callReturningU32(symbol) {
        return this.native.callReturningInteger(symbol, 32);
    }
    trackObject(freeSymbol, handle) {
        let id = this.trackers.get(freeSymbol);
        if (id === undefined)
            this.trackers.set(freeSymbol, (id = this.native.prepareTracking(freeSymbol)));
        this.slots.u64[0] = handle;
        this.slots.f64[slots_1.ID] = id;
        this.call();
    }
    callHandleFunction(symbol, handle) {
        let id = this.handleFunctions.get(symbol);
        if (id === undefined)
            this.handleFunctions.set(symbol, (id = this.native.prepareHandleFunction(symbol)));
        const slots = this.slots;
        slots.u64[0] = handle;
        slots.f64[slots_1.ID] = id;
        this.call();
        const status = slots.status();
        if (status.code !== 0)
            throw (0, native_1.helperFailure)(symbol, status, () => this.takeString(status.errorBuf));
        return slots.u64[0];
    }
    prepare(declaration) {
        const { symbol, args, returns } = declaration;
        const withStatus = declaration.future === undefined;
        const id = this.native.prepare(symbol, [...args], returns, withStatus);
        const slots = this.slots;
        const addon = this.addon;
        const call = this.call;
        const count = args.length;
        if (args.filter((kind) => kind === 'foreign_bytes').length === 1) {
            const view = args.indexOf('foreign_bytes');
            return (values) => {
                let at = 0;
                for (let i = 0; i < count; i++)
                    if (i !== view)
                        at = slots.write(args[i], values[i], at);
                slots.f64[slots_1.ID] = id;
                addon.callWithView(values[view]);
                return { value: slots.result(returns), status: withStatus ? slots.status() : native_1.SUCCESS };
            };
        }
        if (args.includes('foreign_bytes')) {
            return (values) => {
                let at = 0;
                const bytes = [];
                for (let i = 0; i < count; i++) {
                    const kind = args[i];
                    if (kind === 'foreign_bytes')
                        bytes.push(values[i]);
                    else
                        at = slots.write(kind, values[i], at);
                }
                slots.f64[slots_1.ID] = id;
                addon.callWithBytes(bytes);
                return { value: slots.result(returns), status: withStatus ? slots.status() : native_1.SUCCESS };
            };
        }
        return (values) => {
            let at = 0;
            for (let i = 0; i < count; i++)
                at = slots.write(args[i], values[i], at);
            slots.f64[slots_1.ID] = id;
            call();
            return { value: slots.result(returns), status: withStatus ? slots.status() : native_1.SUCCESS };
        };
    }
    registerVtable(initSymbol, vtable) {
        const share = this.copyCallbacks();
        const methods = vtable.methods.map((method) => ({
            isAsync: method.kind === 'async',
            args: [...method.args],
            returns: method.returns,
        }));
        // The addon registers it with Rust once per process, checking that every copy's agrees.
        share.vtables.set(this.native.registerVtable(initSymbol, methods), vtable);
    }
    foreignHandles(initSymbol) {
        const share = this.copyCallbacks();
        let handles = share.handles.get(initSymbol);
        if (handles === undefined) {
            const directory = (this.native.shared().uniffiCopies ??= new Map());
            handles = new dispatch_1.CopyHandles(share.dispatcher, directory, initSymbol);
            share.handles.set(initSymbol, handles);
        }
        return handles;
    }
    /** This copy's dispatcher and what it answers with, made on first use; listed in the realm's directory. */
    copyCallbacks() {
        if (this.callbacks !== undefined)
            return this.callbacks;
        const dispatcher = this.native.addDispatcher((0, dispatch_1.makeDispatcher)(() => callbacks, this.native, (value) => this.rustBufferFromString(value), this.slots));
        const callbacks = { dispatcher, vtables: new Map(), handles: new Map(), dropped: new Map() };
        (this.native.shared().uniffiCopies ??= new Map()).set(dispatcher, callbacks.handles);
        return (this.callbacks = callbacks);
    }
    // ---- RustBuffers --------------------------------------------------------------------------
    rustBufferFromBytes(bytes) {
        const slots = this.slots;
        if (bytes.length <= slots_1.DATA_BYTES) {
            // Through the slot area: no argument to convert.
            slots.data.set(bytes);
            slots.f64[slots_1.LEN] = bytes.length;
            slots.f64[slots_1.ID] = this.buffers.fromArea;
            this.call();
        }
        else {
            slots.f64[slots_1.ID] = this.buffers.fromBytes;
            this.addon.callWithView(bytes);
        }
        return slots.buffer(0);
    }
    rustBufferFromString(value) {
        const slots = this.slots;
        if (value.length * 3 <= slots_1.DATA_BYTES) {
            // Encoded into the slot area (UTF-8 takes at most 3 bytes per UTF-16 unit).
            slots.f64[slots_1.LEN] = slots_1.encoder.encodeInto(value, slots.data).written;
            slots.f64[slots_1.ID] = this.buffers.fromArea;
            this.call();
        }
        else {
            // Encoded to UTF-8 by Node-API, in the same crossing.
            slots.f64[slots_1.ID] = this.buffers.fromBytes;
            this.addon.callWithString(value);
        }
        return slots.buffer(0);
    }
    rustBufferFree(buffer) {
        if (buffer.capacity === 0 && buffer.len === 0 && buffer.data === 0)
            return;
        this.slots.setBuffer(buffer);
        this.slots.f64[slots_1.ID] = this.buffers.free;
        this.call();
    }
    rustBufferBytes(buffer) {
        const bytes = new Uint8Array(buffer.len);
        this.copyRustBuffer(buffer, bytes);
        return bytes;
    }
    copyRustBuffer(buffer, into) {
        if (buffer.len === 0)
            return;
        this.slots.setBuffer(buffer);
        this.slots.f64[slots_1.ID] = this.buffers.copy;
        this.addon.callWithView(into);
    }
    takeInto(buffer, into) {
        if (buffer.capacity === 0 && buffer.len === 0 && buffer.data === 0)
            return;
        // Copied and freed in one crossing.
        const slots = this.slots;
        slots.setBuffer(buffer);
        if (buffer.len <= slots_1.DATA_BYTES) {
            slots.f64[slots_1.ID] = this.buffers.takeToArea;
            this.call();
            (0, slots_1.copyFromArea)(slots.data, into, buffer.len);
        }
        else {
            slots.f64[slots_1.ID] = this.buffers.takeInto;
            this.addon.callWithView(into);
        }
    }
    takeBytes(buffer) {
        const bytes = new Uint8Array(buffer.len);
        this.takeInto(buffer, bytes);
        return bytes;
    }
    takeString(buffer) {
        if (buffer.capacity === 0 && buffer.len === 0 && buffer.data === 0)
            return '';
        // Read and freed in one crossing.
        const slots = this.slots;
        slots.setBuffer(buffer);
        if (buffer.len <= slots_1.DATA_BYTES) {
            slots.f64[slots_1.ID] = this.buffers.takeToArea;
            this.call();
            return slots.data.toString('utf8', 0, buffer.len);
        }
        slots.f64[slots_1.ID] = this.buffers.takeString;
        return this.addon.callReturningString();
    }
    // ---- futures ------------------------------------------------------------------------------
    setContinuationHandler(handler) {
        this.continuation = handler;
        this.native.setContinuation((wakes) => {
            for (let i = 0; i < wakes.length; i++) {
                const wake = wakes[i];
                const pollCode = wake % 4;
                handler((wake - pollCode) / 4, pollCode);
            }
        });
    }
    retainContinuation() {
        if (this.pendingFutures++ === 0)
            this.keepAlive ??= setInterval(() => { }, 2 ** 30);
    }
    releaseContinuation() {
        if (--this.pendingFutures === 0 && this.keepAlive !== undefined) {
            clearInterval(this.keepAlive);
            this.keepAlive = undefined;
        }
    }
    /** Sets up the call of `[poll, cancel, free, complete]` (`which`) of a future completing with `kind`. */
    futureCall(kind, which, handle) {
        let ids = this.futureFunctions.get(kind);
        if (ids === undefined)
            this.futureFunctions.set(kind, (ids = this.native.prepareFuture(kind)));
        this.slots.u64[0] = handle;
        this.slots.f64[slots_1.ID] = ids[which];
    }
    futurePoll(returnKind, handle, data) {
        this.futureCall(returnKind, 0, handle);
        this.slots.f64[1] = data;
        this.call();
        // A continuation that fired inside the poll, on this thread, is not queued: handled now.
        const fired = this.slots.f64[2];
        if (fired >= 0)
            this.continuation?.(data, fired);
    }
    futureCancel(returnKind, handle) {
        this.futureCall(returnKind, 1, handle);
        this.call();
    }
    futureFree(returnKind, handle) {
        this.futureCall(returnKind, 2, handle);
        this.call();
    }
    futureComplete(returnKind, handle) {
        this.futureCall(returnKind, 3, handle);
        this.call();
        return { value: this.slots.result(returnKind), status: this.slots.status() };
    }
}
/** The node-api transport. */
exports.transport = {
    name: 'node-api',
    open: (path, crateName) => new NodeApiLibrary(path, crateName),
};
