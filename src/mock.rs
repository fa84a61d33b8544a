//! The local mock of every HTTP code: `/status/<code>` answers with exactly the code's
//! sample response, the one its page shows: status line, headers (names with their case,
//! in order, the fixed `Date` included) and body.

use std::collections::BTreeMap;

use anyhow::{Context as _, Result, bail};
use http_body_util::{BodyExt as _, Empty, Full};
use hyper::body::Bytes;
use hyper::{HeaderMap, Request, Response, StatusCode, header};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

use crate::export::SampleRecord;

/// The longest delay `?sleep=` accepts, in milliseconds.
pub const MAX_SLEEP_MS: u64 = 30_000;

/// One code's response, ready to be sent again and again.
#[derive(Debug, Clone)]
pub struct Mock {
    status: StatusCode,
    headers: HeaderMap,
    /// hyper's extensions for the exact reason phrase and the case of the header names.
    extensions: hyper::http::Extensions,
    body: Bytes,
}

impl Mock {
    /// The response, a fresh copy for each request.
    pub fn response(&self) -> Response<Full<Bytes>> {
        let mut response = Response::new(Full::new(self.body.clone()));
        *response.status_mut() = self.status;
        *response.headers_mut() = self.headers.clone();
        *response.extensions_mut() = self.extensions.clone();
        response
    }
}

/// The mock response of every HTTP code of the site, by code.
#[derive(Debug, Default)]
pub struct Mocks {
    by_code: BTreeMap<u16, Mock>,
}

impl Mocks {
    /// Prepares the response of every HTTP sample (SIP samples are not HTTP responses).
    pub async fn from_samples(samples: &[SampleRecord]) -> Result<Mocks> {
        let mut by_code = BTreeMap::new();
        for record in samples.iter().filter(|r| r.protocol == "http") {
            let mock = if is_interim(record.code) {
                interim(record)
            } else {
                parse(wire(record)).await.with_context(|| format!("the sample of HTTP {}", record.code))?
            };
            by_code.insert(record.code, mock);
        }
        Ok(Mocks { by_code })
    }

    pub fn get(&self, code: u16) -> Option<&Mock> {
        self.by_code.get(&code)
    }

    pub fn len(&self) -> usize {
        self.by_code.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_code.is_empty()
    }

    /// The codes, for the message of a miss.
    pub fn codes(&self) -> impl Iterator<Item = u16> + '_ {
        self.by_code.keys().copied()
    }
}

/// The sample as it travels: CRLF line ends, a blank line, the body.
pub fn wire(record: &SampleRecord) -> Vec<u8> {
    let mut out = format!("{}\r\n", record.status_line);
    for (name, value) in &record.headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(&record.body);
    out.into_bytes()
}

/// 1xx responses other than 101 are interim: one never ends an exchange, and hyper will
/// not send one as the answer (it would send a 500 instead).
fn is_interim(code: u16) -> bool {
    (100..200).contains(&code) && code != 101
}

/// What the mock sends for an interim code: a 501 that says why, with the sample.
fn interim(record: &SampleRecord) -> Mock {
    let text = format!(
        "`{}` is an interim response: a server sends it before the final response of the same \
         request, never as the whole answer, so this mock cannot send it alone.\n\
         The page's sample, as a server would send it ahead of the final response:\n\n{}\n",
        record.status_line, record.text
    );
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, header::HeaderValue::from_static("text/plain; charset=utf-8"));
    Mock {
        status: StatusCode::NOT_IMPLEMENTED,
        headers,
        extensions: hyper::http::Extensions::new(),
        body: Bytes::from(text),
    }
}

