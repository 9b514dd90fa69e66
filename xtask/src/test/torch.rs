//! The PyTorch stage (#21): the code the Code panel writes, run by real PyTorch, gives the
//! lab's numbers, and the notebook it downloads runs top to bottom (`tests/torch/`).
//!
//! PyTorch comes from PyPI into a venv of its own, `target/torch-venv/` (kept between runs).
//! PyPI's Linux wheel of torch is the CUDA build: it does not import without its nvidia-*
//! libraries (`pip install torch --no-deps` then `import torch` stops at libcublasLt), so the
//! whole set is installed: 5.6 GB (measured 2026-12-06; the time is in the README). Without
//! pip's cache, which would keep a second copy of the wheels. The install starts with the run
//! and goes on while the other stages test ([`Install::start`]); `--no-torch` (and `--quick`)
//! skip the stage and its install.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread::JoinHandle;

use crate::setup;

/// What the stage installs: torch and keras (pinned: the fixtures' tolerance was checked with
/// them; Keras 3 runs on the PyTorch backend) and what executes a notebook headless.
const PACKAGES: [&str; 6] = [
    "torch==2.15.0",
    "keras==3.15.1",
    "nbclient",
    "nbformat",
    "ipykernel",
    "matplotlib",
];
/// The import that proves the venv is whole.
const CHECK: &str = "import torch, keras, nbclient, nbformat, ipykernel, matplotlib";

/// The venv's install, running in the background.
pub struct Install(JoinHandle<Result<PathBuf, String>>);

impl Install {
    pub fn start() -> Self {
        Self(std::thread::spawn(ensure_torch))
    }

    /// Waits for the install; the venv's python.
    pub fn finish(self) -> Result<PathBuf, String> {
        self.0
            .join()
            .unwrap_or_else(|_| Err("the PyTorch install panicked".into()))
    }
}

fn venv() -> Result<PathBuf, String> {
    Ok(setup::target_dir()?.join("torch-venv"))
}

fn imports(python: &Path) -> bool {
    Command::new(python)
        .args(["-c", CHECK])
        .env("KERAS_BACKEND", "torch")
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The venv's python with torch and nbclient importable, installing them if need be.
fn ensure_torch() -> Result<PathBuf, String> {
    let dir = venv()?;
    let python = dir.join("bin/python");
    if imports(&python) {
        return Ok(python);
    }
    println!(
        "torch: installing {} into {}",
        PACKAGES.join(" "),
        dir.display()
    );
    let started = std::time::Instant::now();
    setup::run(
        Command::new("python3").args(["-m", "venv"]).arg(&dir),
        "python3 -m venv",
    )?;
    setup::run(
        Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--disable-pip-version-check",
                "-q",
                "--no-cache-dir",
            ])
            .args(PACKAGES),
        "pip install torch",
    )?;
    if !imports(&python) {
        return Err(format!("{CHECK} fails in {}", dir.display()));
    }
    println!(
        "torch: installed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(python)
}

/// Writes the fixtures and notebooks with the lab's own code, then checks them in PyTorch.
pub fn stage(install: Install) -> Result<(), String> {
    let out = setup::target_dir()?.join("torch");
    setup::run(
        Command::new(setup::cargo())
            .args(["run", "-q", "--example", "code_fixtures", "--"])
            .arg(&out)
            .current_dir(setup::workspace_root()),
        "cargo run --example code_fixtures",
    )?;
    let python = install.finish()?;
    setup::run(
        Command::new(python)
            .arg("tests/torch/check_code.py")
            .arg(&out)
            .current_dir(setup::workspace_root()),
        "python tests/torch/check_code.py",
    )
}
