//! Records: their fields (with Rust defaults) and methods.

use anyhow::{bail, Result};
use uniffi_bindgen::interface::{AsType, Field as UniffiField};

use super::build::Builder;
use super::{names, Callable, Docs, TsType};

#[derive(Debug, Clone)]
pub struct Field {
    pub ts_name: String,
    pub rust_name: String,
    pub docs: Docs,
    pub ty: TsType,
    /// The Rust default, as a TypeScript expression: the field may then be omitted.
    pub default: Option<String>,
}

impl Field {
    /// Whether `null` selects `None` (an `Option` whose default is `Some(..)`: `undefined`
    /// selects the default).
    pub fn takes_null(&self) -> bool {
        self.default.as_deref().is_some_and(|d| d != "undefined") && self.ty.annotation.ends_with(" | undefined")
    }
}

#[derive(Debug, Clone)]
pub struct Record {
    pub ts_name: String,
    pub rust_name: String,
    pub converter: String,
    pub docs: Docs,
    pub fields: Vec<Field>,
    /// Methods and trait methods, as functions taking the record first.
    pub methods: Vec<Callable>,
}

impl Record {
    pub fn has_defaults(&self) -> bool {
        self.fields.iter().any(|f| f.default.is_some())
    }

    /// Whether every field has a default (the factory's argument is then optional).
    pub fn all_fields_defaulted(&self) -> bool {
        self.fields.iter().all(|f| f.default.is_some())
    }
}

impl Builder<'_> {
    pub(super) fn field(&mut self, f: &UniffiField) -> Result<Field> {
        self.field_named(f, names::field_name(f.name()))
    }

    pub(super) fn field_named(&mut self, f: &UniffiField, ts_name: String) -> Result<Field> {
        let ty = f.as_type();
        let default = f.default_value().map(|d| self.mapper.default_value(d, &ty)).transpose()?;
        Ok(Field {
            ts_name,
            rust_name: f.name().to_string(),
            docs: Docs::new(f.docstring()),
            ty: self.mapper.map(&ty)?,
            default,
        })
    }

    pub(super) fn record(&mut self, r: &uniffi_bindgen::interface::Record) -> Result<Record> {
        let fields = r.fields().iter().map(|f| self.field(f)).collect::<Result<Vec<_>>>()?;
        let converter = names::type_converter_name(r.name());
        let mut methods = Vec::new();
        if !r.constructors().is_empty() {
            bail!("constructors on records are not supported yet");
        }
        for m in r.methods() {
            let mut method = self.method(r.name(), m, &converter)?;
            method.ts_name = names::value_method_name(&self.member_name(r.name(), m.name()));
            methods.push(method);
        }
        methods.extend(self.trait_methods(r.name(), &r.uniffi_trait_methods(), &converter, false)?);
        Ok(Record {
            ts_name: names::type_name(r.name()),
            rust_name: r.name().to_string(),
            converter,
            docs: Docs::new(r.docstring()),
            fields,
            methods,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::model::test_support::package;

    #[test]
    fn records_with_defaults_have_a_factory() {
        let p = package(
            r#"
            namespace demo {};
            dictionary Margins { u32 top = 1; };
            dictionary Settings { string host; u16 port = 8080; u32? retries = 3; u32? limit = null; Margins margins; };
            "#,
        );
        let settings = p.records.iter().find(|r| r.ts_name == "Settings").unwrap();
        assert!(!settings.all_fields_defaulted());
        assert_eq!(
            settings.factory_fields_type(),
            "{ host: string; port?: number; retries?: number | undefined | null; limit?: number | undefined; margins: Margins }"
        );
        assert_eq!(
            settings.factory_return_type(),
            "Settings & { port: number; retries: number | undefined | null; limit: number | undefined }"
        );
        assert_eq!(
            settings.factory_entries(),
            [
                "host: fields.host",
                "port: fields.port === undefined ? 8080 : fields.port",
                "retries: fields.retries === undefined ? 3 : fields.retries",
                "limit: fields.limit",
                "margins: fields.margins",
            ]
        );
        let margins = p.records.iter().find(|r| r.ts_name == "Margins").unwrap();
        assert!(margins.all_fields_defaulted());
        assert_eq!(margins.factory_signature(), "fields: { top?: number } = {}): Margins & { top: number }");
    }
}
