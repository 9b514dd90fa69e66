//! Which file a request target names, and what type it is.
//!
//! A browser normalises `..` away before it sends a request, but anything that can open a TCP
//! socket can send `GET /../../etc/passwd` or an encoded variant, so the target is decoded once
//! and then every path component must be a plain name: nothing can climb out of `dist/`, and a
//! symlink inside `dist/` that leads out is refused after the real path is known.

use std::path::{Component, Path, PathBuf};

/// What a request for `target` below `root` (canonical) gets.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    File(PathBuf),
    /// The target tries to leave the root (403).
    Forbidden,
    NotFound,
}

pub fn resolve(target: &str, root: &Path) -> Resolved {
    let Some(relative) = safe_relative_path(target) else {
        return Resolved::Forbidden;
    };
    let mut path = root.join(relative);
    if path.is_dir() {
        path.push("index.html");
    }
    match path.canonicalize() {
        Ok(real) if !real.starts_with(root) => Resolved::Forbidden,
        Ok(real) if real.is_file() => Resolved::File(real),
        _ => Resolved::NotFound,
    }
}

/// The request target as a path below the root, or None if it tries to climb out of it.
/// Decoded exactly once: `%252e` stays the literal name `%2e`, which is harmless.
fn safe_relative_path(target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("");
    // Origin-form only: absolute-form (`http://host/x`) and `*` are for proxies.
    if !path.starts_with('/') {
        return None;
    }
    let decoded = percent_decode(path)?;
    if decoded.contains(['\0', '\\', ':']) {
        return None;
    }
    let mut relative = PathBuf::new();
    for component in Path::new(decoded.trim_start_matches('/')).components() {
        match component {
            Component::Normal(name) => relative.push(name),
            Component::CurDir => {}
            Component::ParentDir | Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(relative)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// `.wasm` must be `application/wasm` or the browser refuses streaming compilation; with
/// `nosniff` every other type must be right too or the browser refuses the script or style.
pub fn mime_type(path: &Path) -> &'static str {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    match ext.to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" | "map" => "application/json",
        "csv" => "text/csv; charset=utf-8",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "txt" | "md" | "ts" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn refuses_targets_that_climb_out_or_are_not_plain_paths() {
        for target in [
            "/../etc/passwd",
            "/a/../../x",
            "/..",
            "/%2e%2e/x",
            "/%2E%2E/x",
            "/.%2e/x",
            "/a%2f..%2f..%2fx",
            "/a%2F..%2F..%2Fx",
            "/a\\..\\x",
            "/a%5c..%5cx",
            "/index.html%00.png",
            "/C:/Windows/win.ini",
            "x",
            "",
            "*",
            "http://evil.example/etc/passwd",
            "/%zz",
            "/%2",
            "/%ff%fe",
        ] {
            assert_eq!(safe_relative_path(target), None, "{target:?}");
        }
    }

    #[test]
    fn plain_targets_map_below_the_root() {
        assert_eq!(
            safe_relative_path("/pkg/a.js?v=1"),
            Some(PathBuf::from("pkg/a.js"))
        );
        assert_eq!(safe_relative_path("/"), Some(PathBuf::new()));
        assert_eq!(safe_relative_path("/./a.css"), Some(PathBuf::from("a.css")));
        // An absolute path after the slash stays below the root.
        assert_eq!(
            safe_relative_path("//etc/passwd"),
            Some(PathBuf::from("etc/passwd"))
        );
        assert_eq!(
            safe_relative_path("/my%20file.css"),
            Some(PathBuf::from("my file.css"))
        );
        // Decoded once: a double-encoded dot-dot is a literal, harmless name.
        assert_eq!(
            safe_relative_path("/%252e%252e/x"),
            Some(PathBuf::from("%2e%2e/x"))
        );
    }

    #[test]
    fn symlinks_out_of_the_root_are_refused_and_files_found() {
        let base = std::env::temp_dir().join(format!("xtask-files-{}", std::process::id()));
        let _ = fs::remove_dir_all(&base);
        let root = base.join("dist");
        fs::create_dir_all(root.join("pkg")).unwrap();
        fs::write(root.join("index.html"), "lab").unwrap();
        fs::write(base.join("secret.txt"), "secret").unwrap();
        let root = root.canonicalize().unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(base.join("secret.txt"), root.join("leak.txt")).unwrap();
            std::os::unix::fs::symlink(&base, root.join("up")).unwrap();
            assert_eq!(resolve("/leak.txt", &root), Resolved::Forbidden);
            assert_eq!(resolve("/up/secret.txt", &root), Resolved::Forbidden);
        }
        assert_eq!(resolve("/", &root), Resolved::File(root.join("index.html")));
        assert_eq!(resolve("/pkg/", &root), Resolved::NotFound);
        assert_eq!(resolve("/missing.js", &root), Resolved::NotFound);
        assert_eq!(resolve("/../secret.txt", &root), Resolved::Forbidden);
        fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn every_file_type_of_the_site_gets_the_type_browsers_insist_on() {
        for (file, wanted) in [
            ("pkg/x_bg.wasm", "application/wasm"),
            ("main.js", "text/javascript"),
            ("index.html", "text/html"),
            ("style.css", "text/css"),
            ("shot.PNG", "image/png"),
            ("icon.svg", "image/svg+xml"),
            ("preset.json", "application/json"),
            ("losses.csv", "text/csv"),
            ("favicon.ico", "image/x-icon"),
            ("README", "application/octet-stream"),
        ] {
            assert!(mime_type(Path::new(file)).starts_with(wanted), "{file}");
        }
    }
}
