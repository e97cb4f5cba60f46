//! Naming rules: how Rust names become TypeScript names. Every rule lives here.
//!
//! Two kinds of names can meet a name that is already taken:
//!
//! * **Bindings**: the module-level names of a package (types, functions, constants) and the
//!   parameters of its functions. They avoid reserved words, the names the generated code binds
//!   itself, the runtime's exports, and every global of a TypeScript module on Node.js
//!   ([`globals.txt`](globals.txt)): a package never shadows `EvalError`, `Promise` or `fetch`.
//! * **Members**: the methods, fields and static members of a generated class or constant
//!   object. They avoid the members that container already has: those of `Error`, of every
//!   object (`Object.prototype`), of every class (`Function`), and those the generator adds.
//!
//! A name that is taken gets a `_` suffix, and keeps its Rust spelling otherwise. The suffix is
//! out of reach of every other Rust name: every name passes through heck's case conversion,
//! which drops underscores, so no converted Rust name ends with `_`. Generated names therefore
//! never collide with converted Rust names; the model checks what remains (a Rust type named
//! like the interface of a trait, `StoreInterface`).

use std::collections::HashSet;
use std::sync::LazyLock;

use heck::{ToLowerCamelCase, ToShoutySnakeCase, ToUpperCamelCase};

/// Words that cannot name a binding in strict-mode TypeScript modules.
const RESERVED: &[&str] = &[
    "arguments",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "eval",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "static",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

/// Names the generated module binds itself: its FFI tables and, in function bodies, the options
/// of async calls and the receiver of record and enum methods (`self`).
const GENERATED_BINDINGS: &[&str] = &["options", "library", "ffiFunctions", "calls", "self"];

/// Names the runtime exports that a package uses as types (its values are in
/// `runtime::RUNTIME_VALUES`).
const RUNTIME_TYPES: &[&str] =
    &["AbortError", "AsyncCallOptions", "ForeignCallOptions", "LibraryLoadError", "ObjectDestroyedError", "RustPanic"];

/// Prefixes of the module-level names the generator defines for each type (converters, error
/// lifters): a type whose name starts with one gets a `_` suffix.
const GENERATED_PREFIXES: &[&str] = &["FfiConverter", "FfiErrorLifter"];

/// Every global of a TypeScript module on Node.js, from `globals.txt`.
static GLOBALS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("globals.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
});

/// Whether `name` is a global of every TypeScript module on Node.js (`globals.txt`).
pub fn is_global(name: &str) -> bool {
    GLOBALS.contains(name)
}

/// `name`, with a `_` suffix when `taken`.
fn suffixed_if(name: String, taken: bool) -> String {
    if taken {
        format!("{name}_")
    } else {
        name
    }
}

/// A binding: a module-level name or a parameter.
fn binding(name: String) -> String {
    let taken = RESERVED.contains(&name.as_str())
        || GENERATED_BINDINGS.contains(&name.as_str())
        || RUNTIME_TYPES.contains(&name.as_str())
        || crate::runtime::RUNTIME_VALUES.contains(&name.as_str())
        || GENERATED_PREFIXES.iter().any(|prefix| name.starts_with(prefix))
        || is_global(&name);
    suffixed_if(name, taken)
}

/// A function: `say_hello` → `sayHello`, `fetch` → `fetch_`.
pub fn function_name(rust: &str) -> String {
    binding(rust.to_lower_camel_case())
}

/// A parameter: `user_id` → `userId`, `options` → `options_`.
pub fn param_name(rust: &str) -> String {
    binding(rust.to_lower_camel_case())
}

/// A type: records, enums, errors, objects keep Rust's UpperCamelCase; `Map`, `EvalError`,
/// `Duration` (a runtime class) get a `_` suffix.
pub fn type_name(rust: &str) -> String {
    binding(rust.to_upper_camel_case())
}

/// Members every `Error` has, and those the runtime's error classes add.
const ERROR_MEMBERS: &[&str] = &["message", "name", "stack", "cause", "tag", "typeName"];

/// Members every JavaScript object inherits (`Object.prototype`).
const OBJECT_PROTOTYPE_MEMBERS: &[&str] = &[
    "constructor",
    "hasOwnProperty",
    "isPrototypeOf",
    "propertyIsEnumerable",
    "toLocaleString",
    "toString",
    "valueOf",
];

