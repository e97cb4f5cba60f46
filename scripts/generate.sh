#!/usr/bin/env bash
# Builds the workspace and regenerates every package under generated/.
# Each package folder is emptied first, so files the generator no longer writes disappear.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

target_dir="${CARGO_TARGET_DIR:-target}"
case "$(uname -s)" in
  Darwin) lib() { echo "$target_dir/release/lib$1.dylib"; } ;;
  MINGW*|MSYS*|CYGWIN*) lib() { echo "$target_dir/release/$1.dll"; } ;;
  *) lib() { echo "$target_dir/release/lib$1.so"; } ;;
esac

# The whole workspace in one build, and the generator run from its binary: `cargo run -p ...`
# would unify uniffi's features differently and rebuild half the workspace.
cargo build --release --workspace
generator="$target_dir/release/uniffi-bindgen-ts"

# One line per package: <library name> <package folder> [<crate> or -] [<uniffi.toml to use>]
packages=(
  "async_ffi generated/async-ffi"
  "fixture_types generated/fixture-types"
  "fixture_objects generated/fixture-objects"
  "fixture_ext_base generated/fixture-ext-base"
  "fixture_ext_user generated/fixture-ext-base-in-user fixture_ext_base"
  "fixture_ext_user generated/fixture-ext-user"
  "fixture_ext_user generated/fixture-ext-user-two-libraries - crates/fixtures/ext-user/uniffi.two-libraries.toml"
)
for entry in "${packages[@]}"; do
  read -r library out_dir crate config <<<"$entry"
  [ "$crate" = "-" ] && crate=""
  rm -rf "$out_dir"
  "$generator" generate "$(lib "$library")" --out-dir "$out_dir" ${crate:+--crate "$crate"} ${config:+--config "$config"} >/dev/null
  echo "generated $out_dir"
done

bash scripts/generate-python.sh
