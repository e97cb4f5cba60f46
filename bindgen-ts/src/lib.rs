//! uniffi-bindgen-ts: TypeScript bindings for UniFFI crates, on Node.js over ffi-rs.
//!
//! The pipeline: the cdylib's UniFFI metadata → `ComponentInterface` (uniffi_bindgen's
//! [`BindgenLoader`]) → [`model::Package`], a TypeScript-shaped model → askama templates
//! ([`render`]) → files. The hand-written runtime in `bindgen-ts/runtime/src` is copied into
//! every package.

pub mod compile;
pub mod config;
pub mod model;
pub mod npm;
pub mod render;
pub mod transport;

use std::collections::HashMap;

use anyhow::{bail, Context, Result};
use camino::{Utf8Path, Utf8PathBuf};
use uniffi_bindgen::interface::{apply_exclusions, rename};
use uniffi_bindgen::cargo_metadata::CrateConfigSupplier;
use uniffi_bindgen::{BindgenLoader, BindgenPaths, BindgenPathsLayer, GlobalConfig};

use config::Config;
use transport::Transport;

pub struct GenerateOptions {
    /// The built cdylib.
    pub library: Utf8PathBuf,
    /// The package folder to write.
    pub out_dir: Utf8PathBuf,
    /// A uniffi.toml to use instead of the crate's.
    pub config: Option<Utf8PathBuf>,
    /// Which crate to generate when the library holds several.
    pub crate_name: Option<String>,
    /// The Cargo.toml of the crate's workspace or package, for `cargo metadata` (default: the
    /// current folder's, when there is one).
    pub manifest_path: Option<Utf8PathBuf>,
    /// Compile the package to `dist/` with TypeScript (see [`compile`]).
    pub compile: bool,
    /// The TypeScript package (or its `lib/tsc.js`) to compile with.
    pub typescript: Option<Utf8PathBuf>,
    /// Copy the library into the package's `prebuilds/<platform>-<arch>/`.
    pub bundle_library: bool,
    /// Settings given on the command line, over the config file's.
    pub overrides: Overrides,
}

/// What a generation did: the files written, in order, and notes for the user.
#[derive(Debug, Default)]
pub struct Generation {
    pub written: Vec<Utf8PathBuf>,
    pub notes: Vec<String>,
}

/// `[bindings.typescript]` settings given on the command line; they win over the config file.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub transport: Option<Transport>,
    pub package_name: Option<String>,
    /// Import paths of other crates' packages, by crate name (as `external_packages`).
    pub external_packages: Vec<(String, String)>,
}