/// Instance members every generated object class has (`UniffiObject`), or gets from uniffi
/// traits (`Display`, `Debug`, `Eq`, `Hash`, `Ord`).
const OBJECT_CLASS_MEMBERS: &[&str] =
    &["destroy", "isDestroyed", "toString", "toDebugString", "equals", "hashCode", "compareTo"];

/// Static members every class has (a JavaScript function: `Function.prototype` and its own).
const STATIC_MEMBERS: &[&str] =
    &["name", "length", "prototype", "caller", "arguments", "call", "apply", "bind", "toString"];

/// Static members every `Error` class has.
const ERROR_STATIC_MEMBERS: &[&str] = &["captureStackTrace", "stackTraceLimit", "prepareStackTrace", "isError"];

/// Members the generator adds to the constant object of a record or an enum, next to its
/// methods: the uniffi trait functions, the record factory, the discriminant lookups.
const VALUE_MEMBERS: &[&str] =
    &["display", "debug", "equals", "hash", "compare", "create", "discriminant", "fromDiscriminant"];

fn is_object_member(name: &str) -> bool {
    OBJECT_CLASS_MEMBERS.contains(&name) || OBJECT_PROTOTYPE_MEMBERS.contains(&name)
}

/// A method of an object class: `get_value` → `getValue`; `destroy`, `to_string`, `value_of`...
/// get a `_` suffix (also the private brand `uniffiType<Name>` is taken).
pub fn method_name(rust: &str) -> String {
    let name = rust.to_lower_camel_case();
    let taken = is_object_member(&name) || name.starts_with("uniffiType");
    suffixed_if(name, taken)
}

/// A method of an error class (an error enum, or an object used as an error): also avoids the
/// members of `Error` (`message`, `name`...).
pub fn error_method_name(rust: &str) -> String {
    let name = method_name(rust);
    let taken = ERROR_MEMBERS.contains(&name.as_str());
    suffixed_if(name, taken)
}

/// A named constructor (a static factory): `with_name` → `withName`; `name`, `call`... (members
/// of every class) get a `_` suffix, and so do `captureStackTrace`... on an error object class,
/// and `create` when an async primary constructor takes that name.
pub fn static_name(rust: &str, is_error: bool, create_taken: bool) -> String {
    let name = rust.to_lower_camel_case();
    let taken = STATIC_MEMBERS.contains(&name.as_str())
        || OBJECT_PROTOTYPE_MEMBERS.contains(&name.as_str())
        || (is_error && ERROR_STATIC_MEMBERS.contains(&name.as_str()))
        || (create_taken && name == "create");
    suffixed_if(name, taken)
}

/// A record field (a property of a plain object, so reserved words and own properties named
/// `constructor` or `toString` are allowed): `elapsed_ms` → `elapsedMs`.
pub fn field_name(rust: &str) -> String {
    rust.to_lower_camel_case()
}

/// A field of an error variant, a property of an `Error` subclass: `error_code` → `errorCode`;
/// names of members of `Error`, of every object and of the error class's methods (`methods`,
/// TypeScript names) get a `_` suffix.
pub fn error_field_name(rust: &str, methods: &[&str]) -> String {
    let name = rust.to_lower_camel_case();
    let taken = ERROR_MEMBERS.contains(&name.as_str()) || is_object_member(&name) || methods.contains(&name.as_str());
    suffixed_if(name, taken)
}

/// A field of a tagged enum's variant: as a record field, and `tag` (the union's discriminant)
/// becomes `tag_`.
pub fn variant_field_name(rust: &str) -> String {
    let name = field_name(rust);
    let taken = name == "tag";
    suffixed_if(name, taken)
}

/// The class of an error variant in the error's namespace, which also holds the `Variant`
/// union: a variant named `Variant`, or named like the error itself (`ParseError::ParseError`,
/// whose class would shadow the one it extends), gets a `_` suffix; its tag keeps the name.
pub fn error_variant_class_name(rust: &str, error_ts_name: &str) -> String {
    let name = variant_name(rust);
    let taken = name == "Variant" || name == error_ts_name;
    suffixed_if(name, taken)
}

/// A method of a record or enum, a function of its constant object: `display`, `create`,
/// `discriminant`... (what the generator adds there) and the members of every object
/// (`to_string`, `value_of`...) get a `_` suffix.
pub fn value_method_name(rust: &str) -> String {
    let name = rust.to_lower_camel_case();
    let taken = VALUE_MEMBERS.contains(&name.as_str()) || OBJECT_PROTOTYPE_MEMBERS.contains(&name.as_str());
    suffixed_if(name, taken)
}

