//! Type mapping: each UniFFI type's TypeScript type and converter, and each FFI type's kind.

use anyhow::{bail, Result};
use uniffi_bindgen::interface::{ffi::FfiType, Type};

use super::names;

/// A type as generated code uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TsType {
    /// The TypeScript type annotation, e.g. `Map<string, bigint>`.
    pub annotation: String,
    /// The expression naming its converter, e.g. `FfiConverterMapStringI64`.
    pub converter: String,
}

/// A converter the generated module must define as a constant, because its type is compound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompoundConverter {
    pub name: String,
    /// The TypeScript expression that builds it, e.g. `new OptionalConverter(FfiConverterString)`.
    pub expression: String,
}

/// A converter constant the generated module defines: compound types, and named types (whose
/// definitions the model keeps by name). Listed in dependency order, so that no constant is
/// used before it is defined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConverterDefinition {
    Compound(CompoundConverter),
    /// The converter of the record, enum or error with this Rust name.
    Named(String),
}

/// What the mapper needs to know about the named types of an interface.
pub trait NamedTypes {
    /// Whether the enum called `name` is flat (no variant has fields).
    fn is_flat_enum(&self, name: &str) -> bool;
    /// The types a named type's converter uses (record fields, variant fields).
    fn dependencies(&self, name: &str) -> Vec<Type>;
}

/// For tests and for interfaces without named types: every enum is flat, nothing has fields.
#[derive(Debug, Default)]
pub struct NoNamedTypes;

impl NamedTypes for NoNamedTypes {
    fn is_flat_enum(&self, _name: &str) -> bool {
        true
    }
    fn dependencies(&self, _name: &str) -> Vec<Type> {
        Vec::new()
    }
}

/// Maps types, collecting the converters they need in dependency order.
pub struct TypeMapper<'a> {
    named: &'a dyn NamedTypes,
    definitions: Vec<ConverterDefinition>,
    visiting: Vec<String>,
}

impl<'a> TypeMapper<'a> {
    pub fn new(named: &'a dyn NamedTypes) -> Self {
        Self { named, definitions: Vec::new(), visiting: Vec::new() }
    }

    /// The converters needed so far, each after the ones it uses.
    pub fn into_definitions(self) -> Vec<ConverterDefinition> {
        self.definitions
    }

    fn primitive(annotation: &str, converter: &str) -> TsType {
        TsType { annotation: annotation.into(), converter: converter.into() }
    }

    fn compound(&mut self, name: String, expression: String) -> String {
        let definition = ConverterDefinition::Compound(CompoundConverter { name: name.clone(), expression });
        if !self.definitions.contains(&definition) {
            self.definitions.push(definition);
        }
        name
    }

    /// Defines the converter of a named type after the converters it depends on.
    pub fn define_named(&mut self, name: &str) -> Result<()> {
        let definition = ConverterDefinition::Named(name.to_string());
        if self.definitions.contains(&definition) || self.visiting.iter().any(|v| v == name) {
            return Ok(());
        }
        self.visiting.push(name.to_string());
        for dependency in self.named.dependencies(name) {
            self.map(&dependency)?;
        }
        self.visiting.pop();
        self.definitions.push(definition);
        Ok(())
    }

    /// The TypeScript type of `ty`, or an error naming what is not supported yet.
    pub fn map(&mut self, ty: &Type) -> Result<TsType> {
        Ok(match ty {
            Type::Boolean => Self::primitive("boolean", "FfiConverterBool"),
            Type::Int8 => Self::primitive("number", "FfiConverterI8"),
            Type::UInt8 => Self::primitive("number", "FfiConverterU8"),
            Type::Int16 => Self::primitive("number", "FfiConverterI16"),
            Type::UInt16 => Self::primitive("number", "FfiConverterU16"),
            Type::Int32 => Self::primitive("number", "FfiConverterI32"),
            Type::UInt32 => Self::primitive("number", "FfiConverterU32"),
            Type::Int64 => Self::primitive("bigint", "FfiConverterI64"),
            Type::UInt64 => Self::primitive("bigint", "FfiConverterU64"),
            Type::Float32 => Self::primitive("number", "FfiConverterF32"),
            Type::Float64 => Self::primitive("number", "FfiConverterF64"),
            Type::String => Self::primitive("string", "FfiConverterString"),
            Type::Bytes => Self::primitive("Uint8Array", "FfiConverterBytes"),
            Type::Box { inner_type } => self.map(inner_type)?,
            Type::Optional { inner_type } => {
                let inner = self.map(inner_type)?;
                let name = format!("FfiConverterOptional{}", converter_suffix(&inner.converter));
                let converter =
                    self.compound(name, format!("new OptionalConverter({})", inner.converter));
                TsType { annotation: format!("{} | undefined", inner.annotation), converter }
            }
            Type::Sequence { inner_type } => {
                let inner = self.map(inner_type)?;
                let name = format!("FfiConverterSequence{}", converter_suffix(&inner.converter));
                let converter =
                    self.compound(name, format!("new SequenceConverter({})", inner.converter));
                let annotation = if is_simple_annotation(&inner.annotation) {
                    format!("{}[]", inner.annotation)
                } else {
                    format!("Array<{}>", inner.annotation)
                };
                TsType { annotation, converter }
            }
            Type::Map { key_type, value_type } => {
                let key = self.map(key_type)?;
                let value = self.map(value_type)?;
                let name = format!(
                    "FfiConverterMap{}{}",
                    converter_suffix(&key.converter),
                    converter_suffix(&value.converter)
                );
                let converter = self.compound(
                    name,
                    format!("new MapConverter({}, {})", key.converter, value.converter),
                );
                TsType { annotation: format!("Map<{}, {}>", key.annotation, value.annotation), converter }
            }
            Type::Record { name, .. } => {
                self.define_named(name)?;
                named(name)
            }
            Type::Enum { name, .. } => {
                if !self.named.is_flat_enum(name) {
                    bail!("enum {name} has variants with fields: not supported yet (flat enums and errors only)");
                }
                self.define_named(name)?;
                named(name)
            }
            other => bail!("type {other:?} is not supported yet by uniffi-bindgen-ts"),
        })
    }
}

