//! Compiling a generated package with the TypeScript compiler, so that it ships JavaScript and
//! `.d.ts` that any Node app runs and type-checks as they are (`dist/`, from the package's
//! tsconfig.json). The compiler is the `typescript` package the package folder or the current
//! folder can see, run with `node`; `--typescript` names another.

use std::process::Command;

use anyhow::{bail, Context, Result};
use camino::{Utf8Path, Utf8PathBuf};

/// How to install what the compile needs, and how to do without it.
fn setup_hint(out_dir: &Utf8Path) -> String {
    format!(
        "The generator compiles the package with TypeScript, which it looks for from {out_dir} and from the \
         current folder. Install it where the package lives (npm install --save-dev typescript @types/node, \
         and the package's transport), pass --typescript <path to the typescript package>, or pass --no-compile \
         and build later with `npm install && npm run build` in {out_dir}"
    )
}

/// Finds `typescript/lib/tsc.js`: the given path (the package folder or the file itself), else
/// Node's resolution from `out_dir`, then from the current folder.
pub fn find_typescript(out_dir: &Utf8Path, given: Option<&Utf8Path>) -> Result<Utf8PathBuf> {
    if let Some(path) = given {
        let tsc = if path.is_dir() { path.join("lib/tsc.js") } else { path.to_path_buf() };
        if !tsc.is_file() {
            bail!("--typescript {path}: no TypeScript compiler at {tsc}");
        }
        return Ok(tsc);
    }
    let script = "const paths = process.argv.slice(1);\
                  process.stdout.write(require.resolve('typescript/lib/tsc.js', { paths }));";
    let output = Command::new(node())
        .args(["-e", script, out_dir.as_str(), "."])
        .output()
        .with_context(|| format!("cannot run node (needed to compile the package). {}", setup_hint(out_dir)))?;
    if !output.status.success() {
        bail!("TypeScript is not installed where the package can see it. {}", setup_hint(out_dir));
    }
    Ok(Utf8PathBuf::from(String::from_utf8(output.stdout).context("the path of tsc.js is not UTF-8")?))
}

/// `node`, or `$NODE` when set.
fn node() -> String {
    std::env::var("NODE").ok().filter(|n| !n.is_empty()).unwrap_or_else(|| "node".into())
}

/// Runs `tsc -p <out_dir>/tsconfig.json` into a fresh `dist/`; returns the files written.
pub fn compile(out_dir: &Utf8Path, typescript: Option<&Utf8Path>) -> Result<Vec<Utf8PathBuf>> {
    let tsc = find_typescript(out_dir, typescript)?;
    let dist = out_dir.join("dist");
    if dist.exists() {
        std::fs::remove_dir_all(&dist).with_context(|| format!("cannot remove the old {dist}"))?;
    }
    let output = Command::new(node())
        .arg(&tsc)
        .args(["--project", out_dir.join("tsconfig.json").as_str(), "--pretty", "false"])
        .output()
        .with_context(|| format!("cannot run {tsc}"))?;
    if !output.status.success() {
        let diagnostics = String::from_utf8_lossy(&output.stdout);
        let missing_types = diagnostics.contains("TS2688") || diagnostics.contains("TS2307");
        bail!(
            "TypeScript could not compile {out_dir} ({tsc}):\n{}{}",
            diagnostics.trim_end(),
            if missing_types {
                format!("\nA module or its types is missing. {}", setup_hint(out_dir))
            } else {
                String::new()
            }
        );
    }
    let mut written = Vec::new();
    collect_files(&dist, &mut written)?;
    written.sort();
    Ok(written)
}

fn collect_files(dir: &Utf8Path, files: &mut Vec<Utf8PathBuf>) -> Result<()> {
    for entry in dir.read_dir_utf8().with_context(|| format!("cannot list {dir}"))? {
        let path = entry?.path().to_path_buf();
        if path.is_dir() {
            collect_files(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}
