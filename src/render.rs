//! Plans every page of the site and renders them in parallel. Work that does not depend on
//! the language (samples, snippets) is done once per code; the result is sorted by path.

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::diag::{Diagnostic, Diagnostics};
use crate::highlight::{Highlighter, message_html};
use crate::i18n::{Localizer, Text};
use crate::load::templates::tera_diagnostic;
use crate::model::{Code, Kind, Protocol, Site, Status};
use crate::sample::{Sample, build_sample};
use crate::snippet::{Snippet, SnippetEngine};

/// One output file: its path relative to the output folder, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Names of the fingerprinted assets, relative to the site root.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Assets {
    pub css: String,
    pub js: String,
    pub icon: String,
}

/// What the renderer needs, all of it already loaded and checked.
pub struct RenderInput<'a> {
    pub site: &'a Site,
    pub l10n: &'a Localizer,
    pub tera: &'a Tera,
    pub snippets: &'a SnippetEngine,
    pub highlighter: &'a Highlighter,
    pub assets: &'a Assets,
}

/// The language-independent parts of a code's page, computed once.
struct Prepared {
    sample: Sample,
    /// The sample as highlighted HTML.
    sample_html: String,
    snippets: Vec<Snippet>,
    /// Each snippet's program as highlighted HTML (`None` where unsupported).
    snippet_html: Vec<Option<String>>,
}

#[derive(Debug, Clone, Copy)]
enum PageKind<'a> {
    Root,
    Language,
    Protocol(&'a Protocol),
    Code(&'a Protocol, usize),
    NotFound,
}

#[derive(Debug, Clone, Copy)]
struct PageSpec<'a> {
    lang: &'a str,
    kind: PageKind<'a>,
}

impl PageSpec<'_> {
    /// The page's URL path below the site root (`fr/http/202/`, `` for the root).
    fn url(&self, lang: &str) -> String {
        match self.kind {
            PageKind::Root => String::new(),
            PageKind::Language => format!("{lang}/"),
            PageKind::Protocol(p) => format!("{lang}/{}/", p.id),
            PageKind::Code(p, i) => format!("{lang}/{}/{}/", p.id, p.codes[i].number),
            PageKind::NotFound => format!("{lang}/404.html"),
        }
    }

    fn file(&self) -> String {
        let url = self.url(self.lang);
        if url.is_empty() || url.ends_with('/') { format!("{url}index.html") } else { url }
    }

    fn template(&self) -> &'static str {
        match self.kind {
            PageKind::Root => "root.html",
            PageKind::Language => "language.html",
            PageKind::Protocol(_) => "protocol.html",
            PageKind::Code(..) => "code.html",
            PageKind::NotFound => "404.html",
        }
    }

    /// Pages that search engines should index (not the 404 pages).
    fn indexed(&self) -> bool {
        !matches!(self.kind, PageKind::NotFound)
    }
}

