//! Type mapping: each UniFFI type's TypeScript type and converter, each FFI type's kind, and
//! default values as TypeScript expressions.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::{bail, Result};
use uniffi_bindgen::interface::{ffi::FfiType, ObjectImpl, Type};

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

/// What the mapper needs to know about the named types of the interface (see [`super::resolve`]).
pub trait NamedTypes {
    /// The current name of a reference to the type `name` of `module_path`, after the rename
    /// tables (uniffi's rename pass leaves some references with the old name).
    fn current_name(&self, _module_path: &str, name: &str) -> String {
        name.to_string()
    }
    /// The current name of the variant `variant` of the enum `enum_name` (a default value names
    /// the Rust variant).
    fn variant_name(&self, _module_path: &str, _enum_name: &str, variant: &str) -> String {
        variant.to_string()
    }
    /// Whether the enum called `name` is flat (a string union) rather than a tagged union.
    fn is_flat_enum(&self, module_path: &str, name: &str) -> bool;
    /// The TypeScript name of a custom type, and whether the config gives it its own type.
    fn custom_type_name(&self, name: &str) -> String;
    /// For a type defined in another crate: the import path of that crate's package.
    fn external_package(&self, module_path: &str) -> Option<String>;
    /// How the object `name` is implemented, as its own crate defines it (a reference may say
    /// less: UDL's `typedef trait` does not say whether foreign code may implement it).
    fn object_imp(&self, _module_path: &str, _name: &str) -> Option<ObjectImpl> {
        None
    }
    /// Whether every field of the record called `name` has a default (then `{}` is its default).
    fn record_fully_defaulted(&self, _module_path: &str, _name: &str) -> bool {
        false
    }
    /// The default of an object (`Default::default()` of `Arc<Object>`): its no-argument primary
    /// constructor, as `new Object()`, when it has one that is sync; else why not.
    fn object_default(&self, _module_path: &str, name: &str) -> std::result::Result<String, String> {
        Err(format!("object {name} is not known here"))
    }
}

/// For tests and for interfaces without custom types: every enum is flat.
#[derive(Debug, Default)]
pub struct NoNamedTypes;

impl NamedTypes for NoNamedTypes {
    fn is_flat_enum(&self, _module_path: &str, _name: &str) -> bool {
        true
    }
    fn custom_type_name(&self, name: &str) -> String {
        names::type_name(name)
    }
    fn external_package(&self, _module_path: &str) -> Option<String> {
        None
    }
}

/// Maps types, collecting the compound converters they need, each after the ones it uses.
///
/// Named types (records, enums, errors, objects, custom types) have converters declared up front
/// as empty shells and defined afterwards, so compound converters can use them in any order and
/// recursive types need nothing special.
pub struct TypeMapper<'a> {
    pub(super) named: &'a dyn NamedTypes,
    compound: Vec<CompoundConverter>,
    /// Names to import from other crates' packages, by import path.
    external: BTreeMap<String, BTreeSet<String>>,
    /// The error lifters of thrown types other than error enums, by name.
    lifters: BTreeMap<String, ErrorLifter>,
}

/// The lifter of a type thrown as an error that is not an error enum (whose converter is its
/// own lifter): an object, or a custom type (over an error enum or an object). Built by the
/// package that throws it from the type's converter, so a type of another crate needs nothing
/// from its own package but the converter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorLifter {
    /// `FfiErrorLifterTypeObjectError`.
    pub name: String,
    /// The converter it reads with.
    pub converter: String,
    /// Whether the type is this crate's (its lifter is then exported, as its converter is).
    pub is_local: bool,
}

impl<'a> TypeMapper<'a> {
    pub fn new(named: &'a dyn NamedTypes) -> Self {
        Self { named, compound: Vec::new(), external: BTreeMap::new(), lifters: BTreeMap::new() }
    }

