//! Where each named type is defined and what it is called now: in this crate, or in another
//! crate of the same library (an external type), after the rename tables.
//!
//! Two things the component's own interface cannot say are settled here:
//! * **What an external type really is.** A UDL crate declares another crate's trait with
//!   `typedef trait`, which does not say whether foreign code may implement it, and another
//!   crate's record or object is only a name: its defaults live in its own crate's interface.
//! * **Its current name.** uniffi's rename pass leaves some references with the old name (a
//!   constructor's result and error, the result and error of callback-interface methods, the
//!   methods of records and enums). A reference to a name its crate no longer defines, which its
//!   crate's rename table renames, means the renamed item.

use std::collections::HashMap;

use anyhow::{bail, Result};
use uniffi_bindgen::interface::ObjectImpl;
use uniffi_bindgen::ComponentInterface;

use super::names;
use super::types::NamedTypes;
use crate::config::Config;

/// The library's other crates: their interfaces and everyone's rename tables.
#[derive(Debug, Default)]
pub struct OtherCrates<'a> {
    /// The interfaces of the other crates the library holds.
    pub interfaces: Vec<&'a ComponentInterface>,
    /// Rename tables (`[bindings.typescript.rename]`) by crate name, this crate's included.
    pub renames: HashMap<String, toml::Table>,
}

impl OtherCrates<'_> {
    /// Refuses rename tables that rename an item to a name another entry renames: a reference
    /// left with an old name could then mean either item.
    pub fn check_renames(&self) -> Result<()> {
        for (crate_name, table) in &self.renames {
            for (from, to) in table {
                let Some(to) = to.as_str() else {
                    bail!("crate {crate_name}: [bindings.typescript.rename] {from} must be a string");
                };
                if !from.contains('.') && from != to && table.contains_key(to) {
                    bail!(
                        "crate {crate_name}: [bindings.typescript.rename] renames {from} to {to}, which it renames too: \
                         chains and swaps of names are not supported, give {from} a name of its own"
                    );
                }
            }
        }
        Ok(())
    }
}

/// The crate of a module path (`my_crate::inner` → `my_crate`).
pub fn crate_of(module_path: &str) -> &str {
    module_path.split("::").next().unwrap_or(module_path)
}

/// Whether `ci` defines a named type called `name`, of any kind.
pub fn defines(ci: &ComponentInterface, name: &str) -> bool {
    ci.get_record_definition(name).is_some()
        || ci.get_enum_definition(name).is_some()
        || ci.get_object_definition(name).is_some()
        || ci.get_callback_interface_definition(name).is_some()
        || ci.get_custom_type_definition(name).is_some()
}

/// The current name of a reference to `name` in `ci`'s crate: `name` itself when `ci` defines
/// it, else what the crate's rename table renames it to, if `ci` defines that.
pub fn current_name(ci: &ComponentInterface, renames: &HashMap<String, toml::Table>, name: &str) -> String {
    if defines(ci, name) {
        return name.to_string();
    }
    renames
        .get(ci.crate_name())
        .and_then(|table| table.get(name))
        .and_then(|value| value.as_str())
        .filter(|renamed| defines(ci, renamed))
        .unwrap_or(name)
        .to_string()
}

/// The name `[bindings.typescript.rename]` gives a member of `owner` in `ci`'s crate
/// (`"Owner.member"`), for the members uniffi's rename pass does not reach: the methods of records
/// and enums, the variants named by default values, and callback-interface methods keyed by the
/// interface's Rust name. `owner` is the owner's current name; the key may use its Rust name.
pub fn renamed_member(
    ci: &ComponentInterface,
    renames: &HashMap<String, toml::Table>,
    owner: &str,
    member: &str,
) -> Option<String> {
    let table = renames.get(ci.crate_name())?;
    let rust_owner = table.iter().find(|(_, to)| to.as_str() == Some(owner)).map(|(from, _)| from.as_str());
    [Some(owner), rust_owner]
        .into_iter()
        .flatten()
        .find_map(|o| table.get(&format!("{o}.{member}")).and_then(|to| to.as_str()).map(str::to_string))
}

