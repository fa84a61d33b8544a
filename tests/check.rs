//! `statusdoc check` on a translation with every kind of defect: each finding with its
//! file, line and column, warnings that do not fail unless --strict, and a build that
//! still succeeds with the English fallbacks marked.

mod common;

use common::*;

const BROKEN_FR: &str = "\
http-200-description = La requête a réussi.
http-204-description = The request succeeded and there is no content to send.
http-503-description = Le serveur { $retry } ne peut pas répondre pour le moment.
sip-503-description = Le serveur est surchargé { -marque }.
http-999-description = Un code qui n'existe plus.
cette ligne n'est pas du Fluent
";

#[test]
fn each_kind_of_translation_defect_is_reported_with_its_position() {
    let project = fixture("mini");
    std::fs::write(project.path().join("locales/fr/codes.ftl"), BROKEN_FR).unwrap_or_else(|e| panic!("{e}"));
    let output = statusdoc(project.path(), &["check", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "warnings alone do not fail: {}", stdout(&output));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap_or_else(|e| panic!("{e}"));
    let findings: Vec<String> = report["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|d| d["path"] == "locales/fr/codes.ftl")
        .map(|d| format!("{}:{}: {}", d["line"], d["column"], d["message"].as_str().unwrap_or_default()))
        .collect();
    for expected in [
        "2:1: `http-204-description` is identical to English",
        "3:1: `http-503-description` uses `$retry`, which the English message does not have",
        "4:1: `sip-503-description` refers to `-marque`, which does not exist",
        "5:1: `http-999-description` is not in English any more",
        "6:7: Fluent syntax error: Expected a token starting with \"=\"",
    ] {
        assert!(findings.iter().any(|f| f.starts_with(expected)), "no {expected:?} in {findings:#?}");
    }
    let fr = report["languages"]
        .as_array()
        .and_then(|l| l.iter().find(|l| l["lang"] == "fr"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(fr["obsolete"], 1);
    assert_eq!(fr["identical"], 1);
    assert_eq!(fr["syntax_errors"], 1);
    assert!(fr["missing"].as_u64().unwrap_or(0) > 0, "the fixture's French lacks the explainer");
    let strict = statusdoc(project.path(), &["check", "--strict"]);
    assert_eq!(strict.status.code(), Some(1), "--strict fails on warnings");
    let output = statusdoc(project.path(), &["build", "--out", "public"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("English fallbacks: fr "), "{}", stdout(&output));
    let page = read(&project.path().join("public"), "fr/sip/503/index.html");
    assert!(page.contains(
        "<span lang=\"en\" class=\"untranslated\">The server is overloaded or in maintenance.</span>"
    ));
    let strict_build = statusdoc(project.path(), &["build", "--out", "public", "--strict"]);
    assert_eq!(strict_build.status.code(), Some(1), "build --strict fails on warnings");
}
