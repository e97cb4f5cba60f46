//! npm packaging: the platforms a native library is published for (napi-rs's naming), which
//! platform a built library is for, and the platform packages that carry it.

use std::fmt;

use anyhow::{bail, Context, Result};
use camino::{Utf8Path, Utf8PathBuf};

use crate::config::Config;
use crate::transport::Transport;

/// What the crate's Cargo.toml says about the package (from `cargo metadata`, when there is one).
#[derive(Debug, Default, Clone)]
pub struct CrateInfo {
    pub version: Option<String>,
    pub license: Option<String>,
}

/// The npm metadata of a generated package, beside its model: version, license and the
/// platform packages that carry its native library.
#[derive(Debug, Clone)]
pub struct Manifest {
    pub version: String,
    /// The npm `license`, when the config or the crate's Cargo.toml has one.
    pub license: Option<String>,
    /// The optional platform packages that carry the native library, by npm name.
    pub platform_packages: Vec<String>,
}

impl Manifest {
    /// From uniffi.toml's settings, else the crate's Cargo.toml; the platforms default to every
    /// one the transport runs on.
    pub fn new(config: &Config, crate_info: &CrateInfo, package_name: &str) -> Result<Self> {
        let transport = config.transport.unwrap_or_default();
        let targets = match &config.platforms {
            Some(names) => {
                names.iter().map(|n| Target::parse(n)).collect::<Result<Vec<_>>>().context("in `platforms`")?
            }
            None => Target::defaults_for(transport),
        };
        Ok(Self {
            version: config
                .package_version
                .clone()
                .or_else(|| crate_info.version.clone())
                .unwrap_or_else(|| "0.0.0".into()),
            license: config.license.clone().or_else(|| crate_info.license.clone()),
            platform_packages: targets.iter().map(|t| platform_package_name(package_name, *t)).collect(),
        })
    }
}

/// A platform a cdylib is built for, named as napi-rs names its platform packages:
/// `<platform>-<arch>[-<abi>]`, e.g. `linux-x64-gnu`, `darwin-arm64`, `win32-x64-msvc`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    /// Node's `process.platform`.
    pub platform: &'static str,
    /// Node's `process.arch`.
    pub arch: &'static str,
    /// The C library (`gnu`, `musl`) on Linux, `msvc` on Windows, none on macOS.
    pub abi: Option<&'static str>,
}

/// Every target a platform package can be written for.
pub const TARGETS: &[Target] = &[
    Target { platform: "linux", arch: "x64", abi: Some("gnu") },
    Target { platform: "linux", arch: "x64", abi: Some("musl") },
    Target { platform: "linux", arch: "arm64", abi: Some("gnu") },
    Target { platform: "linux", arch: "arm64", abi: Some("musl") },
    Target { platform: "darwin", arch: "x64", abi: None },
    Target { platform: "darwin", arch: "arm64", abi: None },
    Target { platform: "win32", arch: "x64", abi: Some("msvc") },
    Target { platform: "win32", arch: "arm64", abi: Some("msvc") },
];

impl Target {
    /// Parses `linux-x64-gnu` and the like; the error lists the known targets.
    pub fn parse(name: &str) -> Result<Target> {
        match TARGETS.iter().find(|t| t.to_string() == name) {
            Some(target) => Ok(*target),
            None => bail!("unknown target `{name}` (known: {})", target_list(TARGETS)),
        }
    }

    /// The targets a package lists by default: those its transport runs on.
    pub fn defaults_for(transport: Transport) -> Vec<Target> {
        TARGETS.iter().copied().filter(|t| (transport.row().runs_on)(t)).collect()
    }

