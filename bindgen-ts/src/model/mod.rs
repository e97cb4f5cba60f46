//! The TypeScript-shaped model of a UniFFI component: what the templates print.
//!
//! Built from uniffi_bindgen's `ComponentInterface` plus our config. All naming and type
//! mapping decisions are made here (see [`names`] and [`types`]); templates only print.

pub mod callbacks;
pub mod docs;
pub mod links;
pub mod names;
pub mod readme;
pub mod references;
pub mod resolve;
pub mod types;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::{bail, Context, Result};
use uniffi_bindgen::interface::{
    AsType, Callable as UniffiCallable, Enum, Field as UniffiField, Method, Object as UniffiObject,
    Type, UniffiTraitMethods,
};
use uniffi_bindgen::ComponentInterface;

use crate::config::Config;
use crate::npm::{platform_package_name, Target};
pub use callbacks::{CallbackInterface, CallbackMethod};
pub use docs::Docs;
use resolve::InterfaceTypes;
pub use resolve::OtherCrates;
use types::{ffi_kind, TypeMapper};
pub use types::{CompoundConverter, ErrorLifter, TsType};

/// What the crate's Cargo.toml says about the package (from `cargo metadata`, when there is one).
#[derive(Debug, Default, Clone)]
pub struct CrateInfo {
    pub version: Option<String>,
    pub license: Option<String>,
}

/// A generated package.
#[derive(Debug)]
pub struct Package {
    pub crate_name: String,
    pub transport: crate::transport::Transport,
    pub package_name: String,
    pub package_version: String,
    /// The npm `license`, when the config or the crate's Cargo.toml has one.
    pub license: Option<String>,
    /// The optional platform packages that carry the native library, by npm name.
    pub platform_packages: Vec<String>,
    pub library_name: String,
    pub library_path_variable: String,
    pub library_search_paths: Vec<String>,
    pub contract_version: u32,
    pub docs: Docs,
    pub functions: Vec<Callable>,
    pub records: Vec<Record>,
    pub flat_enums: Vec<Enumeration>,
    pub tagged_enums: Vec<Enumeration>,
    pub errors: Vec<ErrorType>,
    pub objects: Vec<Object>,
    /// Interfaces Rust calls: callback interfaces and traits with foreign implementations.
    pub callback_interfaces: Vec<CallbackInterface>,
    pub custom_types: Vec<CustomType>,
    /// Converters of compound types, each after the ones it uses.
    pub compound_converters: Vec<CompoundConverter>,
    /// Import lines custom types need.
    pub custom_imports: Vec<String>,
    /// Types (and their converters) used from other crates' packages, by import path.
    pub external_imports: BTreeMap<String, BTreeSet<String>>,
    /// Lifters of thrown objects and custom types, by name.
    pub error_lifters: Vec<ErrorLifter>,
}

/// A function, method or constructor.
#[derive(Debug, Clone)]
pub struct Callable {
    pub ts_name: String,
    pub docs: Docs,
    pub params: Vec<Param>,
    /// For methods: the converter of the receiver (passed as the first argument).
    pub receiver: Option<String>,
    /// A method of an object: it runs in the library that made its receiver.
    pub object_method: bool,
    pub returns: Option<TsType>,
    /// The error lifter, when the callable declares an error type.
    pub throws: Option<String>,
    pub is_async: bool,
    pub ffi: FfiFunction,
}

