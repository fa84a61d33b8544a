//! Writes the site: into a fresh staging folder beside the target, swapped into place only
//! after every file was written, and only over a folder that statusdoc made itself.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use rayon::prelude::*;

use crate::render::OutputFile;

/// The file that marks a folder as statusdoc's output, which it may replace.
pub const MARKER: &str = ".statusdoc-output";
const MARKER_TEXT: &str = "This folder is the output of statusdoc. Each build replaces it whole.\n";

/// Why an output folder is refused; the message says what to do.
#[derive(Debug)]
pub struct Refusal(pub String);

/// Checks that `out` may be written, before any work is done.
pub fn check_target(out: &Path, project_root: Option<&Path>, force: bool) -> Result<(), Refusal> {
    let target = absolute(out);
    let refuse = |why: &str| Err(Refusal(format!("refusing to write the site to {}: {why}", out.display())));
    if target.parent().is_none() {
        return refuse("it is the file system's root");
    }
    if std::env::var_os("HOME").is_some_and(|home| absolute(Path::new(&home)) == target) {
        return refuse("it is your home folder");
    }
    if let Some(root) = project_root.map(absolute) {
        if root.starts_with(&target) {
            return refuse(
                "it is the project folder or one of its parents; choose a folder such as `public`",
            );
        }
        for source in ["content", "locales", "templates", "static"] {
            if target.starts_with(root.join(source)) {
                return refuse(&format!("it is inside the project's `{source}/` folder"));
            }
        }
    }
    if ["content", "locales", "templates"].iter().any(|s| target.join(s).is_dir()) {
        return refuse("it holds a content/, locales/ or templates/ folder, so it looks like a project");
    }
    if target.exists() {
        if !target.is_dir() {
            return refuse("it is a file, not a folder");
        }
        let empty = fs::read_dir(&target).map(|mut d| d.next().is_none()).unwrap_or(false);
        if !empty && !target.join(MARKER).is_file() && !force {
            return refuse(
                "it is a folder that statusdoc did not create and it is not empty; \
                 choose another folder, empty it, or pass --force to replace it",
            );
        }
    }
    Ok(())
}

/// Writes `files` to `out`, replacing its previous content only when all were written.
/// A file whose bytes are those of the same file in statusdoc's previous output there is
/// linked into the new output rather than written again: a rebuild writes only what
/// changed, and unchanged files keep their modification times (so `rsync` and caches see
/// them as unchanged).
pub fn write_site(files: &[OutputFile], out: &Path) -> Result<()> {
    let target = absolute(out);
    let parent = target.parent().context("the output folder has no parent")?;
    fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
    let name = target.file_name().map_or_else(|| "site".into(), |n| n.to_string_lossy().into_owned());
    let staging = parent.join(format!(".{name}.statusdoc-new-{}", std::process::id()));
    let previous = target.join(MARKER).is_file().then_some(target.as_path());
    if let Err(err) = write_staging(files, &staging, previous) {
        let _ = fs::remove_dir_all(&staging);
        return Err(err);
    }
    swap_in(&staging, &target, &name).inspect_err(|_| {
        let _ = fs::remove_dir_all(&staging);
    })
}

