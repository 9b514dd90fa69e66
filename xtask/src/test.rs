//! `cargo xtask test`: every test in three stages, each reported, all run even if one fails.
//!
//! 1. native: `cargo test --workspace` (the core's science, the xtask's own unit tests).
//!    Both cargo stages use `--no-fail-fast` so one CI run shows every failing test binary.
//!    The test profile builds the dependencies without debug assertions and the core at
//!    opt-level 3 (Cargo.toml): the claims train hundreds of networks, three times faster so.
//! 2. wasm: `cargo test --target wasm32-unknown-unknown -p dropout-lab --test <name>_wasm…`
//!    (the browser test files only); the runner from
//!    .cargo/config.toml (wasm-bindgen-test-runner) drives headless Chromium via chromedriver.
//! 3. page: build `dist/`, serve it in-process on a free port, `node --test tests/page/`
//!    (Playwright against the real page, LAB_URL and CHROME in the environment), two test
//!    files at a time (each opens its own browser; see [`page_concurrency`]).
//! 4. torch: the Code panel's PyTorch and the notebook run by real PyTorch (`torch.rs`); its
//!    install (a venv under target/) runs in the background from the start. `--no-torch` skips it.
//! 5. engines: the same server, `node --test tests/page/engines/` (Firefox ESR and WebKitGTK,
//!    see that folder's suite.mjs). It runs beside the torch stage (the browsers and Python
//!    each leave the cores idle much of the time), or, on a machine with cores to spare, beside
//!    the page stage; its output is kept and printed when its stage is reported.
//!
//! The browsers, npm packages and wasm tools are set up (`prepare.rs`) while the native stage
//! runs: the native stage needs none of them. The page's wasm is compiled there too, its
//! single-threaded LTO beside the native tests; the page stage then finds it built.
//!
//! `--quick` is the edit loop (see `quick.rs`): native without the claims, and the page's
//! smoke tests; no wasm stage, no other engines, no PyTorch.

use std::cell::RefCell;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

mod engines_stage;
mod prepare;
mod quick;
mod torch;
mod wasm_stage;
use engines_stage::{Background, engine_suite, spare_cores};

use crate::build;
use crate::serve::Server;
use crate::setup::{self, Browser};

struct Stages {
    native: bool,
    wasm: bool,
    page: bool,
    engines: bool,
    torch: bool,
    /// The edit loop: fewer tests in the native and page stages (see `quick.rs`).
    quick: bool,
}

fn parse(args: &[String]) -> Result<Stages, String> {
    let mut stages = Stages {
        native: true,
        wasm: true,
        page: true,
        engines: true,
        torch: true,
        quick: false,
    };
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            lexopt::Arg::Long("native-only") => {
                (stages.wasm, stages.page, stages.engines, stages.torch) =
                    (false, false, false, false)
            }
            lexopt::Arg::Long("no-torch") => stages.torch = false,
            lexopt::Arg::Long("skip-native") => stages.native = false,
            lexopt::Arg::Long("skip-wasm") => stages.wasm = false,
            lexopt::Arg::Long("skip-page") => stages.page = false,
            lexopt::Arg::Long("skip-engines") => stages.engines = false,
            lexopt::Arg::Long("quick") => {
                (stages.quick, stages.wasm, stages.engines, stages.torch) =
                    (true, false, false, false)
            }
            other => {
                return Err(format!(
                    "`test`: {} (--quick, --native-only, --skip-native, --skip-wasm, \
                     --skip-page, --skip-engines, --no-torch)",
                    other.unexpected()
                ));
            }
        }
    }
    Ok(stages)
}

enum Outcome {
    Passed,
    Failed(String),
    Skipped,
}

