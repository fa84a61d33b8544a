//! Syntax highlighting at build time, with tree-sitter grammars: each distinct snippet is
//! highlighted once, into HTML with one-letter classes, so pages need no highlighting
//! script and stay light.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, OnceLock, PoisonError};

use rayon::prelude::*;

use crate::sample::Sample;
use tree_sitter_highlight::{HighlightConfiguration, HighlightEvent, Highlighter as Engine};

/// The captures shown, and the class each gets (see `static/style.css`).
const CAPTURES: [(&str, &str); 12] = [
    ("keyword", "k"),
    ("string", "s"),
    ("escape", "s"),
    ("comment", "c"),
    ("number", "n"),
    ("constant", "n"),
    ("function", "f"),
    ("constructor", "t"),
    ("type", "t"),
    ("attribute", "a"),
    ("property", "a"),
    ("tag", "g"),
];

/// The snippet languages that have a grammar; others are shown as plain text.
const LANGUAGES: [&str; 10] =
    ["python", "javascript", "go", "java", "ruby", "php", "csharp", "rust", "shell", "xml"];

/// The highlighting configuration of every language, each compiled on first use (query
/// compilation is most of the setup time, and a site may not use every language), and the
/// programs of the last build already highlighted: `serve` keeps one highlighter for all
/// its rebuilds, so an edit that changes no program highlights nothing.
pub struct Highlighter {
    configs: BTreeMap<&'static str, OnceLock<Option<HighlightConfiguration>>>,
    /// `language \0 program` → HTML, from the last call of `html_all`.
    memo: Mutex<HashMap<String, String>>,
}

thread_local! {
    static ENGINE: RefCell<Engine> = RefCell::new(Engine::new());
}

impl Highlighter {
    pub fn new() -> Highlighter {
        Highlighter {
            configs: LANGUAGES.iter().map(|lang| (*lang, OnceLock::new())).collect(),
            memo: Mutex::new(HashMap::new()),
        }
    }

    /// Every (language, program) highlighted, in parallel, reusing the last call's results;
    /// afterwards the memo holds exactly these programs.
    pub fn html_all(&self, items: &[(&str, &str)]) -> Vec<String> {
        let key = |lang: &str, code: &str| format!("{lang}\0{code}");
        let memo = std::mem::take(&mut *self.memo.lock().unwrap_or_else(PoisonError::into_inner));
        let html: Vec<String> = items
            .par_iter()
            .map(|(lang, code)| memo.get(&key(lang, code)).cloned().unwrap_or_else(|| self.html(lang, code)))
            .collect();
        let next =
            items.iter().zip(&html).map(|((lang, code), html)| (key(lang, code), html.clone())).collect();
        *self.memo.lock().unwrap_or_else(PoisonError::into_inner) = next;
        html
    }

    /// `code` as HTML: escaped, with `<span class>` around the tokens of interest.
    pub fn html(&self, lang: &str, code: &str) -> String {
        let config = self.configs.get(lang).and_then(|c| c.get_or_init(|| configuration(lang)).as_ref());
        let Some(config) = config else { return escape(code) };
        ENGINE.with(|engine| {
            let mut engine = engine.borrow_mut();
            match engine.highlight(config, code.as_bytes(), None, None, |_| None) {
                Ok(events) => render(code, events).unwrap_or_else(|| escape(code)),
                Err(_) => escape(code),
            }
        })
    }
}

impl Default for Highlighter {
    fn default() -> Self {
        Highlighter::new()
    }
}

