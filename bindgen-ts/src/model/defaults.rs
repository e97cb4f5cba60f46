//! Default values (`#[uniffi(default = ...)]`, `#[uniffi(default)]`) as TypeScript expressions.

use anyhow::{bail, Result};
use uniffi_bindgen::interface::{DefaultValue, Type};
use uniffi_meta::LiteralMetadata;

use super::names;
use super::print::js_string;
use super::types::TypeMapper;

impl TypeMapper<'_> {
    /// A default value as a TypeScript expression of type `ty`.
    pub fn default_value(&mut self, default: &DefaultValue, ty: &Type) -> Result<String> {
        if let Type::Custom { name, builtin, .. } = &self.resolved(ty) {
            // The literal is of the builtin type; the custom type's lift turns it into its own.
            let inner = self.default_value(default, builtin)?;
            return Ok(format!("{}.fromBuiltin({inner})", names::type_converter_name(name)));
        }
        match default {
            DefaultValue::Default => self.implicit_default(ty),
            DefaultValue::Literal(literal) => self.literal(literal, ty),
        }
    }

    fn implicit_default(&mut self, ty: &Type) -> Result<String> {
        Ok(match &self.resolved(ty) {
            Type::Boolean => "false".into(),
            Type::Int8 | Type::UInt8 | Type::Int16 | Type::UInt16 | Type::Int32 | Type::UInt32 => {
                "0".into()
            }
            Type::Int64 | Type::UInt64 => "0n".into(),
            Type::Float32 | Type::Float64 => "0".into(),
            Type::String => "''".into(),
            Type::Bytes => "new Uint8Array(0)".into(),
            Type::Optional { .. } => "undefined".into(),
            Type::Sequence { .. } => "[]".into(),
            Type::Map { .. } => "new Map()".into(),
            Type::Set { .. } => "new Set()".into(),
            Type::Box { inner_type } => self.implicit_default(inner_type)?,
            // The reference bindings call the object's no-argument primary constructor.
            Type::Object { name, module_path, imp } if !imp.has_callback_interface() => {
                match self.named.object_default(module_path, name) {
                    Ok(expression) => {
                        self.import_value(module_path, &names::type_name(name));
                        expression
                    }
                    Err(why) => bail!("no TypeScript value for Default::default() of object {name}: {why}"),
                }
            }
            // The record's factory (of its own package, for another crate's record): every field
            // with its own default.
            Type::Record { name, module_path } if self.named.record_fully_defaulted(module_path, name) => {
                self.import_value(module_path, &names::type_name(name));
                format!("{}.create()", names::type_name(name))
            }
            other => bail!(
                "no TypeScript value for Default::default() of {other:?}: give the field or argument an explicit default, \
                 or give every field of that record a default"
            ),
        })
    }

    fn literal(&mut self, literal: &LiteralMetadata, ty: &Type) -> Result<String> {
        Ok(match literal {
            LiteralMetadata::Boolean(b) => b.to_string(),
            LiteralMetadata::String(s) => js_string(s),
            LiteralMetadata::UInt(v, _, t) => integer_literal(&v.to_string(), t),
            LiteralMetadata::Int(v, _, t) => integer_literal(&v.to_string(), t),
            LiteralMetadata::Float(text, _) => text.clone(),
            LiteralMetadata::Enum(variant, t) => match &self.resolved(t) {
                Type::Enum { name, module_path } => {
                    let variant = self.named.variant_name(module_path, name, variant);
                    self.import_value(module_path, &names::type_name(name));
                    let call = if self.named.is_flat_enum(module_path, name) { "" } else { "()" };
                    format!("{}.{}{call}", names::type_name(name), names::variant_name(&variant))
                }
                other => bail!("enum literal of non-enum type {other:?}"),
            },
            LiteralMetadata::EmptySequence => "[]".into(),
            LiteralMetadata::EmptyMap => "new Map()".into(),
            LiteralMetadata::EmptySet => "new Set()".into(),
            LiteralMetadata::None => "undefined".into(),
            LiteralMetadata::Some { inner } => {
                let inner_type = match ty {
                    Type::Optional { inner_type } => inner_type.as_ref(),
                    other => other,
                };
                self.default_value(inner, inner_type)?
            }
        })
    }
}

