//! Objects: constructors, methods, the traits they implement, and objects used as errors.

use anyhow::{Context, Result};
use uniffi_bindgen::interface::Object as UniffiObject;

use super::build::Builder;
use super::{names, Callable, Docs, TsType};

#[derive(Debug, Clone)]
pub struct Object {
    pub ts_name: String,
    pub rust_name: String,
    pub converter: String,
    pub docs: Docs,
    pub clone_symbol: String,
    pub free_symbol: String,
    /// `new X(...)`: the primary constructor when it is sync.
    pub primary_constructor: Option<Callable>,
    /// Named constructors (and an async primary one), as static factories.
    pub constructors: Vec<Callable>,
    pub methods: Vec<Callable>,
    /// Used as an error: the class extends Error.
    pub is_error: bool,
    /// For a Rust-only trait (`#[uniffi::export] trait Shape`): the interface of its methods,
    /// `ShapeInterface`, which the class and every object implementing the trait implement.
    pub trait_interface: Option<String>,
    /// The interfaces the class implements: its trait's, and those of the traits the object
    /// implements (`#[uniffi::export] impl Shape for Tile`: `ShapeInterface`).
    pub implements: Vec<String>,
}

impl Object {
    /// `a Counter`, `an ObjectError`: for generated prose.
    pub fn ts_name_with_article(&self) -> String {
        names::with_article(&self.ts_name)
    }
}

impl Builder<'_> {
    pub(super) fn object(&mut self, o: &UniffiObject) -> Result<Object> {
        // A trait TypeScript implements too: `FfiConverterType<Name>` is the converter of the
        // interface (either side's objects); the class of Rust implementations has its own.
        let (converter, mut implements) = if o.has_callback_interface() {
            (names::foreign_trait_object_converter_name(o.name()), vec![names::trait_interface_name(o.name())])
        } else {
            (names::type_converter_name(o.name()), Vec::new())
        };
        // A Rust-only trait: the class implements the interface of its methods, which objects
        // implementing the trait implement too.
        let trait_interface =
            (o.is_trait_interface() && !o.has_callback_interface()).then(|| names::trait_interface_name(o.name()));
        implements.extend(trait_interface.clone());
        let is_error = self.ci.is_name_used_as_error(o.name());
        // An async primary constructor is the static `create`.
        let create_taken = o.constructors().iter().any(|c| c.is_primary_constructor() && c.is_async());
        let mut primary_constructor = None;
        let mut constructors = Vec::new();
        for c in o.constructors() {
            let key = names::ffi_member_key(o.name(), c.name());
            let is_primary = c.is_primary_constructor() && !c.is_async();
            let ts_name = if c.is_primary_constructor() {
                "create".to_string()
            } else {
                names::static_name(c.name(), is_error, create_taken)
            };
            let rust_name = format!("{}.{}", o.name(), c.name());
            let mut callable = self.callable(c, &rust_name, ts_name, key, None)?;
            if is_primary {
                // `new X()` attaches the raw handle to `this`.
                callable.returns = Some(TsType { annotation: "bigint".into(), converter: "FfiConverterHandle".into() });
                primary_constructor = Some(callable);
            } else {
                constructors.push(callable);
            }
        }
        let mut methods = Vec::new();
        // An error class renames methods named like members of Error (`message_()`); it then
        // cannot declare the trait interfaces, whose methods keep those names.
        let mut renamed_for_error = false;
        for m in o.methods() {
            let mut method = self.method(o.name(), m, &converter)?;
            method.object_method = true;
            if is_error {
                method.ts_name = names::error_method_name(m.name());
                renamed_for_error |= method.ts_name != names::method_name(m.name());
            }
            methods.push(method);
        }
        for mut method in self.trait_methods(o.name(), &o.uniffi_trait_methods(), &converter, true)? {
            method.object_method = true;
            methods.push(method);
        }
        // `#[uniffi::export] impl Trait for Object`: as in the reference bindings, the class
        // implements the trait's interface (its methods are the object's own).
        for t in o.trait_impls() {
            let interface =
                self.mapper.trait_interface(&t.trait_ty).with_context(|| format!("in object {}", o.name()))?;
            if !renamed_for_error && !implements.contains(&interface) {
                implements.push(interface);
            }
        }
        Ok(Object {
            ts_name: names::type_name(o.name()),
            rust_name: o.name().to_string(),
            converter,
            docs: Docs::new(o.docstring()),
            clone_symbol: o.ffi_object_clone().name().to_string(),
            free_symbol: o.ffi_object_free().name().to_string(),
            primary_constructor,
            constructors,
            methods,
            is_error,
            trait_interface,
            implements,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::model::test_support::{package, UDL};

    #[test]
    fn objects_have_a_primary_constructor_factories_and_methods() {
        let p = package(UDL);
        let counter = &p.objects[0];
        let primary = counter.primary_constructor.as_ref().unwrap();
        assert_eq!(primary.signature(), "start: number");
        assert_eq!(primary.returns.as_ref().unwrap().converter, "FfiConverterHandle");
        assert_eq!(counter.constructors[0].ts_name, "withStep");
        assert_eq!(counter.constructors[0].return_annotation(), "Counter");
        let fetch = counter.methods.iter().find(|m| m.ts_name == "fetch").unwrap();
        assert_eq!(fetch.receiver.as_deref(), Some("FfiConverterTypeCounter"));
        assert_eq!(fetch.arguments("this"), "[this, other], options");
        assert_eq!(fetch.parameter_table(), "[['self', FfiConverterTypeCounter], ['other', FfiConverterTypeCounter]]");
        assert_eq!(fetch.ffi.key, "Counter_fetch");
        assert_eq!(fetch.ffi.args, ["handle", "handle"]);
        assert!(counter.clone_symbol.starts_with("uniffi_demo_fn_clone_counter"));
    }

    #[test]
    fn a_rust_only_trait_has_an_interface_of_its_methods() {
        let p = package(
            r#"
            namespace demo { Shape make(); };
            [Trait] interface Shape { f64 area(); string name(); };
            "#,
        );
        let shape = &p.objects[0];
        assert_eq!(shape.trait_interface.as_deref(), Some("ShapeInterface"));
        assert_eq!(shape.implements_clause(), " implements ShapeInterface");
    }
}
