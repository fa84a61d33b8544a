//! Text from TOML and from `.ftl` files is shown as text everywhere: markup, quotes and
//! script URLs injected into every kind of field never reach the output as markup.

mod common;

use std::fs;

use common::*;

const PAYLOAD: &str = "<script>alert(1)</script>\\\"'&amp;";

fn edit(path: &std::path::Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    fs::write(path, text.replace(from, to)).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn injected_markup_is_shown_as_text_everywhere() {
    let project = fixture("mini");
    let root = project.path();
    // TOML fields: a reason phrase, a header value, a body, a framework and protocol name.
    edit(&root.join("content/codes/http/200.toml"), "reason = \"OK\"", &format!("reason = \"OK {PAYLOAD}\""));
    edit(&root.join("content/codes/http/503.toml"), "\"120\"", "\"<img src=x onerror=alert(1)>\"");
    edit(
        &root.join("content/codes/http/200.toml"),
        "{\"ok\": true}",
        "{\"ok\": \"</code></pre><script>alert(2)</script>\"}",
    );
    edit(&root.join("content/frameworks/http/flask.toml"), "name = \"Flask\"", "name = \"<b>Flask</b>\\\"\"");
    edit(
        &root.join("content/protocols/sip.toml"),
        "name = \"SIP\"",
        "name = \"SIP<script>alert(3)</script>\"",
    );
    // Fluent messages: descriptions with raw HTML, a script link, quotes and entities.
    let fr = root.join("locales/fr/codes.ftl");
    edit(
        &fr,
        "La requête a réussi.",
        "Réussi <script>alert(4)</script> [lien](javascript:alert(5)) \" ' &amp;",
    );
    fs::write(
        root.join("locales/fr/site.ftl"),
        "language-name = \"><script>alert(6)</script>\nsearch-placeholder = \" onfocus=\"alert(7)\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = root.join("public");
    build(root, &out, &[]);
    let tree = read_tree(&out);
    for (path, bytes) in &tree {
        if path.starts_with("static/") {
            continue;
        }
        let text = String::from_utf8_lossy(bytes);
        for raw in ["<script>alert", "<img src=x", "<b>Flask", "javascript:", "\" onfocus=\"", "\"><script"] {
            assert!(!text.contains(raw), "{path} contains raw {raw:?}");
        }
    }
    let page = read(&out, "fr/http/200/index.html");
    assert!(
        page.contains("Réussi &lt;script&gt;alert(4)&lt;/script&gt; <a href=\"#\">lien</a>"),
        "description"
    );
    assert!(page.contains("OK &lt;script&gt;alert(1)&lt;/script&gt;"), "reason phrase");
    assert!(
        page.contains("&lt;&#x2F;code&gt;&lt;&#x2F;pre&gt;") || page.contains("&lt;/code&gt;&lt;/pre&gt;"),
        "body"
    );
    let sitemap = read(&out, "sitemap.xml");
    assert!(!sitemap.contains("<script"));
}
