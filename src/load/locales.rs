//! Parses the Fluent files under `locales/<lang>/`. A syntax error in the source language
//! (`en`) is an error; in a translation it is a warning, and the broken messages fall back.

use std::collections::BTreeMap;

use fluent_bundle::FluentResource;
use rayon::prelude::*;

use crate::diag::{Diagnostic, Diagnostics};
use crate::source::Sources;

/// One parsed `.ftl` file.
pub struct LocaleFile {
    /// Path relative to the project root.
    pub path: String,
    /// File name without the folder (`site.ftl`), the same in every language.
    pub name: String,
    pub resource: FluentResource,
}

/// The parsed Fluent files of every language folder, keyed by language code.
#[derive(Default)]
pub struct RawLocales {
    pub languages: BTreeMap<String, Vec<LocaleFile>>,
}

/// Parses every `.ftl` file; `source_language` decides which syntax errors are fatal.
pub fn load_locales(sources: &Sources, source_language: &str, diagnostics: &mut Diagnostics) -> RawLocales {
    let mut locales = RawLocales::default();
    // Parsed in parallel, reported in the files' order.
    let files: Vec<(&str, &str)> = sources.texts_under("locales/", "ftl").collect();
    let parsed: Vec<_> =
        files.par_iter().map(|(_, text)| FluentResource::try_new(text.to_string())).collect();
    for ((path, _), parsed) in files.into_iter().zip(parsed) {
        let parts: Vec<&str> = path.split('/').collect();
        let ["locales", lang, name] = parts.as_slice() else {
            diagnostics.push(
                Diagnostic::error(path, None, "Fluent files belong directly in a language folder")
                    .with_hint("move it to locales/<language>/"),
            );
            continue;
        };
        let resource = match parsed {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    let message = format!("Fluent syntax error: {}", error.kind);
                    let span = Some(error.pos.clone());
                    diagnostics.push(if *lang == source_language {
                        Diagnostic::error(path, span, message)
                            .with_hint("fix the syntax: every other language falls back to these messages")
                    } else {
                        Diagnostic::warning(path, span, message)
                            .with_hint("fix the syntax; until then the affected messages show in English")
                    });
                }
                resource
            }
        };
        let file = LocaleFile { path: path.to_string(), name: name.to_string(), resource };
        locales.languages.entry(lang.to_string()).or_default().push(file);
    }
    locales
}
