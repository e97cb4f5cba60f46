//! uniffi-bindgen-ts: TypeScript bindings for UniFFI crates, on Node.js over one of the native
//! transports ([`transport`]).
//!
//! The pipeline: the cdylib's UniFFI metadata → each crate's `ComponentInterface` and config
//! (`load`) → [`model::Package`], a TypeScript-shaped model → askama templates ([`render`]) →
//! files, with the npm metadata beside the model ([`npm`]). The hand-written runtime in
//! `bindgen-ts/runtime/src` ([`runtime`]) is copied into every package.

pub mod compile;
pub mod config;
mod load;
pub mod model;
pub mod npm;
pub mod render;
pub mod runtime;
pub mod transport;

use anyhow::{bail, Context, Result};
use camino::{Utf8Path, Utf8PathBuf};

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

/// Generates the package (and, unless told not to, compiles it).
pub fn generate(options: &GenerateOptions) -> Result<Generation> {
    let library = &options.library;
    let bytes = std::fs::read(library).with_context(|| format!("cannot read the library {library}"))?;
    let mut notes = Vec::new();
    let loaded = load::load(options, &bytes, &mut notes)?;
    let crate_name = &loaded.crate_name;
    let component =
        loaded.components.iter().find(|c| c.ci.crate_name() == crate_name).expect("the selected crate has metadata");
    let mut config = component.config.clone();
    options.overrides.apply(&mut config);
    let transport = config.transport.unwrap_or_default();
    let has_callables = !component.ci.function_definitions().is_empty();
    if transport.needs_ffi_buffer_scaffolding() && has_callables && !npm::contains(&bytes, b"uniffi_ffibuffer_") {
        bail!(
            "crate {crate_name} ({library}) was built without UniFFI's FFI-buffer scaffolding, which the {transport} \
             transport calls every function through. Either enable it in the crate \
             (uniffi = {{ version = \"0.32\", features = [\"scaffolding-ffi-buffer-fns\"] }}) and rebuild, \
             or generate for the node-api or koffi transport, which call the plain scaffolding \
             (--transport node-api or --transport koffi, or transport = \"node-api\" under \
             [bindings.typescript] in uniffi.toml)"
        );
    }

    let others = model::OtherCrates {
        interfaces: loaded.components.iter().map(|c| &c.ci).filter(|ci| ci.crate_name() != crate_name).collect(),
        renames: loaded.components.iter().map(|c| (c.ci.crate_name().to_string(), c.config.rename.clone())).collect(),
    };
    let package = model::Package::build(&component.ci, &config, &loaded.library_name, &others)
        .with_context(|| format!("cannot generate bindings for {crate_name}"))?;
    let mut manifest = npm::Manifest::new(&config, &loaded.crate_info, &package.package_name)?;
    if options.bundle_library {
        // The package carries its library: a platform package of the same name would win over it.
        manifest.platform_packages.clear();
    }
    let out_dir = &options.out_dir;
    let mut written = write_package(&package, &manifest, out_dir)?;
    if options.bundle_library {
        let target = npm::Target::of_library(&bytes).with_context(|| format!("cannot bundle {library}"))?;
        written.push(npm::bundle_prebuild(library, &package.library_name, target, out_dir)?);
    }
    if options.compile {
        written.extend(compile::compile(out_dir, options.typescript.as_deref())?);
    }
    Ok(Generation { written, notes })
}

/// Writes the package's files; the source folder is the generator's alone, so it is emptied first
/// (no file a previous version wrote lingers). `prebuilds/` and anything else is left alone.
fn write_package(package: &model::Package, manifest: &npm::Manifest, out_dir: &Utf8Path) -> Result<Vec<Utf8PathBuf>> {
    let sources = out_dir.join(render::SOURCE_DIR);
    if sources.exists() {
        std::fs::remove_dir_all(&sources).with_context(|| format!("cannot remove the old {sources}"))?;
    }
    let mut written = Vec::new();
    for file in render::render_package(package, manifest)? {
        let path = out_dir.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).with_context(|| format!("cannot create {parent}"))?;
        }
        std::fs::write(&path, file.contents).with_context(|| format!("cannot write {path}"))?;
        written.push(path);
    }
    Ok(written)
}
