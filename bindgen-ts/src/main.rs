//! `uniffi-bindgen-ts`: generates a TypeScript package for a UniFFI crate from its built cdylib.

use std::io::Write;

use anyhow::{Context, Result};
use camino::Utf8PathBuf;
use clap::{Parser, Subcommand};
use uniffi_bindgen_ts::npm::{check_platform_library, write_platform_package, MainPackage, Target};
use uniffi_bindgen_ts::transport::Transport;
use uniffi_bindgen_ts::Overrides;

fn parse_external_package(value: &str) -> Result<(String, String), String> {
    match value.split_once('=') {
        Some((crate_name, path)) if !crate_name.is_empty() && !path.is_empty() => {
            Ok((crate_name.to_string(), path.to_string()))
        }
        _ => Err(format!("expected CRATE=PATH, got `{value}`")),
    }
}

#[derive(Parser)]
#[command(
    name = "uniffi-bindgen-ts",
    version,
    about = "TypeScript bindings for UniFFI crates, on Node.js over ffi-rs, koffi or our own Node-API addon"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate a TypeScript package from a built cdylib.
    ///
    /// Reads the UniFFI metadata embedded in the library and writes the package into OUT_DIR:
    /// package.json, tsconfig.json, the TypeScript sources in src/, and, compiled from them with
    /// TypeScript, dist/ (CommonJS JavaScript, an ES module entry, and .d.ts files).
    ///
    /// Settings come from `[bindings.typescript]` in a uniffi.toml: the file --config names,
    /// else the crate's own (next to its Cargo.toml, found with `cargo metadata` in the current
    /// folder's workspace or the one --manifest-path names). Outside any workspace and without
    /// --config, the defaults apply. The package's version and license come from the crate's
    /// Cargo.toml unless uniffi.toml sets them.
    Generate {
        /// The cdylib built from a crate that uses UniFFI (e.g. target/release/libmy_crate.so).
        library: Utf8PathBuf,
        /// The folder of the generated package (created if needed; generated files are overwritten).
        #[arg(long)]
        out_dir: Utf8PathBuf,
        /// A uniffi.toml to use instead of the crate's own.
        #[arg(long)]
        config: Option<Utf8PathBuf>,
        /// The crate to generate, when the library holds several UniFFI crates.
        #[arg(long = "crate")]
        crate_name: Option<String>,
        /// The native transport the package calls Rust through (default: `transport` in
        /// uniffi.toml, else ffi-rs). koffi runs on every platform and with any crate; ffi-rs
        /// needs x86-64 and the crate's `scaffolding-ffi-buffer-fns` feature; node-api, our own
        /// addon, takes any crate whose Rust does not call TypeScript (in progress).
        #[arg(long, value_enum)]
        transport: Option<Transport>,
        /// The npm package name (overrides `package_name` in uniffi.toml).
        #[arg(long)]
        package_name: Option<String>,
        /// Where the package of another crate's types is imported from, as CRATE=PATH
        /// (overrides that crate's entry in `external_packages`). Repeatable.
        #[arg(long = "external-package", value_name = "CRATE=PATH", value_parser = parse_external_package)]
        external_packages: Vec<(String, String)>,
        /// The Cargo.toml of the crate (or its workspace), to find its uniffi.toml, version and
        /// license when the current folder is not in its workspace.
        #[arg(long)]
        manifest_path: Option<Utf8PathBuf>,
        /// Write the sources only; build dist/ later with `npm install && npm run build`.
        #[arg(long)]
        no_compile: bool,
        /// The TypeScript package to compile with (default: the one Node resolves from OUT_DIR,
        /// else from the current folder).
        #[arg(long, value_name = "PATH")]
        typescript: Option<Utf8PathBuf>,
        /// Also copy the library into OUT_DIR/prebuilds/<platform>-<arch>/, so that the package
        /// carries it (a single-platform build; see `platform-package` for several).
        #[arg(long)]
        bundle_library: bool,
    },
    /// Write the platform package that carries a built cdylib for one platform.
    ///
    /// napi-rs's convention: `<package>-<platform>-<arch>[-<abi>]` (e.g. async-ffi-linux-x64-gnu),
    /// with `os`, `cpu` and `libc` set so that npm installs only the one that matches. The
    /// generated package lists each as an optional dependency (`platforms` in uniffi.toml) and
    /// loads the installed one. Publish each platform package, then the package itself.
    PlatformPackage {
        /// The cdylib, built for the target platform.
        library: Utf8PathBuf,
        /// The folder of the generated package (its package.json gives the name and version).
        #[arg(long)]
        package: Utf8PathBuf,
        /// Where the platform package's folder is written.
        #[arg(long)]
        out_dir: Utf8PathBuf,
        /// The platform, e.g. linux-x64-musl (default: read from the library's header; Linux
        /// libraries count as glibc unless they name musl's loader).
        #[arg(long)]
        target: Option<String>,
    },
}

/// Errors are printed as one message with its causes, whatever `RUST_BACKTRACE` says.
fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run() -> Result<()> {
    match Cli::parse().command {
        Command::Generate {
            library,
            out_dir,
            config,
            crate_name,
            transport,
            package_name,
            external_packages,
            manifest_path,
            no_compile,
            typescript,
            bundle_library,
        } => {
            let generation = uniffi_bindgen_ts::generate(&uniffi_bindgen_ts::GenerateOptions {
                library,
                out_dir,
                config,
                crate_name,
                manifest_path,
                compile: !no_compile,
                typescript,
                bundle_library,
                overrides: Overrides { transport, package_name, external_packages },
            })?;
            for note in &generation.notes {
                eprintln!("note: {note}");
            }
            list_written(&generation.written)
        }
        Command::PlatformPackage { library, package, out_dir, target } => {
            let main = MainPackage::read(&package)?;
            let bytes = std::fs::read(&library).with_context(|| format!("cannot read the library {library}"))?;
            let target = match target {
                Some(name) => Target::parse(&name)?,
                None => Target::of_library(&bytes).with_context(|| format!("{library}"))?,
            };
            if let Some(note) = check_platform_library(&bytes, &main, target).with_context(|| format!("{library}"))? {
                eprintln!("note: {note}");
            }
            list_written(&write_platform_package(&main, &library, target, &out_dir)?)
        }
    }
}

/// One line per file; `uniffi-bindgen-ts ... | head`: a closed pipe ends the listing, not the program.
fn list_written(paths: &[Utf8PathBuf]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    for path in paths {
        if let Err(error) = writeln!(out, "wrote {path}") {
            if error.kind() == std::io::ErrorKind::BrokenPipe {
                break;
            }
            return Err(error.into());
        }
    }
    Ok(())
}
