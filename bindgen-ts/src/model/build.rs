//! Building the model of one component: the checks first, then each kind of item in its own
//! module (`callables`, `records`, `enums`, `objects`, `callbacks`, `custom`), through one
//! [`Builder`] that maps every type they use.

use std::collections::HashMap;

use anyhow::{bail, Context, Result};
use uniffi_bindgen::interface::Method;
use uniffi_bindgen::ComponentInterface;

use super::resolve::{InterfaceTypes, OtherCrates};
use super::types::{ErrorLifter, TypeMapper};
use super::{links, names, references, CallbackInterface, CustomType, Docs, Object, Package};
use crate::config::Config;
use crate::transport::Transport;

/// Builds the model of one component.
pub(super) struct Builder<'a> {
    pub(super) ci: &'a ComponentInterface,
    pub(super) mapper: TypeMapper<'a>,
    /// Checksum functions the library exports, by name.
    pub(super) checksums: HashMap<String, u16>,
    /// Rename tables by crate (see [`Builder::member_name`]).
    pub(super) renames: &'a HashMap<String, toml::Table>,
}

impl Package {
    /// Builds the model of a component with no other crates beside it. `library_name` is the
    /// cdylib's name (file name without prefix/extension).
    pub fn new(ci: &ComponentInterface, config: &Config, library_name: &str) -> Result<Self> {
        let others = OtherCrates {
            interfaces: Vec::new(),
            renames: [(ci.crate_name().to_string(), config.rename.clone())].into_iter().collect(),
        };
        Self::build(ci, config, library_name, &others)
    }

    /// Builds the model of a component, with the other crates of its library (whose types it
    /// may use).
    pub fn build(ci: &ComponentInterface, config: &Config, library_name: &str, others: &OtherCrates) -> Result<Self> {
        others.check_renames()?;
        references::check_references(ci, &config.exclude, &others.renames)?;
        let transport = config.transport.unwrap_or_default();
        check_transport_carries(ci, transport)?;

        let named = InterfaceTypes { ci, config, others };
        let mut builder = Builder {
            ci,
            mapper: TypeMapper::new(&named),
            checksums: ci.iter_checksums().collect(),
            renames: &others.renames,
        };
        let functions = builder.functions()?;
        let records = ci
            .record_definitions()
            .iter()
            .map(|r| builder.record(r).with_context(|| format!("in record {}", r.name())))
            .collect::<Result<Vec<_>>>()?;
        let (flat_enums, tagged_enums, errors) = builder.enums()?;
        let (objects, callback_interfaces) = builder.objects_and_callback_interfaces()?;
        let (custom_types, custom_imports) = builder.custom_types(config)?;
        let error_lifters = error_lifters(builder.mapper.error_lifters(), &objects, &custom_types);
        let (compound_converters, external_imports) = builder.mapper.finish();

        let crate_name = ci.crate_name().to_string();
        let mut package = Self {
            transport,
            package_name: config.package_name.clone().unwrap_or_else(|| names::package_name(&crate_name)),
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
            custom_imports,
            external_imports,
            error_lifters,
        };
        package.check_module_names()?;
        links::link_docs(&mut package);
        Ok(package)
    }
}

/// Refuses a crate whose Rust calls TypeScript when the transport cannot carry it.
fn check_transport_carries(ci: &ComponentInterface, transport: Transport) -> Result<()> {
    let called_from_rust: Vec<String> = ci
        .callback_interface_definitions()
        .iter()
        .map(|c| format!("callback interface {}", c.name()))
        .chain(
            ci.object_definitions()
                .iter()
                .filter(|o| o.has_callback_interface())
                .map(|o| format!("trait {}", o.name())),
        )
        .collect();
    if !transport.supports_callbacks() && !called_from_rust.is_empty() {
        bail!(
            "crate {}: {} {} implemented in TypeScript and called by Rust, which the {transport} transport \
             cannot carry ({}). Generate for the node-api or koffi transport: --transport node-api \
             or --transport koffi, or transport = \"node-api\" under [bindings.typescript] in uniffi.toml",
            ci.crate_name(),
            called_from_rust.join(", "),
            if called_from_rust.len() == 1 { "is" } else { "are" },
            transport.row().no_callbacks_because,
        );
    }
    Ok(())
}