    /// Reads the target of a built library from its header (ELF, Mach-O or PE); a Linux library
    /// linked against musl says so in its dynamic loader's name.
    pub fn of_library(bytes: &[u8]) -> Result<Target> {
        let arch = |machine: &str| -> Result<&'static str> {
            match machine {
                "x86-64" => Ok("x64"),
                "aarch64" => Ok("arm64"),
                other => bail!("the library is built for {other}, which has no platform package name"),
            }
        };
        let find = |platform: &str, arch: &str, abi: Option<&str>| {
            *TARGETS.iter().find(|t| t.platform == platform && t.arch == arch && t.abi == abi).expect("a listed target")
        };
        if bytes.starts_with(b"\x7fELF") && bytes.len() >= 20 {
            let machine = u16::from_le_bytes([bytes[18], bytes[19]]);
            let arch = arch(match machine {
                0x3e => "x86-64",
                0xb7 => "aarch64",
                _ => "an unsupported ELF machine",
            })?;
            let musl = contains(bytes, b"ld-musl-") || contains(bytes, b"libc.musl-");
            return Ok(find("linux", arch, Some(if musl { "musl" } else { "gnu" })));
        }
        if bytes.len() >= 8 && bytes[..4] == [0xcf, 0xfa, 0xed, 0xfe] {
            let cpu = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]);
            let arch = arch(match cpu {
                0x0100_0007 => "x86-64",
                0x0100_000c => "aarch64",
                _ => "an unsupported Mach-O CPU",
            })?;
            return Ok(find("darwin", arch, None));
        }
        if bytes.starts_with(b"MZ") && bytes.len() >= 0x40 {
            let pe = u32::from_le_bytes([bytes[0x3c], bytes[0x3d], bytes[0x3e], bytes[0x3f]]) as usize;
            if bytes.len() >= pe + 6 && &bytes[pe..pe + 4] == b"PE\0\0" {
                let arch = arch(match u16::from_le_bytes([bytes[pe + 4], bytes[pe + 5]]) {
                    0x8664 => "x86-64",
                    0xaa64 => "aarch64",
                    _ => "an unsupported PE machine",
                })?;
                return Ok(find("win32", arch, Some("msvc")));
            }
        }
        bail!("not a shared library that a platform package can carry (no ELF, 64-bit Mach-O or PE header)")
    }

    /// `os`/`cpu`/`libc` of the platform package's package.json (npm's names: `glibc`, `musl`).
    pub fn npm_libc(&self) -> Option<&'static str> {
        match (self.platform, self.abi) {
            ("linux", Some("gnu")) => Some("glibc"),
            ("linux", Some("musl")) => Some("musl"),
            _ => None,
        }
    }

    /// The cdylib's file name on this platform.
    pub fn library_file(&self, library_name: &str) -> String {
        match self.platform {
            "win32" => format!("{library_name}.dll"),
            "darwin" => format!("lib{library_name}.dylib"),
            _ => format!("lib{library_name}.so"),
        }
    }

    /// The folder of a prebuild bundled in the package itself: `prebuilds/<platform>-<arch>`.
    pub fn prebuild_folder(&self) -> String {
        format!("prebuilds/{}-{}", self.platform, self.arch)
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.platform, self.arch)?;
        if let Some(abi) = self.abi {
            write!(f, "-{abi}")?;
        }
        Ok(())
    }
}

fn target_list(targets: &[Target]) -> String {
    targets.iter().map(Target::to_string).collect::<Vec<_>>().join(", ")
}

/// The name of a package's platform package: `@scope/pkg` → `@scope/pkg-linux-x64-gnu`.
pub fn platform_package_name(package_name: &str, target: Target) -> String {
    format!("{package_name}-{target}")
}

/// Whether `needle` occurs in `haystack` (symbol names and loader paths in a library file).
pub(crate) fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// What a platform package is written from: the generated package's package.json.
#[derive(Debug)]
pub struct MainPackage {
    pub name: String,
    pub version: String,
    pub license: Option<String>,
    pub library_name: String,
    /// The UniFFI crate the package was generated for (`uniffi.crate`).
    pub crate_name: String,
    /// The platform packages it lists (`optionalDependencies`).
    pub listed: Vec<String>,
}

impl MainPackage {
    /// Reads the generated package's package.json (the `uniffi` section names the library).
    pub fn read(package_dir: &Utf8Path) -> Result<MainPackage> {
        let path = package_dir.join("package.json");
        let text = std::fs::read_to_string(&path).with_context(|| {
            format!("cannot read {path}: pass --package the folder of a package uniffi-bindgen-ts generated")
        })?;
        let json: serde_json::Value =
            serde_json::from_str(&text).with_context(|| format!("{path} is not valid JSON"))?;
        let field = |pointer: &str| json.pointer(pointer).and_then(|v| v.as_str()).map(str::to_string);
        let missing =
            |what: &str| anyhow::anyhow!("{path} has no {what}: is it a package uniffi-bindgen-ts generated?");
        Ok(MainPackage {
            name: field("/name").ok_or_else(|| missing("name"))?,
            version: field("/version").ok_or_else(|| missing("version"))?,
            license: field("/license"),
            library_name: field("/uniffi/libraryName").ok_or_else(|| missing("uniffi.libraryName"))?,
            crate_name: field("/uniffi/crate").ok_or_else(|| missing("uniffi.crate"))?,
            listed: json
                .pointer("/optionalDependencies")
                .and_then(|d| d.as_object())
                .map(|d| d.keys().cloned().collect())
                .unwrap_or_default(),
        })
    }
}

