//! Fluent bundles per language, with fallback to the source language and rendering of
//! the inline Markdown that messages may contain.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::diag::{Diagnostic, Diagnostics};
use crate::load::locales::RawLocales;
use crate::markdown;

/// A translated text, ready for a template.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Text {
    /// Safe HTML: Markdown rendered, raw HTML escaped, wrapped in `<span lang="en">` when
    /// the message fell back to the source language.
    pub html: String,
    /// Plain text for attributes and `<title>` (escaped by the template).
    pub plain: String,
    /// The language the text is really in.
    pub lang: String,
    pub fallback: bool,
}

impl Text {
    /// A text that is the same in every language (a version number, a name).
    pub fn plain_token(value: &str) -> Text {
        Text {
            html: markdown::escape_attribute(value),
            plain: value.to_string(),
            lang: String::new(),
            fallback: false,
        }
    }
}

/// The messages of one language.
struct Language {
    code: String,
    bundle: FluentBundle<FluentResource>,
    /// Its own name (`language-name`), or its code when its files do not name it.
    name: String,
}

/// Where the source language is in `Localizer::languages`.
const SOURCE: usize = 0;

/// Every language's bundle; lookups fall back to the source language.
pub struct Localizer {
    /// The source language first, then the others.
    languages: Vec<Language>,
    /// Ids of the source language's interface messages (its `site.ftl`).
    interface_ids: Vec<String>,
}

impl Localizer {
    /// Builds a bundle per configured language. `languages[0]` must be the source language.
    pub fn new(raw: RawLocales, languages: &[String], diagnostics: &mut Diagnostics) -> Localizer {
        let mut raw = raw;
        let mut built = Vec::new();
        let mut interface_ids = BTreeSet::new();
        for (index, code) in languages.iter().enumerate() {
            let files = raw.languages.remove(code).unwrap_or_default();
            if files.is_empty() {
                diagnostics.push(
                    Diagnostic::error(format!("locales/{code}"), None, "this language has no .ftl files")
                        .with_hint("copy the files of locales/en/ into it and translate them"),
                );
            }
            let langid: LanguageIdentifier = code.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Every language of the site is left-to-right and variables are often codes or
            // URLs: isolation marks would leak into attributes and copied code.
            bundle.set_use_isolating(false);
            if let Some(formatter) = number_formatter(code) {
                bundle.set_formatter(Some(formatter));
            }
            for file in files {
                if index == 0 && file.name == "site.ftl" {
                    interface_ids.extend(message_ids(&file.resource));
                }
                let path = file.path.clone();
                if let Err(errors) = bundle.add_resource(file.resource) {
                    for error in errors {
                        if let FluentError::Overriding { kind, id } = error {
                            diagnostics.push(
                                Diagnostic::error(&path, None, format!("the {kind} `{id}` is defined twice"))
                                    .with_hint(
                                        "keep one definition; ids are shared by all files of a language",
                                    ),
                            );
                        }
                    }
                }
            }
            built.push(Language { code: code.clone(), bundle, name: code.clone() });
        }
        let mut localizer =
            Localizer { languages: built, interface_ids: interface_ids.into_iter().collect() };
        for index in 0..localizer.languages.len() {
            if let Some(name) = localizer.format(index, "language-name", None) {
                localizer.languages[index].name = markdown::render(&name).1;
            }
        }
        localizer
    }

    /// A language's own name; its code when its files do not name it (never another
    /// language's name).
    pub fn language_name<'a>(&'a self, lang: &'a str) -> &'a str {
        self.languages.iter().find(|l| l.code == lang).map_or(lang, |l| l.name.as_str())
    }

    /// Whether the source language defines the message.
    pub fn has(&self, id: &str) -> bool {
        self.languages[SOURCE].bundle.has_message(id)
    }

    /// The interface messages (those of `site.ftl`) of a language, keyed with `_` for `-`;
    /// an attribute is keyed `message__attribute` (`nav_languages__aria_label`).
    pub fn interface(&self, lang: &str) -> BTreeMap<String, Text> {
        self.interface_ids
            .iter()
            .filter_map(|id| {
                let key = id.replace('-', "_").replace('.', "__");
                self.try_text(lang, id, None).map(|t| (key, t))
            })
            .collect()
    }

