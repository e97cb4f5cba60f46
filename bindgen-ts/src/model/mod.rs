//! The TypeScript-shaped model of a UniFFI component: what the templates print.
//!
//! Built from uniffi_bindgen's `ComponentInterface` plus our config. All naming and type
//! mapping decisions are made here (see [`names`] and [`types`]); templates only print.

pub mod docs;
pub mod names;
pub mod types;

use anyhow::{bail, Context, Result};
use uniffi_bindgen::interface::{Enum, Type};
use uniffi_bindgen::ComponentInterface;

use crate::config::Config;
pub use docs::Docs;
pub use types::{CompoundConverter, ConverterDefinition, TsType};
use types::{ffi_kind, NamedTypes, TypeMapper};

/// A generated package.
#[derive(Debug)]
pub struct Package {
    pub crate_name: String,
    pub package_name: String,
    pub package_version: String,
    pub library_name: String,
    pub library_path_variable: String,
    pub library_search_paths: Vec<String>,
    pub contract_version: u32,
    pub docs: Docs,
    pub functions: Vec<Function>,
    pub records: Vec<Record>,
    pub flat_enums: Vec<FlatEnum>,
    pub errors: Vec<ErrorType>,
    /// Converter constants in dependency order.
    pub converters: Vec<Converter>,
}

#[derive(Debug, Clone)]
pub struct Function {
    pub ts_name: String,
    pub docs: Docs,
    pub params: Vec<Param>,
    pub returns: Option<TsType>,
    /// The error converter, when the function declares an error type.
    pub throws: Option<String>,
    pub is_async: bool,
    pub ffi: FfiFunction,
}

impl Function {
    /// The TypeScript return type: `Promise<T>` for async functions, `void` when nothing.
    pub fn return_annotation(&self) -> String {
        let value = self.returns.as_ref().map_or("void", |t| t.annotation.as_str());
        if self.is_async {
            format!("Promise<{value}>")
        } else {
            value.to_string()
        }
    }
}

/// One entry of the FFI declaration module.
#[derive(Debug, Clone)]
pub struct FfiFunction {
    pub key: String,
    pub rust_name: String,
    pub symbol: String,
    pub args: Vec<&'static str>,
    pub returns: &'static str,
    pub future: Option<&'static str>,
    pub checksum_symbol: String,
    pub checksum: u16,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub ts_name: String,
    /// The name used in messages (the Rust name, as users see it documented).
    pub label: String,
    pub ty: TsType,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub ts_name: String,
    pub docs: Docs,
    pub ty: TsType,
}

#[derive(Debug, Clone)]
pub struct Record {
    pub ts_name: String,
    pub converter: String,
    pub docs: Docs,
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone)]
pub struct Variant {
    pub ts_name: String,
    pub docs: Docs,
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone)]
pub struct FlatEnum {
    pub ts_name: String,
    pub converter: String,
    pub docs: Docs,
    pub variants: Vec<Variant>,
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
}

/// A converter constant to print.
#[derive(Debug, Clone)]
pub enum Converter {
    Compound(CompoundConverter),
    Record(Record),
    FlatEnum(FlatEnum),
    Error(ErrorType),
}

struct InterfaceTypes<'a>(&'a ComponentInterface);

impl NamedTypes for InterfaceTypes<'_> {
    fn is_flat_enum(&self, name: &str) -> bool {
        self.0.get_enum_definition(name).is_some_and(|e| e.is_flat())
    }
    fn dependencies(&self, name: &str) -> Vec<Type> {
        let ci = self.0;
        if let Some(record) = ci.get_record_definition(name) {
            return record.fields().iter().map(|f| f.as_type()).collect();
        }
        if let Some(e) = ci.get_enum_definition(name) {
            return e.variants().iter().flat_map(|v| v.fields().iter().map(|f| f.as_type())).collect();
        }
        Vec::new()
    }
}

use uniffi_bindgen::interface::AsType;

