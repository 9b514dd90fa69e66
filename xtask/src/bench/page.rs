//! The page benches: build dist/, serve it on loopback, and let a script in benches/js drive
//! the real page in headless Chromium, then (engines.mjs) in Chromium, Firefox and WebKitGTK.

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Stdio};

use super::{ensure_bench_npm, find_chrome, no_chrome};
use crate::{build, serve::Server, setup};

/// The page itself: build dist/, serve it, let benches/js/page.mjs drive `window.lab`.
/// Returns the report lines, or why the page could not be measured.
pub fn page_bench(js_dir: &Path) -> Result<String, String> {
    eprintln!("bench: page: 4 rates at full speed in headless Chromium …");
    let mut stdout = drive_page(js_dir, &["page.mjs"])?;
    // The same measurement in every engine a school has; a machine without Firefox or
    // WebKitGTK (and no apt to install them) still gets the Chromium figures above.
    match setup::engines::ensure_engines() {
        Ok(engines) => {
            eprintln!("bench: page: the same 4 rates in Chromium, Firefox and WebKitGTK …");
            let envs = [
                ("FIREFOX", engines.firefox.as_os_str()),
                ("WEBKIT_DRIVER", engines.webkit_driver.as_os_str()),
            ];
            stdout += &drive_page_with(js_dir, &["engines.mjs"], &envs)?;
            let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
            let load = load
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            stdout +=
                &format!("page\tmachine load average after the engines (1, 5, 15 min)\t{load}\n");
        }
        Err(e) => stdout += &format!("page\tFirefox and WebKitGTK\tnot measured: {e}\n"),
    }
    Ok(tagged_lines(&stdout, "page"))
}

/// A script's `tag\t<what>\t<value>` lines as a Markdown list `- what: value`.
pub fn tagged_lines(stdout: &str, tag: &str) -> String {
    let mut lines = String::new();
    for line in stdout.lines() {
        if let Some(rest) = line.strip_prefix(tag).and_then(|l| l.strip_prefix('\t')) {
            let (key, value) = rest.split_once('\t').unwrap_or((rest, ""));
            lines += &format!("- {key}: {value}\n");
        }
    }
    lines
}

/// Builds dist/, serves it on loopback and runs `node <script_and_args>` in benches/js with
/// LAB_URL and CHROME set; returns its stdout (its stderr goes straight to ours).
pub fn drive_page(js_dir: &Path, script_and_args: &[&str]) -> Result<String, String> {
    drive_page_with(js_dir, script_and_args, &[])
}

/// [`drive_page`] with more environment variables for the script.
fn drive_page_with(
    js_dir: &Path,
    script_and_args: &[&str],
    envs: &[(&str, &OsStr)],
) -> Result<String, String> {
    let chrome = find_chrome().ok_or_else(no_chrome)?;
    // The scripts use the page tests' harness, which imports playwright-core from tests/page;
    // page.mjs also imports it from benches/js itself.
    setup::ensure_npm_deps()?;
    ensure_bench_npm(js_dir)?;
    let dist = build::run()?;
    let server = Server::start_loopback(dist)?;
    let out = Command::new("node")
        .args(script_and_args)
        .env("LAB_URL", server.url())
        .env("CHROME", &chrome)
        .envs(envs.iter().copied())
        .current_dir(js_dir)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot start node: {e}"))?;
    drop(server);
    if !out.status.success() {
        return Err(format!(
            "benches/js/{} exited with {}",
            script_and_args[0], out.status
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}
