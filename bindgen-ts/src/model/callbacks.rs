//! Callback interfaces and traits implemented in TypeScript: the interface users implement, and
//! the vtable description the runtime registers (`CallbackInterfaceConverter`,
//! `ForeignTraitConverter` in `runtime/src/callbacks.ts`).

use anyhow::{bail, Context, Result};
use uniffi_bindgen::interface::{AsType, Method, Type};

use super::build::Builder;
use super::{names, Docs, Param, TsType};

/// An interface Rust calls: a `callback_interface`, or a trait with foreign implementations.
#[derive(Debug, Clone)]
pub struct CallbackInterface {
    /// The TypeScript interface: `Logger`, or `StoreInterface` for a trait Rust implements too.
    pub ts_name: String,
    /// The Rust name, for messages.
    pub rust_name: String,
    pub converter: String,
    pub docs: Docs,
    /// `uniffi_<crate>_fn_init_callback_vtable_<trait>`.
    pub init_symbol: String,
    pub methods: Vec<CallbackMethod>,
    /// For a trait Rust implements too: the converter of the class of its Rust implementations.
    pub rust_object_converter: Option<String>,
}

impl CallbackInterface {
    /// The runtime class of the converter.
    pub fn converter_class(&self) -> &'static str {
        if self.rust_object_converter.is_some() {
            "ForeignTraitConverter"
        } else {
            "CallbackInterfaceConverter"
        }
    }

    /// For a trait Rust implements too, the class of its Rust implementations (`Store`): the
    /// interface then declares that class's `destroy` and `[Symbol.dispose]` as optional members,
    /// so that a value typed as the interface (a factory's result) can be freed without a cast.
    /// None when a method of the trait takes the name `destroy`.
    pub fn rust_class(&self) -> Option<String> {
        let takes_destroy = self.methods.iter().any(|m| m.ts_name == "destroy");
        (self.rust_object_converter.is_some() && !takes_destroy).then(|| super::names::type_name(&self.rust_name))
    }

    /// Whether any method is async (the interface then mentions `ForeignCallOptions`).
    pub fn has_async_method(&self) -> bool {
        self.methods.iter().any(|m| m.is_async)
    }
}

/// One method of such an interface.
#[derive(Debug, Clone)]
pub struct CallbackMethod {
    pub ts_name: String,
    pub rust_name: String,
    pub docs: Docs,
    pub params: Vec<Param>,
    pub returns: Option<TsType>,
    /// The converter of the declared error type, which lowers what the method throws.
    pub throws: Option<String>,
    pub is_async: bool,
}

impl Builder<'_> {
    /// An interface Rust calls, with its methods in vtable order.
    pub(super) fn callback_interface(
        &mut self,
        rust_name: &str,
        ts_name: String,
        docs: Option<&str>,
        methods: &[&Method],
        init_symbol: &str,
        rust_object_converter: Option<String>,
    ) -> Result<CallbackInterface> {
        let mut out = Vec::new();
        for m in methods {
            let method_name = format!("{rust_name}.{}", m.name());
            let mut params = Vec::new();
            for a in m.arguments() {
                params.push(Param {
                    ts_name: names::param_name(a.name()),
                    label: a.name().to_string(),
                    ty: self.mapper.map(&a.as_type()).with_context(|| format!("in {method_name}"))?,
                    default: None,
                });
            }
            let returns = m.return_type().map(|t| self.mapper.map(t)).transpose()?;
            let throws = match m.throws_type() {
                Some(ty @ Type::Enum { .. }) => Some(self.mapper.map(ty)?.converter),
                Some(other) => bail!(
                    "{method_name}: error type {other:?} cannot be thrown from TypeScript yet (use an error enum)"
                ),
                None => None,
            };
            out.push(CallbackMethod {
                ts_name: names::method_name(&self.member_name(rust_name, m.name())),
                rust_name: method_name,
                docs: Docs::new(m.docstring()),
                params,
                returns,
                throws,
                is_async: m.is_async(),
            });
        }
        Ok(CallbackInterface {
            ts_name,
            rust_name: rust_name.to_string(),
            converter: names::type_converter_name(rust_name),
            docs: Docs::new(docs),
            init_symbol: init_symbol.to_string(),
            methods: out,
            rust_object_converter,
        })
    }
}
