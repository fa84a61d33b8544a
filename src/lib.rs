//! statusdoc: a static site generator for the reference site of protocol status codes.
//! This file wires the stages together: load → validate → model → render → write.

pub mod assets;
pub mod audit;
pub mod cli;
pub mod diag;
pub mod export;
pub mod highlight;
pub mod i18n;
pub mod load;
pub mod markdown;
pub mod mock;
pub mod model;
pub mod output;
pub mod render;
pub mod sample;
pub mod serve;
pub mod snippet;
pub mod source;
pub mod validate;
pub mod watch;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use diag::{Diagnostics, Severity};
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

/// A project loaded and validated, ready to render: the stages before `render`.
pub struct Loaded {
    pub site: model::Site,
    pub l10n: i18n::Localizer,
    pub tera: Option<tera::Tera>,
    pub snippets: Option<snippet::SnippetEngine>,
    pub assets: render::Assets,
    pub static_files: Vec<OutputFile>,
    pub translations: Vec<audit::LanguageReport>,
}

/// Loads and validates a project held in memory; `None` when it has no usable config.
pub fn load_project(
    sources: &Sources,
    base_url: Option<&str>,
    diagnostics: &mut Diagnostics,
) -> Option<Loaded> {
    let content = load::content::load_content(sources, diagnostics);
    let mut config = validate::validate_config(content.config.as_ref()?, diagnostics);
    if let Some(url) = base_url {
        validate::override_base_url(&mut config, url, diagnostics);
    }
    let locales = load::locales::load_locales(sources, &config.default_language, diagnostics);
    let translations = audit::audit_locales(&locales, &config.languages, diagnostics);
    let l10n = i18n::Localizer::new(locales, &config.languages, diagnostics);
    let tera = load::templates::load_templates(sources, diagnostics);
    let site = validate::validate_site(content, config, &l10n, diagnostics);
    let snippets = snippet::SnippetEngine::new(&site, sources, diagnostics);
    let (assets, static_files) = assets::plan_assets(sources.statics(), diagnostics);
    Some(Loaded { site, l10n, tera, snippets, assets, static_files, translations })
}

/// Loads, validates and renders a project held in memory.
pub fn compile(sources: &Sources, base_url: Option<&str>, mut diagnostics: Diagnostics) -> Compiled {
    let Some(loaded) = load_project(sources, base_url, &mut diagnostics) else {
        return Compiled { diagnostics: diagnostics.sorted(), ..Compiled::default() };
    };
    render_project(loaded, diagnostics, &highlight::Highlighter::new())
}

/// Renders a loaded project (`serve` adjusts its config first); `diagnostics` are those
/// its loading found.
pub fn render_project(
    loaded: Loaded,
    mut diagnostics: Diagnostics,
    highlighter: &highlight::Highlighter,
) -> Compiled {
    let mut compiled = Compiled {
        files: Vec::new(),
        languages: loaded.site.config.languages.len(),
        codes: loaded.site.code_count(),
        translations: loaded.translations,
        diagnostics: Diagnostics::default(),
    };
    if let (Some(tera), Some(snippets), false) = (&loaded.tera, &loaded.snippets, diagnostics.has_errors()) {
        let input = RenderInput {
            site: &loaded.site,
            l10n: &loaded.l10n,
            tera,
            snippets,
            highlighter,
            assets: &loaded.assets,
        };
        match render::render_site(&input) {
            Ok(pages) => {
                let mut files = loaded.static_files;
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

/// Loads the project at `root` for an export; bad input fails as a build would.
fn load_for_export(root: &std::path::Path) -> Result<Loaded, Failure> {
    let (sources, mut diagnostics) = source::read_project(root);
    let loaded = load_project(&sources, None, &mut diagnostics);
    let errors = diagnostics.only(Severity::Error);
    match loaded {
        Some(loaded) if errors.is_empty() => Ok(loaded),
        _ => Err(Failure::Input { report: errors.render(&sources), errors: errors.len() }),
    }
}

/// The `.gitignore` of a new project: the default output folder, and the previous build
/// that `build` keeps beside it.
const INIT_GITIGNORE: &str = "# statusdoc's output, and the previous build it keeps beside it to update in place\n/public\n/.public.statusdoc-previous\n";

/// Every code's sample response, as JSON.
pub fn export_samples(root: &std::path::Path) -> Result<String, Failure> {
    let loaded = load_for_export(root)?;
    serde_json::to_string_pretty(&export::samples(&loaded.site)).map_err(|e| Failure::Internal(e.into()))
}

/// The whole program of one framework, answering every code it can send on `port`.
pub fn export_program(
    root: &std::path::Path,
    protocol: &str,
    framework: &str,
    port: u16,
) -> Result<String, Failure> {
    let loaded = load_for_export(root)?;
    let unknown =
        || Failure::Refused(format!("there is no framework `{framework}` for the protocol `{protocol}`"));
    let site = &loaded.site;
    let protocol = site.protocol(protocol).ok_or_else(unknown)?;
    let engine = loaded.snippets.as_ref().ok_or_else(unknown)?;
    let program = export::program(site, engine, protocol, framework, port).ok_or_else(unknown)?;
    program.map_err(|e| Failure::Internal(anyhow::anyhow!("{e}")))
}

/// Writes the site embedded in this binary as a new project in `dir`.
pub fn init(dir: &std::path::Path) -> Result<usize, Failure> {
    let mut files = source::embedded_files();
    files.push((".gitignore".into(), INIT_GITIGNORE.as_bytes().to_vec()));
    output::write_project(&files, dir).map_err(Failure::Internal)?;
    Ok(files.len())
}
