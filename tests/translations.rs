//! The translations pass Mozilla's compare-locales linter against English with no error
//! and nothing missing, and statusdoc's own check agrees.

mod common;

use std::process::Command;

use common::*;

/// The compare-locales command: `$COMPARE_LOCALES`, or on the PATH.
fn compare_locales() -> String {
    std::env::var("COMPARE_LOCALES").unwrap_or_else(|_| "compare-locales".into())
}

#[test]
fn compare_locales_finds_no_error_and_nothing_missing() {
    let dir = tempfile::TempDir::new().unwrap_or_else(|e| panic!("{e}"));
    let json = dir.path().join("report.json");
    let output = Command::new(compare_locales())
        .arg("--json")
        .arg(&json)
        .arg(repo().join("l10n.toml"))
        .arg(repo())
        .output()
        .unwrap_or_else(|e| panic!("cannot run compare-locales ({e}); scripts/test installs it"));
    let text =
        std::fs::read_to_string(&json).unwrap_or_else(|e| panic!("no report ({e}): {}", stderr(&output)));
    let report: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let summary = &report[0]["summary"];
    for lang in ["fr", "ru", "pt", "vi"] {
        let counts = &summary[lang];
        assert!(counts.is_object(), "no summary for {lang}: {text}");
        for key in ["errors", "missing", "obsolete"] {
            assert_eq!(counts[key].as_u64().unwrap_or(0), 0, "{lang}: {key} in {}", report[0]["details"]);
        }
    }
}

#[test]
fn statusdoc_check_reports_nothing_missing() {
    let output = statusdoc(&repo(), &["check", "--format", "json"]);
    assert!(output.status.success(), "{}", stdout(&output));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report["errors"], 0);
    for language in report["languages"].as_array().into_iter().flatten() {
        for key in ["missing", "obsolete", "variable_mismatches", "broken_references", "syntax_errors"] {
            assert_eq!(language[key], 0, "{}: {key}", language["lang"]);
        }
    }
}