/// The lifters of thrown types: those the crate's callables need, plus one for every local
/// object or custom type used as an error, whether or not this crate throws it (the package of
/// a crate that does builds its own from the converter).
fn error_lifters(mut lifters: Vec<ErrorLifter>, objects: &[Object], custom_types: &[CustomType]) -> Vec<ErrorLifter> {
    let thrown_locally = objects
        .iter()
        .filter(|o| o.is_error)
        .map(|o| (&o.ts_name, &o.converter))
        .chain(custom_types.iter().filter(|c| c.is_error).map(|c| (&c.ts_name, &c.converter)));
    for (ts_name, converter) in thrown_locally {
        let name = names::error_lifter_name(ts_name);
        if !lifters.iter().any(|l| l.name == name) {
            lifters.push(ErrorLifter { name, converter: converter.clone(), is_local: true });
        }
    }
    lifters.sort_by(|a, b| a.name.cmp(&b.name));
    lifters
}

impl Builder<'_> {
    /// The Rust name of `owner`'s member `member` after the rename table, which uniffi's own
    /// pass applies to object methods only (see [`super::resolve::renamed_member`]).
    pub(super) fn member_name(&self, owner: &str, member: &str) -> String {
        super::resolve::renamed_member(self.ci, self.renames, owner, member).unwrap_or_else(|| member.to_string())
    }

    fn functions(&mut self) -> Result<Vec<super::Callable>> {
        let ci = self.ci;
        ci.function_definitions()
            .iter()
            .map(|f| {
                self.callable(f, f.name(), names::function_name(f.name()), names::ffi_key(f.name()), None)
                    .with_context(|| format!("in function {}", f.name()))
            })
            .collect()
    }

    /// Flat enums, tagged enums and error enums.
    fn enums(&mut self) -> Result<(Vec<super::Enumeration>, Vec<super::Enumeration>, Vec<super::ErrorType>)> {
        let (mut flat, mut tagged, mut errors) = (Vec::new(), Vec::new(), Vec::new());
        let ci = self.ci;
        for e in ci.enum_definitions() {
            let context = || format!("in enum {}", e.name());
            if ci.is_name_used_as_error(e.name()) {
                errors.push(self.error_type(e).with_context(context)?);
            } else if e.is_flat() {
                flat.push(self.enumeration(e).with_context(context)?);
            } else {
                tagged.push(self.enumeration(e).with_context(context)?);
            }
        }
        Ok((flat, tagged, errors))
    }

    /// Objects, and the interfaces Rust calls: traits TypeScript may implement (each also an
    /// object, the class of its Rust implementations), then callback interfaces.
    fn objects_and_callback_interfaces(&mut self) -> Result<(Vec<Object>, Vec<CallbackInterface>)> {
        let ci = self.ci;
        let mut objects = Vec::new();
        let mut interfaces = Vec::new();
        for o in ci.object_definitions() {
            objects.push(self.object(o).with_context(|| format!("in object {}", o.name()))?);
            if o.has_callback_interface() {
                let methods: Vec<&Method> = o.methods();
                let interface = self
                    .callback_interface(
                        o.name(),
                        names::trait_interface_name(o.name()),
                        o.docstring(),
                        &methods,
                        o.ffi_init_callback().name(),
                        Some(names::foreign_trait_object_converter_name(o.name())),
                    )
                    .with_context(|| format!("in trait {}", o.name()))?;
                interfaces.push(interface);
            }
        }
        for c in ci.callback_interface_definitions() {
            let methods: Vec<&Method> = c.methods();
            let interface = self
                .callback_interface(
                    c.name(),
                    names::type_name(c.name()),
                    c.docstring(),
                    &methods,
                    c.ffi_init_callback().name(),
                    None,
                )
                .with_context(|| format!("in callback interface {}", c.name()))?;
            interfaces.push(interface);
        }
        Ok((objects, interfaces))
    }
}
