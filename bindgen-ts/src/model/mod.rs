//! The TypeScript-shaped model of a UniFFI component: what the templates print.
//!
//! Built from uniffi_bindgen's `ComponentInterface` plus our config ([`build`]), one module per
//! kind of item: [`callables`], [`records`], [`enums`] (error enums included), [`objects`],
//! [`callbacks`], [`custom`]. All naming and type mapping decisions are made here ([`names`],
//! [`types`], [`resolve`] for types of other crates); [`print`] writes the TypeScript fragments
//! the templates insert; templates only print. The model knows nothing of npm or of rendering.

mod build;
pub mod callables;
pub mod callbacks;
pub mod custom;
pub mod defaults;
pub mod docs;
pub mod enums;
pub mod links;
pub mod names;
pub mod objects;
pub mod print;
pub mod readme;
pub mod records;
pub mod references;
pub mod resolve;
pub mod types;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::{bail, Result};

pub use callables::{Callable, FfiFunction, Param};
pub use callbacks::{CallbackInterface, CallbackMethod};
pub use custom::CustomType;
pub use docs::Docs;
pub use enums::{discriminant_literals, Enumeration, ErrorType, Variant};
pub use objects::Object;
pub use records::{Field, Record};
pub use resolve::OtherCrates;
pub use types::{CompoundConverter, ErrorLifter, TsType};

/// A generated package.
#[derive(Debug)]
pub struct Package {
    pub crate_name: String,
    pub transport: crate::transport::Transport,
    pub package_name: String,
    pub library_name: String,
    pub library_path_variable: String,
    pub library_search_paths: Vec<String>,
    pub contract_version: u32,
    pub docs: Docs,
    pub functions: Vec<Callable>,
    pub records: Vec<Record>,
    pub flat_enums: Vec<Enumeration>,
    pub tagged_enums: Vec<Enumeration>,
    pub errors: Vec<ErrorType>,
    pub objects: Vec<Object>,
    /// Interfaces Rust calls: callback interfaces and traits with foreign implementations.
    pub callback_interfaces: Vec<CallbackInterface>,
    pub custom_types: Vec<CustomType>,
    /// Converters of compound types, each after the ones it uses.
    pub compound_converters: Vec<CompoundConverter>,
    /// Import lines custom types need.
    pub custom_imports: Vec<String>,
    /// Types (and their converters) used from other crates' packages, by import path.
    pub external_imports: BTreeMap<String, BTreeSet<String>>,
    /// Lifters of thrown objects and custom types, by name.
    pub error_lifters: Vec<ErrorLifter>,
}

impl Package {
    /// The naming rules make generated names unable to collide with converted Rust names
    /// ([`names`]); what remains is a Rust type named like the interface the generator adds for
    /// a trait (`StoreInterface` next to the trait `Store`), refused here with the way out.
    fn check_module_names(&self) -> Result<()> {
        let mut seen: HashMap<&str, String> = HashMap::new();
        let declared = self
            .records
            .iter()
            .map(|r| (r.ts_name.as_str(), "record"))
            .chain(self.flat_enums.iter().chain(&self.tagged_enums).map(|e| (e.ts_name.as_str(), "enum")))
            .chain(self.errors.iter().map(|e| (e.ts_name.as_str(), "error")))
            .chain(self.objects.iter().map(|o| (o.ts_name.as_str(), "object")))
            .chain(
                self.objects
                    .iter()
                    .filter_map(|o| o.trait_interface.as_deref().map(|i| (i, "the interface of a trait"))),
            )
            .chain(
                self.callback_interfaces
                    .iter()
                    .map(|c| (c.ts_name.as_str(), "the interface of a callback interface or trait")),
            )
            .chain(self.custom_types.iter().map(|c| (c.ts_name.as_str(), "custom type")))
            .chain(self.functions.iter().map(|f| (f.ts_name.as_str(), "function")));
        for (name, what) in declared {
            if let Some(first) = seen.insert(name, what.to_string()) {
                bail!(
                    "crate {}: two items are named {name} in TypeScript ({first} and {what}): rename one \
                     ([bindings.typescript.rename] in uniffi.toml)",
                    self.crate_name
                );
            }
        }
        Ok(())
    }

    /// Whether an interface Rust calls has async methods (their implementations get `ForeignCallOptions`).
    pub fn has_async_callbacks(&self) -> bool {
        self.callback_interfaces.iter().any(CallbackInterface::has_async_method)
    }

