//! The translators' report: for each language, the messages that are missing, obsolete,
//! identical to English, that reference messages or terms that do not exist, or that drop
//! or misspell a variable of the English message. Findings are warnings with a position.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use rayon::prelude::*;
use serde::Serialize;

use crate::diag::{Diagnostic, Diagnostics};
use crate::load::locales::{LocaleFile, RawLocales};

/// One message as the audit sees it.
struct Entryinfo {
    file: String,
    offset: usize,
    /// The message's value and attributes, as written (for the "identical" check).
    text: String,
    variables: BTreeSet<String>,
    references: BTreeSet<String>,
    /// The translator marked the text as intentionally the same as English.
    same_on_purpose: bool,
}

/// Words in a message's comment that mark its text as rightly the same as English.
pub const SAME_MARK: &str = "same as English";

/// How one language stands.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LanguageReport {
    pub lang: String,
    pub messages: usize,
    pub missing: usize,
    pub obsolete: usize,
    pub identical: usize,
    pub broken_references: usize,
    pub variable_mismatches: usize,
    pub syntax_errors: usize,
}

/// Audits every language against the source language. Findings in a translation are
/// warnings; a broken reference in the source language is an error.
pub fn audit_locales(
    locales: &RawLocales,
    languages: &[String],
    diagnostics: &mut Diagnostics,
) -> Vec<LanguageReport> {
    let entries: BTreeMap<&str, BTreeMap<String, Entryinfo>> = languages
        .par_iter()
        .map(|lang| (lang.as_str(), collect(locales.languages.get(lang).map_or(&[][..], Vec::as_slice))))
        .collect();
    let Some(source_lang) = languages.first() else { return Vec::new() };
    let empty = BTreeMap::new();
    let source = entries.get(source_lang.as_str()).unwrap_or(&empty);
    let mut reports = Vec::new();
    for lang in languages {
        let own = entries.get(lang.as_str()).unwrap_or(&empty);
        let mut report =
            LanguageReport { lang: lang.clone(), messages: own.len(), ..LanguageReport::default() };
        let is_source = lang == source_lang;
        check_references(own, source, is_source, &mut report, diagnostics);
        if !is_source {
            compare(lang, own, source, &mut report, diagnostics);
        }
        report.syntax_errors = diagnostics
            .iter()
            .filter(|d| {
                d.path.starts_with(&format!("locales/{lang}/")) && d.message.starts_with("Fluent syntax")
            })
            .count();
        reports.push(report);
    }
    reports
}

fn compare(
    lang: &str,
    own: &BTreeMap<String, Entryinfo>,
    source: &BTreeMap<String, Entryinfo>,
    report: &mut LanguageReport,
    out: &mut Diagnostics,
) {
    for (id, english) in source {
        let Some(entry) = own.get(id) else {
            report.missing += 1;
            let file = english.file.replacen("locales/en/", &format!("locales/{lang}/"), 1);
            out.push(
                Diagnostic::warning(
                    &english.file,
                    Some(english.offset..english.offset + id.len()),
                    format!("`{id}` is not translated into {lang}"),
                )
                .with_hint(format!("add it to {file}; until then the English text is shown")),
            );
            continue;
        };
        let at = Some(entry.offset..entry.offset + id.len());
        let mut warn = |message: String, hint: String| {
            out.push(Diagnostic::warning(&entry.file, at.clone(), message).with_hint(hint));
        };
        if entry.text == english.text
            && has_words(&entry.text)
            && !id.starts_with('-')
            && !entry.same_on_purpose
        {
            report.identical += 1;
            warn(
                format!("`{id}` is identical to English"),
                format!(
                    "translate it; if the English text is right in {lang} too, add a comment line `# {SAME_MARK}` above it"
                ),
            );
        }
        for variable in english.variables.difference(&entry.variables) {
            report.variable_mismatches += 1;
            warn(
                format!("`{id}` drops the variable `${variable}` of the English message"),
                format!("use {{ ${variable} }} in the translation"),
            );
        }
        for variable in entry.variables.difference(&english.variables) {
            report.variable_mismatches += 1;
            warn(
                format!("`{id}` uses `${variable}`, which the English message does not have"),
                format!("check the spelling; the English message uses: {}", names(&english.variables)),
            );
        }
    }
    for (id, entry) in own {
        if !source.contains_key(id) {
            report.obsolete += 1;
            out.push(
                Diagnostic::warning(
                    &entry.file,
                    Some(entry.offset..entry.offset + id.len()),
                    format!("`{id}` is not in English any more"),
                )
                .with_hint("remove it: nothing shows this message"),
            );
        }
    }
}

