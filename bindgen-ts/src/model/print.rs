//! Printing TypeScript fragments: every piece of TypeScript syntax the model gives the
//! templates (signatures, parameter and converter tables, object types, string literals) is
//! written here, so the other model modules decide and this one prints.

use super::callbacks::CallbackMethod;
use super::{Callable, Enumeration, Field, Object, Record, Variant};

/// A string as a TypeScript string literal.
pub fn js_string(value: &str) -> String {
    let mut out = String::from("'");
    for c in value.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

impl Callable {
    /// The `override ` a class method needs when it replaces an inherited one (`toString`).
    pub fn override_keyword(&self) -> &'static str {
        if self.ts_name == "toString" {
            "override "
        } else {
            ""
        }
    }

    /// `async ` before an async callable's declaration. Its body awaits the call (`await`
    /// below), so that V8's async stack trace of an error it throws goes through it and its
    /// callers, as a sync call's stack does.
    pub fn async_keyword(&self) -> &'static str {
        if self.is_async {
            "async "
        } else {
            ""
        }
    }

    /// `await ` before the runtime call of an async callable (see [`Self::async_keyword`]).
    pub fn await_keyword(&self) -> &'static str {
        if self.is_async {
            "await "
        } else {
            ""
        }
    }

    /// The TypeScript return type: `Promise<T>` for async callables, `void` when nothing.
    pub fn return_annotation(&self) -> String {
        let value = self.returns.as_ref().map_or("void", |t| t.annotation.as_str());
        if self.is_async {
            format!("Promise<{value}>")
        } else {
            value.to_string()
        }
    }

    /// The parameter list of the TypeScript signature.
    /// (`undefined` selects a default, so an `Option` whose default is `Some` also takes `null`,
    /// which passes `None`.)
    pub fn signature(&self) -> String {
        self.params_with(self.is_async).join(", ")
    }

    /// The parameter list for a declaration at `indent` spaces: on one line when it is short,
    /// else one parameter per line.
    pub fn signature_block(&self, indent: usize) -> String {
        let one_line = self.signature();
        if one_line.len() + indent <= 80 {
            return one_line;
        }
        let pad = " ".repeat(indent + 2);
        let items = self.params_with(self.is_async);
        format!(
            "\n{}\n{}",
            items.iter().map(|p| format!("{pad}{p},")).collect::<Vec<_>>().join("\n"),
            " ".repeat(indent)
        )
    }

    fn params_with(&self, options: bool) -> Vec<String> {
        let mut params: Vec<String> = self
            .params
            .iter()
            .map(|p| match &p.default {
                Some(default) if default != "undefined" && p.ty.annotation.ends_with(" | undefined") => {
                    format!("{}: {} | null = {}", p.ts_name, p.ty.annotation, default)
                }
                Some(default) => format!("{}: {} = {}", p.ts_name, p.ty.annotation, default),
                None => format!("{}: {}", p.ts_name, p.ty.annotation),
            })
            .collect();
        if options {
            params.push("options?: AsyncCallOptions".into());
        }
        params
    }

    /// The arguments passed to the runtime call, receiver first.
    pub fn arguments(&self, receiver: &str) -> String {
        let mut args: Vec<&str> = Vec::new();
        if self.receiver.is_some() {
            args.push(receiver);
        }
        args.extend(self.params.iter().map(|p| p.ts_name.as_str()));
        let list = format!("[{}]", args.join(", "));
        if self.is_async {
            format!("{list}, options")
        } else {
            list
        }
    }

    /// The TypeScript type the call produces (before `Promise` for async ones).
    pub fn value_annotation(&self) -> &str {
        self.returns.as_ref().map_or("void", |t| t.annotation.as_str())
    }

    /// The converter list of the runtime call: `[['self', C], ['name', C2]]`, one entry per line
    /// when long (printed at 4 spaces in the calls table).
    pub fn parameter_table(&self) -> String {
        let mut entries = Vec::new();
        if let Some(receiver) = &self.receiver {
            entries.push(format!("['self', {receiver}]"));
        }
        for p in &self.params {
            entries.push(format!("[{}, {}]", js_string(&p.label), p.ty.converter));
        }
        let one_line = format!("[{}]", entries.join(", "));
        if one_line.len() <= 90 {
            return one_line;
        }
        format!("[\n{}\n    ]", entries.iter().map(|e| format!("      {e},")).collect::<Vec<_>>().join("\n"))
    }
}

impl Field {
    /// The field's type in a record interface: with `| null` when `null` is `None`.
    pub fn record_annotation(&self) -> String {
        if self.takes_null() {
            format!("{} | null", self.ty.annotation)
        } else {
            self.ty.annotation.clone()
        }
    }
}

