"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.transport = void 0;
exports.koffiTransport = koffiTransport;
/**
 * The koffi backend: every platform koffi ships for, any UniFFI crate as it is.
 *
 * Each scaffolding function takes the fastest route the library offers (measured, README
 * "Transports"):
 * - scalar-only signatures call the plain symbol directly (one koffi call, ~the cost of a C call);
 * - signatures with RustBuffers or ForeignBytes, or a float result, call the FFI-buffer twin when the crate enables
 *   `scaffolding-ffi-buffer-fns` (arguments in a scratch {@link Arena}: no struct marshalling),
 *   and otherwise the plain symbol with koffi's struct-by-value support, which is portable.
 * The RustBuffer helpers use their System V scalar signatures on x86-64 Linux and macOS
 * (`c-abi.ts`), and koffi's structs everywhere else.
 */
const koffi_1 = __importDefault(require("koffi"));
const ffi_types_1 = require("../ffi-types");
const host_1 = require("../host");
const arena_1 = require("./arena");
const backend_1 = require("./backend");
const c_types_1 = require("./koffi/c-types");
const pin_1 = require("./koffi/pin");
const c_abi_1 = require("./c-abi");
const buffer_pool_1 = require("./buffer-pool");
const native_1 = require("./native");
/** Status slots of calls nested through callbacks (a Rust call made while another is running). */
const MAX_CALL_DEPTH = 64;
const STATUS_SIZE = 32;
class KoffiLibrary extends backend_1.BackendLibrary {
    path;
    crateName;
    transport = 'koffi';
    lib;
    arena;
    memory;
    helpers;
    pool = new buffer_pool_1.RustBufferPool();
    /** memcpy between native addresses, where the process exports it. */
    copyIn;
    /** One RustCallStatus per call depth, for plain scaffolding calls and handle calls. */
    statuses = Buffer.alloc(STATUS_SIZE * MAX_CALL_DEPTH);
    statusBase;
    depth = 0;
    /** Copies `len` bytes at `address` to the start of `into`, or of the arena's data area. */
    copyOut;
    handleFunctions = new Map();
    futureFunctions = new Map();
    continuationHandler;
    continuationPointer;
    /** A registered koffi callback does not keep Node alive: this timer does while futures are pending. */
    keepAlive;
    constructor(path, crateName, abi) {
        super();
        this.path = path;
        this.crateName = crateName;
        this.lib = koffi_1.default.load(path);
        (0, pin_1.pinForProcess)(path);
        this.statusBase = Number(koffi_1.default.address(this.statuses));
        // A Buffer's backing store never moves, so its address can be handed to Rust.
        const view = Buffer.allocUnsafeSlow(arena_1.ARENA_SIZE);
        const base = Number(koffi_1.default.address(view));
        const memcpy = (0, c_types_1.findMemcpy)();
        this.copyIn = memcpy?.toAddress;
        const data = base + arena_1.DATA;
        this.copyOut =
            memcpy === undefined
                ? (address, len, into) => void (into ?? view.subarray(arena_1.DATA)).set(new Uint8Array(koffi_1.default.view(address, len)))
                : (address, len, into) => void (into === undefined ? memcpy.toAddress(data, address, len) : memcpy.toBuffer(into, address, len));
        this.memory = {
            malloc: (len) => Number(koffi_1.default.address(koffi_1.default.alloc('uint8_t', len))),
            free: (address) => koffi_1.default.free(address),
            copyIn: (address, bytes) => new Uint8Array(koffi_1.default.view(address, bytes.length)).set(bytes),
        };
        this.arena = new arena_1.Arena(view, base, this.memory);
        this.helpers = abi === 'sysv-x64' ? this.sysvHelpers() : this.structHelpers();
        this.continuationPointer = koffi_1.default.register((data, code) => {
            const handler = this.continuationHandler;
            if (handler !== undefined)
                (0, c_types_1.guard)(() => handler(Number(data), code));
        }, c_types_1.CONTINUATION);
        // A worker's kept buffers would outlive it in the process (the arena is JavaScript memory).
        if (!host_1.onMainThread)
            (0, host_1.onThreadExit)(() => this.releaseAtThreadExit());
    }
    /** The worker is ending: kept buffers go back to Rust. */
    releaseAtThreadExit() {
        for (const buffer of this.pool.drain()) {
            try {
                this.helpers.free(buffer);
            }
            catch {
                // The thread is ending: free the rest.
            }
        }
    }
    helper(name) {
        return (0, native_1.helperSymbol)(this.crateName, name);
    }
    func(symbol, result, args) {
        return this.lib.func(symbol, result, args);
    }
    /** The helpers as System V scalar calls, through the arena's out-slot and status. */
    sysvHelpers() {
        const arena = this.arena;
        const out = arena.address(arena_1.OUT);
        const status = arena.address(arena_1.STATUS);
        const data = arena.address(arena_1.DATA);
        // RustBuffer f(ForeignBytes, RustCallStatus*): hidden return pointer, the 16-byte
        // ForeignBytes in two registers, the status.
        const fromBytes = this.func(this.helper('rustbuffer_from_bytes'), 'void', [
            'uintptr_t',
            'int32_t',
            'uintptr_t',
            'uintptr_t',
        ]);
        const alloc = this.func(this.helper('rustbuffer_alloc'), 'void', ['uintptr_t', 'uint64_t', 'uintptr_t']);
        const freeTypes = Array.from({ length: c_abi_1.SYSV_FREE_ARGUMENT_COUNT }, () => 'uintptr_t');
        const free = this.func(this.helper('rustbuffer_free'), 'void', freeTypes);
        const complete = new Map();
        const fromArenaData = (len) => {
            arena.clearStatus();
            fromBytes(out, len, data, status);
            this.checkHelperStatus('rustbuffer_from_bytes', arena.readStatus());
            return arena.readRustBuffer(arena_1.OUT);
        };
        return {
            fromArenaData,
            fromBytes: (bytes) => {
                if (bytes.length <= arena_1.DATA_SIZE) {
                    arena.view.set(bytes, arena_1.DATA);
                    return fromArenaData(bytes.length);
                }
                arena.clearStatus();
                alloc(out, bytes.length, status);
                this.checkHelperStatus('rustbuffer_alloc', arena.readStatus());
                const buffer = arena.readRustBuffer(arena_1.OUT);
                this.memory.copyIn(buffer.data, bytes);
                return buffer;
            },
            free: (buffer) => {
                arena.clearStatus();
                free(...(0, c_abi_1.sysvFreeArguments)(buffer.capacity, buffer.len, buffer.data, status));
                this.checkHelperStatus('rustbuffer_free', arena.readStatus());
            },
            complete: (symbol, handle) => {
                let f = complete.get(symbol);
                if (f === undefined) {
                    f = this.func(symbol, 'void', ['uintptr_t', 'uint64_t', 'uintptr_t']);
                    complete.set(symbol, f);
                }
                f(out, handle, status);
                return arena.readRustBuffer(arena_1.OUT);
            },
        };
    }
    /** The helpers with koffi's struct-by-value support: the portable way. */
    structHelpers() {
        const arena = this.arena;
        const status = arena.address(arena_1.STATUS);
        const fromBytes = this.func(this.helper('rustbuffer_from_bytes'), c_types_1.RUST_BUFFER, [c_types_1.FOREIGN_BYTES, 'uintptr_t']);
        const free = this.func(this.helper('rustbuffer_free'), 'void', [c_types_1.RUST_BUFFER, 'uintptr_t']);
        const complete = new Map();
        const fromBytesStruct = (bytes) => {
            arena.clearStatus();
            const buffer = fromBytes({ len: bytes.length, data: bytes }, status);
            this.checkHelperStatus('rustbuffer_from_bytes', arena.readStatus());
            return (0, c_types_1.readStructBuffer)(buffer);
        };
        return {
            fromBytes: fromBytesStruct,
            fromArenaData: (len) => fromBytesStruct(arena.view.subarray(arena_1.DATA, arena_1.DATA + len)),
            free: (buffer) => {
                arena.clearStatus();
                free(buffer, status);
                this.checkHelperStatus('rustbuffer_free', arena.readStatus());
            },
            complete: (symbol, handle) => {
                let f = complete.get(symbol);
                if (f === undefined) {
                    f = this.func(symbol, c_types_1.RUST_BUFFER, ['uint64_t', 'uintptr_t']);
                    complete.set(symbol, f);
                }
                return (0, c_types_1.readStructBuffer)(f(handle, status));
            },
        };
    }
    hasSymbol(symbol) {
        try {
            this.func(symbol, 'void', []);
            return true;
        }
        catch {
            return false;
        }
    }
    callReturningU16(symbol) {
        return this.func(symbol, 'uint16_t', [])();
    }
    callReturningU32(symbol) {
        return this.func(symbol, 'uint32_t', [])();
    }
    callHandleFunction(symbol, handle) {
        let f = this.handleFunctions.get(symbol);
        if (f === undefined) {
            f = this.func(symbol, 'uint64_t', ['uint64_t', 'uintptr_t']);
            this.handleFunctions.set(symbol, f);
        }
        const status = this.enter();
        try {
            const result = f(handle, status);
            this.checkHelperStatus(symbol, this.readStatus(status));
            return (0, c_types_1.toBigInt)(result);
        }
        finally {
            this.depth--;
        }
    }
    /** Starts a call: the address of its cleared status slot. */
    enter() {
        if (this.depth >= MAX_CALL_DEPTH) {
            throw new RangeError(`more than ${MAX_CALL_DEPTH} Rust calls nested through callbacks`);
        }
        const at = this.depth++ * STATUS_SIZE;
        // Rust writes the error buffer only along with a non-zero code.
        this.statuses[at] = 0;
        return this.statusBase + at;
    }
    readStatus(address) {
        const at = address - this.statusBase;
        const buffer = this.statuses;
        if (buffer[at] === 0)
            return native_1.SUCCESS;
        const word = (offset) => buffer.readUInt32LE(at + offset) + buffer.readUInt32LE(at + offset + 4) * 2 ** 32;
        const errorBuf = (0, c_types_1.readStructBuffer)({ capacity: word(8), len: word(16), data: word(24) });
        return { code: buffer.readInt8(at), errorBuf };
    }
    prepare(declaration) {
        const { symbol, args, returns } = declaration;
        const hasStatus = declaration.future === undefined;
        const structs = args.some(ffi_types_1.isStructKind) || (0, ffi_types_1.isStructKind)(returns);
        // koffi turns a returned float into a number through N-API, which drops NaN payloads; the
        // twin's return array keeps every bit.
        const floatReturn = returns === 'f32' || returns === 'f64';
        const twinSymbol = (0, native_1.ffiBufferSymbol)(symbol);
        if ((structs || floatReturn) && this.hasSymbol(twinSymbol)) {
            const twin = this.func(twinSymbol, 'void', ['uintptr_t', 'uintptr_t']);
            const frame = this.arena.frame(twinSymbol, args, returns, hasStatus);
            return (values) => frame(values, twin);
        }
        const types = args.map(c_types_1.koffiType);
        if (hasStatus)
            types.push('uintptr_t');
        const f = this.func(symbol, (0, c_types_1.koffiType)(returns), types);
        const toArguments = structs
            ? (values) => values.map((value, i) => (0, c_types_1.toKoffi)(args[i], value))
            : undefined;
        if (!hasStatus) {
            return (values) => ({
                value: (0, c_types_1.fromKoffi)(returns, (0, c_types_1.callWithout)(f, toArguments?.(values) ?? values)),
                status: native_1.SUCCESS,
            });
        }
        return (values) => {
            const status = this.enter();
            try {
                const value = (0, c_types_1.fromKoffi)(returns, (0, c_types_1.callWith)(f, toArguments?.(values) ?? values, status));
                return { value, status: this.readStatus(status) };
            }
            finally {
                this.depth--;
            }
        };
    }
    // ---- callbacks into JavaScript --------------------------------------------------------------
    /** Registered callbacks and vtable memory: referenced by Rust for the life of the process. */
    vtableMemory = [];
    /** Async foreign calls Rust may still drop, by the key Rust hands back to the dropped callback. */
    droppedHandlers = new Map();
    nextDroppedKey = 1;
    droppedPointer;
    /** `ForeignFutureComplete<kind>` prototypes and their result structs, by kind. */
    completions = new Map();
    registerVtable(initSymbol, vtable) {
        const fields = { uniffi_free: c_types_1.VTABLE_FREE, uniffi_clone: c_types_1.VTABLE_CLONE };
        const values = {
            uniffi_free: this.keep(koffi_1.default.register((handle) => (0, c_types_1.guard)(() => vtable.free((0, c_types_1.toBigInt)(handle))), c_types_1.VTABLE_FREE)),
            uniffi_clone: this.keep(koffi_1.default.register((handle) => (0, c_types_1.guard)(() => vtable.clone((0, c_types_1.toBigInt)(handle))) ?? 0n, c_types_1.VTABLE_CLONE)),
        };
        vtable.methods.forEach((method, i) => {
            const name = `method${i}`;
            const args = method.args.map(c_types_1.koffiType);
            if (method.kind === 'sync') {
                const type = koffi_1.default.pointer(koffi_1.default.proto('void', ['uint64_t', ...args, 'void *', 'void *']));
                fields[name] = type;
                values[name] = this.keep(koffi_1.default.register((...raw) => this.syncSlot(method, raw), type));
            }
            else {
                const type = koffi_1.default.pointer(koffi_1.default.proto('void', ['uint64_t', ...args, 'void *', 'uint64_t', 'void *']));
                fields[name] = type;
                values[name] = this.keep(koffi_1.default.register((...raw) => this.asyncSlot(method, raw), type));
            }
        });
        // Registered now, outside any native call: Rust may need it from within one.
        if (vtable.methods.some((method) => method.kind === 'async'))
            this.droppedCallback();
        const struct = koffi_1.default.struct(fields);
        const memory = koffi_1.default.alloc(struct, 1);
        this.vtableMemory.push(memory);
        koffi_1.default.encode(memory, struct, values);
        this.func(initSymbol, 'void', ['void *'])(memory);
    }
    keep(pointer) {
        this.vtableMemory.push(pointer);
        return pointer;
    }
    /** `(handle, args..., out_return, out_status)`: runs on the JS thread (koffi queues other threads' calls). */
    syncSlot(method, raw) {
        const count = method.args.length;
        const outReturn = raw[count + 1];
        const outStatus = raw[count + 2];
        const returnType = (0, c_types_1.koffiType)(method.returns);
        (0, c_types_1.guard)(() => method.call((0, c_types_1.toBigInt)(raw[0]), this.liftRaw(method.args, raw), {
            returnValue: (value) => {
                if (method.returns !== 'void')
                    koffi_1.default.encode(outReturn, returnType, value);
            },
            status: (code, errorBuf) => koffi_1.default.encode(outStatus, c_types_1.CALL_STATUS, { code, error_buf: errorBuf }),
        }));
    }
    /** `(handle, args..., complete, callback_data, out_dropped)`. */
    asyncSlot(method, raw) {
        const count = method.args.length;
        const completePointer = raw[count + 1];
        const callbackData = raw[count + 2];
        const outDropped = raw[count + 3];
        const { proto } = this.completion(method.returns);
        const complete = koffi_1.default.decode(completePointer, proto);
        (0, c_types_1.guard)(() => method.call((0, c_types_1.toBigInt)(raw[0]), this.liftRaw(method.args, raw), {
            complete: (value, code, errorBuf) => {
                const call_status = { code, error_buf: errorBuf };
                complete(callbackData, method.returns === 'void' ? { call_status } : { return_value: value, call_status });
            },
            onDropped: (cancel) => {
                const key = this.nextDroppedKey++;
                this.droppedHandlers.set(key, cancel);
                koffi_1.default.encode(outDropped, c_types_1.DROPPED_CALLBACK_STRUCT, { callback_data: key, callback: this.droppedCallback() });
            },
        }));
    }
    liftRaw(kinds, raw) {
        return kinds.map((kind, i) => (0, c_types_1.fromKoffi)(kind, raw[i + 1]));
    }
    completion(kind) {
        let entry = this.completions.get(kind);
        if (entry === undefined) {
            const result = koffi_1.default.struct(kind === 'void' ? { call_status: c_types_1.CALL_STATUS } : { return_value: (0, c_types_1.koffiType)(kind), call_status: c_types_1.CALL_STATUS });
            entry = { proto: koffi_1.default.proto('void', ['uint64_t', result]), result };
            this.completions.set(kind, entry);
        }
        return entry;
    }
    /** The one `ForeignFutureDroppedCallback` of this library. */
    droppedCallback() {
        this.droppedPointer ??= this.keep(koffi_1.default.register((key) => {
            const cancel = this.droppedHandlers.get(Number(key));
            this.droppedHandlers.delete(Number(key));
            (0, c_types_1.guard)(() => cancel?.());
        }, c_types_1.FOREIGN_FUTURE_DROPPED));
        return this.droppedPointer;
    }
    checkHelperStatus(what, status) {
        if (status.code !== 0)
            throw (0, native_1.helperFailure)(what, status, () => this.takeString(status.errorBuf));
    }
    // ---- RustBuffers --------------------------------------------------------------------------
    rustBufferFromBytes(bytes) {
        const len = bytes.length;
        if (len === 0)
            return ffi_types_1.EMPTY_RUST_BUFFER;
        if (len <= arena_1.DATA_SIZE && this.copyIn !== undefined) {
            this.arena.view.set(bytes, arena_1.DATA);
            return this.fromArenaData(len);
        }
        return this.helpers.fromBytes(bytes);
    }
    rustBufferFromString(value) {
        if (value.length === 0)
            return ffi_types_1.EMPTY_RUST_BUFFER;
        // At most 3 bytes per UTF-16 unit.
        if (value.length * 3 <= arena_1.DATA_SIZE) {
            return this.fromArenaData(this.arena.view.write(value, arena_1.DATA, 'utf8'));
        }
        return this.helpers.fromBytes(Buffer.from(value, 'utf8'));
    }
    /** A Rust-owned buffer holding the first `len` bytes of the arena's data area: a kept one when it fits. */
    fromArenaData(len) {
        const kept = this.copyIn === undefined ? undefined : this.pool.take(len);
        if (kept === undefined)
            return this.helpers.fromArenaData(len);
        this.copyIn?.(kept.data, this.arena.address(arena_1.DATA), len);
        return { capacity: kept.capacity, len, data: kept.data };
    }
    rustBufferFree(buffer) {
        if (buffer.data === 0 && buffer.capacity === 0)
            return;
        // Kept only when it can be reused, which takes memcpy.
        if (this.copyIn !== undefined && this.pool.keep(buffer))
            return;
        this.helpers.free(buffer);
    }
    rustBufferBytes(buffer) {
        const len = buffer.len;
        if (len === 0)
            return new Uint8Array(0);
        const out = Buffer.allocUnsafe(len);
        this.copyOut(buffer.data, len, out);
        return new Uint8Array(out.buffer, out.byteOffset, len);
    }
    copyRustBuffer(buffer, into) {
        if (buffer.len > 0)
            this.copyOut(buffer.data, buffer.len, into);
    }
    copyToArena(address, len) {
        this.copyOut(address, len);
    }
    // ---- futures ------------------------------------------------------------------------------
    setContinuationHandler(handler) {
        this.continuationHandler = handler;
    }
    firstFuturePending() {
        this.keepAlive ??= setInterval(() => { }, 2 ** 30);
    }
    lastFutureSettled() {
        if (this.keepAlive !== undefined) {
            clearInterval(this.keepAlive);
            this.keepAlive = undefined;
        }
    }
    /**
     * The one continuation callback, registered when the library opens and kept: koffi calls it on
     * the JS thread, directly when Rust calls it there, queued when Rust calls it from another
     * thread. (Registering a koffi callback while a native call is running, from inside a
     * callback, breaks koffi 3.3.4's stack handling; nothing is registered lazily.)
     */
    continuation() {
        return this.continuationPointer;
    }
    future(kind) {
        let functions = this.futureFunctions.get(kind);
        if (functions === undefined) {
            const symbol = (operation) => this.helper(`rust_future_${operation}_${(0, ffi_types_1.futureSuffix)(kind)}`);
            functions = {
                poll: this.func(symbol('poll'), 'void', ['uint64_t', 'uintptr_t', 'uint64_t']),
                cancel: this.func(symbol('cancel'), 'void', ['uint64_t']),
                free: this.func(symbol('free'), 'void', ['uint64_t']),
                complete: this.func(symbol('complete'), kind === 'rust_buffer' ? 'void' : (0, c_types_1.koffiType)(kind), [
                    'uint64_t',
                    'uintptr_t',
                ]),
                completeSymbol: symbol('complete'),
            };
            this.futureFunctions.set(kind, functions);
        }
        return functions;
    }
    futurePoll(returnKind, handle, data) {
        this.future(returnKind).poll(handle, this.continuation(), data);
    }
    futureCancel(returnKind, handle) {
        this.future(returnKind).cancel(handle);
    }
    futureFree(returnKind, handle) {
        this.future(returnKind).free(handle);
    }
    futureComplete(returnKind, handle) {
        const arena = this.arena;
        const functions = this.future(returnKind);
        arena.clearStatus();
        const value = returnKind === 'rust_buffer'
            ? this.helpers.complete(functions.completeSymbol, handle)
            : (0, c_types_1.fromKoffi)(returnKind, functions.complete(handle, arena.address(arena_1.STATUS)));
        return { value, status: arena.readStatus() };
    }
}
/** The koffi transport; `abi` chooses how the RustBuffer helpers are called (tests force the portable path). */
function koffiTransport(abi = (0, c_abi_1.helperAbi)()) {
    return { name: 'koffi', open: (path, crateName) => new KoffiLibrary(path, crateName, abi) };
}
/**
 * The koffi transport, with the helper ABI of this platform. `UNIFFI_TS_KOFFI_PORTABLE=1` forces
 * koffi's own struct handling everywhere (the path every non-x86-64 platform takes), to test it.
 */
exports.transport = koffiTransport((0, host_1.environment)().UNIFFI_TS_KOFFI_PORTABLE === '1' ? 'struct' : (0, c_abi_1.helperAbi)());
