#!/usr/bin/env bash
# Builds the workspace and regenerates every package under generated/: each fixture once per
# transport, `generated/<name>` on ffi-rs (the default), `generated/<name>-koffi` on koffi and
# `generated/<name>-node-api` on node-api (our own addon). Crates whose Rust calls TypeScript, and
# one without FFI-buffer twins, are generated for koffi and node-api only.
# Each package folder is emptied first, so files the generator no longer writes disappear.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

target_dir="${CARGO_TARGET_DIR:-target}"
case "$(uname -s)" in
  Darwin) lib_file() { echo "lib$1.dylib"; } ;;
  MINGW*|MSYS*|CYGWIN*) lib_file() { echo "$1.dll"; } ;;
  *) lib_file() { echo "lib$1.so"; } ;;
esac
lib() { echo "$target_dir/release/$(lib_file "$1")"; }

# The whole workspace in one build, and the generator run from its binary: `cargo run -p ...`
# would unify uniffi's features differently and rebuild half the workspace.
cargo build --release --workspace
generator="$target_dir/release/uniffi-bindgen-ts"

# fixture-plain must be built without `scaffolding-ffi-buffer-fns`, which the workspace build
# unifies into every crate's uniffi; built alone it gets only its own features. Its library is
# kept in its own folder, where the next workspace build does not overwrite it.
cargo build --release -p fixture-plain
mkdir -p "$target_dir/fixture-plain"
cp "$(lib fixture_plain)" "$target_dir/fixture-plain/"

# One line per package: <library file> <package folder> [<crate> or -] [<uniffi.toml> or -]
# [<crate>=<package folder> of external types, for the koffi twin]
packages=(
  "$(lib async_ffi) generated/async-ffi"
  "$(lib fixture_types) generated/fixture-types"
  "$(lib fixture_objects) generated/fixture-objects"
  "$(lib fixture_real_world) generated/fixture-real-world"
  "$(lib fixture_ext_base) generated/fixture-ext-base"
  "$(lib fixture_ext_user) generated/fixture-ext-base-in-user fixture_ext_base"
  "$(lib fixture_ext_user) generated/fixture-ext-user - - fixture_ext_base=fixture-ext-base-in-user"
  "$(lib fixture_ext_user) generated/fixture-ext-user-two-libraries - crates/fixtures/ext-user/uniffi.two-libraries.toml fixture_ext_base=fixture-ext-base"
)

generate() {
  local library=$1 out_dir=$2 crate=$3 config=$4
  shift 4
  rm -rf "$out_dir"
  "$generator" generate "$library" --out-dir "$out_dir" ${crate:+--crate "$crate"} ${config:+--config "$config"} "$@" >/dev/null
  echo "generated $out_dir"
}

for entry in "${packages[@]}"; do
  read -r library out_dir crate config external <<<"$entry"
  [ "$crate" = "-" ] && crate=""
  [ "$config" = "-" ] && config=""
  generate "$library" "$out_dir" "$crate" "$config"
  # The twins: the same package on the other transports, importing the twins of the packages it
  # takes external types from.
  for transport in koffi node-api; do
    twin_args=(--transport "$transport" --package-name "$(basename "$out_dir")-$transport")
    if [ -n "${external:-}" ]; then
      twin_args+=(--external-package "${external%%=*}=../${external#*=}-$transport")
    fi
    generate "$library" "$out_dir-$transport" "$crate" "$config" "${twin_args[@]}"
  done
done

# Only koffi accepts a crate without the FFI-buffer scaffolding, or one whose Rust calls
# TypeScript (their uniffi.toml says so).
generate "$target_dir/fixture-plain/$(lib_file fixture_plain)" generated/fixture-plain-koffi "" ""
# node-api calls any crate as published too.
generate "$target_dir/fixture-plain/$(lib_file fixture_plain)" generated/fixture-plain-node-api "" "" \
  --transport node-api --package-name fixture-plain-node-api
for transport in koffi node-api; do
  generate "$(lib fixture_callbacks)" "generated/fixture-callbacks-$transport" "" "" \
    --transport "$transport" --package-name "fixture-callbacks-$transport"
  # A UDL crate using fixture-callbacks' foreign-implementable trait: it and that crate's package,
  # both from its library.
  generate "$(lib fixture_udl)" "generated/fixture-callbacks-in-udl-$transport" fixture_callbacks "" \
    --transport "$transport" --package-name "fixture-callbacks-in-udl-$transport"
  generate "$(lib fixture_udl)" "generated/fixture-udl-$transport" "" "" \
    --transport "$transport" --package-name "fixture-udl-$transport" \
    --external-package "fixture_callbacks=../fixture-callbacks-in-udl-$transport"
done

bash scripts/generate-python.sh
