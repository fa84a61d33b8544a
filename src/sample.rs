//! The example response of a code: the one source from which the page's raw message, its
//! Content-Length and (later) the framework snippets and the mock are all derived.

use crate::model::{Code, Config, Kind};

/// Headers the generator writes itself, per protocol kind; a sample may not set them.
fn generated_headers(protocol: &str) -> &'static [&'static str] {
    if protocol == "sip" {
        &["Via", "From", "To", "Call-ID", "CSeq", "Content-Length", "Content-Type"]
    } else {
        &["Date", "Content-Length", "Content-Type"]
    }
}

/// Headers a response with this code must carry (RFC 9110 and the codes' own RFCs).
pub fn required_headers(protocol: &str, number: u16) -> &'static [&'static str] {
    match (protocol, number) {
        ("http", 201 | 301 | 302 | 303 | 307 | 308) => &["Location"],
        ("http", 206 | 416) => &["Content-Range"],
        ("http" | "sip", 401) => &["WWW-Authenticate"],
        ("http" | "sip", 405) => &["Allow"],
        ("http" | "sip", 407) => &["Proxy-Authenticate"],
        ("http", 426) => &["Upgrade"],
        ("http", 429 | 503) => &["Retry-After"],
        ("sip", 420) => &["Unsupported"],
        ("sip", 421) => &["Require"],
        ("sip", 422) => &["Min-SE"],
        ("sip", 423) => &["Min-Expires"],
        ("sip", 301 | 302) => &["Contact"],
        _ => &[],
    }
}

/// Whether responses with this code never carry content.
pub fn forbids_body(protocol: &str, number: u16) -> bool {
    protocol == "http" && (number < 200 || number == 204 || number == 304)
}

/// What is wrong with a sample header, if anything.
pub fn header_problem(protocol: &str, name: &str, value: &str) -> Option<String> {
    let token = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    if name.is_empty() || !name.chars().all(token) {
        return Some(format!("`{name}` is not a valid header name"));
    }
    if value.contains(['\r', '\n']) || value.trim() != value {
        return Some(format!("the value of `{name}` has line breaks or surrounding spaces"));
    }
    generated_headers(protocol)
        .iter()
        .any(|g| g.eq_ignore_ascii_case(name))
        .then(|| format!("`{name}` is written by the generator; a sample may not set it"))
}

/// The body exactly as shown: JSON pretty-printed with two spaces, in the written key
/// order; other types as written.
pub fn canonical_body(content_type: &str, body: &str) -> Result<String, String> {
    if body.is_empty() {
        return Err("the body is empty".into());
    }
    if content_type.contains("json") {
        let value: serde_json::Value =
            serde_json::from_str(body).map_err(|e| format!("the body is not valid JSON: {e}"))?;
        serde_json::to_string_pretty(&value).map_err(|e| format!("the body cannot be printed: {e}"))
    } else {
        Ok(body.to_string())
    }
}

/// A code's example response as shown on its page.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Sample {
    /// `HTTP/1.1 202 Accepted`.
    pub status_line: String,
    /// Every header in the order sent, the generated ones included.
    pub headers: Vec<(String, String)>,
    /// The body exactly as sent (empty when none).
    pub body: String,
}

impl Sample {
    /// Status line and headers, one per line (`\n`), without the blank line.
    pub fn head(&self) -> String {
        let mut head = self.status_line.clone();
        for (name, value) in &self.headers {
            head.push_str(&format!("\n{name}: {value}"));
        }
        head
    }

    /// The message as text, the way the page shows it.
    pub fn text(&self) -> String {
        let head = self.head();
        if self.body.is_empty() { head } else { format!("{head}\n\n{}", self.body) }
    }
}

/// Builds the sample response of a code.
pub fn build_sample(code: &Code, version: &str, config: &Config) -> Sample {
    let status_line = format!("{version} {} {}", code.number, code.wire_reason());
    let body = code.sample.body.clone().unwrap_or_default();
    let mut headers = if code.kind == Kind::Sip {
        sip_dialog_headers(code)
    } else {
        vec![("Date".to_string(), config.sample_date.clone())]
    };
    headers.extend(code.sample.headers.iter().cloned());
    if let Some(content_type) = &code.sample.content_type {
        headers.push(("Content-Type".into(), content_type.clone()));
    }
    if !forbids_body(code.kind.key(), code.number) {
        headers.push(("Content-Length".into(), body.len().to_string()));
    }
    Sample { status_line, headers, body }
}

