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
         current folder; the compile itself, like any TypeScript project, finds @types/node and the package's \
         transport from {out_dir}. Install them where the package lives (npm install in it, or in a folder above \
         it), pass --typescript <path to the typescript package>, or pass --no-compile and build later with \
         `npm install && npm run build` in {out_dir}"
    )
}

/// Finds the TypeScript compiler: the given path (the `typescript` package folder, or its `tsc`
/// script), else the `typescript` package Node resolves from `out_dir`, then from the current
/// folder. The script is the package's own `bin.tsc`, so that any TypeScript version works.
pub fn find_typescript(out_dir: &Utf8Path, given: Option<&Utf8Path>) -> Result<Utf8PathBuf> {
    let package_dir = match given {
        Some(path) if path.is_file() => return Ok(path.to_path_buf()),
        Some(path) if path.join("package.json").is_file() => path.to_path_buf(),
        Some(path) => bail!("--typescript {path}: neither the typescript package folder nor its tsc script"),
        None => {
            let script = "const paths = process.argv.slice(1);\
                          process.stdout.write(require.resolve('typescript/package.json', { paths }));";
            let output = Command::new(node())
                .args(["-e", script, out_dir.as_str(), "."])
                .output()
                .with_context(|| format!("cannot run node (needed to compile the package). {}", setup_hint(out_dir)))?;
            if !output.status.success() {
                bail!("TypeScript is not installed where the package can see it. {}", setup_hint(out_dir));
            }
            let manifest =
                Utf8PathBuf::from(String::from_utf8(output.stdout).context("the path of TypeScript is not UTF-8")?);
            manifest.parent().map(Utf8Path::to_path_buf).unwrap_or_default()
        }
    };
    let manifest = package_dir.join("package.json");
    let text = std::fs::read_to_string(&manifest).with_context(|| format!("cannot read {manifest}"))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).with_context(|| format!("{manifest} is not valid JSON"))?;
    let bin = match json.get("bin") {
        Some(serde_json::Value::String(path)) => Some(path.as_str()),
        Some(bins) => bins.get("tsc").and_then(|b| b.as_str()),
        None => None,
    };
    match bin {
        Some(bin) => Ok(package_dir.join(bin)),
        None => bail!("{manifest} names no `tsc` in its `bin`: is {package_dir} the typescript package?"),
    }
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
        // A missing module is a setup problem: say what to install before the compiler's list.
        let cause = if missing_types {
            format!(
                "A module or its types is missing: the compile finds @types/node and the package's transport from \
                 {out_dir}, like any TypeScript project. Install them there (npm install in it, or in a folder above \
                 it), or pass --no-compile and build later with `npm install && npm run build` in {out_dir}.\n"
            )
        } else {
            String::new()
        };
        bail!(
            "TypeScript could not compile {out_dir} ({tsc}).\n{cause}{}\nThe sources are written (src/), dist/ is not: once \
             this is fixed, run `npm run build` in {out_dir}, or generate again.",
            diagnostics.trim_end(),
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
