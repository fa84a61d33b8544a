//! Writes the site: into a hidden folder beside the target (the previous build, kept there
//! and updated in place), swapped into place only after every file was written, and only
//! over a folder that statusdoc made itself.

use std::collections::BTreeSet;
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
///
/// The site is written into a hidden folder beside `out` and swapped into place whole. That
/// folder is then kept, holding the previous output, and the next build brings it up to
/// date in place: it writes only the files whose bytes changed, removes those that are
/// gone, and swaps it in again. A rebuild thus rewrites, creates and deletes only what
/// changed (unchanged files keep their modification times, which `rsync` and caches use).
pub fn write_site(files: &[OutputFile], out: &Path) -> Result<()> {
    let target = absolute(out);
    let parent = target.parent().context("the output folder has no parent")?;
    fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
    let name = target.file_name().map_or_else(|| "site".into(), |n| n.to_string_lossy().into_owned());
    let spare = parent.join(format!(".{name}.statusdoc-previous"));
    // A folder of that name that statusdoc did not mark is left alone.
    let work = match fs::symlink_metadata(&spare) {
        Err(_) => spare.clone(),
        Ok(meta) if meta.is_dir() && spare.join(MARKER).is_file() => spare.clone(),
        Ok(_) => parent.join(format!(".{name}.statusdoc-new-{}", std::process::id())),
    };
    let reused = work.exists();
    if let Err(err) = bring(files, &work) {
        if !reused {
            let _ = fs::remove_dir_all(&work);
        }
        return Err(err);
    }
    swap_in(&work, &target, work == spare).inspect_err(|_| {
        // A kept previous build stays for the next build to update; a one-off folder goes.
        if work != spare {
            let _ = fs::remove_dir_all(&work);
        }
    })
}

/// Makes the folder `dir` hold exactly `files` and the marker, touching only what differs.
fn bring(files: &[OutputFile], dir: &Path) -> Result<()> {
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let wanted_files: BTreeSet<&Path> =
        files.iter().map(|f| Path::new(&f.path)).chain([Path::new(MARKER)]).collect();
    let wanted_folders: BTreeSet<&Path> = wanted_files
        .iter()
        .flat_map(|path| path.ancestors().skip(1))
        .filter(|p| !p.as_os_str().is_empty())
        .collect();
    // What is there and not wanted goes first, then the folders, then the files (in
    // parallel: writing is most of the time of a first build).
    let mut held = Vec::new();
    list(dir, Path::new(""), &mut held).with_context(|| format!("cannot read {}", dir.display()))?;
    for (path, is_folder) in held {
        let wanted = if is_folder {
            wanted_folders.contains(path.as_path())
        } else {
            wanted_files.contains(path.as_path())
        };
        if !wanted {
            let full = dir.join(&path);
            match if is_folder { fs::remove_dir_all(&full) } else { fs::remove_file(&full) } {
                // Already gone with a folder removed before it.
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
                removed => removed.with_context(|| format!("cannot remove {}", full.display()))?,
            }
        }
    }
    for folder in wanted_folders {
        let full = dir.join(folder);
        if !fs::symlink_metadata(&full).is_ok_and(|m| m.is_dir()) {
            fs::create_dir(&full).with_context(|| format!("cannot create {}", full.display()))?;
        }
    }
    files.par_iter().try_for_each(|file| put(&dir.join(&file.path), &file.bytes))?;
    put(&dir.join(MARKER), MARKER_TEXT.as_bytes())
}

/// Every entry below `dir` (relative to it, as `prefix`), folders before what they hold;
/// `true` marks a folder. Symbolic links are entries, not followed.
fn list(dir: &Path, prefix: &Path, out: &mut Vec<(PathBuf, bool)>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = prefix.join(entry.file_name());
        let is_folder = entry.file_type()?.is_dir();
        out.push((path.clone(), is_folder));
        if is_folder {
            list(&entry.path(), &path, out)?;
        }
    }
    Ok(())
}

/// Makes `path` a file holding `bytes`, unless it already is one (then it is not touched).
/// What stands there otherwise is removed first, so that a link is never written through.
fn put(path: &Path, bytes: &[u8]) -> Result<()> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.is_file() && single_link(&meta) => {
            if meta.len() == bytes.len() as u64 && fs::read(path).is_ok_and(|held| held == bytes) {
                return Ok(());
            }
        }
        Ok(meta) if meta.is_dir() => {
            fs::remove_dir_all(path).with_context(|| format!("cannot remove {}", path.display()))?;
        }
        Ok(_) => fs::remove_file(path).with_context(|| format!("cannot remove {}", path.display()))?,
        Err(_) => {}
    }
    fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}

#[cfg(unix)]
fn single_link(meta: &fs::Metadata) -> bool {
    std::os::unix::fs::MetadataExt::nlink(meta) == 1
}

