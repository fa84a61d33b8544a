//! statusdoc: a static site generator for the reference site of protocol status codes.
//! This file wires the stages together: load → validate → model → render → write.

pub mod assets;
pub mod audit;
pub mod cli;
pub mod diag;
pub mod i18n;
pub mod load;
pub mod markdown;
pub mod model;
pub mod output;
pub mod render;
pub mod sample;
pub mod snippet;
pub mod source;
pub mod validate;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use diag::{Diagnostic, Diagnostics, Severity};
use render::{OutputFile, RenderInput};
use source::Sources;

/// What `build` is asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub out: PathBuf,
    pub base_url: Option<String>,
    pub force: bool,
    /// Fail on warnings too (untranslated messages, for example).
    pub strict: bool,
}

/// What a successful build made.
#[derive(Debug, Clone)]
pub struct Summary {
    pub pages: usize,
    pub files: usize,
    pub languages: usize,
    pub codes: usize,
    pub warnings: usize,
    /// Per translated language, how many messages fall back to the source language.
    pub fallbacks: Vec<(String, usize)>,
    pub elapsed: Duration,
}

/// Why a run failed; each maps to an exit code.
#[derive(Debug)]
pub enum Failure {
    /// Bad input: every problem found, rendered with excerpts; `errors` counts those
    /// that failed the run (warnings too under `--strict`).
    Input { report: String, errors: usize },
    /// The output folder may not be written.
    Refused(String),
    /// An I/O or internal error.
    Internal(anyhow::Error),
}

/// The site compiled in memory: every output file, and what the checks found. When the
/// diagnostics hold an error, `files` is empty.
#[derive(Default)]
pub struct Compiled {
    pub files: Vec<OutputFile>,
    pub languages: usize,
    pub codes: usize,
    /// The translators' report, one entry per language (the source language first).
    pub translations: Vec<audit::LanguageReport>,
    pub diagnostics: Diagnostics,
}

/// Loads, validates and renders a project held in memory.
pub fn compile(sources: &Sources, base_url: Option<&str>, mut diagnostics: Diagnostics) -> Compiled {
    let content = load::content::load_content(sources, &mut diagnostics);
    let Some(raw_config) = &content.config else {
        return Compiled { diagnostics: diagnostics.sorted(), ..Compiled::default() };
    };
    let mut config = validate::validate_config(raw_config, &mut diagnostics);
    if let Some(url) = base_url {
        apply_base_url(&mut config, url, &mut diagnostics);
    }
    let locales = load::locales::load_locales(sources, &config.default_language, &mut diagnostics);
    let translations = audit::audit_locales(&locales, &config.languages, &mut diagnostics);
    let l10n = i18n::Localizer::new(locales, &config.languages, &mut diagnostics);
    let tera = load::templates::load_templates(sources, &mut diagnostics);
    let site = validate::validate_site(content, config, &l10n, &mut diagnostics);
    let snippets = snippet::SnippetEngine::new(&site, sources, &mut diagnostics);
    let (assets, mut files) = assets::plan_assets(sources.statics(), &mut diagnostics);
    let mut compiled = Compiled {
        files: Vec::new(),
        languages: site.config.languages.len(),
        codes: site.code_count(),
        translations,
        diagnostics: Diagnostics::default(),
    };
    if let (Some(tera), Some(snippets), false) = (&tera, &snippets, diagnostics.has_errors()) {
        let input = RenderInput { site: &site, l10n: &l10n, tera, snippets, assets: &assets };
        match render::render_site(&input) {
            Ok(pages) => {
                files.extend(pages);
                files.sort_by(|a, b| a.path.cmp(&b.path));
                compiled.files = files;
            }
            Err(render_errors) => diagnostics.extend(render_errors),
        }
    }
    compiled.diagnostics = diagnostics.sorted();
    compiled
}

fn apply_base_url(config: &mut model::Config, url: &str, diagnostics: &mut Diagnostics) {
    let valid = (url.starts_with("https://") || url.starts_with("http://"))
        && url.split("://").nth(1).is_some_and(|h| !h.is_empty() && !h.starts_with('/'));
    if !valid {
        diagnostics.push(
            Diagnostic::error("--base-url", None, format!("`{url}` is not an absolute http(s) URL"))
                .with_hint("for example --base-url https://example.org/docs/"),
        );
        return;
    }
    config.base_url = if url.ends_with('/') { url.to_string() } else { format!("{url}/") };
}

/// Builds the project at `options.root` into `options.out`.
pub fn build(options: &BuildOptions) -> Result<Summary, Failure> {
    let started = Instant::now();
    output::check_target(&options.out, Some(&options.root), options.force)
        .map_err(|r| Failure::Refused(r.0))?;
    let (sources, diagnostics) = source::read_project(&options.root);
    let compiled = compile(&sources, options.base_url.as_deref(), diagnostics);
    let diagnostics = &compiled.diagnostics;
    if options.strict && !diagnostics.is_empty() {
        return Err(Failure::Input { report: diagnostics.render(&sources), errors: diagnostics.len() });
    }
    if diagnostics.has_errors() {
        // Warnings are for `check`: a failed build shows what failed it.
        let errors = diagnostics.only(Severity::Error);
        return Err(Failure::Input { report: errors.render(&sources), errors: errors.len() });
    }
    output::write_site(&compiled.files, &options.out).map_err(Failure::Internal)?;
    Ok(Summary {
        pages: compiled.files.iter().filter(|f| f.path.ends_with(".html")).count(),
        files: compiled.files.len(),
        languages: compiled.languages,
        codes: compiled.codes,
        warnings: diagnostics.warning_count(),
        fallbacks: compiled.translations.iter().skip(1).map(|t| (t.lang.clone(), t.missing)).collect(),
        elapsed: started.elapsed(),
    })
}

/// What `check` found: every diagnostic and the translators' report.
pub struct CheckReport {
    pub sources: Sources,
    pub compiled: Compiled,
}

/// Checks the project at `root` as a build would, writing nothing.
pub fn check(root: &std::path::Path) -> CheckReport {
    let (sources, diagnostics) = source::read_project(root);
    let compiled = compile(&sources, None, diagnostics);
    CheckReport { sources, compiled }
}

/// Writes the site embedded in this binary as a new project in `dir`.
pub fn init(dir: &std::path::Path) -> Result<usize, Failure> {
    let files = source::embedded_files();
    output::write_project(&files, dir).map_err(Failure::Internal)?;
    Ok(files.len())
}
