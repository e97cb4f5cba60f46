//! References between the items of a component, checked before the model is built: `exclude`
//! (uniffi's list of items not to generate) must not remove a type that a kept item still uses,
//! or the package would name a type it never defines (a package that does not compile, and a
//! `ReferenceError` at import).

use std::collections::HashMap;

use anyhow::{bail, Result};
use uniffi_bindgen::interface::{AsType, Callable, Type};
use uniffi_bindgen::ComponentInterface;

use super::resolve::{crate_of, current_name, defines};

/// Fails when a kept item uses a type of this crate that has no definition, naming each such
/// type (said to be excluded when `exclude` lists it) and every item that still uses it.
pub fn check_references(
    ci: &ComponentInterface,
    exclude: &[String],
    renames: &HashMap<String, toml::Table>,
) -> Result<()> {
    let mut uses = Vec::new();
    for f in ci.function_definitions() {
        callable_uses(f, &format!("function {}", f.name()), &mut uses);
    }
    for r in ci.record_definitions() {
        for field in r.fields() {
            type_uses(&field.as_type(), &format!("record {} (field {})", r.name(), field.name()), &mut uses);
        }
        for m in r.methods() {
            callable_uses(m, &format!("method {}.{}", r.name(), m.name()), &mut uses);
        }
    }
    for e in ci.enum_definitions() {
        for v in e.variants() {
            for field in v.fields() {
                let place = format!("enum {} (variant {}, field {})", e.name(), v.name(), field.name());
                type_uses(&field.as_type(), &place, &mut uses);
            }
        }
        for m in e.methods() {
            callable_uses(m, &format!("method {}.{}", e.name(), m.name()), &mut uses);
        }
    }
    for o in ci.object_definitions() {
        for c in o.constructors() {
            callable_uses(c, &format!("constructor {}.{}", o.name(), c.name()), &mut uses);
        }
        for m in o.methods() {
            callable_uses(m, &format!("method {}.{}", o.name(), m.name()), &mut uses);
        }
        for t in o.trait_impls() {
            type_uses(&t.trait_ty, &format!("object {} (trait implementation)", o.name()), &mut uses);
        }
    }
    for c in ci.callback_interface_definitions() {
        for m in c.methods() {
            callable_uses(m, &format!("method {}.{}", c.name(), m.name()), &mut uses);
        }
    }

    let mut missing: Vec<(String, Vec<String>)> = Vec::new();
    for (ty, place) in uses {
        let Some(name) = undefined_local_type(ci, renames, &ty) else { continue };
        match missing.iter_mut().find(|(n, _)| *n == name) {
            Some((_, places)) if !places.contains(&place) => places.push(place),
            Some(_) => {}
            None => missing.push((name, vec![place])),
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    let problems: Vec<String> = missing
        .iter()
        .map(|(name, places)| {
            let why = if exclude.contains(name) {
                "is excluded (`exclude` in [bindings.typescript])"
            } else {
                "has no definition"
            };
            format!("{name} {why} but is still used by {}", places.join(", "))
        })
        .collect();
    bail!("crate {}: {}. Exclude those items too, or keep the type", ci.crate_name(), problems.join("; "))
}

/// Every type a callable uses (arguments, result, error), with where it is used.
fn callable_uses(c: &dyn Callable, item: &str, out: &mut Vec<(Type, String)>) {
    for a in c.arguments() {
        type_uses(&a.as_type(), &format!("{item} (argument {})", a.name()), out);
    }
    if let Some(t) = c.return_type() {
        type_uses(t, &format!("{item} (result)"), out);
    }
    if let Some(t) = c.throws_type() {
        type_uses(t, &format!("{item} (error)"), out);
    }
}

fn type_uses(ty: &Type, place: &str, out: &mut Vec<(Type, String)>) {
    for t in ty.iter_types() {
        out.push((t.clone(), place.to_string()));
    }
}

/// The name of `ty` when it is a named type of this crate that `ci` does not define, under its
/// own name or the one the rename table gives it (see [`super::resolve`]).
fn undefined_local_type(ci: &ComponentInterface, renames: &HashMap<String, toml::Table>, ty: &Type) -> Option<String> {
    let (name, module_path) = match ty {
        Type::Record { name, module_path }
        | Type::Enum { name, module_path }
        | Type::Object { name, module_path, .. }
        | Type::CallbackInterface { name, module_path }
        | Type::Custom { name, module_path, .. } => (name, module_path),
        _ => return None,
    };
    let local = crate_of(module_path) == ci.crate_name();
    (local && !defines(ci, &current_name(ci, renames, name))).then(|| name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use uniffi_bindgen::interface::apply_exclusions;

    fn ci(udl: &str, exclude: &[&str]) -> ComponentInterface {
        let mut ci = ComponentInterface::from_webidl(udl, "demo").expect("valid UDL");
        apply_exclusions(&mut ci, &exclude.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        ci
    }

    const UDL: &str = r#"
        namespace demo {
            Secret reveal();
            void check(Options options);
        };
        dictionary Secret { string value; };
        dictionary Options { sequence<Secret>? secrets; u32 retries; };
        dictionary Unused { string text; };
        interface Vault { constructor(); Secret open(); };
    "#;

    #[test]
    fn excluding_a_type_that_is_still_used_is_refused_naming_both() {
        let exclude = ["Secret".to_string()];
        let error = check_references(&ci(UDL, &["Secret"]), &exclude, &HashMap::new()).unwrap_err().to_string();
        assert!(error.starts_with("crate demo: Secret is excluded"), "{error}");
        for place in ["function reveal (result)", "record Options (field secrets)", "method Vault.open (result)"] {
            assert!(error.contains(place), "{place} in {error}");
        }
        assert!(error.contains("Exclude those items too, or keep the type"), "{error}");
    }

    #[test]
    fn excluding_a_type_with_every_item_using_it_is_fine() {
        let exclude: Vec<String> = ["Secret", "reveal", "Options", "check", "Vault"].map(String::from).to_vec();
        let excluded = ci(UDL, &["Secret", "reveal", "Options", "check", "Vault"]);
        check_references(&excluded, &exclude, &HashMap::new()).unwrap();
        // And excluding an unused type or nothing at all.
        check_references(&ci(UDL, &["Unused"]), &["Unused".into()], &HashMap::new()).unwrap();
        check_references(&ci(UDL, &[]), &[], &HashMap::new()).unwrap();
    }

    #[test]
    fn each_missing_type_is_named_once_with_every_user() {
        let error =
            check_references(&ci(UDL, &["Secret", "Options"]), &["Secret".into(), "Options".into()], &HashMap::new())
                .unwrap_err()
                .to_string();
        assert_eq!(error.matches("Secret is excluded").count(), 1, "{error}");
        assert!(error.contains("Options is excluded (`exclude` in [bindings.typescript]) but is still used by function check (argument options)"), "{error}");
    }
}