/// The stages' results so far: name, outcome and seconds.
type Results = Vec<(&'static str, Outcome, f64)>;

/// Runs one stage (or records it skipped) and its time.
fn stage(
    results: &mut Results,
    name: &'static str,
    enabled: bool,
    body: &dyn Fn() -> Result<(), String>,
) {
    if !enabled {
        results.push((name, Outcome::Skipped, 0.0));
        return;
    }
    println!("\n=== test stage: {name} ===");
    let t = Instant::now();
    let outcome = match body() {
        Ok(()) => Outcome::Passed,
        Err(e) => {
            eprintln!("test stage {name} failed: {e}");
            Outcome::Failed(e)
        }
    };
    results.push((name, outcome, t.elapsed().as_secs_f64()));
}

pub fn run(args: &[String]) -> Result<(), String> {
    let stages = parse(args)?;
    let started = Instant::now();
    // Mostly download and unpack: it overlaps the other stages' set-up and tests.
    let torch_install = RefCell::new(stages.torch.then(torch::Install::start));
    let mut results = Results::new();

    // The browsers, npm packages and wasm tools are set up while the native stage compiles and
    // runs (apt and npm mostly wait on disk and network; the native stage needs none of them):
    // on a fresh machine that hides the set-up's minute. Their output interleaves.
    let set_up = std::thread::scope(|scope| {
        let set_up = scope.spawn(|| prepare::set_up(&stages));
        stage(&mut results, "native", stages.native, &|| {
            native(stages.quick)
        });
        set_up
            .join()
            .unwrap_or_else(|_| Err("the set-up panicked".to_string()))
    });
    // Set-up failures stop the browser stages: they are about the machine, not the code.
    let (browser, engines) = set_up?;
    let torch_stage = || {
        let install = torch_install.borrow_mut().take();
        torch::stage(install.ok_or("the PyTorch install was not started")?)
    };
    match &browser {
        Some((wasm_bindgen, browser)) => browser_stages(
            &mut results,
            &stages,
            (wasm_bindgen, browser),
            engines.as_ref(),
            &torch_stage,
        )?,
        None => {
            for name in ["wasm", "page", "engines"] {
                stage(&mut results, name, false, &|| Ok(()));
            }
            stage(&mut results, "torch", stages.torch, &torch_stage);
        }
    }
    report(started, &results)
}

/// The wasm, page, torch and engines stages: page and engines test the same build, served
/// once. The engine suite (two browsers, mostly waiting on them) runs beside the torch stage
/// (Python), or beside the page suite with cores to spare.
fn browser_stages(
    results: &mut Results,
    stages: &Stages,
    (wasm_bindgen, browser): (&Path, &Browser),
    engines: Option<&setup::engines::Engines>,
    torch_stage: &dyn Fn() -> Result<(), String>,
) -> Result<(), String> {
    stage(results, "wasm", stages.wasm, &|| wasm_stage::wasm(browser));
    let served = if stages.page || stages.engines {
        build::build_dist_with(wasm_bindgen, page_profile(stages)).and_then(|dist| {
            let server = Server::start_loopback(dist.clone())?;
            println!("\npage: serving dist/ on {}", server.url());
            Ok((dist, server))
        })
    } else {
        Err(String::new())
    };
    let served = served.as_ref().map_err(String::clone);
    let background = RefCell::new(None);
    if let (Some(engines), Ok((dist, server))) = (engines, &served)
        && stages.page
        && spare_cores()
    {
        let cmd = engine_suite(dist, server, browser, engines)?;
        *background.borrow_mut() = Some(Background::start(cmd, "the page suite")?);
    }
    stage(results, "page", stages.page, &|| {
        let (dist, server) = served.clone()?;
        page(dist, server, browser, stages)
    });
    if let (Some(engines), Ok((dist, server))) = (engines, &served)
        && stages.engines
        && stages.torch
        && background.borrow().is_none()
    {
        let cmd = engine_suite(dist, server, browser, engines)?;
        *background.borrow_mut() = Some(Background::start(cmd, "the torch stage")?);
    }
    stage(results, "torch", stages.torch, torch_stage);
    stage(results, "engines", stages.engines, &|| {
        if let Some(running) = background.borrow_mut().take() {
            return running.finish();
        }
        let (dist, server) = served.clone()?;
        let engines = engines.ok_or("engines were not set up")?;
        setup::run(
            &mut engine_suite(dist, server, browser, engines)?,
            "node --test tests/page/engines/",
        )
    });
    Ok(())
}

/// The cargo profile of the page's wasm: what ships, or the edit loop's faster build.
fn page_profile(stages: &Stages) -> &'static str {
    if stages.quick { "quick" } else { "release" }
}

