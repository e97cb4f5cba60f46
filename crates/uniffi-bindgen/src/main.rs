//! The official UniFFI bindgen CLI, pinned to the workspace's uniffi version.
//!
//! Used by `scripts/generate-python.sh` to generate the Python bindings that cross-check the
//! TypeScript generator against the reference implementation.

fn main() {
    uniffi::uniffi_bindgen_main()
}
