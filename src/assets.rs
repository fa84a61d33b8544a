//! Static files: copied to `static/`, with a content fingerprint in the names of the
//! stylesheet and script so that hosts can cache them for ever.

use std::collections::BTreeMap;

use crate::diag::{Diagnostic, Diagnostics};
use crate::render::{Assets, OutputFile};

/// Files every site's templates link to, in `static/`.
const REQUIRED: [&str; 3] = ["style.css", "site.js", "icon.svg"];

/// The output files of `static/` and the names the templates link to.
pub fn plan_assets(
    statics: &BTreeMap<String, Vec<u8>>,
    diagnostics: &mut Diagnostics,
) -> (Assets, Vec<OutputFile>) {
    for name in REQUIRED {
        if !statics.contains_key(name) {
            diagnostics.push(
                Diagnostic::error(format!("static/{name}"), None, "this static file is missing").with_hint(
                    "the templates link to it; restore it from a project made with `statusdoc init`",
                ),
            );
        }
    }
    let mut files = Vec::new();
    let mut names = BTreeMap::new();
    for (name, bytes) in statics {
        let output = match name.rsplit_once('.') {
            Some((stem, ext @ ("css" | "js"))) => format!("static/{stem}.{:016x}.{ext}", fnv1a(bytes)),
            _ => format!("static/{name}"),
        };
        names.insert(name.as_str(), output.clone());
        files.push(OutputFile { path: output, bytes: bytes.clone() });
    }
    let get = |name: &str| names.get(name).cloned().unwrap_or_default();
    (Assets { css: get("style.css"), js: get("site.js"), icon: get("icon.svg") }, files)
}

/// FNV-1a: a stable hash, the same on every platform and compiler version.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_change_with_content() {
        let mut statics = BTreeMap::new();
        statics.insert("style.css".to_string(), b"a{}".to_vec());
        statics.insert("icon.svg".to_string(), b"<svg/>".to_vec());
        statics.insert("site.js".to_string(), b"1".to_vec());
        let (assets, files) = plan_assets(&statics, &mut Diagnostics::default());
        assert!(assets.css.starts_with("static/style.") && assets.css.ends_with(".css"));
        assert_eq!(assets.icon, "static/icon.svg");
        assert_eq!(files.len(), 3);
        statics.insert("style.css".to_string(), b"b{}".to_vec());
        let (changed, _) = plan_assets(&statics, &mut Diagnostics::default());
        assert_ne!(assets.css, changed.css);
    }
}