/// The named types of one component, as the type mapper sees them.
pub struct InterfaceTypes<'a> {
    pub ci: &'a ComponentInterface,
    pub config: &'a Config,
    pub others: &'a OtherCrates<'a>,
}

impl InterfaceTypes<'_> {
    /// The interface that defines the types of `module_path`, when the library holds it.
    fn home(&self, module_path: &str) -> Option<&ComponentInterface> {
        let crate_name = crate_of(module_path);
        if crate_name == self.ci.crate_name() {
            return Some(self.ci);
        }
        self.others.interfaces.iter().copied().find(|ci| ci.crate_name() == crate_name)
    }

    /// The current name of `name` in its home crate (itself when the library lacks that crate).
    fn current(&self, module_path: &str, name: &str) -> String {
        match self.home(module_path) {
            Some(ci) => current_name(ci, &self.others.renames, name),
            None => name.to_string(),
        }
    }
}

impl NamedTypes for InterfaceTypes<'_> {
    fn current_name(&self, module_path: &str, name: &str) -> String {
        self.current(module_path, name)
    }

    fn variant_name(&self, module_path: &str, enum_name: &str, variant: &str) -> String {
        let enum_name = self.current(module_path, enum_name);
        self.home(module_path)
            .and_then(|ci| renamed_member(ci, &self.others.renames, &enum_name, variant))
            .unwrap_or_else(|| variant.to_string())
    }

    fn is_flat_enum(&self, module_path: &str, name: &str) -> bool {
        let name = self.current(module_path, name);
        self.home(module_path).and_then(|ci| ci.get_enum_definition(&name)).is_none_or(|e| e.is_flat())
    }

    fn custom_type_name(&self, name: &str) -> String {
        // A custom type is always referred to by its own alias, `export type Url = ...`.
        names::type_name(name)
    }

    fn object_imp(&self, module_path: &str, name: &str) -> Option<ObjectImpl> {
        let name = self.current(module_path, name);
        self.home(module_path).and_then(|ci| ci.get_object_definition(&name)).map(|o| o.imp().clone())
    }

    fn record_fully_defaulted(&self, module_path: &str, name: &str) -> bool {
        let name = self.current(module_path, name);
        self.home(module_path)
            .and_then(|ci| ci.get_record_definition(&name))
            .is_some_and(|r| r.fields().iter().all(|f| f.default_value().is_some()))
    }

    fn object_default(&self, module_path: &str, name: &str) -> std::result::Result<String, String> {
        let name = self.current(module_path, name);
        let home = self.home(module_path).ok_or("its crate is not in this library")?;
        let object = home.get_object_definition(&name).ok_or("its crate does not define it")?;
        let constructor = object.primary_constructor().ok_or("it has no primary constructor (`new`)")?;
        if constructor.is_async() {
            return Err("its primary constructor is async".into());
        }
        if !constructor.arguments().iter().all(|a| a.default_value().is_some()) {
            return Err("its primary constructor takes arguments without defaults".into());
        }
        Ok(format!("new {}()", names::type_name(&name)))
    }

    fn external_package(&self, module_path: &str) -> Option<String> {
        let crate_name = crate_of(module_path);
        if crate_name == self.ci.crate_name() {
            return None;
        }
        Some(
            self.config
                .external_packages
                .get(crate_name)
                .cloned()
                .unwrap_or_else(|| format!("../{}", names::package_name(crate_name))),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::model::*;
    use uniffi_bindgen::ComponentInterface;

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
        let ci = ComponentInterface::from_webidl(
            "namespace demo {}; dictionary A { u8 a; }; dictionary B { u8 b; };",
            "demo",
        )
        .unwrap();
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
        let p = Package::build(&user, &Config::default(), "user", &others).unwrap();
        assert_eq!(p.functions[0].return_annotation(), "StoreInterface | undefined");
        assert_eq!(p.functions[0].params[0].ty.converter, "FfiConverterOptionalTypeStore");
        let imported: Vec<&str> = p.external_imports["../base"].iter().map(String::as_str).collect();
        assert_eq!(imported, ["FfiConverterTypeStore", "StoreInterface"]);
    }
}