/// Renders every page, the sitemap and robots.txt, sorted by path.
pub fn render_site(input: &RenderInput) -> Result<Vec<OutputFile>, Diagnostics> {
    let prepared = prepare_codes(input)?;
    let specs = plan_pages(input.site);
    // Each language's interface texts, converted to a template value once: every page of
    // the language shares it (the value is reference-counted).
    let interface: BTreeMap<&str, tera::Value> = input
        .site
        .config
        .languages
        .iter()
        .map(|l| (l.as_str(), tera::Value::from_serializable(&input.l10n.interface(l))))
        .collect();
    let mut results: Vec<Result<OutputFile, Diagnostic>> = specs
        .par_iter()
        .map(|spec| {
            let context = page_context(input, spec, &interface[spec.lang], &prepared);
            // Rendered straight into bytes: the output is not checked as UTF-8 once more.
            let mut bytes = Vec::with_capacity(64 * 1024);
            input.tera.render_to(spec.template(), &context, &mut bytes).map_err(|e| template_error(&e))?;
            Ok(OutputFile { path: spec.file(), bytes })
        })
        .collect();
    results.push(default_not_found(input, &specs, &interface));
    results.push(sitemap(input, &specs));
    results.push(robots(input));
    let mut files = collect_all(results)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// The values of `results`, or every diagnostic among them.
fn collect_all<T>(results: Vec<Result<T, Diagnostic>>) -> Result<Vec<T>, Diagnostics> {
    let mut values = Vec::with_capacity(results.len());
    let mut diagnostics = Diagnostics::default();
    for result in results {
        match result {
            Ok(value) => values.push(value),
            Err(d) => diagnostics.push(d),
        }
    }
    if diagnostics.is_empty() { Ok(values) } else { Err(diagnostics) }
}

fn template_error(err: &tera::Error) -> Diagnostic {
    tera_diagnostic(err, |name| (format!("templates/{name}"), 0))
}

/// Samples and snippets of every code, keyed by (protocol, number).
fn prepare_codes(input: &RenderInput) -> Result<BTreeMap<(String, u16), Prepared>, Diagnostics> {
    let codes: Vec<(&Protocol, &Code)> =
        input.site.protocols.iter().flat_map(|p| p.codes.iter().map(move |c| (p, c))).collect();
    let results: Vec<_> = codes
        .par_iter()
        .map(|(protocol, code)| {
            let sample = build_sample(code, &protocol.version, &input.site.config);
            let port = if protocol.kind == Kind::Sip { 5060 } else { 8080 };
            let snippets = protocol
                .frameworks
                .iter()
                .map(|fw| {
                    input.snippets.snippet(fw, code, &sample, port).map_err(|e| {
                        let mut d = tera_diagnostic(&e, |_| (fw.file.clone(), 0));
                        d.message = format!("{} (rendering the snippet of {})", d.message, code.number);
                        d
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(((protocol.id.clone(), code.number), sample, snippets))
        })
        .collect();
    let done = collect_all(results)?;
    let highlighted = highlight_distinct(input.highlighter, &done);
    let html: Vec<Vec<Option<String>>> = done
        .iter()
        .map(|(_, _, snippets)| {
            snippets
                .iter()
                .map(|s| {
                    s.code.as_ref().map(|code| highlighted[&(s.language.as_str(), code.as_str())].clone())
                })
                .collect()
        })
        .collect();
    drop(highlighted);
    let prepared = done
        .into_iter()
        .zip(html)
        .map(|((key, sample, snippets), snippet_html)| {
            let sample_html = message_html(&sample);
            (key, Prepared { sample, sample_html, snippets, snippet_html })
        })
        .collect();
    Ok(prepared)
}

/// Every distinct (language, program) highlighted once, in parallel: many codes, and the
/// codes of protocols of one kind, share the same program text.
fn highlight_distinct<'a>(
    highlighter: &Highlighter,
    done: &'a [((String, u16), Sample, Vec<Snippet>)],
) -> BTreeMap<(&'a str, &'a str), String> {
    let distinct: std::collections::BTreeSet<(&str, &str)> = done
        .iter()
        .flat_map(|(_, _, snippets)| snippets.iter())
        .filter_map(|s| Some((s.language.as_str(), s.code.as_deref()?)))
        .collect();
    let distinct: Vec<(&str, &str)> = distinct.into_iter().collect();
    let html = highlighter.html_all(&distinct);
    distinct.into_iter().zip(html).collect()
}

fn plan_pages(site: &Site) -> Vec<PageSpec<'_>> {
    let default = site.config.default_language.as_str();
    let mut specs = vec![PageSpec { lang: default, kind: PageKind::Root }];
    for lang in &site.config.languages {
        specs.push(PageSpec { lang, kind: PageKind::Language });
        specs.push(PageSpec { lang, kind: PageKind::NotFound });
        for protocol in &site.protocols {
            specs.push(PageSpec { lang, kind: PageKind::Protocol(protocol) });
            specs.extend(
                (0..protocol.codes.len()).map(|i| PageSpec { lang, kind: PageKind::Code(protocol, i) }),
            );
        }
    }
    specs
}

#[derive(Serialize)]
struct Link {
    hreflang: String,
    href: String,
}

#[derive(Serialize)]
struct SwitcherEntry {
    lang: String,
    name: String,
    href: String,
    current: bool,
}

/// The context every page shares: language, links to the root, alternates, switcher.
fn base_context(input: &RenderInput, spec: &PageSpec, interface: &tera::Value) -> Context {
    let config = &input.site.config;
    let url = spec.url(spec.lang);
    // 404 pages are served at any address, so their links start from the base path.
    let root = if matches!(spec.kind, PageKind::NotFound) {
        config.base_path().to_string()
    } else {
        "../".repeat(url.matches('/').count())
    };
    let mut context = Context::new();
    context.insert("lang", spec.lang);
    context.insert("root", &root);
    context.insert("home", &format!("{root}{}/", spec.lang));
    context.insert_value("t", interface.clone());
    context.insert("assets", input.assets);
    let (canonical, links) = if spec.indexed() {
        (format!("{}{url}", config.base_url), alternates(input, spec))
    } else {
        (String::new(), Vec::new())
    };
    context.insert("canonical", &canonical);
    context.insert("alternates", &links);
    context.insert("description", "");
    let switcher: Vec<SwitcherEntry> = config
        .languages
        .iter()
        .map(|lang| {
            let target =
                if matches!(spec.kind, PageKind::Root) { format!("{lang}/") } else { spec.url(lang) };
            SwitcherEntry {
                lang: lang.clone(),
                name: input.l10n.language_name(lang).to_string(),
                href: format!("{root}{target}"),
                current: lang == spec.lang && !matches!(spec.kind, PageKind::Root),
            }
        })
        .collect();
    context.insert("switcher", &switcher);
    context
}

/// `hreflang` alternates of a page: each language's version, and the root as x-default.
fn alternates(input: &RenderInput, spec: &PageSpec) -> Vec<Link> {
    let config = &input.site.config;
    let mut links: Vec<Link> = config
        .languages
        .iter()
        .map(|lang| {
            let url = if matches!(spec.kind, PageKind::Root) { format!("{lang}/") } else { spec.url(lang) };
            Link { hreflang: lang.clone(), href: format!("{}{url}", config.base_url) }
        })
        .collect();
    let default_url = match spec.kind {
        PageKind::Root | PageKind::Language => String::new(),
        _ => spec.url(&config.default_language),
    };
    links.push(Link { hreflang: "x-default".into(), href: format!("{}{default_url}", config.base_url) });
    links
}

fn page_context(
    input: &RenderInput,
    spec: &PageSpec,
    interface: &tera::Value,
    prepared: &BTreeMap<(String, u16), Prepared>,
) -> Context {
    let mut context = base_context(input, spec, interface);
    let l10n = input.l10n;
    match spec.kind {
        PageKind::Root => {
            context.insert("choices", &root_choices(input));
            context.insert("description", &l10n.text(spec.lang, "site-tagline", None).plain);
        }
        PageKind::Language => {
            let protocols: Vec<_> =
                input.site.protocols.iter().map(|p| protocol_listing(input, spec.lang, p)).collect();
            context.insert("protocols", &protocols);
            context.insert("description", &l10n.text(spec.lang, "index-intro", None).plain);
        }
        PageKind::Protocol(p) => {
            let listing = protocol_listing(input, spec.lang, p);
            context.insert("description", &listing.intro.plain);
            context.insert("protocol", &listing);
        }
        PageKind::Code(p, i) => {
            let code = &p.codes[i];
            let shared = &prepared[&(p.id.clone(), code.number)];
            let page = code_page(input, spec.lang, p, i, shared);
            context.insert("description", &page.description.plain);
            context.insert("c", &page);
        }
        PageKind::NotFound => context.insert("lists", &protocol_links(input, spec.lang)),
    }
    context
}

#[derive(Serialize)]
struct ProtocolLink {
    href: String,
    label: Text,
}

/// Links to each protocol's list of codes, for pages that help a lost reader.
fn protocol_links(input: &RenderInput, lang: &str) -> Vec<ProtocolLink> {
    input
        .site
        .protocols
        .iter()
        .map(|p| ProtocolLink {
            href: format!("{lang}/{}/", p.id),
            label: input.l10n.text_with(lang, "protocol-all", "protocol", p.name.clone()),
        })
        .collect()
}

#[derive(Serialize)]
struct Choice {
    lang: String,
    name: String,
    choose: String,
    tagline: String,
    href: String,
}

fn root_choices(input: &RenderInput) -> Vec<Choice> {
    let l10n = input.l10n;
    input
        .site
        .config
        .languages
        .iter()
        .map(|lang| Choice {
            lang: lang.clone(),
            name: l10n.language_name(lang).to_string(),
            choose: l10n.text(lang, "root-choose", None).plain,
            tagline: l10n.text(lang, "site-tagline", None).plain,
            href: format!("{lang}/"),
        })
        .collect()
}

#[derive(Serialize)]
struct CodeSummary {
    number: u16,
    reason: String,
    href: String,
    summary: Text,
    /// Lower-case words the index's filter matches against.
    search: String,
}

#[derive(Serialize)]
struct ClassGroup {
    number: u16,
    label: Text,
    codes: Vec<CodeSummary>,
}

#[derive(Serialize)]
struct ProtocolListing {
    id: String,
    name: String,
    title: Text,
    intro: Text,
    count: Text,
    classes: Vec<ClassGroup>,
}

fn protocol_listing(input: &RenderInput, lang: &str, protocol: &Protocol) -> ProtocolListing {
    let l10n = input.l10n;
    let mut classes: Vec<ClassGroup> = Vec::new();
    for code in &protocol.codes {
        let summary = l10n.text(lang, &format!("{}-description", code.message_prefix()), None);
        let search = format!("{} {} {}", code.number, code.reason, summary.plain).to_lowercase();
        let entry = CodeSummary {
            number: code.number,
            reason: code.reason.clone(),
            href: format!("{lang}/{}/{}/", protocol.id, code.number),
            summary,
            search,
        };
        match classes.last_mut() {
            Some(group) if group.number == code.class() => group.codes.push(entry),
            _ => classes.push(ClassGroup {
                number: code.class(),
                label: l10n.text(lang, &format!("{}-class-{}", protocol.id, code.class()), None),
                codes: vec![entry],
            }),
        }
    }
    ProtocolListing {
        id: protocol.id.clone(),
        name: protocol.name.clone(),
        title: l10n.text_with(lang, "protocol-title", "protocol", protocol.name.clone()),
        intro: l10n.text(lang, &format!("protocol-intro-{}", protocol.id), None),
        count: l10n.text_with(lang, "index-count", "count", protocol.codes.len()),
        classes,
    }
}

#[derive(Serialize)]
struct CodeRef {
    protocol: String,
    number: u16,
    reason: String,
    href: String,
    label: Option<Text>,
    /// For a related code: when to use it rather than this one.
    when: Option<Text>,
}

#[derive(Serialize)]
struct Explainer {
    tldr: Text,
    meaning: Text,
    /// Causes, fixes for visitors (or callers), fixes for developers: one section each.
    lists: Vec<ExplainerList>,
}

#[derive(Serialize)]
struct ExplainerList {
    /// The section's stable id (`causes`, `fix-visitor`, `fix-developer`).
    id: &'static str,
    heading: Text,
    items: Vec<Text>,
}

#[derive(Serialize)]
struct CompatTable {
    caption: Option<Text>,
    mdn_url: String,
    rows: Vec<CompatCell>,
}

#[derive(Serialize)]
struct CompatCell {
    browser: String,
    support: Text,
    remarks: Vec<Text>,
}

#[derive(Serialize)]
struct Command {
    command: String,
    note: Text,
}

#[derive(Serialize)]
struct FrameworkTab {
    id: String,
    name: String,
    language: String,
    /// The program, highlighted; `None` when the framework cannot send the code.
    html: Option<String>,
    unsupported: Option<Text>,
}

#[derive(Serialize)]
struct SpecLink {
    url: String,
    label: Text,
}

#[derive(Serialize)]
struct ProtocolRef {
    id: String,
    name: String,
}

#[derive(Serialize)]
struct CodePage {
    protocol: ProtocolRef,
    number: u16,
    reason: String,
    class_number: u16,
    class_label: Text,
    status: &'static str,
    status_label: Text,
    fault_label: Text,
    title: Text,
    description: Text,
    spec: SpecLink,
    /// The sample message, highlighted.
    sample_html: String,
    has_body: bool,
    #[serde(rename = "try")]
    try_it: Vec<Command>,
    frameworks_heading: Text,
    frameworks: Vec<FrameworkTab>,
    explainer: Explainer,
    compat: Vec<CompatTable>,
    related: Vec<CodeRef>,
    equivalent: Option<CodeRef>,
    previous: Option<CodeRef>,
    next: Option<CodeRef>,
}

fn code_ref(lang: &str, protocol: &Protocol, code: &Code) -> CodeRef {
    CodeRef {
        protocol: protocol.name.clone(),
        number: code.number,
        reason: code.reason.clone(),
        href: format!("{lang}/{}/{}/", protocol.id, code.number),
        label: None,
        when: None,
    }
}

/// The numbered messages `{prefix}-1`, `{prefix}-2`, … that the source language has.
fn numbered(l10n: &Localizer, lang: &str, prefix: &str) -> Vec<Text> {
    (1..)
        .map(|i| format!("{prefix}-{i}"))
        .take_while(|id| l10n.has(id))
        .map(|id| l10n.text(lang, &id, None))
        .collect()
}

fn explainer(l10n: &Localizer, lang: &str, protocol: &Protocol, code: &Code) -> Explainer {
    let prefix = code.message_prefix();
    let fix_heading = if protocol.kind == Kind::Sip { "section-fix-caller" } else { "section-fix-visitor" };
    let lists = [
        ("causes", "section-causes", "cause"),
        ("fix-visitor", fix_heading, "fix-visitor"),
        ("fix-developer", "section-fix-developer", "fix-developer"),
    ];
    Explainer {
        tldr: l10n.text(lang, &format!("{prefix}-tldr"), None),
        meaning: l10n.text(lang, &format!("{prefix}-meaning"), None),
        lists: lists
            .into_iter()
            .map(|(id, heading, item)| ExplainerList {
                id,
                heading: l10n.text(lang, heading, None),
                items: numbered(l10n, lang, &format!("{prefix}-{item}")),
            })
            .collect(),
    }
}

fn compat_tables(l10n: &Localizer, lang: &str, code: &Code) -> Vec<CompatTable> {
    code.compat
        .iter()
        .map(|feature| CompatTable {
            caption: (!feature.name.is_empty())
                .then(|| l10n.text_with(lang, "compat-feature", "name", feature.name.clone())),
            mdn_url: feature.mdn_url.clone(),
            rows: feature
                .rows
                .iter()
                .map(|row| {
                    let support = match &row.version {
                        Some(version) => Text::plain_token(version),
                        None => l10n.text(lang, "compat-no", None),
                    };
                    let remarks = [
                        (row.flag, "compat-flag"),
                        (row.partial, "compat-partial"),
                        (row.notes, "compat-notes"),
                    ]
                    .into_iter()
                    .filter(|(on, _)| *on)
                    .map(|(_, id)| l10n.text(lang, id, None))
                    .collect();
                    CompatCell { browser: row.browser.clone(), support, remarks }
                })
                .collect(),
        })
        .collect()
}

fn code_page(
    input: &RenderInput,
    lang: &str,
    protocol: &Protocol,
    index: usize,
    shared: &Prepared,
) -> CodePage {
    let l10n = input.l10n;
    let code = &protocol.codes[index];
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("code", code.number.to_string());
    args.set("reason", code.reason.clone());
    let title_id = if code.status == Status::Unused { "code-title-unused" } else { "code-title" };
    let heading_id = if protocol.kind == Kind::Sip { "section-servers" } else { "section-frameworks" };
    let spec = &code.spec;
    let mut spec_args = fluent_bundle::FluentArgs::new();
    spec_args.set("document", spec.document.clone());
    let spec_label = match &spec.section {
        Some(section) => {
            spec_args.set("section", section.clone());
            l10n.text(lang, "spec-section", Some(&spec_args))
        }
        None => l10n.text(lang, "spec-document", Some(&spec_args)),
    };
    let equivalent = code.equivalent.as_ref().and_then(|(other, number)| {
        let other = input.site.protocol(other)?;
        let mut link = code_ref(lang, other, other.code(*number)?);
        link.label = Some(l10n.text_with(lang, "related-equivalent", "protocol", other.name.clone()));
        Some(link)
    });
    CodePage {
        protocol: ProtocolRef { id: protocol.id.clone(), name: protocol.name.clone() },
        number: code.number,
        reason: code.reason.clone(),
        class_number: code.class(),
        class_label: l10n.text(lang, &format!("{}-class-{}", protocol.id, code.class()), None),
        status: code.status.key(),
        status_label: l10n.text(lang, &format!("status-{}", code.status.key()), None),
        fault_label: l10n.text(lang, &format!("fault-{}", code.fault.key()), None),
        title: l10n.text(lang, title_id, Some(&args)),
        description: l10n.text(lang, &format!("{}-description", code.message_prefix()), None),
        spec: SpecLink { url: spec.url.clone(), label: spec_label },
        sample_html: shared.sample_html.clone(),
        has_body: !shared.sample.body.is_empty(),
        try_it: try_commands(input, lang, protocol, code),
        frameworks_heading: l10n.text(lang, heading_id, Some(&args)),
        frameworks: shared
            .snippets
            .iter()
            .zip(&shared.snippet_html)
            .map(|(s, html)| FrameworkTab {
                id: s.framework.clone(),
                name: s.name.clone(),
                language: s.language.clone(),
                html: html.clone(),
                unsupported: s.unsupported.as_ref().map(|id| l10n.text(lang, id, None)),
            })
            .collect(),
        explainer: explainer(l10n, lang, protocol, code),
        compat: compat_tables(l10n, lang, code),
        related: code
            .related
            .iter()
            .filter_map(|n| protocol.code(*n))
            .map(|c| {
                let mut link = code_ref(lang, protocol, c);
                let id = format!("{}-vs-{}", code.message_prefix(), c.number);
                link.when = Some(l10n.text(lang, &id, None));
                link
            })
            .collect(),
        equivalent,
        previous: index.checked_sub(1).map(|i| code_ref(lang, protocol, &protocol.codes[i])),
        next: protocol.codes.get(index + 1).map(|c| code_ref(lang, protocol, c)),
    }
}

fn try_commands(input: &RenderInput, lang: &str, protocol: &Protocol, code: &Code) -> Vec<Command> {
    let config = &input.site.config;
    let l10n = input.l10n;
    if protocol.kind == Kind::Sip {
        let method = code.method.as_deref().unwrap_or("INVITE");
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("code", code.number.to_string());
        args.set("method", method.to_string());
        return vec![Command {
            command: format!(
                "sipexer -method {method} -ruri sip:{}@127.0.0.1 udp:127.0.0.1:5060",
                code.number
            ),
            note: l10n.text(lang, "try-sip", Some(&args)),
        }];
    }
    let host = config.mock_host.split_once("://").map_or(config.mock_host.as_str(), |(_, h)| h).to_string();
    vec![
        Command {
            command: format!("curl -i {}/status/{}", config.mock_host, code.number),
            note: l10n.text_with(lang, "try-public", "host", host),
        },
        Command {
            command: format!("curl -i http://127.0.0.1:{}/status/{}", config.local_port, code.number),
            note: l10n.text(lang, "try-local", None),
        },
    ]
}

/// `/404.html`: the default language's 404 page, served by hosts for any missing path.
fn default_not_found(
    input: &RenderInput,
    specs: &[PageSpec],
    interface: &BTreeMap<&str, tera::Value>,
) -> Result<OutputFile, Diagnostic> {
    let default = input.site.config.default_language.as_str();
    let spec = specs
        .iter()
        .find(|s| matches!(s.kind, PageKind::NotFound) && s.lang == default)
        .copied()
        .unwrap_or(PageSpec { lang: default, kind: PageKind::NotFound });
    let mut context = base_context(input, &spec, &interface[default]);
    context.insert("lists", &protocol_links(input, default));
    let html = input.tera.render("404.html", &context).map_err(|e| template_error(&e))?;
    Ok(OutputFile { path: "404.html".into(), bytes: html.into_bytes() })
}

#[derive(Serialize)]
struct SitemapUrl {
    loc: String,
    alternates: Vec<Link>,
}

fn sitemap(input: &RenderInput, specs: &[PageSpec]) -> Result<OutputFile, Diagnostic> {
    let base = &input.site.config.base_url;
    let mut urls: Vec<SitemapUrl> = specs
        .iter()
        .filter(|s| s.indexed())
        .map(|s| SitemapUrl { loc: format!("{base}{}", s.url(s.lang)), alternates: alternates(input, s) })
        .collect();
    urls.sort_by(|a, b| a.loc.cmp(&b.loc));
    let mut context = Context::new();
    context.insert("urls", &urls);
    let xml = input.tera.render("sitemap.xml", &context).map_err(|e| template_error(&e))?;
    Ok(OutputFile { path: "sitemap.xml".into(), bytes: xml.into_bytes() })
}

fn robots(input: &RenderInput) -> Result<OutputFile, Diagnostic> {
    let mut context = Context::new();
    context.insert("base_url", &input.site.config.base_url);
    let text = input.tera.render("robots.txt", &context).map_err(|e| template_error(&e))?;
    Ok(OutputFile { path: "robots.txt".into(), bytes: text.into_bytes() })
}
