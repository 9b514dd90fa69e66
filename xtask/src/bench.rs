//! `cargo xtask bench`: training speed of the Rust core against JavaScript peers, one run.
//!
//! Contenders, all on the same two workloads (benches/workloads.rs = benches/js/workloads.mjs):
//! the core natively (`cargo bench --bench train`), the core as WASM (benches/wasm-bench) in node
//! and in headless Chromium, and the JavaScript peers in node (plain Float32Array loops,
//! convnetjs, tfjs cpu, tfjs wasm), one process each. Then the page itself: four rates training
//! at full speed in headless Chromium (frame times, steps/s, wasm size).
//!
//! options: `--runs N` (timed runs per contender, default 5), `--target-ms MS` (length of one
//! run, default 400), `--only a,b` (contender ids, `page` included), `--skip-page`, `w1`/`w2`.
//! `--only soak [--minutes N]` runs the long soak of the page instead (bench/soak.rs).
//! `--only sweep` times the page's sweep on Web Workers (bench/sweep.rs).
//! `--only page --slow [--baseline REV]` measures the page with the whole browser held to half
//! a core, and REV's page beside this tree's, interleaved (bench/compare.rs).

mod compare;
mod live;
mod machine;
mod options;
mod page;
mod report;
mod soak;
mod sweep;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use live::Live;
use machine::{environment, load_average};
use options::{Options, parse};
use page::{drive_page, page_bench};
use report::{Measurement, Missing};

use crate::setup;

/// FLOP per sample and title of each workload; benches/workloads.rs is the source of truth.
const WORKLOADS: [(&str, &str, f64); 2] = [
    (
        "w1",
        "W1 2-64-64-1 ReLU, sigmoid/BCE, p=0.5 on both hidden layers, SGD lr 0.1, batch 32, \
         400 two-spiral points",
        6.0 * (2.0 * 64.0 + 64.0 * 64.0 + 64.0),
    ),
    (
        "w2",
        "W2 64-256-256-10 ReLU, softmax/CE, p=0.5 on both hidden layers, SGD lr 0.1, batch 32, \
         1,500 synthetic samples (64 uniform(−1,1) features, labels from a random linear teacher)",
        6.0 * (64.0 * 256.0 + 256.0 * 256.0 + 256.0 * 10.0),
    ),
];

/// The core's native contenders: plain dropout and two of its rivals (#13), one bench binary.
const NATIVE: [&str; 3] = ["native", "native-dropconnect", "native-bn"];

/// Contenders that need node and benches/js/node_modules.
const JS_DRIVEN: [&str; 6] = [
    "wasm-node",
    "wasm-chromium",
    "plain-js",
    "convnetjs",
    "tfjs-cpu",
    "tfjs-wasm",
];

/// Everything measured, plus why something could not be.
#[derive(Default)]
struct Results {
    measured: Vec<Measurement>,
    missing: Vec<Missing>,
}

impl Results {
    fn miss(&mut self, workloads: &[&str], contender: &str, reason: &str) {
        eprintln!("bench: {contender}: {reason}");
        for w in workloads {
            self.missing.push(Missing {
                workload: w.to_string(),
                contender: contender.to_string(),
                reason: reason.to_string(),
            });
        }
    }
}

/// What the contenders need, built or found once before any timing starts.
struct Prepared {
    root: PathBuf,
    js_dir: PathBuf,
    /// wasm-bindgen output of benches/wasm-bench.
    pkg: Option<PathBuf>,
    chrome: Option<PathBuf>,
}

pub fn run(args: &[String]) -> Result<(), String> {
    let options = parse(args)?;
    let started = Instant::now();
    let load_before = load_average();
    let mut results = Results::default();
    let js_dir = setup::workspace_root().join("benches/js");
    if options.wants_contenders() {
        let prepared = prepare(&options, &mut results)?;
        for w in &options.workloads {
            measure_workload(w, &options, &prepared, &mut results);
        }
    }
    let page = (options.page && !options.compares()).then(|| page_bench(&js_dir));
    let compared = options.compares().then(|| {
        compare::run(
            &js_dir,
            options.slow,
            options.baseline.as_deref(),
            options.runs,
        )
    });
    let soak = options.soak.then(|| soak::run(&js_dir, options.minutes));
    let sweep = options.sweep.then(|| sweep::run(&js_dir));

    println!("\n# cargo xtask bench ({})", environment());
    report::load_line(load_before, load_average());
    if options.wants_contenders() {
        contender_tables(&options, &results);
    }
    let compared_title = format!(
        "The page beside {}, at full speed{} (headless Chromium)",
        options.baseline.as_deref().unwrap_or("nothing"),
        if options.slow {
            " and held to half a core"
        } else {
            ""
        }
    );
    report::section(
        Some("The page: 4 rates training at full speed (headless Chromium)"),
        "page",
        page,
    );
    report::section(Some(&compared_title), "page comparison", compared);
    report::section(None, "soak", soak);
    report::section(
        Some("Sweeps on Web Workers (headless Chromium)"),
        "sweep",
        sweep,
    );
    println!("\nbench: done in {:.0} s", started.elapsed().as_secs_f64());
    std::io::stdout().flush().map_err(|e| e.to_string())
}

