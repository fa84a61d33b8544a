//! Builds a small fixture site and checks its output exactly: the file list, one code page
//! per protocol, fallbacks, errors, and that a failed build leaves the output as it was.

mod common;

use common::*;

#[test]
fn output_files_are_the_planned_ones() {
    let project = fixture("mini");
    let out = project.path().join("public");
    let output = build(project.path(), &out, &[]);
    assert!(
        stdout(&output).starts_with("built 18 pages (4 codes × 2 languages, 23 files)"),
        "{}",
        stdout(&output)
    );
    let files: Vec<String> = read_tree(&out)
        .into_keys()
        .map(|p| {
            // Fingerprints change with the CSS and JS; the list should not.
            if p.starts_with("static/style.") {
                "static/style.<hash>.css".into()
            } else if p.starts_with("static/site.") {
                "static/site.<hash>.js".into()
            } else {
                p
            }
        })
        .collect();
    insta::assert_snapshot!("fixture_files", files.join("\n"));
}

#[test]
fn one_code_page_per_protocol() {
    let project = fixture("mini");
    let out = project.path().join("public");
    build(project.path(), &out, &[]);
    insta::assert_snapshot!("fixture_http_503_en", main_of(&read(&out, "en/http/503/index.html")));
    insta::assert_snapshot!("fixture_sip_503_en", main_of(&read(&out, "en/sip/503/index.html")));
}

#[test]
fn a_missing_translation_falls_back_for_that_fragment_only() {
    let project = fixture("mini");
    let out = project.path().join("public");
    build(project.path(), &out, &[]);
    let http = read(&out, "fr/http/503/index.html");
    assert!(
        http.contains("Le serveur ne peut pas traiter la requête pour le moment ; <code>Retry-After</code>")
    );
    let sip = read(&out, "fr/sip/503/index.html");
    assert!(sip.contains(
        "<p class=\"description\"><span lang=\"en\" class=\"untranslated\">The server is overloaded or in maintenance.</span></p>"
    ));
}

#[test]
fn snippets_send_the_sample_body() {
    let project = fixture("mini");
    let out = project.path().join("public");
    build(project.path(), &out, &[]);
    let page = text_of(&read(&out, "en/http/200/index.html"));
    assert!(page.contains("Content-Length: 16\n\n{\n  \"ok\": true\n}"), "pretty body, counted");
    assert!(page.contains("Response(\"\"\"{\n  \"ok\": true\n}\"\"\", status=HTTPStatus.OK"));
    let no_content = text_of(&read(&out, "en/http/204/index.html"));
    assert!(no_content.contains("response = Response(status=HTTPStatus.NO_CONTENT)"));
    let message = no_content.split("HTTP/1.1 204 No Content").nth(1).and_then(|m| m.split("\n\n").next());
    assert!(message.is_some_and(|m| m.starts_with("\nDate: ")), "{message:?}");
    assert!(!message.unwrap_or_default().contains("Content-Length"), "204 has no Content-Length");
}

#[test]
fn bad_input_fails_with_its_position_and_keeps_the_previous_output() {
    let project = fixture("mini");
    let out = project.path().join("public");
    build(project.path(), &out, &[]);
    let before = read_tree(&out);
    let code = project.path().join("content/codes/http/204.toml");
    let text = std::fs::read_to_string(&code)
        .unwrap_or_default()
        .replace("fault = \"neither\"", "fault = \"nobody\"\ncolour = 1");
    std::fs::write(&code, text).unwrap_or_else(|e| panic!("{e}"));
    let output = statusdoc(project.path(), &["build", "--out", "public"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).is_empty(), "nothing on stdout on failure");
    let err = stderr(&output);
    assert!(err.contains("content/codes/http/204.toml:5:1: error: unknown field `colour`"), "{err}");
    assert!(read_tree(&out) == before, "the previous output is unchanged");
}

#[test]
fn usage_errors_exit_with_2() {
    let project = fixture("mini");
    let output = statusdoc(project.path(), &["build", "--no-such-flag"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_foreign_folder_is_not_replaced() {
    let project = fixture("mini");
    let out = project.path().join("mine");
    std::fs::create_dir(&out).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(out.join("notes.txt"), "keep me").unwrap_or_else(|e| panic!("{e}"));
    let output = statusdoc(project.path(), &["build", "--out", "mine"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("statusdoc did not create"), "{}", stderr(&output));
    assert_eq!(read(&out, "notes.txt"), "keep me");
    let output = statusdoc(project.path(), &["build", "--out", "."]);
    assert_eq!(output.status.code(), Some(1), "the project folder itself is refused");
}
