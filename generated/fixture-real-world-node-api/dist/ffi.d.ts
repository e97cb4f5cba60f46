/**
 * The C-level view of `fixture_real_world`: every scaffolding function with its FFI types, and
 * the native library they live in. `index.ts` builds the TypeScript API on top of this.
 */
import { UniffiLibrary } from './runtime';
export declare const ffiFunctions: {
    readonly animalLargeUintValue: {
        readonly name: "animal_large_uint_value";
        readonly symbol: "uniffi_fixture_real_world_fn_func_animal_large_uint_value";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_animal_large_uint_value", 29598];
    };
    readonly animalSignedLargeValue: {
        readonly name: "animal_signed_large_value";
        readonly symbol: "uniffi_fixture_real_world_fn_func_animal_signed_large_value";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_animal_signed_large_value", 53673];
    };
    readonly explicitValuedValue: {
        readonly name: "explicit_valued_value";
        readonly symbol: "uniffi_fixture_real_world_fn_func_explicit_valued_value";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_explicit_valued_value", 23755];
    };
    readonly implicitValue: {
        readonly name: "implicit_value";
        readonly symbol: "uniffi_fixture_real_world_fn_func_implicit_value";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_implicit_value", 37967];
    };
    readonly signedValuesValue: {
        readonly name: "signed_values_value";
        readonly symbol: "uniffi_fixture_real_world_fn_func_signed_values_value";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_signed_values_value", 20095];
    };
    readonly smallValuesValue: {
        readonly name: "small_values_value";
        readonly symbol: "uniffi_fixture_real_world_fn_func_small_values_value";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u8";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_small_values_value", 38744];
    };
    readonly fallibleMe: {
        readonly name: "fallible_me";
        readonly symbol: "uniffi_fixture_real_world_fn_func_fallible_me";
        readonly args: readonly ["i8"];
        readonly returns: "handle";
        readonly future: "u8";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_fallible_me", 12260];
    };
    readonly oopsCustom: {
        readonly name: "oops_custom";
        readonly symbol: "uniffi_fixture_real_world_fn_func_oops_custom";
        readonly args: readonly ["u16"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_oops_custom", 56946];
    };
    readonly oopsCustomAsync: {
        readonly name: "oops_custom_async";
        readonly symbol: "uniffi_fixture_real_world_fn_func_oops_custom_async";
        readonly args: readonly ["u16"];
        readonly returns: "handle";
        readonly future: "u32";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_oops_custom_async", 12022];
    };
    readonly oopsRange: {
        readonly name: "oops_range";
        readonly symbol: "uniffi_fixture_real_world_fn_func_oops_range";
        readonly args: readonly ["u16"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_oops_range", 30893];
    };
    readonly oopsTuple: {
        readonly name: "oops_tuple";
        readonly symbol: "uniffi_fixture_real_world_fn_func_oops_tuple";
        readonly args: readonly ["u16", "rust_buffer"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_oops_tuple", 56448];
    };
    readonly parseHtml: {
        readonly name: "parse_html";
        readonly symbol: "uniffi_fixture_real_world_fn_func_parse_html";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_parse_html", 58218];
    };
    readonly parseHtmlAsync: {
        readonly name: "parse_html_async";
        readonly symbol: "uniffi_fixture_real_world_fn_func_parse_html_async";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_parse_html_async", 21048];
    };
    readonly toops: {
        readonly name: "toops";
        readonly symbol: "uniffi_fixture_real_world_fn_func_toops";
        readonly args: readonly [];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_toops", 11326];
    };
    readonly toopsAsync: {
        readonly name: "toops_async";
        readonly symbol: "uniffi_fixture_real_world_fn_func_toops_async";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "u8";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_toops_async", 11182];
    };
    readonly echoConverterNamed: {
        readonly name: "echo_converter_named";
        readonly symbol: "uniffi_fixture_real_world_fn_func_echo_converter_named";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_echo_converter_named", 34814];
    };
    readonly echoMembers: {
        readonly name: "echo_members";
        readonly symbol: "uniffi_fixture_real_world_fn_func_echo_members";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_echo_members", 35270];
    };
    readonly echoSyncFunction: {
        readonly name: "echo_sync_function";
        readonly symbol: "uniffi_fixture_real_world_fn_func_echo_sync_function";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_echo_sync_function", 18012];
    };
    readonly echoTagged: {
        readonly name: "echo_tagged";
        readonly symbol: "uniffi_fixture_real_world_fn_func_echo_tagged";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_echo_tagged", 13435];
    };
    readonly errorVariant: {
        readonly name: "error_variant";
        readonly symbol: "uniffi_fixture_real_world_fn_func_error_variant";
        readonly args: readonly ["u32"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_error_variant", 37074];
    };
    readonly evaluate: {
        readonly name: "evaluate";
        readonly symbol: "uniffi_fixture_real_world_fn_func_evaluate";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_evaluate", 14835];
    };
    readonly fail: {
        readonly name: "fail";
        readonly symbol: "uniffi_fixture_real_world_fn_func_fail";
        readonly args: readonly ["u32"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_fail", 57715];
    };
    readonly failAsync: {
        readonly name: "fail_async";
        readonly symbol: "uniffi_fixture_real_world_fn_func_fail_async";
        readonly args: readonly ["u32"];
        readonly returns: "handle";
        readonly future: "void";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_fail_async", 39682];
    };
    readonly fetch: {
        readonly name: "fetch";
        readonly symbol: "uniffi_fixture_real_world_fn_func_fetch";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_fetch", 52557];
    };
    readonly parseCode: {
        readonly name: "parse_code";
        readonly symbol: "uniffi_fixture_real_world_fn_func_parse_code";
        readonly args: readonly ["u32"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_parse_code", 39471];
    };
    readonly setTimeout: {
        readonly name: "set_timeout";
        readonly symbol: "uniffi_fixture_real_world_fn_func_set_timeout";
        readonly args: readonly ["u32", "rust_buffer", "i8", "u8"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_set_timeout", 3588];
    };
    readonly throwFlatVariant: {
        readonly name: "throw_flat_variant";
        readonly symbol: "uniffi_fixture_real_world_fn_func_throw_flat_variant";
        readonly args: readonly [];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_throw_flat_variant", 6670];
    };
    readonly throwNameError: {
        readonly name: "throw_name_error";
        readonly symbol: "uniffi_fixture_real_world_fn_func_throw_name_error";
        readonly args: readonly ["rust_buffer", "rust_buffer", "u32"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_throw_name_error", 41747];
    };
    readonly nestedSerial: {
        readonly name: "nested_serial";
        readonly symbol: "uniffi_fixture_real_world_fn_func_nested_serial";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_nested_serial", 3748];
    };
    readonly objectSerial: {
        readonly name: "object_serial";
        readonly symbol: "uniffi_fixture_real_world_fn_func_object_serial";
        readonly args: readonly ["handle"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_object_serial", 16038];
    };
    readonly objectsConstructed: {
        readonly name: "objects_constructed";
        readonly symbol: "uniffi_fixture_real_world_fn_func_objects_constructed";
        readonly args: readonly [];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_objects_constructed", 29813];
    };
    readonly slotSerial: {
        readonly name: "slot_serial";
        readonly symbol: "uniffi_fixture_real_world_fn_func_slot_serial";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_slot_serial", 65429];
    };
    readonly withObjectSerial: {
        readonly name: "with_object_serial";
        readonly symbol: "uniffi_fixture_real_world_fn_func_with_object_serial";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_with_object_serial", 11834];
    };
    readonly withObjectSerials: {
        readonly name: "with_object_serials";
        readonly symbol: "uniffi_fixture_real_world_fn_func_with_object_serials";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_with_object_serials", 13078];
    };
    readonly debugTestCase: {
        readonly name: "debug_test_case";
        readonly symbol: "uniffi_fixture_real_world_fn_func_debug_test_case";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_debug_test_case", 42020];
    };
    readonly echoAllDefaults: {
        readonly name: "echo_all_defaults";
        readonly symbol: "uniffi_fixture_real_world_fn_func_echo_all_defaults";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_echo_all_defaults", 19021];
    };
    readonly echoMixed: {
        readonly name: "echo_mixed";
        readonly symbol: "uniffi_fixture_real_world_fn_func_echo_mixed";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_echo_mixed", 16733];
    };
    readonly echoTestCase: {
        readonly name: "echo_test_case";
        readonly symbol: "uniffi_fixture_real_world_fn_func_echo_test_case";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_echo_test_case", 45890];
    };
    readonly nestedN: {
        readonly name: "nested_n";
        readonly symbol: "uniffi_fixture_real_world_fn_func_nested_n";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u8";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_nested_n", 44343];
    };
    readonly rustAllDefaults: {
        readonly name: "rust_all_defaults";
        readonly symbol: "uniffi_fixture_real_world_fn_func_rust_all_defaults";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_rust_all_defaults", 24373];
    };
    readonly rustMixed: {
        readonly name: "rust_mixed";
        readonly symbol: "uniffi_fixture_real_world_fn_func_rust_mixed";
        readonly args: readonly ["rust_buffer", "i8"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_rust_mixed", 17138];
    };
    readonly rustRecWithDefault: {
        readonly name: "rust_rec_with_default";
        readonly symbol: "uniffi_fixture_real_world_fn_func_rust_rec_with_default";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_func_rust_rec_with_default", 32930];
    };
    readonly Members_create: {
        readonly name: "Members.create";
        readonly symbol: "uniffi_fixture_real_world_fn_method_members_create";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
    };
    readonly Members_hash: {
        readonly name: "Members.hash";
        readonly symbol: "uniffi_fixture_real_world_fn_method_members_hash";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u32";
    };
    readonly Members_valueOf: {
        readonly name: "Members.value_of";
        readonly symbol: "uniffi_fixture_real_world_fn_method_members_value_of";
        readonly args: readonly ["rust_buffer", "u32"];
        readonly returns: "u32";
    };
    readonly TsPoint_length: {
        readonly name: "TsPoint.length";
        readonly symbol: "uniffi_fixture_real_world_fn_method_spritepoint_length";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "f64";
    };
    readonly Word_discriminant: {
        readonly name: "Word.discriminant";
        readonly symbol: "uniffi_fixture_real_world_fn_method_word_discriminant";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
    };
    readonly Word_fromDiscriminant: {
        readonly name: "Word.from_discriminant";
        readonly symbol: "uniffi_fixture_real_world_fn_method_word_from_discriminant";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
    };
    readonly Tagged_display: {
        readonly name: "Tagged.display";
        readonly symbol: "uniffi_fixture_real_world_fn_method_tagged_display";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
    };
    readonly Tagged_equals: {
        readonly name: "Tagged.equals";
        readonly symbol: "uniffi_fixture_real_world_fn_method_tagged_equals";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "i8";
    };
    readonly Tagged_uniffiTraitDisplay: {
        readonly name: "Tagged.uniffi_trait_display";
        readonly symbol: "uniffi_fixture_real_world_fn_method_tagged_uniffi_trait_display";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
    };
    readonly Tagged_uniffiTraitEqEq: {
        readonly name: "Tagged.uniffi_trait_eq_eq";
        readonly symbol: "uniffi_fixture_real_world_fn_method_tagged_uniffi_trait_eq_eq";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "i8";
    };
    readonly Tagged_uniffiTraitHash: {
        readonly name: "Tagged.uniffi_trait_hash";
        readonly symbol: "uniffi_fixture_real_world_fn_method_tagged_uniffi_trait_hash";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u64";
    };
    readonly ParseError_code: {
        readonly name: "ParseError.code";
        readonly symbol: "uniffi_fixture_real_world_fn_method_parseerror_code";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u32";
    };
    readonly ErrorTrait_msg: {
        readonly name: "ErrorTrait.msg";
        readonly symbol: "uniffi_fixture_real_world_fn_method_errortrait_msg";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_errortrait_msg", 18640];
    };
    readonly Gauge_new: {
        readonly name: "Gauge.new";
        readonly symbol: "uniffi_fixture_real_world_fn_constructor_gauge_new";
        readonly args: readonly ["u16"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_constructor_gauge_new", 57405];
    };
    readonly Gauge_read: {
        readonly name: "Gauge.read";
        readonly symbol: "uniffi_fixture_real_world_fn_method_gauge_read";
        readonly args: readonly ["handle", "u16"];
        readonly returns: "u16";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_gauge_read", 12709];
    };
    readonly Failure_captureStackTrace: {
        readonly name: "Failure.capture_stack_trace";
        readonly symbol: "uniffi_fixture_real_world_fn_constructor_failure_capture_stack_trace";
        readonly args: readonly ["u32"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_constructor_failure_capture_stack_trace", 22293];
    };
    readonly Failure_cause: {
        readonly name: "Failure.cause";
        readonly symbol: "uniffi_fixture_real_world_fn_method_failure_cause";
        readonly args: readonly ["handle"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_failure_cause", 749];
    };
    readonly Failure_message: {
        readonly name: "Failure.message";
        readonly symbol: "uniffi_fixture_real_world_fn_method_failure_message";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_failure_message", 56163];
    };
    readonly Failure_name: {
        readonly name: "Failure.name";
        readonly symbol: "uniffi_fixture_real_world_fn_method_failure_name";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_failure_name", 60376];
    };
    readonly Failure_stack: {
        readonly name: "Failure.stack";
        readonly symbol: "uniffi_fixture_real_world_fn_method_failure_stack";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_failure_stack", 22104];
    };
    readonly Failure_valueOf: {
        readonly name: "Failure.value_of";
        readonly symbol: "uniffi_fixture_real_world_fn_method_failure_value_of";
        readonly args: readonly ["handle"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_failure_value_of", 55230];
    };
    readonly Failure_uniffiTraitDisplay: {
        readonly name: "Failure.uniffi_trait_display";
        readonly symbol: "uniffi_fixture_real_world_fn_method_failure_uniffi_trait_display";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
    };
    readonly Loader_create: {
        readonly name: "Loader.create";
        readonly symbol: "uniffi_fixture_real_world_fn_constructor_loader_create";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_constructor_loader_create", 41406];
    };
    readonly Loader_new: {
        readonly name: "Loader.new";
        readonly symbol: "uniffi_fixture_real_world_fn_constructor_loader_new";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "handle";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_constructor_loader_new", 58668];
    };
    readonly Loader_source: {
        readonly name: "Loader.source";
        readonly symbol: "uniffi_fixture_real_world_fn_method_loader_source";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_loader_source", 32052];
    };
    readonly Widget_new: {
        readonly name: "Widget.new";
        readonly symbol: "uniffi_fixture_real_world_fn_constructor_widget_new";
        readonly args: readonly ["u32"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_constructor_widget_new", 36373];
    };
    readonly Widget_call: {
        readonly name: "Widget.call";
        readonly symbol: "uniffi_fixture_real_world_fn_constructor_widget_call";
        readonly args: readonly ["u32"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_constructor_widget_call", 51341];
    };
    readonly Widget_name: {
        readonly name: "Widget.name";
        readonly symbol: "uniffi_fixture_real_world_fn_constructor_widget_name";
        readonly args: readonly ["u32"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_constructor_widget_name", 44165];
    };
    readonly Widget_toString: {
        readonly name: "Widget.to_string";
        readonly symbol: "uniffi_fixture_real_world_fn_constructor_widget_to_string";
        readonly args: readonly ["u32"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_constructor_widget_to_string", 18135];
    };
    readonly Widget_destroy: {
        readonly name: "Widget.destroy";
        readonly symbol: "uniffi_fixture_real_world_fn_method_widget_destroy";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_widget_destroy", 29934];
    };
    readonly Widget_hasOwnProperty: {
        readonly name: "Widget.has_own_property";
        readonly symbol: "uniffi_fixture_real_world_fn_method_widget_has_own_property";
        readonly args: readonly ["handle", "rust_buffer"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_widget_has_own_property", 49584];
    };
    readonly Widget_isDestroyed: {
        readonly name: "Widget.is_destroyed";
        readonly symbol: "uniffi_fixture_real_world_fn_method_widget_is_destroyed";
        readonly args: readonly ["handle"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_widget_is_destroyed", 8616];
    };
    readonly Widget_toLocaleString: {
        readonly name: "Widget.to_locale_string";
        readonly symbol: "uniffi_fixture_real_world_fn_method_widget_to_locale_string";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_widget_to_locale_string", 64356];
    };
    readonly Widget_uniffiTypeWidget: {
        readonly name: "Widget.uniffi_type_widget";
        readonly symbol: "uniffi_fixture_real_world_fn_method_widget_uniffi_type_widget";
        readonly args: readonly ["handle"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_widget_uniffi_type_widget", 31866];
    };
    readonly Widget_valueOf: {
        readonly name: "Widget.value_of";
        readonly symbol: "uniffi_fixture_real_world_fn_method_widget_value_of";
        readonly args: readonly ["handle"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_widget_value_of", 47129];
    };
    readonly Object__new: {
        readonly name: "Object.new";
        readonly symbol: "uniffi_fixture_real_world_fn_constructor_object_new";
        readonly args: readonly [];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_constructor_object_new", 60217];
    };
    readonly Object__serial: {
        readonly name: "Object.serial";
        readonly symbol: "uniffi_fixture_real_world_fn_method_object_serial";
        readonly args: readonly ["handle"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_object_serial", 50694];
    };
    readonly TsAdder_new: {
        readonly name: "TsAdder.new";
        readonly symbol: "uniffi_fixture_real_world_fn_constructor_adder_new";
        readonly args: readonly ["i32"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_constructor_adder_new", 38241];
    };
    readonly TsAdder_plus: {
        readonly name: "TsAdder.plus";
        readonly symbol: "uniffi_fixture_real_world_fn_method_adder_add";
        readonly args: readonly ["handle", "i32"];
        readonly returns: "i32";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_adder_add", 57291];
    };
    readonly TsSprite_new: {
        readonly name: "TsSprite.new";
        readonly symbol: "uniffi_fixture_real_world_fn_constructor_sprite_new";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_constructor_sprite_new", 4389];
    };
    readonly TsSprite_newRelativeTo: {
        readonly name: "TsSprite.new_relative_to";
        readonly symbol: "uniffi_fixture_real_world_fn_constructor_sprite_new_relative_to";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_constructor_sprite_new_relative_to", 22656];
    };
    readonly TsSprite_onBoard: {
        readonly name: "TsSprite.on_board";
        readonly symbol: "uniffi_fixture_real_world_fn_constructor_sprite_on_board";
        readonly args: readonly ["f64"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_constructor_sprite_on_board", 22979];
    };
    readonly TsSprite_position: {
        readonly name: "TsSprite.position";
        readonly symbol: "uniffi_fixture_real_world_fn_method_sprite_get_position";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_sprite_get_position", 44853];
    };
    readonly TsSprite_moveBy: {
        readonly name: "TsSprite.move_by";
        readonly symbol: "uniffi_fixture_real_world_fn_method_sprite_move_by";
        readonly args: readonly ["handle", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_sprite_move_by", 32738];
    };
    readonly TsSprite_moveTo: {
        readonly name: "TsSprite.move_to";
        readonly symbol: "uniffi_fixture_real_world_fn_method_sprite_move_to";
        readonly args: readonly ["handle", "rust_buffer"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_real_world_checksum_method_sprite_move_to", 30036];
    };
};
/**
 * The `fixture_real_world` library, called through node-api. It is looked up, first hit wins: at the path in
 * the environment variable `FIXTURE_REAL_WORLD_LIBRARY_PATH`; in the platform package `fixture-real-world-node-api-<platform>-<arch>[-<abi>]`;
 * in this package's `prebuilds/<platform>-<arch>/`; then in these folders relative to this package:
 * `.`, `../../target/release`.
 */
export declare const library: UniffiLibrary;
