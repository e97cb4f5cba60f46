//! Loading a library: its UniFFI metadata, each crate's interface and config (with exclusions
//! and renames applied), and what `cargo metadata` says of the crates.

use std::collections::HashMap;

use anyhow::{bail, Context, Result};
use camino::{Utf8Path, Utf8PathBuf};
use uniffi_bindgen::cargo_metadata::CrateConfigSupplier;
use uniffi_bindgen::interface::{apply_exclusions, rename};
use uniffi_bindgen::{BindgenLoader, BindgenPaths, BindgenPathsLayer, Component, GlobalConfig};

use crate::config::Config;
use crate::{npm, GenerateOptions};

/// A library, loaded.
pub struct Loaded {
    /// Every crate of the library, with its config.
    pub components: Vec<Component<Config>>,
    /// The crate to generate.
    pub crate_name: String,
    /// The cdylib's name (its file name without prefix and extension).
    pub library_name: String,
    /// What the crate's Cargo.toml says.
    pub crate_info: npm::CrateInfo,
}

/// Loads `bytes`, the library `options.library`, adding notes for the user to `notes`.
pub fn load(options: &GenerateOptions, bytes: &[u8], notes: &mut Vec<String>) -> Result<Loaded> {
    let library = &options.library;
    let mut paths = BindgenPaths::default();
    if let Some(config) = &options.config {
        if !config.exists() {
            bail!("config file {config} does not exist");
        }
        paths.add_layer(ConfigOverride(config.clone()));
    }
    let cargo = cargo_metadata(options.manifest_path.as_deref(), options.config.is_some(), notes)?;
    if let Some(cargo) = &cargo {
        paths.add_layer(CrateConfigSupplier::from(cargo.clone()));
    }
    let loader = BindgenLoader::new(paths, GlobalConfig::default());

    if let Some(problem) = not_a_library(bytes) {
        bail!("{library} is not a shared library ({problem}): pass the cdylib built from a crate that uses UniFFI (e.g. target/release/libmy_crate.so)");
    }
    let metadata = match loader.load_metadata(library) {
        Ok(metadata) => metadata,
        Err(error) => {
            if let Some(message) = udl_not_found(&error, library, cargo.is_some()) {
                bail!(message);
            }
            return Err(error.context(format!(
                "cannot read the UniFFI metadata of {library} ({} bytes): is it a complete cdylib of a crate built with \
                 UniFFI 0.32? A truncated file (an interrupted copy or build) fails this way too: rebuild it",
                bytes.len()
            )));
        }
    };
    let crate_name = select_crate(&metadata.keys().cloned().collect::<Vec<_>>(), options, &loader)?;
    let cis = loader.load_cis(metadata)?;
    let crate_configs = cargo.clone().map(CrateConfigSupplier::from);
    let mut components = loader.load_components(cis, |ci, toml| {
        let source = config_source(options.config.as_deref(), crate_configs.as_ref(), ci.crate_name());
        let (config, config_notes) = Config::from_root_toml(toml, &source)?;
        if ci.crate_name() == crate_name {
            notes.extend(config_notes);
        }
        Ok(config)
    })?;
    prepare(&mut components)?;
    Ok(Loaded {
        library_name: loader.library_name(library).unwrap_or(&crate_name).to_string(),
        crate_info: crate_info(cargo.as_ref(), &crate_name),
        components,
        crate_name,
    })
}

/// Where a crate's config comes from, for messages: the file `--config` names, else the
/// crate's uniffi.toml.
fn config_source(given: Option<&Utf8Path>, crates: Option<&CrateConfigSupplier>, crate_name: &str) -> String {
    match (given, crates) {
        (Some(path), _) => path.to_string(),
        (None, Some(supplier)) => supplier
            .get_config_path(crate_name)
            .map_or_else(|| format!("the uniffi.toml of crate {crate_name}"), |p| p.to_string()),
        (None, None) => format!("the uniffi.toml of crate {crate_name}"),
    }
}

/// Applies each crate's `exclude` and every crate's rename table, then derives the FFI functions.
fn prepare(components: &mut [Component<Config>]) -> Result<()> {
    for c in components.iter_mut() {
        apply_exclusions(&mut c.ci, &c.config.exclude);
    }
    // Before the renames: uniffi names the vtable-init symbol of a callback interface or a
    // foreign trait after the trait's current name, and the library exports its Rust name.
    for c in components.iter_mut() {
        c.ci.derive_ffi_funcs()?;
    }
    let renames: HashMap<String, toml::Table> = components
        .iter()
        .filter(|c| !c.config.rename.is_empty())
        .map(|c| (c.ci.crate_name().to_string(), c.config.rename.clone()))
        .collect();
    if !renames.is_empty() {
        for c in components.iter_mut() {
            rename(&mut c.ci, &renames);
        }
    }
    Ok(())
}

/// Points every crate's config at the file given with `--config`.
struct ConfigOverride(Utf8PathBuf);

impl BindgenPathsLayer for ConfigOverride {
    fn get_config_path(&self, _crate_name: &str) -> Option<Utf8PathBuf> {
        Some(self.0.clone())
    }
}

