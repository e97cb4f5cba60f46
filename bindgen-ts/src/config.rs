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

impl Config {
    /// Extracts `[bindings.typescript]` from a whole uniffi.toml tree.
    pub fn from_root_toml(root: toml::Value) -> Result<Self> {
        match root.get("bindings").and_then(|b| b.get("typescript")) {
            Some(table) => table
                .clone()
                .try_into()
                .context("invalid [bindings.typescript] in uniffi.toml"),
            None => Ok(Self::default()),
        }
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
        let config = Config::from_root_toml(root).unwrap();
        assert_eq!(config.package_name.as_deref(), Some("@scope/pkg"));
        assert_eq!(config.library_search_paths, Some(vec!["../native".to_string()]));
        assert_eq!(config.exclude, vec!["hidden"]);
        assert_eq!(config.transport, None);
    }

    #[test]
    fn reads_the_transport() {
        let root: toml::Value = toml::from_str("[bindings.typescript]\ntransport = \"koffi\"").unwrap();
        assert_eq!(Config::from_root_toml(root).unwrap().transport, Some(crate::transport::Transport::Koffi));
        let root: toml::Value = toml::from_str("[bindings.typescript]\ntransport = \"napi\"").unwrap();
        let error = format!("{:#}", Config::from_root_toml(root).unwrap_err());
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
        let config = Config::from_root_toml(root).unwrap();
        let url = &config.custom_types["Url"];
        assert_eq!(url.type_name.as_deref(), Some("URL"));
        assert_eq!(url.lift.as_deref(), Some("new URL({})"));
        assert!(url.imports.is_empty());
    }

    #[test]
    fn rejects_unknown_keys() {
        let root: toml::Value = toml::from_str("[bindings.typescript]\npackage_nmae = \"typo\"").unwrap();
        let error = format!("{:#}", Config::from_root_toml(root).unwrap_err());
        assert!(error.contains("package_nmae"), "{error}");
    }
}
