//! The runtime every generated package ships (`bindgen-ts/runtime/src`, embedded by `build.rs`
//! so that the folder is the one list of its files), and the names of its exports that
//! generated code imports.

use crate::transport::{Transport, TRANSPORTS};

include!(concat!(env!("OUT_DIR"), "/runtime_files.rs"));

/// The runtime files a package on `transport` ships, by path under `runtime/`: the common ones
/// and its own backend (`transport/<name>.ts`), not the other transports' backends.
pub fn package_files(transport: Transport) -> impl Iterator<Item = (&'static str, &'static str)> {
    RUNTIME_FILES.iter().copied().filter(move |(path, _)| match backend_of(path) {
        Some(owner) => owner == transport,
        None => true,
    })
}

/// The backend module of `transport`.
pub fn transport_module(transport: Transport) -> &'static str {
    let path = format!("transport/{}.ts", transport.runtime_module());
    RUNTIME_FILES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, contents)| *contents)
        .expect("every transport has its module")
}

/// The transport whose backend the runtime file `path` is part of, if any: its module
/// `transport/<name>.ts` and the files of its own folder `transport/<name>/`.
fn backend_of(path: &str) -> Option<Transport> {
    TRANSPORTS
        .iter()
        .find(|row| {
            path == format!("transport/{}.ts", row.name) || path.starts_with(&format!("transport/{}/", row.name))
        })
        .map(|row| row.transport)
}

/// Runtime values generated code may use; `index.ts` imports those it does use (so no generated
/// name may take one of them, see `model::names`).
pub const RUNTIME_VALUES: &[&str] = &[
    "AsyncFunction",
    "AsyncMethod",
    "CallbackInterfaceConverter",
    "ForeignTraitConverter",
    "CustomConverter",
    "Duration",
    "withDiscriminants",
    "ErrorConverter",
    "FfiConverterBool",
    "FfiConverterBytes",
    "FfiConverterDuration",
    "FfiConverterForeignBytes",
    "FfiConverterHandle",
    "FfiConverterTimestamp",
    "FfiConverterF32",
    "FfiConverterF64",
    "FfiConverterI16",
    "FfiConverterI32",
    "FfiConverterI64",
    "FfiConverterI8",
    "FfiConverterString",
    "FfiConverterU16",
    "FfiConverterU32",
    "FfiConverterU64",
    "FfiConverterU8",
    "FlatEnumConverter",
    "MapConverter",
    "ObjectConverter",
    "OptionalConverter",
    "RecordConverter",
    "SequenceConverter",
    "SetConverter",
    "SyncFunction",
    "SyncMethod",
    "TaggedEnumConverter",
    "Timestamp",
    "UniffiError",
    "UniffiErrorObject",
    "UniffiObject",
    "errorTupleVariant",
    "errorVariant",
    "flatErrorVariant",
    "objectErrorLifter",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The value names a runtime file exports (`export class X`, `export function X`, ...).
    fn exported_values(source: &str) -> Vec<String> {
        let mut names = Vec::new();
        for line in source.lines() {
            let Some(rest) = line.strip_prefix("export ") else { continue };
            let rest = rest.strip_prefix("abstract ").unwrap_or(rest);
            for keyword in ["class ", "function ", "const ", "let ", "enum "] {
                if let Some(declared) = rest.strip_prefix(keyword) {
                    let name: String =
                        declared.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$').collect();
                    names.push(name);
                }
            }
        }
        names
    }

    /// The modules `module` re-exports whole (`export * from './x'`), as runtime paths.
    fn reexported(module: &str, source: &str) -> Vec<String> {
        let folder = module.rsplit_once('/').map_or("", |(folder, _)| folder);
        source
            .lines()
            .filter_map(|l| l.strip_prefix("export * from './").and_then(|rest| rest.strip_suffix("';")))
            .map(|target| if folder.is_empty() { format!("{target}.ts") } else { format!("{folder}/{target}.ts") })
            .collect()
    }

    #[test]
    fn generated_code_imports_only_what_the_runtime_index_exports() {
        let source_of = |path: &str| RUNTIME_FILES.iter().find(|(p, _)| *p == path).map(|(_, s)| *s);
        let mut exported = Vec::new();
        let mut pending = vec!["index.ts".to_string()];
        while let Some(module) = pending.pop() {
            let source = source_of(&module).unwrap_or_else(|| panic!("{module} is re-exported but not in the runtime"));
            exported.extend(exported_values(source));
            pending.extend(reexported(&module, source));
        }
        for name in RUNTIME_VALUES {
            assert!(
                exported.iter().any(|e| e == name),
                "{name} is in RUNTIME_VALUES but the runtime's index does not export it"
            );
        }
    }

    #[test]
    fn a_package_ships_its_own_backend_only() {
        for row in TRANSPORTS {
            let files: Vec<&str> = package_files(row.transport).map(|(p, _)| p).collect();
            assert!(files.contains(&"index.ts") && files.contains(&"transport/native.ts"));
            for other in TRANSPORTS {
                let backend = format!("transport/{}.ts", other.name);
                assert_eq!(files.contains(&backend.as_str()), other.transport == row.transport, "{backend}");
                let folder = format!("transport/{}/", other.name);
                if other.transport != row.transport {
                    assert!(!files.iter().any(|f| f.starts_with(&folder)), "{folder}");
                }
            }
            if row.transport == Transport::Koffi {
                assert!(files.contains(&"transport/koffi/c-types.ts"));
            }
        }
    }
}
