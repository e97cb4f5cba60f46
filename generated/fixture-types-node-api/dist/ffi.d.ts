/**
 * The C-level view of `fixture_types`: every scaffolding function with its FFI types, and
 * the native library they live in. `index.ts` builds the TypeScript API on top of this.
 */
import { UniffiLibrary } from './runtime';
export declare const ffiFunctions: {
    readonly bytesEqual: {
        readonly name: "bytes_equal";
        readonly symbol: "uniffi_fixture_types_fn_func_bytes_equal";
        readonly args: readonly ["foreign_bytes", "foreign_bytes"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_bytes_equal", 31949];
    };
    readonly checkPattern: {
        readonly name: "check_pattern";
        readonly symbol: "uniffi_fixture_types_fn_func_check_pattern";
        readonly args: readonly ["foreign_bytes", "u8"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_check_pattern", 29695];
    };
    readonly checksum: {
        readonly name: "checksum";
        readonly symbol: "uniffi_fixture_types_fn_func_checksum";
        readonly args: readonly ["foreign_bytes"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_checksum", 48885];
    };
    readonly checksumVec: {
        readonly name: "checksum_vec";
        readonly symbol: "uniffi_fixture_types_fn_func_checksum_vec";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_checksum_vec", 14991];
    };
    readonly echoBlob: {
        readonly name: "echo_blob";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_blob";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_blob", 8247];
    };
    readonly echoByteLists: {
        readonly name: "echo_byte_lists";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_byte_lists";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_byte_lists", 6212];
    };
    readonly echoByteMap: {
        readonly name: "echo_byte_map";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_byte_map";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_byte_map", 34567];
    };
    readonly echoBytes: {
        readonly name: "echo_bytes";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_bytes";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_bytes", 40448];
    };
    readonly echoBytesAsync: {
        readonly name: "echo_bytes_async";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_bytes_async";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_bytes_async", 22641];
    };
    readonly echoI8List: {
        readonly name: "echo_i8_list";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_i8_list";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_i8_list", 27251];
    };
    readonly echoOptionalBytes: {
        readonly name: "echo_optional_bytes";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_optional_bytes";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_optional_bytes", 22800];
    };
    readonly emptyBytes: {
        readonly name: "empty_bytes";
        readonly symbol: "uniffi_fixture_types_fn_func_empty_bytes";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_empty_bytes", 50422];
    };
    readonly lenOf: {
        readonly name: "len_of";
        readonly symbol: "uniffi_fixture_types_fn_func_len_of";
        readonly args: readonly ["foreign_bytes"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_len_of", 39093];
    };
    readonly makeBytes: {
        readonly name: "make_bytes";
        readonly symbol: "uniffi_fixture_types_fn_func_make_bytes";
        readonly args: readonly ["u32", "u8"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_make_bytes", 8460];
    };
    readonly sliceOf: {
        readonly name: "slice_of";
        readonly symbol: "uniffi_fixture_types_fn_func_slice_of";
        readonly args: readonly ["u32", "foreign_bytes", "u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_slice_of", 26719];
    };
    readonly checkMap: {
        readonly name: "check_map";
        readonly symbol: "uniffi_fixture_types_fn_func_check_map";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_check_map", 50777];
    };
    readonly countDirections: {
        readonly name: "count_directions";
        readonly symbol: "uniffi_fixture_types_fn_func_count_directions";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_count_directions", 3770];
    };
    readonly dedupe: {
        readonly name: "dedupe";
        readonly symbol: "uniffi_fixture_types_fn_func_dedupe";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_dedupe", 2433];
    };
    readonly describeOptionOption: {
        readonly name: "describe_option_option";
        readonly symbol: "uniffi_fixture_types_fn_func_describe_option_option";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_describe_option_option", 3550];
    };
    readonly echoBoolMap: {
        readonly name: "echo_bool_map";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_bool_map";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_bool_map", 33637];
    };
    readonly echoDirectionMap: {
        readonly name: "echo_direction_map";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_direction_map";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_direction_map", 56702];
    };
    readonly echoDirectionSet: {
        readonly name: "echo_direction_set";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_direction_set";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_direction_set", 5076];
    };
    readonly echoI64Map: {
        readonly name: "echo_i64_map";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_i64_map";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_i64_map", 53184];
    };
    readonly echoMapOfMaps: {
        readonly name: "echo_map_of_maps";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_map_of_maps";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_map_of_maps", 57401];
    };
    readonly echoNested: {
        readonly name: "echo_nested";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_nested";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_nested", 37697];
    };
    readonly echoOptionOption: {
        readonly name: "echo_option_option";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_option_option";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_option_option", 47948];
    };
    readonly echoOptionalList: {
        readonly name: "echo_optional_list";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_optional_list";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_optional_list", 11017];
    };
    readonly echoStringSet: {
        readonly name: "echo_string_set";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_string_set";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_string_set", 17623];
    };
    readonly echoU32Map: {
        readonly name: "echo_u32_map";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_u32_map";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_u32_map", 61406];
    };
    readonly echoU64Set: {
        readonly name: "echo_u64_set";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_u64_set";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_u64_set", 56866];
    };
    readonly emptyMap: {
        readonly name: "empty_map";
        readonly symbol: "uniffi_fixture_types_fn_func_empty_map";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_empty_map", 6695];
    };
    readonly emptySet: {
        readonly name: "empty_set";
        readonly symbol: "uniffi_fixture_types_fn_func_empty_set";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_empty_set", 39044];
    };
    readonly emptyVec: {
        readonly name: "empty_vec";
        readonly symbol: "uniffi_fixture_types_fn_func_empty_vec";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_empty_vec", 57019];
    };
    readonly groupByLength: {
        readonly name: "group_by_length";
        readonly symbol: "uniffi_fixture_types_fn_func_group_by_length";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_group_by_length", 41006];
    };
    readonly i64MapEntries: {
        readonly name: "i64_map_entries";
        readonly symbol: "uniffi_fixture_types_fn_func_i64_map_entries";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_i64_map_entries", 7596];
    };
    readonly makeMap: {
        readonly name: "make_map";
        readonly symbol: "uniffi_fixture_types_fn_func_make_map";
        readonly args: readonly ["u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_make_map", 32545];
    };
    readonly makeSet: {
        readonly name: "make_set";
        readonly symbol: "uniffi_fixture_types_fn_func_make_set";
        readonly args: readonly ["u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_make_set", 21084];
    };
    readonly makeStrings: {
        readonly name: "make_strings";
        readonly symbol: "uniffi_fixture_types_fn_func_make_strings";
        readonly args: readonly ["u32", "u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_make_strings", 3048];
    };
    readonly makeVec: {
        readonly name: "make_vec";
        readonly symbol: "uniffi_fixture_types_fn_func_make_vec";
        readonly args: readonly ["u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_make_vec", 51175];
    };
    readonly nestedStats: {
        readonly name: "nested_stats";
        readonly symbol: "uniffi_fixture_types_fn_func_nested_stats";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_nested_stats", 17523];
    };
    readonly setContains: {
        readonly name: "set_contains";
        readonly symbol: "uniffi_fixture_types_fn_func_set_contains";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_set_contains", 10875];
    };
    readonly sortedStrings: {
        readonly name: "sorted_strings";
        readonly symbol: "uniffi_fixture_types_fn_func_sorted_strings";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_sorted_strings", 60158];
    };
    readonly sortedU64s: {
        readonly name: "sorted_u64s";
        readonly symbol: "uniffi_fixture_types_fn_func_sorted_u64s";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_sorted_u64s", 19129];
    };
    readonly sumVec: {
        readonly name: "sum_vec";
        readonly symbol: "uniffi_fixture_types_fn_func_sum_vec";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_sum_vec", 21021];
    };
    readonly transpose: {
        readonly name: "transpose";
        readonly symbol: "uniffi_fixture_types_fn_func_transpose";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_transpose", 52813];
    };
    readonly echoBookmark: {
        readonly name: "echo_bookmark";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_bookmark";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_bookmark", 35869];
    };
    readonly echoHandle: {
        readonly name: "echo_handle";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_handle";
        readonly args: readonly ["i64"];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_handle", 9933];
    };
    readonly echoOptionalUrl: {
        readonly name: "echo_optional_url";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_optional_url";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_optional_url", 22976];
    };
    readonly echoUrl: {
        readonly name: "echo_url";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_url";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_url", 7155];
    };
    readonly echoUrls: {
        readonly name: "echo_urls";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_urls";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_urls", 38677];
    };
    readonly fromFahrenheit: {
        readonly name: "from_fahrenheit";
        readonly symbol: "uniffi_fixture_types_fn_func_from_fahrenheit";
        readonly args: readonly ["f64"];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_from_fahrenheit", 10729];
    };
    readonly handleFromValue: {
        readonly name: "handle_from_value";
        readonly symbol: "uniffi_fixture_types_fn_func_handle_from_value";
        readonly args: readonly ["i64"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_handle_from_value", 33629];
    };
    readonly handleValue: {
        readonly name: "handle_value";
        readonly symbol: "uniffi_fixture_types_fn_func_handle_value";
        readonly args: readonly ["i64"];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_handle_value", 57988];
    };
    readonly makeUrl: {
        readonly name: "make_url";
        readonly symbol: "uniffi_fixture_types_fn_func_make_url";
        readonly args: readonly ["rust_buffer", "rust_buffer", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_make_url", 65450];
    };
    readonly nextHandle: {
        readonly name: "next_handle";
        readonly symbol: "uniffi_fixture_types_fn_func_next_handle";
        readonly args: readonly ["i64"];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_next_handle", 37768];
    };
    readonly sampleBookmark: {
        readonly name: "sample_bookmark";
        readonly symbol: "uniffi_fixture_types_fn_func_sample_bookmark";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_sample_bookmark", 52436];
    };
    readonly toFahrenheit: {
        readonly name: "to_fahrenheit";
        readonly symbol: "uniffi_fixture_types_fn_func_to_fahrenheit";
        readonly args: readonly ["f64"];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_to_fahrenheit", 52337];
    };
    readonly urlHost: {
        readonly name: "url_host";
        readonly symbol: "uniffi_fixture_types_fn_func_url_host";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_url_host", 18326];
    };
    readonly urlScheme: {
        readonly name: "url_scheme";
        readonly symbol: "uniffi_fixture_types_fn_func_url_scheme";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_url_scheme", 22851];
    };
    readonly delayedValue: {
        readonly name: "delayed_value";
        readonly symbol: "uniffi_fixture_types_fn_func_delayed_value";
        readonly args: readonly ["u64", "rust_buffer"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_delayed_value", 33351];
    };
    readonly describeLiteralDefaults: {
        readonly name: "describe_literal_defaults";
        readonly symbol: "uniffi_fixture_types_fn_func_describe_literal_defaults";
        readonly args: readonly ["i32", "u64", "i64", "f32", "f64", "i8", "rust_buffer", "rust_buffer", "rust_buffer", "rust_buffer", "u8"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_describe_literal_defaults", 62611];
    };
    readonly describeTypeDefaults: {
        readonly name: "describe_type_defaults";
        readonly symbol: "uniffi_fixture_types_fn_func_describe_type_defaults";
        readonly args: readonly ["u8", "rust_buffer", "rust_buffer", "rust_buffer", "rust_buffer", "i8"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_describe_type_defaults", 26242];
    };
    readonly greet: {
        readonly name: "greet";
        readonly symbol: "uniffi_fixture_types_fn_func_greet";
        readonly args: readonly ["rust_buffer", "rust_buffer", "u32", "rust_buffer", "i8"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_greet", 36494];
    };
    readonly grey: {
        readonly name: "grey";
        readonly symbol: "uniffi_fixture_types_fn_func_grey";
        readonly args: readonly ["u8"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_grey", 48451];
    };
    readonly nonTrailingDefault: {
        readonly name: "non_trailing_default";
        readonly symbol: "uniffi_fixture_types_fn_func_non_trailing_default";
        readonly args: readonly ["u32", "u32"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_non_trailing_default", 26910];
    };
    readonly rgba: {
        readonly name: "rgba";
        readonly symbol: "uniffi_fixture_types_fn_func_rgba";
        readonly args: readonly ["u8", "u8", "u8", "u8"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_rgba", 10171];
    };
    readonly blankLinesInDocs: {
        readonly name: "blank_lines_in_docs";
        readonly symbol: "uniffi_fixture_types_fn_func_blank_lines_in_docs";
        readonly args: readonly [];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_blank_lines_in_docs", 29292];
    };
    readonly blockDocComment: {
        readonly name: "block_doc_comment";
        readonly symbol: "uniffi_fixture_types_fn_func_block_doc_comment";
        readonly args: readonly [];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_block_doc_comment", 5622];
    };
    readonly codeInDocs: {
        readonly name: "code_in_docs";
        readonly symbol: "uniffi_fixture_types_fn_func_code_in_docs";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_code_in_docs", 47667];
    };
    readonly commentTerminators: {
        readonly name: "comment_terminators";
        readonly symbol: "uniffi_fixture_types_fn_func_comment_terminators";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_comment_terminators", 37000];
    };
    readonly crlfDocs: {
        readonly name: "crlf_docs";
        readonly symbol: "uniffi_fixture_types_fn_func_crlf_docs";
        readonly args: readonly [];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_crlf_docs", 14198];
    };
    readonly indentedCode: {
        readonly name: "indented_code";
        readonly symbol: "uniffi_fixture_types_fn_func_indented_code";
        readonly args: readonly [];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_indented_code", 11404];
    };
    readonly linkedDocs: {
        readonly name: "linked_docs";
        readonly symbol: "uniffi_fixture_types_fn_func_linked_docs";
        readonly args: readonly [];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_linked_docs", 6356];
    };
    readonly markdownDocs: {
        readonly name: "markdown_docs";
        readonly symbol: "uniffi_fixture_types_fn_func_markdown_docs";
        readonly args: readonly [];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_markdown_docs", 26675];
    };
    readonly nonAsciiDocs: {
        readonly name: "non_ascii_docs";
        readonly symbol: "uniffi_fixture_types_fn_func_non_ascii_docs";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_non_ascii_docs", 45691];
    };
    readonly tagsInProse: {
        readonly name: "tags_in_prose";
        readonly symbol: "uniffi_fixture_types_fn_func_tags_in_prose";
        readonly args: readonly [];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_tags_in_prose", 54825];
    };
    readonly useDocumented: {
        readonly name: "use_documented";
        readonly symbol: "uniffi_fixture_types_fn_func_use_documented";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_use_documented", 1416];
    };
    readonly veryLongLine: {
        readonly name: "very_long_line";
        readonly symbol: "uniffi_fixture_types_fn_func_very_long_line";
        readonly args: readonly [];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_very_long_line", 59006];
    };
    readonly allDirections: {
        readonly name: "all_directions";
        readonly symbol: "uniffi_fixture_types_fn_func_all_directions";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_all_directions", 20215];
    };
    readonly allSparse: {
        readonly name: "all_sparse";
        readonly symbol: "uniffi_fixture_types_fn_func_all_sparse";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_all_sparse", 56668];
    };
    readonly deepExpr: {
        readonly name: "deep_expr";
        readonly symbol: "uniffi_fixture_types_fn_func_deep_expr";
        readonly args: readonly ["u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_deep_expr", 37373];
    };
    readonly describeFigure: {
        readonly name: "describe_figure";
        readonly symbol: "uniffi_fixture_types_fn_func_describe_figure";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_describe_figure", 16200];
    };
    readonly describeWeather: {
        readonly name: "describe_weather";
        readonly symbol: "uniffi_fixture_types_fn_func_describe_weather";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_describe_weather", 42600];
    };
    readonly echoDirection: {
        readonly name: "echo_direction";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_direction";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_direction", 6120];
    };
    readonly echoEvent: {
        readonly name: "echo_event";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_event";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_event", 53857];
    };
    readonly echoExpr: {
        readonly name: "echo_expr";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_expr";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_expr", 56354];
    };
    readonly echoFigure: {
        readonly name: "echo_figure";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_figure";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_figure", 45757];
    };
    readonly echoOnly: {
        readonly name: "echo_only";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_only";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_only", 9260];
    };
    readonly echoPriority: {
        readonly name: "echo_priority";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_priority";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_priority", 28782];
    };
    readonly echoWeather: {
        readonly name: "echo_weather";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_weather";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_weather", 61148];
    };
    readonly eval: {
        readonly name: "eval";
        readonly symbol: "uniffi_fixture_types_fn_func_eval";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_eval", 13123];
    };
    readonly evalWith: {
        readonly name: "eval_with";
        readonly symbol: "uniffi_fixture_types_fn_func_eval_with";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_eval_with", 55111];
    };
    readonly exprDepth: {
        readonly name: "expr_depth";
        readonly symbol: "uniffi_fixture_types_fn_func_expr_depth";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_expr_depth", 61691];
    };
    readonly exprToString: {
        readonly name: "expr_to_string";
        readonly symbol: "uniffi_fixture_types_fn_func_expr_to_string";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_expr_to_string", 35975];
    };
    readonly offsetValue: {
        readonly name: "offset_value";
        readonly symbol: "uniffi_fixture_types_fn_func_offset_value";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_offset_value", 50941];
    };
    readonly priorityValue: {
        readonly name: "priority_value";
        readonly symbol: "uniffi_fixture_types_fn_func_priority_value";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_priority_value", 26324];
    };
    readonly sampleFigures: {
        readonly name: "sample_figures";
        readonly symbol: "uniffi_fixture_types_fn_func_sample_figures";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_sample_figures", 14439];
    };
    readonly sparseValue: {
        readonly name: "sparse_value";
        readonly symbol: "uniffi_fixture_types_fn_func_sparse_value";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_sparse_value", 29111];
    };
    readonly unitSquare: {
        readonly name: "unit_square";
        readonly symbol: "uniffi_fixture_types_fn_func_unit_square";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_unit_square", 37100];
    };
    readonly arithmeticErrorMessage: {
        readonly name: "arithmetic_error_message";
        readonly symbol: "uniffi_fixture_types_fn_func_arithmetic_error_message";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_arithmetic_error_message", 40511];
    };
    readonly divide: {
        readonly name: "divide";
        readonly symbol: "uniffi_fixture_types_fn_func_divide";
        readonly args: readonly ["i32", "i32"];
        readonly returns: "i32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_divide", 52094];
    };
    readonly echoValidationError: {
        readonly name: "echo_validation_error";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_validation_error";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_validation_error", 20693];
    };
    readonly failClash: {
        readonly name: "fail_clash";
        readonly symbol: "uniffi_fixture_types_fn_func_fail_clash";
        readonly args: readonly [];
        readonly returns: "u8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_fail_clash", 58545];
    };
    readonly failValidation: {
        readonly name: "fail_validation";
        readonly symbol: "uniffi_fixture_types_fn_func_fail_validation";
        readonly args: readonly ["u32"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_fail_validation", 60810];
    };
    readonly failValidationAsync: {
        readonly name: "fail_validation_async";
        readonly symbol: "uniffi_fixture_types_fn_func_fail_validation_async";
        readonly args: readonly ["u32"];
        readonly returns: "handle";
        readonly future: "void";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_fail_validation_async", 23886];
    };
    readonly panicAsync: {
        readonly name: "panic_async";
        readonly symbol: "uniffi_fixture_types_fn_func_panic_async";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_panic_async", 10205];
    };
    readonly panicInsteadOfError: {
        readonly name: "panic_instead_of_error";
        readonly symbol: "uniffi_fixture_types_fn_func_panic_instead_of_error";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_panic_instead_of_error", 64929];
    };
    readonly panicNonString: {
        readonly name: "panic_non_string";
        readonly symbol: "uniffi_fixture_types_fn_func_panic_non_string";
        readonly args: readonly [];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_panic_non_string", 11993];
    };
    readonly panicReturning: {
        readonly name: "panic_returning";
        readonly symbol: "uniffi_fixture_types_fn_func_panic_returning";
        readonly args: readonly ["rust_buffer", "u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_panic_returning", 1891];
    };
    readonly panicWith: {
        readonly name: "panic_with";
        readonly symbol: "uniffi_fixture_types_fn_func_panic_with";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_panic_with", 18586];
    };
    readonly parsePercent: {
        readonly name: "parse_percent";
        readonly symbol: "uniffi_fixture_types_fn_func_parse_percent";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_parse_percent", 64559];
    };
    readonly store: {
        readonly name: "store";
        readonly symbol: "uniffi_fixture_types_fn_func_store";
        readonly args: readonly ["u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_store", 28014];
    };
    readonly storeAsync: {
        readonly name: "store_async";
        readonly symbol: "uniffi_fixture_types_fn_func_store_async";
        readonly args: readonly ["u32"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_store_async", 50511];
    };
    readonly validationErrorMessage: {
        readonly name: "validation_error_message";
        readonly symbol: "uniffi_fixture_types_fn_func_validation_error_message";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_validation_error_message", 26452];
    };
    readonly echoBool: {
        readonly name: "echo_bool";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_bool";
        readonly args: readonly ["i8"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_bool", 44917];
    };
    readonly echoF32: {
        readonly name: "echo_f32";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_f32";
        readonly args: readonly ["f32"];
        readonly returns: "f32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_f32", 50835];
    };
    readonly echoF64: {
        readonly name: "echo_f64";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_f64";
        readonly args: readonly ["f64"];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_f64", 14244];
    };
    readonly echoI16: {
        readonly name: "echo_i16";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_i16";
        readonly args: readonly ["i16"];
        readonly returns: "i16";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_i16", 8444];
    };
    readonly echoI32: {
        readonly name: "echo_i32";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_i32";
        readonly args: readonly ["i32"];
        readonly returns: "i32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_i32", 45769];
    };
    readonly echoI64: {
        readonly name: "echo_i64";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_i64";
        readonly args: readonly ["i64"];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_i64", 31206];
    };
    readonly echoI8: {
        readonly name: "echo_i8";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_i8";
        readonly args: readonly ["i8"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_i8", 51494];
    };
    readonly echoString: {
        readonly name: "echo_string";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_string";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_string", 44610];
    };
    readonly echoStringAsync: {
        readonly name: "echo_string_async";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_string_async";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_string_async", 26798];
    };
    readonly echoU16: {
        readonly name: "echo_u16";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_u16";
        readonly args: readonly ["u16"];
        readonly returns: "u16";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_u16", 44802];
    };
    readonly echoU32: {
        readonly name: "echo_u32";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_u32";
        readonly args: readonly ["u32"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_u32", 1330];
    };
    readonly echoU64: {
        readonly name: "echo_u64";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_u64";
        readonly args: readonly ["u64"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_u64", 9480];
    };
    readonly echoU8: {
        readonly name: "echo_u8";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_u8";
        readonly args: readonly ["u8"];
        readonly returns: "u8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_u8", 1003];
    };
    readonly emptyString: {
        readonly name: "empty_string";
        readonly symbol: "uniffi_fixture_types_fn_func_empty_string";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_empty_string", 53525];
    };
    readonly f32Epsilon: {
        readonly name: "f32_epsilon";
        readonly symbol: "uniffi_fixture_types_fn_func_f32_epsilon";
        readonly args: readonly [];
        readonly returns: "f32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f32_epsilon", 39602];
    };
    readonly f32FromBits: {
        readonly name: "f32_from_bits";
        readonly symbol: "uniffi_fixture_types_fn_func_f32_from_bits";
        readonly args: readonly ["u32"];
        readonly returns: "f32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f32_from_bits", 22267];
    };
    readonly f32Infinity: {
        readonly name: "f32_infinity";
        readonly symbol: "uniffi_fixture_types_fn_func_f32_infinity";
        readonly args: readonly [];
        readonly returns: "f32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f32_infinity", 32025];
    };
    readonly f32Lowest: {
        readonly name: "f32_lowest";
        readonly symbol: "uniffi_fixture_types_fn_func_f32_lowest";
        readonly args: readonly [];
        readonly returns: "f32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f32_lowest", 3896];
    };
    readonly f32Max: {
        readonly name: "f32_max";
        readonly symbol: "uniffi_fixture_types_fn_func_f32_max";
        readonly args: readonly [];
        readonly returns: "f32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f32_max", 4579];
    };
    readonly f32MinPositive: {
        readonly name: "f32_min_positive";
        readonly symbol: "uniffi_fixture_types_fn_func_f32_min_positive";
        readonly args: readonly [];
        readonly returns: "f32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f32_min_positive", 51010];
    };
    readonly f32Nan: {
        readonly name: "f32_nan";
        readonly symbol: "uniffi_fixture_types_fn_func_f32_nan";
        readonly args: readonly [];
        readonly returns: "f32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f32_nan", 31137];
    };
    readonly f32NegInfinity: {
        readonly name: "f32_neg_infinity";
        readonly symbol: "uniffi_fixture_types_fn_func_f32_neg_infinity";
        readonly args: readonly [];
        readonly returns: "f32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f32_neg_infinity", 44610];
    };
    readonly f32NegZero: {
        readonly name: "f32_neg_zero";
        readonly symbol: "uniffi_fixture_types_fn_func_f32_neg_zero";
        readonly args: readonly [];
        readonly returns: "f32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f32_neg_zero", 38986];
    };
    readonly f32SmallestSubnormal: {
        readonly name: "f32_smallest_subnormal";
        readonly symbol: "uniffi_fixture_types_fn_func_f32_smallest_subnormal";
        readonly args: readonly [];
        readonly returns: "f32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f32_smallest_subnormal", 26245];
    };
    readonly f32ToBits: {
        readonly name: "f32_to_bits";
        readonly symbol: "uniffi_fixture_types_fn_func_f32_to_bits";
        readonly args: readonly ["f32"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f32_to_bits", 52609];
    };
    readonly f32ToString: {
        readonly name: "f32_to_string";
        readonly symbol: "uniffi_fixture_types_fn_func_f32_to_string";
        readonly args: readonly ["f32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f32_to_string", 9953];
    };
    readonly f64Epsilon: {
        readonly name: "f64_epsilon";
        readonly symbol: "uniffi_fixture_types_fn_func_f64_epsilon";
        readonly args: readonly [];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f64_epsilon", 11635];
    };
    readonly f64FromBits: {
        readonly name: "f64_from_bits";
        readonly symbol: "uniffi_fixture_types_fn_func_f64_from_bits";
        readonly args: readonly ["u64"];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f64_from_bits", 13949];
    };
    readonly f64Infinity: {
        readonly name: "f64_infinity";
        readonly symbol: "uniffi_fixture_types_fn_func_f64_infinity";
        readonly args: readonly [];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f64_infinity", 47365];
    };
    readonly f64Lowest: {
        readonly name: "f64_lowest";
        readonly symbol: "uniffi_fixture_types_fn_func_f64_lowest";
        readonly args: readonly [];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f64_lowest", 36730];
    };
    readonly f64Max: {
        readonly name: "f64_max";
        readonly symbol: "uniffi_fixture_types_fn_func_f64_max";
        readonly args: readonly [];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f64_max", 9226];
    };
    readonly f64MinPositive: {
        readonly name: "f64_min_positive";
        readonly symbol: "uniffi_fixture_types_fn_func_f64_min_positive";
        readonly args: readonly [];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f64_min_positive", 18118];
    };
    readonly f64Nan: {
        readonly name: "f64_nan";
        readonly symbol: "uniffi_fixture_types_fn_func_f64_nan";
        readonly args: readonly [];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f64_nan", 26900];
    };
    readonly f64NegInfinity: {
        readonly name: "f64_neg_infinity";
        readonly symbol: "uniffi_fixture_types_fn_func_f64_neg_infinity";
        readonly args: readonly [];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f64_neg_infinity", 129];
    };
    readonly f64NegZero: {
        readonly name: "f64_neg_zero";
        readonly symbol: "uniffi_fixture_types_fn_func_f64_neg_zero";
        readonly args: readonly [];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f64_neg_zero", 42355];
    };
    readonly f64SmallestSubnormal: {
        readonly name: "f64_smallest_subnormal";
        readonly symbol: "uniffi_fixture_types_fn_func_f64_smallest_subnormal";
        readonly args: readonly [];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f64_smallest_subnormal", 39834];
    };
    readonly f64ToBits: {
        readonly name: "f64_to_bits";
        readonly symbol: "uniffi_fixture_types_fn_func_f64_to_bits";
        readonly args: readonly ["f64"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f64_to_bits", 62852];
    };
    readonly f64ToString: {
        readonly name: "f64_to_string";
        readonly symbol: "uniffi_fixture_types_fn_func_f64_to_string";
        readonly args: readonly ["f64"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_f64_to_string", 43039];
    };
    readonly i16Max: {
        readonly name: "i16_max";
        readonly symbol: "uniffi_fixture_types_fn_func_i16_max";
        readonly args: readonly [];
        readonly returns: "i16";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_i16_max", 5559];
    };
    readonly i16Min: {
        readonly name: "i16_min";
        readonly symbol: "uniffi_fixture_types_fn_func_i16_min";
        readonly args: readonly [];
        readonly returns: "i16";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_i16_min", 28525];
    };
    readonly i16ToString: {
        readonly name: "i16_to_string";
        readonly symbol: "uniffi_fixture_types_fn_func_i16_to_string";
        readonly args: readonly ["i16"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_i16_to_string", 59434];
    };
    readonly i32Max: {
        readonly name: "i32_max";
        readonly symbol: "uniffi_fixture_types_fn_func_i32_max";
        readonly args: readonly [];
        readonly returns: "i32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_i32_max", 2316];
    };
    readonly i32Min: {
        readonly name: "i32_min";
        readonly symbol: "uniffi_fixture_types_fn_func_i32_min";
        readonly args: readonly [];
        readonly returns: "i32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_i32_min", 41929];
    };
    readonly i32ToString: {
        readonly name: "i32_to_string";
        readonly symbol: "uniffi_fixture_types_fn_func_i32_to_string";
        readonly args: readonly ["i32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_i32_to_string", 38920];
    };
    readonly i64Max: {
        readonly name: "i64_max";
        readonly symbol: "uniffi_fixture_types_fn_func_i64_max";
        readonly args: readonly [];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_i64_max", 51230];
    };
    readonly i64Min: {
        readonly name: "i64_min";
        readonly symbol: "uniffi_fixture_types_fn_func_i64_min";
        readonly args: readonly [];
        readonly returns: "i64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_i64_min", 22944];
    };
    readonly i64ToString: {
        readonly name: "i64_to_string";
        readonly symbol: "uniffi_fixture_types_fn_func_i64_to_string";
        readonly args: readonly ["i64"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_i64_to_string", 36073];
    };
    readonly i8Max: {
        readonly name: "i8_max";
        readonly symbol: "uniffi_fixture_types_fn_func_i8_max";
        readonly args: readonly [];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_i8_max", 25960];
    };
    readonly i8Min: {
        readonly name: "i8_min";
        readonly symbol: "uniffi_fixture_types_fn_func_i8_min";
        readonly args: readonly [];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_i8_min", 11596];
    };
    readonly i8ToString: {
        readonly name: "i8_to_string";
        readonly symbol: "uniffi_fixture_types_fn_func_i8_to_string";
        readonly args: readonly ["i8"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_i8_to_string", 52921];
    };
    readonly negate: {
        readonly name: "negate";
        readonly symbol: "uniffi_fixture_types_fn_func_negate";
        readonly args: readonly ["i8"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_negate", 40092];
    };
    readonly repeatString: {
        readonly name: "repeat_string";
        readonly symbol: "uniffi_fixture_types_fn_func_repeat_string";
        readonly args: readonly ["rust_buffer", "u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_repeat_string", 5235];
    };
    readonly strByteLen: {
        readonly name: "str_byte_len";
        readonly symbol: "uniffi_fixture_types_fn_func_str_byte_len";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_str_byte_len", 23553];
    };
    readonly stringByteLen: {
        readonly name: "string_byte_len";
        readonly symbol: "uniffi_fixture_types_fn_func_string_byte_len";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_string_byte_len", 8730];
    };
    readonly stringCharCount: {
        readonly name: "string_char_count";
        readonly symbol: "uniffi_fixture_types_fn_func_string_char_count";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_string_char_count", 26018];
    };
    readonly stringCodePoints: {
        readonly name: "string_code_points";
        readonly symbol: "uniffi_fixture_types_fn_func_string_code_points";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_string_code_points", 45520];
    };
    readonly stringFromCodePoints: {
        readonly name: "string_from_code_points";
        readonly symbol: "uniffi_fixture_types_fn_func_string_from_code_points";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_string_from_code_points", 58169];
    };
    readonly stringWithNul: {
        readonly name: "string_with_nul";
        readonly symbol: "uniffi_fixture_types_fn_func_string_with_nul";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_string_with_nul", 37125];
    };
    readonly u16Max: {
        readonly name: "u16_max";
        readonly symbol: "uniffi_fixture_types_fn_func_u16_max";
        readonly args: readonly [];
        readonly returns: "u16";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_u16_max", 19056];
    };
    readonly u16Min: {
        readonly name: "u16_min";
        readonly symbol: "uniffi_fixture_types_fn_func_u16_min";
        readonly args: readonly [];
        readonly returns: "u16";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_u16_min", 35849];
    };
    readonly u16ToString: {
        readonly name: "u16_to_string";
        readonly symbol: "uniffi_fixture_types_fn_func_u16_to_string";
        readonly args: readonly ["u16"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_u16_to_string", 45763];
    };
    readonly u32Max: {
        readonly name: "u32_max";
        readonly symbol: "uniffi_fixture_types_fn_func_u32_max";
        readonly args: readonly [];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_u32_max", 29336];
    };
    readonly u32Min: {
        readonly name: "u32_min";
        readonly symbol: "uniffi_fixture_types_fn_func_u32_min";
        readonly args: readonly [];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_u32_min", 58722];
    };
    readonly u32ToString: {
        readonly name: "u32_to_string";
        readonly symbol: "uniffi_fixture_types_fn_func_u32_to_string";
        readonly args: readonly ["u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_u32_to_string", 54392];
    };
    readonly u64Max: {
        readonly name: "u64_max";
        readonly symbol: "uniffi_fixture_types_fn_func_u64_max";
        readonly args: readonly [];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_u64_max", 60046];
    };
    readonly u64Min: {
        readonly name: "u64_min";
        readonly symbol: "uniffi_fixture_types_fn_func_u64_min";
        readonly args: readonly [];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_u64_min", 33340];
    };
    readonly u64ToString: {
        readonly name: "u64_to_string";
        readonly symbol: "uniffi_fixture_types_fn_func_u64_to_string";
        readonly args: readonly ["u64"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_u64_to_string", 44091];
    };
    readonly u8Max: {
        readonly name: "u8_max";
        readonly symbol: "uniffi_fixture_types_fn_func_u8_max";
        readonly args: readonly [];
        readonly returns: "u8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_u8_max", 61904];
    };
    readonly u8Min: {
        readonly name: "u8_min";
        readonly symbol: "uniffi_fixture_types_fn_func_u8_min";
        readonly args: readonly [];
        readonly returns: "u8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_u8_min", 61516];
    };
    readonly u8ToString: {
        readonly name: "u8_to_string";
        readonly symbol: "uniffi_fixture_types_fn_func_u8_to_string";
        readonly args: readonly ["u8"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_u8_to_string", 5464];
    };
    readonly unicodeSample: {
        readonly name: "unicode_sample";
        readonly symbol: "uniffi_fixture_types_fn_func_unicode_sample";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_unicode_sample", 15280];
    };
    readonly await: {
        readonly name: "await";
        readonly symbol: "uniffi_fixture_types_fn_func_await";
        readonly args: readonly ["u32"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_await", 63253];
    };
    readonly constructor: {
        readonly name: "constructor";
        readonly symbol: "uniffi_fixture_types_fn_func_constructor";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_constructor", 55151];
    };
    readonly delete: {
        readonly name: "delete";
        readonly symbol: "uniffi_fixture_types_fn_func_delete";
        readonly args: readonly ["u32", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_delete", 31699];
    };
    readonly echoCasing: {
        readonly name: "echo_casing";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_casing";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_casing", 15826];
    };
    readonly echoKeywords: {
        readonly name: "echo_keywords";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_keywords";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_keywords", 18800];
    };
    readonly echoLiteral: {
        readonly name: "echo_literal";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_literal";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_literal", 6229];
    };
    readonly echoMapRecord: {
        readonly name: "echo_map_record";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_map_record";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_map_record", 24356];
    };
    readonly echoOldEnum: {
        readonly name: "echo_old_enum";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_old_enum";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_old_enum", 55742];
    };
    readonly echoRustEnum: {
        readonly name: "echo_rust_enum";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_rust_enum";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_rust_enum", 48026];
    };
    readonly echoRustRecord: {
        readonly name: "echo_rust_record";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_rust_record";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_rust_record", 45799];
    };
    readonly echoSymbol: {
        readonly name: "echo_symbol";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_symbol";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_symbol", 50091];
    };
    readonly echoValue: {
        readonly name: "echo_value";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_value";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_value", 12556];
    };
    readonly instanceof: {
        readonly name: "instanceof";
        readonly symbol: "uniffi_fixture_types_fn_func_instanceof";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_instanceof", 18019];
    };
    readonly new: {
        readonly name: "new";
        readonly symbol: "uniffi_fixture_types_fn_func_new";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_new", 64105];
    };
    readonly newFunction: {
        readonly name: "new_function";
        readonly symbol: "uniffi_fixture_types_fn_func_old_function";
        readonly args: readonly ["rust_buffer", "u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_old_function", 62805];
    };
    readonly renamedInRust: {
        readonly name: "renamed_in_rust";
        readonly symbol: "uniffi_fixture_types_fn_func_renamed_in_rust";
        readonly args: readonly ["u32"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_renamed_in_rust", 62451];
    };
    readonly sampleKeywords: {
        readonly name: "sample_keywords";
        readonly symbol: "uniffi_fixture_types_fn_func_sample_keywords";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_sample_keywords", 63589];
    };
    readonly strictModeNames: {
        readonly name: "strict_mode_names";
        readonly symbol: "uniffi_fixture_types_fn_func_strict_mode_names";
        readonly args: readonly ["u32", "u32", "u32", "u32", "u32", "u32", "u32", "u32", "u32", "u32"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_strict_mode_names", 62594];
    };
    readonly typeof: {
        readonly name: "typeof";
        readonly symbol: "uniffi_fixture_types_fn_func_typeof";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_typeof", 55576];
    };
    readonly void: {
        readonly name: "void";
        readonly symbol: "uniffi_fixture_types_fn_func_void";
        readonly args: readonly ["u8"];
        readonly returns: "u8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_void", 15378];
    };
    readonly defaultSettings: {
        readonly name: "default_settings";
        readonly symbol: "uniffi_fixture_types_fn_func_default_settings";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_default_settings", 16734];
    };
    readonly echoEverything: {
        readonly name: "echo_everything";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_everything";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_everything", 60400];
    };
    readonly echoLine: {
        readonly name: "echo_line";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_line";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_line", 8993];
    };
    readonly echoNothing: {
        readonly name: "echo_nothing";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_nothing";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_nothing", 32173];
    };
    readonly echoPath: {
        readonly name: "echo_path";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_path";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_path", 40804];
    };
    readonly echoSettings: {
        readonly name: "echo_settings";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_settings";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_settings", 12568];
    };
    readonly echoWrapper: {
        readonly name: "echo_wrapper";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_wrapper";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_wrapper", 8713];
    };
    readonly linkedList: {
        readonly name: "linked_list";
        readonly symbol: "uniffi_fixture_types_fn_func_linked_list";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_linked_list", 45695];
    };
    readonly linkedListValues: {
        readonly name: "linked_list_values";
        readonly symbol: "uniffi_fixture_types_fn_func_linked_list_values";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_linked_list_values", 62498];
    };
    readonly makePath: {
        readonly name: "make_path";
        readonly symbol: "uniffi_fixture_types_fn_func_make_path";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_make_path", 4801];
    };
    readonly makeTree: {
        readonly name: "make_tree";
        readonly symbol: "uniffi_fixture_types_fn_func_make_tree";
        readonly args: readonly ["u32", "u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_make_tree", 14902];
    };
    readonly pathLength: {
        readonly name: "path_length";
        readonly symbol: "uniffi_fixture_types_fn_func_path_length";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_path_length", 11942];
    };
    readonly pointFromPolar: {
        readonly name: "point_from_polar";
        readonly symbol: "uniffi_fixture_types_fn_func_point_from_polar";
        readonly args: readonly ["f64", "f64"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_point_from_polar", 5615];
    };
    readonly pointOrigin: {
        readonly name: "point_origin";
        readonly symbol: "uniffi_fixture_types_fn_func_point_origin";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_point_origin", 11085];
    };
    readonly sampleEverything: {
        readonly name: "sample_everything";
        readonly symbol: "uniffi_fixture_types_fn_func_sample_everything";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_sample_everything", 59132];
    };
    readonly settingsAreDefault: {
        readonly name: "settings_are_default";
        readonly symbol: "uniffi_fixture_types_fn_func_settings_are_default";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "i8";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_settings_are_default", 27948];
    };
    readonly sortVersions: {
        readonly name: "sort_versions";
        readonly symbol: "uniffi_fixture_types_fn_func_sort_versions";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_sort_versions", 31606];
    };
    readonly treeSize: {
        readonly name: "tree_size";
        readonly symbol: "uniffi_fixture_types_fn_func_tree_size";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u32";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_tree_size", 34692];
    };
    readonly version: {
        readonly name: "version";
        readonly symbol: "uniffi_fixture_types_fn_func_version";
        readonly args: readonly ["u32", "u32", "u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_version", 33794];
    };
    readonly addDuration: {
        readonly name: "add_duration";
        readonly symbol: "uniffi_fixture_types_fn_func_add_duration";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_add_duration", 40431];
    };
    readonly appointmentEnd: {
        readonly name: "appointment_end";
        readonly symbol: "uniffi_fixture_types_fn_func_appointment_end";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_appointment_end", 10270];
    };
    readonly durationAsSecsF64: {
        readonly name: "duration_as_secs_f64";
        readonly symbol: "uniffi_fixture_types_fn_func_duration_as_secs_f64";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "f64";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_duration_as_secs_f64", 20662];
    };
    readonly durationBetween: {
        readonly name: "duration_between";
        readonly symbol: "uniffi_fixture_types_fn_func_duration_between";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_duration_between", 2255];
    };
    readonly durationFromParts: {
        readonly name: "duration_from_parts";
        readonly symbol: "uniffi_fixture_types_fn_func_duration_from_parts";
        readonly args: readonly ["u64", "u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_duration_from_parts", 29397];
    };
    readonly durationMax: {
        readonly name: "duration_max";
        readonly symbol: "uniffi_fixture_types_fn_func_duration_max";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_duration_max", 23501];
    };
    readonly durationOneNano: {
        readonly name: "duration_one_nano";
        readonly symbol: "uniffi_fixture_types_fn_func_duration_one_nano";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_duration_one_nano", 49478];
    };
    readonly durationParts: {
        readonly name: "duration_parts";
        readonly symbol: "uniffi_fixture_types_fn_func_duration_parts";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_duration_parts", 16990];
    };
    readonly durationZero: {
        readonly name: "duration_zero";
        readonly symbol: "uniffi_fixture_types_fn_func_duration_zero";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_duration_zero", 57433];
    };
    readonly echoAppointment: {
        readonly name: "echo_appointment";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_appointment";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_appointment", 42896];
    };
    readonly echoDuration: {
        readonly name: "echo_duration";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_duration";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_duration", 56936];
    };
    readonly echoTimestamp: {
        readonly name: "echo_timestamp";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_timestamp";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_timestamp", 51229];
    };
    readonly echoTimestampAsync: {
        readonly name: "echo_timestamp_async";
        readonly symbol: "uniffi_fixture_types_fn_func_echo_timestamp_async";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_echo_timestamp_async", 17561];
    };
    readonly now: {
        readonly name: "now";
        readonly symbol: "uniffi_fixture_types_fn_func_now";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_now", 64944];
    };
    readonly subDuration: {
        readonly name: "sub_duration";
        readonly symbol: "uniffi_fixture_types_fn_func_sub_duration";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_sub_duration", 23717];
    };
    readonly timestampFromParts: {
        readonly name: "timestamp_from_parts";
        readonly symbol: "uniffi_fixture_types_fn_func_timestamp_from_parts";
        readonly args: readonly ["i64", "u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_timestamp_from_parts", 58938];
    };
    readonly timestampParts: {
        readonly name: "timestamp_parts";
        readonly symbol: "uniffi_fixture_types_fn_func_timestamp_parts";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_timestamp_parts", 14523];
    };
    readonly unixEpoch: {
        readonly name: "unix_epoch";
        readonly symbol: "uniffi_fixture_types_fn_func_unix_epoch";
        readonly args: readonly [];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_types_checksum_func_unix_epoch", 597];
    };
    readonly Blob__checksum: {
        readonly name: "Blob.checksum";
        readonly symbol: "uniffi_fixture_types_fn_method_blob_checksum";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u32";
    };
    readonly Blob__startsWith: {
        readonly name: "Blob.starts_with";
        readonly symbol: "uniffi_fixture_types_fn_method_blob_starts_with";
        readonly args: readonly ["rust_buffer", "foreign_bytes"];
        readonly returns: "i8";
    };
    readonly Rgba_mixedWith: {
        readonly name: "Rgba.mixed_with";
        readonly symbol: "uniffi_fixture_types_fn_method_rgba_mixed_with";
        readonly args: readonly ["rust_buffer", "rust_buffer", "f64"];
        readonly returns: "rust_buffer";
    };
    readonly Rgba_toHex: {
        readonly name: "Rgba.to_hex";
        readonly symbol: "uniffi_fixture_types_fn_method_rgba_to_hex";
        readonly args: readonly ["rust_buffer", "i8"];
        readonly returns: "rust_buffer";
    };
    readonly Point_distanceTo: {
        readonly name: "Point.distance_to";
        readonly symbol: "uniffi_fixture_types_fn_method_point_distance_to";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "f64";
    };
    readonly Point_length: {
        readonly name: "Point.length";
        readonly symbol: "uniffi_fixture_types_fn_method_point_length";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "f64";
    };
    readonly Point_lengthAsync: {
        readonly name: "Point.length_async";
        readonly symbol: "uniffi_fixture_types_fn_method_point_length_async";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "f64";
    };
    readonly Point_translated: {
        readonly name: "Point.translated";
        readonly symbol: "uniffi_fixture_types_fn_method_point_translated";
        readonly args: readonly ["rust_buffer", "f64", "f64"];
        readonly returns: "rust_buffer";
    };
    readonly Version_bumpMinor: {
        readonly name: "Version.bump_minor";
        readonly symbol: "uniffi_fixture_types_fn_method_version_bump_minor";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
    };
    readonly Version_isCompatibleWith: {
        readonly name: "Version.is_compatible_with";
        readonly symbol: "uniffi_fixture_types_fn_method_version_is_compatible_with";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "i8";
    };
    readonly Version_uniffiTraitDisplay: {
        readonly name: "Version.uniffi_trait_display";
        readonly symbol: "uniffi_fixture_types_fn_method_version_uniffi_trait_display";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
    };
    readonly Version_uniffiTraitDebug: {
        readonly name: "Version.uniffi_trait_debug";
        readonly symbol: "uniffi_fixture_types_fn_method_version_uniffi_trait_debug";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
    };
    readonly Version_uniffiTraitEqEq: {
        readonly name: "Version.uniffi_trait_eq_eq";
        readonly symbol: "uniffi_fixture_types_fn_method_version_uniffi_trait_eq_eq";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "i8";
    };
    readonly Version_uniffiTraitHash: {
        readonly name: "Version.uniffi_trait_hash";
        readonly symbol: "uniffi_fixture_types_fn_method_version_uniffi_trait_hash";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u64";
    };
    readonly Version_uniffiTraitOrdCmp: {
        readonly name: "Version.uniffi_trait_ord_cmp";
        readonly symbol: "uniffi_fixture_types_fn_method_version_uniffi_trait_ord_cmp";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "i8";
    };
    readonly Direction_opposite: {
        readonly name: "Direction.opposite";
        readonly symbol: "uniffi_fixture_types_fn_method_direction_opposite";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
    };
    readonly Direction_turnedRight: {
        readonly name: "Direction.turned_right";
        readonly symbol: "uniffi_fixture_types_fn_method_direction_turned_right";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
    };
    readonly Direction_uniffiTraitDisplay: {
        readonly name: "Direction.uniffi_trait_display";
        readonly symbol: "uniffi_fixture_types_fn_method_direction_uniffi_trait_display";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
    };
    readonly Direction_uniffiTraitDebug: {
        readonly name: "Direction.uniffi_trait_debug";
        readonly symbol: "uniffi_fixture_types_fn_method_direction_uniffi_trait_debug";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
    };
    readonly Direction_uniffiTraitEqEq: {
        readonly name: "Direction.uniffi_trait_eq_eq";
        readonly symbol: "uniffi_fixture_types_fn_method_direction_uniffi_trait_eq_eq";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "i8";
    };
    readonly Direction_uniffiTraitHash: {
        readonly name: "Direction.uniffi_trait_hash";
        readonly symbol: "uniffi_fixture_types_fn_method_direction_uniffi_trait_hash";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u64";
    };
    readonly Direction_uniffiTraitOrdCmp: {
        readonly name: "Direction.uniffi_trait_ord_cmp";
        readonly symbol: "uniffi_fixture_types_fn_method_direction_uniffi_trait_ord_cmp";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "i8";
    };
    readonly Figure_area: {
        readonly name: "Figure.area";
        readonly symbol: "uniffi_fixture_types_fn_method_figure_area";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "f64";
    };
    readonly Figure_scaled: {
        readonly name: "Figure.scaled";
        readonly symbol: "uniffi_fixture_types_fn_method_figure_scaled";
        readonly args: readonly ["rust_buffer", "f64"];
        readonly returns: "rust_buffer";
    };
    readonly ValidationError_fieldName: {
        readonly name: "ValidationError.field_name";
        readonly symbol: "uniffi_fixture_types_fn_method_validationerror_field_name";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
    };
    readonly ValidationError_problemCount: {
        readonly name: "ValidationError.problem_count";
        readonly symbol: "uniffi_fixture_types_fn_method_validationerror_problem_count";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u32";
    };
    readonly ValidationError_uniffiTraitDisplay: {
        readonly name: "ValidationError.uniffi_trait_display";
        readonly symbol: "uniffi_fixture_types_fn_method_validationerror_uniffi_trait_display";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
    };
};
/**
 * The `fixture_types` library, called through node-api. It is looked up, first hit wins: at the path in
 * the environment variable `FIXTURE_TYPES_LIBRARY_PATH`; in the platform package `fixture-types-node-api-<platform>-<arch>[-<abi>]`;
 * in this package's `prebuilds/<platform>-<arch>/`; then in these folders relative to this package:
 * `.`, `../../target/release`.
 */
export declare const library: UniffiLibrary;
