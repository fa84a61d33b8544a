//! Diagnostics for bad input: every problem of a run is collected, sorted and printed
//! compiler-style (`path:line:col: error: message`, the source line, a caret, a hint).

use std::fmt::Write as _;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::source::Sources;

/// How bad a finding is: errors fail the run, warnings are reported only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the project root, `/`-separated.
    pub path: String,
    /// Byte range in the file's text, when the problem has a position.
    pub span: Option<Range<usize>>,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(path: impl Into<String>, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, path: path.into(), span, message: message.into(), hint: None }
    }

    pub fn warning(path: impl Into<String>, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(path, span, message) }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// The problems found by a run, in the order they were found until `sorted`.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.severity == Severity::Error).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// The diagnostics of one severity.
    pub fn only(&self, severity: Severity) -> Diagnostics {
        Diagnostics { items: self.items.iter().filter(|d| d.severity == severity).cloned().collect() }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// Sorts by file, then position, then message, and drops exact repeats, so the
    /// report is the same whatever order the work was done in.
    pub fn sorted(mut self) -> Self {
        self.items.sort_by(|a, b| {
            (&a.path, a.span.as_ref().map(|s| (s.start, s.end)), a.severity, &a.message).cmp(&(
                &b.path,
                b.span.as_ref().map(|s| (s.start, s.end)),
                b.severity,
                &b.message,
            ))
        });
        self.items.dedup();
        self
    }

    /// Renders every diagnostic with its excerpt; `sources` supplies the file texts.
    pub fn render(&self, sources: &Sources) -> String {
        let mut out = String::new();
        for diagnostic in &self.items {
            out.push_str(&render_one(diagnostic, sources.text(&diagnostic.path)));
            out.push('\n');
        }
        out
    }
}

/// One diagnostic as JSON, with its line and column.
#[derive(Debug, serde::Serialize)]
pub struct JsonDiagnostic<'a> {
    pub severity: &'static str,
    pub path: &'a str,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: &'a str,
    pub hint: Option<&'a str>,
}

impl Diagnostics {
    /// Every diagnostic with its position resolved, for `--format json`.
    pub fn to_json<'a>(&'a self, sources: &Sources) -> Vec<JsonDiagnostic<'a>> {
        self.items
            .iter()
            .map(|d| {
                let position = d.span.as_ref().zip(sources.text(&d.path)).map(|(s, t)| line_col(t, s.start));
                JsonDiagnostic {
                    severity: if d.severity == Severity::Error { "error" } else { "warning" },
                    path: &d.path,
                    line: position.map(|p| p.0),
                    column: position.map(|p| p.1),
                    message: &d.message,
                    hint: d.hint.as_deref(),
                }
            })
            .collect()
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = text[line_start..offset].chars().count() + 1;
    (line, col)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

fn render_one(diagnostic: &Diagnostic, text: Option<&str>) -> String {
    let label = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut out = String::new();
    let position = match (text, &diagnostic.span) {
        (Some(text), Some(span)) => {
            let (line, col) = line_col(text, span.start);
            format!("{}:{line}:{col}", diagnostic.path)
        }
        _ => diagnostic.path.clone(),
    };
    let _ = writeln!(out, "{position}: {label}: {}", diagnostic.message);
    let level = match diagnostic.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let mut group = Group::with_level(level.clone());
    if let (Some(text), Some(span)) = (text, &diagnostic.span) {
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let end = floor_char_boundary(text, span.end.clamp(start, text.len()));
        // An empty span still gets one caret, under the character it points at.
        let end = if end == start { next_char_end(text, start) } else { end };
        group = group
            .element(Snippet::source(text).fold(true).annotation(AnnotationKind::Primary.span(start..end)));
    }
    if let Some(hint) = &diagnostic.hint {
        group = group.element(Level::HELP.message(hint.as_str()));
    }
    if !group.is_empty() {
        out.push_str(&Renderer::plain().render(&[group]));
        out.push('\n');
    }
    out
}

fn next_char_end(text: &str, start: usize) -> usize {
    text[start..].chars().next().map_or(start, |c| start + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "a = 1\né = \"x\"\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 6), (2, 1));
        // The byte after "é" (2 bytes) and " " is column 3.
        assert_eq!(line_col(text, 9), (2, 3));
    }

    #[test]
    fn sorting_is_by_path_then_position() {
        let mut all = Diagnostics::default();
        all.push(Diagnostic::error("b.toml", Some(1..2), "second file"));
        all.push(Diagnostic::error("a.toml", Some(5..6), "later"));
        all.push(Diagnostic::error("a.toml", Some(1..2), "earlier"));
        let messages: Vec<_> = all.sorted().iter().map(|d| d.message.clone()).collect();
        assert_eq!(messages, ["earlier", "later", "second file"]);
    }
}
