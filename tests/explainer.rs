//! The explainer of every code: every field in every language, text specific to each code
//! (no cause or fix pasted across codes), and the sections on every page.

mod common;

use std::collections::BTreeMap;

use common::*;

const LANGUAGES: [&str; 5] = ["en", "fr", "ru", "pt", "vi"];

/// The one-line messages of a Fluent file, by id.
fn messages(path: &std::path::Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with(' '))
        .filter_map(|l| l.split_once(" = "))
        .map(|(id, value)| (id.to_string(), value.to_string()))
        .collect()
}

/// Codes of a protocol with their related codes, from content/codes/.
fn codes(protocol: &str) -> Vec<(u16, Vec<u16>)> {
    let dir = repo().join("content/codes").join(protocol);
    let mut codes: Vec<(u16, Vec<u16>)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| {
            let path = e.ok()?.path();
            let value: toml::Value = toml::from_str(&std::fs::read_to_string(&path).ok()?).ok()?;
            let number = u16::try_from(value.get("code")?.as_integer()?).ok()?;
            let related = value
                .get("related")
                .and_then(|r| r.as_array())
                .map(|a| a.iter().filter_map(|v| u16::try_from(v.as_integer()?).ok()).collect())
                .unwrap_or_default();
            Some((number, related))
        })
        .collect();
    codes.sort();
    codes
}

#[test]
fn every_code_has_every_explainer_field_in_every_language() {
    for protocol in ["http", "sip"] {
        for lang in LANGUAGES {
            let all = messages(&repo().join(format!("locales/{lang}/{protocol}-explain.ftl")));
            for (code, related) in codes(protocol) {
                let prefix = format!("{protocol}-{code}");
                let mut wanted: Vec<String> = [
                    "tldr",
                    "meaning",
                    "cause-1",
                    "cause-2",
                    "fix-visitor-1",
                    "fix-developer-1",
                    "fix-developer-2",
                ]
                .iter()
                .map(|f| format!("{prefix}-{f}"))
                .collect();
                wanted.extend(related.iter().map(|r| format!("{prefix}-vs-{r}")));
                for id in wanted {
                    assert!(all.get(&id).is_some_and(|v| !v.trim().is_empty()), "{lang}: {id} is missing");
                }
            }
        }
    }
}

#[test]
fn no_two_codes_share_a_cause_or_a_fix() {
    for protocol in ["http", "sip"] {
        for lang in LANGUAGES {
            let mut seen: BTreeMap<String, String> = BTreeMap::new();
            for (id, value) in messages(&repo().join(format!("locales/{lang}/{protocol}-explain.ftl"))) {
                let is_list_item = ["-cause-", "-fix-visitor-", "-fix-developer-", "-tldr", "-meaning"]
                    .iter()
                    .any(|k| id.contains(k));
                if !is_list_item {
                    continue;
                }
                let code = id.split('-').nth(1).unwrap_or_default().to_string();
                if let Some(other) = seen.get(&value) {
                    let other_code = other.split('-').nth(1).unwrap_or_default();
                    assert_eq!(other_code, code, "{lang}: {id} repeats {other}: {value}");
                }
                seen.insert(value, id);
            }
        }
    }
}

#[test]
fn every_code_page_carries_the_explainer_and_compat_only_where_mdn_has_data() {
    let out = tempfile::TempDir::new().unwrap_or_else(|e| panic!("{e}"));
    build(&repo(), &out.path().join("site"), &[]);
    let tree = read_tree(&out.path().join("site"));
    let with_compat = ["http/103/", "http/308/", "http/425/"];
    let mut pages = 0;
    for (path, bytes) in &tree {
        let Some(rest) = path.strip_suffix("index.html").filter(|p| p.matches('/').count() == 3) else {
            continue;
        };
        let html = String::from_utf8_lossy(bytes);
        let ids = attribute_values(&html, "id");
        for section in ["tldr", "meaning", "causes", "fix-visitor", "fix-developer"] {
            assert!(ids.contains(&section), "{path} has no #{section}");
        }
        let has_compat = with_compat.iter().any(|c| rest.ends_with(c));
        assert_eq!(ids.contains(&"compat"), has_compat, "{path}: compat section");
        if has_compat {
            assert!(html.contains("<table class=\"compat\">"));
        }
        pages += 1;
    }
    assert_eq!(pages, 139 * LANGUAGES.len());
}