impl Callable {
    /// The `override ` a class method needs when it replaces an inherited one (`toString`).
    pub fn override_keyword(&self) -> &'static str {
        if self.ts_name == "toString" {
            "override "
        } else {
            ""
        }
    }

    /// `async ` before an async callable's declaration. Its body awaits the call (`await`
    /// below), so that V8's async stack trace of an error it throws goes through it and its
    /// callers, as a sync call's stack does.
    pub fn async_keyword(&self) -> &'static str {
        if self.is_async {
            "async "
        } else {
            ""
        }
    }

    /// `await ` before the runtime call of an async callable (see [`Self::async_keyword`]).
    pub fn await_keyword(&self) -> &'static str {
        if self.is_async {
            "await "
        } else {
            ""
        }
    }

    /// The TypeScript return type: `Promise<T>` for async callables, `void` when nothing.
    pub fn return_annotation(&self) -> String {
        let value = self.returns.as_ref().map_or("void", |t| t.annotation.as_str());
        if self.is_async {
            format!("Promise<{value}>")
        } else {
            value.to_string()
        }
    }

    /// The parameter list of the TypeScript signature.
    /// (`undefined` selects a default, so an `Option` whose default is `Some` also takes `null`,
    /// which passes `None`.)
    pub fn signature(&self) -> String {
        self.params_with(self.is_async).join(", ")
    }

    /// The parameter list for a declaration at `indent` spaces: on one line when it is short,
    /// else one parameter per line.
    pub fn signature_block(&self, indent: usize) -> String {
        let one_line = self.signature();
        if one_line.len() + indent <= 80 {
            return one_line;
        }
        let pad = " ".repeat(indent + 2);
        let items = self.params_with(self.is_async);
        format!("\n{}\n{}", items.iter().map(|p| format!("{pad}{p},")).collect::<Vec<_>>().join("\n"), " ".repeat(indent))
    }

    fn params_with(&self, options: bool) -> Vec<String> {
        let mut params: Vec<String> = self
            .params
            .iter()
            .map(|p| match &p.default {
                Some(default) if default != "undefined" && p.ty.annotation.ends_with(" | undefined") => {
                    format!("{}: {} | null = {}", p.ts_name, p.ty.annotation, default)
                }
                Some(default) => format!("{}: {} = {}", p.ts_name, p.ty.annotation, default),
                None => format!("{}: {}", p.ts_name, p.ty.annotation),
            })
            .collect();
        if options {
            params.push("options?: AsyncCallOptions".into());
        }
        params
    }

    /// The arguments passed to the runtime call, receiver first.
    pub fn arguments(&self, receiver: &str) -> String {
        let mut args: Vec<&str> = Vec::new();
        if self.receiver.is_some() {
            args.push(receiver);
        }
        args.extend(self.params.iter().map(|p| p.ts_name.as_str()));
        let list = format!("[{}]", args.join(", "));
        if self.is_async {
            format!("{list}, options")
        } else {
            list
        }
    }

    /// The runtime class that performs the call.
    pub fn runtime_class(&self) -> &'static str {
        match (self.is_async, self.object_method) {
            (false, false) => "SyncFunction",
            (true, false) => "AsyncFunction",
            (false, true) => "SyncMethod",
            (true, true) => "AsyncMethod",
        }
    }

    /// The TypeScript type the call produces (before `Promise` for async ones).
    pub fn value_annotation(&self) -> &str {
        self.returns.as_ref().map_or("void", |t| t.annotation.as_str())
    }

    /// The converter list of the runtime call: `[['self', C], ['name', C2]]`, one entry per line
    /// when long (printed at 4 spaces in the calls table).
    pub fn parameter_table(&self) -> String {
        let mut entries = Vec::new();
        if let Some(receiver) = &self.receiver {
            entries.push(format!("['self', {receiver}]"));
        }
        for p in &self.params {
            entries.push(format!("[{}, {}]", types::js_string(&p.label), p.ty.converter));
        }
        let one_line = format!("[{}]", entries.join(", "));
        if one_line.len() <= 90 {
            return one_line;
        }
        format!("[\n{}\n    ]", entries.iter().map(|e| format!("      {e},")).collect::<Vec<_>>().join("\n"))
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
    /// The checksum function and value, when the library exports one for this callable.
    pub checksum: Option<(String, u16)>,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub ts_name: String,
    /// The name used in messages (the Rust name, as users see it documented).
    pub label: String,
    pub ty: TsType,
    /// The default value, as a TypeScript expression.
    pub default: Option<String>,
}

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

    /// The field's type in a record interface: with `| null` when `null` is `None`.
    pub fn record_annotation(&self) -> String {
        if self.takes_null() {
            format!("{} | null", self.ty.annotation)
        } else {
            self.ty.annotation.clone()
        }
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

    /// The argument type of the factory `R.create(fields)`: the record's fields, those with a
    /// default optional (`undefined` selects it; an `Option` whose default is `Some` also takes
    /// `null`, for `None`).
    pub fn factory_fields_type(&self) -> String {
        let members: Vec<String> = self
            .fields
            .iter()
            .map(|f| {
                let optional = if f.default.is_some() { "?" } else { "" };
                format!("{}{optional}: {}", f.ts_name, f.record_annotation())
            })
            .collect();
        format!("{{ {} }}", members.join("; "))
    }

    /// The factory's return type: the record, with every defaulted field present,
    /// `Settings & { port: number; retries: number | undefined }` (a given nested record is
    /// taken as it is, so its own type stays that of the record).
    pub fn factory_return_type(&self) -> String {
        let members: Vec<String> = self
            .fields
            .iter()
            .filter(|f| f.default.is_some())
            .map(|f| format!("{}: {}", f.ts_name, f.record_annotation()))
            .collect();
        format!("{} & {{ {} }}", self.ts_name, members.join("; "))
    }

    /// The factory's parameter list and return type, `fields: {...}): R & {...}`, with each
    /// object type over several lines when the declaration would be long (printed at 2 spaces).
    pub fn factory_signature(&self) -> String {
        let optional = if self.all_fields_defaulted() { " = {}" } else { "" };
        let one_line = format!("fields: {}{optional}): {}", self.factory_fields_type(), self.factory_return_type());
        if one_line.len() + 12 <= 100 {
            return one_line;
        }
        let block = |text: &str| {
            let inner = text.trim_start_matches('{').trim_end_matches('}').trim();
            let lines: Vec<String> = inner.split("; ").map(|m| format!("    {m};")).collect();
            format!("{{\n{}\n  }}", lines.join("\n"))
        };
        let ret = self.factory_return_type();
        let (name, members) = ret.split_once(" & ").expect("an intersection");
        format!("fields: {}{optional}): {name} & {}", block(&self.factory_fields_type()), block(members))
    }

    /// The factory's result, one `name: value` per field: the given value, or the default.
    pub fn factory_entries(&self) -> Vec<String> {
        self.fields
            .iter()
            .map(|f| {
                let given = format!("fields.{}", f.ts_name);
                match &f.default {
                    None => format!("{}: {given}", f.ts_name),
                    Some(d) if d == "undefined" => format!("{}: {given}", f.ts_name),
                    Some(d) => format!("{}: {given} === undefined ? {d} : {given}", f.ts_name),
                }
            })
            .collect()
    }
}

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

    /// The TypeScript object type of this variant in a tagged union.
    pub fn object_type(&self) -> String {
        let mut members = vec![format!("tag: '{}'", self.ts_name)];
        if self.is_tuple {
            let items: Vec<&str> = self.fields.iter().map(|f| f.ty.annotation.as_str()).collect();
            members.push(format!("inner: [{}]", items.join(", ")));
        } else {
            members.extend(self.fields.iter().map(|f| format!("{}: {}", f.ts_name, f.ty.annotation)));
        }
        format!("{{ {} }}", members.join("; "))
    }

    /// The fields object type of a named-field variant's constructor, e.g. `{ radius?: number }`
    /// (a field with a Rust default may be omitted).
    pub fn fields_type(&self) -> String {
        let members: Vec<String> = self
            .fields
            .iter()
            .map(|f| {
                let optional = if f.default.is_some() { "?" } else { "" };
                format!("{}{optional}: {}", f.ts_name, f.ty.annotation)
            })
            .collect();
        format!("{{ {} }}", members.join("; "))
    }

    /// Whether every field may be omitted (the constructor's argument is then optional).
    pub fn all_fields_defaulted(&self) -> bool {
        self.fields.iter().all(|f| f.default.is_some())
    }

    /// The defaults of a named-field variant, e.g. `{ radius: () => (1.0) }`, if any (a tuple
    /// variant's defaults are its constructor's default parameters).
    pub fn defaults_table(&self) -> Option<String> {
        if self.is_tuple {
            return None;
        }
        let items: Vec<String> = self
            .fields
            .iter()
            .filter_map(|f| f.default.as_ref().map(|d| format!("{}: () => ({d})", f.ts_name)))
            .collect();
        (!items.is_empty()).then(|| format!("{{ {} }}", items.join(", ")))
    }

    /// The parameters of a tuple variant's constructor helper, e.g. `v0: number, v1: string`;
    /// fields with a Rust default after the last one without are optional (`v1: number = 5`).
    pub fn tuple_params(&self) -> String {
        let first_optional = self.fields.iter().rposition(|f| f.default.is_none()).map_or(0, |i| i + 1);
        let params: Vec<String> = self
            .fields
            .iter()
            .enumerate()
            .map(|(i, f)| match &f.default {
                Some(d) if i >= first_optional && d == "undefined" => format!("v{i}?: {}", f.ty.annotation),
                Some(d) if i >= first_optional => format!("v{i}: {} = {d}", f.record_annotation()),
                _ => format!("v{i}: {}", f.ty.annotation),
            })
            .collect();
        params.join(", ")
    }

    /// The items of a tuple variant's `inner`, from its constructor's parameters (`null`, which
    /// an optional item with a `Some` default takes for `None`, becomes `undefined`).
    pub fn tuple_args(&self) -> String {
        let first_optional = self.fields.iter().rposition(|f| f.default.is_none()).map_or(0, |i| i + 1);
        let items: Vec<String> = self
            .fields
            .iter()
            .enumerate()
            .map(|(i, f)| if i >= first_optional && f.takes_null() { format!("v{i} ?? undefined") } else { format!("v{i}") })
            .collect();
        items.join(", ")
    }

    /// The converter table of this variant's payload.
    pub fn converter_table(&self) -> String {
        if self.is_tuple {
            let items: Vec<&str> = self.fields.iter().map(|f| f.ty.converter.as_str()).collect();
            format!("[{}]", items.join(", "))
        } else {
            let items: Vec<String> =
                self.fields.iter().map(|f| format!("{}: {}", f.ts_name, f.ty.converter)).collect();
            if items.is_empty() {
                "{}".into()
            } else {
                format!("{{ {} }}", items.join(", "))
            }
        }
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

impl Enumeration {
    /// The discriminant table of a flat enum, `{ Low: 1, High: 200 }`, one entry per line when
    /// long (printed at the start of the enum's constant declaration).
    pub fn discriminant_table(&self) -> String {
        let items: Vec<String> =
            self.variants.iter().zip(&self.discriminants).map(|(v, d)| format!("{}: {d}", v.ts_name)).collect();
        let one_line = format!("{{ {} }}", items.join(", "));
        if one_line.len() + self.ts_name.len() * 2 + 50 <= 100 {
            return one_line;
        }
        format!("{{\n{}\n}}", items.iter().map(|i| format!("  {i},")).collect::<Vec<_>>().join("\n"))
    }
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
    /// ` implements A, B` after the class name, or nothing.
    /// `a Counter`, `an ObjectError`: for generated prose.
    pub fn ts_name_with_article(&self) -> String {
        names::with_article(&self.ts_name)
    }

    pub fn implements_clause(&self) -> String {
        if self.implements.is_empty() {
            String::new()
        } else {
            format!(" implements {}", self.implements.join(", "))
        }
    }
}

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

/// Builds the model of one component.
struct Builder<'a> {
    ci: &'a ComponentInterface,
    mapper: TypeMapper<'a>,
    /// Checksum functions the library exports, by name.
    checksums: HashMap<String, u16>,
}