/// The contenders' tables: how they were timed, then samples/s per workload.
fn contender_tables(options: &Options, results: &Results) {
    println!(
        "{} timed runs per contender after its warm-up, each about {} ms, interleaved (one \
         run of every contender per round); samples/s = training samples through forward, \
         backward and SGD update with dropout on; float32 except convnetjs (Float64).",
        options.runs, options.target_ms
    );
    for (id, title, flop) in WORKLOADS
        .iter()
        .filter(|w| options.workloads.contains(&w.0))
    {
        print!(
            "{}",
            report::table(id, title, *flop, &results.measured, &results.missing)
        );
    }
}

/// Builds the native bench and the WASM module, installs the npm peers, finds Chromium.
/// A contender whose prerequisite fails is recorded as missing; the others still run.
fn prepare(options: &Options, results: &mut Results) -> Result<Prepared, String> {
    let root = setup::workspace_root();
    let target = setup::target_dir()?;
    let js_dir = root.join("benches/js");
    let ws = &options.workloads;
    if NATIVE.iter().any(|c| options.wants(c)) {
        eprintln!("bench: building the native bench (cargo bench --no-run) …");
        let built = setup::run(
            Command::new(setup::cargo())
                .args([
                    "bench",
                    "-q",
                    "-p",
                    "dropout-lab",
                    "--bench",
                    "train",
                    "--no-run",
                ])
                .current_dir(&root),
            "cargo bench --bench train --no-run",
        );
        if let Err(reason) = built {
            for c in NATIVE {
                results.miss(ws, c, &reason);
            }
        }
    }
    let mut pkg = None;
    if options.wants("wasm-node") || options.wants("wasm-chromium") {
        match build_wasm_bench(&root, &target) {
            Ok(dir) => pkg = Some(dir),
            Err(reason) => {
                results.miss(ws, "wasm-node", &reason);
                results.miss(ws, "wasm-chromium", &reason);
            }
        }
    }
    if let Err(reason) = ensure_bench_npm(&js_dir) {
        for c in JS_DRIVEN.iter().filter(|c| options.wants(c)) {
            results.miss(ws, c, &reason);
        }
        pkg = None;
    }
    let chrome = find_chrome();
    if chrome.is_none() && options.wants("wasm-chromium") {
        results.miss(ws, "wasm-chromium", &no_chrome());
    }
    Ok(Prepared {
        root,
        js_dir,
        pkg,
        chrome,
    })
}

/// The command that serves one contender on one workload (see bench/live.rs), or None when
/// its prerequisites are missing (already recorded by `prepare`).
fn contender_command(c: &str, w: &str, options: &Options, p: &Prepared) -> Option<Command> {
    let target_ms = options.target_ms.to_string();
    let mut cmd;
    match c {
        "native" | "native-dropconnect" | "native-bn" => {
            cmd = Command::new(setup::cargo());
            cmd.args(["bench", "-q", "-p", "dropout-lab", "--bench", "train", "--"])
                .current_dir(&p.root);
            match c {
                "native-dropconnect" => cmd.args(["--variant", "dropconnect"]),
                "native-bn" => cmd.args(["--variant", "bn"]),
                _ => &mut cmd,
            };
        }
        "wasm-chromium" => {
            cmd = Command::new("node");
            cmd.arg("chromium.mjs")
                .arg("--pkg")
                .arg(p.pkg.as_ref()?)
                .arg("--chrome")
                .arg(p.chrome.as_ref()?)
                .current_dir(&p.js_dir);
        }
        _ => {
            cmd = Command::new("node");
            cmd.args(["peer.mjs", c]).current_dir(&p.js_dir);
            if c == "wasm-node" {
                cmd.arg("--pkg").arg(p.pkg.as_ref()?);
            }
        }
    }
    cmd.args(["--serve", w, "--target-ms", &target_ms]);
    Some(cmd)
}

