/**
 * The C-level view of `fixture_callbacks`: every scaffolding function with its FFI types, and
 * the native library they live in. `index.ts` builds the TypeScript API on top of this.
 */
import { UniffiLibrary } from './runtime';
export declare const ffiFunctions: {
    readonly fetchMany: {
        readonly name: "fetch_many";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_fetch_many";
        readonly args: readonly ["handle", "u32"];
        readonly returns: "handle";
        readonly future: "u32";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_fetch_many", 21959];
    };
    readonly fetchWith: {
        readonly name: "fetch_with";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_fetch_with";
        readonly args: readonly ["handle", "rust_buffer"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_fetch_with", 22797];
    };
    readonly fetchWithTimeout: {
        readonly name: "fetch_with_timeout";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_fetch_with_timeout";
        readonly args: readonly ["handle", "rust_buffer", "u64"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_fetch_with_timeout", 45768];
    };
    readonly sizeWith: {
        readonly name: "size_with";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_size_with";
        readonly args: readonly ["handle", "rust_buffer"];
        readonly returns: "handle";
        readonly future: "u64";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_size_with", 62592];
    };
    readonly logTimes: {
        readonly name: "log_times";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_log_times";
        readonly args: readonly ["u64", "rust_buffer", "u32"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_log_times", 42881];
    };
    readonly copyKey: {
        readonly name: "copy_key";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_copy_key";
        readonly args: readonly ["handle", "handle", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_copy_key", 53717];
    };
    readonly keepStore: {
        readonly name: "keep_store";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_keep_store";
        readonly args: readonly ["handle"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_keep_store", 43592];
    };
    readonly memoryStore: {
        readonly name: "memory_store";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_memory_store";
        readonly args: readonly [];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_memory_store", 1210];
    };
    readonly releaseStores: {
        readonly name: "release_stores";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_release_stores";
        readonly args: readonly [];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_release_stores", 31517];
    };
    readonly sameStore: {
        readonly name: "same_store";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_same_store";
        readonly args: readonly ["handle"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_same_store", 31359];
    };
    readonly dial: {
        readonly name: "dial";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_dial";
        readonly args: readonly ["u64", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_dial", 15417];
    };
    readonly addFromThreads: {
        readonly name: "add_from_threads";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_add_from_threads";
        readonly args: readonly ["handle", "u32", "u32"];
        readonly returns: "handle";
        readonly future: "u64";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_add_from_threads", 47051];
    };
    readonly addFromTokio: {
        readonly name: "add_from_tokio";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_add_from_tokio";
        readonly args: readonly ["handle", "u32", "u32"];
        readonly returns: "handle";
        readonly future: "u64";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_add_from_tokio", 11114];
    };
    readonly addLaterFromThread: {
        readonly name: "add_later_from_thread";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_add_later_from_thread";
        readonly args: readonly ["handle", "u64", "u64"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_add_later_from_thread", 62174];
    };
    readonly addOnThisThread: {
        readonly name: "add_on_this_thread";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_add_on_this_thread";
        readonly args: readonly ["handle", "u64"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_add_on_this_thread", 63324];
    };
    readonly double: {
        readonly name: "double";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_double";
        readonly args: readonly ["u64"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_double", 57353];
    };
    readonly checkWith: {
        readonly name: "check_with";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_check_with";
        readonly args: readonly ["u64", "i32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_check_with", 46241];
    };
    readonly exercise: {
        readonly name: "exercise";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_exercise";
        readonly args: readonly ["u64"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_exercise", 52738];
    };
    readonly shoutWith: {
        readonly name: "shout_with";
        readonly symbol: "uniffi_fixture_callbacks_fn_func_shout_with";
        readonly args: readonly ["u64", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_func_shout_with", 12163];
    };
    readonly Fetcher_fetch: {
        readonly name: "Fetcher.fetch";
        readonly symbol: "uniffi_fixture_callbacks_fn_method_fetcher_fetch";
        readonly args: readonly ["handle", "rust_buffer"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_method_fetcher_fetch", 6460];
    };
    readonly Fetcher_size: {
        readonly name: "Fetcher.size";
        readonly symbol: "uniffi_fixture_callbacks_fn_method_fetcher_size";
        readonly args: readonly ["handle", "rust_buffer"];
        readonly returns: "handle";
        readonly future: "u64";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_method_fetcher_size", 7061];
    };
    readonly Fetcher_ping: {
        readonly name: "Fetcher.ping";
        readonly symbol: "uniffi_fixture_callbacks_fn_method_fetcher_ping";
        readonly args: readonly ["handle"];
        readonly returns: "handle";
        readonly future: "void";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_method_fetcher_ping", 8099];
    };
    readonly LogSink_new: {
        readonly name: "LogSink.new";
        readonly symbol: "uniffi_fixture_callbacks_fn_constructor_logsink_new";
        readonly args: readonly ["u64"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_constructor_logsink_new", 56404];
    };
    readonly LogSink_detach: {
        readonly name: "LogSink.detach";
        readonly symbol: "uniffi_fixture_callbacks_fn_method_logsink_detach";
        readonly args: readonly ["handle"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_method_logsink_detach", 42935];
    };
    readonly LogSink_write: {
        readonly name: "LogSink.write";
        readonly symbol: "uniffi_fixture_callbacks_fn_method_logsink_write";
        readonly args: readonly ["handle", "u8", "rust_buffer"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_method_logsink_write", 19449];
    };
    readonly PrefixStore_new: {
        readonly name: "PrefixStore.new";
        readonly symbol: "uniffi_fixture_callbacks_fn_constructor_prefixstore_new";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_constructor_prefixstore_new", 38952];
    };
    readonly PrefixStore_get: {
        readonly name: "PrefixStore.get";
        readonly symbol: "uniffi_fixture_callbacks_fn_method_prefixstore_get";
        readonly args: readonly ["handle", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_method_prefixstore_get", 37606];
    };
    readonly PrefixStore_kind: {
        readonly name: "PrefixStore.kind";
        readonly symbol: "uniffi_fixture_callbacks_fn_method_prefixstore_kind";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_method_prefixstore_kind", 55591];
    };
    readonly PrefixStore_put: {
        readonly name: "PrefixStore.put";
        readonly symbol: "uniffi_fixture_callbacks_fn_method_prefixstore_put";
        readonly args: readonly ["handle", "rust_buffer", "rust_buffer"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_method_prefixstore_put", 62134];
    };
    readonly PrefixStore_storedKeys: {
        readonly name: "PrefixStore.stored_keys";
        readonly symbol: "uniffi_fixture_callbacks_fn_method_prefixstore_stored_keys";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_method_prefixstore_stored_keys", 31589];
    };
    readonly Store_get: {
        readonly name: "Store.get";
        readonly symbol: "uniffi_fixture_callbacks_fn_method_store_get";
        readonly args: readonly ["handle", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_method_store_get", 22791];
    };
    readonly Store_put: {
        readonly name: "Store.put";
        readonly symbol: "uniffi_fixture_callbacks_fn_method_store_put";
        readonly args: readonly ["handle", "rust_buffer", "rust_buffer"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_method_store_put", 64249];
    };
    readonly Store_kind: {
        readonly name: "Store.kind";
        readonly symbol: "uniffi_fixture_callbacks_fn_method_store_kind";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_method_store_kind", 20325];
    };
    readonly Counter_add: {
        readonly name: "Counter.add";
        readonly symbol: "uniffi_fixture_callbacks_fn_method_counter_add";
        readonly args: readonly ["handle", "u64"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_method_counter_add", 61533];
    };
    readonly Tag_new: {
        readonly name: "Tag.new";
        readonly symbol: "uniffi_fixture_callbacks_fn_constructor_tag_new";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_constructor_tag_new", 4606];
    };
    readonly Tag_name: {
        readonly name: "Tag.name";
        readonly symbol: "uniffi_fixture_callbacks_fn_method_tag_name";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_callbacks_checksum_method_tag_name", 28415];
    };
};
/**
 * The `fixture_callbacks` library, called through node-api. It is looked up, first hit wins: at the path in
 * the environment variable `FIXTURE_CALLBACKS_LIBRARY_PATH`; in the platform package `fixture-callbacks-node-api-<platform>-<arch>[-<abi>]`;
 * in this package's `prebuilds/<platform>-<arch>/`; then in these folders relative to this package:
 * `.`, `../../target/release`.
 */
export declare const library: UniffiLibrary;
