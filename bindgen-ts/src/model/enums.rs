//! Enums (flat and tagged) and error enums: their variants, discriminants and methods.

use anyhow::{bail, Result};
use uniffi_bindgen::interface::{Enum, Type};

use super::build::Builder;
use super::{names, Callable, Docs, Field};

#[derive(Debug, Clone)]
pub struct Variant {
    /// The tag: the variant's name.
    pub ts_name: String,
    pub rust_name: String,
    /// For an error variant, its class in the error's namespace (`Variant` → `Variant_`).
    pub class_name: String,
    pub docs: Docs,
    /// Named fields, or positional ones when `is_tuple`.
    pub fields: Vec<Field>,
    pub is_tuple: bool,
}

impl Variant {
    /// Whether any field has a doc (the union member is then printed over several lines).
    pub fn has_field_docs(&self) -> bool {
        self.fields.iter().any(|f| f.docs != Docs::default())
    }

    /// Whether every field may be omitted (the constructor's argument is then optional).
    pub fn all_fields_defaulted(&self) -> bool {
        self.fields.iter().all(|f| f.default.is_some())
    }
}

/// An enum: flat (a string union) or tagged (a discriminated union on `tag`).
#[derive(Debug, Clone)]
pub struct Enumeration {
    pub ts_name: String,
    pub rust_name: String,
    pub converter: String,
    pub docs: Docs,
    pub variants: Vec<Variant>,
    pub methods: Vec<Callable>,
    /// For a flat enum: each variant's Rust discriminant as a TypeScript literal (`200`, `4294967298n`).
    pub discriminants: Vec<String>,
    /// `number` or `bigint` (see [`discriminant_literals`]).
    pub discriminant_type: &'static str,
}

/// The discriminants of a flat enum as TypeScript literals, and their type: `bigint` when the
/// `repr` is 64 bits wide, or when there is no `repr` and a value is beyond
/// `Number.MAX_SAFE_INTEGER`; `number` otherwise (every value of a narrower repr is exact).
pub fn discriminant_literals(e: &Enum) -> Result<(Vec<String>, &'static str)> {
    const MAX_SAFE: i128 = (1 << 53) - 1;
    let values = (0..e.variants().len())
        .map(|i| match e.variant_discr(i)? {
            uniffi_meta::LiteralMetadata::UInt(v, ..) => Ok(i128::from(v)),
            uniffi_meta::LiteralMetadata::Int(v, ..) => Ok(i128::from(v)),
            other => bail!("discriminant {other:?} of {}", e.name()),
        })
        .collect::<Result<Vec<i128>>>()?;
    let bigint = match e.variant_discr_type() {
        Some(Type::Int64 | Type::UInt64) => true,
        Some(_) => false,
        None => values.iter().any(|v| v.abs() > MAX_SAFE),
    };
    let literals = values.iter().map(|v| if bigint { format!("{v}n") } else { v.to_string() }).collect();
    Ok((literals, if bigint { "bigint" } else { "number" }))
}

#[derive(Debug, Clone)]
pub struct ErrorType {
    pub ts_name: String,
    pub rust_name: String,
    pub converter: String,
    pub docs: Docs,
    /// Flat errors carry only Rust's `Display` message.
    pub is_flat: bool,
    pub variants: Vec<Variant>,
    /// Methods and trait methods, as instance methods of the error class.
    pub methods: Vec<Callable>,
}