impl Package {
    /// Builds the model. `library_name` is the cdylib's name (file name without prefix/extension).
    pub fn new(ci: &ComponentInterface, config: &Config, library_name: &str) -> Result<Self> {
        let others = OtherCrates {
            interfaces: Vec::new(),
            renames: [(ci.crate_name().to_string(), config.rename.clone())].into_iter().collect(),
        };
        Self::with_crate_info(ci, config, library_name, &CrateInfo::default(), &others)
    }

    /// As `new`, with what the crate's Cargo.toml says (its version and license) and the other
    /// crates of the library (whose types this one may use).
    pub fn with_crate_info(
        ci: &ComponentInterface,
        config: &Config,
        library_name: &str,
        crate_info: &CrateInfo,
        others: &OtherCrates,
    ) -> Result<Self> {
        others.check_renames()?;
        references::check_references(ci, &config.exclude, &others.renames)?;
        let named = InterfaceTypes { ci, config, others };
        let mut builder = Builder {
            ci,
            mapper: TypeMapper::new(&named),
            checksums: ci.iter_checksums().collect(),
        };
        let crate_name = ci.crate_name().to_string();

        let transport = config.transport.unwrap_or_default();
        let called_from_rust: Vec<String> = ci
            .callback_interface_definitions()
            .iter()
            .map(|c| format!("callback interface {}", c.name()))
            .chain(ci.object_definitions().iter().filter(|o| o.has_callback_interface()).map(|o| format!("trait {}", o.name())))
            .collect();
        if !transport.supports_callbacks() && !called_from_rust.is_empty() {
            bail!(
                "crate {crate_name}: {} {} implemented in TypeScript and called by Rust, which the {transport} transport \
                 cannot carry (it runs a JavaScript callback only after the native call returns). Generate for the koffi \
                 transport: --transport koffi, or transport = \"koffi\" under [bindings.typescript] in uniffi.toml",
                called_from_rust.join(", "),
                if called_from_rust.len() == 1 { "is" } else { "are" },
            );
        }

        let mut functions = Vec::new();
        for f in ci.function_definitions() {
            let callable = builder
                .callable(f, f.name(), names::function_name(f.name()), names::ffi_key(f.name()), None)
                .with_context(|| format!("in function {}", f.name()))?;
            functions.push(callable);
        }

        let mut records = Vec::new();
        for r in ci.record_definitions() {
            records.push(builder.record(r).with_context(|| format!("in record {}", r.name()))?);
        }

        let (mut flat_enums, mut tagged_enums, mut errors) = (Vec::new(), Vec::new(), Vec::new());
        for e in ci.enum_definitions() {
            let context = || format!("in enum {}", e.name());
            if ci.is_name_used_as_error(e.name()) {
                errors.push(builder.error_type(e).with_context(context)?);
            } else if e.is_flat() {
                flat_enums.push(builder.enumeration(e).with_context(context)?);
            } else {
                tagged_enums.push(builder.enumeration(e).with_context(context)?);
            }
        }

        let mut objects = Vec::new();
        let mut callback_interfaces = Vec::new();
        for o in ci.object_definitions() {
            objects.push(builder.object(o).with_context(|| format!("in object {}", o.name()))?);
            if o.has_callback_interface() {
                let methods: Vec<&Method> = o.methods();
                let interface = builder
                    .callback_interface(
                        o.name(),
                        names::trait_interface_name(o.name()),
                        o.docstring(),
                        &methods,
                        o.ffi_init_callback().name(),
                        Some(names::foreign_trait_object_converter_name(o.name())),
                    )
                    .with_context(|| format!("in trait {}", o.name()))?;
                callback_interfaces.push(interface);
            }
        }
        for c in ci.callback_interface_definitions() {
            let methods: Vec<&Method> = c.methods();
            let interface = builder
                .callback_interface(c.name(), names::type_name(c.name()), c.docstring(), &methods, c.ffi_init_callback().name(), None)
                .with_context(|| format!("in callback interface {}", c.name()))?;
            callback_interfaces.push(interface);
        }

        let mut custom_types = Vec::new();
        let mut custom_imports = BTreeSet::new();
        for ty in ci.iter_local_types() {
            if let Type::Custom { name, builtin, .. } = ty {
                let settings = config.custom_types.get(name.as_str());
                custom_imports.extend(settings.iter().flat_map(|s| s.imports.iter().cloned()));
                let builtin = builder.mapper.map(builtin)?;
                let conversion = match settings.map(|s| (&s.lift, &s.lower)) {
                    Some((Some(lift), Some(lower))) => {
                        Some((lift.replace("{}", "value"), lower.replace("{}", "value")))
                    }
                    Some((None, None)) | None => None,
                    _ => bail!("custom type {name}: set both `lift` and `lower`, or neither"),
                };
                let annotation = settings
                    .and_then(|s| s.type_name.clone())
                    .unwrap_or_else(|| builtin.annotation.clone());
                if conversion.is_none() && annotation != builtin.annotation {
                    bail!("custom type {name}: a `type_name` other than the builtin's needs `lift` and `lower`");
                }
                let docs = Docs::new(ci.get_custom_type_definition(name).and_then(|c| c.docstring()));
                custom_types.push(CustomType {
                    ts_name: names::type_name(name),
                    rust_name: name.to_string(),
                    converter: names::type_converter_name(name),
                    docs,
                    builtin,
                    annotation,
                    conversion,
                    is_error: ci.is_name_used_as_error(name),
                });
            }
        }
        custom_types.sort_by(|a, b| a.ts_name.cmp(&b.ts_name));

        let mut error_lifters = builder.mapper.error_lifters();
        // Every local object or custom type used as an error gets its lifter, whether or not
        // this crate throws it (the package of a crate that does builds its own).
        let thrown_locally = objects
            .iter()
            .filter(|o| o.is_error)
            .map(|o| (o.ts_name.clone(), o.converter.clone()))
            .chain(custom_types.iter().filter(|c| c.is_error).map(|c| (c.ts_name.clone(), c.converter.clone())));
        for (ts_name, converter) in thrown_locally {
            let name = names::error_lifter_name(&ts_name);
            if !error_lifters.iter().any(|l| l.name == name) {
                error_lifters.push(ErrorLifter { name, converter, is_local: true });
            }
        }
        error_lifters.sort_by(|a, b| a.name.cmp(&b.name));
        let (compound_converters, external_imports) = builder.mapper.finish();
        let transport = config.transport.unwrap_or_default();
        let package_name = config.package_name.clone().unwrap_or_else(|| names::package_name(&crate_name));
        let targets = match &config.platforms {
            Some(names) => names.iter().map(|n| Target::parse(n)).collect::<Result<Vec<_>>>().context("in `platforms`")?,
            None => Target::defaults_for(transport),
        };
        let platform_packages = targets.iter().map(|t| platform_package_name(&package_name, *t)).collect();
        let package = Self {
            transport,
            package_name,
            package_version: config
                .package_version
                .clone()
                .or_else(|| crate_info.version.clone())
                .unwrap_or_else(|| "0.0.0".into()),
            license: config.license.clone().or_else(|| crate_info.license.clone()),
            platform_packages,
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
            tagged_enums,
            errors,
            objects,
            callback_interfaces,
            custom_types,
            compound_converters,
            custom_imports: custom_imports.into_iter().collect(),
            external_imports,
            error_lifters,
        };
        package.check_module_names()?;
        let mut package = package;
        links::link_docs(&mut package);
        Ok(package)
    }

