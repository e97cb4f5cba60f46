//! What the package's README lists: each export, its TypeScript shape and the first sentence of
//! its Rust doc.

use super::{Callable, Docs, Package};

/// One line of the README's API table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiEntry {
    /// `function`, `class`, `record`, `enum`, `error`, `interface`, `type`.
    pub kind: &'static str,
    /// The name, with the call shape for functions: `sleepMs(ms: number): Promise<void>`.
    pub shape: String,
    /// The doc's first sentence as plain Markdown, or empty.
    pub summary: String,
}

impl Package {
    /// Every export users call or name, in the order the README lists them.
    pub fn api_overview(&self) -> Vec<ApiEntry> {
        let entry = |kind, shape: String, docs: &Docs| ApiEntry { kind, shape, summary: docs.summary() };
        let mut functions: Vec<&Callable> = self.functions.iter().collect();
        functions.sort_by(|a, b| a.ts_name.cmp(&b.ts_name));
        let mut entries: Vec<ApiEntry> =
            functions.iter().map(|f| entry("function", call_shape(&f.ts_name, f), &f.docs)).collect();
        for o in &self.objects {
            let shape = match &o.primary_constructor {
                Some(c) => format!("new {}({})", o.ts_name, c.signature()),
                None => o.ts_name.clone(),
            };
            let mut e = entry("class", shape, &o.docs);
            if !o.constructors.is_empty() {
                let factories = code_list(o.constructors.iter().map(|c| format!("{}.{}", o.ts_name, c.ts_name)));
                e.summary = join_sentence(&e.summary, &format!("Factories: {factories}."));
            }
            if !o.methods.is_empty() {
                e.summary = join_sentence(
                    &e.summary,
                    &format!("Methods: {}.", code_list(o.methods.iter().map(|m| &m.ts_name))),
                );
            }
            entries.push(e);
            if let Some(interface) = &o.trait_interface {
                let summary = format!(
                    "The methods of `{}`, implemented by every object class that implements the trait.",
                    o.ts_name
                );
                entries.push(ApiEntry { kind: "interface", shape: interface.clone(), summary });
            }
        }
        entries.extend(self.records.iter().map(|r| entry("record", r.ts_name.clone(), &r.docs)));
        entries.extend(
            self.flat_enums.iter().chain(&self.tagged_enums).map(|e| entry("enum", e.ts_name.clone(), &e.docs)),
        );
        for error in &self.errors {
            let mut e = entry("error", error.ts_name.clone(), &error.docs);
            let variants = code_list(error.variants.iter().map(|v| format!("{}.{}", error.ts_name, v.class_name)));
            e.summary = join_sentence(&e.summary, &format!("Variants: {variants}."));
            entries.push(e);
        }
        entries.extend(self.callback_interfaces.iter().map(|c| entry("interface", c.ts_name.clone(), &c.docs)));
        entries.extend(self.custom_types.iter().map(|c| entry("type", c.ts_name.clone(), &c.docs)));
        entries
    }

    /// A function to show in the README's example: the first sync one without arguments, else
    /// the first one.
    pub fn example_function(&self) -> Option<&Callable> {
        self.functions.iter().find(|f| !f.is_async && f.params.is_empty()).or_else(|| self.functions.first())
    }

    /// Whether the package has async functions or methods.
    pub fn has_async(&self) -> bool {
        self.functions.iter().chain(self.objects.iter().flat_map(|o| o.methods.iter())).any(|c| c.is_async)
    }
}

fn call_shape(name: &str, c: &Callable) -> String {
    format!("{name}({}): {}", c.signature(), c.return_annotation())
}

fn code_list(names: impl IntoIterator<Item = impl std::fmt::Display>) -> String {
    names.into_iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

fn join_sentence(first: &str, second: &str) -> String {
    if first.is_empty() {
        second.to_string()
    } else {
        format!("{first} {second}")
    }
}

impl Docs {
    /// The first sentence (up to the first blank line or `. `), on one line, with TSDoc links as
    /// Markdown code and the TSDoc escapes undone: for a README table cell.
    pub fn summary(&self) -> String {
        let Some(text) = self.text() else { return String::new() };
        let paragraph = text.split("\n\n").next().unwrap_or_default().replace('\n', " ");
        let sentence = match paragraph.find(". ") {
            Some(end) => &paragraph[..=end],
            None => paragraph.as_str(),
        };
        let mut out = String::new();
        let mut rest = sentence;
        while let Some(start) = rest.find("{@link ") {
            out.push_str(&rest[..start]);
            let inner_start = start + "{@link ".len();
            let Some(len) = rest[inner_start..].find('}') else { break };
            let inner = &rest[inner_start..inner_start + len];
            match inner.split_once(" | ") {
                Some((_, label)) => out.push_str(label),
                None => out.push_str(&format!("`{inner}`")),
            }
            rest = &rest[inner_start + len + 1..];
        }
        out.push_str(rest);
        // A table cell: no pipes, and the comment escapes are not needed in Markdown.
        out.replace("*\\/", "*/").replace("\\@", "@").replace('|', "\\|").trim().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_is_the_first_sentence_with_links_as_code() {
        let mut docs = Docs::new(Some("Waits for [`sleep_ms`] or\n[the counter](Counter). Then more.\n\nDetails."));
        docs.rewrite_links(|t| {
            t.replace("[`sleep_ms`]", "{@link sleepMs}")
                .replace("[the counter](Counter)", "{@link Counter | the counter}")
        });
        assert_eq!(docs.summary(), "Waits for `sleepMs` or the counter.");
        assert_eq!(Docs::new(Some("A | B, @here */")).summary(), "A \\| B, @here */");
        assert_eq!(Docs::new(None).summary(), "");
    }
}