    /// `ty` as its own crate defines it: its current name (after the rename tables) and, for an
    /// object, its real implementation (see [`NamedTypes`]). Only the outer type: `map` resolves
    /// the inner ones as it reaches them.
    pub(super) fn resolved(&self, ty: &Type) -> Type {
        let current = |module_path: &str, name: &str| self.named.current_name(module_path, name);
        match ty {
            Type::Record { name, module_path } => {
                Type::Record { name: current(module_path, name), module_path: module_path.clone() }
            }
            Type::Enum { name, module_path } => {
                Type::Enum { name: current(module_path, name), module_path: module_path.clone() }
            }
            Type::Object { name, module_path, imp } => {
                let name = current(module_path, name);
                let imp = self.named.object_imp(module_path, &name).unwrap_or_else(|| imp.clone());
                Type::Object { name, module_path: module_path.clone(), imp }
            }
            Type::CallbackInterface { name, module_path } => {
                Type::CallbackInterface { name: current(module_path, name), module_path: module_path.clone() }
            }
            Type::Custom { name, module_path, builtin } => Type::Custom {
                name: current(module_path, name),
                module_path: module_path.clone(),
                builtin: builtin.clone(),
            },
            other => other.clone(),
        }
    }

    /// Imports the value `name` (a record's factory, an object's class) when `module_path` is
    /// another crate's.
    pub(super) fn import_value(&mut self, module_path: &str, name: &str) {
        if let Some(package) = self.named.external_package(module_path) {
            self.external.entry(package).or_default().insert(name.to_string());
        }
    }

    /// The error lifters needed so far (see [`Self::error_lifter`]), by name.
    pub fn error_lifters(&self) -> Vec<ErrorLifter> {
        self.lifters.values().cloned().collect()
    }

    /// What lifts the error `ty` a callable throws: an error enum's converter, or the
    /// [`ErrorLifter`] of an object or a custom type (custom types over error enums throw the
    /// enum's variant, through the custom type's lift when one is configured).
    pub fn error_lifter(&mut self, ty: &Type) -> Result<String> {
        match &self.resolved(ty) {
            Type::Enum { .. } => Ok(self.map(ty)?.converter),
            // An object, or a Rust-only trait (its objects are Rust's, of the trait's class).
            Type::Object { name, module_path, imp } if !imp.has_callback_interface() => {
                Ok(self.lifter_of(name, module_path))
            }
            Type::Object { name, .. } => bail!(
                "trait {name} is an error type, but foreign code may implement it (`with_foreign`): only traits \
                 implemented in Rust alone can be error types"
            ),
            Type::Custom { name, module_path, builtin } => match builtin.as_ref() {
                Type::Enum { .. } | Type::Object { .. } => Ok(self.lifter_of(name, module_path)),
                other => bail!(
                    "custom type {name} is thrown as an error, but its builtin type {other:?} is not an error:                      a custom error type must be carried by an error enum or an object"
                ),
            },
            other => bail!("error type {other:?} is not supported (errors are enums, objects, or custom types over them)"),
        }
    }

    /// The lifter of the object or custom type `name`; of another crate's type, only its
    /// converter is imported.
    fn lifter_of(&mut self, name: &str, module_path: &str) -> String {
        let converter = names::type_converter_name(name);
        let package = self.named.external_package(module_path);
        let is_local = package.is_none();
        if let Some(package) = package {
            self.external.entry(package).or_default().insert(converter.clone());
        }
        let lifter = names::error_lifter_name(name);
        self.lifters.entry(lifter.clone()).or_insert(ErrorLifter { name: lifter.clone(), converter, is_local });
        lifter
    }

    /// The interface of a trait an object implements (`#[uniffi::export] impl Shape for Tile`):
    /// `ShapeInterface` for exported traits (imported when the trait is another crate's), the
    /// interface itself for callback interfaces.
    pub fn trait_interface(&mut self, trait_ty: &Type) -> Result<String> {
        match &self.resolved(trait_ty) {
            Type::Object { name, module_path, imp } if imp.is_trait_interface() => {
                let interface = names::trait_interface_name(name);
                if let Some(package) = self.named.external_package(module_path) {
                    self.external.entry(package).or_default().insert(interface.clone());
                }
                Ok(interface)
            }
            Type::CallbackInterface { .. } => Ok(self.map(trait_ty)?.annotation),
            other => bail!("an object implements {other:?}, which is not a trait"),
        }
    }

    /// The compound converters needed so far, each after the ones it uses, and the names to
    /// import from other packages.
    pub fn finish(self) -> (Vec<CompoundConverter>, BTreeMap<String, BTreeSet<String>>) {
        (self.compound, self.external)
    }

