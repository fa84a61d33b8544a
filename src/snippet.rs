//! Framework snippets: each framework's `app`, `handler` and `route` templates rendered
//! for a code from its sample, so every tab sends exactly the response the page shows.

use serde::Serialize;
use tera::{Context, Kwargs, State, Tera};

use crate::diag::Diagnostics;
use crate::load::templates::tera_diagnostic;
use crate::model::{Code, Framework, Located, Site};
use crate::sample::Sample;
use crate::source::Sources;

/// The compiled snippet templates of every framework.
pub struct SnippetEngine {
    tera: Tera,
}

/// What one framework tab shows for one code.
#[derive(Debug, Clone, Serialize)]
pub struct Snippet {
    pub framework: String,
    pub name: String,
    pub language: String,
    /// The program, or `None` when the framework cannot send the code.
    pub code: Option<String>,
    /// The message id saying why the framework cannot send the code.
    pub unsupported: Option<String>,
}

#[derive(Serialize)]
struct Header<'a> {
    name: &'a str,
    value: &'a str,
}

impl SnippetEngine {
    /// Compiles every framework's templates; broken ones become diagnostics.
    pub fn new(site: &Site, sources: &Sources, diagnostics: &mut Diagnostics) -> Option<SnippetEngine> {
        let mut tera = Tera::new();
        tera.autoescape_on(Vec::<&str>::new());
        tera.register_filter("literal", literal_filter);
        let mut ok = true;
        for protocol in &site.protocols {
            for fw in &protocol.frameworks {
                let parts =
                    [("app", Some(&fw.app)), ("handler", Some(&fw.handler)), ("route", fw.route.as_ref())];
                for (part, located) in parts {
                    let Some(located) = located else { continue };
                    if let Err(err) = tera.add_raw_template(&template_name(fw, part), &located.text) {
                        diagnostics.push(tera_diagnostic(&err, |_| locate(fw, located, sources)));
                        ok = false;
                    }
                }
            }
        }
        ok.then_some(SnippetEngine { tera })
    }

    /// The tab of `fw` for `code`, whose sample is `sample`. `port` is the listening port.
    pub fn snippet(
        &self,
        fw: &Framework,
        code: &Code,
        sample: &Sample,
        port: u16,
    ) -> Result<Snippet, tera::Error> {
        let mut snippet = Snippet {
            framework: fw.id.clone(),
            name: fw.name.clone(),
            language: fw.language.clone(),
            code: None,
            unsupported: fw.unsupported.get(&code.number).cloned(),
        };
        if snippet.unsupported.is_none() {
            snippet.code = Some(self.program(fw, &[(code, sample)], port)?);
        }
        Ok(snippet)
    }

    /// The whole program of `fw` answering every given code, each on its own route.
    pub fn program(
        &self,
        fw: &Framework,
        codes: &[(&Code, &Sample)],
        port: u16,
    ) -> Result<String, tera::Error> {
        let mut handlers = Vec::new();
        let mut routes = Vec::new();
        for (code, sample) in codes {
            let context = self.code_context(fw, code, sample);
            handlers.push(self.tera.render(&template_name(fw, "handler"), &context)?);
            if fw.route.is_some() {
                routes.push(self.tera.render(&template_name(fw, "route"), &context)?);
            }
        }
        let mut context = Context::new();
        context.insert("handlers", &trim_lines(&handlers.join("\n\n")));
        context.insert("routes", &trim_lines(&routes.join("\n")));
        context.insert("port", &port);
        let program = self.tera.render(&template_name(fw, "app"), &context)?;
        Ok(trim_lines(&program) + "\n")
    }

    fn code_context(&self, fw: &Framework, code: &Code, sample: &Sample) -> Context {
        let mut context = Context::new();
        let status = fw.constants.get(&code.number).cloned().unwrap_or_else(|| code.number.to_string());
        let headers: Vec<Header> =
            code.sample.headers.iter().map(|(name, value)| Header { name, value }).collect();
        context.insert("code", &code.number);
        context.insert("reason", code.wire_reason());
        context.insert("status", &status);
        context.insert("path", &format!("/status/{}", code.number));
        context.insert("headers", &headers);
        context.insert("content_type", code.sample.content_type.as_deref().unwrap_or(""));
        context.insert("body", &sample.body);
        context.insert("has_body", &!sample.body.is_empty());
        context.insert("method", code.method.as_deref().unwrap_or(""));
        context
    }
}