impl Package {
    /// Builds the model. `library_name` is the cdylib's name (file name without prefix/extension).
    pub fn new(ci: &ComponentInterface, config: &Config, library_name: &str) -> Result<Self> {
        let named = InterfaceTypes(ci);
        let mut mapper = TypeMapper::new(&named);
        let crate_name = ci.crate_name().to_string();

        let mut functions = Vec::new();
        for f in ci.function_definitions() {
            functions.push(
                function(ci, f, &mut mapper).with_context(|| format!("in function {}", f.name()))?,
            );
        }
        if !ci.object_definitions().is_empty() {
            bail!("objects (interfaces) are not supported yet by uniffi-bindgen-ts");
        }
        if !ci.callback_interface_definitions().is_empty() {
            bail!("callback interfaces are not supported yet by uniffi-bindgen-ts");
        }

        let mut records = Vec::new();
        for r in ci.record_definitions() {
            let fields = r
                .fields()
                .iter()
                .map(|f| field(f.name(), f.docstring(), &f.as_type(), &mut mapper))
                .collect::<Result<Vec<_>>>()
                .with_context(|| format!("in record {}", r.name()))?;
            mapper.define_named(r.name())?;
            records.push(Record {
                ts_name: names::type_name(r.name()),
                converter: names::type_converter_name(r.name()),
                docs: Docs::new(r.docstring()),
                fields,
            });
        }

        let mut flat_enums = Vec::new();
        let mut errors = Vec::new();
        for e in ci.enum_definitions() {
            if ci.is_name_used_as_error(e.name()) {
                errors.push(error_type(e, &mut mapper).with_context(|| format!("in error {}", e.name()))?);
            } else if e.is_flat() {
                mapper.define_named(e.name())?;
                flat_enums.push(FlatEnum {
                    ts_name: names::type_name(e.name()),
                    converter: names::type_converter_name(e.name()),
                    docs: Docs::new(e.docstring()),
                    variants: variants(e, &mut mapper)?,
                });
            } else {
                bail!("enum {} has variants with fields: not supported yet", e.name());
            }
        }

        let converters = mapper
            .into_definitions()
            .into_iter()
            .map(|definition| match definition {
                ConverterDefinition::Compound(c) => Converter::Compound(c),
                ConverterDefinition::Named(name) => {
                    let ts = names::type_name(&name);
                    if let Some(r) = records.iter().find(|r| r.ts_name == ts) {
                        Converter::Record(r.clone())
                    } else if let Some(e) = flat_enums.iter().find(|e| e.ts_name == ts) {
                        Converter::FlatEnum(e.clone())
                    } else if let Some(e) = errors.iter().find(|e| e.ts_name == ts) {
                        Converter::Error(e.clone())
                    } else {
                        unreachable!("named type {name} has no definition")
                    }
                }
            })
            .collect();

        Ok(Self {
            package_name: config.package_name.clone().unwrap_or_else(|| names::package_name(&crate_name)),
            package_version: config.package_version.clone().unwrap_or_else(|| "0.0.0".into()),
            library_name: config.library_name.clone().unwrap_or_else(|| library_name.to_string()),
            library_path_variable: config
                .library_path_variable
                .clone()
                .unwrap_or_else(|| names::library_path_variable(&crate_name)),
            library_search_paths: config.library_search_paths.clone().unwrap_or_else(|| vec![".".into()]),
            contract_version: ci.uniffi_contract_version(),
            docs: Docs::new(ci.namespace_docstring()),
            crate_name,
            functions,
            records,
            flat_enums,
            errors,
            converters,
        })
    }

    pub fn has_async_functions(&self) -> bool {
        self.functions.iter().any(|f| f.is_async)
    }

    pub fn has_sync_functions(&self) -> bool {
        self.functions.iter().any(|f| !f.is_async)
    }

    /// Every FFI declaration, in the order of the functions.
    pub fn ffi_functions(&self) -> Vec<&FfiFunction> {
        self.functions.iter().map(|f| &f.ffi).collect()
    }
}

fn field(name: &str, docs: Option<&str>, ty: &Type, mapper: &mut TypeMapper) -> Result<Field> {
    Ok(Field { ts_name: names::field_name(name), docs: Docs::new(docs), ty: mapper.map(ty)? })
}

fn variants(e: &Enum, mapper: &mut TypeMapper) -> Result<Vec<Variant>> {
    e.variants()
        .iter()
        .map(|v| {
            if v.has_nameless_fields() {
                bail!("variant {}::{} has unnamed fields: not supported yet", e.name(), v.name());
            }
            Ok(Variant {
                ts_name: names::variant_name(v.name()),
                docs: Docs::new(v.docstring()),
                fields: v
                    .fields()
                    .iter()
                    .map(|f| field(f.name(), f.docstring(), &f.as_type(), mapper))
                    .collect::<Result<_>>()?,
            })
        })
        .collect()
}

fn error_type(e: &Enum, mapper: &mut TypeMapper) -> Result<ErrorType> {
    // A flat error crosses as index + message; only then are its variants' fields ignored.
    let is_flat = e.is_flat();
    let variants = variants(e, mapper)?;
    mapper.define_named(e.name())?;
    Ok(ErrorType {
        ts_name: names::type_name(e.name()),
        rust_name: e.name().to_string(),
        converter: names::type_converter_name(e.name()),
        docs: Docs::new(e.docstring()),
        is_flat,
        variants,
    })
}

fn function(
    ci: &ComponentInterface,
    f: &uniffi_bindgen::interface::Function,
    mapper: &mut TypeMapper,
) -> Result<Function> {
    let params = f
        .arguments()
        .iter()
        .map(|a| {
            Ok(Param {
                ts_name: names::param_name(a.name()),
                label: a.name().to_string(),
                ty: mapper.map(&a.as_type())?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let returns = f.return_type().map(|t| mapper.map(t)).transpose()?;
    let throws = match f.throws_type() {
        Some(Type::Enum { name, .. }) => {
            mapper.define_named(name)?;
            Some(names::type_converter_name(name))
        }
        Some(other) => bail!("error type {other:?} is not supported yet (errors must be enums)"),
        None => None,
    };
    let ffi_func = f.ffi_func();
    let args = ffi_func
        .arguments()
        .iter()
        .map(|a| ffi_kind(&a.type_()))
        .collect::<Result<Vec<_>>>()?;
    let (returns_kind, future) = if f.is_async() {
        let completes = match f.return_type() {
            Some(t) => ffi_kind(&uniffi_bindgen::interface::ffi::FfiType::from(t))?,
            None => "void",
        };
        ("handle", Some(completes))
    } else {
        (ffi_func.return_type().map(ffi_kind).transpose()?.unwrap_or("void"), None)
    };
    let _ = ci;
    Ok(Function {
        ts_name: names::function_name(f.name()),
        docs: Docs::new(f.docstring()),
        params,
        returns,
        throws,
        is_async: f.is_async(),
        ffi: FfiFunction {
            key: names::ffi_key(f.name()),
            rust_name: f.name().to_string(),
            symbol: ffi_func.ffi_buffer_fn_name(),
            args,
            returns: returns_kind,
            future,
            checksum_symbol: f.checksum_fn_name().to_string(),
            checksum: f.checksum(),
        },
    })
}
