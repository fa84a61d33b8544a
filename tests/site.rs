//! Builds the real site (every HTTP and SIP code, every language) and checks the output.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::*;
use tempfile::TempDir;

const LANGUAGES: [&str; 5] = ["en", "fr", "ru", "pt", "vi"];
const SECTIONS: [&str; 6] = ["summary", "response", "try", "frameworks", "spec", "related"];

/// Codes listed in a reference table of the shared data, or in content/ when absent.
fn codes(protocol: &str) -> BTreeSet<u16> {
    let dir = repo().join("content/codes").join(protocol);
    let found: BTreeSet<u16> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok()?.path().file_stem()?.to_str()?.parse().ok())
        .collect();
    let table = repo().join(format!("../shared/reference/{protocol}-{}.tsv", table_name(protocol)));
    match std::fs::read_to_string(&table) {
        Ok(text) => {
            let listed: BTreeSet<u16> =
                text.lines().skip(1).filter_map(|l| l.split('\t').next()?.parse().ok()).collect();
            assert_eq!(found, listed, "content/codes/{protocol} must hold exactly the registered codes");
        }
        // CI always has the reference tables beside the project: there, their absence fails.
        Err(e) => assert!(std::env::var_os("CI").is_none(), "{}: {e}", table.display()),
    }
    found
}

fn table_name(protocol: &str) -> &str {
    if protocol == "sip" { "response-codes" } else { "status-codes" }
}

fn build_real(extra: &[&str]) -> TempDir {
    let out = TempDir::new().unwrap_or_else(|e| panic!("{e}"));
    build(&repo(), &out.path().join("site"), extra);
    out
}

/// The real site with the default options, built once for every test that only reads it.
fn real_site() -> &'static Path {
    static SITE: OnceLock<PathBuf> = OnceLock::new();
    SITE.get_or_init(|| {
        let site = Path::new(env!("CARGO_TARGET_TMPDIR")).join("real-site");
        build(&repo(), &site, &[]);
        site
    })
}

/// Fails with a count and the first few when `problems` is not empty.
fn assert_none(problems: &[String], what: &str) {
    let first = &problems[..problems.len().min(10)];
    assert!(problems.is_empty(), "{} {what}, first: {first:#?}", problems.len());
}

#[test]
fn every_code_has_a_page_in_every_language() {
    let tree = read_tree(real_site());
    let mut pages = 0;
    for protocol in ["http", "sip"] {
        let codes = codes(protocol);
        assert!(codes.len() > 60, "{protocol} has {} codes", codes.len());
        for lang in LANGUAGES {
            for code in &codes {
                let path = format!("{lang}/{protocol}/{code}/index.html");
                let html =
                    String::from_utf8_lossy(tree.get(&path).unwrap_or_else(|| panic!("{path} is missing")));
                assert!(html.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{lang}\">")), "{path}");
                let ids = attribute_values(&html, "id");
                for section in SECTIONS {
                    assert!(ids.contains(&section), "{path} has no section #{section}");
                }
                // Page weight: at most 40 KB of HTML; style and script are shared files
                // whose names carry their content's hash.
                assert!(html.len() <= 40 * 1024, "{path} weighs {} bytes, more than 40 KB", html.len());
                assert!(!html.contains("<style"), "{path} has inline style");
                for asset in ["static/style.", "static/site."] {
                    let at = html.find(asset).unwrap_or_else(|| panic!("{path} does not link {asset}"));
                    let hash: String =
                        html[at + asset.len()..].chars().take_while(char::is_ascii_hexdigit).collect();
                    assert_eq!(hash.len(), 16, "{path}: {asset} is not fingerprinted");
                }
                pages += 1;
            }
        }
    }
    assert_eq!(pages, 139 * LANGUAGES.len());
    for rel in ["index.html", "404.html", "sitemap.xml", "robots.txt"] {
        assert!(tree.contains_key(rel), "{rel} is missing");
    }
    for lang in LANGUAGES {
        for rel in ["index.html", "404.html", "http/index.html", "sip/index.html"] {
            assert!(tree.contains_key(&format!("{lang}/{rel}")), "{lang}/{rel} is missing");
        }
    }
}

#[test]
fn every_link_inside_the_site_resolves() {
    assert_none(&broken_links(real_site(), "/"), "broken links");
}

#[test]
fn a_sub_path_base_url_reaches_every_link() {
    let out = build_real(&["--base-url", "http://127.0.0.1:8000/docs/"]);
    let site = out.path().join("site");
    let page = read(&site, "fr/http/202/index.html");
    assert!(page.contains("<link rel=\"canonical\" href=\"http://127.0.0.1:8000/docs/fr/http/202/\">"));
    assert!(page.contains("hreflang=\"x-default\" href=\"http://127.0.0.1:8000/docs/en/http/202/\""));
    let not_found = read(&site, "404.html");
    assert!(not_found.contains("href=\"/docs/static/"), "404 links start at the base path");
    let sitemap = read(&site, "sitemap.xml");
    assert!(sitemap.contains("<loc>http://127.0.0.1:8000/docs/ru/sip/486/</loc>"));
    assert!(!sitemap.contains("404.html"), "404 pages are not in the sitemap");
    let problems = broken_links(&site, "/docs/");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_page_names_its_alternates() {
    let page = read(real_site(), "vi/sip/486/index.html");
    for lang in LANGUAGES {
        let link = format!(
            "<link rel=\"alternate\" hreflang=\"{lang}\" href=\"https://statusdoc.example.org/{lang}/sip/486/\">"
        );
        assert!(page.contains(&link), "missing {link}");
    }
    let sitemap = read(real_site(), "sitemap.xml");
    let urls = sitemap.matches("<url>").count();
    // Root, then per language: index, two protocol lists and every code.
    assert_eq!(urls, 1 + LANGUAGES.len() * (3 + 139));
}

#[test]
fn translated_pages_have_no_english_fallback() {
    let tree = read_tree(real_site());
    let mut fallbacks = Vec::new();
    for (path, bytes) in &tree {
        if path.starts_with("en/") || !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        if html.contains("class=\"untranslated\"") {
            fallbacks.push(path.clone());
        }
    }
    assert_none(&fallbacks, "pages show English text");
}

#[test]
fn two_builds_are_byte_identical() {
    let first = build_real(&[]);
    let second = build_real(&[]);
    let a = read_tree(&first.path().join("site"));
    let b = read_tree(&second.path().join("site"));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(bytes == &b[path], "{path} differs between two builds");
    }
}

#[test]
fn init_writes_a_project_that_builds_the_same_site() {
    let dir = TempDir::new().unwrap_or_else(|e| panic!("{e}"));
    let project = dir.path().join("project");
    let output = statusdoc(dir.path(), &["init", "project"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let ignored = std::fs::read_to_string(project.join(".gitignore")).unwrap_or_default();
    assert!(ignored.lines().any(|l| l == "/.public.statusdoc-previous"), "{ignored}");
    build(&project, &dir.path().join("public"), &[]);
    build(&project, &dir.path().join("public"), &[]);
    assert!(dir.path().join(".public.statusdoc-previous").is_dir(), "the previous build is kept beside it");
    assert!(read_tree(&dir.path().join("public")) == read_tree(real_site()));
}
