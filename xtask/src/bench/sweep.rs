//! `cargo xtask bench --only sweep` (#11): the default p-sweep (10 rates × 3 seeds) on the
//! page's Web Worker pool in headless Chromium, with 1 and 2 workers, and the main thread's
//! frames while a sweep runs beside the lab playing (benches/js/sweep.mjs).

use std::path::Path;

pub fn run(js_dir: &Path) -> Result<String, String> {
    eprintln!("bench: sweep: the default p-sweep on 1 and 2 workers in headless Chromium …");
    let stdout = super::drive_page(js_dir, &["sweep.mjs"])?;
    Ok(super::page::tagged_lines(&stdout, "sweep"))
}