/// A variant of an enum or error, as its tag and class name.
pub fn variant_name(rust: &str) -> String {
    rust.to_upper_camel_case()
}

/// The converter constant of a named type: `Profile` → `FfiConverterTypeProfile`.
pub fn type_converter_name(rust: &str) -> String {
    format!("FfiConverterType{}", type_name(rust))
}

/// The error lifter of a type thrown as an error other than an error enum (an object, a custom
/// type): `FfiErrorLifterTypeObjectError`.
pub fn error_lifter_name(rust: &str) -> String {
    format!("FfiErrorLifterType{}", type_name(rust))
}

/// The interface of a trait's methods: `Store` → `StoreInterface`. The one TypeScript code
/// implements for a trait that both sides implement (`with_foreign`), and the one objects that
/// implement a Rust-only trait declare (`class Tile implements ShapeInterface`); the class of
/// Rust implementations keeps the trait's name.
pub fn trait_interface_name(rust: &str) -> String {
    binding(format!("{}Interface", rust.to_upper_camel_case()))
}

/// The converter of the class of Rust implementations of such a trait: `FfiConverterTypeStoreObject`.
pub fn foreign_trait_object_converter_name(rust: &str) -> String {
    format!("{}Object", type_converter_name(rust))
}

/// The key of a top-level function in the FFI declaration module: `say_hello` → `sayHello`.
pub fn ffi_key(rust: &str) -> String {
    rust.to_lower_camel_case()
}

/// The key of a method or constructor: `Counter` + `get_value` → `Counter_getValue`. The
/// underscore cannot appear in a camelCase function key, so keys never collide.
pub fn ffi_member_key(type_name: &str, member: &str) -> String {
    format!("{}_{}", self::type_name(type_name), member.to_lower_camel_case())
}

/// The environment variable that overrides where the library is found: `async_ffi` → `ASYNC_FFI_LIBRARY_PATH`.
pub fn library_path_variable(crate_name: &str) -> String {
    format!("{}_LIBRARY_PATH", crate_name.to_shouty_snake_case())
}

/// The npm package name of a crate: `async_ffi` → `async-ffi`.
pub fn package_name(crate_name: &str) -> String {
    crate_name.replace('_', "-")
}