fn write_staging(files: &[OutputFile], staging: &Path, previous: Option<&Path>) -> Result<()> {
    if staging.exists() {
        fs::remove_dir_all(staging).with_context(|| format!("cannot clear {}", staging.display()))?;
    }
    fs::create_dir(staging).with_context(|| format!("cannot create {}", staging.display()))?;
    // Folders first, each once; then the files, in parallel (writing is most of the time
    // of a build).
    let folders: BTreeSet<&Path> = files.iter().filter_map(|f| Path::new(&f.path).parent()).collect();
    for folder in folders {
        let dir = staging.join(folder);
        fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    files.par_iter().try_for_each(|file| {
        let path = staging.join(&file.path);
        if let Some(old) = previous.map(|p| p.join(&file.path))
            && unchanged(&old, &file.bytes)
            && fs::hard_link(&old, &path).is_ok()
        {
            return Ok(());
        }
        fs::write(&path, &file.bytes).with_context(|| format!("cannot write {}", path.display()))
    })?;
    fs::write(staging.join(MARKER), MARKER_TEXT)
        .with_context(|| format!("cannot write the marker in {}", staging.display()))
}

/// Whether `old` is a plain file, linked nowhere else, that holds exactly `bytes`.
fn unchanged(old: &Path, bytes: &[u8]) -> bool {
    let Ok(meta) = fs::symlink_metadata(old) else { return false };
    if !meta.is_file() || meta.len() != bytes.len() as u64 || !single_link(&meta) {
        return false;
    }
    fs::read(old).is_ok_and(|held| held == bytes)
}

#[cfg(unix)]
fn single_link(meta: &fs::Metadata) -> bool {
    std::os::unix::fs::MetadataExt::nlink(meta) == 1
}

#[cfg(not(unix))]
fn single_link(_: &fs::Metadata) -> bool {
    false
}

/// Moves the staging folder to `target`; the previous output is removed only afterwards.
fn swap_in(staging: &Path, target: &Path, name: &str) -> Result<()> {
    let old = target.with_file_name(format!(".{name}.statusdoc-old-{}", std::process::id()));
    let had_previous = target.exists();
    if had_previous {
        fs::rename(target, &old)
            .with_context(|| format!("cannot move the previous {} aside", target.display()))?;
    }
    if let Err(err) = fs::rename(staging, target) {
        if had_previous {
            let _ = fs::rename(&old, target);
        }
        bail!("cannot move the new site to {}: {err}", target.display());
    }
    if had_previous {
        remove_tree(&old)
            .with_context(|| format!("cannot remove the previous output at {}", old.display()))?;
    }
    Ok(())
}

/// Removes the folder `dir` and everything in it, its top-level entries in parallel.
fn remove_tree(dir: &Path) -> std::io::Result<()> {
    let entries = fs::read_dir(dir)?.collect::<std::io::Result<Vec<_>>>()?;
    entries.par_iter().try_for_each(|entry| {
        if entry.file_type()?.is_dir() {
            fs::remove_dir_all(entry.path())
        } else {
            fs::remove_file(entry.path())
        }
    })?;
    fs::remove_dir(dir)
}

/// Brings a served folder from `old` to `new` (path → bytes): writes only the files whose
/// bytes changed, each under a hidden name renamed over the old one so that no file is
/// ever read half written, and removes the files that are gone. Returns how many it
/// touched.
pub fn update_site(
    dir: &Path,
    old: &BTreeMap<String, Vec<u8>>,
    new: &BTreeMap<String, Vec<u8>>,
) -> Result<usize> {
    let mut touched = 0;
    for (path, bytes) in new {
        if old.get(path) != Some(bytes) {
            replace_file(&dir.join(path), bytes)?;
            touched += 1;
        }
    }
    for path in old.keys().filter(|p| !new.contains_key(*p)) {
        let file = dir.join(path);
        fs::remove_file(&file).with_context(|| format!("cannot remove {}", file.display()))?;
        touched += 1;
    }
    Ok(touched)
}

/// Writes `bytes` beside `path` under a hidden name, then renames it over `path`.
fn replace_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().context("a file without a folder")?;
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = dir.join(format!(".{name}.statusdoc-new"));
    fs::write(&temp, bytes).with_context(|| format!("cannot write {}", temp.display()))?;
    fs::rename(&temp, path).with_context(|| format!("cannot write {}", path.display()))
}

/// `path` made absolute and normalised without touching the disk for missing parts.
fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| path.to_path_buf())
    };
    // Resolve symbolic links of the part that exists, so `a/../b` and links compare equal.
    let mut existing = joined.as_path();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => break,
        }
    }
    let mut resolved = fs::canonicalize(existing).unwrap_or_else(|_| existing.to_path_buf());
    for part in rest.into_iter().rev() {
        match part.to_str() {
            Some("..") => {
                resolved.pop();
            }
            Some(".") => {}
            _ => resolved.push(part),
        }
    }
    resolved
}

