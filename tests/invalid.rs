//! The corpus of broken inputs: each folder under tests/fixtures/invalid/ overlays the
//! fixture site with broken files. Every case must fail with exit code 1, print its exact
//! diagnostics (snapshot), print nothing on stdout, and leave the previous output intact.

mod common;

use std::fs;
use std::path::Path;

use common::*;

fn cases() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(repo().join("tests/fixtures/invalid"))
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    names
}

/// Builds the fixture, breaks it with `apply`, builds again; returns the diagnostics.
fn failing_build(apply: impl FnOnce(&Path)) -> String {
    let project = fixture("mini");
    let out = project.path().join("public");
    build(project.path(), &out, &[]);
    let before = read_tree(&out);
    apply(project.path());
    let output = statusdoc(project.path(), &["build", "--out", "public"]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "exit code; stderr:\n{err}");
    assert!(stdout(&output).is_empty(), "stdout must be empty on failure");
    assert!(!err.contains("panicked"), "{err}");
    assert!(read_tree(&out) == before, "the previous output changed");
    let leftovers: Vec<_> = fs::read_dir(project.path())
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("statusdoc-"))
        .collect();
    assert!(leftovers.is_empty(), "staging folders left behind: {leftovers:?}");
    err.replace(&project.path().display().to_string(), "[project]")
}

#[test]
fn every_broken_input_is_reported_with_its_position() {
    let cases = cases();
    assert!(cases.len() >= 15, "the corpus has {} cases", cases.len());
    for case in cases {
        let source = repo().join("tests/fixtures/invalid").join(&case);
        let report = failing_build(|project| copy_tree(&source, project));
        assert!(report.contains(": error: "), "{case}: no error line:\n{report}");
        insta::assert_snapshot!(format!("invalid_{case}"), report);
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_reported() {
    let report = failing_build(|project| {
        std::os::unix::fs::symlink("..", project.join("content/codes/loop"))
            .unwrap_or_else(|e| panic!("{e}"));
    });
    assert!(
        report.contains(
            "content/codes/loop: error: this symbolic link points back to a folder that contains it"
        ),
        "{report}"
    );
}

#[test]
fn a_missing_folder_is_reported() {
    let report = failing_build(|project| {
        fs::remove_dir_all(project.join("templates")).unwrap_or_else(|e| panic!("{e}"))
    });
    assert!(report.contains("templates: error: the folder `templates/` is missing"), "{report}");
}