impl Builder<'_> {
    /// The variants of an enum, or of an error enum (`error`: its TypeScript name and the names
    /// of its class's methods, which its variants' fields must not take).
    pub(super) fn variants(&mut self, e: &Enum, error: Option<(&str, &[Callable])>) -> Result<Vec<Variant>> {
        let method_names: Vec<&str> =
            error.map_or(&[][..], |(_, methods)| methods).iter().map(|m| m.ts_name.as_str()).collect();
        e.variants()
            .iter()
            .map(|v| {
                Ok(Variant {
                    ts_name: names::variant_name(v.name()),
                    rust_name: v.name().to_string(),
                    class_name: match error {
                        Some((error_name, _)) => names::error_variant_class_name(v.name(), error_name),
                        None => names::variant_name(v.name()),
                    },
                    docs: Docs::new(v.docstring()),
                    fields: v
                        .fields()
                        .iter()
                        .map(|f| {
                            let name = if error.is_some() {
                                names::error_field_name(f.name(), &method_names)
                            } else {
                                names::variant_field_name(f.name())
                            };
                            self.field_named(f, name)
                        })
                        .collect::<Result<_>>()?,
                    is_tuple: v.has_nameless_fields(),
                })
            })
            .collect()
    }

    pub(super) fn enumeration(&mut self, e: &Enum) -> Result<Enumeration> {
        let converter = names::type_converter_name(e.name());
        let variants = self.variants(e, None)?;
        if !e.constructors().is_empty() {
            bail!("constructors on enums are not supported yet");
        }
        let mut methods = Vec::new();
        for m in e.methods() {
            let mut method = self.method(e.name(), m, &converter)?;
            method.ts_name = names::value_method_name(&self.member_name(e.name(), m.name()));
            methods.push(method);
        }
        methods.extend(self.trait_methods(e.name(), &e.uniffi_trait_methods(), &converter, false)?);
        let (discriminants, discriminant_type) =
            if e.is_flat() { discriminant_literals(e)? } else { (Vec::new(), "number") };
        Ok(Enumeration {
            ts_name: names::type_name(e.name()),
            rust_name: e.name().to_string(),
            converter,
            docs: Docs::new(e.docstring()),
            variants,
            methods,
            discriminants,
            discriminant_type,
        })
    }

    pub(super) fn error_type(&mut self, e: &Enum) -> Result<ErrorType> {
        if !e.constructors().is_empty() {
            bail!("constructors on error enums are not supported yet");
        }
        let converter = names::type_converter_name(e.name());
        let mut methods = Vec::new();
        for m in e.methods() {
            let mut method = self.method(e.name(), m, &converter)?;
            method.ts_name = names::error_method_name(&self.member_name(e.name(), m.name()));
            methods.push(method);
        }
        methods.extend(self.trait_methods(e.name(), &e.uniffi_trait_methods(), &converter, true)?);
        let ts_name = names::type_name(e.name());
        let variants = self.variants(e, Some((&ts_name, &methods)))?;
        Ok(ErrorType {
            ts_name,
            rust_name: e.name().to_string(),
            converter: names::type_converter_name(e.name()),
            docs: Docs::new(e.docstring()),
            // A flat error crosses as index + message: its variants' fields never cross.
            is_flat: e.is_flat(),
            variants,
            methods,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::{package, UDL};

    fn flat_enum(discr_type: Option<Type>, discrs: &[Option<uniffi_meta::LiteralMetadata>]) -> Enum {
        let variants = discrs
            .iter()
            .enumerate()
            .map(|(i, discr)| uniffi_meta::VariantMetadata {
                name: format!("V{i}"),
                orig_name: None,
                discr: discr.clone(),
                fields: vec![],
                docstring: None,
            })
            .collect();
        Enum::try_from(uniffi_meta::EnumMetadata {
            module_path: "demo".into(),
            name: "E".into(),
            orig_name: None,
            shape: uniffi_meta::EnumShape::Enum,
            remote: false,
            variants,
            discr_type,
            non_exhaustive: false,
            docstring: None,
        })
        .unwrap()
    }

    #[test]
    fn discriminants_are_exact_and_bigint_where_the_repr_needs_it() {
        use uniffi_meta::{LiteralMetadata, Radix};
        let uint = |v: u64| Some(LiteralMetadata::UInt(v, Radix::Decimal, Type::UInt64));
        let int = |v: i64| Some(LiteralMetadata::Int(v, Radix::Decimal, Type::Int64));
        // #[repr(u64)]: bigint, even for small values.
        let e = flat_enum(Some(Type::UInt64), &[uint(4294967298), None, uint(u64::MAX)]);
        assert_eq!(
            discriminant_literals(&e).unwrap(),
            (vec!["4294967298n".into(), "4294967299n".into(), "18446744073709551615n".into()], "bigint")
        );
        let e = flat_enum(Some(Type::Int64), &[int(i64::MIN), uint(0)]);
        assert_eq!(discriminant_literals(&e).unwrap().0, ["-9223372036854775808n", "0n"]);
        // #[repr(i8)], negative values then implicit ones.
        let e = flat_enum(Some(Type::Int8), &[int(-128), int(-3), None, uint(127)]);
        assert_eq!(
            discriminant_literals(&e).unwrap(),
            (vec!["-128".into(), "-3".into(), "-2".into(), "127".into()], "number")
        );
        // No repr: number, unless a value is beyond 2^53 - 1.
        let e = flat_enum(None, &[None, uint(4), None]);
        assert_eq!(discriminant_literals(&e).unwrap(), (vec!["0".into(), "4".into(), "5".into()], "number"));
        let e = flat_enum(None, &[uint(1 << 53)]);
        assert_eq!(discriminant_literals(&e).unwrap(), (vec!["9007199254740992n".into()], "bigint"));
    }

    #[test]
    fn flat_enums_have_a_discriminant_table() {
        let p = package(UDL);
        let mood = &p.flat_enums[0];
        assert_eq!(mood.discriminant_type, "number");
        assert_eq!(mood.discriminant_table(), "{ Happy: 0, Calm: 1 }");
    }

    #[test]
    fn error_variant_fields_and_classes_avoid_the_error_class_members() {
        let p = package(
            r#"
            namespace demo { [Throws=ParseError] void parse(); };
            [Error] interface ParseError { ParseError(u32 code, string message); Variant(); };
            "#,
        );
        let error = &p.errors[0];
        assert_eq!(error.variants[0].class_name, "ParseError_");
        assert_eq!(error.variants[0].ts_name, "ParseError");
        assert_eq!(error.variants[0].fields[1].ts_name, "message_");
        assert_eq!(error.variants[1].class_name, "Variant_");
    }
}
