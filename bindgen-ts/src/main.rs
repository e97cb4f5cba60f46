//! `uniffi-bindgen-ts`: generates a TypeScript package for a UniFFI crate from its built cdylib.

use std::io::Write;

use anyhow::Result;
use camino::Utf8PathBuf;
use clap::{Parser, Subcommand};
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
#[command(name = "uniffi-bindgen-ts", version, about = "TypeScript bindings for UniFFI crates, on Node.js over ffi-rs or koffi")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate a TypeScript package from a built cdylib.
    ///
    /// Reads the UniFFI metadata embedded in the library, applies `[bindings.typescript]` from the
    /// crate's uniffi.toml, and writes index.ts, ffi.ts, runtime/ and package.json into OUT_DIR.
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
        /// needs x86-64 and the crate's `scaffolding-ffi-buffer-fns` feature.
        #[arg(long, value_enum)]
        transport: Option<Transport>,
        /// The npm package name (overrides `package_name` in uniffi.toml).
        #[arg(long)]
        package_name: Option<String>,
        /// Where the package of another crate's types is imported from, as CRATE=PATH
        /// (overrides that crate's entry in `external_packages`). Repeatable.
        #[arg(long = "external-package", value_name = "CRATE=PATH", value_parser = parse_external_package)]
        external_packages: Vec<(String, String)>,
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
        Command::Generate { library, out_dir, config, crate_name, transport, package_name, external_packages } => {
            let written = uniffi_bindgen_ts::generate(&uniffi_bindgen_ts::GenerateOptions {
                library,
                out_dir,
                config,
                crate_name,
                overrides: Overrides { transport, package_name, external_packages },
            })?;
            // `uniffi-bindgen-ts generate ... | head`: a closed pipe ends the listing, not the program.
            let mut out = std::io::stdout().lock();
            for path in written {
                if let Err(error) = writeln!(out, "wrote {path}") {
                    if error.kind() == std::io::ErrorKind::BrokenPipe {
                        break;
                    }
                    return Err(error.into());
                }
            }
            Ok(())
        }
    }
}
