/**
 * The C-level view of `fixture_udl`: every scaffolding function with its FFI types, and
 * the native library they live in. `index.ts` builds the TypeScript API on top of this.
 */
import { UniffiLibrary } from './runtime';
export declare const ffiFunctions: {
    readonly describePose: {
        readonly name: "describe_pose";
        readonly symbol: "uniffi_fixture_udl_fn_func_describe_pose";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_udl_checksum_func_describe_pose", 24423];
    };
    readonly echoStore: {
        readonly name: "echo_store";
        readonly symbol: "uniffi_fixture_udl_fn_func_echo_store";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_udl_checksum_func_echo_store", 43860];
    };
    readonly echoWith: {
        readonly name: "echo_with";
        readonly symbol: "uniffi_fixture_udl_fn_func_echo_with";
        readonly args: readonly ["handle", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_udl_checksum_func_echo_with", 25445];
    };
    readonly notify: {
        readonly name: "notify";
        readonly symbol: "uniffi_fixture_udl_fn_func_notify";
        readonly args: readonly ["u64", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_udl_checksum_func_notify", 11410];
    };
    readonly readStore: {
        readonly name: "read_store";
        readonly symbol: "uniffi_fixture_udl_fn_func_read_store";
        readonly args: readonly ["handle", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_udl_checksum_func_read_store", 44808];
    };
    readonly rustEchoer: {
        readonly name: "rust_echoer";
        readonly symbol: "uniffi_fixture_udl_fn_func_rust_echoer";
        readonly args: readonly [];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_udl_checksum_func_rust_echoer", 29775];
    };
    readonly TsEchoer_answer: {
        readonly name: "TsEchoer.answer";
        readonly symbol: "uniffi_fixture_udl_fn_method_echoer_echo";
        readonly args: readonly ["handle", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_udl_checksum_method_echoer_echo", 27266];
    };
    readonly TsSprite_new: {
        readonly name: "TsSprite.new";
        readonly symbol: "uniffi_fixture_udl_fn_constructor_sprite_new";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_udl_checksum_constructor_sprite_new", 44083];
    };
    readonly TsSprite_newRelativeTo: {
        readonly name: "TsSprite.new_relative_to";
        readonly symbol: "uniffi_fixture_udl_fn_constructor_sprite_new_relative_to";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_udl_checksum_constructor_sprite_new_relative_to", 7109];
    };
    readonly TsSprite_position: {
        readonly name: "TsSprite.position";
        readonly symbol: "uniffi_fixture_udl_fn_method_sprite_get_position";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_udl_checksum_method_sprite_get_position", 30417];
    };
    readonly TsSprite_moveTo: {
        readonly name: "TsSprite.move_to";
        readonly symbol: "uniffi_fixture_udl_fn_method_sprite_move_to";
        readonly args: readonly ["handle", "rust_buffer"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_udl_checksum_method_sprite_move_to", 46938];
    };
};
/**
 * The `fixture_udl` library, called through node-api. It is looked up, first hit wins: at the path in
 * the environment variable `FIXTURE_UDL_LIBRARY_PATH`; in the platform package `fixture-udl-node-api-<platform>-<arch>[-<abi>]`;
 * in this package's `prebuilds/<platform>-<arch>/`; then in these folders relative to this package:
 * `.`, `../../target/release`.
 */
export declare const library: UniffiLibrary;