#[cfg(not(unix))]
fn single_link(_: &fs::Metadata) -> bool {
    true
}

/// Puts the folder `work` in place of `target`. The previous output ends at `work`'s path,
/// kept there when `keep` and it was statusdoc's own output, removed otherwise.
fn swap_in(work: &Path, target: &Path, keep: bool) -> Result<()> {
    let Ok(meta) = fs::symlink_metadata(target) else {
        return fs::rename(work, target)
            .with_context(|| format!("cannot move the new site to {}", target.display()));
    };
    let ours = meta.is_dir() && target.join(MARKER).is_file();
    exchange(work, target).with_context(|| format!("cannot move the new site to {}", target.display()))?;
    if !(keep && ours) {
        remove_tree(work)
            .with_context(|| format!("cannot remove the previous output at {}", work.display()))?;
    }
    Ok(())
}

/// Swaps the folders `a` and `b`: in one step where the system can (Linux), else by three
/// renames that put everything back if one fails.
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        if renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).is_ok() {
            return Ok(());
        }
    }
    let aside = a.with_file_name(format!(".statusdoc-swap-{}", std::process::id()));
    fs::rename(b, &aside)?;
    if let Err(err) = fs::rename(a, b) {
        let _ = fs::rename(&aside, b);
        return Err(err);
    }
    fs::rename(&aside, a)
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
        let mut left: Vec<String> = fs::read_dir(dir.path())
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, [".public.statusdoc-previous", "public"], "only the output and the previous one");
    }

    #[cfg(unix)]
    #[test]
    fn a_rebuild_touches_only_what_changed() {
        use std::os::unix::fs::MetadataExt as _;
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let out = dir.path().join("public");
        let previous = dir.path().join(".public.statusdoc-previous");
        let file = |path: &str, bytes: &[u8]| OutputFile { path: path.into(), bytes: bytes.to_vec() };
        let site = [file("same.html", b"same"), file("b/changed.html", b"old"), file("gone/x.html", b"x")];
        write_site(&site, &out).unwrap_or_else(|e| panic!("{e}"));
        write_site(&site, &out).unwrap_or_else(|e| panic!("{e}"));
        // The previous build is kept beside the output; someone edits it, plants a link
        // to a file outside and links one of its files from outside.
        let outside = dir.path().join("outside.txt");
        fs::write(&outside, "keep").unwrap_or_default();
        fs::write(previous.join("b/changed.html"), "MINE").unwrap_or_default();
        std::os::unix::fs::symlink(&outside, previous.join("same.html")).ok();
        let inode = |path: &Path| fs::metadata(path).map(|m| m.ino()).unwrap_or_default();
        let kept = inode(&out.join("same.html"));
        let next = [file("same.html", b"same"), file("b/changed.html", b"new"), file("c.html", b"c")];
        write_site(&next, &out).unwrap_or_else(|e| panic!("{e}"));
        let read = |path: &Path| String::from_utf8(fs::read(path).unwrap_or_default()).unwrap_or_default();
        assert_eq!(read(&out.join("same.html")), "same");
        assert!(fs::symlink_metadata(out.join("same.html")).is_ok_and(|m| m.is_file()), "not a link");
        assert_eq!(read(&out.join("b/changed.html")), "new");
        assert_eq!(read(&out.join("c.html")), "c");
        assert!(!out.join("gone").exists(), "what is gone is removed");
        assert_eq!(read(&outside), "keep", "nothing is written through a link");
        // The output swapped out is now the previous one; the next identical build
        // rewrites none of its unchanged files.
        assert_eq!(inode(&previous.join("same.html")), kept);
        let before = inode(&out.join("same.html"));
        fs::hard_link(out.join("c.html"), dir.path().join("elsewhere.html")).unwrap_or_default();
        write_site(&next, &out).unwrap_or_else(|e| panic!("{e}"));
        write_site(&next, &out).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(inode(&out.join("same.html")), before, "an unchanged file is the same file");
        assert_eq!(read(&dir.path().join("elsewhere.html")), "c", "a file linked from outside is left alone");
    }

    #[test]
    fn a_folder_of_the_previous_name_that_statusdoc_did_not_mark_is_left_alone() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let out = dir.path().join("public");
        let foreign = dir.path().join(".public.statusdoc-previous");
        fs::create_dir(&foreign).unwrap_or_default();
        fs::write(foreign.join("notes.txt"), "mine").unwrap_or_default();
        for _ in 0..2 {
            write_site(&files(), &out).unwrap_or_else(|e| panic!("{e}"));
        }
        assert_eq!(fs::read(out.join("a/index.html")).unwrap_or_default(), b"new");
        assert_eq!(fs::read(foreign.join("notes.txt")).unwrap_or_default(), b"mine");
        assert_eq!(fs::read_dir(dir.path()).map(|d| d.count()).unwrap_or(0), 2, "no staging folder is left");
    }
}
