"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SYSV_FREE_ARGUMENT_COUNT = void 0;
exports.helperAbi = helperAbi;
exports.sysvFreeArguments = sysvFreeArguments;
/**
 * C ABI knowledge for calling RustBuffer-by-value helpers as *scalar* calls, where it is known.
 *
 * The per-crate helpers (`rustbuffer_from_bytes`, `_alloc`, `_free`,
 * `rust_future_complete_rust_buffer`) pass or return `RustBuffer { u64, u64, u8* }` by value.
 * On x86-64 System V (Linux, macOS on Intel, the BSDs), a 24-byte struct is returned through a
 * hidden pointer passed as the first integer argument, and passed on the stack after the six
 * integer registers. Declared that way, the calls need no struct support from the FFI library at
 * all: ffi-rs depends on it (its struct calls leak), koffi uses it where it is faster than its own
 * struct marshalling. Everywhere else there is no scalar layout and the backend must use structs.
 */
const host_1 = require("../host");
/** The helper ABI of `platform`-`arch` (defaults: this process). */
function helperAbi(os = host_1.platform, cpu = host_1.arch) {
    // Windows x64 passes structs over 8 bytes by reference: not System V.
    return cpu === 'x64' && os !== 'win32' && os !== 'cygwin' ? 'sysv-x64' : 'struct';
}
/** Integer registers before arguments go to the stack (System V x86-64). */
const SYSV_INTEGER_REGISTERS = 6;
/**
 * The 9 integer arguments that make `rustbuffer_free(RustBuffer, RustCallStatus*)` a scalar
 * call: the status pointer, five unused registers, then the struct's three eightbytes on the stack.
 */
function sysvFreeArguments(capacity, len, data, status) {
    const args = [status];
    while (args.length < SYSV_INTEGER_REGISTERS)
        args.push(0);
    args.push(capacity, len, data);
    return args;
}
/** Integer arguments of {@link sysvFreeArguments}. */
exports.SYSV_FREE_ARGUMENT_COUNT = SYSV_INTEGER_REGISTERS + 3;
