"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CopyHandles = void 0;
exports.makeDispatcher = makeDispatcher;
/**
 * Rust calling JavaScript on the node-api backend: each package copy's dispatcher, which the
 * addon calls with the call in the slot area and which runs it on the copy's own vtable, and the
 * copy's handle maps, which find a handle another copy in the realm made (a handle carries its
 * copy's dispatcher endpoint in its high bits).
 */
const errors_1 = require("../../errors");
const ffi_types_1 = require("../../ffi-types");
const handle_map_1 = require("../../handle-map");
const slots_1 = require("./slots");
/** The slots the addon names besides methods. */
const FREE = -2;
const CLONE = -1;
const DROPPED = -3;
/** A handle's endpoint sits above this bit (the addon's `ENDPOINT_SHIFT`). */
const ENDPOINT_SHIFT = 40n;
const UNEXPECTED_ERROR = 2;
/** The dispatcher endpoint a handle names. */
function ownerOf(handle) {
    return Number(handle >> ENDPOINT_SHIFT);
}
/**
 * A copy's handle map for one interface, which looks a handle another copy of the package in the
 * realm made up in that copy's map.
 */
class CopyHandles extends handle_map_1.ForeignHandles {
    endpoint;
    directory;
    initSymbol;
    constructor(endpoint, directory, initSymbol) {
        super(BigInt(endpoint) << ENDPOINT_SHIFT);
        this.endpoint = endpoint;
        this.directory = directory;
        this.initSymbol = initSymbol;
    }
    owner(handle) {
        const endpoint = ownerOf(handle);
        return endpoint === this.endpoint ? undefined : this.directory.get(endpoint)?.get(this.initSymbol);
    }
    get(handle) {
        return this.owner(handle)?.get(handle) ?? super.get(handle);
    }
    take(handle) {
        return this.owner(handle)?.take(handle) ?? super.take(handle);
    }
}
exports.CopyHandles = CopyHandles;
/** A copy's dispatcher: runs each call from Rust on the vtable it names. Never throws. */
function makeDispatcher(share, native, fromString, slots) {
    /** The answer, written last: nested calls from the method have used the area meanwhile. */
    const answer = (code, kind, value, errorBuf) => {
        if (code === 0)
            slots.write(kind, value, 0);
        else
            slots.setBufferAt(slots_1.STATUS + 1, errorBuf);
        slots.f64[slots_1.STATUS] = code;
    };
    return () => {
        const vtableId = slots.f64[0];
        const slot = slots.f64[1];
        const token = slots.f64[2];
        const handle = slots.u64[3];
        try {
            const { vtables, dropped } = share();
            if (slot === DROPPED) {
                const cancel = dropped.get(token);
                dropped.delete(token);
                cancel?.();
                return;
            }
            const vtable = vtables.get(vtableId);
            if (vtable === undefined)
                throw new Error(`no vtable ${vtableId} in this realm`);
            if (slot === FREE) {
                vtable.free(handle);
                return;
            }
            if (slot === CLONE) {
                answer(0, 'u64', vtable.clone(handle), ffi_types_1.EMPTY_RUST_BUFFER);
                return;
            }
            const method = vtable.methods[slot];
            if (method === undefined)
                throw new Error(`no method ${slot} in vtable ${vtableId}`);
            const args = slots.read(method.args, 4);
            if (method.kind === 'sync') {
                let result = [0, undefined, ffi_types_1.EMPTY_RUST_BUFFER];
                method.call(handle, args, {
                    returnValue: (value) => (result = [0, value, ffi_types_1.EMPTY_RUST_BUFFER]),
                    status: (code, errorBuf) => (result = [code, undefined, errorBuf]),
                });
                answer(result[0], method.returns, result[1], result[2]);
                return;
            }
            method.call(handle, args, {
                complete: (value, code, errorBuf) => {
                    dropped.delete(token);
                    native.completeForeignFuture(token, code, value, errorBuf);
                },
                onDropped: (cancel) => dropped.set(token, cancel),
            });
        }
        catch (error) {
            let errorBuf = ffi_types_1.EMPTY_RUST_BUFFER;
            try {
                errorBuf = fromString((0, errors_1.messageOf)(error));
            }
            catch {
                // The status alone, then.
            }
            answer(UNEXPECTED_ERROR, 'void', undefined, errorBuf);
        }
    };
}