fn integer_literal(digits: &str, ty: &Type) -> String {
    match ty {
        Type::Int64 | Type::UInt64 => format!("{digits}n"),
        _ => digits.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::types::{NamedTypes, NoNamedTypes};
    use uniffi_meta::Radix;

    fn boxed(ty: Type) -> Box<Type> {
        Box::new(ty)
    }

    #[test]
    fn default_values_are_typescript_expressions() {
        let mut mapper = TypeMapper::new(&NoNamedTypes);
        let lit = |l| DefaultValue::Literal(l);
        assert_eq!(
            mapper.default_value(&lit(LiteralMetadata::Int(-3, Radix::Decimal, Type::Int64)), &Type::Int64).unwrap(),
            "-3n"
        );
        assert_eq!(
            mapper
                .default_value(&lit(LiteralMetadata::UInt(7, Radix::Hexadecimal, Type::UInt8)), &Type::UInt8)
                .unwrap(),
            "7"
        );
        assert_eq!(
            mapper.default_value(&lit(LiteralMetadata::String("it's\n".into())), &Type::String).unwrap(),
            "'it\\'s\\n'"
        );
        assert_eq!(mapper.default_value(&lit(LiteralMetadata::EmptyMap), &Type::String).unwrap(), "new Map()");
        let mood = Type::Enum { module_path: "m".into(), name: "Mood".into() };
        assert_eq!(
            mapper.default_value(&lit(LiteralMetadata::Enum("Happy".into(), mood.clone())), &mood).unwrap(),
            "Mood.Happy"
        );
        assert_eq!(mapper.default_value(&DefaultValue::Default, &Type::UInt64).unwrap(), "0n");
        let optional = Type::Optional { inner_type: boxed(Type::UInt32) };
        let some =
            lit(LiteralMetadata::Some { inner: Box::new(lit(LiteralMetadata::UInt(5, Radix::Decimal, Type::UInt32))) });
        assert_eq!(mapper.default_value(&some, &optional).unwrap(), "5");
        assert!(mapper.default_value(&DefaultValue::Default, &mood).is_err());
    }

    struct WithObjects;

    impl NamedTypes for WithObjects {
        fn is_flat_enum(&self, _module_path: &str, _name: &str) -> bool {
            true
        }
        fn custom_type_name(&self, name: &str) -> String {
            names::type_name(name)
        }
        fn external_package(&self, _module_path: &str) -> Option<String> {
            None
        }
        fn record_fully_defaulted(&self, _module_path: &str, name: &str) -> bool {
            name == "Holder"
        }
        fn object_default(&self, _module_path: &str, name: &str) -> std::result::Result<String, String> {
            match name {
                "Thing" => Ok("new Thing()".into()),
                _ => Err("its primary constructor is async".into()),
            }
        }
    }

    #[test]
    fn a_defaulted_object_calls_its_primary_constructor() {
        let mut mapper = TypeMapper::new(&WithObjects);
        let object = |name: &str| Type::Object {
            module_path: "m".into(),
            name: name.into(),
            imp: uniffi_meta::ObjectImpl::Struct,
        };
        assert_eq!(mapper.default_value(&DefaultValue::Default, &object("Thing")).unwrap(), "new Thing()");
        let error = mapper.default_value(&DefaultValue::Default, &object("Loaded")).unwrap_err().to_string();
        assert!(error.contains("object Loaded: its primary constructor is async"), "{error}");
        // The cascade: a record whose fields all default (an object among them) is a default too.
        let holder = Type::Record { module_path: "m".into(), name: "Holder".into() };
        assert_eq!(mapper.default_value(&DefaultValue::Default, &holder).unwrap(), "Holder.create()");
    }
}