    /// A message in `lang`, or in the source language when `lang` lacks it or fails to
    /// format it. `None` only when the source language cannot format it either.
    pub fn try_text(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> Option<Text> {
        let wanted = self.languages.iter().position(|l| l.code == lang).unwrap_or(SOURCE);
        for index in [wanted, SOURCE] {
            if let Some(value) = self.format(index, id, args) {
                let language = &self.languages[index];
                // The marker's tooltip is in the page's language, when that language has it.
                let marker = (index != wanted).then(|| self.format(wanted, UNTRANSLATED, None)).flatten();
                return Some(make_text(&value, &language.code, index != wanted, marker.as_deref()));
            }
        }
        None
    }

    /// Like `try_text`, for messages that validation has shown to exist in the source.
    pub fn text(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> Text {
        self.try_text(lang, id, args)
            .unwrap_or_else(|| make_text(id, &self.languages[SOURCE].code, true, None))
    }

    /// A message with one variable.
    pub fn text_with(
        &self,
        lang: &str,
        id: &str,
        name: &str,
        value: impl Into<FluentValue<'static>>,
    ) -> Text {
        let mut args = FluentArgs::new();
        args.set(name.to_string(), value.into());
        self.text(lang, id, Some(&args))
    }

    /// Formats a message's value, or one of its attributes when `id` is `message.attribute`.
    fn format(&self, index: usize, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = &self.languages[index].bundle;
        let pattern = match id.split_once('.') {
            Some((message, attribute)) => bundle.get_message(message)?.get_attribute(attribute)?.value(),
            None => bundle.get_message(id)?.value()?,
        };
        let mut errors = Vec::new();
        let value = bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| value.into_owned())
    }
}

/// The message whose text marks a fragment shown in English for want of a translation.
const UNTRANSLATED: &str = "untranslated-marker";

/// The digit-group separator of a language's whole numbers (CLDR), as a Fluent formatter.
/// Languages not listed show numbers as plain digits.
type Formatter = fn(&FluentValue, &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String>;

fn number_formatter(lang: &str) -> Option<Formatter> {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang);
    Some(match primary {
        "en" => |v, _| group(v, ","),
        "fr" => |v, _| group(v, "\u{202f}"),
        "ru" => |v, _| group(v, "\u{a0}"),
        "pt" | "vi" => |v, _| group(v, "."),
        _ => return None,
    })
}

/// A whole number of 1,000 or more with its digits grouped by three.
fn group(value: &FluentValue, separator: &str) -> Option<String> {
    let FluentValue::Number(number) = value else { return None };
    let whole = number.value.fract() == 0.0 && number.value.abs() >= 1000.0 && number.value.abs() < 1e15;
    if !whole || !number.options.use_grouping {
        return None;
    }
    let digits = format!("{}", number.value.abs() as u64);
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(digit);
    }
    Some(if number.value < 0.0 { format!("-{out}") } else { out })
}

fn make_text(value: &str, lang: &str, fallback: bool, marker: Option<&str>) -> Text {
    let (mut html, plain) = markdown::render(value);
    if fallback {
        let title =
            marker.map(|m| format!(" title=\"{}\"", markdown::escape_attribute(m))).unwrap_or_default();
        html = format!("<span lang=\"{lang}\" class=\"untranslated\"{title}>{html}</span>");
    }
    Text { html, plain, lang: lang.to_string(), fallback }
}

/// Ids of a resource's messages that have a value, and `message.attribute` for each
/// attribute.
fn message_ids(resource: &FluentResource) -> Vec<String> {
    let mut ids = Vec::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(message) = entry {
            let name = message.id.name;
            if message.value.is_some() {
                ids.push(name.to_string());
            }
            ids.extend(message.attributes.iter().map(|a| format!("{name}.{}", a.id.name)));
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::locales::LocaleFile;

    fn locales(files: &[(&str, &str)]) -> RawLocales {
        let mut raw = RawLocales::default();
        for (lang, text) in files {
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
            let file =
                LocaleFile { path: format!("locales/{lang}/site.ftl"), name: "site.ftl".into(), resource };
            raw.languages.entry(lang.to_string()).or_default().push(file);
        }
        raw
    }

    #[test]
    fn missing_translation_falls_back_and_is_marked() {
        let raw = locales(&[("en", "hello = Hello\nbye = Bye\n"), ("fr", "hello = Bonjour\n")]);
        let mut diagnostics = Diagnostics::default();
        let l10n = Localizer::new(raw, &["en".into(), "fr".into()], &mut diagnostics);
        assert_eq!(l10n.text("fr", "hello", None).html, "Bonjour");
        let bye = l10n.text("fr", "bye", None);
        assert!(bye.fallback);
        assert_eq!(bye.html, "<span lang=\"en\" class=\"untranslated\">Bye</span>");
    }

    #[test]
    fn numbers_are_grouped_the_way_each_language_writes_them() {
        let raw = locales(&[("en", "n = { $n } codes\n"), ("fr", "n = { $n } codes\n")]);
        let l10n = Localizer::new(raw, &["en".into(), "fr".into()], &mut Diagnostics::default());
        assert_eq!(l10n.text_with("en", "n", "n", 1390).plain, "1,390 codes");
        assert_eq!(l10n.text_with("fr", "n", "n", 1390).plain, "1\u{202f}390 codes");
        assert_eq!(l10n.text_with("fr", "n", "n", 139).plain, "139 codes");
    }

    #[test]
    fn attributes_are_interface_texts() {
        let raw = locales(&[("en", "nav =\n    .aria-label = Languages\n")]);
        let l10n = Localizer::new(raw, &["en".into()], &mut Diagnostics::default());
        let interface = l10n.interface("en");
        assert_eq!(interface.get("nav__aria_label").map(|t| t.plain.as_str()), Some("Languages"));
        assert!(!interface.contains_key("nav"), "a message without a value has no text of its own");
    }

    #[test]
    fn variables_carry_no_isolation_marks() {
        let raw = locales(&[("en", "title = Simulate a { $code } response\n")]);
        let l10n = Localizer::new(raw, &["en".into()], &mut Diagnostics::default());
        assert_eq!(l10n.text_with("en", "title", "code", 202).plain, "Simulate a 202 response");
    }
}
