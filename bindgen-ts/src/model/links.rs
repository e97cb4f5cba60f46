//! Rust intra-doc links as TSDoc links: ``[`sleep_ms`]`` becomes `{@link sleepMs}`,
//! ``[`Counter::wait`]`` `{@link Counter.wait}`, `[the counter](Counter)` `{@link Counter | the
//! counter}`. A link to an item the package does not have (another crate's, `std`'s) keeps its
//! text: ``[`Arc`]`` becomes `` `Arc` ``. URLs and code blocks are left alone. Inline code that
//! names a Rust item or a parameter takes its TypeScript name (`` `Counter::wait` `` becomes
//! `` `Counter.wait` ``, `` `delay_ms` `` `` `delayMs` ``), and `` `None` `` becomes
//! `` `undefined` ``.

use std::collections::HashMap;

use super::{Callable, Docs, Package};

/// Rust paths of the package's items (`sleep_ms`, `Counter`, `Counter::wait`) and the TSDoc
/// reference of each (`sleepMs`, `Counter`, `Counter.wait`).
#[derive(Debug, Default)]
pub struct LinkTargets(HashMap<String, String>);

impl LinkTargets {
    pub fn of(package: &Package) -> Self {
        let mut targets = LinkTargets::default();
        for f in &package.functions {
            targets.add(&f.ffi.rust_name, &f.ts_name);
        }
        for r in &package.records {
            targets.add(&r.rust_name, &r.ts_name);
            for f in &r.fields {
                targets.member(&r.rust_name, &f.rust_name, &r.ts_name, &f.ts_name);
            }
            targets.methods(&r.rust_name, &r.ts_name, &r.methods);
        }
        for e in package.flat_enums.iter().chain(&package.tagged_enums) {
            targets.add(&e.rust_name, &e.ts_name);
            for v in &e.variants {
                targets.member(&e.rust_name, &v.rust_name, &e.ts_name, &v.ts_name);
            }
            targets.methods(&e.rust_name, &e.ts_name, &e.methods);
        }
        for e in &package.errors {
            targets.add(&e.rust_name, &e.ts_name);
            for v in &e.variants {
                targets.member(&e.rust_name, &v.rust_name, &e.ts_name, &v.class_name);
            }
            targets.methods(&e.rust_name, &e.ts_name, &e.methods);
        }
        for o in &package.objects {
            targets.add(&o.rust_name, &o.ts_name);
            if let Some(primary) = &o.primary_constructor {
                // `new Counter(...)`: the class is the link.
                targets.add(&format!("{}::{}", o.rust_name, member_of(&primary.ffi.rust_name)), &o.ts_name);
            }
            targets.methods(&o.rust_name, &o.ts_name, &o.constructors);
            targets.methods(&o.rust_name, &o.ts_name, &o.methods);
        }
        for c in &package.callback_interfaces {
            // A trait with foreign implementations is an object too: its class stays the link.
            if !targets.0.contains_key(&c.rust_name) {
                targets.add(&c.rust_name, &c.ts_name);
            }
            for m in &c.methods {
                let key = format!("{}::{}", c.rust_name, member_of(&m.rust_name));
                targets.0.entry(key).or_insert_with(|| format!("{}.{}", c.ts_name, m.ts_name));
            }
        }
        for c in &package.custom_types {
            targets.add(&c.rust_name, &c.ts_name);
        }
        targets
    }

    fn add(&mut self, rust: &str, ts: &str) {
        self.0.insert(rust.to_string(), ts.to_string());
    }

    fn member(&mut self, rust_owner: &str, rust_member: &str, ts_owner: &str, ts_member: &str) {
        self.add(&format!("{rust_owner}::{rust_member}"), &format!("{ts_owner}.{ts_member}"));
    }

    fn methods(&mut self, rust_owner: &str, ts_owner: &str, methods: &[Callable]) {
        for m in methods {
            self.member(rust_owner, member_of(&m.ffi.rust_name), ts_owner, &m.ts_name);
        }
    }

