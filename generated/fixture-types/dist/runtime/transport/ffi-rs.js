"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.transport = void 0;
/**
 * The ffi-rs backend (the default transport).
 *
 * ffi-rs re-parses its type descriptors on every call, leaks a few hundred bytes per call whose
 * signature passes or returns a struct by value, has no f32 return, and loses precision on 64-bit
 * numbers (see the README, "Transports"). This backend therefore only ever makes *scalar* calls:
 *
 * - Scaffolding functions are called through their FFI-buffer twins,
 *   `uniffi_ffibuffer_<name>(args: *mut u64, ret: *mut u64)`, with both arrays in a native
 *   scratch {@link Arena}: exact 64-bit integers, f32, no struct by value. Crates must enable
 *   uniffi's `scaffolding-ffi-buffer-fns`.
 * - The RustBuffer helpers are declared with their x86-64 System V scalar signatures
 *   (`c-abi.ts`); other platforms are refused with a pointer to the koffi transport.
 * - Bytes move between JavaScript and Rust memory with the C library's `memcpy`.
 */
const ffi_rs_1 = require("ffi-rs");
const ffi_types_1 = require("../ffi-types");
const host_1 = require("../host");
const arena_1 = require("./arena");
const backend_1 = require("./backend");
const buffer_pool_1 = require("./buffer-pool");
const c_abi_1 = require("./c-abi");
const native_1 = require("./native");
const { I32, I64, U8, BigInt: BIGINT, Double, Void, External, U8Array } = ffi_rs_1.DataType;
function checkPlatform() {
    if ((0, c_abi_1.helperAbi)() !== 'sysv-x64') {
        throw new Error(`the ffi-rs transport runs on x86-64 Linux and macOS only, not ${host_1.platform}-${host_1.arch}: ` +
            'regenerate the package with --transport koffi, which runs everywhere (README, "Transports")');
    }
}
function cLibraryCandidates() {
    switch (host_1.platform) {
        case 'darwin':
            return ['/usr/lib/libSystem.B.dylib'];
        default:
            return ['libc.so.6', 'libc.so', 'libc.musl-x86_64.so.1'];
    }
}
let cLibrary;
let addonPinned = false;
/**
 * Keeps the ffi-rs addon mapped for the life of the process. Node unloads an addon that only a
 * worker loaded when that worker ends, but ffi-rs has left thread-local destructors behind, which
 * then run in unmapped code (a segfault at worker exit). Opening the addon's own file once more
 * through ffi-rs, and never closing it, keeps it mapped.
 */
