//! Callback interfaces and traits implemented in TypeScript: the interface users implement, and
//! the vtable description the runtime registers (`CallbackInterfaceConverter`,
//! `ForeignTraitConverter` in `runtime/src/callbacks.ts`).

use super::{Docs, Param, TsType};

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

impl CallbackMethod {
    /// `name(a: A, b: B): R` as declared in the interface.
    pub fn declaration(&self) -> String {
        let mut params: Vec<String> = self.params.iter().map(|p| format!("{}: {}", p.ts_name, p.ty.annotation)).collect();
        if self.is_async {
            params.push("options: ForeignCallOptions".into());
        }
        let value = self.returns.as_ref().map_or("void", |t| t.annotation.as_str());
        let returns = if self.is_async { format!("Promise<{value}>") } else { value.to_string() };
        format!("{}({}): {}", self.ts_name, params.join(", "), returns)
    }

    /// The method's entry in the runtime's method table.
    pub fn table_entry(&self) -> String {
        let params: Vec<String> = self
            .params
            .iter()
            .map(|p| format!("[{}, {}]", super::types::js_string(&p.label), p.ty.converter))
            .collect();
        let mut fields = vec![
            format!("name: {}", super::types::js_string(&self.ts_name)),
            format!("rustName: {}", super::types::js_string(&self.rust_name)),
            format!("params: [{}]", params.join(", ")),
        ];
        if let Some(returns) = &self.returns {
            fields.push(format!("returns: {}", returns.converter));
        }
        if let Some(throws) = &self.throws {
            fields.push(format!("errors: {throws}"));
        }
        fields.push(format!("isAsync: {}", self.is_async));
        format!("{{ {} }}", fields.join(", "))
    }
}
