//! `[bindings.typescript]` in a crate's uniffi.toml.

use std::collections::HashMap;

use anyhow::{Context, Result};
use serde::Deserialize;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// npm package name (default: the crate name in kebab-case).
    pub package_name: Option<String>,
    /// The native transport (default: ffi-rs); `--transport` overrides it.
    pub transport: Option<crate::transport::Transport>,
    /// npm package version (default: the crate's version in its Cargo.toml, else 0.0.0).
    pub package_version: Option<String>,
    /// npm license (default: the crate's `license` in its Cargo.toml).
    pub license: Option<String>,
    /// Platforms the package lists platform packages for, napi-rs style (`linux-x64-gnu`,
    /// `darwin-arm64`, ...; default: every platform the transport runs on).
    pub platforms: Option<Vec<String>>,
    /// The cdylib's name (default: the name of the library file the bindings are generated from).
    pub library_name: Option<String>,
    /// Environment variable that overrides the library lookup (default: `<CRATE>_LIBRARY_PATH`).
    pub library_path_variable: Option<String>,
    /// Folders searched for the library, relative to the generated package (default: `["."]`).
    pub library_search_paths: Option<Vec<String>>,
    /// Renames of exported items, as uniffi's `rename` table.
    #[serde(default)]
    pub rename: toml::Table,
    /// Exported items to leave out, as uniffi's `exclude` list.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Import paths of the packages of other crates whose types this crate uses, by crate name
    /// (default: `../<crate-name>`, a sibling package).
    #[serde(default)]
    pub external_packages: HashMap<String, String>,
    /// TypeScript representations of custom types (`uniffi::custom_type!`), by type name.
    #[serde(default)]
    pub custom_types: HashMap<String, CustomTypeConfig>,
}

/// `[bindings.typescript.custom_types.<Name>]`: how a custom type looks in TypeScript.
///
/// Without a table, a custom type is an alias of its builtin type (`type Url = string`).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomTypeConfig {
    /// The TypeScript type, e.g. `URL`.
    pub type_name: Option<String>,
    /// Import lines the type needs, e.g. `import { Decimal } from 'decimal.js';`.
    #[serde(default)]
    pub imports: Vec<String>,
    /// Builtin value → TypeScript value; `{}` stands for the builtin value, e.g. `new URL({})`.
    pub lift: Option<String>,
    /// TypeScript value → builtin value; `{}` stands for the TypeScript value, e.g. `{}.toString()`.
    pub lower: Option<String>,
}

/// uniffi-bindgen-react-native reads `[bindings.typescript]` too. Its keys (camelCase, where
/// ours are snake_case) are not ours: a crate that carries its configuration still generates,
/// its `customTypes` are used for the types ours does not configure, and the others are left
/// to it, with a note. Any other unknown key is an error, so a typo of ours does not go unnoticed.
const REACT_NATIVE_KEYS: &[&str] = &["logLevel", "consoleImport", "optOutInterface", "customTypes"];

/// One entry of uniffi-bindgen-react-native's `customTypes`: read leniently, as it is that
/// tool's table (an entry without both conversions is skipped, with a note).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ReactNativeCustomType {
    /// `[name, module]` pairs: `import { name } from 'module'`.
    #[serde(default)]
    imports: Vec<(String, String)>,
    type_name: Option<String>,
    #[serde(alias = "lift")]
    into_custom: Option<String>,
    #[serde(alias = "lower")]
    from_custom: Option<String>,
}

impl ReactNativeCustomType {
    /// Ours, when the entry has both conversions.
    fn into_ours(self) -> Option<CustomTypeConfig> {
        Some(CustomTypeConfig {
            type_name: self.type_name,
            imports: self
                .imports
                .into_iter()
                .map(|(name, module)| format!("import {{ {name} }} from '{module}';"))
                .collect(),
            lift: Some(self.into_custom?),
            lower: Some(self.from_custom?),
        })
    }
}

/// Adds uniffi-bindgen-react-native's `customTypes` to `config` for the types ours does not
/// configure; what cannot be used is said in `notes`.
fn adopt_react_native_custom_types(config: &mut Config, theirs: toml::Value, source: &str, notes: &mut Vec<String>) {
    let custom_types: HashMap<String, ReactNativeCustomType> = match theirs.try_into() {
        Ok(custom_types) => custom_types,
        Err(error) => {
            notes.push(format!(
                "{source}: uniffi-bindgen-react-native's customTypes cannot be read ({error}): not used"
            ));
            return;
        }
    };
    let mut incomplete = Vec::new();
    for (name, custom) in custom_types {
        if config.custom_types.contains_key(&name) {
            continue;
        }
        match custom.into_ours() {
            Some(ours) => {
                config.custom_types.insert(name, ours);
            }
            None => incomplete.push(name),
        }
    }
    if !incomplete.is_empty() {
        incomplete.sort();
        notes.push(format!(
            "{source}: uniffi-bindgen-react-native's customTypes {} lack intoCustom or fromCustom: not used",
            incomplete.join(", ")
        ));
    }
}

