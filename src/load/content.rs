//! Parses `config.toml` and the TOML files under `content/` into raw serde structs. Unknown
//! keys, wrong types and syntax errors become diagnostics with their position.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::Spanned;

use crate::diag::{Diagnostic, Diagnostics};
use crate::source::Sources;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    pub base_url: Spanned<String>,
    pub default_language: Spanned<String>,
    pub languages: Spanned<Vec<String>>,
    pub sample_date: Spanned<toml::value::Datetime>,
    #[serde(rename = "try")]
    pub try_it: RawTry,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTry {
    pub mock_host: Spanned<String>,
    pub local_port: u16,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProtocol {
    pub id: Spanned<String>,
    /// `http` or `sip`: the rules its messages follow.
    pub kind: Spanned<String>,
    /// The protocol that its codes' `equivalent` keys point into.
    pub counterpart: Option<Spanned<String>>,
    pub name: String,
    pub version: String,
    pub order: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCode {
    pub code: Spanned<i64>,
    pub reason: Spanned<String>,
    pub status: Spanned<String>,
    pub fault: Spanned<String>,
    pub spec: Spanned<String>,
    pub section: Option<Spanned<String>>,
    #[serde(default)]
    pub related: Vec<Spanned<i64>>,
    pub equivalent: Option<Spanned<i64>>,
    pub method: Option<Spanned<String>>,
    #[serde(default)]
    pub sample: RawSample,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSample {
    /// The reason phrase on the wire, where it differs from the registered one (empty for
    /// a code the registry reserves as unused).
    pub reason: Option<String>,
    #[serde(default)]
    pub headers: Vec<Spanned<(String, String)>>,
    pub content_type: Option<Spanned<String>>,
    pub body: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFramework {
    pub id: Spanned<String>,
    pub name: String,
    pub language: String,
    pub order: u32,
    pub app: Spanned<String>,
    pub handler: Spanned<String>,
    pub route: Option<Spanned<String>>,
    #[serde(default)]
    pub constants: BTreeMap<Spanned<String>, String>,
    #[serde(default)]
    pub unsupported: Vec<RawUnsupported>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawUnsupported {
    pub codes: Vec<Spanned<i64>>,
    pub reason: Spanned<String>,
}

/// Browser support data of one protocol, generated from MDN's browser-compat-data.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCompat {
    #[serde(default)]
    pub browser: Vec<RawBrowser>,
    #[serde(default)]
    pub feature: Vec<RawFeature>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBrowser {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFeature {
    pub code: Spanned<i64>,
    /// Empty for the code itself, else the sub-feature (`preload`).
    pub name: String,
    pub mdn_url: String,
    pub support: BTreeMap<Spanned<String>, RawSupport>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSupport {
    /// A version number, or "no".
    pub version_added: String,
    #[serde(default)]
    pub flag: bool,
    #[serde(default)]
    pub partial: bool,
    #[serde(default)]
    pub notes: bool,
}

/// A parsed file together with where it came from.
#[derive(Debug)]
pub struct Loaded<T> {
    pub path: String,
    /// The folder below `codes/` or `frameworks/` (the protocol id), empty elsewhere.
    pub protocol: String,
    pub value: T,
}

/// Every TOML input, parsed but not yet checked against each other.
#[derive(Debug, Default)]
pub struct RawContent {
    pub config: Option<RawConfig>,
    pub protocols: Vec<Loaded<RawProtocol>>,
    pub codes: Vec<Loaded<RawCode>>,
    pub frameworks: Vec<Loaded<RawFramework>>,
    pub compat: Vec<Loaded<RawCompat>>,
    /// Code files that failed to parse, as (protocol, file stem): other files may still
    /// refer to them without a second error.
    pub broken_codes: Vec<(String, String)>,
}

/// Parses every TOML file of the project; files that fail to parse are left out.
pub fn load_content(sources: &Sources, diagnostics: &mut Diagnostics) -> RawContent {
    let config = sources.text("config.toml").and_then(|text| parse("config.toml", text, diagnostics));
    let mut content = RawContent { config, ..RawContent::default() };
    for (path, text) in sources.texts_under("content/", "toml") {
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            ["content", "protocols", _] => {
                push(&mut content.protocols, path, "", text, diagnostics);
            }
            ["content", "codes", protocol, name] => {
                if !push(&mut content.codes, path, protocol, text, diagnostics) {
                    let stem = name.trim_end_matches(".toml").to_string();
                    content.broken_codes.push((protocol.to_string(), stem));
                }
            }
            ["content", "compat", name] => {
                let protocol = name.trim_end_matches(".toml");
                push(&mut content.compat, path, protocol, text, diagnostics);
            }
            ["content", "frameworks", protocol, _] => {
                push(&mut content.frameworks, path, protocol, text, diagnostics);
            }
            _ => diagnostics.push(
                Diagnostic::error(path, None, "this file is in no known content folder").with_hint(
                    "put protocols in content/protocols/, codes in content/codes/<protocol>/, \
                     frameworks in content/frameworks/<protocol>/ and browser data in content/compat/",
                ),
            ),
        }
    }
    content
}

fn push<T: DeserializeOwned>(
    list: &mut Vec<Loaded<T>>,
    path: &str,
    protocol: &str,
    text: &str,
    diagnostics: &mut Diagnostics,
) -> bool {
    let parsed = parse(path, text, diagnostics);
    let ok = parsed.is_some();
    if let Some(value) = parsed {
        list.push(Loaded { path: path.to_string(), protocol: protocol.to_string(), value });
    }
    ok
}

/// Parses one TOML file into `T`, turning a failure into a diagnostic at its position.
pub fn parse<T: DeserializeOwned>(path: &str, text: &str, diagnostics: &mut Diagnostics) -> Option<T> {
    match toml::from_str(text) {
        Ok(value) => Some(value),
        Err(err) => {
            let message = err.message().trim_end().to_string();
            let hint = toml_hint(&message);
            let mut diagnostic = Diagnostic::error(path, err.span(), message);
            if let Some(hint) = hint {
                diagnostic = diagnostic.with_hint(hint);
            }
            diagnostics.push(diagnostic);
            None
        }
    }
}

fn toml_hint(message: &str) -> Option<&'static str> {
    if message.starts_with("unknown field") {
        Some("remove the key or correct its spelling; the keys this table accepts are listed above")
    } else if message.starts_with("missing field") {
        Some("add the key to this table")
    } else if message.starts_with("invalid type") {
        Some("change the value to the type named here")
    } else if message.starts_with("duplicate key") {
        Some("keep one definition of the key")
    } else {
        Some("check the TOML syntax at this point (https://toml.io)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_is_an_error_at_the_key() {
        let text = "id = \"x\"\nname = \"X\"\nversion = \"X/1\"\norder = 1\ncolour = 1\n";
        let mut diagnostics = Diagnostics::default();
        let parsed: Option<RawProtocol> = parse("p.toml", text, &mut diagnostics);
        assert!(parsed.is_none());
        let found = diagnostics.iter().next().cloned().map(|d| (d.message, d.span));
        let (message, span) = found.unwrap_or_default();
        assert!(message.starts_with("unknown field `colour`"), "{message}");
        assert_eq!(span, Some(text.find("colour").unwrap_or(0)..text.find("colour").unwrap_or(0) + 6));
    }
}