fn template_name(fw: &Framework, part: &str) -> String {
    format!("{}#{part}", fw.file)
}

/// Where a template taken from a TOML string starts in its file: after the opening quotes
/// and the newline that TOML trims after `'''`/`"""`.
fn locate(fw: &Framework, located: &Located, sources: &Sources) -> (String, usize) {
    let text = sources.text(&fw.file).unwrap_or("");
    let rest = text.get(located.offset..).unwrap_or("");
    let mut skip = if rest.starts_with("'''") || rest.starts_with("\"\"\"") { 3 } else { 1 };
    if skip == 3 {
        skip += rest[3..]
            .chars()
            .take_while(|c| *c == '\r' || *c == '\n')
            .take(2)
            .map(char::len_utf8)
            .sum::<usize>();
    }
    (fw.file.clone(), located.offset + skip)
}

/// Trailing spaces at line ends come from template indentation: drop them.
fn trim_lines(text: &str) -> String {
    text.lines().map(str::trim_end).collect::<Vec<_>>().join("\n").trim_matches('\n').to_string()
}

fn literal_filter(value: &str, kwargs: Kwargs, _: &State) -> tera::TeraResult<String> {
    let lang: &str = kwargs.must_get("lang")?;
    literal(value, lang).ok_or_else(|| tera::Error::message(format!("literal: unknown language `{lang}`")))
}

/// `value` as a string literal of `lang`, multi-line where the language allows it.
pub fn literal(value: &str, lang: &str) -> Option<String> {
    let quoted = || serde_json::to_string(value).unwrap_or_default();
    let single = || format!("'{}'", value.replace('\\', "\\\\").replace('\'', "\\'"));
    let multiline = value.contains('\n');
    Some(match lang {
        "python"
            if multiline && !value.contains('\\') && !value.contains("\"\"\"") && !value.ends_with('"') =>
        {
            format!("\"\"\"{value}\"\"\"")
        }
        "javascript" if multiline && !value.contains(['\\', '`']) && !value.contains("${") => {
            format!("`{value}`")
        }
        "go" if multiline && !value.contains(['`', '\r']) => format!("`{value}`"),
        "java"
            if multiline
                && !value.contains(['\\'])
                && !value.contains("\"\"\"")
                && !has_trailing_space(value) =>
        {
            format!("\"\"\"\n{value}\"\"\"")
        }
        "csharp" if multiline => format!("@\"{}\"", value.replace('"', "\"\"")),
        "rust" if (multiline || value.contains(['"', '\\'])) && !value.contains("\"#") => {
            format!("r#\"{value}\"#")
        }
        "ruby" | "php" => single(),
        "python" | "javascript" | "go" | "java" | "rust" | "csharp" | "kamailio" => quoted(),
        _ => return None,
    })
}

fn has_trailing_space(value: &str) -> bool {
    value.lines().any(|l| l.ends_with([' ', '\t']))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "{\n  \"status\": \"accepted\"\n}";

    #[test]
    fn literals_keep_the_bytes() {
        assert_eq!(literal(BODY, "go").as_deref(), Some("`{\n  \"status\": \"accepted\"\n}`"));
        assert_eq!(literal(BODY, "python").as_deref(), Some("\"\"\"{\n  \"status\": \"accepted\"\n}\"\"\""));
        assert_eq!(literal("it's", "php").as_deref(), Some("'it\\'s'"));
        assert_eq!(literal("a\"b\nc", "csharp").as_deref(), Some("@\"a\"\"b\nc\""));
        assert_eq!(literal("/status/201", "csharp").as_deref(), Some("\"/status/201\""));
        assert_eq!(literal("Location", "rust").as_deref(), Some("\"Location\""));
        assert_eq!(literal("a\"b", "rust").as_deref(), Some("r#\"a\"b\"#"));
        assert_eq!(literal("a\\b", "kamailio").as_deref(), Some("\"a\\\\b\""));
        assert_eq!(literal("x", "cobol"), None);
    }

    #[test]
    fn java_text_blocks_end_on_the_last_line() {
        let lit = literal(BODY, "java").unwrap_or_default();
        assert!(lit.starts_with("\"\"\"\n{") && lit.ends_with("}\"\"\""), "{lit}");
    }
}