impl Config {
    /// Extracts `[bindings.typescript]` from a whole uniffi.toml tree; `source` names the file
    /// in messages. Returns the config and notes for the user.
    pub fn from_root_toml(root: toml::Value, source: &str) -> Result<(Self, Vec<String>)> {
        let Some(table) = root.get("bindings").and_then(|b| b.get("typescript")) else {
            return Ok((Self::default(), Vec::new()));
        };
        let mut table =
            table.as_table().with_context(|| format!("[bindings.typescript] in {source} is not a table"))?.clone();
        let mut notes = Vec::new();
        let theirs: Vec<String> =
            REACT_NATIVE_KEYS.iter().filter(|k| table.contains_key(**k)).map(|k| k.to_string()).collect();
        let their_custom_types = table.remove("customTypes");
        for key in &theirs {
            table.remove(key);
        }
        let mut config: Self = toml::Value::Table(table)
            .try_into()
            .with_context(|| format!("invalid [bindings.typescript] in {source}"))?;
        if let Some(custom_types) = their_custom_types {
            adopt_react_native_custom_types(&mut config, custom_types, source, &mut notes);
        }
        if !theirs.is_empty() {
            notes.push(format!(
                "{source}: [bindings.typescript] has uniffi-bindgen-react-native's {} too: {}",
                theirs.join(", "),
                if theirs.iter().any(|k| k == "customTypes") {
                    "its customTypes are used for the custom types custom_types does not configure, the rest is ignored"
                } else {
                    "they are ignored"
                }
            ));
        }
        Ok((config, notes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_typescript_table_only() {
        let root: toml::Value = toml::from_str(
            r#"
            [bindings.kotlin]
            package_name = "ignored"
            [bindings.typescript]
            package_name = "@scope/pkg"
            library_search_paths = ["../native"]
            exclude = ["hidden"]
            "#,
        )
        .unwrap();
        let config = Config::from_root_toml(root, "uniffi.toml").unwrap().0;
        assert_eq!(config.package_name.as_deref(), Some("@scope/pkg"));
        assert_eq!(config.library_search_paths, Some(vec!["../native".to_string()]));
        assert_eq!(config.exclude, vec!["hidden"]);
        assert_eq!(config.transport, None);
    }

    #[test]
    fn reads_the_transport() {
        let root: toml::Value = toml::from_str("[bindings.typescript]\ntransport = \"koffi\"").unwrap();
        assert_eq!(
            Config::from_root_toml(root, "uniffi.toml").unwrap().0.transport,
            Some(crate::transport::Transport::Koffi)
        );
        let root: toml::Value = toml::from_str("[bindings.typescript]\ntransport = \"napi\"").unwrap();
        let error = format!("{:#}", Config::from_root_toml(root, "uniffi.toml").unwrap_err());
        assert!(error.contains("ffi-rs") && error.contains("koffi"), "{error}");
    }

    #[test]
    fn reads_custom_types() {
        let root: toml::Value = toml::from_str(
            r#"
            [bindings.typescript.custom_types.Url]
            type_name = "URL"
            lift = "new URL({})"
            lower = "{}.toString()"
            "#,
        )
        .unwrap();
        let config = Config::from_root_toml(root, "uniffi.toml").unwrap().0;
        let url = &config.custom_types["Url"];
        assert_eq!(url.type_name.as_deref(), Some("URL"));
        assert_eq!(url.lift.as_deref(), Some("new URL({})"));
        assert!(url.imports.is_empty());
    }

    #[test]
    fn rejects_unknown_keys() {
        let root: toml::Value = toml::from_str("[bindings.typescript]\npackage_nmae = \"typo\"").unwrap();
        let error = format!("{:#}", Config::from_root_toml(root, "uniffi.toml").unwrap_err());
        assert!(error.contains("package_nmae"), "{error}");
    }

    #[test]
    fn leaves_the_keys_of_uniffi_bindgen_react_native_to_it() {
        let root: toml::Value = toml::from_str(
            r#"
            [bindings.typescript]
            package_name = "pkg"
            logLevel = "debug"
            consoleImport = "@/hermes"
            [bindings.typescript.customTypes.Url]
            typeName = "URL"
            imports = [["URL", "whatwg-url"]]
            lift = "new URL({})"
            lower = "{}.toString()"
            [bindings.typescript.customTypes.Handle]
            intoCustom = "BigInt({})"
            fromCustom = "Number({})"
            [bindings.typescript.custom_types.Handle]
            type_name = "bigint"
            lift = "{}"
            lower = "{}"
            "#,
        )
        .unwrap();
        let (config, notes) = Config::from_root_toml(root, "crates/x/uniffi.toml").unwrap();
        assert_eq!(config.package_name.as_deref(), Some("pkg"));
        let url = &config.custom_types["Url"];
        assert_eq!(url.type_name.as_deref(), Some("URL"));
        assert_eq!(url.imports, ["import { URL } from 'whatwg-url';"]);
        assert_eq!(url.lift.as_deref(), Some("new URL({})"));
        // Ours wins where both configure a type.
        assert_eq!(config.custom_types["Handle"].lift.as_deref(), Some("{}"));
        assert_eq!(notes.len(), 1);
        assert!(
            notes[0].starts_with("crates/x/uniffi.toml:") && notes[0].contains("logLevel, consoleImport, customTypes"),
            "{}",
            notes[0]
        );
    }

    #[test]
    fn an_incomplete_react_native_custom_type_is_skipped_with_a_note() {
        let root: toml::Value = toml::from_str(
            "[bindings.typescript.customTypes.Url]\ntypeName = \"URL\"\n\
             [bindings.typescript.customTypes.Id]\nintoCustom = \"{}\"\nfromCustom = \"{}\"",
        )
        .unwrap();
        let (config, notes) = Config::from_root_toml(root, "u.toml").unwrap();
        assert!(!config.custom_types.contains_key("Url"));
        assert!(config.custom_types.contains_key("Id"));
        assert!(notes.iter().any(|n| n.contains("customTypes Url lack intoCustom or fromCustom")), "{notes:?}");
    }

    #[test]
    fn names_the_file_in_errors() {
        let root: toml::Value = toml::from_str("[bindings.typescript]\npackageName = \"typo\"").unwrap();
        let error = format!("{:#}", Config::from_root_toml(root, "other.toml").unwrap_err());
        assert!(error.contains("other.toml") && error.contains("packageName"), "{error}");
        assert!(!error.contains("uniffi.toml"), "{error}");
    }
}
