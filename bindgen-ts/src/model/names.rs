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

/// Appends `_` to a name TypeScript would reject or that would clash with generated code.
fn unreserved(name: String) -> String {
    if RESERVED.contains(&name.as_str()) {
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

/// Global names that generated code uses, and names the runtime exports into every package: a
/// type with one of these names gets a `_` suffix.
const GLOBAL_TYPES: &[&str] = &[
    "Array", "BigInt", "Boolean", "Date", "Error", "Extract", "Function", "Map", "Number", "Object",
    "Partial", "Promise", "Readonly", "Record", "RegExp", "Set", "String", "Symbol", "Uint8Array",
    "AbortError", "AsyncCallOptions", "Duration", "LibraryLoadError", "ObjectDestroyedError",
    "RustPanic", "Timestamp", "UniffiError", "UniffiErrorObject", "UniffiObject",
];

/// A field of an error variant: `error_code` → `errorCode`, `message` → `message_`.
pub fn error_field_name(rust: &str) -> String {
    let name = field_name(rust);
    if ERROR_MEMBERS.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
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

/// Instance members every generated object class already has.
const OBJECT_MEMBERS: &[&str] = &["constructor", "destroy", "isDestroyed"];

/// Static members every class (a JavaScript function) already has.
const STATIC_MEMBERS: &[&str] = &["name", "length", "prototype", "caller", "arguments", "call", "apply", "bind"];

/// A method of an object class: `get_value` → `getValue`.
pub fn method_name(rust: &str) -> String {
    let name = rust.to_lower_camel_case();
    if OBJECT_MEMBERS.contains(&name.as_str()) {
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

/// A record field or error field (a property, so reserved words are allowed): `elapsed_ms` → `elapsedMs`.
pub fn field_name(rust: &str) -> String {
    rust.to_lower_camel_case()
}

/// A type: records, enums, errors keep Rust's UpperCamelCase; a name that would shadow a global
/// the generated code uses (`Map`, `Promise`...) gets a `_` suffix.
pub fn type_name(rust: &str) -> String {
    let name = rust.to_upper_camel_case();
    if GLOBAL_TYPES.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
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
