//! `cargo xtask bench --only page --slow [--baseline REV]`: the page on a slow device, and
//! another revision's page measured beside this one in the same run (benches/js/compare.mjs).
//!
//! The slow device is the whole browser in a CPU-quota cgroup holding it to half a core.
//! DevTools' CPU throttling slows the page's main thread only, not its workers, so it would
//! flatter a page that trains in a worker; a cgroup slows every thread of every process alike.
//! The baseline is built by its own xtask in a temporary `git worktree` (its cargo target
//! directory is kept in ours, so the next run with the same revision builds incrementally).

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::page::tagged_lines;
use super::{ensure_bench_npm, find_chrome, no_chrome};
use crate::{build, serve::Server, setup};

/// Share of one core the slow browser gets: the quota per period of the cgroup.
const PERIOD_US: u32 = 10_000;
const QUOTA_US: u32 = 5_000;

/// `rounds`: how many times each build is measured (`--runs`, 5 by default), medians reported.
pub fn run(
    js_dir: &Path,
    slow: bool,
    baseline: Option<&str>,
    rounds: usize,
) -> Result<String, String> {
    let chrome = find_chrome().ok_or_else(no_chrome)?;
    setup::ensure_npm_deps()?;
    ensure_bench_npm(js_dir)?;
    let mut builds = Vec::new();
    let mut worktree = None;
    if let Some(rev) = baseline {
        let tree = Worktree::add(rev)?;
        eprintln!("bench: building {rev}'s dist/ in {} …", tree.dir.display());
        builds.push((rev.to_string(), tree.build()?));
        worktree = Some(tree);
    }
    builds.push(("this tree".to_string(), build::run()?));
    let servers = builds
        .iter()
        .map(|(name, dist)| Ok((name.clone(), Server::start_loopback(dist.clone())?)))
        .collect::<Result<Vec<_>, String>>()?;
    let list: Vec<String> = servers
        .iter()
        .map(|(name, server)| {
            let name = serde_json::to_string(name).unwrap_or_default();
            format!("{{\"name\":{name},\"url\":\"{}\"}}", server.url())
        })
        .collect();
    let cgroup = if slow {
        Some(SlowCgroup::create(&chrome)?)
    } else {
        None
    };
    let mut cmd = Command::new("node");
    cmd.arg("compare.mjs")
        .args(["--rounds", &rounds.to_string()])
        .current_dir(js_dir)
        .env("LAB_BUILDS", format!("[{}]", list.join(",")))
        .env("CHROME", &chrome);
    if let Some(cgroup) = &cgroup {
        cmd.env("SLOW_CHROME", &cgroup.wrapper);
    }
    let out = cmd
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot start node: {e}"))?;
    drop((servers, cgroup, worktree));
    if !out.status.success() {
        return Err(format!("benches/js/compare.mjs exited with {}", out.status));
    }
    Ok(tagged_lines(&String::from_utf8_lossy(&out.stdout), "page"))
}

/// A cpu cgroup (v1 `cpu.cfs_quota_us`, or v2 `cpu.max`) and a wrapper script that moves
/// itself into it and then becomes Chromium, so Playwright can launch the wrapper.
struct SlowCgroup {
    dir: PathBuf,
    wrapper: PathBuf,
}

impl SlowCgroup {
    fn create(chrome: &Path) -> Result<SlowCgroup, String> {
        let name = format!("dropout-lab-bench-{}", std::process::id());
        let v1 = Path::new("/sys/fs/cgroup/cpu");
        let (dir, limits): (PathBuf, Vec<(&str, String)>) = if v1.join("cpu.cfs_quota_us").is_file()
        {
            let limits = vec![
                ("cpu.cfs_period_us", PERIOD_US.to_string()),
                ("cpu.cfs_quota_us", QUOTA_US.to_string()),
            ];
            (v1.join(name), limits)
        } else {
            let limit = vec![("cpu.max", format!("{QUOTA_US} {PERIOD_US}"))];
            (Path::new("/sys/fs/cgroup").join(name), limit)
        };
        let shown = dir.display().to_string();
        let fail = |e: std::io::Error| {
            format!(
                "cannot set up the CPU cgroup {shown} for the slow device ({e}); it needs root \
                 and the cpu controller"
            )
        };
        fs::create_dir(&dir).map_err(fail)?;
        let cgroup = SlowCgroup {
            wrapper: setup::target_dir()?.join("xtask-slow-chromium.sh"),
            dir,
        };
        for (file, value) in limits {
            fs::write(cgroup.dir.join(file), value).map_err(fail)?;
        }
        let script = format!(
            "#!/bin/sh\n# Chromium held to {QUOTA_US}/{PERIOD_US} of a core (cargo xtask bench --slow).\necho $$ > '{}/cgroup.procs'\nexec '{}' \"$@\"\n",
            cgroup.dir.display(),
            chrome.display()
        );
        fs::write(&cgroup.wrapper, script).map_err(|e| e.to_string())?;
        fs::set_permissions(&cgroup.wrapper, fs::Permissions::from_mode(0o755))
            .map_err(|e| e.to_string())?;
        Ok(cgroup)
    }
}

impl Drop for SlowCgroup {
    fn drop(&mut self) {
        // Empty once the browsers have exited; a cgroup directory is removed with rmdir.
        for _ in 0..20 {
            if fs::remove_dir(&self.dir).is_ok() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(250));
        }
        eprintln!("bench: could not remove {}", self.dir.display());
    }
}

/// A detached checkout of another revision, removed when dropped.
struct Worktree {
    dir: PathBuf,
}

impl Worktree {
    fn add(rev: &str) -> Result<Worktree, String> {
        let root = setup::workspace_root();
        // Always the same folder: cargo keys its cache on the workspace's path, so the next
        // run of the same revision builds incrementally. A leftover of a killed run goes first.
        let dir = setup::target_dir()?.join("bench-baseline-tree");
        if dir.exists() {
            let _ = Command::new("git")
                .args(["worktree", "remove", "--force"])
                .arg(&dir)
                .current_dir(&root)
                .status();
            let _ = fs::remove_dir_all(&dir);
            let _ = Command::new("git")
                .args(["worktree", "prune"])
                .current_dir(&root)
                .status();
        }
        setup::run(
            Command::new("git")
                .args(["worktree", "add", "--detach", "--quiet"])
                .arg(&dir)
                .arg(rev)
                .current_dir(&root),
            &format!("git worktree add {rev}"),
        )?;
        Ok(Worktree { dir })
    }

    /// Runs the revision's own `cargo xtask build`; returns its dist/.
    fn build(&self) -> Result<PathBuf, String> {
        let target = setup::target_dir()?.join("bench-baseline");
        setup::run(
            Command::new(setup::cargo())
                .args(["run", "--quiet", "--package", "xtask", "--", "build"])
                .env("CARGO_TARGET_DIR", &target)
                .current_dir(&self.dir),
            "the baseline's cargo xtask build",
        )?;
        Ok(self.dir.join("dist"))
    }
}

impl Drop for Worktree {
    fn drop(&mut self) {
        let removed = Command::new("git")
            .args(["worktree", "remove", "--force"])
            .arg(&self.dir)
            .current_dir(setup::workspace_root())
            .status();
        if !removed.is_ok_and(|s| s.success()) {
            eprintln!(
                "bench: could not remove the worktree {}",
                self.dir.display()
            );
        }
    }
}
