//! The served page's script as ONE file: `dist/lab.js` becomes the whole module graph of
//! `www/lab.js` linked by the bundle's linker, and `dist/index.html` loses its per-module
//! preload hints.
//!
//! Why: the first chart waited for 27 ES modules, each a request the browser only learns of
//! after parsing its importer (modulepreload helps, but each is still a request, a parse and a
//! module record). One script is one request. `www/` stays the readable source; only `dist/`
//! holds the linked file. The one-file bundle is built before this runs, from the same modules.
//!
//! The file opens with V8's compile hint (see [`COMPILE_ALL_ON_LOAD`]): start-up calls most of it.
//!
//! Each module's `import.meta.url` is rewritten to the URL the module had before linking, so
//! what it resolves against it (wasm-bindgen's `.wasm`, a worker's script) is found as before.

use std::fs;
use std::path::Path;

use crate::bundle::link_modules;

/// Links `dist/`'s entry module into one file in place and drops the module preload hints.
pub fn link_served_script(dist: &Path) -> Result<(), String> {
    let read = |name: &str| {
        fs::read_to_string(dist.join(name))
            .map_err(|e| format!("link: cannot read {}: {e}", dist.join(name).display()))
    };
    let html = read("index.html")?;
    let entry = entry_of(&html).ok_or("link: index.html has no <script type=\"module\" src=…>")?;
    let linked = link_modules(&entry, &|path| {
        read(path).map(|s| keep_module_url(path, &s))
    })?;
    let write = |name: &str, text: String| {
        fs::write(dist.join(name), text)
            .map_err(|e| format!("link: cannot write {}: {e}", dist.join(name).display()))
    };
    write(
        &entry,
        format!(
            "{COMPILE_ALL_ON_LOAD}\n// {entry} and every module it imports, linked by `cargo xtask build` (the sources are in www/).\n{linked}"
        ),
    )?;
    write("index.html", without_module_preloads(&html))
}

/// V8's explicit compile hint (Chromium 136 and later; other engines read a comment): compile
/// every function of the file on the thread that streams it in, instead of each one on the
/// page's thread when start-up first calls it. Measured on the linked lab.js (#18): the 365
/// functions start-up called were compiled lazily on the page's thread before the first chart
/// (V8.CompileCode, 20-60 ms on a loaded 2-core machine); with the hint, none.
const COMPILE_ALL_ON_LOAD: &str = "//# allFunctionsCalledOnLoad";

/// The `src` of the page's module script.
fn entry_of(html: &str) -> Option<String> {
    let prefix = "<script type=\"module\" src=\"";
    let start = html.find(prefix)? + prefix.len();
    let len = html[start..].find('"')?;
    Some(html[start..start + len].to_string())
}

/// `import.meta.url` as the module at `path` (relative to the page) saw it before linking.
fn keep_module_url(path: &str, source: &str) -> String {
    let quoted = serde_json::to_string(path).unwrap_or_default();
    source.replace(
        "import.meta.url",
        &format!("new URL({quoted}, import.meta.url).href"),
    )
}

/// The page without `<link rel="modulepreload">` lines: the modules they named are linked into
/// the entry now (the wasm's preload stays: it is fetched while the script runs).
fn without_module_preloads(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    for line in html.lines() {
        if line.trim_start().starts_with("<link rel=\"modulepreload\"") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_linked_module_resolves_urls_against_where_it_was() {
        let text = keep_module_url(
            "pkg/glue.js",
            "const u = new URL('glue_bg.wasm', import.meta.url);",
        );
        assert_eq!(
            text,
            "const u = new URL('glue_bg.wasm', new URL(\"pkg/glue.js\", import.meta.url).href);"
        );
    }

    #[test]
    fn the_page_keeps_its_script_and_the_wasm_preload_only() {
        let html = "<head>\n  <link rel=\"modulepreload\" href=\"lab/a.js\">\n  <link rel=\"preload\" href=\"pkg/x.wasm\" as=\"fetch\">\n  <script type=\"module\" src=\"lab.js\"></script>\n</head>\n";
        let out = without_module_preloads(html);
        assert!(!out.contains("modulepreload"), "{out}");
        assert!(
            out.contains("pkg/x.wasm") && out.contains("src=\"lab.js\""),
            "{out}"
        );
        assert_eq!(entry_of(&out).as_deref(), Some("lab.js"));
    }

    #[test]
    fn links_a_small_site_in_place() {
        let dist = std::env::temp_dir().join(format!("xtask-served-{}", std::process::id()));
        fs::create_dir_all(dist.join("pkg")).unwrap();
        let html = "<link rel=\"modulepreload\" href=\"pkg/g.js\">\n<script type=\"module\" src=\"lab.js\"></script>\n";
        fs::write(dist.join("index.html"), html).unwrap();
        fs::write(
            dist.join("lab.js"),
            "import { f } from './pkg/g.js';\nf();\n",
        )
        .unwrap();
        fs::write(
            dist.join("pkg/g.js"),
            "export function f() { return new URL('g_bg.wasm', import.meta.url); }\n",
        )
        .unwrap();
        link_served_script(&dist).unwrap();
        let lab = fs::read_to_string(dist.join("lab.js")).unwrap();
        let page = fs::read_to_string(dist.join("index.html")).unwrap();
        fs::remove_dir_all(&dist).unwrap();
        assert!(
            !lab.contains("import {") && lab.contains("new URL(\"pkg/g.js\", import.meta.url)"),
            "{lab}"
        );
        assert!(lab.starts_with("//# allFunctionsCalledOnLoad\n"), "{lab}");
        assert!(!page.contains("modulepreload"), "{page}");
    }
}
