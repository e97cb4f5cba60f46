//! Functions, methods and constructors: what each one takes, returns and throws, and the
//! scaffolding function it calls.

use anyhow::{bail, Context, Result};
use uniffi_bindgen::interface::{AsType, Callable as UniffiCallable, Method, UniffiTraitMethods};
use uniffi_bindgen::ComponentInterface;

use super::build::Builder;
use super::types::ffi_kind;
use super::{names, Docs, TsType};

/// A function, method or constructor.
#[derive(Debug, Clone)]
pub struct Callable {
    pub ts_name: String,
    pub docs: Docs,
    pub params: Vec<Param>,
    /// For methods: the converter of the receiver (passed as the first argument).
    pub receiver: Option<String>,
    /// A method of an object: it runs in the library that made its receiver.
    pub object_method: bool,
    pub returns: Option<TsType>,
    /// The error lifter, when the callable declares an error type.
    pub throws: Option<String>,
    pub is_async: bool,
    pub ffi: FfiFunction,
}

impl Callable {
    /// The runtime class that performs the call.
    pub fn runtime_class(&self) -> &'static str {
        match (self.is_async, self.object_method) {
            (false, false) => "SyncFunction",
            (true, false) => "AsyncFunction",
            (false, true) => "SyncMethod",
            (true, true) => "AsyncMethod",
        }
    }
}

/// One entry of the FFI declaration module.
#[derive(Debug, Clone)]
pub struct FfiFunction {
    pub key: String,
    pub rust_name: String,
    pub symbol: String,
    pub args: Vec<&'static str>,
    pub returns: &'static str,
    pub future: Option<&'static str>,
    /// The checksum function and value, when the library exports one for this callable.
    pub checksum: Option<(String, u16)>,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub ts_name: String,
    /// The name used in messages (the Rust name, as users see it documented).
    pub label: String,
    pub ty: TsType,
    /// The default value, as a TypeScript expression.
    pub default: Option<String>,
}

impl Builder<'_> {
    pub(super) fn method(&mut self, owner: &str, m: &Method, receiver: &str) -> Result<Callable> {
        let key = names::ffi_member_key(owner, m.name());
        let rust_name = format!("{owner}.{}", m.name());
        let ts_name = names::method_name(&self.member_name(owner, m.name()));
        self.callable(m, &rust_name, ts_name, key, Some(receiver.to_string()))
            .with_context(|| format!("in method {rust_name}"))
    }

    /// Display, Debug, Eq, Hash and Ord as methods. On objects they are instance methods
    /// (`toString()`, `equals(other)`...); on records and enums, functions of the value.
    pub(super) fn trait_methods(
        &mut self,
        owner: &str,
        traits: &UniffiTraitMethods,
        receiver: &str,
        on_object: bool,
    ) -> Result<Vec<Callable>> {
        let names: [(&Option<Method>, &str, &str); 5] = [
            (&traits.display_fmt, "toString", "display"),
            (&traits.debug_fmt, "toDebugString", "debug"),
            (&traits.eq_eq, "equals", "equals"),
            (&traits.hash_hash, "hashCode", "hash"),
            (&traits.ord_cmp, "compareTo", "compare"),
        ];
        let mut methods = Vec::new();
        for (method, object_name, value_name) in names {
            if let Some(m) = method {
                let mut callable = self.method(owner, m, receiver)?;
                callable.ts_name = if on_object { object_name } else { value_name }.to_string();
                callable.docs = Docs::new(Some(match value_name {
                    "display" => "The value formatted by Rust's `Display`.",
                    "debug" => "The value formatted by Rust's `Debug`.",
                    "equals" => "Whether both values are equal, by Rust's `PartialEq`.",
                    "hash" => "The value's hash, by Rust's `Hash`.",
                    _ => "Rust's `Ord::cmp`: negative, zero or positive.",
                }));
                methods.push(callable);
            }
        }
        Ok(methods)
    }

    pub(super) fn callable(
        &mut self,
        c: &dyn UniffiCallable,
        rust_name: &str,
        ts_name: String,
        key: String,
        receiver: Option<String>,
    ) -> Result<Callable> {
        let mut params = Vec::new();
        for a in c.arguments() {
            let ty = a.as_type();
            let default = a.default_value().map(|d| self.mapper.default_value(d, &ty)).transpose()?;
            params.push(Param {
                ts_name: names::param_name(a.name()),
                label: a.name().to_string(),
                ty: self.mapper.map(&ty)?,
                default,
            });
        }
        // TypeScript: a parameter with a default cannot be followed by one without.
        if let Some(last_required) = params.iter().rposition(|p| p.default.is_none()) {
            for p in &mut params[..last_required] {
                p.default = None;
            }
        }
        let returns = c.return_type().map(|t| self.mapper.map(t)).transpose()?;
        let throws = c.throws_type().map(|ty| self.mapper.error_lifter(ty)).transpose()?;
        let ffi_func = c.ffi_func();
        let args = ffi_func.arguments().iter().map(|a| ffi_kind(&a.type_())).collect::<Result<Vec<_>>>()?;
        if args.len() > params.len() + usize::from(receiver.is_some()) {
            bail!("{rust_name}: more FFI arguments than parameters");
        }
        let (returns_kind, future) = if c.is_async() {
            let completes = match c.return_type() {
                Some(t) => ffi_kind(&uniffi_bindgen::interface::ffi::FfiType::from(t))?,
                None => "void",
            };
            ("handle", Some(completes))
        } else {
            (ffi_func.return_type().map(ffi_kind).transpose()?.unwrap_or("void"), None)
        };
        // `&[u8]` arguments of sync functions cross as ForeignBytes (a view of our memory).
        let offset = usize::from(receiver.is_some());
        for (i, kind) in args.iter().enumerate().skip(offset) {
            if *kind == "foreign_bytes" {
                params[i - offset].ty.converter = "FfiConverterForeignBytes".into();
            }
        }
        let checksum_fn = checksum_fn_name(c, self.ci);
        let checksum = checksum_fn.and_then(|name| self.checksums.get(&name).map(|v| (name, *v)));
        Ok(Callable {
            ts_name,
            docs: Docs::new(c.docstring()),
            params,
            receiver,
            object_method: false,
            returns,
            throws,
            is_async: c.is_async(),
            ffi: FfiFunction {
                key,
                rust_name: rust_name.to_string(),
                symbol: ffi_func.name().to_string(),
                args,
                returns: returns_kind,
                future,
                checksum,
            },
        })
    }
}