    /// The naming rules make generated names unable to collide with converted Rust names
    /// ([`names`]); what remains is a Rust type named like the interface the generator adds for
    /// a trait (`StoreInterface` next to the trait `Store`), refused here with the way out.
    fn check_module_names(&self) -> Result<()> {
        let mut seen: HashMap<&str, String> = HashMap::new();
        let declared = self
            .records
            .iter()
            .map(|r| (r.ts_name.as_str(), "record"))
            .chain(self.flat_enums.iter().chain(&self.tagged_enums).map(|e| (e.ts_name.as_str(), "enum")))
            .chain(self.errors.iter().map(|e| (e.ts_name.as_str(), "error")))
            .chain(self.objects.iter().map(|o| (o.ts_name.as_str(), "object")))
            .chain(self.objects.iter().filter_map(|o| o.trait_interface.as_deref().map(|i| (i, "the interface of a trait"))))
            .chain(self.callback_interfaces.iter().map(|c| (c.ts_name.as_str(), "the interface of a callback interface or trait")))
            .chain(self.custom_types.iter().map(|c| (c.ts_name.as_str(), "custom type")))
            .chain(self.functions.iter().map(|f| (f.ts_name.as_str(), "function")));
        for (name, what) in declared {
            if let Some(first) = seen.insert(name, what.to_string()) {
                bail!(
                    "crate {}: two items are named {name} in TypeScript ({first} and {what}): rename one \
                     ([bindings.typescript.rename] in uniffi.toml)",
                    self.crate_name
                );
            }
        }
        Ok(())
    }

