//! Shared helpers of the integration tests: temporary projects, running the real binary,
//! reading the output tree and following its links.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the statusdoc binary with `args` in `dir`.
pub fn statusdoc(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_statusdoc"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run statusdoc: {e}"))
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Builds the project at `root` into `out`, asserting success.
pub fn build(root: &Path, out: &Path, extra: &[&str]) -> Output {
    let out_arg = out.to_string_lossy().into_owned();
    let mut args = vec!["build", "--out", out_arg.as_str()];
    args.extend_from_slice(extra);
    let output = statusdoc(root, &args);
    assert!(output.status.success(), "build failed:\n{}", stderr(&output));
    output
}

pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap_or_else(|e| panic!("{e}"));
        let target = to.join(entry.path().strip_prefix(from).unwrap_or_else(|e| panic!("{e}")));
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap_or_else(|e| panic!("{e}"));
        } else {
            fs::copy(entry.path(), &target).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

/// A copy of the fixture site `name`, with the real templates, static files and English
/// interface messages, in a temporary folder.
pub fn fixture(name: &str) -> TempDir {
    let dir = TempDir::new().unwrap_or_else(|e| panic!("{e}"));
    copy_tree(&repo().join("tests/fixtures").join(name), dir.path());
    copy_tree(&repo().join("templates"), &dir.path().join("templates"));
    copy_tree(&repo().join("static"), &dir.path().join("static"));
    fs::copy(repo().join("locales/en/site.ftl"), dir.path().join("locales/en/site.ftl"))
        .unwrap_or_else(|e| panic!("{e}"));
    dir
}

/// Every file of an output folder, by relative path.
pub fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.unwrap_or_else(|e| panic!("{e}"));
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).unwrap_or_else(|e| panic!("{e}"));
            let bytes = fs::read(entry.path()).unwrap_or_else(|e| panic!("{e}"));
            files.insert(rel.to_string_lossy().replace('\\', "/"), bytes);
        }
    }
    files
}

pub fn read(dir: &Path, rel: &str) -> String {
    fs::read_to_string(dir.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The `<main>` element of a page.
pub fn main_of(html: &str) -> &str {
    let start = html.find("<main").unwrap_or_else(|| panic!("no <main>"));
    let end = html.find("</main>").unwrap_or_else(|| panic!("no </main>")) + "</main>".len();
    &html[start..end]
}

/// Values of an attribute (`href`, `src`, `id`) in an HTML text, in order.
pub fn attribute_values<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let needle = format!(" {name}=\"");
    let mut values = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&needle) {
        rest = &rest[at + needle.len()..];
        let end = rest.find('"').unwrap_or(rest.len());
        values.push(&rest[..end]);
        rest = &rest[end..];
    }
    values
}

/// Every `href` and `src` inside the site, checked against the output folder: the file it
/// names must exist, and so must the element of its fragment. Returns the problems.
/// `base_path` is the path part of the base URL, which 404 pages use for their links.
pub fn broken_links(out: &Path, base_path: &str) -> Vec<String> {
    let tree = read_tree(out);
    let mut problems = Vec::new();
    for (page, bytes) in &tree {
        if !page.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        for link in attribute_values(&html, "href").into_iter().chain(attribute_values(&html, "src")) {
            if link.starts_with("http://") || link.starts_with("https://") || link.starts_with("mailto:") {
                continue;
            }
            let link = link.replace("&amp;", "&");
            let (path, fragment) = link.split_once('#').map_or((link.as_str(), None), |(p, f)| (p, Some(f)));
            let target = match path.strip_prefix(base_path) {
                Some(rest) if path.starts_with('/') => rest.to_string(),
                _ if path.starts_with('/') => {
                    problems.push(format!("{page}: {link} is outside the base path {base_path}"));
                    continue;
                }
                _ if path.is_empty() => page.clone(),
                _ => resolve(page, path),
            };
            let file = if target.is_empty() || target.ends_with('/') {
                format!("{target}index.html")
            } else {
                target
            };
            let Some(content) = tree.get(&file) else {
                problems.push(format!("{page}: {link} → {file} does not exist"));
                continue;
            };
            if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
                let content = String::from_utf8_lossy(content);
                if !attribute_values(&content, "id").contains(&fragment) {
                    problems.push(format!("{page}: {link} → no element with id {fragment} in {file}"));
                }
            }
        }
    }
    problems
}

/// `link` relative to the folder of `page`, as a path from the output root.
fn resolve(page: &str, link: &str) -> String {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for part in link.split('/') {
        match part {
            ".." => {
                parts.pop();
            }
            "." => {}
            other => parts.push(other),
        }
    }
    parts.join("/")
}

/// The text of some HTML: tags removed, the usual entities decoded.
pub fn text_of(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => inside = true,
            '>' if inside => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}