/// Writes the embedded project into `dir`, which must be missing or empty.
pub fn write_project(files: &[(String, Vec<u8>)], dir: &Path) -> Result<()> {
    if dir.exists() && fs::read_dir(dir).map(|mut d| d.next().is_some()).unwrap_or(true) {
        bail!("{} is not empty; choose a new or empty folder", dir.display());
    }
    for (path, bytes) in files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
        }
        fs::write(&target, bytes).with_context(|| format!("cannot write {}", target.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> Vec<OutputFile> {
        vec![OutputFile { path: "a/index.html".into(), bytes: b"new".to_vec() }]
    }

    #[test]
    fn refuses_a_foreign_non_empty_folder() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let out = dir.path().join("site");
        fs::create_dir(&out).unwrap_or_default();
        fs::write(out.join("notes.txt"), "mine").unwrap_or_default();
        assert!(check_target(&out, None, false).is_err());
        assert!(check_target(&out, None, true).is_ok());
    }

    #[test]
    fn refuses_the_project_and_its_parents() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let project = dir.path().join("project");
        fs::create_dir_all(project.join("content")).unwrap_or_default();
        assert!(check_target(&project, Some(&project), true).is_err());
        assert!(check_target(dir.path(), Some(&project), true).is_err());
        assert!(check_target(&project.join("content/x"), Some(&project), true).is_err());
        assert!(check_target(&project.join("public"), Some(&project), false).is_ok());
    }

    #[test]
    fn refuses_the_root_and_the_home_folder() {
        assert!(check_target(Path::new("/"), None, true).is_err());
        if let Some(home) = std::env::var_os("HOME") {
            assert!(check_target(Path::new(&home), None, true).is_err());
        }
    }

    #[test]
    fn refuses_a_folder_that_holds_a_project() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        fs::create_dir_all(dir.path().join("other/templates")).unwrap_or_default();
        assert!(check_target(&dir.path().join("other"), None, true).is_err());
    }

    #[test]
    fn replaces_its_own_output_whole() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let out = dir.path().join("public");
        write_site(&[OutputFile { path: "stale.html".into(), bytes: b"old".to_vec() }], &out)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(check_target(&out, None, false).is_ok(), "a marked folder may be replaced");
        write_site(&files(), &out).unwrap_or_else(|e| panic!("{e}"));
        assert!(!out.join("stale.html").exists());
        assert_eq!(fs::read(out.join("a/index.html")).unwrap_or_default(), b"new");
        let leftovers: Vec<_> = fs::read_dir(dir.path()).map(|d| d.count()).into_iter().collect();
        assert_eq!(leftovers, [1], "no staging or old folder is left behind");
    }

    #[cfg(unix)]
    #[test]
    fn a_rebuild_links_unchanged_files_and_writes_the_rest() {
        use std::os::unix::fs::MetadataExt as _;
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let out = dir.path().join("public");
        let file = |path: &str, bytes: &[u8]| OutputFile { path: path.into(), bytes: bytes.to_vec() };
        let first =
            [file("same.html", b"same"), file("b/changed.html", b"old"), file("edited.html", b"mine")];
        write_site(&first, &out).unwrap_or_else(|e| panic!("{e}"));
        let inode = |path: &str| fs::metadata(out.join(path)).map(|m| m.ino()).unwrap_or_default();
        let same = inode("same.html");
        // Someone edits a file of the output by hand; another is linked from elsewhere.
        fs::write(out.join("edited.html"), "MINE").unwrap_or_default();
        let second =
            [file("same.html", b"same"), file("b/changed.html", b"new"), file("edited.html", b"mine")];
        write_site(&second, &out).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(inode("same.html"), same, "an unchanged file is the same file");
        assert_eq!(fs::read(out.join("b/changed.html")).unwrap_or_default(), b"new");
        assert_eq!(fs::read(out.join("edited.html")).unwrap_or_default(), b"mine", "a hand edit is replaced");
        fs::hard_link(out.join("same.html"), dir.path().join("elsewhere.html")).unwrap_or_default();
        write_site(&second, &out).unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(inode("same.html"), same, "a file linked from outside the output is not shared");
        assert_eq!(fs::read(out.join("same.html")).unwrap_or_default(), b"same");
        assert_eq!(fs::read(dir.path().join("elsewhere.html")).unwrap_or_default(), b"same");
    }
}
