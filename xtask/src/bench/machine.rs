//! The machine a bench ran on: its load and its CPU and tools, printed beside every figure
//! (numbers only mean something next to these).

use std::process::{Command, Stdio};

/// One-minute load average (Linux), to judge how much other work shared the CPU.
pub fn load_average() -> Option<f64> {
    std::fs::read_to_string("/proc/loadavg")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// CPU, cores and tool versions: numbers only mean something next to these.
pub fn environment() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, name)| name.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".to_string());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let version = |program: &str| {
        Command::new(program)
            .arg("--version")
            .stdin(Stdio::null())
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_else(|| format!("{program} ?"))
    };
    format!(
        "{cpu}, {cores} cores; {}; node {}",
        version("rustc"),
        version("node")
    )
}
