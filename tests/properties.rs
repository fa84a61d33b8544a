//! Property tests of the loaders: arbitrary and mutated TOML, Fluent and template texts
//! must give diagnostics or a site, never a panic, and every diagnostic must point inside
//! its file.

mod common;

use std::sync::OnceLock;

use proptest::prelude::*;
use statusdoc::diag::Diagnostics;
use statusdoc::source::{Sources, read_project};

/// The fixture site, read once into memory.
fn base() -> &'static Sources {
    static BASE: OnceLock<Sources> = OnceLock::new();
    BASE.get_or_init(|| {
        let dir = common::fixture("mini");
        let (sources, diagnostics) = read_project(dir.path());
        assert!(diagnostics.is_empty());
        sources
    })
}

/// Compiles the fixture with `path` replaced by `text`; checks every diagnostic's span.
fn compile_with(path: &str, text: &str) {
    let mut sources = base().clone();
    sources.insert_text(path, text.to_string());
    let compiled = statusdoc::compile(&sources, None, Diagnostics::default());
    let diagnostics = compiled.diagnostics;
    match diagnostics.has_errors() {
        false => assert!(!compiled.files.is_empty()),
        true => {
            assert!(compiled.files.is_empty());
            for d in diagnostics.iter() {
                if let (Some(span), Some(file)) = (&d.span, sources.text(&d.path)) {
                    assert!(span.start <= file.len(), "{}: span {span:?} past the end", d.path);
                }
            }
            // Rendering the report must not panic either, whatever the spans.
            let _ = diagnostics.render(&sources);
        }
    }
}

/// A valid text with `insert` put at a position chosen by `at`.
fn mutate(valid: &str, at: usize, insert: &str) -> String {
    let mut at = at % (valid.len() + 1);
    while !valid.is_char_boundary(at) {
        at -= 1;
    }
    format!("{}{insert}{}", &valid[..at], &valid[at..])
}

const CODE: &str = "content/codes/http/200.toml";
const FTL: &str = "locales/fr/codes.ftl";
const FRAMEWORK: &str = "content/frameworks/http/flask.toml";

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_toml_never_panics(text in "\\PC*") {
        compile_with(CODE, &text);
    }

    #[test]
    fn mutated_toml_never_panics(at in any::<usize>(), insert in "[\\[\\]{}=\"'\\\\\\n0-9a-z#. ]{0,8}") {
        let valid = base().text(CODE).unwrap_or_default().to_string();
        compile_with(CODE, &mutate(&valid, at, &insert));
    }

    #[test]
    fn arbitrary_fluent_never_panics(text in "\\PC*") {
        compile_with(FTL, &text);
        compile_with("locales/en/codes.ftl", &text);
    }

    #[test]
    fn mutated_fluent_never_panics(at in any::<usize>(), insert in "[{}$\\-*.\\[\\]=\\n a-z0-9\"]{0,8}") {
        let valid = base().text("locales/en/codes.ftl").unwrap_or_default().to_string();
        compile_with("locales/en/codes.ftl", &mutate(&valid, at, &insert));
    }

    #[test]
    fn mutated_snippet_templates_never_panic(at in any::<usize>(), insert in "[{}%#|()\"'=\\n a-z]{0,8}") {
        let valid = base().text(FRAMEWORK).unwrap_or_default().to_string();
        compile_with(FRAMEWORK, &mutate(&valid, at, &insert));
    }
}