/// `name` after its indefinite article, for generated prose: `a Counter`, `an ObjectError`
/// (the runtime's `article` follows the same rule).
pub fn with_article(name: &str) -> String {
    let article = if name.starts_with(['A', 'E', 'I', 'O', 'a', 'e', 'i', 'o']) { "an" } else { "a" };
    format!("{article} {name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn functions_and_params_are_camel_case() {
        assert_eq!(function_name("say_hello"), "sayHello");
        assert_eq!(param_name("user_id"), "userId");
        assert_eq!(field_name("elapsed_ms"), "elapsedMs");
    }

    #[test]
    fn reserved_words_get_a_suffix() {
        assert_eq!(param_name("default"), "default_");
        assert_eq!(param_name("arguments"), "arguments_");
        assert_eq!(function_name("delete"), "delete_");
        assert_eq!(param_name("options"), "options_");
        assert_eq!(param_name("self_"), "self_");
        // Properties may use reserved words.
        assert_eq!(field_name("default"), "default");
    }

    #[test]
    fn bindings_never_shadow_a_global() {
        for (rust, ts) in [
            ("EvalError", "EvalError_"),
            ("Error", "Error_"),
            ("Symbol", "Symbol_"),
            ("Promise", "Promise_"),
            ("Map", "Map_"),
            ("Iterator", "Iterator_"),
            ("Partial", "Partial_"),
            ("Request", "Request_"),
            ("WebAssembly", "WebAssembly_"),
        ] {
            assert_eq!(type_name(rust), ts);
        }
        for (rust, ts) in
            [("fetch", "fetch_"), ("set_timeout", "setTimeout_"), ("parse_int", "parseInt_"), ("require", "require_")]
        {
            assert_eq!(function_name(rust), ts);
        }
        assert_eq!(param_name("undefined"), "undefined_");
        assert_eq!(param_name("process"), "process_");
        // Near misses keep their names.
        assert_eq!(type_name("MapEntry"), "MapEntry");
        assert_eq!(type_name("Node"), "Node");
        assert_eq!(function_name("fetch_all"), "fetchAll");
        assert!(is_global("globalThis") && is_global("Float16Array") && is_global("module"));
        assert!(!is_global("# Node.js 21 to 24 add these."));
    }

    #[test]
    fn members_avoid_what_classes_already_have() {
        assert_eq!(method_name("get_value"), "getValue");
        assert_eq!(method_name("destroy"), "destroy_");
        assert_eq!(method_name("value_of"), "valueOf_");
        assert_eq!(method_name("has_own_property"), "hasOwnProperty_");
        assert_eq!(static_name("name", false, false), "name_");
        assert_eq!(static_name("to_string", false, false), "toString_");
        assert_eq!(static_name("with_name", false, false), "withName");
        assert_eq!(static_name("capture_stack_trace", false, false), "captureStackTrace");
        assert_eq!(static_name("capture_stack_trace", true, false), "captureStackTrace_");
        assert_eq!(static_name("create", false, false), "create");
        assert_eq!(static_name("create", false, true), "create_");
        assert_eq!(ffi_member_key("Counter", "get_value"), "Counter_getValue");
    }

    #[test]
    fn error_members_and_globals_are_not_shadowed() {
        assert_eq!(error_field_name("message", &[]), "message_");
        assert_eq!(error_field_name("error_code", &[]), "errorCode");
        assert_eq!(error_field_name("equals", &[]), "equals_");
        assert_eq!(error_field_name("code", &["code"]), "code_");
        assert_eq!(error_method_name("name"), "name_");
        assert_eq!(error_method_name("message"), "message_");
        assert_eq!(type_name("Map"), "Map_");
        assert_eq!(type_name("Duration"), "Duration_");
        assert_eq!(type_converter_name("Map"), "FfiConverterTypeMap_");
        assert_eq!(error_lifter_name("EvalError"), "FfiErrorLifterTypeEvalError_");
    }

    #[test]
    fn names_the_generator_adds_are_never_taken_by_rust_names() {
        // The suffix is out of reach of every other Rust name: case conversion drops underscores.
        assert_eq!(field_name("tag_"), "tag");
        assert_eq!(type_name("Variant_"), "Variant");
        // The `Variant` union of an error's namespace, and the error's own class.
        assert_eq!(error_variant_class_name("Variant", "E"), "Variant_");
        assert_eq!(error_variant_class_name("Tag", "E"), "Tag");
        assert_eq!(error_variant_class_name("ParseError", "ParseError"), "ParseError_");
        // `tag` of tagged unions; members of Error and of every object.
        assert_eq!(variant_field_name("tag"), "tag_");
        assert_eq!(variant_field_name("inner"), "inner");
        assert_eq!(variant_field_name("to_string"), "toString");
        for (rust, ts) in
            [("message", "message_"), ("cause", "cause_"), ("constructor", "constructor_"), ("to_string", "toString_")]
        {
            assert_eq!(error_field_name(rust, &[]), ts);
        }
        assert_eq!(field_name("constructor"), "constructor");
        assert_eq!(field_name("tag"), "tag");
        assert_eq!(field_name("message"), "message");
        // Functions next to the methods of records and enums, and members of every object.
        for rust in
            ["display", "equals", "hash", "create", "discriminant", "from_discriminant", "to_string", "value_of"]
        {
            assert!(value_method_name(rust).ends_with('_'), "{rust}");
        }
        assert_eq!(value_method_name("distance_to"), "distanceTo");
        // Runtime names and generated prefixes.
        assert_eq!(type_name("SyncFunction"), "SyncFunction_");
        assert_eq!(type_name("AsyncCallOptions"), "AsyncCallOptions_");
        assert_eq!(type_name("FfiConverterTypeMembers"), "FfiConverterTypeMembers_");
        assert_eq!(function_name("error_variant"), "errorVariant_");
        assert_eq!(param_name("flat_error_variant"), "flatErrorVariant_");
        assert_eq!(method_name("uniffi_type_widget"), "uniffiTypeWidget_");
        assert_eq!(method_name("to_string"), "toString_");
        assert_eq!(method_name("hash_code"), "hashCode_");
    }

    #[test]
    fn types_and_converters() {
        assert_eq!(type_name("profile_card"), "ProfileCard");
        assert_eq!(type_converter_name("Profile"), "FfiConverterTypeProfile");
        assert_eq!(variant_name("TooLong"), "TooLong");
        assert_eq!(trait_interface_name("Store"), "StoreInterface");
        assert_eq!(trait_interface_name("Map"), "MapInterface");
    }

    #[test]
    fn package_level_names() {
        assert_eq!(library_path_variable("async_ffi"), "ASYNC_FFI_LIBRARY_PATH");
        assert_eq!(package_name("async_ffi"), "async-ffi");
    }
}