    /// Every callable of the package: functions, constructors, methods.
    pub fn callables(&self) -> Vec<&Callable> {
        let mut all: Vec<&Callable> = self.functions.iter().collect();
        for r in &self.records {
            all.extend(&r.methods);
        }
        for e in self.flat_enums.iter().chain(&self.tagged_enums) {
            all.extend(&e.methods);
        }
        for e in &self.errors {
            all.extend(&e.methods);
        }
        for o in &self.objects {
            all.extend(&o.primary_constructor);
            all.extend(&o.constructors);
            all.extend(&o.methods);
        }
        all
    }

    /// Every FFI declaration.
    pub fn ffi_functions(&self) -> Vec<&FfiFunction> {
        self.callables().into_iter().map(|c| &c.ffi).collect()
    }

    pub fn uses_time(&self, name: &str) -> bool {
        let converter = format!("FfiConverter{name}");
        self.callables().iter().any(|c| {
            c.params.iter().any(|p| p.ty.converter.contains(&converter))
                || c.returns.as_ref().is_some_and(|r| r.converter.contains(&converter))
        }) || self.compound_converters.iter().any(|c| c.expression.contains(&converter))
            || self.records.iter().any(|r| r.fields.iter().any(|f| f.ty.converter == converter))
            || self
                .tagged_enums
                .iter()
                .chain(&self.flat_enums)
                .flat_map(|e| &e.variants)
                .chain(self.errors.iter().flat_map(|e| &e.variants))
                .any(|v| v.fields.iter().any(|f| f.ty.converter == converter))
            || self.custom_types.iter().any(|c| c.builtin.converter == converter)
    }
}

/// What the model's unit tests share: a small interface written in UDL, and its model.
#[cfg(test)]
pub(crate) mod test_support {
    use super::Package;
    use crate::config::Config;
    use uniffi_bindgen::ComponentInterface;

    /// Builds the model of a small interface written in UDL (no cdylib needed).
    pub(crate) fn package(udl: &str) -> Package {
        let mut ci = ComponentInterface::from_webidl(udl, "demo").expect("valid UDL");
        ci.derive_ffi_funcs().unwrap();
        Package::new(&ci, &Config::default(), "demo").unwrap()
    }

    pub(crate) const UDL: &str = r#"
        namespace demo {
            [Async] string greet(string name, optional u32 times = 2);
            u64 count_words(sequence<string> words);
            [Throws=DemoError] void check(i64 value);
        };
        dictionary Settings { string host; u16 port = 8080; };
        enum Mood { "Happy", "Calm" };
        [Error] interface DemoError { TooBig(i64 limit); Empty(); };
        interface Counter {
            constructor(u32 start);
            [Name=with_step] constructor(u32 step);
            u32 increment();
            [Async] u32 fetch(Counter other);
        };
    "#;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::model::test_support::{package, UDL};
    use uniffi_bindgen::ComponentInterface;

    #[test]
    fn records_enums_and_errors() {
        let p = package(UDL);
        let settings = &p.records[0];
        assert_eq!(settings.fields[1].ts_name, "port");
        assert_eq!(settings.fields[1].default.as_deref(), Some("8080"));
        assert!(settings.has_defaults());
        assert_eq!(p.flat_enums[0].variants.len(), 2);
        let error = &p.errors[0];
        assert_eq!(error.ts_name, "DemoError");
        assert!(!error.is_flat);
        assert_eq!(error.variants[0].fields[0].ts_name, "limit");
        assert_eq!(error.variants[0].fields[0].ty.annotation, "bigint");
    }

    #[test]
    fn a_type_named_like_a_generated_interface_is_refused_with_the_way_out() {
        let mut ci = ComponentInterface::from_webidl(
            r#"
            namespace demo { Shape make(ShapeInterface s); };
            [Trait] interface Shape { f64 area(); };
            dictionary ShapeInterface { u32 x; };
            "#,
            "demo",
        )
        .unwrap();
        ci.derive_ffi_funcs().unwrap();
        let error = Package::new(&ci, &Config::default(), "demo").unwrap_err().to_string();
        assert!(
            error.contains("two items are named ShapeInterface in TypeScript (record and the interface of a trait)"),
            "{error}"
        );
        assert!(error.contains("[bindings.typescript.rename]"), "{error}");
    }
}