/// `cargo metadata` of the given manifest, or of the current folder's workspace when there is
/// one: without a workspace the generator still works, from `--config` or the defaults.
fn cargo_metadata(
    manifest_path: Option<&Utf8Path>,
    config_given: bool,
    notes: &mut Vec<String>,
) -> Result<Option<cargo_metadata::Metadata>> {
    let mut command = cargo_metadata::MetadataCommand::new();
    match manifest_path {
        Some(path) => {
            if path.is_dir() {
                bail!("--manifest-path {path} is a folder: pass the Cargo.toml in it");
            }
            if !path.is_file() {
                bail!("--manifest-path {path}: no such file");
            }
            command.manifest_path(path);
            let metadata = command.exec().with_context(|| format!("cargo metadata failed for {path}"))?;
            Ok(Some(metadata))
        }
        None => match command.exec() {
            Ok(metadata) => Ok(Some(metadata)),
            Err(error) => {
                let reason = format!("{error:#}");
                let reason = reason.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_string();
                notes.push(if config_given {
                    format!(
                        "no cargo workspace here ({reason}): the crate's Cargo.toml was not read, so the package's \
                         version and license are uniffi.toml's or the defaults (0.0.0, none); pass --manifest-path \
                         <its Cargo.toml> to use it"
                    )
                } else {
                    format!(
                        "no cargo workspace here ({reason}): the crate's uniffi.toml and Cargo.toml were not read; \
                         pass --manifest-path <its Cargo.toml> or --config <its uniffi.toml> to use them"
                    )
                });
                Ok(None)
            }
        },
    }
}

/// The version and license of the crate whose library target is `crate_name`.
fn crate_info(metadata: Option<&cargo_metadata::Metadata>, crate_name: &str) -> npm::CrateInfo {
    let Some(metadata) = metadata else { return npm::CrateInfo::default() };
    let package = metadata.packages.iter().find(|p| {
        p.targets.iter().any(|t| t.is_lib() || t.is_cdylib() || t.is_staticlib())
            && p.targets.iter().any(|t| t.name.replace('-', "_") == crate_name)
    });
    match package {
        Some(p) => npm::CrateInfo { version: Some(p.version.to_string()), license: p.license.clone() },
        None => npm::CrateInfo::default(),
    }
}

fn select_crate(crates: &[String], options: &GenerateOptions, loader: &BindgenLoader) -> Result<String> {
    if let Some(name) = &options.crate_name {
        if crates.contains(name) {
            return Ok(name.clone());
        }
        bail!("no UniFFI crate named {name} in {} (found: {})", options.library, crates.join(", "));
    }
    if let [only] = crates {
        return Ok(only.clone());
    }
    let library_name = loader.library_name(&options.library).unwrap_or_default();
    if crates.iter().any(|c| c == library_name) {
        return Ok(library_name.to_string());
    }
    bail!("{} holds several UniFFI crates ({}): choose one with --crate", options.library, crates.join(", "))
}

/// A crate written in UDL keeps its interface in its source folder, which the generator finds
/// with `cargo metadata`: when it cannot, uniffi's "UDL file not found" becomes a message that
/// says so and how to point at the crate (None for other errors).
fn udl_not_found(error: &anyhow::Error, library: &Utf8Path, has_workspace: bool) -> Option<String> {
    let message = format!("{error:#}");
    let at = message.find("UDL file \"")?;
    let quoted: Vec<&str> = message[at..].split('"').skip(1).step_by(2).take(2).collect();
    let [udl, crate_name] = quoted[..] else { return None };
    let where_not = if has_workspace {
        "the cargo workspace here does not have that crate"
    } else {
        "there is no cargo workspace here"
    };
    Some(format!(
        "{library} holds crate {crate_name}, whose interface is written in UDL ({udl}.udl): the generator reads that \
         file from the crate's source, found with cargo metadata, and {where_not}. Pass --manifest-path <the Cargo.toml \
         of crate {crate_name} or of its workspace>, or run the generator from inside that workspace. (The library \
         itself is fine.)"
    ))
}

/// Why `bytes` cannot be a shared library at all (its magic number), if so.
fn not_a_library(bytes: &[u8]) -> Option<&'static str> {
    const ELF: &[u8] = b"\x7fELF";
    const MACHO_64: &[u8] = &[0xcf, 0xfa, 0xed, 0xfe];
    const FAT: &[u8] = &[0xca, 0xfe, 0xba, 0xbe];
    if bytes.len() < 4 {
        return Some("the file is shorter than any library header");
    }
    let magic = &bytes[..4];
    if magic == ELF || magic == MACHO_64 || magic == FAT || magic.starts_with(b"MZ") {
        None
    } else {
        Some("no ELF, Mach-O or PE header")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_library_headers() {
        assert_eq!(not_a_library(b"\x7fELF\x02\x01"), None);
        assert_eq!(not_a_library(&[0xcf, 0xfa, 0xed, 0xfe, 7]), None);
        assert_eq!(not_a_library(b"MZ\x90\x00"), None);
        assert!(not_a_library(b"hello world").is_some());
        assert!(not_a_library(b"ab").is_some());
    }
}
