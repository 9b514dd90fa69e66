//! `cargo xtask build`: the complete static site in `dist/`.
//!
//! release wasm (simd128 from .cargo/config.toml) → wasm-bindgen `--target web` into
//! `dist/pkg/` → copy `www/` over it → the one-file `dist/dropout-lab.html` (see `bundle.rs`)
//! → the served page's modules linked into one `dist/lab.js` (see `build/served.rs`).
//! No bundler, and no wasm-opt. Debian's wasm-opt 108 emits a module that validates but fails at
//! load (`WebAssembly.Table.set(): Argument 1 is invalid`); binaryen 132 from npm works but is not
//! worth it here (measured 2026-12-06 on the 1514 KB wasm: `-Oz` 1443 KB, `-O3` 1458 KB, and
//! 603–604 KB gzip against 606 KB, for 56–60 s more per build): LLVM's LTO at opt-level 3 leaves
//! it little to do, and a third of the file is data (the catalogs, the digits), not code.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::setup;

mod served;

/// Setup + build; returns the `dist/` directory.
pub fn run() -> Result<PathBuf, String> {
    setup::ensure_wasm_target()?;
    let wasm_bindgen = setup::ensure_wasm_bindgen()?;
    build_dist(&wasm_bindgen)
}

/// The release build: what is served and published.
pub fn build_dist(wasm_bindgen: &Path) -> Result<PathBuf, String> {
    build_dist_with(wasm_bindgen, "release")
}

/// `dist/` from the wasm built in cargo profile `profile`: `release`, or `quick` for
/// `cargo xtask test --quick` (no LTO, parallel and incremental codegen: the edit loop rebuilds
/// the page in seconds instead of a minute, in its own target folder so neither build undoes the
/// other's).
pub fn build_dist_with(wasm_bindgen: &Path, profile: &str) -> Result<PathBuf, String> {
    let started = Instant::now();
    let root = setup::workspace_root();
    let wasm = compile_wasm(&root, profile)?;
    let dist = empty_dist(&root)?;
    bind_wasm(wasm_bindgen, &wasm, &dist.join("pkg"))?;
    copy_www(&root, &dist)?;
    // The one-file page rides along, so a served or published site offers it for download.
    // Its size limit is the shipped build's: `quick`'s wasm, without LTO, is ~30 KB more gzipped.
    let bundle = crate::bundle::write_bundle(&dist, profile == "release")?;
    // Then the served page's modules into one script (the bundle above read them unlinked).
    served::link_served_script(&dist)?;
    report_sizes(&dist, &bundle, started)?;
    Ok(dist)
}

/// `cargo build` of the crate's wasm in `profile`; returns the `.wasm` cargo wrote.
pub(crate) fn compile_wasm(root: &Path, profile: &str) -> Result<PathBuf, String> {
    setup::run(
        Command::new(setup::cargo())
            .args([
                "build",
                "--profile",
                profile,
                "--target",
                setup::WASM_TARGET,
            ])
            .args(["--lib", "-p", "dropout-lab"])
            .current_dir(root),
        &format!("cargo build --profile {profile} --target wasm32-unknown-unknown"),
    )?;
    let wasm = setup::target_dir()?
        .join(setup::WASM_TARGET)
        .join(profile)
        .join("dropout_lab.wasm");
    if !wasm.is_file() {
        return Err(format!("expected {} after the build", wasm.display()));
    }
    Ok(wasm)
}

/// `dist/`, emptied so files deleted from www/ do not linger.
fn empty_dist(root: &Path) -> Result<PathBuf, String> {
    let dist = root.join("dist");
    if dist.exists() {
        fs::remove_dir_all(&dist).map_err(|e| format!("cannot clear {}: {e}", dist.display()))?;
    }
    Ok(dist)
}

/// wasm-bindgen's `--target web` glue and the wasm it rewrites, into `pkg`.
fn bind_wasm(wasm_bindgen: &Path, wasm: &Path, pkg: &Path) -> Result<(), String> {
    setup::run(
        Command::new(wasm_bindgen)
            .args(["--target", "web", "--remove-name-section", "--out-dir"])
            .arg(pkg)
            .arg(wasm),
        "wasm-bindgen",
    )
}

/// The page's own files (`www/`) over `dist/`, without a stale `www/pkg` from manual builds.
fn copy_www(root: &Path, dist: &Path) -> Result<(), String> {
    let www = root.join("www");
    if www.is_dir() {
        copy_tree(&www, dist, &www.join("pkg"))
    } else {
        eprintln!("build: warning: no www/ directory, dist/ holds only pkg/");
        Ok(())
    }
}

/// The line a build ends with: time, the wasm raw and gzipped, the one-file page.
fn report_sizes(dist: &Path, bundle: &Path, started: Instant) -> Result<(), String> {
    let bindgen_wasm = dist.join("pkg/dropout_lab_bg.wasm");
    let raw = fs::read(&bindgen_wasm)
        .map_err(|e| format!("cannot read {}: {e}", bindgen_wasm.display()))?;
    println!(
        "build: {} in {:.1} s; dropout_lab_bg.wasm {:.1} KB, {:.1} KB gzip; one-file {} {:.1} KB",
        dist.display(),
        started.elapsed().as_secs_f64(),
        raw.len() as f64 / 1024.0,
        gzip_len(&raw)? as f64 / 1024.0,
        bundle.file_name().unwrap_or_default().to_string_lossy(),
        fs::metadata(bundle).map_or(0, |m| m.len()) as f64 / 1024.0
    );
    Ok(())
}

/// Size after `gzip -9`, what a static host would send.
fn gzip_len(bytes: &[u8]) -> Result<usize, String> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .map(|gz| gz.len())
        .map_err(|e| format!("gzip: {e}"))
}

/// Recursive copy of `from` into `to`, skipping `skip` (a stale www/pkg from manual builds).
fn copy_tree(from: &Path, to: &Path, skip: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    let entries = fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", from.display()))?;
        let source = entry.path();
        if source == skip {
            continue;
        }
        let dest = to.join(entry.file_name());
        if source.is_dir() {
            copy_tree(&source, &dest, skip)?;
        } else {
            fs::copy(&source, &dest).map_err(|e| {
                format!(
                    "cannot copy {} to {}: {e}",
                    source.display(),
                    dest.display()
                )
            })?;
        }
    }
    Ok(())
}