    /// The TSDoc reference of a Rust link destination, seen from the docs of `owner` (for
    /// `Self::`), if the package has the item.
    pub fn resolve(&self, destination: &str, owner: Option<&str>) -> Option<&str> {
        let mut path = destination.trim();
        // `fn@sleep_ms`, `struct@Counter`: the disambiguator; `sleep_ms()`, `vec!`: the suffix.
        if let Some((kind, rest)) = path.split_once('@') {
            if kind.chars().all(|c| c.is_ascii_lowercase()) {
                path = rest;
            }
        }
        path = path.trim_end_matches("()").trim_end_matches('!');
        loop {
            let Some(rest) = ["crate::", "self::", "super::"].iter().find_map(|p| path.strip_prefix(p)) else { break };
            path = rest;
        }
        if path.is_empty() || !path.chars().all(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            return None;
        }
        let owned;
        if let (Some(rest), Some(owner)) = (path.strip_prefix("Self::"), owner) {
            owned = format!("{owner}::{rest}");
            path = &owned;
        }
        if let Some(found) = self.0.get(path) {
            return Some(found);
        }
        // `crate::module::Counter::wait`: modules do not exist in the package; its last two
        // segments may still name a member.
        let segments: Vec<&str> = path.split("::").collect();
        if segments.len() > 2 {
            return self.0.get(&segments[segments.len() - 2..].join("::")).map(String::as_str);
        }
        None
    }

    /// `text` with its intra-doc links rewritten, as seen from the docs of `owner` (for
    /// `Self::`) with `params` (Rust and TypeScript names) in scope.
    pub fn rewrite(&self, text: &str, owner: Option<&str>, params: &[(&str, &str)]) -> String {
        let mut out = String::with_capacity(text.len());
        let mut in_fence = false;
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
            }
            if line.trim_start().starts_with("```") {
                in_fence = !in_fence;
                out.push_str(line);
            } else if in_fence {
                out.push_str(line);
            } else {
                self.rewrite_line(line, owner, params, &mut out);
            }
        }
        out
    }

    fn rewrite_line(&self, line: &str, owner: Option<&str>, params: &[(&str, &str)], out: &mut String) {
        let mut rest = line;
        while let Some(at) = rest.find(['[', '`']) {
            out.push_str(&rest[..at]);
            rest = &rest[at..];
            if rest.starts_with('`') {
                // An inline code span, copied as it is (its brackets are code).
                let ticks = rest.len() - rest.trim_start_matches('`').len();
                let fence = &rest[..ticks];
                match rest[ticks..].find(fence) {
                    Some(end) => {
                        let span = ticks + end + ticks;
                        let code = &rest[ticks..ticks + end];
                        match self.code_name(code, owner, params).filter(|_| ticks == 1) {
                            Some(name) => out.push_str(&format!("`{name}`")),
                            None => out.push_str(&rest[..span]),
                        }
                        rest = &rest[span..];
                    }
                    None => {
                        out.push_str(rest);
                        rest = "";
                    }
                }
                continue;
            }
            match Link::parse(rest) {
                Some(link) => {
                    out.push_str(&self.render(&link, owner));
                    rest = &rest[link.length..];
                }
                None => {
                    out.push('[');
                    rest = &rest[1..];
                }
            }
        }
        out.push_str(rest);
    }

    /// The TypeScript name of inline code that is a parameter, an item path or `None`.
    fn code_name(&self, code: &str, owner: Option<&str>, params: &[(&str, &str)]) -> Option<String> {
        if code == "None" {
            return Some("undefined".into());
        }
        if let Some((_, ts)) = params.iter().find(|(rust, ts)| *rust == code && rust != ts) {
            return Some((*ts).to_string());
        }
        if code.contains("::") {
            return self.resolve(code, owner).map(str::to_string);
        }
        None
    }

    fn render(&self, link: &Link, owner: Option<&str>) -> String {
        let source = &link.source;
        match &link.destination {
            // `[`sleep_ms`]`: the label is the path.
            None => match self.resolve(link.label_path(), owner) {
                Some(target) => format!("{{@link {target}}}"),
                None if link.label.starts_with('`') => link.label.clone(),
                None => source.clone(),
            },
            Some(destination) if destination.contains("://") || destination.starts_with('#') => source.clone(),
            Some(destination) => match self.resolve(destination, owner) {
                // `[`Counter`](crate::Counter)`: the label says no more than the link.
                Some(target) if self.resolve(link.label_path(), owner) == Some(target) => format!("{{@link {target}}}"),
                Some(target) => format!("{{@link {target} | {}}}", link.label),
                None => link.label.clone(),
            },
        }
    }
}

/// One `[label]`, `[label](destination)` or `[label][destination]`.
struct Link {
    label: String,
    destination: Option<String>,
    source: String,
    length: usize,
}

impl Link {
    fn parse(text: &str) -> Option<Link> {
        let close = text.find(']')?;
        let label = &text[1..close];
        if label.is_empty() || label.contains('[') {
            return None;
        }
        let after = &text[close + 1..];
        let (destination, length) = match after.chars().next() {
            Some(open @ ('(' | '[')) => {
                let end = if open == '(' { ')' } else { ']' };
                let inner_end = after.find(end)?;
                (Some(after[1..inner_end].trim().trim_matches('`').to_string()), close + 1 + inner_end + 1)
            }
            _ => (None, close + 1),
        };
        Some(Link { label: label.to_string(), destination, source: text[..length].to_string(), length })
    }

