//! The native transports a generated package can call Rust through, and what each one needs.
//!
//! [`TRANSPORTS`] is all the generator knows about a backend, one row each: the runtime module it
//! ships (`runtime/src/transport/<name>.ts`), the npm package it depends on, whether Rust can call JavaScript through it, whether it
//! needs the crate's FFI-buffer scaffolding, and the platforms it runs on. A new transport is a
//! row here, a variant of [`Transport`], and its module in `runtime/src/transport/`.

use std::fmt;

use serde::Deserialize;

use crate::npm::Target;

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
    /// node-api: our own Node-API addon (napi-rs + libffi); any crate as published.
    #[serde(rename = "node-api")]
    #[value(name = "node-api")]
    NodeApi,
}

/// What the generator knows of one transport.
pub struct TransportRow {
    pub transport: Transport,
    /// Its name in `--transport` and uniffi.toml, and its runtime module's file name.
    pub name: &'static str,
    /// The npm package the generated package depends on, and its pinned version.
    pub npm_dependency: (&'static str, &'static str),
    /// Whether Rust can call JavaScript through it (callback interfaces, foreign traits), and
    /// why not when it cannot.
    pub supports_callbacks: bool,
    pub no_callbacks_because: &'static str,
    /// Whether every function must be called through its `uniffi_ffibuffer_` twin.
    pub needs_ffi_buffer_scaffolding: bool,
    /// Whether it runs on a platform (the platform packages a package lists by default).
    pub runs_on: fn(&Target) -> bool,
}

/// One row per transport.
pub const TRANSPORTS: &[TransportRow] = &[
    TransportRow {
        transport: Transport::FfiRs,
        name: "ffi-rs",
        npm_dependency: ("ffi-rs", "1.3.7"),
        supports_callbacks: false,
        no_callbacks_because: "it runs a JavaScript callback only after the native call returns",
        needs_ffi_buffer_scaffolding: true,
        // The ffi-rs path needs x86-64 (see the README's Platforms).
        runs_on: |t| t.arch == "x64" && t.platform != "win32",
    },
    TransportRow {
        transport: Transport::Koffi,
        name: "koffi",
        npm_dependency: ("koffi", "3.3.4"),
        supports_callbacks: true,
        no_callbacks_because: "",
        needs_ffi_buffer_scaffolding: false,
        runs_on: |_| true,
    },
    TransportRow {
        transport: Transport::NodeApi,
        name: "node-api",
        npm_dependency: ("uniffi-bindgen-ts-node-api", "0.1.0"),
        supports_callbacks: true,
        no_callbacks_because: "",
        needs_ffi_buffer_scaffolding: false,
        // The addon's platform packages: napi-rs's targets (linux-x64-gnu is built and tested here).
        runs_on: |_| true,
    },
];

impl Transport {
    /// This transport's row of [`TRANSPORTS`].
    pub fn row(self) -> &'static TransportRow {
        TRANSPORTS.iter().find(|row| row.transport == self).expect("every transport has a row")
    }

    pub fn name(self) -> &'static str {
        self.row().name
    }

    /// The npm package the generated package depends on, and its pinned version.
    pub fn npm_dependency(self) -> (&'static str, &'static str) {
        self.row().npm_dependency
    }

    /// The backend module, under the package's `runtime/transport/`.
    pub fn runtime_module(self) -> &'static str {
        self.row().name
    }

    /// Whether Rust can call JavaScript through it (callback interfaces, foreign traits).
    pub fn supports_callbacks(self) -> bool {
        self.row().supports_callbacks
    }

    /// Whether every function must be called through its `uniffi_ffibuffer_` twin.
    pub fn needs_ffi_buffer_scaffolding(self) -> bool {
        self.row().needs_ffi_buffer_scaffolding
    }
}

impl fmt::Display for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

    #[test]
    fn every_transport_has_one_row_named_as_on_the_command_line() {
        for transport in Transport::value_variants() {
            assert_eq!(TRANSPORTS.iter().filter(|row| row.transport == *transport).count(), 1);
            let name = transport.to_possible_value().unwrap().get_name().to_string();
            assert_eq!(transport.name(), name);
            let module = crate::runtime::transport_module(*transport);
            assert!(module.contains("export const transport"), "{name}");
        }
        assert_eq!(TRANSPORTS.len(), Transport::value_variants().len());
    }
}
