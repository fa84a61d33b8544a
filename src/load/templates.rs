//! Loads the Tera templates under `templates/`, and turns Tera's errors (here and in the
//! framework snippets) into diagnostics that point into the right file.

use tera::{ErrorKind, Tera};

use crate::diag::{Diagnostic, Diagnostics};
use crate::source::Sources;

/// The templates every site must have, in `templates/`.
pub const REQUIRED: &[&str] =
    &["code.html", "language.html", "protocol.html", "root.html", "404.html", "sitemap.xml", "robots.txt"];

/// Parses every template; `None` when any of them is broken or missing.
pub fn load_templates(sources: &Sources, diagnostics: &mut Diagnostics) -> Option<Tera> {
    let mut tera = Tera::new();
    let mut files = Vec::new();
    for ext in ["html", "xml", "txt"] {
        for (path, text) in sources.texts_under("templates/", ext) {
            files.push((path.trim_start_matches("templates/").to_string(), text.to_string()));
        }
    }
    let missing: Vec<_> = REQUIRED.iter().filter(|name| !files.iter().any(|(n, _)| n == *name)).collect();
    for name in &missing {
        diagnostics.push(
            Diagnostic::error(format!("templates/{name}"), None, "this template is missing")
                .with_hint("every site needs it; copy it from a project made with `statusdoc init`"),
        );
    }
    if let Err(err) = tera.add_raw_templates(files) {
        diagnostics.push(tera_diagnostic(&err, |name| (format!("templates/{name}"), 0)));
        return None;
    }
    missing.is_empty().then_some(tera)
}

/// A Tera error as a diagnostic. `locate` maps a template name to its file and the byte
/// offset at which the template's text starts in that file.
pub fn tera_diagnostic(err: &tera::Error, locate: impl Fn(&str) -> (String, usize)) -> Diagnostic {
    match err.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            let (path, offset) = locate(report.filename());
            let range = report.span().range.clone();
            Diagnostic::error(
                path,
                Some(offset + range.start..offset + range.end),
                report.message().to_string(),
            )
            .with_hint("see the template syntax at https://keats.github.io/tera/docs/")
        }
        _ => {
            let mut message = err.to_string();
            let mut source = std::error::Error::source(err);
            while let Some(inner) = source {
                message.push_str(": ");
                message.push_str(&inner.to_string());
                source = inner.source();
            }
            Diagnostic::error("templates", None, message)
        }
    }
}
