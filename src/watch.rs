//! Watches a project's sources (content/, templates/, locales/, static/ and config.toml)
//! for `serve`, and hands over each batch of changes once the files have settled.

use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

use anyhow::{Context as _, Result};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher as _};

/// The source folders of a project; config.toml is watched too.
pub const SOURCE_DIRS: [&str; 4] = ["content", "templates", "locales", "static"];

/// How long a file must stay untouched before its change is reported: editors save in
/// several steps, and one rebuild should see them all.
const SETTLE: Duration = Duration::from_millis(80);

/// A watch on one project's sources.
pub struct Watcher {
    root: PathBuf,
    watcher: RecommendedWatcher,
    events: Receiver<notify::Result<Event>>,
    watched: Vec<PathBuf>,
}

impl Watcher {
    /// Starts watching the project at `root`.
    pub fn new(root: &Path) -> Result<Watcher> {
        let root = root.canonicalize().with_context(|| format!("cannot open {}", root.display()))?;
        let (sender, events) = channel();
        let mut watcher = notify::recommended_watcher(sender).context("cannot watch the project's files")?;
        // The root itself, not recursively: config.toml, and source folders created later.
        watcher
            .watch(&root, RecursiveMode::NonRecursive)
            .with_context(|| format!("cannot watch {}", root.display()))?;
        let mut watcher = Watcher { root, watcher, events, watched: Vec::new() };
        watcher.watch_source_dirs()?;
        Ok(watcher)
    }

    /// Waits for the next change of a source file and returns the changed paths, relative
    /// to the root and sorted, once no change came for a moment; `None` once the watch has
    /// stopped.
    pub fn next_change(&mut self) -> Option<Vec<String>> {
        let mut changed = Vec::new();
        loop {
            let next = if changed.is_empty() {
                self.events.recv().map_err(|_| RecvTimeoutError::Disconnected)
            } else {
                self.events.recv_timeout(SETTLE)
            };
            match next {
                Ok(Ok(event)) => changed.extend(self.sources_changed(&event)),
                Ok(Err(err)) => eprintln!("warning: watching the project's files: {err}"),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return None,
            }
        }
        // A source folder created since is watched from now on.
        if let Err(err) = self.watch_source_dirs() {
            eprintln!("warning: {err:#}");
        }
        changed.sort();
        changed.dedup();
        Some(changed)
    }

    /// The sources an event changed; reading a file (as each build does) changes nothing.
    fn sources_changed(&self, event: &Event) -> Vec<String> {
        if matches!(event.kind, EventKind::Access(_)) {
            return Vec::new();
        }
        event
            .paths
            .iter()
            .filter_map(|path| path.strip_prefix(&self.root).ok())
            .filter(|path| is_source(path))
            .map(|path| path.to_string_lossy().replace('\\', "/"))
            .collect()
    }

    fn watch_source_dirs(&mut self) -> Result<()> {
        for dir in SOURCE_DIRS.map(|d| self.root.join(d)) {
            if dir.is_dir() && !self.watched.contains(&dir) {
                self.watcher
                    .watch(&dir, RecursiveMode::Recursive)
                    .with_context(|| format!("cannot watch {}", dir.display()))?;
                self.watched.push(dir);
            }
        }
        Ok(())
    }
}

/// Whether a path relative to the root is a source a build reads (editors' backup and swap
/// files are not).
fn is_source(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    let scratch = name.ends_with('~')
        || name.starts_with(".#")
        || [".swp", ".swx", ".swpx"].iter().any(|ext| name.ends_with(ext));
    let in_sources = match path.components().next() {
        Some(Component::Normal(first)) => {
            path == Path::new("config.toml") || SOURCE_DIRS.iter().any(|d| first == *d)
        }
        _ => false,
    };
    in_sources && !scratch
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sources_count() {
        assert!(is_source(Path::new("config.toml")));
        assert!(is_source(Path::new("locales/fr/site.ftl")));
        assert!(is_source(Path::new("static/style.css")));
        assert!(is_source(Path::new("locales")), "a removed folder");
        assert!(!is_source(Path::new("locales/fr/.site.ftl.swp")));
        assert!(!is_source(Path::new("locales/fr/site.ftl~")));
        assert!(!is_source(Path::new("public/index.html")));
        assert!(!is_source(Path::new("README.md")));
        assert!(!is_source(Path::new("target/debug/statusdoc")));
    }
}