fn named(rust: &str) -> TsType {
    TsType { annotation: names::type_name(rust), converter: names::type_converter_name(rust) }
}

/// `FfiConverterString` → `String`, `FfiConverterTypeProfile` → `TypeProfile`.
fn converter_suffix(converter: &str) -> &str {
    converter.strip_prefix("FfiConverter").unwrap_or(converter)
}

fn is_simple_annotation(annotation: &str) -> bool {
    annotation.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// The runtime's `FfiKind` for an FFI type, as it appears in the FFI declaration module.
pub fn ffi_kind(ffi_type: &FfiType) -> Result<&'static str> {
    Ok(match ffi_type {
        FfiType::Int8 => "i8",
        FfiType::UInt8 => "u8",
        FfiType::Int16 => "i16",
        FfiType::UInt16 => "u16",
        FfiType::Int32 => "i32",
        FfiType::UInt32 => "u32",
        FfiType::Int64 => "i64",
        FfiType::UInt64 => "u64",
        FfiType::Float32 => "f32",
        FfiType::Float64 => "f64",
        FfiType::Handle => "handle",
        FfiType::RustBuffer(_) => "rust_buffer",
        other => bail!("FFI type {other:?} is not supported yet by uniffi-bindgen-ts"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boxed(ty: Type) -> Box<Type> {
        Box::new(ty)
    }

    fn names(definitions: Vec<ConverterDefinition>) -> Vec<String> {
        definitions
            .into_iter()
            .map(|d| match d {
                ConverterDefinition::Compound(c) => c.name,
                ConverterDefinition::Named(n) => n,
            })
            .collect()
    }

    #[test]
    fn primitives() {
        let mut mapper = TypeMapper::new(&NoNamedTypes);
        assert_eq!(mapper.map(&Type::UInt64).unwrap().annotation, "bigint");
        assert_eq!(mapper.map(&Type::Float32).unwrap().converter, "FfiConverterF32");
        assert_eq!(mapper.map(&Type::Bytes).unwrap().annotation, "Uint8Array");
        assert!(mapper.into_definitions().is_empty());
    }

    #[test]
    fn compound_types_define_their_converters_inner_first() {
        let mut mapper = TypeMapper::new(&NoNamedTypes);
        let ty = Type::Sequence {
            inner_type: boxed(Type::Optional {
                inner_type: boxed(Type::Sequence { inner_type: boxed(Type::UInt64) }),
            }),
        };
        let mapped = mapper.map(&ty).unwrap();
        assert_eq!(mapped.annotation, "Array<bigint[] | undefined>");
        assert_eq!(mapped.converter, "FfiConverterSequenceOptionalSequenceU64");
        assert_eq!(
            names(mapper.into_definitions()),
            [
                "FfiConverterSequenceU64",
                "FfiConverterOptionalSequenceU64",
                "FfiConverterSequenceOptionalSequenceU64"
            ]
        );
    }

    /// Profile { friend: Option<Person> }, Person { mood: Mood }; Shape has fields.
    struct Fixture;

    impl NamedTypes for Fixture {
        fn is_flat_enum(&self, name: &str) -> bool {
            name != "Shape"
        }
        fn dependencies(&self, name: &str) -> Vec<Type> {
            match name {
                "Profile" => vec![Type::Optional {
                    inner_type: boxed(Type::Record { module_path: "m".into(), name: "Person".into() }),
                }],
                "Person" => vec![Type::Enum { module_path: "m".into(), name: "Mood".into() }],
                _ => vec![],
            }
        }
    }

    #[test]
    fn maps_and_named_types() {
        let mut mapper = TypeMapper::new(&Fixture);
        let map = Type::Map { key_type: boxed(Type::String), value_type: boxed(Type::Int64) };
        let mapped = mapper.map(&map).unwrap();
        assert_eq!(mapped.annotation, "Map<string, bigint>");
        let mood = Type::Enum { module_path: "m".into(), name: "Mood".into() };
        assert_eq!(mapper.map(&mood).unwrap().converter, "FfiConverterTypeMood");
        let rich = Type::Enum { module_path: "m".into(), name: "Shape".into() };
        assert!(mapper.map(&rich).is_err());
    }

    #[test]
    fn named_types_come_after_what_they_use() {
        let mut mapper = TypeMapper::new(&Fixture);
        let profile = Type::Record { module_path: "m".into(), name: "Profile".into() };
        assert_eq!(mapper.map(&profile).unwrap().annotation, "Profile");
        assert_eq!(
            names(mapper.into_definitions()),
            ["Mood", "Person", "FfiConverterOptionalTypePerson", "Profile"]
        );
    }

    #[test]
    fn converters_are_defined_once() {
        let mut mapper = TypeMapper::new(&NoNamedTypes);
        let ty = Type::Optional { inner_type: boxed(Type::String) };
        mapper.map(&ty).unwrap();
        mapper.map(&ty).unwrap();
        assert_eq!(mapper.into_definitions().len(), 1);
    }

    #[test]
    fn ffi_kinds() {
        assert_eq!(ffi_kind(&FfiType::Int8).unwrap(), "i8");
        assert_eq!(ffi_kind(&FfiType::RustBuffer(None)).unwrap(), "rust_buffer");
        assert!(ffi_kind(&FfiType::VoidPointer).is_err());
    }
}