/// Whether a message has words of its own, beyond variables and references (terms and
/// messages such as `{ -brand-name }` have none to translate).
fn has_words(text: &str) -> bool {
    let mut depth = 0;
    text.chars().any(|c| {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        depth == 0 && c.is_alphabetic()
    })
}

fn names(variables: &BTreeSet<String>) -> String {
    if variables.is_empty() {
        return "none".into();
    }
    variables.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
}

fn check_references(
    own: &BTreeMap<String, Entryinfo>,
    source: &BTreeMap<String, Entryinfo>,
    is_source: bool,
    report: &mut LanguageReport,
    out: &mut Diagnostics,
) {
    for (id, entry) in own {
        for reference in &entry.references {
            // A translation may use the source language's messages and terms.
            if own.contains_key(reference) || (!is_source && source.contains_key(reference)) {
                continue;
            }
            report.broken_references += 1;
            let message = format!("`{id}` refers to `{reference}`, which does not exist");
            let at = Some(entry.offset..entry.offset + id.len());
            out.push(
                if is_source {
                    Diagnostic::error(&entry.file, at, message)
                } else {
                    Diagnostic::warning(&entry.file, at, message)
                }
                .with_hint("define it, or correct the name"),
            );
        }
    }
}

/// Every message and term of a language's files, keyed by id (terms keep their `-`).
fn collect(files: &[LocaleFile]) -> BTreeMap<String, Entryinfo> {
    let mut entries = BTreeMap::new();
    for file in files {
        let source = file.resource.source();
        let offsets = entry_offsets(source);
        // The bundle's parser drops comments; the marker comment is read from the text.
        for entry in file.resource.entries() {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let offset = offsets.get(&id).copied().unwrap_or(0);
            let same_on_purpose = comment_above(source, offset).any(|line| line.contains(SAME_MARK));
            let mut info = Entryinfo {
                file: file.path.clone(),
                offset,
                text: String::new(),
                variables: BTreeSet::new(),
                references: BTreeSet::new(),
                same_on_purpose,
            };
            let patterns = value.into_iter().chain(attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                walk_pattern(pattern, &mut info);
            }
            entries.insert(id, info);
        }
    }
    entries
}

fn walk_pattern(pattern: &Pattern<&str>, info: &mut Entryinfo) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => info.text.push_str(value),
            PatternElement::Placeable { expression } => walk_expression(expression, info),
        }
    }
}

fn walk_expression(expression: &Expression<&str>, info: &mut Entryinfo) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, info);
            for variant in variants {
                walk_pattern(&variant.value, info);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, info),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, info: &mut Entryinfo) {
    match inline {
        InlineExpression::VariableReference { id } => {
            info.variables.insert(id.name.to_string());
            info.text.push_str(&format!("{{${}}}", id.name));
        }
        InlineExpression::MessageReference { id, .. } => {
            info.references.insert(id.name.to_string());
        }
        InlineExpression::TermReference { id, .. } => {
            info.references.insert(format!("-{}", id.name));
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, info);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, info),
        InlineExpression::StringLiteral { value } | InlineExpression::NumberLiteral { value } => {
            info.text.push_str(value);
        }
    }
}