    /// A named type: local, or imported with its converter from its own crate's package.
    fn named_type(&mut self, module_path: &str, annotation: String, converter: String) -> TsType {
        if let Some(package) = self.named.external_package(module_path) {
            let names = self.external.entry(package).or_default();
            names.insert(annotation.clone());
            names.insert(converter.clone());
        }
        TsType { annotation, converter }
    }

    fn primitive(annotation: &str, converter: &str) -> TsType {
        TsType { annotation: annotation.into(), converter: converter.into() }
    }

    fn compound(&mut self, name: String, expression: String) -> String {
        if !self.compound.iter().any(|c| c.name == name) {
            self.compound.push(CompoundConverter { name: name.clone(), expression });
        }
        name
    }

    /// The TypeScript type of `ty`, or an error naming what is not supported.
    pub fn map(&mut self, ty: &Type) -> Result<TsType> {
        Ok(match &self.resolved(ty) {
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
            Type::Timestamp => Self::primitive("Timestamp", "FfiConverterTimestamp"),
            Type::Duration => Self::primitive("Duration", "FfiConverterDuration"),
            Type::Box { inner_type } => self.map(inner_type)?,
            Type::Optional { inner_type } => {
                let inner = self.map(inner_type)?;
                let name = format!("FfiConverterOptional{}", converter_suffix(&inner.converter));
                let converter = self.compound(name, format!("new OptionalConverter({})", inner.converter));
                TsType { annotation: format!("{} | undefined", inner.annotation), converter }
            }
            Type::Sequence { inner_type } => {
                let inner = self.map(inner_type)?;
                let name = format!("FfiConverterSequence{}", converter_suffix(&inner.converter));
                let converter = self.compound(name, format!("new SequenceConverter({})", inner.converter));
                TsType { annotation: array_of(&inner.annotation), converter }
            }
            Type::Set { inner_type } => {
                let inner = self.map(inner_type)?;
                let name = format!("FfiConverterSet{}", converter_suffix(&inner.converter));
                let converter = self.compound(name, format!("new SetConverter({})", inner.converter));
                TsType { annotation: format!("Set<{}>", inner.annotation), converter }
            }
            Type::Map { key_type, value_type } => {
                let key = self.map(key_type)?;
                let value = self.map(value_type)?;
                let name = format!(
                    "FfiConverterMap{}{}",
                    converter_suffix(&key.converter),
                    converter_suffix(&value.converter)
                );
                let converter =
                    self.compound(name, format!("new MapConverter({}, {})", key.converter, value.converter));
                TsType { annotation: format!("Map<{}, {}>", key.annotation, value.annotation), converter }
            }
            Type::Object { name, module_path, imp } if imp.has_callback_interface() => {
                self.named_type(module_path, names::trait_interface_name(name), names::type_converter_name(name))
            }
            Type::Record { name, module_path }
            | Type::Enum { name, module_path }
            | Type::Object { name, module_path, .. } => {
                self.named_type(module_path, names::type_name(name), names::type_converter_name(name))
            }
            Type::Custom { name, builtin, module_path } => {
                if self.named.external_package(module_path).is_none() {
                    // Make sure the builtin's own compound converters exist.
                    self.map(builtin)?;
                }
                let annotation = self.named.custom_type_name(name);
                self.named_type(module_path, annotation, names::type_converter_name(name))
            }
            Type::CallbackInterface { name, module_path } => {
                self.named_type(module_path, names::type_name(name), names::type_converter_name(name))
            }
        })
    }
}

fn array_of(annotation: &str) -> String {
    if annotation.chars().all(|c| c.is_alphanumeric() || c == '_') {
        format!("{annotation}[]")
    } else {
        format!("Array<{annotation}>")
    }
}

/// `FfiConverterString` → `String`, `FfiConverterTypeProfile` → `TypeProfile`.
fn converter_suffix(converter: &str) -> &str {
    converter.strip_prefix("FfiConverter").unwrap_or(converter)
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
        FfiType::ForeignBytes => "foreign_bytes",
        other => bail!("FFI type {other:?} is not supported yet by uniffi-bindgen-ts"),
    })
}

/// Custom types as configured in `[bindings.typescript.custom_types.<Name>]`.
pub type CustomTypeConfigs = HashMap<String, crate::config::CustomTypeConfig>;

#[cfg(test)]
mod tests {
    use super::*;

    fn boxed(ty: Type) -> Box<Type> {
        Box::new(ty)
    }