    /// The label as a path: `` `Counter::wait` `` is `Counter::wait`.
    fn label_path(&self) -> &str {
        self.label.trim_matches('`')
    }
}

/// The member part of a callable's Rust name, `Counter.wait` → `wait`.
fn member_of(rust_name: &str) -> &str {
    rust_name.rsplit_once('.').map_or(rust_name, |(_, member)| member)
}

/// Rewrites every doc comment of `package`.
pub fn link_docs(package: &mut Package) {
    let targets = LinkTargets::of(package);
    let rewrite = |docs: &mut Docs, owner: Option<&str>| docs.rewrite_links(|text| targets.rewrite(text, owner, &[]));
    rewrite(&mut package.docs, None);
    let callables = |callables: &mut [Callable], owner: Option<&str>| {
        for c in callables {
            let params: Vec<(&str, &str)> = c.params.iter().map(|p| (p.label.as_str(), p.ts_name.as_str())).collect();
            c.docs.rewrite_links(|text| targets.rewrite(text, owner, &params));
        }
    };
    callables(&mut package.functions, None);
    for r in &mut package.records {
        let owner = Some(r.rust_name.as_str());
        rewrite(&mut r.docs, owner);
        for f in &mut r.fields {
            rewrite(&mut f.docs, owner);
        }
        callables(&mut r.methods, owner);
    }
    for e in package.flat_enums.iter_mut().chain(&mut package.tagged_enums) {
        let owner = Some(e.rust_name.as_str());
        rewrite(&mut e.docs, owner);
        for v in &mut e.variants {
            rewrite(&mut v.docs, owner);
            for f in &mut v.fields {
                rewrite(&mut f.docs, owner);
            }
        }
        callables(&mut e.methods, owner);
    }
    for e in &mut package.errors {
        let owner = Some(e.rust_name.as_str());
        rewrite(&mut e.docs, owner);
        for v in &mut e.variants {
            rewrite(&mut v.docs, owner);
            for f in &mut v.fields {
                rewrite(&mut f.docs, owner);
            }
        }
        callables(&mut e.methods, owner);
    }
    for o in &mut package.objects {
        let owner = Some(o.rust_name.as_str());
        rewrite(&mut o.docs, owner);
        if let Some(primary) = &mut o.primary_constructor {
            rewrite(&mut primary.docs, owner);
        }
        callables(&mut o.constructors, owner);
        callables(&mut o.methods, owner);
    }
    for c in &mut package.callback_interfaces {
        let owner = Some(c.rust_name.as_str());
        rewrite(&mut c.docs, owner);
        for m in &mut c.methods {
            let params: Vec<(&str, &str)> = m.params.iter().map(|p| (p.label.as_str(), p.ts_name.as_str())).collect();
            m.docs.rewrite_links(|text| targets.rewrite(text, owner, &params));
        }
    }
    for c in &mut package.custom_types {
        rewrite(&mut c.docs, None);
    }
}

#[cfg(test)]
mod tests {
    use uniffi_bindgen::ComponentInterface;

    use super::*;
    use crate::config::Config;

    fn package(udl: &str) -> Package {
        let mut ci = ComponentInterface::from_webidl(udl, "demo").expect("valid UDL");
        ci.derive_ffi_funcs().unwrap();
        // koffi: the fixture has a callback interface.
        let config = Config { transport: Some(crate::transport::Transport::Koffi), ..Config::default() };
        Package::new(&ci, &config, "demo").unwrap()
    }

    const UDL: &str = r#"
        namespace demo {
            u32 sleep_ms(u32 ms);
        };
        dictionary LineItem { string unit_price; };
        enum Mood { "Happy", "Calm" };
        [Error] interface DemoError { TooBig(i64 limit); Variant(); };
        interface Counter {
            constructor(u32 start);
            [Name=with_step] constructor(u32 step);
            u32 wait_for_it();
        };
        callback interface Listener { void on_event(string name); };
    "#;

    fn rewrite(text: &str) -> String {
        LinkTargets::of(&package(UDL)).rewrite(text, Some("Counter"), &[("delay_ms", "delayMs"), ("ms", "ms")])
    }