/// Byte offset of each entry's id in a Fluent file: ids start a line and are followed by `=`.
/// The lines of the comment that belongs to the entry starting at `offset`: the `#` lines
/// right above it (group and resource comments, `##` and `###`, belong to no entry).
fn comment_above(text: &str, offset: usize) -> impl Iterator<Item = &str> {
    text[..offset].lines().rev().take_while(|line| *line == "#" || line.starts_with("# "))
}

fn entry_offsets(text: &str) -> BTreeMap<String, usize> {
    let mut offsets = BTreeMap::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let id: String =
            line.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
        let is_entry = !id.is_empty() && line[id.len()..].trim_start().starts_with('=');
        if is_entry {
            offsets.entry(id).or_insert(start);
        }
        start += line.len();
    }
    offsets
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentResource;

    fn file(lang: &str, text: &str) -> LocaleFile {
        LocaleFile {
            path: format!("locales/{lang}/site.ftl"),
            name: "site.ftl".into(),
            resource: FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r),
        }
    }

    fn audit(en: &str, fr: &str) -> (Vec<LanguageReport>, Vec<String>) {
        let mut locales = RawLocales::default();
        locales.languages.insert("en".into(), vec![file("en", en)]);
        locales.languages.insert("fr".into(), vec![file("fr", fr)]);
        // A third language in which `hello` differs, so `hello` is not invariant.
        locales.languages.insert("ru".into(), vec![file("ru", "-brand = statusdoc\nhello = Привет\n")]);
        let mut diagnostics = Diagnostics::default();
        let reports = audit_locales(&locales, &["en".into(), "fr".into(), "ru".into()], &mut diagnostics);
        let fr_only =
            diagnostics.iter().filter(|d| !d.path.contains("/ru/") && !d.message.contains("into ru"));
        (reports, fr_only.map(|d| format!("{:?} {}", d.span, d.message)).collect())
    }

    #[test]
    fn finds_each_kind_of_defect_with_its_position() {
        let en = "-brand = statusdoc\nhello = Hello\nbye = Bye { $name }\ncount = { $n } codes\nmissing = Missing\n";
        let fr = "-brand = statusdoc\nhello = Hello\nbye = Au revoir\ncount = { $nn } codes { -nope }\nold = Vieux\n";
        let (reports, findings) = audit(en, fr);
        let fr_report = &reports[1];
        assert_eq!((fr_report.missing, fr_report.obsolete, fr_report.identical), (1, 1, 1));
        assert_eq!((fr_report.variable_mismatches, fr_report.broken_references), (3, 1));
        let expected = [
            "Some(19..24) `hello` is identical to English",
            "Some(33..36) `bye` drops the variable `$name` of the English message",
            "Some(49..54) `count` drops the variable `$n` of the English message",
            "Some(49..54) `count` uses `$nn`, which the English message does not have",
            "Some(49..54) `count` refers to `-nope`, which does not exist",
            "Some(74..81) `missing` is not translated into fr",
            "Some(81..84) `old` is not in English any more",
        ];
        for finding in expected {
            assert!(findings.contains(&finding.to_string()), "missing {finding:?} in {findings:#?}");
        }
        assert!(!findings.iter().any(|f| f.contains("brand`")), "terms are names, not text to translate");
    }

    #[test]
    fn offsets_point_at_ids() {
        let offsets = entry_offsets("# c\nab = x\n  .attr = y\n-term = z\n");
        assert_eq!(offsets.get("ab"), Some(&4));
        assert_eq!(offsets.get("-term"), Some(&23));
        assert_eq!(offsets.get("attr"), None);
    }

    #[test]
    fn only_the_comment_right_above_a_message_marks_it_same_as_english() {
        let en = "a = Hello\nb = Hello\nc = Hello\nd = Hello\n";
        let fr = "# note\n# same as English\na = Hello\n## same as English\nb = Hello\n# same as English\n\nc = Hello\nd = Hello\n";
        let (reports, findings) = audit(en, fr);
        assert_eq!(reports[1].identical, 3, "{findings:#?}");
        assert!(!findings.iter().any(|f| f.contains("`a`")), "{findings:#?}");
    }
}
