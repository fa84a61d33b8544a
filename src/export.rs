//! Exports for tools and tests: every code's sample response as JSON, and a framework's
//! whole program answering every code it can send (one route per code).

use serde::Serialize;

use crate::model::{Protocol, Site};
use crate::sample::{Sample, build_sample, required_headers};
use crate::snippet::SnippetEngine;

/// One code's sample, as a test compares a live response with it.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct SampleRecord {
    pub protocol: String,
    pub code: u16,
    /// The reason phrase of the status line.
    pub reason: String,
    /// SIP: the method of the request the sample answers.
    pub method: Option<String>,
    pub status_line: String,
    /// Every header as shown on the page, in order.
    pub headers: Vec<(String, String)>,
    /// Headers the code requires (a subset of `headers`).
    pub required: Vec<String>,
    pub body: String,
    /// The whole message as the page shows it.
    pub text: String,
    /// Frameworks that cannot send this code.
    pub unsupported_by: Vec<String>,
}

/// Every sample of the site, HTTP then SIP, by code.
pub fn samples(site: &Site) -> Vec<SampleRecord> {
    let mut records = Vec::new();
    for protocol in &site.protocols {
        for code in &protocol.codes {
            let sample = build_sample(code, &protocol.version, &site.config);
            records.push(SampleRecord {
                protocol: protocol.id.clone(),
                code: code.number,
                reason: code.wire_reason().to_string(),
                method: code.method.clone(),
                text: sample.text(),
                status_line: sample.status_line,
                headers: sample.headers,
                required: required_headers(protocol.kind.key(), code.number)
                    .iter()
                    .map(|h| h.to_string())
                    .collect(),
                body: sample.body,
                unsupported_by: protocol
                    .frameworks
                    .iter()
                    .filter(|f| f.unsupported.contains_key(&code.number))
                    .map(|f| f.id.clone())
                    .collect(),
            });
        }
    }
    records
}

/// The program of framework `id` of `protocol` answering every code it supports.
pub fn program(
    site: &Site,
    engine: &SnippetEngine,
    protocol: &Protocol,
    id: &str,
    port: u16,
) -> Option<Result<String, tera::Error>> {
    let fw = protocol.frameworks.iter().find(|f| f.id == id)?;
    let samples: Vec<(&crate::model::Code, Sample)> = protocol
        .codes
        .iter()
        .filter(|c| !fw.unsupported.contains_key(&c.number))
        .map(|c| (c, build_sample(c, &protocol.version, &site.config)))
        .collect();
    let pairs: Vec<_> = samples.iter().map(|(c, s)| (*c, s)).collect();
    Some(engine.program(fw, &pairs, port))
}