    /// Whether an interface Rust calls has async methods (their implementations get `ForeignCallOptions`).
    pub fn has_async_callbacks(&self) -> bool {
        self.callback_interfaces.iter().any(CallbackInterface::has_async_method)
    }

    /// Every callable of the package: functions, constructors, methods.
    pub fn callables(&self) -> Vec<&Callable> {
        let mut all: Vec<&Callable> = self.functions.iter().collect();
        for r in &self.records {
            all.extend(&r.methods);
        }
        for e in self.flat_enums.iter().chain(&self.tagged_enums) {
            all.extend(&e.methods);
        }
        for e in &self.errors {
            all.extend(&e.methods);
        }
        for o in &self.objects {
            all.extend(&o.primary_constructor);
            all.extend(&o.constructors);
            all.extend(&o.methods);
        }
        all
    }

    /// Every FFI declaration.
    pub fn ffi_functions(&self) -> Vec<&FfiFunction> {
        self.callables().into_iter().map(|c| &c.ffi).collect()
    }

    pub fn uses_time(&self, name: &str) -> bool {
        let converter = format!("FfiConverter{name}");
        self.callables().iter().any(|c| {
            c.params.iter().any(|p| p.ty.converter.contains(&converter))
                || c.returns.as_ref().is_some_and(|r| r.converter.contains(&converter))
        }) || self.compound_converters.iter().any(|c| c.expression.contains(&converter))
            || self.records.iter().any(|r| r.fields.iter().any(|f| f.ty.converter == converter))
            || self
                .tagged_enums
                .iter()
                .chain(&self.flat_enums)
                .flat_map(|e| &e.variants)
                .chain(self.errors.iter().flat_map(|e| &e.variants))
                .any(|v| v.fields.iter().any(|f| f.ty.converter == converter))
            || self.custom_types.iter().any(|c| c.builtin.converter == converter)
    }
}

