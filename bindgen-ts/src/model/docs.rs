//! Rust doc comments as TSDoc.

/// A doc comment carried from Rust to TypeScript, escaped for a TSDoc block.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Docs(Option<String>);

impl Docs {
    pub fn new(text: Option<&str>) -> Self {
        // `*/` would end the comment; `@` would start a TSDoc tag (`@deprecated` in prose).
        Self(text.map(normalize).filter(|t| !t.is_empty()).map(|t| t.replace("*/", "*\\/").replace('@', "\\@")))
    }

    /// The escaped text, if there is a doc.
    pub fn text(&self) -> Option<&str> {
        self.0.as_deref()
    }

    /// Rewrites the Rust intra-doc links of the text (see [`super::links`]).
    pub fn rewrite_links(&mut self, rewrite: impl FnOnce(&str) -> String) {
        if let Some(text) = &self.0 {
            self.0 = Some(rewrite(text));
        }
    }

    /// A `/** ... */` block indented by `indent` spaces, ending with a newline and the indentation
    /// of the line that follows; empty when there is no doc. `*/` in the text is escaped so that
    /// it cannot end the comment early.
    pub fn tsdoc(&self, indent: usize) -> String {
        let Some(text) = &self.0 else { return String::new() };
        let pad = " ".repeat(indent);
        if !text.contains('\n') && text.len() + indent <= 92 {
            return format!("/** {text} */\n{pad}");
        }
        let mut out = String::from("/**\n");
        for line in text.lines() {
            let line = line.trim_end();
            if line.is_empty() {
                out.push_str(&format!("{pad} *\n"));
            } else {
                out.push_str(&format!("{pad} * {line}\n"));
            }
        }
        out.push_str(&format!("{pad} */\n{pad}"));
        out
    }
}

/// Trims the text; drops the ` * ` that a Rust `/** ... */` block comment leaves on each line.
fn normalize(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let text = text.trim_matches('\n');
    let lines: Vec<&str> = text.lines().collect();
    let starred = lines.iter().filter(|l| !l.trim().is_empty()).all(|l| l.trim_start().starts_with('*'));
    let lines: Vec<String> = if starred && !lines.is_empty() {
        lines
            .iter()
            .map(|l| {
                let rest = l.trim_start().trim_start_matches('*');
                rest.strip_prefix(' ').unwrap_or(rest).to_string()
            })
            .collect()
    } else {
        lines.iter().map(|l| l.to_string()).collect()
    };
    lines.join("\n").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_doc_prints_nothing() {
        assert_eq!(Docs::new(None).tsdoc(2), "");
        assert_eq!(Docs::new(Some("  \n ")).tsdoc(0), "");
    }

    #[test]
    fn one_line_docs_stay_on_one_line() {
        assert_eq!(Docs::new(Some("Greets.")).tsdoc(2), "/** Greets. */\n  ");
    }

    #[test]
    fn lines_are_prefixed_and_indented() {
        let docs = Docs::new(Some("Greets.\n\nTwice."));
        assert_eq!(docs.tsdoc(2), "/**\n   * Greets.\n   *\n   * Twice.\n   */\n  ");
    }

    #[test]
    fn block_comment_stars_are_dropped() {
        let docs = Docs::new(Some(" * First line.\n * Second line.\n"));
        assert_eq!(docs.tsdoc(0), "/**\n * First line.\n * Second line.\n */\n");
    }

    #[test]
    fn at_signs_do_not_start_tags() {
        assert_eq!(Docs::new(Some("Not @deprecated.")).tsdoc(0), "/** Not \\@deprecated. */\n");
    }

    #[test]
    fn comment_terminators_are_escaped() {
        let docs = Docs::new(Some("Matches `/* a */` and `**/`."));
        let rendered = docs.tsdoc(0);
        assert_eq!(rendered.matches("*/").count(), 1, "{rendered}");
        assert!(rendered.contains("`/* a *\\/`"));
    }
}
