//! The validated site: immutable types that the later stages read and never change.

use std::collections::BTreeMap;

/// Everything a build needs, checked and cross-referenced.
#[derive(Debug)]
pub struct Site {
    pub config: Config,
    pub protocols: Vec<Protocol>,
}

impl Site {
    pub fn protocol(&self, id: &str) -> Option<&Protocol> {
        self.protocols.iter().find(|p| p.id == id)
    }

    pub fn code_count(&self) -> usize {
        self.protocols.iter().map(|p| p.codes.len()).sum()
    }
}

/// Site settings from `config.toml`.
#[derive(Debug, Clone)]
pub struct Config {
    /// Absolute URL of the site's root, always ending in `/` (may carry a sub-path).
    pub base_url: String,
    pub default_language: String,
    /// Language codes in the order the site lists them; the default one first.
    pub languages: Vec<String>,
    /// The `Date` of every HTTP sample, as an IMF-fixdate.
    pub sample_date: String,
    /// Public mock host the "try it" curl line points at, without a trailing `/`.
    pub mock_host: String,
    /// Port of `statusdoc serve`'s local mock.
    pub local_port: u16,
}

impl Config {
    /// The path part of the base URL (`/` or `/docs/`), for links that cannot be relative.
    pub fn base_path(&self) -> &str {
        let after_scheme = self.base_url.find("://").map_or(0, |i| i + 3);
        self.base_url[after_scheme..].find('/').map_or("/", |i| &self.base_url[after_scheme + i..])
    }
}

/// The family a protocol belongs to, which decides the rules of its messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Http,
    Sip,
}

impl Kind {
    pub const ALL: [(&'static str, Kind); 2] = [("http", Kind::Http), ("sip", Kind::Sip)];

    pub fn key(self) -> &'static str {
        match self {
            Kind::Http => "http",
            Kind::Sip => "sip",
        }
    }
}

/// A protocol (HTTP, SIP) with its codes and frameworks, both sorted.
#[derive(Debug)]
pub struct Protocol {
    pub id: String,
    pub kind: Kind,
    /// The protocol whose codes the `equivalent` of this one's codes name.
    pub counterpart: Option<String>,
    pub name: String,
    /// The version token of its status line, e.g. `HTTP/1.1`.
    pub version: String,
    pub codes: Vec<Code>,
    pub frameworks: Vec<Framework>,
}

impl Protocol {
    pub fn code(&self, number: u16) -> Option<&Code> {
        self.codes.binary_search_by_key(&number, |c| c.number).ok().map(|i| &self.codes[i])
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Current,
    Deprecated,
    Unused,
    Obsoleted,
    Temporary,
    Experimental,
}

impl Status {
    pub const ALL: [(&'static str, Status); 6] = [
        ("current", Status::Current),
        ("deprecated", Status::Deprecated),
        ("unused", Status::Unused),
        ("obsoleted", Status::Obsoleted),
        ("temporary", Status::Temporary),
        ("experimental", Status::Experimental),
    ];

    pub fn key(self) -> &'static str {
        Status::ALL.iter().find(|(_, s)| *s == self).map_or("current", |(k, _)| k)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    Client,
    Server,
    Neither,
}

impl Fault {
    pub const ALL: [(&'static str, Fault); 3] =
        [("client", Fault::Client), ("server", Fault::Server), ("neither", Fault::Neither)];

    pub fn key(self) -> &'static str {
        Fault::ALL.iter().find(|(_, f)| *f == self).map_or("neither", |(k, _)| k)
    }
}

/// Where a code is specified, and the link to that place.
#[derive(Debug, Clone)]
pub struct SpecRef {
    /// `RFC 9110` or an Internet-Draft name.
    pub document: String,
    pub section: Option<String>,
    pub url: String,
}

/// One status code of one protocol.
#[derive(Debug, Clone)]
pub struct Code {
    pub protocol: String,
    pub kind: Kind,
    pub number: u16,
    pub reason: String,
    pub status: Status,
    pub fault: Fault,
    pub spec: SpecRef,
    pub related: Vec<u16>,
    /// The matching code of the other protocol: (protocol id, number).
    pub equivalent: Option<(String, u16)>,
    /// SIP: the method of the request this sample answers.
    pub method: Option<String>,
    pub sample: SampleDef,
    /// Browser support, where MDN's browser-compat-data has an entry for the code.
    pub compat: Vec<CompatFeature>,
}

/// Browser support of a code, or of one sub-feature of it (`preload` in a 103).
#[derive(Debug, Clone, serde::Serialize)]
pub struct CompatFeature {
    /// Empty for the code itself.
    pub name: String,
    pub mdn_url: String,
    pub rows: Vec<CompatRow>,
}

/// Support in one browser.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CompatRow {
    pub browser: String,
    /// The first version with support, or `None` for no support.
    pub version: Option<String>,
    pub flag: bool,
    pub partial: bool,
    pub notes: bool,
}

impl Code {
    /// `1` for 1xx, `2` for 2xx, …
    pub fn class(&self) -> u16 {
        self.number / 100
    }

    /// The reason phrase its example response sends.
    pub fn wire_reason(&self) -> &str {
        self.sample.reason.as_deref().unwrap_or(&self.reason)
    }

    /// The Fluent id prefix of this code's messages: `http-202`.
    pub fn message_prefix(&self) -> String {
        format!("{}-{}", self.protocol, self.number)
    }
}

/// What a code's example response carries beyond what every response has.
#[derive(Debug, Clone, Default)]
pub struct SampleDef {
    /// The reason phrase of the status line, where it is not the registered one.
    pub reason: Option<String>,
    pub headers: Vec<(String, String)>,
    pub content_type: Option<String>,
    /// The body exactly as shown (JSON is pretty-printed once, at validation).
    pub body: Option<String>,
}

/// A web framework or SIP server whose tab shows how to send each code.
#[derive(Debug, Clone)]
pub struct Framework {
    pub id: String,
    pub name: String,
    /// Syntax of its snippets (`python`, `go`, …).
    pub language: String,
    /// The file it was defined in, for diagnostics.
    pub file: String,
    pub app: Located,
    pub handler: Located,
    pub route: Option<Located>,
    pub constants: BTreeMap<u16, String>,
    /// Codes it cannot send, with the message id that says why.
    pub unsupported: BTreeMap<u16, String>,
}

/// A text taken from inside an input file, with the byte offset where it starts there.
#[derive(Debug, Clone)]
pub struct Located {
    pub text: String,
    pub offset: usize,
}