impl Overrides {
    fn apply(&self, config: &mut Config) {
        if let Some(transport) = self.transport {
            config.transport = Some(transport);
        }
        if let Some(name) = &self.package_name {
            config.package_name = Some(name.clone());
        }
        for (crate_name, path) in &self.external_packages {
            config.external_packages.insert(crate_name.clone(), path.clone());
        }
    }
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
fn crate_info(metadata: Option<&cargo_metadata::Metadata>, crate_name: &str) -> model::CrateInfo {
    let Some(metadata) = metadata else { return model::CrateInfo::default() };
    let package = metadata.packages.iter().find(|p| {
        p.targets.iter().any(|t| t.is_lib() || t.is_cdylib() || t.is_staticlib())
            && p.targets.iter().any(|t| t.name.replace('-', "_") == crate_name)
    });
    match package {
        Some(p) => model::CrateInfo { version: Some(p.version.to_string()), license: p.license.clone() },
        None => model::CrateInfo::default(),
    }
}

/// Generates the package (and, unless told not to, compiles it).
pub fn generate(options: &GenerateOptions) -> Result<Generation> {
    let library = &options.library;
    let bytes = std::fs::read(library).with_context(|| format!("cannot read the library {library}"))?;
    let mut notes = Vec::new();

    let mut paths = BindgenPaths::default();
    if let Some(config) = &options.config {
        if !config.exists() {
            bail!("config file {config} does not exist");
        }
        paths.add_layer(ConfigOverride(config.clone()));
    }
    let cargo = cargo_metadata(options.manifest_path.as_deref(), options.config.is_some(), &mut notes)?;
    if let Some(cargo) = &cargo {
        paths.add_layer(CrateConfigSupplier::from(cargo.clone()));
    }
    let loader = BindgenLoader::new(paths, GlobalConfig::default());

    if let Some(problem) = not_a_library(&bytes) {
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
    // Where each crate's config comes from, for messages.
    let crate_configs = cargo.clone().map(CrateConfigSupplier::from);
    let config_source = |crate_name: &str| match (&options.config, &crate_configs) {
        (Some(path), _) => path.to_string(),
        (None, Some(supplier)) => supplier
            .get_config_path(crate_name)
            .map_or_else(|| format!("the uniffi.toml of crate {crate_name}"), |p| p.to_string()),
        (None, None) => format!("the uniffi.toml of crate {crate_name}"),
    };
    let mut components = loader.load_components(cis, |ci, toml| {
        let (config, config_notes) = Config::from_root_toml(toml, &config_source(ci.crate_name()))?;
        if ci.crate_name() == crate_name {
            notes.extend(config_notes);
        }
        Ok(config)
    })?;

    for c in components.iter_mut() {
        apply_exclusions(&mut c.ci, &c.config.exclude);
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
    for c in components.iter_mut() {
        c.ci.derive_ffi_funcs()?;
    }

    let component = components
        .iter()
        .find(|c| c.ci.crate_name() == crate_name)
        .expect("the selected crate has metadata");
    let mut config = component.config.clone();
    options.overrides.apply(&mut config);
    let transport = config.transport.unwrap_or_default();
    let has_callables = !component.ci.function_definitions().is_empty();
    if transport.needs_ffi_buffer_scaffolding() && has_callables && !npm::contains(&bytes, b"uniffi_ffibuffer_") {
        bail!(
            "crate {crate_name} ({library}) was built without UniFFI's FFI-buffer scaffolding, which the {transport} \
             transport calls every function through. Either enable it in the crate \
             (uniffi = {{ version = \"0.32\", features = [\"scaffolding-ffi-buffer-fns\"] }}) and rebuild, \
             or generate for the koffi transport, which calls the plain scaffolding \
             (--transport koffi, or transport = \"koffi\" under [bindings.typescript] in uniffi.toml)"
        );
    }

    let library_name = loader.library_name(library).unwrap_or(&crate_name).to_string();
    let info = crate_info(cargo.as_ref(), &crate_name);
    let others = model::OtherCrates {
        interfaces: components.iter().map(|c| &c.ci).filter(|ci| ci.crate_name() != crate_name).collect(),
        renames: components.iter().map(|c| (c.ci.crate_name().to_string(), c.config.rename.clone())).collect(),
    };
    let mut package = model::Package::with_crate_info(&component.ci, &config, &library_name, &info, &others)
        .with_context(|| format!("cannot generate bindings for {crate_name}"))?;
    if options.bundle_library {
        // The package carries its library: a platform package of the same name would win over it.
        package.platform_packages.clear();
    }
    let out_dir = &options.out_dir;
    let mut written = write_package(&package, out_dir)?;
    if options.bundle_library {
        let target = npm::Target::of_library(&bytes).with_context(|| format!("cannot bundle {library}"))?;
        written.push(npm::bundle_prebuild(library, &package.library_name, target, out_dir)?);
    }
    if options.compile {
        written.extend(compile::compile(out_dir, options.typescript.as_deref())?);
    }
    Ok(Generation { written, notes })
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


/// Writes the package's files; the source folder is the generator's alone, so it is emptied first
/// (no file a previous version wrote lingers). `prebuilds/` and anything else is left alone.
fn write_package(package: &model::Package, out_dir: &Utf8Path) -> Result<Vec<Utf8PathBuf>> {
    let sources = out_dir.join(render::SOURCE_DIR);
    if sources.exists() {
        std::fs::remove_dir_all(&sources).with_context(|| format!("cannot remove the old {sources}"))?;
    }
    let mut written = Vec::new();
    for file in render::render_package(package)? {
        let path = out_dir.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).with_context(|| format!("cannot create {parent}"))?;
        }
        std::fs::write(&path, file.contents).with_context(|| format!("cannot write {path}"))?;
        written.push(path);
    }
    Ok(written)
}