/// Checks that `bytes` can be this package's library for `target`: a shared library (whatever
/// `--target` says), of the package's crate, built for the target's platform and architecture.
/// The C library is not checked (musl shows only in the loader's name); `--target` decides it.
/// Returns a note when the package does not list the target.
pub fn check_platform_library(bytes: &[u8], main: &MainPackage, target: Target) -> Result<Option<String>> {
    let built_for = Target::of_library(bytes)?;
    if (built_for.platform, built_for.arch) != (target.platform, target.arch) {
        bail!("the library is built for {}-{}, not for {target}", built_for.platform, built_for.arch);
    }
    let contract = format!("ffi_{}_uniffi_contract_version", main.crate_name);
    if !contains(bytes, contract.as_bytes()) {
        bail!(
            "the library is not one of the crate {} that {} was generated for (it has no {contract})",
            main.crate_name,
            main.name
        );
    }
    let name = platform_package_name(&main.name, target);
    Ok((!main.listed.contains(&name)).then(|| {
        format!("{} does not list {name} in its optionalDependencies (see `platforms` in uniffi.toml), so npm will not install it", main.name)
    }))
}

/// Writes `<out_dir>/<name>-<target>/` with its package.json, README and the library, and
/// returns the files written.
pub fn write_platform_package(
    main: &MainPackage,
    library: &Utf8Path,
    target: Target,
    out_dir: &Utf8Path,
) -> Result<Vec<Utf8PathBuf>> {
    let name = platform_package_name(&main.name, target);
    let folder = out_dir.join(name.rsplit('/').next().unwrap_or(&name));
    std::fs::create_dir_all(&folder).with_context(|| format!("cannot create {folder}"))?;
    let file = target.library_file(&main.library_name);

    let mut manifest = serde_json::json!({
        "name": name,
        "version": main.version,
        "description": format!("The {target} native library of {}", main.name),
        "os": [target.platform],
        "cpu": [target.arch],
        "files": [file, "README.md"],
    });
    if let Some(libc) = target.npm_libc() {
        manifest["libc"] = serde_json::json!([libc]);
    }
    if let Some(license) = &main.license {
        manifest["license"] = serde_json::json!(license);
    }
    let readme = format!(
        "# {name}\n\nThe {target} build of the native library of the npm package `{main}`.\n\
         Install `{main}`, not this package: it lists this one as an optional dependency, and npm installs\n\
         only the one that matches the platform.\n",
        main = main.name
    );

    let mut written = Vec::new();
    let manifest_path = folder.join("package.json");
    std::fs::write(&manifest_path, format!("{}\n", serde_json::to_string_pretty(&manifest)?))
        .with_context(|| format!("cannot write {manifest_path}"))?;
    written.push(manifest_path);
    let readme_path = folder.join("README.md");
    std::fs::write(&readme_path, readme).with_context(|| format!("cannot write {readme_path}"))?;
    written.push(readme_path);
    let library_path = folder.join(&file);
    std::fs::copy(library, &library_path).with_context(|| format!("cannot copy {library} to {library_path}"))?;
    written.push(library_path);
    Ok(written)
}

