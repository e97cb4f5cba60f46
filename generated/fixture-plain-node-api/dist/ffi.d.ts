/**
 * The C-level view of `fixture_plain`: every scaffolding function with its FFI types, and
 * the native library they live in. `index.ts` builds the TypeScript API on top of this.
 */
import { UniffiLibrary } from './runtime';
export declare const ffiFunctions: {
    readonly add: {
        readonly name: "add";
        readonly symbol: "uniffi_fixture_plain_fn_func_add";
        readonly args: readonly ["u32", "u32"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_add", 27689];
    };
    readonly divide: {
        readonly name: "divide";
        readonly symbol: "uniffi_fixture_plain_fn_func_divide";
        readonly args: readonly ["i32", "i32"];
        readonly returns: "i32";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_divide", 15254];
    };
    readonly divideLater: {
        readonly name: "divide_later";
        readonly symbol: "uniffi_fixture_plain_fn_func_divide_later";
        readonly args: readonly ["i32", "i32", "u64"];
        readonly returns: "handle";
        readonly future: "i32";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_divide_later", 16391];
    };
    readonly echoBool: {
        readonly name: "echo_bool";
        readonly symbol: "uniffi_fixture_plain_fn_func_echo_bool";
        readonly args: readonly ["i8"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_echo_bool", 61483];
    };
    readonly echoBytes: {
        readonly name: "echo_bytes";
        readonly symbol: "uniffi_fixture_plain_fn_func_echo_bytes";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_echo_bytes", 12999];
    };
    readonly echoF32: {
        readonly name: "echo_f32";
        readonly symbol: "uniffi_fixture_plain_fn_func_echo_f32";
        readonly args: readonly ["f32"];
        readonly returns: "f32";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_echo_f32", 22389];
    };
    readonly echoF64: {
        readonly name: "echo_f64";
        readonly symbol: "uniffi_fixture_plain_fn_func_echo_f64";
        readonly args: readonly ["f64"];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_echo_f64", 46297];
    };
    readonly echoI64: {
        readonly name: "echo_i64";
        readonly symbol: "uniffi_fixture_plain_fn_func_echo_i64";
        readonly args: readonly ["i64"];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_echo_i64", 50346];
    };
    readonly echoI8: {
        readonly name: "echo_i8";
        readonly symbol: "uniffi_fixture_plain_fn_func_echo_i8";
        readonly args: readonly ["i8"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_echo_i8", 60471];
    };
    readonly echoOptional: {
        readonly name: "echo_optional";
        readonly symbol: "uniffi_fixture_plain_fn_func_echo_optional";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_echo_optional", 2845];
    };
    readonly echoPoint: {
        readonly name: "echo_point";
        readonly symbol: "uniffi_fixture_plain_fn_func_echo_point";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_echo_point", 15542];
    };
    readonly echoString: {
        readonly name: "echo_string";
        readonly symbol: "uniffi_fixture_plain_fn_func_echo_string";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_echo_string", 56178];
    };
    readonly echoU16: {
        readonly name: "echo_u16";
        readonly symbol: "uniffi_fixture_plain_fn_func_echo_u16";
        readonly args: readonly ["u16"];
        readonly returns: "u16";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_echo_u16", 21536];
    };
    readonly echoU64: {
        readonly name: "echo_u64";
        readonly symbol: "uniffi_fixture_plain_fn_func_echo_u64";
        readonly args: readonly ["u64"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_echo_u64", 54364];
    };
    readonly f32Soon: {
        readonly name: "f32_soon";
        readonly symbol: "uniffi_fixture_plain_fn_func_f32_soon";
        readonly args: readonly ["f32"];
        readonly returns: "handle";
        readonly future: "f32";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_f32_soon", 42648];
    };
    readonly greetLater: {
        readonly name: "greet_later";
        readonly symbol: "uniffi_fixture_plain_fn_func_greet_later";
        readonly args: readonly ["rust_buffer", "u64"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_greet_later", 63283];
    };
    readonly i8Soon: {
        readonly name: "i8_soon";
        readonly symbol: "uniffi_fixture_plain_fn_func_i8_soon";
        readonly args: readonly ["i8"];
        readonly returns: "handle";
        readonly future: "i8";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_i8_soon", 18200];
    };
    readonly liveAccumulators: {
        readonly name: "live_accumulators";
        readonly symbol: "uniffi_fixture_plain_fn_func_live_accumulators";
        readonly args: readonly [];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_live_accumulators", 52032];
    };
    readonly panicWith: {
        readonly name: "panic_with";
        readonly symbol: "uniffi_fixture_plain_fn_func_panic_with";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_panic_with", 22156];
    };
    readonly pointLater: {
        readonly name: "point_later";
        readonly symbol: "uniffi_fixture_plain_fn_func_point_later";
        readonly args: readonly ["rust_buffer", "u64"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_point_later", 47223];
    };
    readonly translate: {
        readonly name: "translate";
        readonly symbol: "uniffi_fixture_plain_fn_func_translate";
        readonly args: readonly ["rust_buffer", "f64", "f64"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_translate", 2696];
    };
    readonly turnRight: {
        readonly name: "turn_right";
        readonly symbol: "uniffi_fixture_plain_fn_func_turn_right";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_turn_right", 22818];
    };
    readonly u16Soon: {
        readonly name: "u16_soon";
        readonly symbol: "uniffi_fixture_plain_fn_func_u16_soon";
        readonly args: readonly ["u16"];
        readonly returns: "handle";
        readonly future: "u16";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_u16_soon", 6631];
    };
    readonly u64Soon: {
        readonly name: "u64_soon";
        readonly symbol: "uniffi_fixture_plain_fn_func_u64_soon";
        readonly args: readonly ["u64"];
        readonly returns: "handle";
        readonly future: "u64";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_u64_soon", 22497];
    };
    readonly weightedSum: {
        readonly name: "weighted_sum";
        readonly symbol: "uniffi_fixture_plain_fn_func_weighted_sum";
        readonly args: readonly ["u32", "foreign_bytes", "u64"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_func_weighted_sum", 21318];
    };
    readonly Accumulator_new: {
        readonly name: "Accumulator.new";
        readonly symbol: "uniffi_fixture_plain_fn_constructor_accumulator_new";
        readonly args: readonly ["u64"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_constructor_accumulator_new", 65490];
    };
    readonly Accumulator_add: {
        readonly name: "Accumulator.add";
        readonly symbol: "uniffi_fixture_plain_fn_method_accumulator_add";
        readonly args: readonly ["handle", "u64"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_method_accumulator_add", 39536];
    };
    readonly Accumulator_addLater: {
        readonly name: "Accumulator.add_later";
        readonly symbol: "uniffi_fixture_plain_fn_method_accumulator_add_later";
        readonly args: readonly ["handle", "u64", "u64"];
        readonly returns: "handle";
        readonly future: "u64";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_method_accumulator_add_later", 16941];
    };
    readonly Accumulator_describe: {
        readonly name: "Accumulator.describe";
        readonly symbol: "uniffi_fixture_plain_fn_method_accumulator_describe";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_plain_checksum_method_accumulator_describe", 10785];
    };
};
/**
 * The `fixture_plain` library, called through node-api. It is looked up, first hit wins: at the path in
 * the environment variable `FIXTURE_PLAIN_LIBRARY_PATH`; in the platform package `fixture-plain-node-api-<platform>-<arch>[-<abi>]`;
 * in this package's `prebuilds/<platform>-<arch>/`; then in these folders relative to this package:
 * `.`, `../../target/fixture-plain`.
 */
export declare const library: UniffiLibrary;
