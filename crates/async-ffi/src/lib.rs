//! `async-ffi`: an async Rust library called from TypeScript two ways.
//!
//! * [`uniffi_api`]: the UniFFI way. Proc-macro exports; `uniffi-bindgen-ts` generates the
//!   TypeScript package in `generated/async-ffi`.
//! * [`manual`]: the hand-written way. `extern "C"` functions over a global tokio runtime, requests
//!   carried by a `tokio::sync::mpsc` channel, results delivered through a C callback fired from a
//!   tokio worker thread.
//!
//! Both produce the same greeting through [`greeting::greeting`], so their outputs and costs can
//! be compared side by side.

uniffi::setup_scaffolding!();

pub mod alloc_stats;
pub mod greeting;
pub mod manual;
pub mod uniffi_api;

pub use uniffi_api::*;
