"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.transport = exports.ADDON_VARIABLE = exports.ADDON_PACKAGE = void 0;
/**
 * The node-api backend: our own Node-API addon (`bindgen-ts/native/node-api`, napi-rs + libffi).
 * The addon is loaded once per process and shared by every realm; it opens each library once
 * and never closes it, and calls any scaffolding function as published (no FFI-buffer twins
 * needed). Arguments and results cross through a slot area this module shares with the addon (one
 * `ArrayBuffer` per library): numbers as f64, 64-bit integers and handles as their bits, a
 * RustBuffer as three f64; the addon writes the result from slot 0 and the call status at the
 * end. Futures wake through the addon's native continuation, queued to this realm's thread.
 *
 * Rust calling JavaScript: the addon registers each vtable once per process and routes every
 * call by its handle to the realm that owns the object (a handle carries its realm's dispatcher
 * endpoint in its high bits). Every copy of the package in one realm shares one dispatcher, one
 * handle map per interface, and the vtables ({@link RealmShare}, kept by the addon), so no call
 * reaches the wrong copy's objects. A call for a realm that has ended gets an error status in Rust.
 */
const ffi_types_1 = require("../ffi-types");
const handle_map_1 = require("../handle-map");
const host_1 = require("../host");
const native_1 = require("./native");
/** The npm package of the addon; it picks its platform package. */
exports.ADDON_PACKAGE = 'uniffi-bindgen-ts-node-api';
/** Names the addon file to use instead of the package's (development and tests). */
exports.ADDON_VARIABLE = 'UNIFFI_TS_NODE_API_ADDON';
let addon;
function theAddon() {
    if (addon !== undefined)
        return addon;
    const given = (0, host_1.environment)()[exports.ADDON_VARIABLE];
    const path = given !== undefined && given !== '' ? given : (0, host_1.resolveModule)(exports.ADDON_PACKAGE);
    if (path === undefined) {
        throw new Error(`the node-api transport needs its addon, the npm package ${exports.ADDON_PACKAGE} (with its platform package), ` +
            `or ${exports.ADDON_VARIABLE} naming the addon file`);
    }
    addon = (0, host_1.loadAddon)(path);
    return addon;
}
/** The slots the addon names besides methods. */
const FREE = -2;
const CLONE = -1;
const DROPPED = -3;
/** A handle's endpoint sits above this bit (the addon's `ENDPOINT_SHIFT`). */
const ENDPOINT_SHIFT = 40n;
const UNEXPECTED_ERROR = 2;
function describe(error) {
    try {
        return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    catch {
        return 'an exception that cannot be described';
    }
}
/** The realm's dispatcher: runs each call from Rust on the vtable it names. Never throws. */
function makeDispatcher(share, native, library) {
    return (vtableId, slot, handle, args, token) => {
        try {
            const { vtables, dropped } = share();
            if (slot === DROPPED) {
                const cancel = dropped.get(token);
                dropped.delete(token);
                cancel?.();
                return undefined;
            }
            const vtable = vtables.get(vtableId);
            if (vtable === undefined)
                throw new Error(`no vtable ${vtableId} in this realm`);
            if (slot === FREE) {
                vtable.free(handle);
                return undefined;
            }
            if (slot === CLONE)
                return [0, vtable.clone(handle)];
            const method = vtable.methods[slot];
            if (method === undefined)
                throw new Error(`no method ${slot} in vtable ${vtableId}`);
            if (method.kind === 'sync') {
                let answer = [0, undefined];
                method.call(handle, args, {
                    returnValue: (value) => (answer = [0, value]),
                    status: (code, errorBuf) => (answer = [code, errorBuf]),
                });
                return answer;
            }
            method.call(handle, args, {
                complete: (value, code, errorBuf) => {
                    dropped.delete(token);
                    native.completeForeignFuture(token, code, value, errorBuf);
                },
                onDropped: (cancel) => dropped.set(token, cancel),
            });
            return undefined;
        }
        catch (error) {
            try {
                return [UNEXPECTED_ERROR, library.rustBufferFromString(describe(error))];
            }
            catch {
                return [UNEXPECTED_ERROR, ffi_types_1.EMPTY_RUST_BUFFER];
            }
        }
    };
}
const SLOT_COUNT = 256;
const STATUS = SLOT_COUNT - 4;
/** The slot area shared with the addon, and typed views of it. */
class SlotArea {
    bytes = new Uint8Array(SLOT_COUNT * 8);
    f64 = new Float64Array(this.bytes.buffer);
    i64 = new BigInt64Array(this.bytes.buffer);
    u64 = new BigUint64Array(this.bytes.buffer);
    /** Writes `value` of `kind` at `at`; returns the next free slot. */
    write(kind, value, at) {
        switch (kind) {
            case 'i64':
                this.i64[at] = value;
                return at + 1;
            case 'u64':
            case 'handle':
                this.u64[at] = value;
                return at + 1;
            case 'rust_buffer': {
                const buffer = value;
                this.f64[at] = buffer.capacity;
                this.f64[at + 1] = buffer.len;
                this.f64[at + 2] = buffer.data;
                return at + 3;
            }
            case 'foreign_bytes':
            case 'void':
                return at;
            default:
                this.f64[at] = value;
                return at + 1;
        }
    }
    /** The result of `kind`, from slot 0. */
    result(kind) {
        switch (kind) {
            case 'i64':
                return this.i64[0];
            case 'u64':
            case 'handle':
                return this.u64[0];
            case 'rust_buffer':
                return this.buffer(0);
            case 'void':
                return undefined;
            default:
                return this.f64[0];
        }
    }
    buffer(at) {
        const capacity = this.f64[at];
        const len = this.f64[at + 1];
        const data = this.f64[at + 2];
        return capacity === 0 && len === 0 && data === 0 ? ffi_types_1.EMPTY_RUST_BUFFER : { capacity, len, data };
    }
    setBuffer(buffer) {
        this.f64[0] = buffer.capacity;
        this.f64[1] = buffer.len;
        this.f64[2] = buffer.data;
    }
    status() {
        const code = this.f64[STATUS];
        return code === 0 ? native_1.SUCCESS : { code, errorBuf: this.buffer(STATUS + 1) };
    }
}
class NodeApiLibrary {
    path;
    transport = 'node-api';
    native;
    slots = new SlotArea();
    pendingFutures = 0;
    realmShare;
    /** The addon's continuation does not keep Node alive: this timer does while futures are pending. */
    keepAlive;
    constructor(path, crateName) {
        this.path = path;
        this.native = new (theAddon().Library)(path, crateName);
        this.native.setSlots(this.slots.bytes);
    }
    callReturningU16(symbol) {
        return this.native.callReturningInteger(symbol, 16);
    }
    callReturningU32(symbol) {
        return this.native.callReturningInteger(symbol, 32);
    }
    callHandleFunction(symbol, handle) {
        return this.native.callHandleFunction(symbol, handle);
    }
    prepare(declaration) {
        const { symbol, args, returns } = declaration;
        const withStatus = declaration.future === undefined;
        const f = this.native.prepare(symbol, [...args], returns, withStatus);
        const slots = this.slots;
        const byteArgs = args.filter((kind) => kind === 'foreign_bytes').length;
        return (values) => {
            let at = 0;
            let bytes;
            for (let i = 0; i < args.length; i++) {
                const kind = args[i];
                if (kind === 'foreign_bytes')
                    (bytes ??= []).push(values[i]);
                else
                    at = slots.write(kind, values[i], at);
            }
            if (byteArgs > 0)
                f.callWithBytes(bytes ?? []);
            else
                f.call();
            return { value: slots.result(returns), status: withStatus ? slots.status() : native_1.SUCCESS };
        };
    }
    registerVtable(initSymbol, vtable) {
        const share = this.share();
        const methods = vtable.methods.map((method) => ({
            isAsync: method.kind === 'async',
            args: [...method.args],
            returns: method.returns,
        }));
        const id = this.native.registerVtable(initSymbol, methods);
        // The first copy's vtable serves the realm; the addon checked that the methods are the same.
        if (!share.vtables.has(id))
            share.vtables.set(id, vtable);
    }
    foreignHandles(initSymbol) {
        const share = this.share();
        let handles = share.handles.get(initSymbol);
        if (handles === undefined) {
            handles = new handle_map_1.ForeignHandles(BigInt(share.dispatcher) << ENDPOINT_SHIFT);
            share.handles.set(initSymbol, handles);
        }
        return handles;
    }
    /** What every copy of the package in this realm shares for this library, made by the first. */
    share() {
        if (this.realmShare !== undefined)
            return this.realmShare;
        const shared = this.native.shared();
        if (shared.uniffiRealmShare === undefined) {
            const dispatcher = this.native.addDispatcher(makeDispatcher(() => share, this.native, this));
            const share = { dispatcher, vtables: new Map(), handles: new Map(), dropped: new Map() };
            shared.uniffiRealmShare = share;
        }
        return (this.realmShare = shared.uniffiRealmShare);
    }
    // ---- RustBuffers --------------------------------------------------------------------------
    rustBufferFromBytes(bytes) {
        this.native.rustBufferFromBytes(bytes);
        return this.slots.buffer(0);
    }
    rustBufferFromString(value) {
        // Encoded to UTF-8 by Node-API, in the same crossing.
        this.native.rustBufferFromString(value);
        return this.slots.buffer(0);
    }
    rustBufferFree(buffer) {
        if (buffer.capacity === 0 && buffer.len === 0 && buffer.data === 0)
            return;
        this.slots.setBuffer(buffer);
        this.native.rustBufferFree();
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
        this.native.copyRustBuffer(into);
    }
    takeBytes(buffer) {
        try {
            return this.rustBufferBytes(buffer);
        }
        finally {
            this.rustBufferFree(buffer);
        }
    }
    takeString(buffer) {
        if (buffer.capacity === 0 && buffer.len === 0 && buffer.data === 0)
            return '';
        // Read and freed in one crossing.
        this.slots.setBuffer(buffer);
        return this.native.takeString();
    }
    // ---- futures ------------------------------------------------------------------------------
    setContinuationHandler(handler) {
        this.native.setContinuation(handler);
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
    futurePoll(returnKind, handle, data) {
        this.native.futurePoll((0, ffi_types_1.futureSuffix)(returnKind), handle, data);
    }
    futureCancel(returnKind, handle) {
        this.native.futureRelease('cancel', (0, ffi_types_1.futureSuffix)(returnKind), handle);
    }
    futureFree(returnKind, handle) {
        this.native.futureRelease('free', (0, ffi_types_1.futureSuffix)(returnKind), handle);
    }
    futureComplete(returnKind, handle) {
        this.native.futureComplete(returnKind, handle);
        return { value: this.slots.result(returnKind), status: this.slots.status() };
    }
}
/** The node-api transport. */
exports.transport = {
    name: 'node-api',
    open: (path, crateName) => new NodeApiLibrary(path, crateName),
};
