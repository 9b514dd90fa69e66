//! The wasm stage of `cargo xtask test`: the browser test files (`tests/*_wasm.rs`) built for
//! wasm32 and run in headless Chromium by wasm-bindgen-test-runner (.cargo/config.toml), driven
//! through chromedriver.

use std::fs;
use std::process::Command;

use crate::setup::{self, Browser};

pub fn wasm(browser: &Browser) -> Result<(), String> {
    // Point chromedriver at the same browser the page tests use, through the capabilities
    // file wasm-bindgen-test-runner reads (it adds --headless --no-sandbox itself).
    let target = setup::target_dir()?;
    fs::create_dir_all(&target).map_err(|e| e.to_string())?;
    let capabilities = target.join("xtask-webdriver.json");
    let chrome = browser
        .chrome
        .to_string_lossy()
        .replace('\\', "\\\\")
        .replace('"', "\\\"");
    fs::write(
        &capabilities,
        format!("{{\"goog:chromeOptions\": {{\"binary\": \"{chrome}\"}}}}\n"),
    )
    .map_err(|e| format!("cannot write {}: {e}", capabilities.display()))?;

    let mut cmd = Command::new(setup::cargo());
    cmd.args([
        "test",
        "--no-fail-fast",
        "--target",
        setup::WASM_TARGET,
        "-p",
        "dropout-lab",
    ]);
    // Only the browser test files (`tests/*_wasm.rs`): the native ones hold no
    // `#[wasm_bindgen_test]`, so building them for wasm32 and starting a browser for each would
    // only cost CI time.
    for name in wasm_test_files()? {
        cmd.args(["--test", &name]);
    }
    cmd.current_dir(setup::workspace_root())
        .env("PATH", setup::path_with_cargo_bin())
        .env("CHROMEDRIVER", &browser.chromedriver)
        .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &capabilities);
    // The runner prefers these over CHROMEDRIVER; a stray one would switch browsers.
    for other in ["GECKODRIVER", "SAFARIDRIVER", "MSEDGEDRIVER"] {
        cmd.env_remove(other).env_remove(format!("{other}_REMOTE"));
    }
    cmd.env_remove("CHROMEDRIVER_REMOTE")
        .env_remove("NO_HEADLESS");
    // Training in a debug-build wasm can exceed the runner's 20 s default per test binary.
    if std::env::var_os("WASM_BINDGEN_TEST_TIMEOUT").is_none() {
        cmd.env("WASM_BINDGEN_TEST_TIMEOUT", "300");
    }
    setup::run(&mut cmd, "cargo test --target wasm32-unknown-unknown")
}

/// Names of the test files that run in the browser: `tests/<name>_wasm.rs`.
fn wasm_test_files() -> Result<Vec<String>, String> {
    let dir = setup::workspace_root().join("tests");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .flatten()
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter_map(|file| file.strip_suffix(".rs").map(str::to_string))
        .filter(|name| name.ends_with("_wasm"))
        .collect();
    names.sort();
    if names.is_empty() {
        return Err(format!(
            "no tests/*_wasm.rs browser test files in {}",
            dir.display()
        ));
    }
    Ok(names)
}
