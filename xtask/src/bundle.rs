//! `cargo xtask bundle`: `dist/dropout-lab.html`, the whole lab in one file that trains when a
//! teacher double-clicks it, with no server and no network.
//!
//! Browsers refuse to load ES modules and `.wasm` files from `file://` (CORS), so the bundle
//! inlines everything: the stylesheet in a `<style>`, every ES module of the page (wasm-bindgen's
//! glue included) in one `<script type="module">`, and the wasm gzipped and base64-encoded
//! (a third of its raw size), unpacked with the browser's `DecompressionStream`. No bundler:
//! the page's modules keep to a small subset of module syntax (named and default imports and
//! exports of functions, classes and constants) which [`link_modules`] rewrites into one scope,
//! each module in its own function so their private names cannot collide.
//!
//! The bundle carries its own Content-Security-Policy in a `<meta>` tag, with the SHA-256 of its
//! inline script and style, so it runs under as strict a policy as the served page.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use sha2::{Digest, Sha256};

use crate::build;

/// The global the start-up module reads to find the inlined wasm (see `www/`'s loader).
const WASM_GLOBAL: &str = "DROPOUT_LAB_WASM_GZIP_BASE64";
/// The global the sweep pool reads to start its workers from a Blob URL (see `www/lab/sweep-pool.js`).
const WORKER_GLOBAL: &str = "DROPOUT_LAB_SWEEP_WORKER";
/// The sweep worker's module, linked with the glue it imports into one classic script: a
/// module worker cannot start from `file://`, a classic one from a Blob URL can.
const WORKER_ENTRY: &str = "lab/sweep-worker.js";
/// The global the page's engine link reads to start the engine's worker from a Blob URL (see
/// `www/lab/engine.js`), and the engine worker's module, linked the same way as the sweep's.
const ENGINE_GLOBAL: &str = "DROPOUT_LAB_ENGINE_WORKER";
const ENGINE_ENTRY: &str = "lab/engine-worker.js";
/// A bundle bigger than this is a regression worth failing the build for (the page test
/// `bundle.test.mjs` holds the same figure). Languages (#19: Fluent's reader, CLDR's plural
/// rules for every language, eight catalogs), the described lab (#20) and the code panel and
/// embedding API (#21) took it from 943 KB to about 1.27 MB; gzipping the workers' scripts
/// (each with its own copy of the glue) brought it back to about 1.1 MB.
const MAX_BYTES: usize = 1280 * 1024;

pub fn run() -> Result<(), String> {
    // The build writes the bundle too; this command names it and its size.
    let dist = build::run()?;
    let out = dist.join("dropout-lab.html");
    let size = fs::metadata(&out).map_err(|e| e.to_string())?.len();
    println!(
        "bundle: {} {:.1} KB (one file: page, styles, scripts and the gzipped wasm)",
        out.display(),
        size as f64 / 1024.0
    );
    Ok(())
}

/// Builds the bundle from a finished `dist/` and returns its path; `limited`: refuses one over
/// [`MAX_BYTES`] (the release build, which ships).
pub fn write_bundle(dist: &Path, limited: bool) -> Result<PathBuf, String> {
    let read = |name: &str| {
        fs::read_to_string(dist.join(name))
            .map_err(|e| format!("bundle: cannot read {}: {e}", dist.join(name).display()))
    };
    let html = read("index.html")?;
    let entry = attribute_of(&html, "<script type=\"module\" src=\"")
        .ok_or("bundle: index.html has no <script type=\"module\" src=…>")?;
    let script = link_modules(&entry, &|path| read(path))?;
    let wasm = fs::read(dist.join("pkg/dropout_lab_bg.wasm"))
        .map_err(|e| format!("bundle: cannot read the wasm: {e}"))?;
    // A classic script has no `import.meta`; the glue only uses it for the default wasm URL,
    // which the worker never needs (it is handed the compiled module).
    // Gzipped like the wasm (`www/lab/wasm-source.js` unpacks them before any worker starts):
    // each carries its own copy of the glue, a quarter of the file as plain text.
    let classic = |entry: &str| -> Result<String, String> {
        let linked = link_modules(entry, &|path| read(path))?;
        let source = linked.replace("import.meta.url", "self.location.href");
        Ok(BASE64.encode(gzip(source.as_bytes())?))
    };
    let script = format!(
        "globalThis.{WASM_GLOBAL} = \"{}\";\nglobalThis.{WORKER_GLOBAL}_GZIP_BASE64 = \"{}\";\nglobalThis.{ENGINE_GLOBAL}_GZIP_BASE64 = \"{}\";\n{script}",
        BASE64.encode(gzip(&wasm)?),
        classic(WORKER_ENTRY)?,
        classic(ENGINE_ENTRY)?,
    );
    let style = read("style.css")?;
    let page = assemble(&html, &entry, &script, &style)?;
    if limited && page.len() > MAX_BYTES {
        return Err(format!(
            "bundle: {} KB is over the {} KB limit",
            page.len() / 1024,
            MAX_BYTES / 1024
        ));
    }
    let out = dist.join("dropout-lab.html");
    fs::write(&out, page).map_err(|e| format!("bundle: cannot write {}: {e}", out.display()))?;
    Ok(out)
}

