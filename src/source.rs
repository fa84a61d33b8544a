//! Reads a project's input files into memory, from disk or from the copy embedded in the
//! binary. This and `output` are the only modules that touch the disk.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Diagnostics};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The folders of a project whose files are text, and the extensions they may hold.
const TEXT_DIRS: &[(&str, &[&str])] =
    &[("content", &["toml"]), ("locales", &["ftl"]), ("templates", &["html", "xml", "txt"])];

/// Every input file of a project, keyed by its path relative to the root (`/`-separated).
#[derive(Debug, Default, Clone)]
pub struct Sources {
    pub root: Option<PathBuf>,
    texts: BTreeMap<String, String>,
    statics: BTreeMap<String, Vec<u8>>,
}

impl Sources {
    /// The text of an input file.
    pub fn text(&self, path: &str) -> Option<&str> {
        self.texts.get(path).map(String::as_str)
    }

    /// Text files whose path starts with `prefix` and ends with `.ext`, sorted by path.
    pub fn texts_under<'a>(
        &'a self,
        prefix: &'a str,
        ext: &'a str,
    ) -> impl Iterator<Item = (&'a str, &'a str)> {
        self.texts
            .range(prefix.to_string()..)
            .take_while(move |(path, _)| path.starts_with(prefix))
            .filter(move |(path, _)| Path::new(path).extension().is_some_and(|e| e == ext))
            .map(|(path, text)| (path.as_str(), text.as_str()))
    }

    /// Files to copy to the output's `static/` folder, keyed by their path inside `static/`.
    pub fn statics(&self) -> &BTreeMap<String, Vec<u8>> {
        &self.statics
    }

    /// Adds or replaces a text file (for tests that vary one file of a project).
    pub fn insert_text(&mut self, path: &str, text: String) {
        self.texts.insert(path.to_string(), text);
    }

    fn insert(&mut self, path: &str, bytes: Vec<u8>, diagnostics: &mut Diagnostics) {
        if let Some(inside) = path.strip_prefix("static/") {
            self.statics.insert(inside.to_string(), bytes);
            return;
        }
        let wanted = path == "config.toml"
            || TEXT_DIRS.iter().any(|(dir, exts)| {
                path.starts_with(&format!("{dir}/"))
                    && Path::new(path).extension().is_some_and(|e| exts.iter().any(|x| e == *x))
            });
        if !wanted {
            return;
        }
        match String::from_utf8(bytes) {
            Ok(text) => {
                self.texts.insert(path.to_string(), text);
            }
            Err(err) => {
                let at = err.utf8_error().valid_up_to();
                let lossy = String::from_utf8_lossy(err.as_bytes()).into_owned();
                diagnostics.push(
                    Diagnostic::error(path, Some(at..at + 1), "this file is not valid UTF-8")
                        .with_hint("save the file as UTF-8 (without a byte order mark)"),
                );
                self.texts.insert(path.to_string(), lossy);
            }
        }
    }
}

/// The site embedded in this binary when it was compiled.
pub fn embedded() -> Sources {
    let mut sources = Sources::default();
    let mut ignored = Diagnostics::default();
    for (path, bytes) in embedded::FILES {
        sources.insert(path, bytes.to_vec(), &mut ignored);
    }
    sources
}

/// The embedded project's files as (relative path, bytes), for `init`.
pub fn embedded_files() -> Vec<(String, Vec<u8>)> {
    embedded::FILES.iter().map(|(path, bytes)| (path.to_string(), bytes.to_vec())).collect()
}

/// Reads the project at `root`. Unreadable files and folders become diagnostics.
pub fn read_project(root: &Path) -> (Sources, Diagnostics) {
    let mut sources = Sources { root: Some(root.to_path_buf()), ..Sources::default() };
    let mut diagnostics = Diagnostics::default();
    let config = root.join("config.toml");
    match fs::read(&config) {
        Ok(bytes) => sources.insert("config.toml", bytes, &mut diagnostics),
        Err(err) => diagnostics.push(
            Diagnostic::error("config.toml", None, format!("cannot read the site configuration: {err}"))
                .with_hint(format!(
                    "run statusdoc in a project folder (one with config.toml), or create one with `statusdoc init {}`",
                    root.display()
                )),
        ),
    }
    for dir in ["content", "locales", "templates", "static"] {
        read_tree(root, dir, &mut sources, &mut diagnostics);
    }
    (sources, diagnostics)
}

fn read_tree(root: &Path, dir: &str, sources: &mut Sources, diagnostics: &mut Diagnostics) {
    let top = root.join(dir);
    if !top.is_dir() {
        diagnostics.push(
            Diagnostic::error(dir, None, format!("the folder `{dir}/` is missing"))
                .with_hint("every project has content/, locales/, templates/ and static/"),
        );
        return;
    }
    for entry in walkdir::WalkDir::new(&top).follow_links(true).sort_by_file_name() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let path = err.path().map_or_else(|| dir.to_string(), |p| relative(root, p));
                let message = if err.loop_ancestor().is_some() {
                    "this symbolic link points back to a folder that contains it".to_string()
                } else {
                    format!("cannot read: {err}")
                };
                diagnostics.push(
                    Diagnostic::error(path, None, message)
                        .with_hint("remove or fix the link, or the permissions"),
                );
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let path = relative(root, entry.path());
        match fs::read(entry.path()) {
            Ok(bytes) => sources.insert(&path, bytes, diagnostics),
            Err(err) => diagnostics.push(Diagnostic::error(path, None, format!("cannot read: {err}"))),
        }
    }
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root).unwrap_or(path).to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_site_has_every_part() {
        let sources = embedded();
        assert!(sources.text("config.toml").is_some());
        assert!(sources.texts_under("content/codes/http/", "toml").count() > 50);
        assert!(sources.texts_under("locales/en/", "ftl").count() > 1);
        assert!(sources.texts_under("templates/", "html").count() > 1);
        assert!(!sources.statics().is_empty());
    }

    #[test]
    fn texts_under_stops_at_the_prefix() {
        let mut sources = Sources::default();
        sources.insert_text("content/a.toml", String::new());
        sources.insert_text("content/b.txt", String::new());
        sources.insert_text("contents/c.toml", String::new());
        let found: Vec<_> = sources.texts_under("content/", "toml").map(|(p, _)| p).collect();
        assert_eq!(found, ["content/a.toml"]);
    }
}
