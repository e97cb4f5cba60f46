//! The native transports a generated package can call Rust through, and what each one needs.
//!
//! This table is all the generator knows about a backend: the runtime module it ships, the npm
//! package it depends on, and whether it needs the crate's FFI-buffer scaffolding.

use std::fmt;

use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
pub enum Transport {
    /// ffi-rs: x86-64 Linux and macOS; crates must enable `scaffolding-ffi-buffer-fns`.
    #[default]
    #[serde(rename = "ffi-rs")]
    #[value(name = "ffi-rs")]
    FfiRs,
    /// koffi: every platform koffi ships for; any crate.
    #[serde(rename = "koffi")]
    #[value(name = "koffi")]
    Koffi,
}

impl Transport {
    pub fn name(self) -> &'static str {
        match self {
            Transport::FfiRs => "ffi-rs",
            Transport::Koffi => "koffi",
        }
    }

    /// The npm package the generated package depends on, and its pinned version.
    pub fn npm_dependency(self) -> (&'static str, &'static str) {
        match self {
            Transport::FfiRs => ("ffi-rs", "1.3.7"),
            Transport::Koffi => ("koffi", "3.3.4"),
        }
    }

    /// The backend module, under the package's `runtime/transport/`.
    pub fn runtime_module(self) -> &'static str {
        self.name()
    }

    /// Whether Rust can call JavaScript through it (callback interfaces, foreign traits).
    pub fn supports_callbacks(self) -> bool {
        self == Transport::Koffi
    }

    /// Whether every function must be called through its `uniffi_ffibuffer_` twin.
    pub fn needs_ffi_buffer_scaffolding(self) -> bool {
        self == Transport::FfiRs
    }
}

impl fmt::Display for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
