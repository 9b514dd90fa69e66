//! The engine stage of `cargo xtask test`: the suite in tests/page/engines/ (Firefox ESR and
//! WebKitGTK), run beside the torch stage or, with cores to spare, beside the page stage.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Instant;

use super::node_tests;
use crate::serve::Server;
use crate::setup::engines::{self, Engines};
use crate::setup::{self, Browser};

pub fn engine_suite(
    dist: &Path,
    server: &Server,
    browser: &Browser,
    engines: &Engines,
) -> Result<Command, String> {
    let dir = setup::workspace_root().join("tests/page/engines");
    let mut cmd = node_tests(&dir, dist, server, browser)?;
    engines::pass_to(&mut cmd, engines);
    Ok(cmd)
}

/// Four cores or more: the engine suite's two browsers run beside the page suite's without
/// slowing it into its timeouts. On two cores the page suite alone keeps both busy.
pub fn spare_cores() -> bool {
    std::thread::available_parallelism().is_ok_and(|n| n.get() >= 4)
}

/// A test suite running while another stage does, its output kept in a file until reported.
pub struct Background {
    child: Child,
    log: PathBuf,
    started: Instant,
    beside: &'static str,
}

impl Background {
    /// Starts the suite; `beside` names what runs meanwhile, for the log.
    pub fn start(mut cmd: Command, beside: &'static str) -> Result<Background, String> {
        let log = setup::target_dir()?.join("xtask-engines.log");
        let file = fs::File::create(&log).map_err(|e| format!("{}: {e}", log.display()))?;
        let err = file.try_clone().map_err(|e| e.to_string())?;
        let child = cmd
            .stdin(Stdio::null())
            .stdout(file)
            .stderr(err)
            .spawn()
            .map_err(|e| format!("cannot start the engine suite: {e}"))?;
        println!(
            "engines: running beside {beside} (output in {})",
            log.display()
        );
        Ok(Background {
            child,
            log,
            started: Instant::now(),
            beside,
        })
    }

    pub fn finish(mut self) -> Result<(), String> {
        let status = self.child.wait().map_err(|e| e.to_string())?;
        print!("{}", fs::read_to_string(&self.log).unwrap_or_default());
        // The stage's own time is only the wait; this is what the suite took.
        println!(
            "engines: the suite ran {:.0} s beside {}",
            self.started.elapsed().as_secs_f64(),
            self.beside
        );
        if status.success() {
            Ok(())
        } else {
            Err(format!("node --test tests/page/engines/ failed ({status})"))
        }
    }
}