fn configuration(lang: &str) -> Option<HighlightConfiguration> {
    let (language, highlights, locals): (tree_sitter::Language, &str, &str) = match lang {
        "python" => (tree_sitter_python::LANGUAGE.into(), tree_sitter_python::HIGHLIGHTS_QUERY, ""),
        "javascript" => (
            tree_sitter_javascript::LANGUAGE.into(),
            tree_sitter_javascript::HIGHLIGHT_QUERY,
            tree_sitter_javascript::LOCALS_QUERY,
        ),
        "go" => (tree_sitter_go::LANGUAGE.into(), tree_sitter_go::HIGHLIGHTS_QUERY, ""),
        "java" => (tree_sitter_java::LANGUAGE.into(), tree_sitter_java::HIGHLIGHTS_QUERY, ""),
        "ruby" => (tree_sitter_ruby::LANGUAGE.into(), tree_sitter_ruby::HIGHLIGHTS_QUERY, ""),
        "php" => (tree_sitter_php::LANGUAGE_PHP.into(), tree_sitter_php::HIGHLIGHTS_QUERY, ""),
        "csharp" => (tree_sitter_c_sharp::LANGUAGE.into(), tree_sitter_c_sharp::HIGHLIGHTS_QUERY, ""),
        "rust" => (tree_sitter_rust::LANGUAGE.into(), tree_sitter_rust::HIGHLIGHTS_QUERY, ""),
        "shell" => (tree_sitter_bash::LANGUAGE.into(), tree_sitter_bash::HIGHLIGHT_QUERY, ""),
        "xml" => (tree_sitter_xml::LANGUAGE_XML.into(), tree_sitter_xml::XML_HIGHLIGHT_QUERY, ""),
        _ => return None,
    };
    let mut config = HighlightConfiguration::new(language, lang, highlights, "", locals).ok()?;
    let names: Vec<&str> = CAPTURES.iter().map(|(name, _)| *name).collect();
    config.configure(&names);
    Some(config)
}

/// Writes the events as HTML; `None` when the highlighter fails midway.
fn render<E>(code: &str, events: impl Iterator<Item = Result<HighlightEvent, E>>) -> Option<String> {
    let mut out = String::with_capacity(code.len() * 3 / 2);
    for event in events {
        match event.ok()? {
            HighlightEvent::Source { start, end } => push_escaped(&mut out, code.get(start..end)?),
            HighlightEvent::HighlightStart(h) => {
                out.push_str("<span class=\"");
                out.push_str(CAPTURES[h.0].1);
                out.push_str("\">");
            }
            HighlightEvent::HighlightEnd => out.push_str("</span>"),
        }
    }
    Some(out)
}

/// Text escaped for element content (quotes need no escaping there).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    push_escaped(&mut out, text);
    out
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

/// A raw HTTP or SIP message as HTML: the status line's version and each header name
/// marked; the body as plain text.
pub fn message_html(sample: &Sample) -> String {
    let mut out = String::with_capacity(sample.body.len() + 512);
    let (version, status) = sample.status_line.split_once(' ').unwrap_or((&sample.status_line, ""));
    out.push_str("<span class=\"k\">");
    push_escaped(&mut out, version);
    out.push_str("</span> ");
    push_escaped(&mut out, status);
    for (name, value) in &sample.headers {
        out.push_str("\n<span class=\"a\">");
        push_escaped(&mut out, name);
        out.push_str("</span>: ");
        push_escaped(&mut out, value);
    }
    if !sample.body.is_empty() {
        out.push_str("\n\n");
        push_escaped(&mut out, &sample.body);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_keywords_and_strings_are_marked_and_the_text_is_kept() {
        let highlighter = Highlighter::new();
        let code = "def f():\n    return \"<b>\" # note\n";
        let html = highlighter.html("python", code);
        assert!(html.contains("<span class=\"k\">def</span>"), "{html}");
        assert!(html.contains("<span class=\"s\">\"&lt;b&gt;\"</span>"), "{html}");
        assert!(html.contains("<span class=\"c\"># note</span>"), "{html}");
        let text: String = strip_tags(&html).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        assert_eq!(text, code);
    }

    #[test]
    fn languages_without_a_grammar_are_escaped_text() {
        let highlighter = Highlighter::new();
        assert_eq!(highlighter.html("kamailio", "if ($rU == \"486\") <x>"), "if ($rU == \"486\") &lt;x&gt;");
    }

    #[test]
    fn messages_mark_the_status_line_and_header_names() {
        let sample = Sample {
            status_line: "HTTP/1.1 200 OK".into(),
            headers: vec![("Content-Type".into(), "text/plain".into())],
            body: "a<b".into(),
        };
        let html = message_html(&sample);
        assert_eq!(
            html,
            "<span class=\"k\">HTTP/1.1</span> 200 OK\n<span class=\"a\">Content-Type</span>: text/plain\n\na&lt;b"
        );
    }

    fn strip_tags(html: &str) -> String {
        let mut out = String::new();
        let mut inside = false;
        for c in html.chars() {
            match c {
                '<' => inside = true,
                '>' => inside = false,
                c if !inside => out.push(c),
                _ => {}
            }
        }
        out
    }
}