    #[test]
    fn links_to_items_become_tsdoc_links_with_typescript_names() {
        assert_eq!(rewrite("Counted by [`sleep_ms`]."), "Counted by {@link sleepMs}.");
        assert_eq!(
            rewrite("See [`Counter::wait_for_it`] and [Counter]."),
            "See {@link Counter.waitForIt} and {@link Counter}."
        );
        assert_eq!(rewrite("[`Counter::new`], [`Counter::with_step`]"), "{@link Counter}, {@link Counter.withStep}");
        assert_eq!(rewrite("[`LineItem::unit_price`]"), "{@link LineItem.unitPrice}");
        assert_eq!(rewrite("[`Mood::Calm`] [`DemoError::Variant`]"), "{@link Mood.Calm} {@link DemoError.Variant_}");
        assert_eq!(rewrite("[`Listener::on_event`]"), "{@link Listener.onEvent}");
    }

    #[test]
    fn paths_disambiguators_self_and_labels() {
        assert_eq!(
            rewrite("[`crate::sleep_ms`] [`fn@sleep_ms`] [`sleep_ms()`]"),
            "{@link sleepMs} {@link sleepMs} {@link sleepMs}"
        );
        assert_eq!(rewrite("[`Self::wait_for_it`]"), "{@link Counter.waitForIt}");
        assert_eq!(rewrite("[`crate::counters::Counter::wait_for_it`]"), "{@link Counter.waitForIt}");
        assert_eq!(rewrite("[the counter](Counter)"), "{@link Counter | the counter}");
        assert_eq!(rewrite("[the counter][`Counter`]"), "{@link Counter | the counter}");
        assert_eq!(rewrite("[`Counter`](crate::Counter)"), "{@link Counter}");
    }

    #[test]
    fn unknown_items_keep_their_text_and_the_rest_is_left_alone() {
        // Another crate's item: the code stays, the brackets go.
        assert_eq!(rewrite("An [`Arc`] of [`std::sync::Mutex`]."), "An `Arc` of `std::sync::Mutex`.");
        assert_eq!(rewrite("[a mutex](std::sync::Mutex)"), "a mutex");
        // Prose, URLs and code are not links.
        assert_eq!(rewrite("In [0, 255] or [1, 2)."), "In [0, 255] or [1, 2).");
        assert_eq!(
            rewrite("[docs](https://example.com/Counter) [up](#sleep_ms)"),
            "[docs](https://example.com/Counter) [up](#sleep_ms)"
        );
        assert_eq!(rewrite("Call `v[sleep_ms]` or ``[`sleep_ms`]``."), "Call `v[sleep_ms]` or ``[`sleep_ms`]``.");
    }

    #[test]
    fn inline_code_naming_parameters_items_or_none_takes_the_typescript_name() {
        assert_eq!(rewrite("Waits `delay_ms`, not `ms` or `other_ms`."), "Waits `delayMs`, not `ms` or `other_ms`.");
        assert_eq!(
            rewrite("Fails with `DemoError::TooBig`, see `Self::wait_for_it`."),
            "Fails with `DemoError.TooBig`, see `Counter.waitForIt`."
        );
        assert_eq!(
            rewrite("`None` when empty; None of `Arc<Self>` or `std::mem::drop`."),
            "`undefined` when empty; None of `Arc<Self>` or `std::mem::drop`."
        );
        assert_eq!(rewrite("``delay_ms`` stays"), "``delay_ms`` stays");
        assert_eq!(rewrite("[note]"), "[note]");
        assert_eq!(
            rewrite("```\nlet x = [`sleep_ms`];\n```\n[`sleep_ms`]"),
            "```\nlet x = [`sleep_ms`];\n```\n{@link sleepMs}"
        );
        assert_eq!(rewrite("unclosed [`sleep_ms` and `tick"), "unclosed [`sleep_ms` and `tick");
    }

    #[test]
    fn every_doc_comment_of_the_package_is_rewritten() {
        let p = package(
            r#"
            namespace demo {
                /// Waits; see [`Counter`].
                u32 sleep_ms(u32 ms);
            };
            /// Counts. Made by [`sleep_ms`]; see [`Self::tick`].
            interface Counter {
                /// Ticks, unlike [`sleep_ms`].
                u32 tick();
            };
            "#,
        );
        assert_eq!(p.functions[0].docs.tsdoc(0), "/** Waits; see {@link Counter}. */\n");
        let counter = &p.objects[0];
        assert_eq!(counter.docs.tsdoc(0), "/** Counts. Made by {@link sleepMs}; see {@link Counter.tick}. */\n");
        assert_eq!(counter.methods[0].docs.tsdoc(0), "/** Ticks, unlike {@link sleepMs}. */\n");
    }
}
