//! Printing the model: askama templates, the runtime files, and the final formatting pass.

use anyhow::Result;
use askama::Template;

use crate::model::Package;
use crate::npm::Manifest;
use crate::runtime::{self, RUNTIME_VALUES};

/// The generator's version, printed in every generated file's header.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The compiler a package builds with (`npm run build`), pinned as this repository pins it.
pub const TYPESCRIPT_VERSION: &str = "5.9.3";
/// The Node types it compiles against: the oldest Node the package supports (`engines`).
pub const TYPES_NODE_VERSION: &str = "^20.19.0";

/// Where the TypeScript sources live in a package; `tsc` compiles them into `dist/`, one level
/// deep as well, so that `..` from either is the package folder.
pub const SOURCE_DIR: &str = "src";

/// A file of the generated package, relative to the package folder.
pub struct GeneratedFile {
    pub path: String,
    pub contents: String,
}

#[derive(Template)]
#[template(path = "index.ts", escape = "none")]
struct IndexTemplate<'a> {
    package: &'a Package,
    version: &'a str,
}

#[derive(Template)]
#[template(path = "body.ts", escape = "none")]
struct BodyTemplate<'a> {
    package: &'a Package,
}

#[derive(Template)]
#[template(path = "ffi.ts", escape = "none")]
struct FfiTemplate<'a> {
    package: &'a Package,
    version: &'a str,
}

#[derive(Template)]
#[template(path = "README.md", escape = "none")]
struct ReadmeTemplate<'a> {
    package: &'a Package,
    manifest: &'a Manifest,
    version: &'a str,
}

#[derive(Template)]
#[template(path = "package.json", escape = "none")]
struct PackageJsonTemplate<'a> {
    package: &'a Package,
    manifest: &'a Manifest,
    version: &'a str,
    typescript_version: &'a str,
    types_node_version: &'a str,
}

/// Every file of the package, formatted.
pub fn render_package(package: &Package, manifest: &Manifest) -> Result<Vec<GeneratedFile>> {
    let index = IndexTemplate { package, version: VERSION };
    let body = format_ts(&BodyTemplate { package }.render()?);
    let mut imports: Vec<&str> = RUNTIME_VALUES.iter().copied().filter(|name| contains_word(&body, name)).collect();
    imports.sort_by_key(|name| name.to_lowercase());
    let header = index.render()?;
    let mut index_ts = format_ts(&header);
    let type_imports: Vec<&str> =
        ["AsyncCallOptions", "ForeignCallOptions"].into_iter().filter(|name| contains_word(&body, name)).collect();
    index_ts.push_str(&format_imports(&imports, &type_imports));
    for (path, names) in &package.external_imports {
        let list: Vec<String> = names.iter().map(|n| format!("  {n},\n")).collect();
        index_ts.push_str(&format!("import {{\n{}}} from '{}';\n", list.concat(), import_from_source(path)));
    }
    for line in &package.custom_imports {
        index_ts.push_str(line);
        index_ts.push('\n');
    }
    index_ts.push('\n');
    index_ts.push_str(&body);

    let source = |name: &str| format!("{SOURCE_DIR}/{name}");
    let mut files = vec![
        GeneratedFile {
            path: "package.json".into(),
            contents: format_ts(
                &PackageJsonTemplate {
                    package,
                    manifest,
                    version: VERSION,
                    typescript_version: TYPESCRIPT_VERSION,
                    types_node_version: TYPES_NODE_VERSION,
                }
                .render()?,
            ),
        },
        GeneratedFile { path: "tsconfig.json".into(), contents: TSCONFIG.into() },
        GeneratedFile {
            path: "README.md".into(),
            contents: ReadmeTemplate { package, manifest, version: VERSION }.render()? + "\n",
        },
        GeneratedFile { path: source("index.ts"), contents: index_ts },
        GeneratedFile { path: source("index.mts"), contents: ESM_ENTRY.into() },
        GeneratedFile {
            path: source("ffi.ts"),
            contents: format_ts(&FfiTemplate { package, version: VERSION }.render()?),
        },
    ];
    for (name, contents) in runtime::package_files(package.transport) {
        files.push(GeneratedFile { path: source(&format!("runtime/{name}")), contents: contents.to_string() });
    }
    Ok(files)
}

/// How `tsc` builds the package: CommonJS JavaScript and `.d.ts` (with the TSDoc) in `dist/`,
/// plus the ES module entry `dist/index.mjs`. The code is CommonJS so that the package has one
/// copy of its state (objects, futures, the open library) whichever module system loads it.
const TSCONFIG: &str = include_str!("../templates/tsconfig.json");

/// `src/index.mts`: the `import` entry, re-exporting the CommonJS build (Node detects its names).
const ESM_ENTRY: &str =
    "// The ES module entry of the package. The package itself is CommonJS, so that it has one copy of its\n\
// state whichever module system loads it; Node finds the names of its exports.\n\
export * from './index.js';\n";

/// An import path written relative to the package folder, as seen from a file in `src/`.
fn import_from_source(path: &str) -> String {
    match path.strip_prefix("./") {
        Some(rest) => format!("../{rest}"),
        None if path.starts_with("../") => format!("../{path}"),
        None => path.to_string(),
    }
}

fn format_imports(values: &[&str], types: &[&str]) -> String {
    let mut out = String::from("import {\n");
    for name in values {
        out.push_str(&format!("  {name},\n"));
    }
    out.push_str("} from './runtime';\n");
    if !types.is_empty() {
        out.push_str(&format!("import type {{ {} }} from './runtime';\n", types.join(", ")));
    }
    out.push_str("import { ffiFunctions, library } from './ffi';\n");
    out
}

fn contains_word(text: &str, word: &str) -> bool {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
    })
}

/// The formatting pass: no trailing spaces, at most one blank line in a row, none after an
/// opening brace or before a closing one, one final newline.
pub fn format_ts(text: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim_end) {
        let blank = line.is_empty();
        let previous = out.last().copied();
        if blank && (previous.is_none_or(|p| p.is_empty() || p.ends_with('{') || p.ends_with('['))) {
            continue;
        }
        let closes = line.trim_start().starts_with('}') || line.trim_start().starts_with(']');
        if closes && previous.is_some_and(str::is_empty) {
            out.pop();
        }
        out.push(line);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    let mut result = out.join("\n");
    result.push('\n');
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_collapses_blank_lines() {
        let text = "a {\n\n  b;  \n\n\n  c;\n\n}\n\n\n";
        assert_eq!(format_ts(text), "a {\n  b;\n\n  c;\n}\n");
    }

    #[test]
    fn relative_imports_are_rewritten_for_the_source_folder() {
        assert_eq!(import_from_source("../fixture-ext-base"), "../../fixture-ext-base");
        assert_eq!(import_from_source("./vendor/base"), "../vendor/base");
        assert_eq!(import_from_source("@acme/base"), "@acme/base");
        assert_eq!(import_from_source("base-package"), "base-package");
    }

    #[test]
    fn word_matching_respects_identifier_boundaries() {
        assert!(contains_word("new SyncFunction<string>(", "SyncFunction"));
        assert!(!contains_word("new AsyncFunction<string>(", "SyncFunction"));
        assert!(!contains_word("FfiConverterU8Array", "FfiConverterU8"));
    }
}
