//! Embeds the default site (config, content, locales, templates, static files) into the
//! binary, so that an installed `statusdoc` can write a complete project with `init`
//! and build it without the source tree.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

const EMBEDDED: &[&str] = &["config.toml", "content", "locales", "templates", "static"];

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let root = Path::new(&manifest);
    let mut files = Vec::new();
    for entry in EMBEDDED {
        let path = root.join(entry);
        println!("cargo:rerun-if-changed={}", path.display());
        for item in walkdir::WalkDir::new(&path).sort_by_file_name() {
            let item = item.expect("the embedded site is readable");
            if item.file_type().is_file() {
                let relative = item.path().strip_prefix(root).expect("walk stays under root");
                let name = relative.to_string_lossy().replace('\\', "/");
                files.push((name, item.path().to_path_buf()));
            } else if item.file_type().is_dir() {
                println!("cargo:rerun-if-changed={}", item.path().display());
            }
        }
    }
    files.sort();
    let mut code = String::from("/// The default site, as (relative path, bytes), sorted by path.\n");
    code.push_str("pub static FILES: &[(&str, &[u8])] = &[\n");
    for (name, path) in &files {
        writeln!(code, "    ({name:?}, include_bytes!({:?})),", path.display().to_string())
            .expect("writing to a String cannot fail");
    }
    code.push_str("];\n");
    fs::write(Path::new(&out).join("embedded.rs"), code).expect("OUT_DIR is writable");
}
