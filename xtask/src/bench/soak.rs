//! `cargo xtask bench --only soak [--minutes N]`: the page left running as in a whole lesson.
//!
//! Builds dist/, serves it on loopback and lets benches/js/soak.mjs drive headless Chromium for
//! N minutes (default 30): four rates at full speed, the default preset and digits in turn, a
//! scripted user every few seconds. Its progress goes to stderr as it happens; its report (a
//! Markdown table of memory over time, frame times per window, runs diverged) is returned.

use std::path::Path;

pub fn run(js_dir: &Path, minutes: f64) -> Result<String, String> {
    eprintln!("bench: soak: {minutes} minutes of the page in headless Chromium …");
    super::drive_page(js_dir, &["soak.mjs", "--minutes", &minutes.to_string()])
}