/// Copies the library into the package's `prebuilds/<platform>-<arch>/`, for a single-platform build.
pub fn bundle_prebuild(
    library: &Utf8Path,
    library_name: &str,
    target: Target,
    package_dir: &Utf8Path,
) -> Result<Utf8PathBuf> {
    let folder = package_dir.join(target.prebuild_folder());
    std::fs::create_dir_all(&folder).with_context(|| format!("cannot create {folder}"))?;
    let path = folder.join(target.library_file(library_name));
    std::fs::copy(library, &path).with_context(|| format!("cannot copy {library} to {path}"))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_print_and_parse_as_napi_rs_names_them() {
        let names: Vec<String> = TARGETS.iter().map(Target::to_string).collect();
        assert_eq!(
            names,
            [
                "linux-x64-gnu",
                "linux-x64-musl",
                "linux-arm64-gnu",
                "linux-arm64-musl",
                "darwin-x64",
                "darwin-arm64",
                "win32-x64-msvc",
                "win32-arm64-msvc"
            ]
        );
        for name in &names {
            assert_eq!(&Target::parse(name).unwrap().to_string(), name);
        }
        let error = Target::parse("linux-x86").unwrap_err().to_string();
        assert!(error.contains("linux-x86") && error.contains("darwin-arm64"), "{error}");
    }

    #[test]
    fn defaults_follow_the_transport() {
        let ffi_rs: Vec<String> = Target::defaults_for(Transport::FfiRs).iter().map(Target::to_string).collect();
        assert_eq!(ffi_rs, ["linux-x64-gnu", "linux-x64-musl", "darwin-x64"]);
        assert_eq!(Target::defaults_for(Transport::Koffi).len(), TARGETS.len());
    }

    fn elf(machine: u16, extra: &[u8]) -> Vec<u8> {
        let mut bytes = b"\x7fELF\x02\x01\x01".to_vec();
        bytes.resize(18, 0);
        bytes.extend_from_slice(&machine.to_le_bytes());
        bytes.extend_from_slice(extra);
        bytes
    }

    #[test]
    fn reads_the_target_of_a_library() {
        assert_eq!(Target::of_library(&elf(0x3e, b"")).unwrap().to_string(), "linux-x64-gnu");
        assert_eq!(
            Target::of_library(&elf(0xb7, b"/lib/ld-musl-aarch64.so.1")).unwrap().to_string(),
            "linux-arm64-musl"
        );
        let macho = [0xcf, 0xfa, 0xed, 0xfe, 0x0c, 0x00, 0x00, 0x01];
        assert_eq!(Target::of_library(&macho).unwrap().to_string(), "darwin-arm64");
        let mut pe = b"MZ".to_vec();
        pe.resize(0x40, 0);
        pe[0x3c] = 0x40;
        pe.extend_from_slice(b"PE\0\0");
        pe.extend_from_slice(&0x8664u16.to_le_bytes());
        assert_eq!(Target::of_library(&pe).unwrap().to_string(), "win32-x64-msvc");
        assert!(Target::of_library(&elf(0x28, b"")).unwrap_err().to_string().contains("unsupported ELF machine"));
        assert!(Target::of_library(b"not a library").unwrap_err().to_string().contains("not a shared library"));
    }

    #[test]
    fn a_library_built_here_is_for_a_known_target() {
        // The workspace's own cdylib, when it is built (npm test builds it first).
        let library = concat!(env!("CARGO_MANIFEST_DIR"), "/../target/release/libasync_ffi.so");
        if let (Ok(bytes), true) =
            (std::fs::read(library), cfg!(all(target_os = "linux", target_arch = "x86_64", target_env = "gnu")))
        {
            assert_eq!(Target::of_library(&bytes).unwrap().to_string(), "linux-x64-gnu");
        }
    }

    fn main_package() -> MainPackage {
        MainPackage {
            name: "demo".into(),
            version: "1.0.0".into(),
            license: None,
            library_name: "demo".into(),
            crate_name: "demo".into(),
            listed: vec!["demo-linux-x64-gnu".into()],
        }
    }

    #[test]
    fn a_platform_library_must_match_the_target_and_the_crate() {
        let library = elf(0x3e, b"..ffi_demo_uniffi_contract_version..");
        let main = main_package();
        let gnu = Target::parse("linux-x64-gnu").unwrap();
        assert_eq!(check_platform_library(&library, &main, gnu).unwrap(), None);
        // The C library is --target's to say; a target the package does not list is a note.
        let note = check_platform_library(&library, &main, Target::parse("linux-x64-musl").unwrap()).unwrap();
        assert!(note.unwrap().contains("does not list demo-linux-x64-musl"));
        let error = check_platform_library(&library, &main, Target::parse("darwin-arm64").unwrap()).unwrap_err();
        assert!(error.to_string().contains("built for linux-x64, not for darwin-arm64"), "{error}");
        let other = elf(0x3e, b"ffi_other_uniffi_contract_version");
        let error = check_platform_library(&other, &main, gnu).unwrap_err();
        assert!(error.to_string().contains("not one of the crate demo"), "{error}");
        assert!(check_platform_library(b"text", &main, gnu).is_err());
    }

    #[test]
    fn platform_packages_keep_the_scope() {
        let target = Target::parse("darwin-arm64").unwrap();
        assert_eq!(platform_package_name("@acme/wallet", target), "@acme/wallet-darwin-arm64");
        assert_eq!(target.library_file("wallet"), "libwallet.dylib");
        assert_eq!(target.prebuild_folder(), "prebuilds/darwin-arm64");
        assert_eq!(Target::parse("linux-x64-musl").unwrap().npm_libc(), Some("musl"));
        assert_eq!(Target::parse("win32-x64-msvc").unwrap().npm_libc(), None);
    }
}
