//! Embeds the runtime (`runtime/src`, every `.ts` file) into the generator: the list of files is
//! derived from the folder, so a file added there ships with every package without a second list.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, base: &Path, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> =
        std::fs::read_dir(dir).expect("runtime/src is readable").map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, base, out);
        } else if path.extension().is_some_and(|e| e == "ts") {
            let relative = path.strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/");
            out.push((relative, path));
        }
    }
}

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let runtime = manifest_dir.join("runtime").join("src");
    println!("cargo:rerun-if-changed={}", runtime.display());
    let mut files = Vec::new();
    collect(&runtime, &runtime, &mut files);
    let mut code = String::from("/// Every file of `runtime/src`, by path relative to it, sorted.\npub const RUNTIME_FILES: &[(&str, &str)] = &[\n");
    for (relative, path) in &files {
        writeln!(code, "    ({relative:?}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("runtime_files.rs");
    std::fs::write(out, code).unwrap();
}