/// Starts every contender of one workload (each warms up alone while the others wait), then
/// asks for one timed run of each in turn, `runs` rounds, rotating who goes first.
fn measure_workload(w: &str, options: &Options, p: &Prepared, results: &mut Results) {
    let mut lives: Vec<Live> = Vec::new();
    for c in report::CONTENDERS.iter().map(|c| c.id) {
        let already_missing = results
            .missing
            .iter()
            .any(|m| m.workload == w && m.contender == c);
        if !options.wants(c) || already_missing {
            continue;
        }
        let Some(mut cmd) = contender_command(c, w, options, p) else {
            continue;
        };
        eprintln!("bench: {w} {c}: warming up …");
        match Live::start(c, w, &mut cmd) {
            Ok(live) => lives.push(live),
            Err(reason) => results.miss(&[w], c, &reason),
        }
    }
    let mut failed = vec![false; lives.len()];
    for round in 0..options.runs {
        eprintln!("bench: {w}: round {} of {}", round + 1, options.runs);
        for k in 0..lives.len() {
            let i = (k + round) % lives.len();
            if failed[i] {
                continue;
            }
            if let Err(reason) = lives[i].run_once() {
                failed[i] = true;
                let c = lives[i].contender.clone();
                results.miss(&[w], &c, &reason);
            }
        }
    }
    for (live, failed) in lives.into_iter().zip(failed) {
        if !failed {
            results.measured.push(live.finish());
        }
    }
}

/// The core as a WASM module with a tiny bench surface: release, simd128, wasm-bindgen --target
/// web into `<target>/bench-pkg/`. Returns that directory.
fn build_wasm_bench(root: &Path, target: &Path) -> Result<PathBuf, String> {
    setup::ensure_wasm_target()?;
    let wasm_bindgen = setup::ensure_wasm_bindgen()?;
    eprintln!("bench: building benches/wasm-bench (release, simd128) …");
    // Its own workspace, so .cargo/config.toml's rustflags would only apply through the
    // directory walk; set them explicitly so the module is built like the page's.
    setup::run(
        Command::new(setup::cargo())
            .args(["build", "--release", "--target", setup::WASM_TARGET])
            .arg("--manifest-path")
            .arg(root.join("benches/wasm-bench/Cargo.toml"))
            .arg("--target-dir")
            .arg(target)
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
                "-C target-feature=+simd128",
            )
            .current_dir(root),
        "cargo build benches/wasm-bench",
    )?;
    let wasm = target
        .join(setup::WASM_TARGET)
        .join("release/dropout_lab_wasm_bench.wasm");
    let pkg = target.join("bench-pkg");
    setup::run(
        Command::new(wasm_bindgen)
            .args(["--target", "web", "--out-dir"])
            .arg(&pkg)
            .arg(&wasm),
        "wasm-bindgen (bench module)",
    )?;
    Ok(pkg)
}

/// `npm ci` in benches/js when node_modules is missing or older than the lockfile.
fn ensure_bench_npm(js_dir: &Path) -> Result<(), String> {
    if setup::find_program("node").is_none() {
        return Err("node not found (install Node.js 20)".to_string());
    }
    // npm rewrites node_modules/.package-lock.json on every install: our "installed at" stamp.
    let modified = |p: &Path| p.metadata().and_then(|m| m.modified()).ok();
    let installed = modified(&js_dir.join("node_modules/.package-lock.json"));
    let locked = modified(&js_dir.join("package-lock.json"));
    if installed.is_some() && installed >= locked {
        return Ok(());
    }
    eprintln!("bench: npm ci in benches/js (tfjs, convnetjs, playwright-core; about 10 s)");
    setup::run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(js_dir),
        "npm ci in benches/js",
    )
}

/// Chromium like the rest of the xtask finds it: CHROME, then the usual names on PATH.
fn find_chrome() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROME").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .find_map(|name| setup::find_program(name))
}

fn no_chrome() -> String {
    "no Chromium found (set CHROME or run `cargo xtask setup`)".to_string()
}

#[cfg(test)]
mod tests;