/// The checksum function of a callable, found through its scaffolding symbol:
/// `uniffi_<crate>_fn_<kind>_<name>` has `uniffi_<crate>_checksum_<kind>_<name>`.
fn checksum_fn_name(c: &dyn UniffiCallable, ci: &ComponentInterface) -> Option<String> {
    let symbol = c.ffi_func().name();
    let prefix = format!("uniffi_{}_fn_", ci.crate_name());
    symbol.strip_prefix(&prefix).map(|rest| format!("uniffi_{}_checksum_{}", ci.crate_name(), rest))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::{package, UDL};

    #[test]
    fn functions_become_camel_case_with_defaults_and_async_options() {
        let p = package(UDL);
        let greet = p.functions.iter().find(|f| f.ts_name == "greet").unwrap();
        assert!(greet.is_async);
        assert_eq!(greet.signature(), "name: string, times: number = 2, options?: AsyncCallOptions");
        assert_eq!(greet.return_annotation(), "Promise<string>");
        assert_eq!(greet.ffi.future, Some("rust_buffer"));
        assert_eq!(greet.ffi.symbol, "uniffi_demo_fn_func_greet");
        let count = p.functions.iter().find(|f| f.ts_name == "countWords").unwrap();
        assert_eq!(count.return_annotation(), "bigint");
        assert_eq!(count.ffi.args, ["rust_buffer"]);
        let check = p.functions.iter().find(|f| f.ts_name == "check").unwrap();
        assert_eq!(check.throws.as_deref(), Some("FfiConverterTypeDemoError"));
        assert_eq!(check.return_annotation(), "void");
    }

    #[test]
    fn object_methods_run_in_the_library_of_their_receiver_and_other_callables_in_their_own() {
        let p = package(UDL);
        let counter = &p.objects[0];
        let method = |name: &str| counter.methods.iter().find(|m| m.ts_name == name).unwrap();
        assert_eq!(method("increment").runtime_class(), "SyncMethod");
        assert_eq!(method("fetch").runtime_class(), "AsyncMethod");
        assert_eq!(counter.primary_constructor.as_ref().unwrap().runtime_class(), "SyncFunction");
        assert_eq!(counter.constructors[0].runtime_class(), "SyncFunction");
        let greet = p.functions.iter().find(|f| f.ts_name == "greet").unwrap();
        assert_eq!(greet.runtime_class(), "AsyncFunction");
        // A record's methods take the record by value: no library to follow.
        let with_methods = package(
            r#"
            namespace demo {};
            [Traits=(Display)] dictionary Point { i32 x; };
            [Traits=(Display)] interface Pin { constructor(); };
            "#,
        );
        let display = |callables: &[Callable]| {
            callables.iter().find(|m| m.ts_name == "toString" || m.ts_name == "display").map(Callable::runtime_class)
        };
        assert_eq!(display(&with_methods.objects[0].methods), Some("SyncMethod"));
        assert_eq!(display(&with_methods.records[0].methods), Some("SyncFunction"));
        // An error enum's methods are instance methods of its class, but take the value.
        let error = package(
            r#"
            namespace demo { [Throws=Oops] void f(); };
            [Error, Traits=(Display)] interface Oops { Bad(); };
            "#,
        );
        assert_eq!(display(&error.errors[0].methods), Some("SyncFunction"));
    }

    #[test]
    fn every_callable_is_declared_once() {
        let p = package(UDL);
        let keys: Vec<&str> = p.ffi_functions().iter().map(|f| f.key.as_str()).collect();
        let mut unique = keys.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(keys.len(), unique.len(), "{keys:?}");
        assert!(keys.contains(&"Counter_new") && keys.contains(&"Counter_withStep"));
    }
}
