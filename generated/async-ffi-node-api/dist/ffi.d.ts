/**
 * The C-level view of `async_ffi`: every scaffolding function with its FFI types, and
 * the native library they live in. `index.ts` builds the TypeScript API on top of this.
 */
import { UniffiLibrary } from './runtime';
export declare const ffiFunctions: {
    readonly rustHeapLiveBytes: {
        readonly name: "rust_heap_live_bytes";
        readonly symbol: "uniffi_async_ffi_fn_func_rust_heap_live_bytes";
        readonly args: readonly [];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_rust_heap_live_bytes", 49338];
    };
    readonly add: {
        readonly name: "add";
        readonly symbol: "uniffi_async_ffi_fn_func_add";
        readonly args: readonly ["i32", "i32"];
        readonly returns: "i32";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_add", 44825];
    };
    readonly checkedGreeting: {
        readonly name: "checked_greeting";
        readonly symbol: "uniffi_async_ffi_fn_func_checked_greeting";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_checked_greeting", 25388];
    };
    readonly cheerUp: {
        readonly name: "cheer_up";
        readonly symbol: "uniffi_async_ffi_fn_func_cheer_up";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_cheer_up", 52133];
    };
    readonly countWords: {
        readonly name: "count_words";
        readonly symbol: "uniffi_async_ffi_fn_func_count_words";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_count_words", 63113];
    };
    readonly echoBool: {
        readonly name: "echo_bool";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_bool";
        readonly args: readonly ["i8"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_bool", 44034];
    };
    readonly echoBoolAsync: {
        readonly name: "echo_bool_async";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_bool_async";
        readonly args: readonly ["i8"];
        readonly returns: "handle";
        readonly future: "i8";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_bool_async", 25667];
    };
    readonly echoBytes: {
        readonly name: "echo_bytes";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_bytes";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_bytes", 18517];
    };
    readonly echoBytesAsync: {
        readonly name: "echo_bytes_async";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_bytes_async";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_bytes_async", 51878];
    };
    readonly echoF32: {
        readonly name: "echo_f32";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_f32";
        readonly args: readonly ["f32"];
        readonly returns: "f32";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_f32", 28074];
    };
    readonly echoF32Async: {
        readonly name: "echo_f32_async";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_f32_async";
        readonly args: readonly ["f32"];
        readonly returns: "handle";
        readonly future: "f32";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_f32_async", 21760];
    };
    readonly echoF64: {
        readonly name: "echo_f64";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_f64";
        readonly args: readonly ["f64"];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_f64", 7547];
    };
    readonly echoF64Async: {
        readonly name: "echo_f64_async";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_f64_async";
        readonly args: readonly ["f64"];
        readonly returns: "handle";
        readonly future: "f64";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_f64_async", 3934];
    };
    readonly echoI16: {
        readonly name: "echo_i16";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_i16";
        readonly args: readonly ["i16"];
        readonly returns: "i16";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_i16", 30183];
    };
    readonly echoI16Async: {
        readonly name: "echo_i16_async";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_i16_async";
        readonly args: readonly ["i16"];
        readonly returns: "handle";
        readonly future: "i16";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_i16_async", 38262];
    };
    readonly echoI32: {
        readonly name: "echo_i32";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_i32";
        readonly args: readonly ["i32"];
        readonly returns: "i32";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_i32", 8352];
    };
    readonly echoI32Async: {
        readonly name: "echo_i32_async";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_i32_async";
        readonly args: readonly ["i32"];
        readonly returns: "handle";
        readonly future: "i32";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_i32_async", 51027];
    };
    readonly echoI64: {
        readonly name: "echo_i64";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_i64";
        readonly args: readonly ["i64"];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_i64", 49038];
    };
    readonly echoI64Async: {
        readonly name: "echo_i64_async";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_i64_async";
        readonly args: readonly ["i64"];
        readonly returns: "handle";
        readonly future: "i64";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_i64_async", 12600];
    };
    readonly echoI8: {
        readonly name: "echo_i8";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_i8";
        readonly args: readonly ["i8"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_i8", 32060];
    };
    readonly echoI8Async: {
        readonly name: "echo_i8_async";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_i8_async";
        readonly args: readonly ["i8"];
        readonly returns: "handle";
        readonly future: "i8";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_i8_async", 48770];
    };
    readonly echoMap: {
        readonly name: "echo_map";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_map";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_map", 52193];
    };
    readonly echoMood: {
        readonly name: "echo_mood";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_mood";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_mood", 5713];
    };
    readonly echoMoodAsync: {
        readonly name: "echo_mood_async";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_mood_async";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_mood_async", 9121];
    };
    readonly echoNested: {
        readonly name: "echo_nested";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_nested";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_nested", 45975];
    };
    readonly echoOptional: {
        readonly name: "echo_optional";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_optional";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_optional", 26874];
    };
    readonly echoPoint: {
        readonly name: "echo_point";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_point";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_point", 354];
    };
    readonly echoProfile: {
        readonly name: "echo_profile";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_profile";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_profile", 31737];
    };
    readonly echoProfileAsync: {
        readonly name: "echo_profile_async";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_profile_async";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_profile_async", 42936];
    };
    readonly echoString: {
        readonly name: "echo_string";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_string";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_string", 13246];
    };
    readonly echoStringAsync: {
        readonly name: "echo_string_async";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_string_async";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_string_async", 43741];
    };
    readonly echoStrings: {
        readonly name: "echo_strings";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_strings";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_strings", 12039];
    };
    readonly echoU16: {
        readonly name: "echo_u16";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_u16";
        readonly args: readonly ["u16"];
        readonly returns: "u16";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_u16", 53760];
    };
    readonly echoU16Async: {
        readonly name: "echo_u16_async";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_u16_async";
        readonly args: readonly ["u16"];
        readonly returns: "handle";
        readonly future: "u16";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_u16_async", 1313];
    };
    readonly echoU32: {
        readonly name: "echo_u32";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_u32";
        readonly args: readonly ["u32"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_u32", 38219];
    };
    readonly echoU32Async: {
        readonly name: "echo_u32_async";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_u32_async";
        readonly args: readonly ["u32"];
        readonly returns: "handle";
        readonly future: "u32";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_u32_async", 7286];
    };
    readonly echoU64: {
        readonly name: "echo_u64";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_u64";
        readonly args: readonly ["u64"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_u64", 41464];
    };
    readonly echoU64Async: {
        readonly name: "echo_u64_async";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_u64_async";
        readonly args: readonly ["u64"];
        readonly returns: "handle";
        readonly future: "u64";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_u64_async", 45544];
    };
    readonly echoU8: {
        readonly name: "echo_u8";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_u8";
        readonly args: readonly ["u8"];
        readonly returns: "u8";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_u8", 48779];
    };
    readonly echoU8Async: {
        readonly name: "echo_u8_async";
        readonly symbol: "uniffi_async_ffi_fn_func_echo_u8_async";
        readonly args: readonly ["u8"];
        readonly returns: "handle";
        readonly future: "u8";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_echo_u8_async", 14974];
    };
    readonly panicLater: {
        readonly name: "panic_later";
        readonly symbol: "uniffi_async_ffi_fn_func_panic_later";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_panic_later", 48559];
    };
    readonly panicNow: {
        readonly name: "panic_now";
        readonly symbol: "uniffi_async_ffi_fn_func_panic_now";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_panic_now", 1315];
    };
    readonly pauseMs: {
        readonly name: "pause_ms";
        readonly symbol: "uniffi_async_ffi_fn_func_pause_ms";
        readonly args: readonly ["u64"];
        readonly returns: "handle";
        readonly future: "void";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_pause_ms", 21333];
    };
    readonly sampleProfile: {
        readonly name: "sample_profile";
        readonly symbol: "uniffi_async_ffi_fn_func_sample_profile";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_sample_profile", 62712];
    };
    readonly sayHello: {
        readonly name: "say_hello";
        readonly symbol: "uniffi_async_ffi_fn_func_say_hello";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_say_hello", 51845];
    };
    readonly sayHelloSync: {
        readonly name: "say_hello_sync";
        readonly symbol: "uniffi_async_ffi_fn_func_say_hello_sync";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_say_hello_sync", 8372];
    };
    readonly setWorkDelayMs: {
        readonly name: "set_work_delay_ms";
        readonly symbol: "uniffi_async_ffi_fn_func_set_work_delay_ms";
        readonly args: readonly ["u64"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_set_work_delay_ms", 3006];
    };
    readonly sleepMs: {
        readonly name: "sleep_ms";
        readonly symbol: "uniffi_async_ffi_fn_func_sleep_ms";
        readonly args: readonly ["u64"];
        readonly returns: "handle";
        readonly future: "u64";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_sleep_ms", 57506];
    };
    readonly sleepStats: {
        readonly name: "sleep_stats";
        readonly symbol: "uniffi_async_ffi_fn_func_sleep_stats";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_sleep_stats", 40287];
    };
    readonly sumAsync: {
        readonly name: "sum_async";
        readonly symbol: "uniffi_async_ffi_fn_func_sum_async";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "u64";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_sum_async", 10388];
    };
    readonly validateName: {
        readonly name: "validate_name";
        readonly symbol: "uniffi_async_ffi_fn_func_validate_name";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_async_ffi_checksum_func_validate_name", 46433];
    };
};
/**
 * The `async_ffi` library, called through node-api. It is looked up, first hit wins: at the path in
 * the environment variable `ASYNC_FFI_LIBRARY_PATH`; in the platform package `async-ffi-node-api-<platform>-<arch>[-<abi>]`;
 * in this package's `prebuilds/<platform>-<arch>/`; then in these folders relative to this package:
 * `.`, `../../target/release`.
 */
export declare const library: UniffiLibrary;
