//! `cargo xtask test --quick`: the edit loop, about a minute when warm.
//!
//! It keeps every native test but the claims (`tests/claims/`: each preset's story over ten
//! seeds, minutes of training even optimised) and the page's smoke tests; it leaves out the
//! claims, the wasm stage, the rest of the page suite and the other engines. The README says so.
//! The page is built in cargo's `quick` profile (release without LTO, incremental).

use std::fs;
use std::path::{Path, PathBuf};

use crate::setup;

/// The integration tests the quick loop leaves out: `tests/<name>.rs` or `tests/<name>/main.rs`.
const SLOW_NATIVE: [&str; 1] = ["claims"];

/// The page tests it keeps: the page loads and draws with no console error, the slider moves
/// the focused run by mouse and keys, and the one-file bundle trains from `file://`.
const QUICK_PAGE: [&str; 3] = ["smoke.test.mjs", "slider.test.mjs", "bundle.test.mjs"];

/// `cargo test` target flags: the library, the binaries (the xtask's unit tests) and every
/// native integration test but the slow ones. Browser-only `*_wasm` files hold no native test.
pub fn native_targets() -> Result<Vec<String>, String> {
    let dir = setup::workspace_root().join("tests");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .flatten()
        .filter_map(|entry| integration_test_name(&entry.path()))
        .filter(|name| !name.ends_with("_wasm") && !SLOW_NATIVE.contains(&name.as_str()))
        .collect();
    names.sort();
    let mut args = vec!["--lib".to_string(), "--bins".to_string()];
    for name in names {
        args.extend(["--test".to_string(), name]);
    }
    Ok(args)
}

/// `tests/x.rs` → `x`; `tests/x/main.rs` → `x` (cargo's two layouts of an integration test).
fn integration_test_name(path: &Path) -> Option<String> {
    let name = path.file_stem()?.to_str()?.to_string();
    if path.is_dir() {
        return path.join("main.rs").is_file().then_some(name);
    }
    (path.extension()? == "rs").then_some(name)
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
        // The fast science stays: the gradients are checked against finite differences.
        assert!(args.iter().any(|a| a == "gradients"));
    }

    #[test]
    fn quick_page_files_exist() {
        let dir = setup::workspace_root().join("tests/page");
        assert_eq!(page_files(&dir).unwrap().len(), QUICK_PAGE.len());
    }
}