/// The page with its stylesheet, module script and preload hints replaced by inline content,
/// and a CSP `<meta>` that allows exactly that content.
fn assemble(html: &str, entry: &str, script: &str, style: &str) -> Result<String, String> {
    // `</script` or `</style` inside the inlined text would end the element early.
    let script = script.replace("</script", "<\\/script");
    let style = style.replace("</style", "<\\/style");
    let csp = format!(
        "default-src 'none'; script-src '{}' 'wasm-unsafe-eval'; style-src '{}'; \
         img-src data: blob:; worker-src blob:; connect-src 'none'; base-uri 'none'; \
         form-action 'none'",
        sha256_source(&script),
        sha256_source(&style)
    );
    let mut out = String::with_capacity(html.len() + script.len() + style.len() + 512);
    for line in html.lines() {
        let trimmed = line.trim_start();
        // Preload hints name files the bundle no longer has; classic scripts serve only the
        // multi-file page (its file:// warning).
        if trimmed.starts_with("<link rel=\"modulepreload\"")
            || trimmed.starts_with("<link rel=\"preload\"")
            || trimmed.starts_with("<script src=")
        {
            continue;
        } else if trimmed.starts_with("<link rel=\"stylesheet\"") {
            out.push_str(&format!("  <style>{style}</style>\n"));
        } else if trimmed.starts_with(&format!("<script type=\"module\" src=\"{entry}\"")) {
            out.push_str(&format!("  <script type=\"module\">{script}</script>\n"));
        } else if trimmed.starts_with("<meta charset=") {
            out.push_str(line);
            out.push('\n');
            out.push_str(&format!(
                "  <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n"
            ));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    if !out.contains("<style>") || !out.contains("<script type=\"module\">") {
        return Err("bundle: index.html lost its stylesheet or script link".into());
    }
    Ok(out)
}

fn sha256_source(text: &str) -> String {
    format!("sha256-{}", BASE64.encode(Sha256::digest(text.as_bytes())))
}

fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .map_err(|e| format!("gzip: {e}"))
}

/// The value of the attribute that `prefix` opens, up to its closing quote.
fn attribute_of(html: &str, prefix: &str) -> Option<String> {
    let start = html.find(prefix)? + prefix.len();
    let len = html[start..].find('"')?;
    Some(html[start..start + len].to_string())
}

/// One parsed module: its body without import/export syntax, what it imports, what it exports.
struct Module {
    body: String,
    /// (module path, names as `import` lists them: `default` for a default import).
    imports: Vec<(String, Vec<(String, String)>)>,
    /// (exported name, local name).
    exports: Vec<(String, String)>,
}

/// Links the module graph rooted at `entry` into one script: each module becomes
/// `const __mN = (() => { …body…; return { exports }; })();`, dependencies first, and each
/// import becomes a `const` read from the dependency's object. Paths are relative to the page.
pub fn link_modules(
    entry: &str,
    read: &dyn Fn(&str) -> Result<String, String>,
) -> Result<String, String> {
    let mut order: Vec<String> = Vec::new();
    let mut modules: BTreeMap<String, Module> = BTreeMap::new();
    visit(entry, read, &mut Vec::new(), &mut order, &mut modules)?;
    let index = |path: &str| order.iter().position(|p| p == path).unwrap_or(usize::MAX);
    let mut out = String::new();
    for path in &order {
        let module = &modules[path];
        out.push_str(&format!(
            "// --- {path}\nconst __m{} = (() => {{\n",
            index(path)
        ));
        for (from, names) in &module.imports {
            let pairs: Vec<String> = names
                .iter()
                .map(|(imported, local)| format!("{imported}: {local}"))
                .collect();
            out.push_str(&format!(
                "const {{ {} }} = __m{};\n",
                pairs.join(", "),
                index(from)
            ));
        }
        out.push_str(&module.body);
        let exports: Vec<String> = module
            .exports
            .iter()
            .map(|(name, local)| format!("{name}: {local}"))
            .collect();
        out.push_str(&format!("\nreturn {{ {} }};\n}})();\n", exports.join(", ")));
    }
    Ok(out)
}

fn visit(
    path: &str,
    read: &dyn Fn(&str) -> Result<String, String>,
    stack: &mut Vec<String>,
    order: &mut Vec<String>,
    modules: &mut BTreeMap<String, Module>,
) -> Result<(), String> {
    if modules.contains_key(path) {
        return Ok(());
    }
    if stack.iter().any(|p| p == path) {
        return Err(format!(
            "bundle: import cycle {} → {path}",
            stack.join(" → ")
        ));
    }
    stack.push(path.to_string());
    let module = parse_module(path, &read(path)?)?;
    for (from, _) in &module.imports {
        visit(from, read, stack, order, modules)?;
    }
    stack.pop();
    modules.insert(path.to_string(), module);
    order.push(path.to_string());
    Ok(())
}

/// Splits a module into body, imports and exports. Import and export statements must start a
/// line; anything this subset does not cover is an error that names the file and line.
fn parse_module(path: &str, source: &str) -> Result<Module, String> {
    let dir = Path::new(path).parent().unwrap_or(Path::new(""));
    let mut module = Module {
        body: String::with_capacity(source.len()),
        imports: Vec::new(),
        exports: Vec::new(),
    };
    let mut lines = source.lines().enumerate();
    while let Some((n, line)) = lines.next() {
        let at = |what: &str| format!("bundle: {path}:{}: {what}", n + 1);
        let trimmed = line.trim_start();
        if trimmed.starts_with("import ") || trimmed.starts_with("import{") {
            let mut statement = line.to_string();
            while !statement.trim_end().ends_with(';') {
                let (_, next) = lines.next().ok_or_else(|| at("unterminated import"))?;
                statement.push(' ');
                statement.push_str(next);
            }
            let (names, from) = parse_import(&statement).ok_or_else(|| at("unsupported import"))?;
            module.imports.push((join_path(dir, &from)?, names));
            module.body.push('\n');
        } else if let Some(rest) = trimmed.strip_prefix("export ") {
            if let Some(list) = rest.strip_prefix('{') {
                let mut statement = list.to_string();
                while !statement.contains('}') {
                    let (_, next) = lines.next().ok_or_else(|| at("unterminated export"))?;
                    statement.push(' ');
                    statement.push_str(next);
                }
                let inner = &statement[..statement.find('}').unwrap_or(0)];
                for (local, name) in parse_names(inner) {
                    module.exports.push((name, local));
                }
                module.body.push('\n');
            } else if let Some(expr) = rest.strip_prefix("default ") {
                module.body.push_str(&format!("const __default = {expr}\n"));
                module.exports.push(("default".into(), "__default".into()));
            } else if rest.starts_with("let ") || rest.starts_with("var ") {
                return Err(at(
                    "`export let`/`export var` cannot stay live in one file; export a function or an object",
                ));
            } else {
                let name = declared_name(rest).ok_or_else(|| at("unsupported export"))?;
                module.exports.push((name.clone(), name));
                module.body.push_str(&line.replacen("export ", "", 1));
                module.body.push('\n');
            }
        } else if trimmed.contains("await ") && !line.starts_with(char::is_whitespace) {
            return Err(at("top-level await is not supported in the bundle"));
        } else {
            module.body.push_str(line);
            module.body.push('\n');
        }
    }
    Ok(module)
}

/// `import a, { b, c as d } from './x.js';` → ([("default","a"),("b","b"),("c","d")], "./x.js").
fn parse_import(statement: &str) -> Option<(Vec<(String, String)>, String)> {
    let statement = statement.trim().strip_prefix("import")?.trim();
    let (clause, from) = statement.rsplit_once("from")?;
    let from = from.trim().trim_end_matches(';').trim();
    let from = from
        .strip_prefix('\'')
        .and_then(|f| f.strip_suffix('\''))
        .or_else(|| from.strip_prefix('"').and_then(|f| f.strip_suffix('"')))?;
    let clause = clause.trim();
    let mut names = Vec::new();
    let (default, braces) = match clause.find('{') {
        Some(i) => (
            clause[..i].trim().trim_end_matches(',').trim(),
            &clause[i..],
        ),
        None => (clause, ""),
    };
    if default.starts_with('*') {
        return None;
    }
    if !default.is_empty() {
        names.push(("default".to_string(), default.to_string()));
    }
    if !braces.is_empty() {
        let inner = braces.strip_prefix('{')?.strip_suffix('}')?;
        names.extend(parse_names(inner));
    }
    Some((names, from.to_string()))
}

/// `a, b as c` → [("a","a"),("b","c")]: (name on the left, name on the right).
fn parse_names(list: &str) -> Vec<(String, String)> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|item| match item.split_once(" as ") {
            Some((a, b)) => (a.trim().to_string(), b.trim().to_string()),
            None => (item.to_string(), item.to_string()),
        })
        .collect()
}

/// The name a declaration introduces: `function f(`, `async function f(`, `class C`, `const X =`.
fn declared_name(rest: &str) -> Option<String> {
    let rest = rest.strip_prefix("async ").unwrap_or(rest);
    let rest = ["function* ", "function ", "class ", "const "]
        .iter()
        .find_map(|kw| rest.strip_prefix(kw))?;
    let name: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
        .collect();
    (!name.is_empty()).then_some(name)
}

/// `dir` + a relative specifier (`./a.js`, `../b.js`), normalised; anything else is refused.
fn join_path(dir: &Path, specifier: &str) -> Result<String, String> {
    if !specifier.starts_with("./") && !specifier.starts_with("../") {
        return Err(format!(
            "bundle: only relative imports can be inlined, got `{specifier}`"
        ));
    }
    let mut parts: Vec<String> = dir
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    for part in specifier.split('/') {
        match part {
            "." | "" => {}
            ".." => {
                parts
                    .pop()
                    .ok_or_else(|| format!("bundle: `{specifier}` leaves the site"))?;
            }
            other => parts.push(other.to_string()),
        }
    }
    Ok(parts.join("/"))
}

#[cfg(test)]
mod tests;