/// Reads `raw` with hyper's own HTTP/1 client, keeping the case of the header names.
///
/// hyper writes header names in lower case unless a response carries the private
/// extension that its `preserve_header_case` option records on a parsed message; hyper
/// documents that such an extension is used again when it is "forwarded in a proxy-like
/// fashion". Parsing the sample once gives that extension (and the reason phrase), so each
/// response goes out byte for byte as the page shows it.
async fn parse(raw: Vec<u8>) -> Result<Mock> {
    let (client_io, mut server_io) = tokio::io::duplex(64 * 1024);
    let (mut sender, connection) = hyper::client::conn::http1::Builder::new()
        .preserve_header_case(true)
        .handshake::<_, Empty<Bytes>>(TokioIo::new(client_io))
        .await?;
    let driver = tokio::spawn(connection);
    let answer = async move {
        let mut request = Vec::new();
        let mut buf = [0u8; 1024];
        while !request.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = server_io.read(&mut buf).await?;
            if n == 0 {
                bail!("the client closed the connection");
            }
            request.extend_from_slice(&buf[..n]);
        }
        server_io.write_all(&raw).await?;
        server_io.shutdown().await?;
        Ok::<_, anyhow::Error>(server_io)
    };
    let request = Request::get("/").header(header::HOST, "mock").body(Empty::new())?;
    let (response, _server_io) = tokio::try_join!(async { Ok(sender.send_request(request).await?) }, answer)?;
    let (parts, body) = response.into_parts();
    let body = body.collect().await?.to_bytes();
    drop(sender);
    driver.abort();
    Ok(Mock { status: parts.status, headers: parts.headers, extensions: parts.extensions, body })
}

/// The delay asked for by `?sleep=<ms>`, if any; an error message when it is not valid.
pub fn requested_sleep(query: Option<&str>) -> Result<Option<u64>, String> {
    let Some(value) = query.into_iter().flat_map(|q| q.split('&')).find_map(|p| p.strip_prefix("sleep="))
    else {
        return Ok(None);
    };
    match value.parse::<u64>() {
        Ok(ms) if ms <= MAX_SLEEP_MS => Ok(Some(ms)),
        _ => Err(format!("sleep must be a number of milliseconds from 0 to {MAX_SLEEP_MS}, not `{value}`\n")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(code: u16, status_line: &str, headers: &[(&str, &str)], body: &str) -> SampleRecord {
        SampleRecord {
            protocol: "http".into(),
            code,
            reason: String::new(),
            method: None,
            status_line: status_line.into(),
            headers: headers.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect(),
            required: vec![],
            body: body.into(),
            text: String::new(),
            unsupported_by: vec![],
        }
    }

    #[test]
    fn sleep_is_bounded() {
        assert_eq!(requested_sleep(None), Ok(None));
        assert_eq!(requested_sleep(Some("a=1&sleep=250")), Ok(Some(250)));
        assert!(requested_sleep(Some("sleep=30001")).is_err());
        assert!(requested_sleep(Some("sleep=-1")).is_err());
        assert!(requested_sleep(Some("sleep=soon")).is_err());
    }

    #[test]
    fn a_sample_keeps_its_reason_phrase_and_header_case() {
        let runtime = tokio::runtime::Builder::new_current_thread().build();
        let runtime = runtime.unwrap_or_else(|e| panic!("{e}"));
        let sample = record(
            401,
            "HTTP/1.1 401 Not Quite",
            &[("WWW-Authenticate", "Bearer"), ("ETag", "\"1\""), ("Content-Length", "2")],
            "no",
        );
        let mocks = runtime.block_on(Mocks::from_samples(&[sample])).unwrap_or_else(|e| panic!("{e}"));
        let mock = mocks.get(401).unwrap_or_else(|| panic!("no mock"));
        assert_eq!(mock.status, StatusCode::UNAUTHORIZED);
        assert_eq!(
            mock.extensions.get::<hyper::ext::ReasonPhrase>().map(|r| r.as_bytes()),
            Some(&b"Not Quite"[..])
        );
        assert_eq!(mock.body, Bytes::from_static(b"no"));
    }

    #[test]
    fn interim_codes_are_explained() {
        let runtime = tokio::runtime::Builder::new_current_thread().build();
        let runtime = runtime.unwrap_or_else(|e| panic!("{e}"));
        let sample = record(103, "HTTP/1.1 103 Early Hints", &[("Link", "</a.css>; rel=preload")], "");
        let mocks = runtime.block_on(Mocks::from_samples(&[sample])).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(mocks.get(103).map(|m| m.status), Some(StatusCode::NOT_IMPLEMENTED));
    }
}
