/**
 * The C-level view of `fixture_objects`: every scaffolding function with its FFI types, and
 * the native library they live in. `index.ts` builds the TypeScript API on top of this.
 */
import { UniffiLibrary } from './runtime';
export declare const ffiFunctions: {
    readonly counterValues: {
        readonly name: "counter_values";
        readonly symbol: "uniffi_fixture_objects_fn_func_counter_values";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_counter_values", 62820];
    };
    readonly countersByLabel: {
        readonly name: "counters_by_label";
        readonly symbol: "uniffi_fixture_objects_fn_func_counters_by_label";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_counters_by_label", 31549];
    };
    readonly echoNestedCounters: {
        readonly name: "echo_nested_counters";
        readonly symbol: "uniffi_fixture_objects_fn_func_echo_nested_counters";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_echo_nested_counters", 40824];
    };
    readonly groupTotal: {
        readonly name: "group_total";
        readonly symbol: "uniffi_fixture_objects_fn_func_group_total";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_group_total", 45146];
    };
    readonly makeCounters: {
        readonly name: "make_counters";
        readonly symbol: "uniffi_fixture_objects_fn_func_make_counters";
        readonly args: readonly ["u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_make_counters", 20918];
    };
    readonly makeGroup: {
        readonly name: "make_group";
        readonly symbol: "uniffi_fixture_objects_fn_func_make_group";
        readonly args: readonly ["rust_buffer", "u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_make_group", 17914];
    };
    readonly maybeCounter: {
        readonly name: "maybe_counter";
        readonly symbol: "uniffi_fixture_objects_fn_func_maybe_counter";
        readonly args: readonly ["i8", "i64"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_maybe_counter", 12826];
    };
    readonly optionalLabel: {
        readonly name: "optional_label";
        readonly symbol: "uniffi_fixture_objects_fn_func_optional_label";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_optional_label", 2648];
    };
    readonly resolve: {
        readonly name: "resolve";
        readonly symbol: "uniffi_fixture_objects_fn_func_resolve";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_resolve", 16380];
    };
    readonly sumCounters: {
        readonly name: "sum_counters";
        readonly symbol: "uniffi_fixture_objects_fn_func_sum_counters";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_sum_counters", 49101];
    };
    readonly sumCountersAsync: {
        readonly name: "sum_counters_async";
        readonly symbol: "uniffi_fixture_objects_fn_func_sum_counters_async";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "i64";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_sum_counters_async", 15135];
    };
    readonly wrapCounter: {
        readonly name: "wrap_counter";
        readonly symbol: "uniffi_fixture_objects_fn_func_wrap_counter";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_wrap_counter", 52757];
    };
    readonly counterStrongCount: {
        readonly name: "counter_strong_count";
        readonly symbol: "uniffi_fixture_objects_fn_func_counter_strong_count";
        readonly args: readonly ["handle"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_counter_strong_count", 61681];
    };
    readonly echoCounter: {
        readonly name: "echo_counter";
        readonly symbol: "uniffi_fixture_objects_fn_func_echo_counter";
        readonly args: readonly ["handle"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_echo_counter", 28915];
    };
    readonly makeCounter: {
        readonly name: "make_counter";
        readonly symbol: "uniffi_fixture_objects_fn_func_make_counter";
        readonly args: readonly ["rust_buffer", "i64"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_make_counter", 51730];
    };
    readonly makeCounterAsync: {
        readonly name: "make_counter_async";
        readonly symbol: "uniffi_fixture_objects_fn_func_make_counter_async";
        readonly args: readonly ["rust_buffer", "i64", "u64"];
        readonly returns: "handle";
        readonly future: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_make_counter_async", 35594];
    };
    readonly waitStats: {
        readonly name: "wait_stats";
        readonly symbol: "uniffi_fixture_objects_fn_func_wait_stats";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_wait_stats", 39803];
    };
    readonly liveInstances: {
        readonly name: "live_instances";
        readonly symbol: "uniffi_fixture_objects_fn_func_live_instances";
        readonly args: readonly [];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_live_instances", 2706];
    };
    readonly liveInstancesOf: {
        readonly name: "live_instances_of";
        readonly symbol: "uniffi_fixture_objects_fn_func_live_instances_of";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_live_instances_of", 8955];
    };
    readonly failWithObject: {
        readonly name: "fail_with_object";
        readonly symbol: "uniffi_fixture_objects_fn_func_fail_with_object";
        readonly args: readonly ["u32", "rust_buffer"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_fail_with_object", 4812];
    };
    readonly failWithObjectAsync: {
        readonly name: "fail_with_object_async";
        readonly symbol: "uniffi_fixture_objects_fn_func_fail_with_object_async";
        readonly args: readonly ["u32", "rust_buffer"];
        readonly returns: "handle";
        readonly future: "u32";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_fail_with_object_async", 62538];
    };
    readonly failWithObjectByValue: {
        readonly name: "fail_with_object_by_value";
        readonly symbol: "uniffi_fixture_objects_fn_func_fail_with_object_by_value";
        readonly args: readonly ["u32"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_fail_with_object_by_value", 2678];
    };
    readonly objectErrorCode: {
        readonly name: "object_error_code";
        readonly symbol: "uniffi_fixture_objects_fn_func_object_error_code";
        readonly args: readonly ["handle"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_object_error_code", 49704];
    };
    readonly sortSemvers: {
        readonly name: "sort_semvers";
        readonly symbol: "uniffi_fixture_objects_fn_func_sort_semvers";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_sort_semvers", 44508];
    };
    readonly openSession: {
        readonly name: "open_session";
        readonly symbol: "uniffi_fixture_objects_fn_func_open_session";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_open_session", 21192];
    };
    readonly describeShape: {
        readonly name: "describe_shape";
        readonly symbol: "uniffi_fixture_objects_fn_func_describe_shape";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_describe_shape", 23296];
    };
    readonly drawingNames: {
        readonly name: "drawing_names";
        readonly symbol: "uniffi_fixture_objects_fn_func_drawing_names";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_drawing_names", 62447];
    };
    readonly largestShape: {
        readonly name: "largest_shape";
        readonly symbol: "uniffi_fixture_objects_fn_func_largest_shape";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_largest_shape", 61093];
    };
    readonly makeCircle: {
        readonly name: "make_circle";
        readonly symbol: "uniffi_fixture_objects_fn_func_make_circle";
        readonly args: readonly ["f64"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_make_circle", 53449];
    };
    readonly makeCircleAsync: {
        readonly name: "make_circle_async";
        readonly symbol: "uniffi_fixture_objects_fn_func_make_circle_async";
        readonly args: readonly ["f64"];
        readonly returns: "handle";
        readonly future: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_make_circle_async", 48230];
    };
    readonly makeSquare: {
        readonly name: "make_square";
        readonly symbol: "uniffi_fixture_objects_fn_func_make_square";
        readonly args: readonly ["f64"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_make_square", 53274];
    };
    readonly sampleDrawing: {
        readonly name: "sample_drawing";
        readonly symbol: "uniffi_fixture_objects_fn_func_sample_drawing";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_sample_drawing", 20279];
    };
    readonly tileAsShape: {
        readonly name: "tile_as_shape";
        readonly symbol: "uniffi_fixture_objects_fn_func_tile_as_shape";
        readonly args: readonly ["handle"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_tile_as_shape", 33658];
    };
    readonly totalArea: {
        readonly name: "total_area";
        readonly symbol: "uniffi_fixture_objects_fn_func_total_area";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_func_total_area", 1174];
    };
    readonly Counter_new: {
        readonly name: "Counter.new";
        readonly symbol: "uniffi_fixture_objects_fn_constructor_counter_new";
        readonly args: readonly ["i64"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_constructor_counter_new", 41105];
    };
    readonly Counter_newAsync: {
        readonly name: "Counter.new_async";
        readonly symbol: "uniffi_fixture_objects_fn_constructor_counter_new_async";
        readonly args: readonly ["i64", "u64"];
        readonly returns: "handle";
        readonly future: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_constructor_counter_new_async", 1686];
    };
    readonly Counter_parse: {
        readonly name: "Counter.parse";
        readonly symbol: "uniffi_fixture_objects_fn_constructor_counter_parse";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_constructor_counter_parse", 28575];
    };
    readonly Counter_withLabel: {
        readonly name: "Counter.with_label";
        readonly symbol: "uniffi_fixture_objects_fn_constructor_counter_with_label";
        readonly args: readonly ["rust_buffer", "i64"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_constructor_counter_with_label", 35803];
    };
    readonly Counter_zero: {
        readonly name: "Counter.zero";
        readonly symbol: "uniffi_fixture_objects_fn_constructor_counter_zero";
        readonly args: readonly [];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_constructor_counter_zero", 41686];
    };
    readonly Counter_addFrom: {
        readonly name: "Counter.add_from";
        readonly symbol: "uniffi_fixture_objects_fn_method_counter_add_from";
        readonly args: readonly ["handle", "handle"];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_counter_add_from", 26203];
    };
    readonly Counter_checkAsync: {
        readonly name: "Counter.check_async";
        readonly symbol: "uniffi_fixture_objects_fn_method_counter_check_async";
        readonly args: readonly ["handle"];
        readonly returns: "handle";
        readonly future: "i64";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_counter_check_async", 55327];
    };
    readonly Counter_checkedSub: {
        readonly name: "Counter.checked_sub";
        readonly symbol: "uniffi_fixture_objects_fn_method_counter_checked_sub";
        readonly args: readonly ["handle", "i64"];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_counter_checked_sub", 11850];
    };
    readonly Counter_get: {
        readonly name: "Counter.get";
        readonly symbol: "uniffi_fixture_objects_fn_method_counter_get";
        readonly args: readonly ["handle"];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_counter_get", 27846];
    };
    readonly Counter_increment: {
        readonly name: "Counter.increment";
        readonly symbol: "uniffi_fixture_objects_fn_method_counter_increment";
        readonly args: readonly ["handle", "i64"];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_counter_increment", 26993];
    };
    readonly Counter_incrementAfter: {
        readonly name: "Counter.increment_after";
        readonly symbol: "uniffi_fixture_objects_fn_method_counter_increment_after";
        readonly args: readonly ["handle", "u64"];
        readonly returns: "handle";
        readonly future: "i64";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_counter_increment_after", 53015];
    };
    readonly Counter_itself: {
        readonly name: "Counter.itself";
        readonly symbol: "uniffi_fixture_objects_fn_method_counter_itself";
        readonly args: readonly ["handle"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_counter_itself", 16772];
    };
    readonly Counter_label: {
        readonly name: "Counter.label";
        readonly symbol: "uniffi_fixture_objects_fn_method_counter_label";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_counter_label", 14459];
    };
    readonly Counter_mergedWith: {
        readonly name: "Counter.merged_with";
        readonly symbol: "uniffi_fixture_objects_fn_method_counter_merged_with";
        readonly args: readonly ["handle", "handle"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_counter_merged_with", 17727];
    };
    readonly Counter_panicNow: {
        readonly name: "Counter.panic_now";
        readonly symbol: "uniffi_fixture_objects_fn_method_counter_panic_now";
        readonly args: readonly ["handle", "rust_buffer"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_counter_panic_now", 48678];
    };
    readonly Counter_sameObject: {
        readonly name: "Counter.same_object";
        readonly symbol: "uniffi_fixture_objects_fn_method_counter_same_object";
        readonly args: readonly ["handle", "handle"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_counter_same_object", 31678];
    };
    readonly Counter_set: {
        readonly name: "Counter.set";
        readonly symbol: "uniffi_fixture_objects_fn_method_counter_set";
        readonly args: readonly ["handle", "i64"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_counter_set", 517];
    };
    readonly Counter_snapshot: {
        readonly name: "Counter.snapshot";
        readonly symbol: "uniffi_fixture_objects_fn_method_counter_snapshot";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_counter_snapshot", 63234];
    };
    readonly Counter_wait: {
        readonly name: "Counter.wait";
        readonly symbol: "uniffi_fixture_objects_fn_method_counter_wait";
        readonly args: readonly ["handle", "u64"];
        readonly returns: "handle";
        readonly future: "i64";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_counter_wait", 54726];
    };
    readonly ObjectError_code: {
        readonly name: "ObjectError.code";
        readonly symbol: "uniffi_fixture_objects_fn_method_objecterror_code";
        readonly args: readonly ["handle"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_objecterror_code", 59418];
    };
    readonly ObjectError_isRetryable: {
        readonly name: "ObjectError.is_retryable";
        readonly symbol: "uniffi_fixture_objects_fn_method_objecterror_is_retryable";
        readonly args: readonly ["handle"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_objecterror_is_retryable", 42014];
    };
    readonly ObjectError_message: {
        readonly name: "ObjectError.message";
        readonly symbol: "uniffi_fixture_objects_fn_method_objecterror_message";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_objecterror_message", 54292];
    };
    readonly ObjectError_uniffiTraitDisplay: {
        readonly name: "ObjectError.uniffi_trait_display";
        readonly symbol: "uniffi_fixture_objects_fn_method_objecterror_uniffi_trait_display";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
    };
    readonly ObjectError_uniffiTraitDebug: {
        readonly name: "ObjectError.uniffi_trait_debug";
        readonly symbol: "uniffi_fixture_objects_fn_method_objecterror_uniffi_trait_debug";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
    };
    readonly SemVer_new: {
        readonly name: "SemVer.new";
        readonly symbol: "uniffi_fixture_objects_fn_constructor_semver_new";
        readonly args: readonly ["u32", "u32", "u32"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_constructor_semver_new", 14952];
    };
    readonly SemVer_parse: {
        readonly name: "SemVer.parse";
        readonly symbol: "uniffi_fixture_objects_fn_constructor_semver_parse";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_constructor_semver_parse", 41646];
    };
    readonly SemVer_bumpMajor: {
        readonly name: "SemVer.bump_major";
        readonly symbol: "uniffi_fixture_objects_fn_method_semver_bump_major";
        readonly args: readonly ["handle"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_semver_bump_major", 65134];
    };
    readonly SemVer_major: {
        readonly name: "SemVer.major";
        readonly symbol: "uniffi_fixture_objects_fn_method_semver_major";
        readonly args: readonly ["handle"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_semver_major", 57609];
    };
    readonly SemVer_uniffiTraitDisplay: {
        readonly name: "SemVer.uniffi_trait_display";
        readonly symbol: "uniffi_fixture_objects_fn_method_semver_uniffi_trait_display";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
    };
    readonly SemVer_uniffiTraitDebug: {
        readonly name: "SemVer.uniffi_trait_debug";
        readonly symbol: "uniffi_fixture_objects_fn_method_semver_uniffi_trait_debug";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
    };
    readonly SemVer_uniffiTraitEqEq: {
        readonly name: "SemVer.uniffi_trait_eq_eq";
        readonly symbol: "uniffi_fixture_objects_fn_method_semver_uniffi_trait_eq_eq";
        readonly args: readonly ["handle", "handle"];
        readonly returns: "i8";
    };
    readonly SemVer_uniffiTraitHash: {
        readonly name: "SemVer.uniffi_trait_hash";
        readonly symbol: "uniffi_fixture_objects_fn_method_semver_uniffi_trait_hash";
        readonly args: readonly ["handle"];
        readonly returns: "u64";
    };
    readonly SemVer_uniffiTraitOrdCmp: {
        readonly name: "SemVer.uniffi_trait_ord_cmp";
        readonly symbol: "uniffi_fixture_objects_fn_method_semver_uniffi_trait_ord_cmp";
        readonly args: readonly ["handle", "handle"];
        readonly returns: "i8";
    };
    readonly Session_close: {
        readonly name: "Session.close";
        readonly symbol: "uniffi_fixture_objects_fn_method_session_close";
        readonly args: readonly ["handle"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_session_close", 5076];
    };
    readonly Session_id: {
        readonly name: "Session.id";
        readonly symbol: "uniffi_fixture_objects_fn_method_session_id";
        readonly args: readonly ["handle"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_session_id", 52637];
    };
    readonly Session_isOpen: {
        readonly name: "Session.is_open";
        readonly symbol: "uniffi_fixture_objects_fn_method_session_is_open";
        readonly args: readonly ["handle"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_session_is_open", 5953];
    };
    readonly Session_user: {
        readonly name: "Session.user";
        readonly symbol: "uniffi_fixture_objects_fn_method_session_user";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_session_user", 59099];
    };
    readonly Shape_area: {
        readonly name: "Shape.area";
        readonly symbol: "uniffi_fixture_objects_fn_method_shape_area";
        readonly args: readonly ["handle"];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_shape_area", 8421];
    };
    readonly Shape_name: {
        readonly name: "Shape.name";
        readonly symbol: "uniffi_fixture_objects_fn_method_shape_name";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_shape_name", 14573];
    };
    readonly Shape_scaled: {
        readonly name: "Shape.scaled";
        readonly symbol: "uniffi_fixture_objects_fn_method_shape_scaled";
        readonly args: readonly ["handle", "f64"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_shape_scaled", 65448];
    };
    readonly Tile_new: {
        readonly name: "Tile.new";
        readonly symbol: "uniffi_fixture_objects_fn_constructor_tile_new";
        readonly args: readonly ["f64", "rust_buffer"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_constructor_tile_new", 23827];
    };
    readonly Tile_area: {
        readonly name: "Tile.area";
        readonly symbol: "uniffi_fixture_objects_fn_method_tile_area";
        readonly args: readonly ["handle"];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_tile_area", 41];
    };
    readonly Tile_colour: {
        readonly name: "Tile.colour";
        readonly symbol: "uniffi_fixture_objects_fn_method_tile_colour";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_tile_colour", 30866];
    };
    readonly Tile_name: {
        readonly name: "Tile.name";
        readonly symbol: "uniffi_fixture_objects_fn_method_tile_name";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_tile_name", 25798];
    };
    readonly Tile_scaled: {
        readonly name: "Tile.scaled";
        readonly symbol: "uniffi_fixture_objects_fn_method_tile_scaled";
        readonly args: readonly ["handle", "f64"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_objects_checksum_method_tile_scaled", 19397];
    };
};
/**
 * The `fixture_objects` library, called through node-api. It is looked up, first hit wins: at the path in
 * the environment variable `FIXTURE_OBJECTS_LIBRARY_PATH`; in the platform package `fixture-objects-node-api-<platform>-<arch>[-<abi>]`;
 * in this package's `prebuilds/<platform>-<arch>/`; then in these folders relative to this package:
 * `.`, `../../target/release`.
 */
export declare const library: UniffiLibrary;