/// The headers that tie a SIP response to its request and dialog (RFC 3261 8.2.6).
fn sip_dialog_headers(code: &Code) -> Vec<(String, String)> {
    let method = code.method.as_deref().unwrap_or("INVITE");
    // A UAS adds a To tag to every response except 100 Trying (RFC 3261 8.2.6.2).
    let to_tag = if code.number == 100 { "" } else { ";tag=8321234356" };
    [
        ("Via", "SIP/2.0/UDP client.example.com:5060;branch=z9hG4bK74bf9;received=192.0.2.10".to_string()),
        ("From", "Alice <sip:alice@example.com>;tag=9fxced76sl".to_string()),
        ("To", format!("<sip:{}@example.org>{to_tag}", code.number)),
        ("Call-ID", "3848276298220188511@client.example.com".to_string()),
        ("CSeq", format!("1 {method}")),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_string(), value))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Fault, SampleDef, SpecRef, Status};

    fn code(protocol: &str, number: u16, sample: SampleDef) -> Code {
        Code {
            protocol: protocol.into(),
            kind: if protocol == "sip" { Kind::Sip } else { Kind::Http },
            number,
            reason: "Reason".into(),
            status: Status::Current,
            fault: Fault::Neither,
            spec: SpecRef { document: "RFC 9110".into(), section: None, url: String::new() },
            related: vec![],
            equivalent: None,
            method: (protocol == "sip").then(|| "INVITE".into()),
            sample,
            compat: Vec::new(),
        }
    }

    fn config() -> Config {
        Config {
            base_url: "https://example.org/".into(),
            default_language: "en".into(),
            languages: vec!["en".into()],
            sample_date: "Wed, 25 Feb 2026 12:00:00 GMT".into(),
            mock_host: "https://httpbin.org".into(),
            local_port: 1111,
        }
    }

    #[test]
    fn content_length_counts_the_bytes_shown() {
        let body =
            canonical_body("application/json", r#"{"status":"accepted","note":"déjà"}"#).unwrap_or_default();
        let def = SampleDef {
            reason: None,
            headers: vec![],
            content_type: Some("application/json".into()),
            body: Some(body.clone()),
        };
        let sample = build_sample(&code("http", 202, def), "HTTP/1.1", &config());
        assert!(sample.head().ends_with(&format!("Content-Length: {}", body.len())));
        assert_eq!(body.len(), body.chars().count() + 2, "é and à take two bytes each");
    }

    #[test]
    fn an_unused_code_sends_an_empty_reason_phrase() {
        let def = SampleDef { reason: Some(String::new()), ..SampleDef::default() };
        let sample = build_sample(&code("http", 418, def), "HTTP/1.1", &config());
        assert!(sample.head().starts_with("HTTP/1.1 418 \nDate: "), "{}", sample.head());
    }

    #[test]
    fn no_content_length_for_204() {
        let sample = build_sample(&code("http", 204, SampleDef::default()), "HTTP/1.1", &config());
        assert!(!sample.head().contains("Content-Length"));
        assert!(sample.body.is_empty());
    }

    #[test]
    fn sip_responses_carry_the_dialog_headers() {
        let sample = build_sample(&code("sip", 486, SampleDef::default()), "SIP/2.0", &config());
        for header in ["Via:", "From:", "To:", "Call-ID:", "CSeq: 1 INVITE", "Content-Length: 0"] {
            assert!(sample.head().contains(header), "{header} missing");
        }
        assert!(!sample.head().contains("Date:"));
    }

    #[test]
    fn generated_headers_are_refused() {
        assert!(header_problem("http", "content-length", "3").is_some());
        assert!(header_problem("http", "Location", "/x").is_none());
        assert!(header_problem("http", "Bad Name", "x").is_some());
    }
}
