//! Turns the raw TOML structs into the validated model, checking every value and every
//! cross-reference and collecting each problem as a diagnostic.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::time::{Duration, UNIX_EPOCH};

use toml::Spanned;

use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::Localizer;
use crate::load::content::{Loaded, RawCode, RawCompat, RawConfig, RawContent, RawFramework, RawSample};
use crate::model::{
    Code, CompatFeature, CompatRow, Config, Fault, Framework, Kind, Located, Protocol, SampleDef, Site,
    SpecRef, Status,
};
use crate::sample;

/// Diagnostics of one file, so each check names its file once.
struct FileDiags<'a> {
    path: &'a str,
    out: &'a mut Diagnostics,
}

impl FileDiags<'_> {
    fn error(&mut self, span: Range<usize>, message: impl Into<String>, hint: impl Into<String>) {
        self.out.push(Diagnostic::error(self.path, Some(span), message).with_hint(hint));
    }
}

/// Validates the site configuration.
pub fn validate_config(raw: &RawConfig, diagnostics: &mut Diagnostics) -> Config {
    let mut d = FileDiags { path: "config.toml", out: diagnostics };
    let base_url = with_slash(raw.base_url.get_ref().trim());
    if !is_http_url(&base_url) {
        d.error(
            raw.base_url.span(),
            "base_url must be an absolute http(s) URL",
            "for example \"https://status.example.org/\"",
        );
    }
    let mut languages = raw.languages.get_ref().clone();
    let default_language = raw.default_language.get_ref().clone();
    let mut seen = BTreeSet::new();
    for lang in &languages {
        if lang.parse::<unic_langid::LanguageIdentifier>().is_err() || lang.contains('/') {
            d.error(
                raw.languages.span(),
                format!("`{lang}` is not a language code"),
                "use BCP 47 codes such as \"fr\" or \"pt-BR\"",
            );
        }
        if !seen.insert(lang.clone()) {
            d.error(
                raw.languages.span(),
                format!("the language `{lang}` is listed twice"),
                "list each language once",
            );
        }
    }
    let mut unique = BTreeSet::new();
    languages.retain(|l| unique.insert(l.clone()));
    match languages.iter().position(|l| *l == default_language) {
        Some(i) => {
            let lang = languages.remove(i);
            languages.insert(0, lang);
        }
        None => d.error(
            raw.default_language.span(),
            format!("the default language `{default_language}` is not in `languages`"),
            "add it to `languages`",
        ),
    }
    let mock_host = raw.try_it.mock_host.get_ref().trim_end_matches('/').to_string();
    if !is_http_url(&mock_host) {
        d.error(
            raw.try_it.mock_host.span(),
            "try.mock_host must be an absolute http(s) URL",
            "for example \"https://httpbin.org\"",
        );
    }
    let sample_date = imf_fixdate(raw.sample_date.get_ref()).unwrap_or_else(|| {
        d.error(
            raw.sample_date.span(),
            "sample_date must be a UTC date and time",
            "write it as 2026-02-25T12:00:00Z",
        );
        String::new()
    });
    Config {
        base_url,
        default_language,
        languages,
        sample_date,
        mock_host,
        local_port: raw.try_it.local_port,
    }
}

/// Replaces the configured base URL with one given on the command line.
pub fn override_base_url(config: &mut Config, url: &str, diagnostics: &mut Diagnostics) {
    if !is_http_url(url) {
        diagnostics.push(
            Diagnostic::error("--base-url", None, format!("`{url}` is not an absolute http(s) URL"))
                .with_hint("for example --base-url https://example.org/docs/"),
        );
        return;
    }
    config.base_url = with_slash(url);
}

/// A URL ending in `/`, as relative links are resolved against it.
fn with_slash(url: &str) -> String {
    if url.ends_with('/') { url.to_string() } else { format!("{url}/") }
}

fn is_http_url(url: &str) -> bool {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/') && !r.contains(char::is_whitespace))
}