impl Record {
    /// The argument type of the factory `R.create(fields)`: the record's fields, those with a
    /// default optional (`undefined` selects it; an `Option` whose default is `Some` also takes
    /// `null`, for `None`).
    pub fn factory_fields_type(&self) -> String {
        let members: Vec<String> = self
            .fields
            .iter()
            .map(|f| {
                let optional = if f.default.is_some() { "?" } else { "" };
                format!("{}{optional}: {}", f.ts_name, f.record_annotation())
            })
            .collect();
        format!("{{ {} }}", members.join("; "))
    }

    /// The factory's return type: the record, with every defaulted field present,
    /// `Settings & { port: number; retries: number | undefined }` (a given nested record is
    /// taken as it is, so its own type stays that of the record).
    pub fn factory_return_type(&self) -> String {
        let members: Vec<String> = self
            .fields
            .iter()
            .filter(|f| f.default.is_some())
            .map(|f| format!("{}: {}", f.ts_name, f.record_annotation()))
            .collect();
        format!("{} & {{ {} }}", self.ts_name, members.join("; "))
    }

    /// The factory's parameter list and return type, `fields: {...}): R & {...}`, with each
    /// object type over several lines when the declaration would be long (printed at 2 spaces).
    pub fn factory_signature(&self) -> String {
        let optional = if self.all_fields_defaulted() { " = {}" } else { "" };
        let one_line = format!("fields: {}{optional}): {}", self.factory_fields_type(), self.factory_return_type());
        if one_line.len() + 12 <= 100 {
            return one_line;
        }
        let block = |text: &str| {
            let inner = text.trim_start_matches('{').trim_end_matches('}').trim();
            let lines: Vec<String> = inner.split("; ").map(|m| format!("    {m};")).collect();
            format!("{{\n{}\n  }}", lines.join("\n"))
        };
        let ret = self.factory_return_type();
        let (name, members) = ret.split_once(" & ").expect("an intersection");
        format!("fields: {}{optional}): {name} & {}", block(&self.factory_fields_type()), block(members))
    }

    /// The factory's result, one `name: value` per field: the given value, or the default.
    pub fn factory_entries(&self) -> Vec<String> {
        self.fields
            .iter()
            .map(|f| {
                let given = format!("fields.{}", f.ts_name);
                match &f.default {
                    None => format!("{}: {given}", f.ts_name),
                    Some(d) if d == "undefined" => format!("{}: {given}", f.ts_name),
                    Some(d) => format!("{}: {given} === undefined ? {d} : {given}", f.ts_name),
                }
            })
            .collect()
    }
}

impl Variant {
    /// The TypeScript object type of this variant in a tagged union.
    pub fn object_type(&self) -> String {
        let mut members = vec![format!("tag: '{}'", self.ts_name)];
        if self.is_tuple {
            let items: Vec<&str> = self.fields.iter().map(|f| f.ty.annotation.as_str()).collect();
            members.push(format!("inner: [{}]", items.join(", ")));
        } else {
            members.extend(self.fields.iter().map(|f| format!("{}: {}", f.ts_name, f.ty.annotation)));
        }
        format!("{{ {} }}", members.join("; "))
    }

    /// The fields object type of a named-field variant's constructor, e.g. `{ radius?: number }`
    /// (a field with a Rust default may be omitted).
    pub fn fields_type(&self) -> String {
        let members: Vec<String> = self
            .fields
            .iter()
            .map(|f| {
                let optional = if f.default.is_some() { "?" } else { "" };
                format!("{}{optional}: {}", f.ts_name, f.ty.annotation)
            })
            .collect();
        format!("{{ {} }}", members.join("; "))
    }

    /// The defaults of a named-field variant, e.g. `{ radius: () => (1.0) }`, if any (a tuple
    /// variant's defaults are its constructor's default parameters).
    pub fn defaults_table(&self) -> Option<String> {
        if self.is_tuple {
            return None;
        }
        let items: Vec<String> = self
            .fields
            .iter()
            .filter_map(|f| f.default.as_ref().map(|d| format!("{}: () => ({d})", f.ts_name)))
            .collect();
        (!items.is_empty()).then(|| format!("{{ {} }}", items.join(", ")))
    }

    /// The parameters of a tuple variant's constructor helper, e.g. `v0: number, v1: string`;
    /// fields with a Rust default after the last one without are optional (`v1: number = 5`).
    pub fn tuple_params(&self) -> String {
        let first_optional = self.fields.iter().rposition(|f| f.default.is_none()).map_or(0, |i| i + 1);
        let params: Vec<String> = self
            .fields
            .iter()
            .enumerate()
            .map(|(i, f)| match &f.default {
                Some(d) if i >= first_optional && d == "undefined" => format!("v{i}?: {}", f.ty.annotation),
                Some(d) if i >= first_optional => format!("v{i}: {} = {d}", f.record_annotation()),
                _ => format!("v{i}: {}", f.ty.annotation),
            })
            .collect();
        params.join(", ")
    }