    fn names(converters: Vec<CompoundConverter>) -> Vec<String> {
        converters.into_iter().map(|c| c.name).collect()
    }

    #[test]
    fn primitives() {
        let mut mapper = TypeMapper::new(&NoNamedTypes);
        assert_eq!(mapper.map(&Type::UInt64).unwrap().annotation, "bigint");
        assert_eq!(mapper.map(&Type::Float32).unwrap().converter, "FfiConverterF32");
        assert_eq!(mapper.map(&Type::Bytes).unwrap().annotation, "Uint8Array");
        assert_eq!(mapper.map(&Type::Timestamp).unwrap().annotation, "Timestamp");
        assert!(mapper.finish().0.is_empty());
    }

    #[test]
    fn compound_types_define_their_converters_inner_first() {
        let mut mapper = TypeMapper::new(&NoNamedTypes);
        let ty = Type::Sequence {
            inner_type: boxed(Type::Optional { inner_type: boxed(Type::Sequence { inner_type: boxed(Type::UInt64) }) }),
        };
        let mapped = mapper.map(&ty).unwrap();
        assert_eq!(mapped.annotation, "Array<bigint[] | undefined>");
        assert_eq!(mapped.converter, "FfiConverterSequenceOptionalSequenceU64");
        assert_eq!(
            names(mapper.finish().0),
            ["FfiConverterSequenceU64", "FfiConverterOptionalSequenceU64", "FfiConverterSequenceOptionalSequenceU64"]
        );
    }

    #[test]
    fn maps_sets_and_named_types() {
        let mut mapper = TypeMapper::new(&NoNamedTypes);
        let map = Type::Map { key_type: boxed(Type::UInt32), value_type: boxed(Type::Int64) };
        assert_eq!(mapper.map(&map).unwrap().annotation, "Map<number, bigint>");
        let set = Type::Set { inner_type: boxed(Type::String) };
        assert_eq!(mapper.map(&set).unwrap().annotation, "Set<string>");
        let mood = Type::Enum { module_path: "m".into(), name: "Mood".into() };
        assert_eq!(mapper.map(&mood).unwrap().converter, "FfiConverterTypeMood");
        let boxed_expr = Type::Box { inner_type: boxed(Type::Enum { module_path: "m".into(), name: "Expr".into() }) };
        assert_eq!(mapper.map(&boxed_expr).unwrap().annotation, "Expr");
    }

    struct External;

    impl NamedTypes for External {
        fn is_flat_enum(&self, _module_path: &str, _name: &str) -> bool {
            true
        }
        fn custom_type_name(&self, name: &str) -> String {
            names::type_name(name)
        }
        fn external_package(&self, module_path: &str) -> Option<String> {
            module_path.starts_with("base").then(|| "../base".to_string())
        }
    }

    #[test]
    fn external_types_are_imported_from_their_package() {
        let mut mapper = TypeMapper::new(&External);
        let point = Type::Record { module_path: "base::geometry".into(), name: "Point".into() };
        let local = Type::Record { module_path: "user".into(), name: "Route".into() };
        let list = Type::Sequence { inner_type: boxed(point) };
        assert_eq!(mapper.map(&list).unwrap().annotation, "Point[]");
        mapper.map(&local).unwrap();
        let (compound, external) = mapper.finish();
        assert_eq!(names(compound), ["FfiConverterSequenceTypePoint"]);
        let imported: Vec<_> = external["../base"].iter().cloned().collect();
        assert_eq!(imported, ["FfiConverterTypePoint", "Point"]);
        assert_eq!(external.len(), 1);
    }

    #[test]
    fn converters_are_defined_once() {
        let mut mapper = TypeMapper::new(&NoNamedTypes);
        let ty = Type::Optional { inner_type: boxed(Type::String) };
        mapper.map(&ty).unwrap();
        mapper.map(&ty).unwrap();
        assert_eq!(mapper.finish().0.len(), 1);
    }

    #[test]
    fn ffi_kinds() {
        assert_eq!(ffi_kind(&FfiType::Int8).unwrap(), "i8");
        assert_eq!(ffi_kind(&FfiType::RustBuffer(None)).unwrap(), "rust_buffer");
        assert_eq!(ffi_kind(&FfiType::ForeignBytes).unwrap(), "foreign_bytes");
        assert!(ffi_kind(&FfiType::VoidPointer).is_err());
    }
}