/// A TOML offset date-time in UTC as an HTTP IMF-fixdate (with the right weekday).
fn imf_fixdate(value: &toml::value::Datetime) -> Option<String> {
    let (date, time) = (value.date?, value.time?);
    if !matches!(value.offset, Some(toml::value::Offset::Z)) {
        return None;
    }
    let days = days_from_civil(i64::from(date.year), u32::from(date.month), u32::from(date.day));
    let seconds =
        days * 86_400 + i64::from(time.hour) * 3600 + i64::from(time.minute) * 60 + i64::from(time.second?);
    let seconds = u64::try_from(seconds).ok()?;
    Some(httpdate::fmt_http_date(UNIX_EPOCH + Duration::from_secs(seconds)))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year - era * 400;
    let mp = i64::from((month + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Validates protocols, codes and frameworks against each other and the messages.
pub fn validate_site(
    raw: RawContent,
    config: Config,
    l10n: &Localizer,
    diagnostics: &mut Diagnostics,
) -> Site {
    let mut ordered = Vec::new();
    for loaded in &raw.protocols {
        let p = &loaded.value;
        let stem = file_stem(&loaded.path);
        if p.id.get_ref() != stem {
            FileDiags { path: &loaded.path, out: diagnostics }.error(
                p.id.span(),
                format!("the protocol id `{}` differs from the file name `{stem}`", p.id.get_ref()),
                "make the id and the file name the same",
            );
            continue;
        }
        let mut d = FileDiags { path: &loaded.path, out: diagnostics };
        let Some(kind) = pick(&p.kind, &Kind::ALL, "protocol kind", &mut d) else { continue };
        let protocol = Protocol {
            id: p.id.get_ref().clone(),
            kind,
            counterpart: p.counterpart.as_ref().map(|c| c.get_ref().clone()),
            name: p.name.clone(),
            version: p.version.clone(),
            codes: Vec::new(),
            frameworks: Vec::new(),
        };
        ordered.push((p.order, protocol));
    }
    ordered.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    let mut protocols: Vec<Protocol> = ordered.into_iter().map(|(_, p)| p).collect();
    if protocols.is_empty() {
        diagnostics.push(
            Diagnostic::error("content/protocols", None, "no protocol is defined")
                .with_hint("add content/protocols/http.toml"),
        );
    }
    check_counterparts(&raw, &protocols, diagnostics);
    let families: Families =
        protocols.iter().map(|p| (p.id.clone(), (p.kind, p.counterpart.clone()))).collect();
    let ids: BTreeSet<String> = families.keys().cloned().collect();
    for loaded in &raw.codes {
        if let Some(code) = validate_code(loaded, &families, l10n, diagnostics) {
            let protocol = protocols.iter_mut().find(|p| p.id == code.protocol);
            if let Some(protocol) = protocol {
                protocol.codes.push(code);
            }
        }
    }
    for protocol in &mut protocols {
        protocol.codes.sort_by_key(|c| c.number);
    }
    // References are checked against every code that has a file, even one with errors,
    // so that one broken file does not cascade into errors in the files that name it.
    let parsed = raw.codes.iter().map(|c| (c.protocol.as_str(), *c.value.code.get_ref()));
    let stems = raw.codes.iter().map(|c| (c.protocol.as_str(), file_stem(&c.path)));
    let broken = stems
        .chain(raw.broken_codes.iter().map(|(p, stem)| (p.as_str(), stem.as_str())))
        .filter_map(|(p, stem)| Some((p, stem.parse::<i64>().ok()?)));
    let defined: Defined = parsed
        .chain(broken)
        .filter(|(protocol, number)| families.get(*protocol).is_some_and(|f| code_in_range(*number, f.0)))
        .filter_map(|(protocol, number)| Some((protocol.to_string(), u16::try_from(number).ok()?)))
        .collect();
    check_references(&raw.codes, &defined, &families, l10n, diagnostics);
    for loaded in &raw.compat {
        match protocols.iter_mut().find(|p| p.id == loaded.protocol) {
            Some(protocol) => attach_compat(loaded, protocol, diagnostics),
            None => unknown_protocol(&loaded.path, &loaded.protocol, &ids, diagnostics),
        }
    }
    let mut frameworks: Vec<(u32, Framework, String)> = Vec::new();
    for loaded in &raw.frameworks {
        if let Some(protocol) = protocols.iter().find(|p| p.id == loaded.protocol) {
            if let Some(fw) = validate_framework(loaded, protocol, &defined, l10n, diagnostics) {
                frameworks.push((loaded.value.order, fw, loaded.protocol.clone()));
            }
        } else {
            unknown_protocol(&loaded.path, &loaded.protocol, &ids, diagnostics);
        }
    }
    frameworks.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    for (_, fw, protocol) in frameworks {
        if let Some(p) = protocols.iter_mut().find(|p| p.id == protocol) {
            p.frameworks.push(fw);
        }
    }
    Site { config, protocols }
}

fn file_stem(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_suffix(".toml").unwrap_or(name)
}

fn unknown_protocol(path: &str, protocol: &str, ids: &BTreeSet<String>, diagnostics: &mut Diagnostics) {
    let known: Vec<_> = ids.iter().map(String::as_str).collect();
    diagnostics.push(
        Diagnostic::error(
            path,
            None,
            format!("`{protocol}` is not a protocol defined in content/protocols/"),
        )
        .with_hint(format!("the folder must be one of: {}", known.join(", "))),
    );
}

/// The classes a protocol's codes may belong to.
fn classes(kind: Kind) -> Range<u16> {
    if kind == Kind::Sip { 1..7 } else { 1..6 }
}

fn validate_code(
    loaded: &Loaded<RawCode>,
    families: &Families,
    l10n: &Localizer,
    out: &mut Diagnostics,
) -> Option<Code> {
    let Some((kind, counterpart)) = families.get(&loaded.protocol).cloned() else {
        let ids: BTreeSet<String> = families.keys().cloned().collect();
        unknown_protocol(&loaded.path, &loaded.protocol, &ids, out);
        return None;
    };
    let raw = &loaded.value;
    let mut d = FileDiags { path: &loaded.path, out };
    let errors_before = d.out.error_count();
    let number = code_number(&raw.code, kind, &mut d)?;
    let stem = file_stem(&loaded.path);
    if stem != number.to_string() {
        d.error(
            raw.code.span(),
            format!("the code {number} is defined in a file named `{stem}.toml`"),
            format!("rename the file to `{number}.toml` or correct the code"),
        );
    }
    let status = pick(&raw.status, &Status::ALL, "status", &mut d);
    let fault = pick(&raw.fault, &Fault::ALL, "fault", &mut d);
    let spec = spec_ref(&raw.spec, raw.section.as_ref(), &mut d);
    if raw.reason.get_ref().trim().is_empty() {
        d.error(raw.reason.span(), "the reason phrase is empty", "write the registered reason phrase");
    }
    let method = validate_method(raw, kind, &mut d);
    let sample = validate_sample(&raw.sample, number, kind.key(), raw.code.span(), &mut d);
    if let (Some(equivalent), None) = (&raw.equivalent, &counterpart) {
        d.error(
            equivalent.span(),
            format!("the protocol `{}` has no counterpart for `equivalent` to point into", loaded.protocol),
            "remove the key, or give the protocol a `counterpart`",
        );
    }
    check_code_messages(raw, &loaded.protocol, number, l10n, &mut d);
    if d.out.error_count() > errors_before {
        return None;
    }
    Some(Code {
        protocol: loaded.protocol.clone(),
        kind,
        number,
        reason: raw.reason.get_ref().trim().to_string(),
        status: status?,
        fault: fault?,
        spec: spec?,
        related: raw.related.iter().filter_map(|r| u16::try_from(*r.get_ref()).ok()).collect(),
        equivalent: raw
            .equivalent
            .as_ref()
            .zip(counterpart)
            .and_then(|(e, other)| u16::try_from(*e.get_ref()).ok().map(|n| (other, n))),
        method,
        sample: sample?,
        compat: Vec::new(),
    })
}

/// The messages every code needs in the source language: its description and explainer.
fn check_code_messages(raw: &RawCode, protocol: &str, number: u16, l10n: &Localizer, d: &mut FileDiags) {
    let prefix = format!("{protocol}-{number}");
    let wanted = vec![
        (format!("{prefix}-description"), "codes"),
        (format!("{prefix}-tldr"), "explain"),
        (format!("{prefix}-meaning"), "explain"),
        (format!("{prefix}-cause-1"), "explain"),
        (format!("{prefix}-fix-visitor-1"), "explain"),
        (format!("{prefix}-fix-developer-1"), "explain"),
    ];
    for (id, file) in wanted {
        if !l10n.has(&id) {
            d.error(
                raw.code.span(),
                format!("the message `{id}` is missing from locales/en/"),
                format!("add `{id} = …` to locales/en/{protocol}-{file}.ftl"),
            );
        }
    }
}

fn code_number(value: &Spanned<i64>, kind: Kind, d: &mut FileDiags) -> Option<u16> {
    let number = *value.get_ref();
    let range = classes(kind);
    let protocol = kind.key();
    let class =
        u16::try_from(number / 100).ok().filter(|c| (100..1000).contains(&number) && range.contains(c));
    if class.is_none() {
        d.error(
            value.span(),
            format!("{number} is not a status code of {}", protocol.to_uppercase()),
            format!(
                "{} codes are three digits from {}00 to {}99",
                protocol.to_uppercase(),
                range.start,
                range.end - 1
            ),
        );
        return None;
    }
    u16::try_from(number).ok()
}

fn pick<T: Copy>(value: &Spanned<String>, options: &[(&str, T)], key: &str, d: &mut FileDiags) -> Option<T> {
    let found = options.iter().find(|(name, _)| *name == value.get_ref()).map(|(_, v)| *v);
    if found.is_none() {
        let names: Vec<_> = options.iter().map(|(n, _)| *n).collect();
        d.error(
            value.span(),
            format!("`{}` is not a valid {key}", value.get_ref()),
            format!("use one of: {}", names.join(", ")),
        );
    }
    found
}

fn spec_ref(spec: &Spanned<String>, section: Option<&Spanned<String>>, d: &mut FileDiags) -> Option<SpecRef> {
    let document = spec.get_ref().trim().to_string();
    let section_text = section.map(|s| s.get_ref().trim().to_string());
    if let Some(s) = section.filter(|s| !s.get_ref().chars().all(|c| c.is_ascii_alphanumeric() || c == '.')) {
        d.error(s.span(), "a section is a number such as \"15.3.3\"", "write the section number only");
        return None;
    }
    let url = if let Some(number) = document.strip_prefix("RFC ").filter(|n| n.parse::<u32>().is_ok()) {
        let anchor = section_text.as_ref().map(|s| format!("#section-{s}")).unwrap_or_default();
        format!("https://www.rfc-editor.org/rfc/rfc{number}.html{anchor}")
    } else if document.starts_with("draft-") && !document.contains(['/', ' ']) {
        let anchor = section_text.as_ref().map(|s| format!("#section-{s}")).unwrap_or_default();
        format!("https://datatracker.ietf.org/doc/html/{document}{anchor}")
    } else {
        d.error(
            spec.span(),
            format!("`{document}` is not a specification reference"),
            "write \"RFC 9110\" or an Internet-Draft name such as \"draft-ietf-httpbis-…-05\"",
        );
        return None;
    };
    Some(SpecRef { document, section: section_text, url })
}

fn validate_method(raw: &RawCode, kind: Kind, d: &mut FileDiags) -> Option<String> {
    match (&raw.method, kind.key()) {
        (Some(m), "sip")
            if !m.get_ref().is_empty() && m.get_ref().chars().all(|c| c.is_ascii_uppercase()) =>
        {
            Some(m.get_ref().clone())
        }
        (Some(m), "sip") => {
            d.error(
                m.span(),
                format!("`{}` is not a SIP method", m.get_ref()),
                "write the method in capitals, e.g. \"INVITE\"",
            );
            None
        }
        (None, "sip") => {
            d.error(
                raw.code.span(),
                "a SIP code needs the `method` of the request its sample answers",
                "add method = \"INVITE\" (or the fitting method)",
            );
            None
        }
        (Some(m), _) => {
            d.error(m.span(), "`method` applies to SIP codes only", "remove the key");
            None
        }
        (None, _) => None,
    }
}

/// `at` is where the code's number is written, for problems of the sample as a whole.
fn validate_sample(
    raw: &RawSample,
    number: u16,
    protocol: &str,
    at: Range<usize>,
    d: &mut FileDiags,
) -> Option<SampleDef> {
    let errors_before = d.out.error_count();
    let mut headers = Vec::new();
    for header in &raw.headers {
        let (name, value) = header.get_ref();
        if let Some(problem) = sample::header_problem(protocol, name, value) {
            d.error(header.span(), problem, "correct the header or leave it to the generator");
        }
        headers.push((name.clone(), value.clone()));
    }
    let content_type = raw.content_type.as_ref().map(|c| c.get_ref().clone());
    let body = match (&raw.body, &content_type) {
        (Some(body), Some(ct)) => match sample::canonical_body(ct, body.get_ref()) {
            Ok(text) => Some(text),
            Err(problem) => {
                d.error(body.span(), problem, "fix the body so it parses as its content type");
                None
            }
        },
        (Some(body), None) => {
            d.error(
                body.span(),
                "a body needs a `content_type`",
                "add content_type = \"application/json\" (or the body's type)",
            );
            None
        }
        (None, Some(_)) => {
            let span = raw.content_type.as_ref().map_or(0..0, |c| c.span());
            d.error(
                span,
                "`content_type` is set but there is no body",
                "remove content_type, or add the body",
            );
            None
        }
        (None, None) => None,
    };
    if body.is_some() && sample::forbids_body(protocol, number) {
        let span = raw.body.as_ref().map_or(0..0, |b| b.span());
        d.error(span, format!("a {number} response has no body"), "remove body and content_type");
    }
    for required in sample::required_headers(protocol, number) {
        if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(required)) {
            d.error(
                at.clone(),
                format!("the sample of {number} must carry a `{required}` header"),
                format!("add [\"{required}\", \"…\"] to sample.headers"),
            );
        }
    }
    if let Some(reason) = raw.reason.as_ref().filter(|r| r.contains(['\r', '\n'])) {
        d.error(
            at.clone(),
            format!("the sample's reason phrase {reason:?} has a line break"),
            "write it on one line",
        );
    }
    (d.out.error_count() == errors_before).then(|| SampleDef {
        reason: raw.reason.clone(),
        headers,
        content_type,
        body,
    })
}

/// Related and equivalent codes must exist; checked once every code is known.
/// Every (protocol, code) that has a file with a valid code number.
type Defined = BTreeSet<(String, u16)>;

/// Each protocol's kind and counterpart, by id.
type Families = BTreeMap<String, (Kind, Option<String>)>;

/// A protocol's counterpart must be another protocol of the site.
fn check_counterparts(raw: &RawContent, protocols: &[Protocol], out: &mut Diagnostics) {
    for loaded in &raw.protocols {
        let Some(counterpart) = &loaded.value.counterpart else { continue };
        let known =
            protocols.iter().any(|p| &p.id == counterpart.get_ref() && p.id != *loaded.value.id.get_ref());
        if !known {
            FileDiags { path: &loaded.path, out }.error(
                counterpart.span(),
                format!("`{}` is not another protocol of this site", counterpart.get_ref()),
                "name a protocol that has a file in content/protocols/",
            );
        }
    }
}

fn code_in_range(number: i64, kind: Kind) -> bool {
    (100..1000).contains(&number) && u16::try_from(number / 100).is_ok_and(|c| classes(kind).contains(&c))
}

/// Related and equivalent codes must exist; each related code needs its "when to use which"
/// message.
fn check_references(
    raw: &[Loaded<RawCode>],
    defined: &Defined,
    families: &Families,
    l10n: &Localizer,
    out: &mut Diagnostics,
) {
    let exists = |protocol: &str, number: i64| {
        u16::try_from(number).is_ok_and(|n| defined.contains(&(protocol.to_string(), n)))
    };
    for loaded in raw {
        let mut d = FileDiags { path: &loaded.path, out };
        let own = *loaded.value.code.get_ref();
        for related in &loaded.value.related {
            let number = *related.get_ref();
            let id = format!("{}-{own}-vs-{number}", loaded.protocol);
            if number != own && exists(&loaded.protocol, number) && !l10n.has(&id) {
                d.error(
                    loaded.value.code.span(),
                    format!("the message `{id}` is missing from locales/en/"),
                    format!("add `{id} = …` to locales/en/{}-explain.ftl", loaded.protocol),
                );
            }
            if number == own || !exists(&loaded.protocol, number) {
                d.error(
                    related.span(),
                    if number == own {
                        format!("a code cannot be related to itself ({number})")
                    } else {
                        format!("{number} has no file in content/codes/{}/", loaded.protocol)
                    },
                    "list codes that have their own file in this folder",
                );
            }
        }
        let counterpart = families.get(&loaded.protocol).and_then(|f| f.1.as_deref());
        if let (Some(equivalent), Some(other)) = (&loaded.value.equivalent, counterpart)
            && !exists(other, *equivalent.get_ref())
        {
            d.error(
                equivalent.span(),
                format!("{} has no file in content/codes/{other}/", equivalent.get_ref()),
                format!("name a code that has a file in content/codes/{other}/"),
            );
        }
    }
}

/// Adds the browser support data to the codes it describes.
fn attach_compat(loaded: &Loaded<RawCompat>, protocol: &mut Protocol, out: &mut Diagnostics) {
    let mut d = FileDiags { path: &loaded.path, out };
    let browsers: BTreeMap<&str, &str> =
        loaded.value.browser.iter().map(|b| (b.id.as_str(), b.name.as_str())).collect();
    for feature in &loaded.value.feature {
        for key in feature.support.keys().filter(|k| !browsers.contains_key(k.get_ref().as_str())) {
            d.error(
                key.span(),
                format!("the browser `{}` is not listed in [[browser]]", key.get_ref()),
                "refresh the file with scripts/compat",
            );
        }
        let rows = loaded
            .value
            .browser
            .iter()
            .filter_map(|b| {
                let (_, support) = feature.support.iter().find(|(k, _)| k.get_ref() == &b.id)?;
                let version = (support.version_added != "no").then(|| support.version_added.clone());
                Some(CompatRow {
                    browser: b.name.clone(),
                    version,
                    flag: support.flag,
                    partial: support.partial,
                    notes: support.notes,
                })
            })
            .collect();
        let number = u16::try_from(*feature.code.get_ref()).ok();
        match number.and_then(|n| protocol.codes.iter_mut().find(|c| c.number == n)) {
            Some(code) => code.compat.push(CompatFeature {
                name: feature.name.clone(),
                mdn_url: feature.mdn_url.clone(),
                rows,
            }),
            None => d.error(
                feature.code.span(),
                format!("{} has no file in content/codes/{}/", feature.code.get_ref(), protocol.id),
                "refresh the file, or add the code",
            ),
        }
    }
}

fn validate_framework(
    loaded: &Loaded<RawFramework>,
    protocol: &Protocol,
    defined: &Defined,
    l10n: &Localizer,
    out: &mut Diagnostics,
) -> Option<Framework> {
    let raw = &loaded.value;
    let mut d = FileDiags { path: &loaded.path, out };
    let errors_before = d.out.error_count();
    let stem = file_stem(&loaded.path);
    if raw.id.get_ref() != stem {
        d.error(
            raw.id.span(),
            format!("the framework id `{}` differs from the file name `{stem}`", raw.id.get_ref()),
            "make the id and the file name the same",
        );
    }
    let mut constants = BTreeMap::new();
    for (key, constant) in &raw.constants {
        match key.get_ref().parse::<u16>().ok().filter(|n| defined.contains(&(protocol.id.clone(), *n))) {
            Some(n) => {
                constants.insert(n, constant.clone());
            }
            None => d.error(
                key.span(),
                format!("`{}` has no file in content/codes/{}/", key.get_ref(), protocol.id),
                "use a code that has a file in content/codes/",
            ),
        }
    }
    let mut unsupported = BTreeMap::new();
    for entry in &raw.unsupported {
        if !l10n.has(entry.reason.get_ref()) {
            d.error(
                entry.reason.span(),
                format!("the message `{}` is missing from locales/en/", entry.reason.get_ref()),
                "add it to locales/en/frameworks.ftl",
            );
        }
        for code in &entry.codes {
            match u16::try_from(*code.get_ref()).ok().filter(|n| defined.contains(&(protocol.id.clone(), *n)))
            {
                Some(n) => {
                    unsupported.insert(n, entry.reason.get_ref().clone());
                }
                None => d.error(
                    code.span(),
                    format!("{} has no file in content/codes/{}/", code.get_ref(), protocol.id),
                    "list codes that have a file in content/codes/",
                ),
            }
        }
    }
    let located = |s: &Spanned<String>| Located { text: s.get_ref().clone(), offset: s.span().start };
    (d.out.error_count() == errors_before).then(|| Framework {
        id: raw.id.get_ref().clone(),
        name: raw.name.clone(),
        language: raw.language.clone(),
        file: loaded.path.clone(),
        app: located(&raw.app),
        handler: located(&raw.handler),
        route: raw.route.as_ref().map(located),
        constants,
        unsupported,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_dates_get_the_right_weekday() {
        let date: toml::value::Datetime = "2026-02-25T12:00:00Z".parse().unwrap_or_else(|_| unreachable!());
        assert_eq!(imf_fixdate(&date).as_deref(), Some("Wed, 25 Feb 2026 12:00:00 GMT"));
    }

    #[test]
    fn local_dates_are_refused() {
        let date: toml::value::Datetime = "2026-02-25T12:00:00".parse().unwrap_or_else(|_| unreachable!());
        assert_eq!(imf_fixdate(&date), None);
    }

    #[test]
    fn base_urls_must_be_absolute() {
        assert!(is_http_url("https://example.org/docs/"));
        assert!(!is_http_url("example.org"));
        assert!(!is_http_url("javascript:alert(1)"));
    }
}