    /// The items of a tuple variant's `inner`, from its constructor's parameters (`null`, which
    /// an optional item with a `Some` default takes for `None`, becomes `undefined`).
    pub fn tuple_args(&self) -> String {
        let first_optional = self.fields.iter().rposition(|f| f.default.is_none()).map_or(0, |i| i + 1);
        let items: Vec<String> = self
            .fields
            .iter()
            .enumerate()
            .map(
                |(i, f)| {
                    if i >= first_optional && f.takes_null() {
                        format!("v{i} ?? undefined")
                    } else {
                        format!("v{i}")
                    }
                },
            )
            .collect();
        items.join(", ")
    }

    /// The converter table of this variant's payload.
    pub fn converter_table(&self) -> String {
        if self.is_tuple {
            let items: Vec<&str> = self.fields.iter().map(|f| f.ty.converter.as_str()).collect();
            format!("[{}]", items.join(", "))
        } else {
            let items: Vec<String> = self.fields.iter().map(|f| format!("{}: {}", f.ts_name, f.ty.converter)).collect();
            if items.is_empty() {
                "{}".into()
            } else {
                format!("{{ {} }}", items.join(", "))
            }
        }
    }
}

impl Enumeration {
    /// The discriminant table of a flat enum, `{ Low: 1, High: 200 }`, one entry per line when
    /// long (printed at the start of the enum's constant declaration).
    pub fn discriminant_table(&self) -> String {
        let items: Vec<String> =
            self.variants.iter().zip(&self.discriminants).map(|(v, d)| format!("{}: {d}", v.ts_name)).collect();
        let one_line = format!("{{ {} }}", items.join(", "));
        if one_line.len() + self.ts_name.len() * 2 + 50 <= 100 {
            return one_line;
        }
        format!("{{\n{}\n}}", items.iter().map(|i| format!("  {i},")).collect::<Vec<_>>().join("\n"))
    }
}

impl Object {
    /// ` implements A, B` after the class name, or nothing.
    pub fn implements_clause(&self) -> String {
        if self.implements.is_empty() {
            String::new()
        } else {
            format!(" implements {}", self.implements.join(", "))
        }
    }
}

impl CallbackMethod {
    /// `name(a: A, b: B): R` as declared in the interface.
    pub fn declaration(&self) -> String {
        let mut params: Vec<String> =
            self.params.iter().map(|p| format!("{}: {}", p.ts_name, p.ty.annotation)).collect();
        if self.is_async {
            params.push("options: ForeignCallOptions".into());
        }
        let value = self.returns.as_ref().map_or("void", |t| t.annotation.as_str());
        let returns = if self.is_async { format!("Promise<{value}>") } else { value.to_string() };
        format!("{}({}): {}", self.ts_name, params.join(", "), returns)
    }

    /// The method's entry in the runtime's method table.
    pub fn table_entry(&self) -> String {
        let params: Vec<String> =
            self.params.iter().map(|p| format!("[{}, {}]", js_string(&p.label), p.ty.converter)).collect();
        let mut fields = vec![
            format!("name: {}", js_string(&self.ts_name)),
            format!("rustName: {}", js_string(&self.rust_name)),
            format!("params: [{}]", params.join(", ")),
        ];
        if let Some(returns) = &self.returns {
            fields.push(format!("returns: {}", returns.converter));
        }
        if let Some(throws) = &self.throws {
            fields.push(format!("errors: {throws}"));
        }
        fields.push(format!("isAsync: {}", self.is_async));
        format!("{{ {} }}", fields.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use crate::model::*;

    #[test]
    fn a_tuple_variant_takes_its_trailing_defaults_as_optional_parameters() {
        let field = |annotation: &str, default: Option<&str>| Field {
            ts_name: String::new(),
            rust_name: String::new(),
            docs: Docs::default(),
            ty: TsType { annotation: annotation.into(), converter: "C".into() },
            default: default.map(str::to_string),
        };
        let variant = |fields: Vec<Field>| Variant {
            ts_name: "Four".into(),
            rust_name: "Four".into(),
            class_name: "Four".into(),
            docs: Docs::default(),
            fields,
            is_tuple: true,
        };
        let four = variant(vec![
            field("string", None),
            field("number | undefined", Some("9")),
            field("number | undefined", Some("undefined")),
        ]);
        assert_eq!(four.tuple_params(), "v0: string, v1: number | undefined | null = 9, v2?: number | undefined");
        assert_eq!(four.tuple_args(), "v0, v1 ?? undefined, v2");
        assert_eq!(four.defaults_table(), None);
        // A default before a required field stays required (TypeScript's rule for parameters).
        let mixed = variant(vec![field("number", Some("5")), field("string", None)]);
        assert_eq!(mixed.tuple_params(), "v0: number, v1: string");
    }
}
