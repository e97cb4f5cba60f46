//! Naming rules: how Rust names become TypeScript names. Every rule lives here.

use heck::{ToLowerCamelCase, ToShoutySnakeCase, ToUpperCamelCase};

/// Words that cannot name a binding (parameter, local, function) in strict-mode TypeScript
/// modules, plus names that would shadow what generated code relies on.
const RESERVED: &[&str] = &[
    "arguments", "await", "break", "case", "catch", "class", "const", "continue", "debugger",
    "default", "delete", "do", "else", "enum", "eval", "export", "extends", "false", "finally",
    "for", "function", "if", "implements", "import", "in", "instanceof", "interface", "let",
    "new", "null", "package", "private", "protected", "public", "return", "static", "super",
    "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
    // Names the generated module uses itself.
    "options", "library", "ffiFunctions", "calls",
];

/// Appends `_` to a name TypeScript would reject or that would clash with generated code
/// (including the runtime functions a package imports, `errorVariant`...).
fn unreserved(name: String) -> String {
    if RESERVED.contains(&name.as_str()) || crate::render::RUNTIME_VALUES.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// A function or method: `say_hello` → `sayHello`.
pub fn function_name(rust: &str) -> String {
    unreserved(rust.to_lower_camel_case())
}

/// Members every `Error` has (and our error classes add): fields and methods of errors that would
/// shadow them get a `_` suffix.
const ERROR_MEMBERS: &[&str] = &["message", "name", "stack", "cause", "tag", "typeName"];

/// Members every JavaScript object inherits (`Object.prototype`): an error class cannot declare
/// a field with one of these names (`constructor`), or one of another type (`toString`), so the
/// field of an error variant gets a `_` suffix. (Records and tagged enums are plain objects,
/// whose own properties may take these names.)
const OBJECT_PROTOTYPE_MEMBERS: &[&str] = &[
    "constructor", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString",
    "toString", "valueOf",
];

/// Members the generator adds to the constant object of a record or an enum, next to its
/// methods: the uniffi trait functions, the record factory, the discriminant lookups. A Rust
/// method with one of these names gets a `_` suffix.
const VALUE_MEMBERS: &[&str] =
    &["display", "debug", "equals", "hash", "compare", "create", "discriminant", "fromDiscriminant"];

/// Prefixes of the module-level names the generator defines for each type (converters, error
/// lifters): a type whose name starts with one gets a `_` suffix.
const GENERATED_PREFIXES: &[&str] = &["FfiConverter", "FfiErrorLifter"];

/// Why a `_` suffix cannot collide with another Rust name: every name passes through heck's
/// case conversion, which drops underscores, so no converted Rust name ends with `_`.
fn suffixed_if(name: String, taken: bool) -> String {
    if taken {
        format!("{name}_")
    } else {
        name
    }
}

/// Global names that generated code uses, and names the runtime exports into every package: a
/// type with one of these names gets a `_` suffix.
const GLOBAL_TYPES: &[&str] = &[
    "Array", "BigInt", "Boolean", "Date", "Error", "Extract", "Function", "Map", "Number", "Object",
    "Partial", "Promise", "Readonly", "Record", "RegExp", "Set", "String", "Symbol", "Uint8Array",
    "AbortError", "AsyncCallOptions", "Duration", "LibraryLoadError", "ObjectDestroyedError",
    "RustPanic", "Timestamp", "UniffiError", "UniffiErrorObject", "UniffiObject", "ForeignCallOptions",
];

/// A field of an error variant: `error_code` → `errorCode`, `message` → `message_`.
pub fn error_field_name(rust: &str) -> String {
    let name = rust.to_lower_camel_case();
    let taken = ERROR_MEMBERS.contains(&name.as_str()) || OBJECT_PROTOTYPE_MEMBERS.contains(&name.as_str());
    suffixed_if(name, taken)
}

/// A field of a tagged enum's variant: as a record field, and `tag` (the union's discriminant)
/// becomes `tag_`.
pub fn variant_field_name(rust: &str) -> String {
    let name = field_name(rust);
    if name == "tag" {
        format!("{name}_")
    } else {
        name
    }
}

/// The class of an error variant in the error's namespace, which also holds the `Variant`
/// union: a variant named `Variant` gets the class `Variant_` (its tag stays `'Variant'`).
pub fn error_variant_class_name(rust: &str) -> String {
    let name = variant_name(rust);
    suffixed_if(name.clone(), name == "Variant")
}

/// A method of a record or enum, a function of its constant object: `display`, `create`,
/// `discriminant`... (what the generator adds there) get a `_` suffix.
pub fn value_method_name(rust: &str) -> String {
    let name = rust.to_lower_camel_case();
    let taken = VALUE_MEMBERS.contains(&name.as_str());
    suffixed_if(name, taken)
}

/// A method of an error class (an error enum, or an object used as an error).
pub fn error_method_name(rust: &str) -> String {
    let name = method_name(rust);
    if ERROR_MEMBERS.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// Instance members every generated object class already has, or gets from uniffi traits.
const OBJECT_MEMBERS: &[&str] =
    &["constructor", "destroy", "isDestroyed", "toString", "toDebugString", "equals", "hashCode", "compareTo"];

/// Static members every class (a JavaScript function) already has.
const STATIC_MEMBERS: &[&str] = &["name", "length", "prototype", "caller", "arguments", "call", "apply", "bind"];

/// A method of an object class: `get_value` → `getValue` (also the private brand `uniffiType<Name>`
/// is taken).
pub fn method_name(rust: &str) -> String {
    let name = rust.to_lower_camel_case();
    if OBJECT_MEMBERS.contains(&name.as_str()) || name.starts_with("uniffiType") {
        format!("{name}_")
    } else {
        name
    }
}

/// A named constructor (a static factory): `with_name` → `withName`.
pub fn static_name(rust: &str) -> String {
    let name = rust.to_lower_camel_case();
    if STATIC_MEMBERS.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// A parameter: `user_id` → `userId`.
pub fn param_name(rust: &str) -> String {
    unreserved(rust.to_lower_camel_case())
}

/// A record field (a property of a plain object, so reserved words and own properties named
/// `constructor` or `toString` are allowed): `elapsed_ms` → `elapsedMs`.
pub fn field_name(rust: &str) -> String {
    rust.to_lower_camel_case()
}

/// A type: records, enums, errors keep Rust's UpperCamelCase; a name that would shadow a global
/// the generated code uses (`Map`, `Promise`...) gets a `_` suffix.
pub fn type_name(rust: &str) -> String {
    let name = rust.to_upper_camel_case();
    let taken = GLOBAL_TYPES.contains(&name.as_str())
        || crate::render::RUNTIME_VALUES.contains(&name.as_str())
        || GENERATED_PREFIXES.iter().any(|prefix| name.starts_with(prefix));
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

/// The interface TypeScript code implements for a trait that both sides implement
/// (`with_foreign`): `Store` → `StoreInterface` (the class of Rust implementations keeps `Store`).
pub fn foreign_trait_interface_name(rust: &str) -> String {
    format!("{}Interface", type_name(rust))
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
        // Properties may use reserved words.
        assert_eq!(field_name("default"), "default");
    }

    #[test]
    fn members_avoid_what_classes_already_have() {
        assert_eq!(method_name("get_value"), "getValue");
        assert_eq!(method_name("destroy"), "destroy_");
        assert_eq!(static_name("name"), "name_");
        assert_eq!(static_name("with_name"), "withName");
        assert_eq!(ffi_member_key("Counter", "get_value"), "Counter_getValue");
    }

    #[test]
    fn error_members_and_globals_are_not_shadowed() {
        assert_eq!(error_field_name("message"), "message_");
        assert_eq!(error_field_name("error_code"), "errorCode");
        assert_eq!(error_method_name("name"), "name_");
        assert_eq!(type_name("Map"), "Map_");
        assert_eq!(type_name("Duration"), "Duration_");
        assert_eq!(type_converter_name("Map"), "FfiConverterTypeMap_");
    }

    #[test]
    fn names_the_generator_adds_are_never_taken_by_rust_names() {
        // The suffix is out of reach of every other Rust name: case conversion drops underscores.
        assert_eq!(field_name("tag_"), "tag");
        assert_eq!(type_name("Variant_"), "Variant");
        // The `Variant` union of an error's namespace.
        assert_eq!(error_variant_class_name("Variant"), "Variant_");
        assert_eq!(error_variant_class_name("Tag"), "Tag");
        // `tag` of tagged unions; members of Error and of every object.
        assert_eq!(variant_field_name("tag"), "tag_");
        assert_eq!(variant_field_name("inner"), "inner");
        assert_eq!(variant_field_name("to_string"), "toString");
        for (rust, ts) in [("message", "message_"), ("cause", "cause_"), ("constructor", "constructor_"), ("to_string", "toString_")] {
            assert_eq!(error_field_name(rust), ts);
        }
        assert_eq!(field_name("constructor"), "constructor");
        assert_eq!(field_name("tag"), "tag");
        assert_eq!(field_name("message"), "message");
        // Functions next to the methods of records and enums.
        for rust in ["display", "equals", "hash", "create", "discriminant", "from_discriminant"] {
            assert!(value_method_name(rust).ends_with('_'), "{rust}");
        }
        assert_eq!(value_method_name("distance_to"), "distanceTo");
        // Runtime names and generated prefixes.
        assert_eq!(type_name("SyncFunction"), "SyncFunction_");
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
    }

    #[test]
    fn package_level_names() {
        assert_eq!(library_path_variable("async_ffi"), "ASYNC_FFI_LIBRARY_PATH");
        assert_eq!(package_name("async_ffi"), "async-ffi");
    }
}