function pinAddon() {
    if (addonPinned)
        return;
    addonPinned = true;
    const addon = (0, host_1.loadedModules)().find((path) => path.endsWith('.node') && /[\\/]ffi-rs[^\\/]*[\\/]/.test(path));
    if (addon !== undefined)
        (0, ffi_rs_1.open)({ library: `uniffi-bindgen-ts:pin:${addon}`, path: addon });
}
function openCLibrary() {
    if (cLibrary !== undefined)
        return cLibrary;
    const errors = [];
    for (const candidate of cLibraryCandidates()) {
        const key = `uniffi-bindgen-ts:libc:${candidate}`;
        try {
            (0, ffi_rs_1.open)({ library: key, path: candidate });
            cLibrary = key;
            return key;
        }
        catch (error) {
            errors.push(`${candidate}: ${error.message}`);
        }
    }
    throw new Error(`cannot open the C library for memcpy (${errors.join('; ')})`);
}
/** A prepared ffi-rs call: the descriptor is built once, only the values change per call. */
class NativeFunction {
    params;
    constructor(library, symbol, paramsType, retType) {
        this.params = { library, funcName: symbol, retType, paramsType, paramsValue: [], freeResultMemory: false };
    }
    call(values) {
        this.params.paramsValue = values;
        // ffi-rs's typings tie the result type to the descriptor; our descriptors are data.
        return ffi_rs_1.load(this.params);
    }
}
const FREE_TYPES = Array.from({ length: c_abi_1.SYSV_FREE_ARGUMENT_COUNT }, () => I64);
class FfiRsLibrary extends backend_1.BackendLibrary {
    path;
    crateName;
    transport = 'ffi-rs';
    key;
    arena;
    memory;
    pool = new buffer_pool_1.RustBufferPool();
    functions = new Map();
    continuationHandler;
    continuationPointer;
    continuationReleasePending = false;
    memcpyToAddress;
    memcpyToBuffer;
    rustBufferFreeCall;
    fromBytesCall;
    allocCall;
    constructor(path, crateName) {
        super();
        this.path = path;
        this.crateName = crateName;
        checkPlatform();
        pinAddon();
        const libc = openCLibrary();
        // ffi-rs keeps one global table of libraries by key, shared by every copy of this runtime (one
        // per generated package): the key must name the file, so that two packages never collide.
        this.key = `uniffi-bindgen-ts:${path}`;
        (0, ffi_rs_1.open)({ library: this.key, path });
        const malloc = new NativeFunction(libc, 'malloc', [I64], I64);
        const free = new NativeFunction(libc, 'free', [I64], Void);
        const memcpyFromBuffer = new NativeFunction(libc, 'memcpy', [I64, U8Array, I64], I64);
        // The arena is allocated once and lives as long as the library, freed only when a worker
        // thread that opened it ends (see releaseAtThreadExit).
        const base = malloc.call([arena_1.ARENA_SIZE]);
        if (!base)
            throw new Error('cannot allocate the native scratch arena');
        // memcpy returns its destination: the cheapest way to turn an address into an ffi-rs External.
        const external = new NativeFunction(libc, 'memcpy', [I64, I64, I64], External).call([base, base, 0]);
        this.memory = {
            malloc: (len) => malloc.call([len]),
            free: (address) => void free.call([address]),
            copyIn: (address, bytes) => void memcpyFromBuffer.call([address, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), bytes.length]),
        };
        this.arena = new arena_1.Arena((0, ffi_rs_1.createExternalBuffer)(external, arena_1.ARENA_SIZE), base, this.memory);
        this.memcpyToAddress = new NativeFunction(libc, 'memcpy', [I64, I64, I64], I64);
        this.memcpyToBuffer = new NativeFunction(libc, 'memcpy', [U8Array, I64, I64], I64);
        this.rustBufferFreeCall = this.fn((0, native_1.helperSymbol)(crateName, 'rustbuffer_free'), FREE_TYPES, Void);
        // RustBuffer rustbuffer_from_bytes(ForeignBytes { i32 len, u8* data }, RustCallStatus*):
        // hidden return pointer, then the 16-byte ForeignBytes in two registers, then the status.
        this.fromBytesCall = this.fn((0, native_1.helperSymbol)(crateName, 'rustbuffer_from_bytes'), [I64, I64, I64, I64], I64);
        // RustBuffer rustbuffer_alloc(u64 size, RustCallStatus*), hidden return pointer first.
        this.allocCall = this.fn((0, native_1.helperSymbol)(crateName, 'rustbuffer_alloc'), [I64, I64, I64], I64);
        // A worker's memory outlives it in the process. Registered after the objects module's own
        // 'exit' listener (it loaded before any library opened), so objects are freed first.
        if (!host_1.onMainThread)
            (0, host_1.onThreadExit)(() => this.releaseAtThreadExit(base));
    }
    /** The worker is ending: kept buffers go back to Rust, the arena to the C allocator. */
    releaseAtThreadExit(base) {
        for (const buffer of this.pool.drain()) {
            try {
                this.freeRustBuffer(buffer);
            }
            catch {
                // The thread is ending: free the rest.
            }
        }
        this.arena.retire();
        this.memory.free(base);
    }
    fn(symbol, paramsType, retType) {
        let f = this.functions.get(symbol);
        if (f === undefined) {
            f = new NativeFunction(this.key, symbol, paramsType, retType);
            this.functions.set(symbol, f);
        }
        return f;
    }
    callReturningU16(symbol) {
        return this.fn(symbol, [], I32).call([]) & 0xffff;
    }
    callReturningU32(symbol) {
        return this.fn(symbol, [], I32).call([]) >>> 0;
    }
    callHandleFunction(symbol, handle) {
        this.arena.clearStatus();
        const result = this.fn(symbol, [BIGINT, I64], BIGINT).call([handle, this.arena.address(arena_1.STATUS)]);
        this.checkHelperStatus(symbol);
        return BigInt.asUintN(64, result);
    }
    prepare(declaration) {
        const symbol = (0, native_1.ffiBufferSymbol)(declaration.symbol);
        const f = this.fn(symbol, [I64, I64], Void);
        const { args, returns } = declaration;
        const hasStatus = declaration.future === undefined;
        const invoke = (argsAddress, retAddress) => void f.call([argsAddress, retAddress]);
        const frame = this.arena.frame(symbol, args, returns, hasStatus);
        return (values) => frame(values, invoke);
    }
    registerVtable(initSymbol) {
        // ffi-rs runs a JavaScript callback only after the C call returns: a result could not reach Rust in time.
        throw new Error(`${initSymbol}: callbacks into JavaScript need the koffi transport (regenerate with --transport koffi)`);
    }
    checkHelperStatus(what) {
        const status = this.arena.readStatus();
        if (status.code !== 0)
            throw (0, native_1.helperFailure)(what, status, () => this.takeString(status.errorBuf));
    }
    // ---- RustBuffers --------------------------------------------------------------------------
    rustBufferFromBytes(bytes) {
        const len = bytes.length;
        if (len === 0)
            return ffi_types_1.EMPTY_RUST_BUFFER;
        if (len <= arena_1.DATA_SIZE) {
            this.arena.view.set(bytes, arena_1.DATA);
            return this.fromScratch(len);
        }
        const buffer = this.allocate(len);
        this.memory.copyIn(buffer.data, bytes);
        return buffer;
    }
    rustBufferFromString(value) {
        if (value.length === 0)
            return ffi_types_1.EMPTY_RUST_BUFFER;
        // At most 3 bytes per UTF-16 unit.
        if (value.length * 3 <= arena_1.DATA_SIZE) {
            return this.fromScratch(this.arena.view.write(value, arena_1.DATA, 'utf8'));
        }
        return this.rustBufferFromBytes(Buffer.from(value, 'utf8'));
    }
    fromScratch(len) {
        const arena = this.arena;
        const kept = this.pool.take(len);
        if (kept !== undefined) {
            this.memcpyToAddress.call([kept.data, arena.address(arena_1.DATA), len]);
            return { capacity: kept.capacity, len, data: kept.data };
        }
        arena.clearStatus();
        this.fromBytesCall.call([arena.address(arena_1.OUT), len, arena.address(arena_1.DATA), arena.address(arena_1.STATUS)]);
        this.checkHelperStatus('rustbuffer_from_bytes');
        return arena.readRustBuffer(arena_1.OUT);
    }
    allocate(len) {
        const arena = this.arena;
        arena.clearStatus();
        this.allocCall.call([arena.address(arena_1.OUT), len, arena.address(arena_1.STATUS)]);
        this.checkHelperStatus('rustbuffer_alloc');
        return arena.readRustBuffer(arena_1.OUT);
    }
    rustBufferFree(buffer) {
        if ((buffer.data === 0 && buffer.capacity === 0) || this.pool.keep(buffer))
            return;
        this.freeRustBuffer(buffer);
    }
    freeRustBuffer(buffer) {
        this.arena.clearStatus();
        this.rustBufferFreeCall.call((0, c_abi_1.sysvFreeArguments)(buffer.capacity, buffer.len, buffer.data, this.arena.address(arena_1.STATUS)));
        this.checkHelperStatus('rustbuffer_free');
    }
    rustBufferBytes(buffer) {
        const len = buffer.len;
        if (len === 0)
            return new Uint8Array(0);
        if (len <= arena_1.DATA_SIZE) {
            this.memcpyToAddress.call([this.arena.address(arena_1.DATA), buffer.data, len]);
            return new Uint8Array(this.arena.view.subarray(arena_1.DATA, arena_1.DATA + len));
        }
        const out = Buffer.allocUnsafe(len);
        this.memcpyToBuffer.call([out, buffer.data, len]);
        return new Uint8Array(out.buffer, out.byteOffset, len);
    }
    copyRustBuffer(buffer, into) {
        const len = buffer.len;
        if (len === 0)
            return;
        if (len <= arena_1.DATA_SIZE) {
            this.memcpyToAddress.call([this.arena.address(arena_1.DATA), buffer.data, len]);
            into.set(this.arena.view.subarray(arena_1.DATA, arena_1.DATA + len));
        }
        else {
            this.memcpyToBuffer.call([Buffer.from(into.buffer, into.byteOffset, len), buffer.data, len]);
        }
    }
    copyToArena(address, len) {
        this.memcpyToAddress.call([this.arena.address(arena_1.DATA), address, len]);
    }
    // ---- futures ------------------------------------------------------------------------------
    setContinuationHandler(handler) {
        this.continuationHandler = handler;
    }
    /**
     * The native callback exists only while futures are pending, because a registered ffi-rs
     * callback keeps Node's event loop alive.
     */
    firstFuturePending() {
        this.continuationReleasePending = false;
    }
    lastFutureSettled() {
        if (this.continuationPointer !== undefined && !this.continuationReleasePending) {
            this.continuationReleasePending = true;
            // Deferred so that `await a(); await b();` reuses the callback instead of re-creating it.
            // Safe: with no future pending, Rust holds no continuation to call.
            setImmediate(() => {
                if (this.continuationReleasePending && this.futuresPending === 0)
                    this.freeContinuation();
            });
        }
    }
    continuationType() {
        return (0, ffi_rs_1.funcConstructor)({ paramsType: [I64, U8], retType: Void });
    }
    continuation() {
        if (this.continuationPointer === undefined) {
            const handler = this.continuationHandler;
            if (handler === undefined)
                throw new Error('no continuation handler installed');
            this.continuationPointer = (0, ffi_rs_1.createPointer)({
                paramsType: [this.continuationType()],
                paramsValue: [(data, code) => handler(data, code)],
            });
        }
        return (0, ffi_rs_1.unwrapPointer)(this.continuationPointer)[0];
    }
    freeContinuation() {
        const pointer = this.continuationPointer;
        this.continuationPointer = undefined;
        this.continuationReleasePending = false;
        if (pointer !== undefined) {
            (0, ffi_rs_1.freePointer)({ paramsType: [this.continuationType()], paramsValue: pointer, pointerType: ffi_rs_1.PointerType.RsPointer });
        }
    }
    futureHelper(operation, kind) {
        return (0, native_1.helperSymbol)(this.crateName, `rust_future_${operation}_${(0, ffi_types_1.futureSuffix)(kind)}`);
    }
    futurePoll(returnKind, handle, data) {
        this.fn(this.futureHelper('poll', returnKind), [BIGINT, External, I64], Void).call([
            handle,
            this.continuation(),
            data,
        ]);
    }
    futureCancel(returnKind, handle) {
        this.fn(this.futureHelper('cancel', returnKind), [BIGINT], Void).call([handle]);
    }
    futureFree(returnKind, handle) {
        this.fn(this.futureHelper('free', returnKind), [BIGINT], Void).call([handle]);
    }
    futureComplete(returnKind, handle) {
        const symbol = this.futureHelper('complete', returnKind);
        const arena = this.arena;
        const status = arena.address(arena_1.STATUS);
        arena.clearStatus();
        let value;
        switch (returnKind) {
            case 'rust_buffer':
                // Hidden return pointer first (System V, a 24-byte struct).
                this.fn(symbol, [I64, BIGINT, I64], I64).call([arena.address(arena_1.OUT), handle, status]);
                value = arena.readRustBuffer(arena_1.OUT);
                break;
            case 'void':
                this.fn(symbol, [BIGINT, I64], Void).call([handle, status]);
                value = undefined;
                break;
            case 'i64':
                value = BigInt.asIntN(64, this.fn(symbol, [BIGINT, I64], BIGINT).call([handle, status]));
                break;
            case 'u64':
            case 'handle':
                value = BigInt.asUintN(64, this.fn(symbol, [BIGINT, I64], BIGINT).call([handle, status]));
                break;
            case 'f64':
                value = this.fn(symbol, [BIGINT, I64], Double).call([handle, status]);
                break;
            case 'f32':
                // ffi-rs cannot return a float; read the whole register as a double and keep its low
                // 32 bits, where the C ABI leaves the f32.
                value = lowFloat32(this.fn(symbol, [BIGINT, I64], Double).call([handle, status]));
                break;
            default:
                // 8/16/32-bit integers come back in a 32-bit register; only the low bits are defined.
                value = (0, native_1.narrowInteger)(returnKind, this.fn(symbol, [BIGINT, I64], I32).call([handle, status]));
        }
        return { value, status: arena.readStatus() };
    }
}
const floatScratch = new DataView(new ArrayBuffer(8));
function lowFloat32(register) {
    floatScratch.setFloat64(0, register, true);
    return floatScratch.getFloat32(0, true);
}
/** The ffi-rs transport. */
exports.transport = {
    name: 'ffi-rs',
    open: (path, crateName) => new FfiRsLibrary(path, crateName),
};
