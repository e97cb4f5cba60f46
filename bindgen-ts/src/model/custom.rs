//! Custom types (`uniffi::custom_type!`): an alias of their builtin type, or the TypeScript type
//! `[bindings.typescript.custom_types.<Name>]` configures, with its conversions.

use std::collections::BTreeSet;

use anyhow::{bail, Result};
use uniffi_bindgen::interface::Type;

use super::build::Builder;
use super::{names, Docs, TsType};
use crate::config::Config;

#[derive(Debug, Clone)]
pub struct CustomType {
    pub ts_name: String,
    pub rust_name: String,
    pub converter: String,
    pub docs: Docs,
    pub builtin: TsType,
    /// The TypeScript type: the builtin's by default, or the configured one.
    pub annotation: String,
    /// `lift` and `lower` bodies with `value` in place of `{}`, when configured.
    pub conversion: Option<(String, String)>,
    /// Thrown as an error (a custom type over an error enum or an object).
    pub is_error: bool,
}

impl Builder<'_> {
    /// The crate's custom types, sorted by name, and the import lines their config asks for.
    pub(super) fn custom_types(&mut self, config: &Config) -> Result<(Vec<CustomType>, Vec<String>)> {
        let mut custom_types = Vec::new();
        let mut imports = BTreeSet::new();
        for ty in self.ci.iter_local_types() {
            let Type::Custom { name, builtin, .. } = ty else { continue };
            let settings = config.custom_types.get(name.as_str());
            imports.extend(settings.iter().flat_map(|s| s.imports.iter().cloned()));
            let builtin = self.mapper.map(builtin)?;
            let conversion = match settings.map(|s| (&s.lift, &s.lower)) {
                Some((Some(lift), Some(lower))) => Some((lift.replace("{}", "value"), lower.replace("{}", "value"))),
                Some((None, None)) | None => None,
                _ => bail!("custom type {name}: set both `lift` and `lower`, or neither"),
            };
            let annotation = settings.and_then(|s| s.type_name.clone()).unwrap_or_else(|| builtin.annotation.clone());
            if conversion.is_none() && annotation != builtin.annotation {
                bail!("custom type {name}: a `type_name` other than the builtin's needs `lift` and `lower`");
            }
            custom_types.push(CustomType {
                ts_name: names::type_name(name),
                rust_name: name.to_string(),
                converter: names::type_converter_name(name),
                docs: Docs::new(self.ci.get_custom_type_definition(name).and_then(|c| c.docstring())),
                builtin,
                annotation,
                conversion,
                is_error: self.ci.is_name_used_as_error(name),
            });
        }
        custom_types.sort_by(|a, b| a.ts_name.cmp(&b.ts_name));
        Ok((custom_types, imports.into_iter().collect()))
    }
}

#[cfg(test)]
mod tests {
    use crate::model::test_support::package;
    use crate::model::*;

    #[test]
    fn a_custom_type_over_an_error_enum_is_thrown_through_its_own_lifter() {
        let p = package(
            r#"
            namespace demo { [Throws=CustomError] void oops(u16 i); [Throws=TupleError] void plain(); };
            [Error] interface TupleError { Oops(string text); Value(u16 value); };
            [Custom] typedef TupleError CustomError;
            "#,
        );
        let oops = p.functions.iter().find(|f| f.ts_name == "oops").unwrap();
        assert_eq!(oops.throws.as_deref(), Some("FfiErrorLifterTypeCustomError"));
        let plain = p.functions.iter().find(|f| f.ts_name == "plain").unwrap();
        assert_eq!(plain.throws.as_deref(), Some("FfiConverterTypeTupleError"));
        assert_eq!(
            p.error_lifters,
            [ErrorLifter {
                name: "FfiErrorLifterTypeCustomError".into(),
                converter: "FfiConverterTypeCustomError".into(),
                is_local: true
            }]
        );
        assert!(p.custom_types[0].is_error);
    }
}