fn report(started: Instant, results: &Results) -> Result<(), String> {
    println!(
        "\n=== test summary ({:.0} s) ===",
        started.elapsed().as_secs_f64()
    );
    let mut failed = 0;
    for (name, outcome, seconds) in results {
        match outcome {
            Outcome::Passed => println!("{name:>8}: PASS ({seconds:.0} s)"),
            Outcome::Failed(e) => {
                failed += 1;
                println!("{name:>8}: FAIL ({seconds:.0} s): {e}");
            }
            Outcome::Skipped => println!("{name:>8}: skipped"),
        }
    }
    if failed == 0 {
        Ok(())
    } else {
        Err(format!("{failed} test stage(s) failed"))
    }
}

fn native(quick: bool) -> Result<(), String> {
    let mut cmd = Command::new(setup::cargo());
    cmd.args(["test", "--workspace", "--no-fail-fast"]);
    if quick {
        cmd.args(quick::native_targets()?);
    }
    setup::run(
        cmd.current_dir(setup::workspace_root()),
        "cargo test --workspace",
    )
}

/// The `*.test.mjs` files directly in `dir`, sorted. Named files rather than the directory:
/// node 20 expands a directory, node 21+ takes glob patterns instead, and a file list means
/// the same to both.
fn test_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no *.test.mjs files in {}", dir.display()));
    }
    Ok(files)
}

/// `node --test FILES` from the workspace root, told where the served page and the bundle are.
pub(crate) fn node_tests(
    dir: &Path,
    dist: &Path,
    server: &Server,
    browser: &Browser,
) -> Result<Command, String> {
    Ok(node_test_files(
        &[],
        &test_files(dir)?,
        dist,
        server,
        browser,
    ))
}

/// `node --test NODE_ARGS FILES`: node's own options must come before the files.
fn node_test_files(
    node_args: &[String],
    files: &[PathBuf],
    dist: &Path,
    server: &Server,
    browser: &Browser,
) -> Command {
    let mut cmd = Command::new("node");
    cmd.arg("--test")
        .args(node_args)
        .args(files)
        .current_dir(setup::workspace_root())
        .env("LAB_URL", server.url())
        .env("LAB_BUNDLE", dist.join("dropout-lab.html"))
        .env("CHROME", &browser.chrome);
    cmd
}

fn page(dist: &Path, server: &Server, browser: &Browser, stages: &Stages) -> Result<(), String> {
    let dir = setup::workspace_root().join("tests/page");
    let files = if stages.quick {
        quick::page_files(&dir)?
    } else {
        test_files(&dir)?
    };
    // Each test file runs in its own node process and opens its own browsers: two at a time
    // keep two cores busy through Chromium's start-up and the page's idle waits.
    let concurrency = format!("--test-concurrency={}", page_concurrency());
    let mut cmd = node_test_files(&[concurrency], &files, dist, server, browser);
    // The bundle's size limit is the release build's (bundle.test.mjs reads this).
    cmd.env("LAB_WASM_PROFILE", page_profile(stages));
    setup::run(&mut cmd, "node --test tests/page/")
}

/// How many page-test files run at once: `LAB_PAGE_CONCURRENCY`, else 2 (measured on 2 cores:
/// the suite takes about half as long, and no test waits on a clock that a busier machine
/// could miss).
fn page_concurrency() -> usize {
    std::env::var("LAB_PAGE_CONCURRENCY")
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(2)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn flags_select_stages() {
        let args = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let all = parse(&args(&[])).unwrap();
        assert!(all.native && all.wasm && all.page && all.engines);
        let native = parse(&args(&["--native-only"])).unwrap();
        assert!(native.native && !native.wasm && !native.page && !native.engines);
        let no_engines = parse(&args(&["--skip-engines"])).unwrap();
        assert!(no_engines.page && !no_engines.engines);
        let no_page = parse(&args(&["--skip-page", "--skip-native"])).unwrap();
        assert!(!no_page.native && no_page.wasm && !no_page.page);
        assert!(parse(&args(&["--fast"])).is_err());
        let quick = parse(&args(&["--quick"])).unwrap();
        assert!(quick.quick && quick.native && quick.page && !quick.wasm && !quick.engines);
        assert!(!quick.torch, "--quick skips the PyTorch stage");
        assert!(!parse(&args(&["--no-torch"])).unwrap().torch);
    }
}
