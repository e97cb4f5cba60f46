/**
 * The values that cross the C ABI, as the runtime sees them.
 *
 * Every scaffolding function takes and returns values of a handful of C types. `FfiKind` names
 * them; `FfiValue` is their JavaScript form: 8 to 32-bit integers and floats are numbers, 64-bit
 * integers and handles are bigints (exact over the whole range), RustBuffers are their three parts.
 */
export type FfiKind = 'i8' | 'u8' | 'i16' | 'u16' | 'i32' | 'u32' | 'i64' | 'u64' | 'f32' | 'f64' | 'handle' | 'rust_buffer' | 'foreign_bytes' | 'void';
/** A buffer owned by Rust: `{ capacity: u64, len: u64, data: *mut u8 }`. */
export interface RustBuffer {
    readonly capacity: number;
    readonly len: number;
    /** Native address of the bytes; 0 when the buffer is empty. */
    readonly data: number;
}
/** `foreign_bytes` arguments are JavaScript bytes that the transport exposes to Rust for one call. */
export type FfiValue = number | bigint | RustBuffer | Uint8Array | undefined;
/** How many 8-byte elements a value of this kind takes in an FFI buffer (uniffi `FfiSerialize::SIZE`). */
export declare function ffiBufferElements(kind: FfiKind): number;
/** The suffix of the `rust_future_*` functions that drive a future returning this kind. */
export declare function futureSuffix(kind: FfiKind): string;
/** A scaffolding function as the FFI declaration module (`ffi.ts`) describes it. */
export interface FfiFunctionDeclaration {
    /** The Rust name, for messages: `say_hello`, `Counter.increment`. */
    readonly name: string;
    /** The scaffolding symbol, `uniffi_<crate>_fn_<kind>_<name>`; its FFI-buffer twin is `uniffi_ffibuffer_<crate>_fn_<kind>_<name>`. */
    readonly symbol: string;
    /** The C types of the lowered arguments, in order. */
    readonly args: readonly FfiKind[];
    /** The C type of the result: the value for a sync function, `handle` for an async one. */
    readonly returns: FfiKind;
    /** For an async function: the C type its future completes with. Async functions take no RustCallStatus. */
    readonly future?: FfiKind;
    /** The checksum function and the value these bindings were generated against, when the library has one. */
    readonly checksum?: readonly [symbol: string, expected: number];
}
/** Whether a value of this kind crosses as a C struct (by value) rather than a scalar. */
export declare function isStructKind(kind: FfiKind): boolean;
export declare const EMPTY_RUST_BUFFER: RustBuffer;
