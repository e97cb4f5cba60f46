//! `uniffi-bindgen-ts`: generates a TypeScript package for a UniFFI crate from its built cdylib.

use anyhow::Result;
use camino::Utf8PathBuf;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "uniffi-bindgen-ts", version, about = "TypeScript bindings for UniFFI crates, on Node.js over ffi-rs")]
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
    },
}

fn main() -> Result<()> {
    match Cli::parse().command {
        Command::Generate { library, out_dir, config, crate_name } => {
            let written = uniffi_bindgen_ts::generate(&uniffi_bindgen_ts::GenerateOptions {
                library,
                out_dir,
                config,
                crate_name,
            })?;
            for path in written {
                println!("wrote {path}");
            }
            Ok(())
        }
    }
}
