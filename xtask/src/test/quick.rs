//! `cargo xtask test --quick`: the edit loop, about a minute when warm.
//!
//! It keeps every native test but the claims (`tests/claims/`: each preset's story over ten
//! seeds, minutes of training even optimised) and the page's smoke tests; it leaves out the
//! claims, the wasm stage, the rest of the page suite and the other engines. The README says so.
//! The page is built in cargo's `quick` profile (release without LTO, incremental).

use std::fs;
use std::path::{Path, PathBuf};

use crate::setup;

/// The native test binaries the quick loop runs (Cargo.toml's `[[test]]` targets): every native
/// integration test but the claims (`tests/claims/`), which train each preset's story over ten
/// seeds. The browser-only `*_wasm` targets hold no native test.
const QUICK_NATIVE: [&str; 2] = ["native", "allocation"];

/// The page tests it keeps: the page loads and draws with no console error, the slider moves
/// the focused run by mouse and keys, and the one-file bundle trains from `file://`.
const QUICK_PAGE: [&str; 3] = ["smoke.test.mjs", "slider.test.mjs", "bundle.test.mjs"];

/// `cargo test` target flags: the library, the binaries (the xtask's unit tests) and the quick
/// native test binaries.
pub fn native_targets() -> Result<Vec<String>, String> {
    let manifest = setup::workspace_root().join("Cargo.toml");
    let text = fs::read_to_string(&manifest)
        .map_err(|e| format!("cannot read {}: {e}", manifest.display()))?;
    let mut args = vec!["--lib".to_string(), "--bins".to_string()];
    for name in QUICK_NATIVE {
        if !text.contains(&format!("name = \"{name}\"")) {
            return Err(format!(
                "the test target {name} is not in {}",
                manifest.display()
            ));
        }
        args.extend(["--test".to_string(), name.to_string()]);
    }
    Ok(args)
}

/// The quick page tests that exist in `dir`, or an error if none do (a renamed file).
pub fn page_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let files: Vec<PathBuf> = QUICK_PAGE
        .iter()
        .map(|name| dir.join(name))
        .filter(|path| path.is_file())
        .collect();
    if files.len() != QUICK_PAGE.len() {
        return Err(format!(
            "the quick page tests {QUICK_PAGE:?} are not all in {}",
            dir.display()
        ));
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_native_leaves_out_the_claims_and_the_browser_files() {
        let args = native_targets().unwrap();
        assert!(args.contains(&"--lib".to_string()));
        assert!(!args.iter().any(|a| a == "claims" || a.ends_with("_wasm")));
        // The fast science stays: the gradients (tests/native.rs's modules) are checked against
        // finite differences.
        assert!(args.iter().any(|a| a == "native"));
    }

    #[test]
    fn quick_page_files_exist() {
        let dir = setup::workspace_root().join("tests/page");
        assert_eq!(page_files(&dir).unwrap().len(), QUICK_PAGE.len());
    }
}
