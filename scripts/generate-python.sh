#!/usr/bin/env bash
# Generates the Python bindings of the async-ffi crate with the official UniFFI CLI (uniffi 0.32,
# crate `uniffi-bindgen` in this workspace), as a reference to cross-check the TypeScript generator.
#
# Output: generated/python/async_ffi/async_ffi.py (committed) and, next to it, a copy of the cdylib
# (gitignored), which the generated module loads from its own folder.
#
# Usage: bash scripts/generate-python.sh   (from any directory)
set -euo pipefail

script_dir="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd -- "${script_dir}/.." && pwd)"
cd "${repo_root}"

out_dir="generated/python/async_ffi"

case "$(uname -s)" in
  Darwin) lib_file="libasync_ffi.dylib" ;;
  MINGW* | MSYS* | CYGWIN*) lib_file="async_ffi.dll" ;;
  *) lib_file="libasync_ffi.so" ;;
esac

# Respect a custom target directory (CARGO_TARGET_DIR) if one is set.
target_dir="${CARGO_TARGET_DIR:-${repo_root}/target}"
cdylib="${target_dir}/release/${lib_file}"

# Always the whole workspace, as scripts/generate.sh does: building one package alone unifies
# uniffi's features differently and would rebuild everything twice.
echo "==> building the workspace (release)"
cargo build --release -q --workspace

if [[ ! -f "${cdylib}" ]]; then
  echo "error: expected cdylib not found at ${cdylib}" >&2
  exit 1
fi

echo "==> generating Python bindings into ${out_dir}"
mkdir -p "${out_dir}"
# Library mode: the source is the cdylib, whose embedded metadata describes the exported items.
"${target_dir}/release/uniffi-bindgen" \
  generate --language python --out-dir "${out_dir}" "${cdylib}"

echo "==> copying ${lib_file} next to the generated module"
cp -f "${cdylib}" "${out_dir}/${lib_file}"

echo "==> done: ${out_dir}/async_ffi.py + ${out_dir}/${lib_file}"