impl Builder<'_> {
    fn field(&mut self, f: &UniffiField) -> Result<Field> {
        self.field_named(f, names::field_name(f.name()))
    }

    fn field_named(&mut self, f: &UniffiField, ts_name: String) -> Result<Field> {
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

    fn record(&mut self, r: &uniffi_bindgen::interface::Record) -> Result<Record> {
        let fields = r.fields().iter().map(|f| self.field(f)).collect::<Result<Vec<_>>>()?;
        let converter = names::type_converter_name(r.name());
        let mut methods = Vec::new();
        if !r.constructors().is_empty() {
            bail!("constructors on records are not supported yet");
        }
        for m in r.methods() {
            let mut method = self.method(r.name(), m, &converter)?;
            method.ts_name = names::value_method_name(m.name());
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

    /// The variants of an enum, or of an error enum (`error`: its TypeScript name and the names
    /// of its class's methods, which its variants' fields must not take).
    fn variants(&mut self, e: &Enum, error: Option<(&str, &[Callable])>) -> Result<Vec<Variant>> {
        let method_names: Vec<&str> = error.map_or(&[][..], |(_, methods)| methods).iter().map(|m| m.ts_name.as_str()).collect();
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

    fn enumeration(&mut self, e: &Enum) -> Result<Enumeration> {
        let converter = names::type_converter_name(e.name());
        let variants = self.variants(e, None)?;
        if !e.constructors().is_empty() {
            bail!("constructors on enums are not supported yet");
        }
        let mut methods = Vec::new();
        for m in e.methods() {
            let mut method = self.method(e.name(), m, &converter)?;
            method.ts_name = names::value_method_name(m.name());
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

    fn error_type(&mut self, e: &Enum) -> Result<ErrorType> {
        if !e.constructors().is_empty() {
            bail!("constructors on error enums are not supported yet");
        }
        let converter = names::type_converter_name(e.name());
        let mut methods = Vec::new();
        for m in e.methods() {
            let mut method = self.method(e.name(), m, &converter)?;
            method.ts_name = names::error_method_name(m.name());
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

    fn object(&mut self, o: &UniffiObject) -> Result<Object> {
        // A trait TypeScript implements too: `FfiConverterType<Name>` is the converter of the
        // interface (either side's objects); the class of Rust implementations has its own.
        let (converter, mut implements) = if o.has_callback_interface() {
            (names::foreign_trait_object_converter_name(o.name()), vec![names::trait_interface_name(o.name())])
        } else {
            (names::type_converter_name(o.name()), Vec::new())
        };
        // A Rust-only trait: the class implements the interface of its methods, which objects
        // implementing the trait implement too.
        let trait_interface = (o.is_trait_interface() && !o.has_callback_interface()).then(|| names::trait_interface_name(o.name()));
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
            let interface = self.mapper.trait_interface(&t.trait_ty).with_context(|| format!("in object {}", o.name()))?;
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

    /// An interface Rust calls, with its methods in vtable order.
    fn callback_interface(
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
                Some(other) => bail!("{method_name}: error type {other:?} cannot be thrown from TypeScript yet (use an error enum)"),
                None => None,
            };
            out.push(CallbackMethod {
                ts_name: names::method_name(m.name()),
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

    fn method(&mut self, owner: &str, m: &Method, receiver: &str) -> Result<Callable> {
        let key = names::ffi_member_key(owner, m.name());
        let rust_name = format!("{owner}.{}", m.name());
        self.callable(m, &rust_name, names::method_name(m.name()), key, Some(receiver.to_string()))
            .with_context(|| format!("in method {rust_name}"))
    }

    /// Display, Debug, Eq, Hash and Ord as methods. On objects they are instance methods
    /// (`toString()`, `equals(other)`...); on records and enums, functions of the value.
    fn trait_methods(
        &mut self,
        owner: &str,
        traits: &UniffiTraitMethods,
        receiver: &str,
        on_object: bool,
    ) -> Result<Vec<Callable>> {
        let names: [(&Option<Method>, &str, &str); 5] = [
            (&traits.display_fmt, "toString", "display"),
            (&traits.debug_fmt, "toDebugString", "debug"),
            (&traits.eq_eq, "equals", "equals"),
            (&traits.hash_hash, "hashCode", "hash"),
            (&traits.ord_cmp, "compareTo", "compare"),
        ];
        let mut methods = Vec::new();
        for (method, object_name, value_name) in names {
            if let Some(m) = method {
                let mut callable = self.method(owner, m, receiver)?;
                callable.ts_name = if on_object { object_name } else { value_name }.to_string();
                callable.docs = Docs::new(Some(match value_name {
                    "display" => "The value formatted by Rust's `Display`.",
                    "debug" => "The value formatted by Rust's `Debug`.",
                    "equals" => "Whether both values are equal, by Rust's `PartialEq`.",
                    "hash" => "The value's hash, by Rust's `Hash`.",
                    _ => "Rust's `Ord::cmp`: negative, zero or positive.",
                }));
                methods.push(callable);
            }
        }
        Ok(methods)
    }

    fn callable(
        &mut self,
        c: &dyn UniffiCallable,
        rust_name: &str,
        ts_name: String,
        key: String,
        receiver: Option<String>,
    ) -> Result<Callable> {
        let mut params = Vec::new();
        for a in c.arguments() {
            let ty = a.as_type();
            let default = a.default_value().map(|d| self.mapper.default_value(d, &ty)).transpose()?;
            params.push(Param {
                ts_name: names::param_name(a.name()),
                label: a.name().to_string(),
                ty: self.mapper.map(&ty)?,
                default,
            });
        }
        // TypeScript: a parameter with a default cannot be followed by one without.
        if let Some(last_required) = params.iter().rposition(|p| p.default.is_none()) {
            for p in &mut params[..last_required] {
                p.default = None;
            }
        }
        let returns = c.return_type().map(|t| self.mapper.map(t)).transpose()?;
        let throws = c.throws_type().map(|ty| self.mapper.error_lifter(ty)).transpose()?;
        let ffi_func = c.ffi_func();
        let args = ffi_func.arguments().iter().map(|a| ffi_kind(&a.type_())).collect::<Result<Vec<_>>>()?;
        if args.len() > params.len() + usize::from(receiver.is_some()) {
            bail!("{rust_name}: more FFI arguments than parameters");
        }
        let (returns_kind, future) = if c.is_async() {
            let completes = match c.return_type() {
                Some(t) => ffi_kind(&uniffi_bindgen::interface::ffi::FfiType::from(t))?,
                None => "void",
            };
            ("handle", Some(completes))
        } else {
            (ffi_func.return_type().map(ffi_kind).transpose()?.unwrap_or("void"), None)
        };
        // `&[u8]` arguments of sync functions cross as ForeignBytes (a view of our memory).
        let offset = usize::from(receiver.is_some());
        for (i, kind) in args.iter().enumerate().skip(offset) {
            if *kind == "foreign_bytes" {
                params[i - offset].ty.converter = "FfiConverterForeignBytes".into();
            }
        }
        let checksum_fn = checksum_fn_name(c, self.ci);
        let checksum = checksum_fn.and_then(|name| self.checksums.get(&name).map(|v| (name, *v)));
        Ok(Callable {
            ts_name,
            docs: Docs::new(c.docstring()),
            params,
            receiver,
            object_method: false,
            returns,
            throws,
            is_async: c.is_async(),
            ffi: FfiFunction {
                key,
                rust_name: rust_name.to_string(),
                symbol: ffi_func.name().to_string(),
                args,
                returns: returns_kind,
                future,
                checksum,
            },
        })
    }
}

/// The checksum function of a callable, found through its scaffolding symbol:
/// `uniffi_<crate>_fn_<kind>_<name>` has `uniffi_<crate>_checksum_<kind>_<name>`.
fn checksum_fn_name(c: &dyn UniffiCallable, ci: &ComponentInterface) -> Option<String> {
    let symbol = c.ffi_func().name();
    let prefix = format!("uniffi_{}_fn_", ci.crate_name());
    symbol.strip_prefix(&prefix).map(|rest| format!("uniffi_{}_checksum_{}", ci.crate_name(), rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds the model of a small interface written in UDL (no cdylib needed).
    fn package(udl: &str) -> Package {
        let mut ci = ComponentInterface::from_webidl(udl, "demo").expect("valid UDL");
        ci.derive_ffi_funcs().unwrap();
        Package::new(&ci, &Config::default(), "demo").unwrap()
    }

    const UDL: &str = r#"
        namespace demo {
            [Async] string greet(string name, optional u32 times = 2);
            u64 count_words(sequence<string> words);
            [Throws=DemoError] void check(i64 value);
        };
        dictionary Settings { string host; u16 port = 8080; };
        enum Mood { "Happy", "Calm" };
        [Error] interface DemoError { TooBig(i64 limit); Empty(); };
        interface Counter {
            constructor(u32 start);
            [Name=with_step] constructor(u32 step);
            u32 increment();
            [Async] u32 fetch(Counter other);
        };
    "#;

    #[test]
    fn functions_become_camel_case_with_defaults_and_async_options() {
        let p = package(UDL);
        let greet = p.functions.iter().find(|f| f.ts_name == "greet").unwrap();
        assert!(greet.is_async);
        assert_eq!(greet.signature(), "name: string, times: number = 2, options?: AsyncCallOptions");
        assert_eq!(greet.return_annotation(), "Promise<string>");
        assert_eq!(greet.ffi.future, Some("rust_buffer"));
        assert_eq!(greet.ffi.symbol, "uniffi_demo_fn_func_greet");
        let count = p.functions.iter().find(|f| f.ts_name == "countWords").unwrap();
        assert_eq!(count.return_annotation(), "bigint");
        assert_eq!(count.ffi.args, ["rust_buffer"]);
        let check = p.functions.iter().find(|f| f.ts_name == "check").unwrap();
        assert_eq!(check.throws.as_deref(), Some("FfiConverterTypeDemoError"));
        assert_eq!(check.return_annotation(), "void");
    }

    #[test]
    fn records_enums_and_errors() {
        let p = package(UDL);
        let settings = &p.records[0];
        assert_eq!(settings.fields[1].ts_name, "port");
        assert_eq!(settings.fields[1].default.as_deref(), Some("8080"));
        assert!(settings.has_defaults());
        assert_eq!(p.flat_enums[0].variants.len(), 2);
        let error = &p.errors[0];
        assert_eq!(error.ts_name, "DemoError");
        assert!(!error.is_flat);
        assert_eq!(error.variants[0].fields[0].ts_name, "limit");
        assert_eq!(error.variants[0].fields[0].ty.annotation, "bigint");
    }

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
    fn object_methods_run_in_the_library_of_their_receiver_and_other_callables_in_their_own() {
        let p = package(UDL);
        let counter = &p.objects[0];
        let method = |name: &str| counter.methods.iter().find(|m| m.ts_name == name).unwrap();
        assert_eq!(method("increment").runtime_class(), "SyncMethod");
        assert_eq!(method("fetch").runtime_class(), "AsyncMethod");
        assert_eq!(counter.primary_constructor.as_ref().unwrap().runtime_class(), "SyncFunction");
        assert_eq!(counter.constructors[0].runtime_class(), "SyncFunction");
        let greet = p.functions.iter().find(|f| f.ts_name == "greet").unwrap();
        assert_eq!(greet.runtime_class(), "AsyncFunction");
        // A record's methods take the record by value: no library to follow.
        let with_methods = package(
            r#"
            namespace demo {};
            [Traits=(Display)] dictionary Point { i32 x; };
            [Traits=(Display)] interface Pin { constructor(); };
            "#,
        );
        let display = |callables: &[Callable]| callables.iter().find(|m| m.ts_name == "toString" || m.ts_name == "display").map(Callable::runtime_class);
        assert_eq!(display(&with_methods.objects[0].methods), Some("SyncMethod"));
        assert_eq!(display(&with_methods.records[0].methods), Some("SyncFunction"));
        // An error enum's methods are instance methods of its class, but take the value.
        let error = package(
            r#"
            namespace demo { [Throws=Oops] void f(); };
            [Error, Traits=(Display)] interface Oops { Bad(); };
            "#,
        );
        assert_eq!(display(&error.errors[0].methods), Some("SyncFunction"));
    }

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
        assert_eq!(discriminant_literals(&e).unwrap(), (vec!["4294967298n".into(), "4294967299n".into(), "18446744073709551615n".into()], "bigint"));
        let e = flat_enum(Some(Type::Int64), &[int(i64::MIN), uint(0)]);
        assert_eq!(discriminant_literals(&e).unwrap().0, ["-9223372036854775808n", "0n"]);
        // #[repr(i8)], negative values then implicit ones.
        let e = flat_enum(Some(Type::Int8), &[int(-128), int(-3), None, uint(127)]);
        assert_eq!(discriminant_literals(&e).unwrap(), (vec!["-128".into(), "-3".into(), "-2".into(), "127".into()], "number"));
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
            [ErrorLifter { name: "FfiErrorLifterTypeCustomError".into(), converter: "FfiConverterTypeCustomError".into(), is_local: true }]
        );
        assert!(p.custom_types[0].is_error);
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

    #[test]
    fn a_type_named_like_a_generated_interface_is_refused_with_the_way_out() {
        let mut ci = ComponentInterface::from_webidl(
            r#"
            namespace demo { Shape make(ShapeInterface s); };
            [Trait] interface Shape { f64 area(); };
            dictionary ShapeInterface { u32 x; };
            "#,
            "demo",
        )
        .unwrap();
        ci.derive_ffi_funcs().unwrap();
        let error = Package::new(&ci, &Config::default(), "demo").unwrap_err().to_string();
        assert!(error.contains("two items are named ShapeInterface in TypeScript (record and the interface of a trait)"), "{error}");
        assert!(error.contains("[bindings.typescript.rename]"), "{error}");
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

    #[test]
    fn every_callable_is_declared_once() {
        let p = package(UDL);
        let keys: Vec<&str> = p.ffi_functions().iter().map(|f| f.key.as_str()).collect();
        let mut unique = keys.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(keys.len(), unique.len(), "{keys:?}");
        assert!(keys.contains(&"Counter_new") && keys.contains(&"Counter_withStep"));
    }

    #[test]
    fn renaming_an_object_renames_its_constructors_results_and_errors() {
        // uniffi's rename pass leaves a constructor's result and error with the old names.
        let mut ci = ComponentInterface::from_webidl(
            r#"
            namespace demo {};
            dictionary Point { double x; };
            [Error] enum SpriteError { "Off" };
            interface Sprite {
                constructor(Point? initial);
                [Name=on_board, Throws=SpriteError] constructor(double x);
                Point get_position();
            };
            "#,
            "demo",
        )
        .unwrap();
        let table: toml::Table = toml::from_str(
            "Sprite = \"TsSprite\"\nSpriteError = \"TsSpriteError\"\nPoint = \"TsPoint\"\n\"Sprite.get_position\" = \"position\"",
        )
        .unwrap();
        uniffi_bindgen::interface::rename(&mut ci, &[("demo".to_string(), table.clone())].into_iter().collect());
        ci.derive_ffi_funcs().unwrap();
        let config = Config { rename: table, ..Config::default() };
        let p = Package::new(&ci, &config, "demo").unwrap();
        let sprite = &p.objects[0];
        assert_eq!(sprite.ts_name, "TsSprite");
        let on_board = &sprite.constructors[0];
        assert_eq!(on_board.return_annotation(), "TsSprite");
        assert_eq!(on_board.throws.as_deref(), Some("FfiConverterTypeTsSpriteError"));
        assert_eq!(sprite.primary_constructor.as_ref().unwrap().signature(), "initial: TsPoint | undefined");
        assert_eq!(sprite.methods[0].ts_name, "position");
        assert_eq!(sprite.methods[0].return_annotation(), "TsPoint");
    }

    #[test]
    fn renames_that_chain_or_swap_are_refused() {
        let ci = ComponentInterface::from_webidl("namespace demo {}; dictionary A { u8 a; }; dictionary B { u8 b; };", "demo").unwrap();
        let config = Config { rename: toml::from_str("A = \"B\"\nB = \"A\"").unwrap(), ..Config::default() };
        let error = format!("{:#}", Package::new(&ci, &config, "demo").unwrap_err());
        assert!(error.contains("chains and swaps of names are not supported"), "{error}");
    }

    #[test]
    fn external_types_are_what_their_own_crate_defines() {
        // UDL's `typedef trait` does not say that foreign code may implement the trait; its crate does.
        let mut base = ComponentInterface::from_webidl(
            r#"
            namespace base {};
            [Trait, WithForeign] interface Store { string get(); };
            dictionary Defaults { u32 n = 5; };
            "#,
            "base",
        )
        .unwrap();
        base.derive_ffi_funcs().unwrap();
        let mut user = ComponentInterface::from_webidl(
            r#"
            namespace user { Store? echo(Store? store); };
            [External="base"] typedef trait Store;
            "#,
            "user",
        )
        .unwrap();
        user.derive_ffi_funcs().unwrap();
        let alone = Package::new(&user, &Config::default(), "user").unwrap();
        assert_eq!(alone.functions[0].return_annotation(), "Store | undefined");
        let others = OtherCrates { interfaces: vec![&base], renames: HashMap::new() };
        let p = Package::with_crate_info(&user, &Config::default(), "user", &CrateInfo::default(), &others).unwrap();
        assert_eq!(p.functions[0].return_annotation(), "StoreInterface | undefined");
        assert_eq!(p.functions[0].params[0].ty.converter, "FfiConverterOptionalTypeStore");
        let imported: Vec<&str> = p.external_imports["../base"].iter().map(String::as_str).collect();
        assert_eq!(imported, ["FfiConverterTypeStore", "StoreInterface"]);
    }

    #[test]
    fn a_tuple_variant_takes_its_trailing_defaults_as_optional_parameters() {
        let field = |annotation: &str, default: Option<&str>| Field {
            ts_name: String::new(),
            rust_name: String::new(),
            docs: Docs::default(),
            ty: TsType { annotation: annotation.into(), converter: "C".into() },
            default: default.map(str::to_string),
        };
        let variant = |fields: Vec<Field>| Variant {
            ts_name: "Four".into(),
            rust_name: "Four".into(),
            class_name: "Four".into(),
            docs: Docs::default(),
            fields,
            is_tuple: true,
        };
        let four = variant(vec![field("string", None), field("number | undefined", Some("9")), field("number | undefined", Some("undefined"))]);
        assert_eq!(four.tuple_params(), "v0: string, v1: number | undefined | null = 9, v2?: number | undefined");
        assert_eq!(four.tuple_args(), "v0, v1 ?? undefined, v2");
        assert_eq!(four.defaults_table(), None);
        // A default before a required field stays required (TypeScript's rule for parameters).
        let mixed = variant(vec![field("number", Some("5")), field("string", None)]);
        assert_eq!(mixed.tuple_params(), "v0: number, v1: string");
    }
}
