//! A contender process kept alive between timed runs, so the runs of all contenders can be
//! interleaved: whatever else the machine is doing then slows every contender alike.
//!
//! Line protocol (benches/js/measure.mjs, benches/train.rs `--serve`), over the child's
//! stdin/stdout; any other stdout line (a library's banner) is ignored:
//!   child → `ready\t<contender>\t<workload>\t<steps per run>\t<note>` once warmed up
//!   xtask → `run`, child → `run\t<samples/s>\t<loss>`
//!   xtask closes stdin, child exits.

use std::io::{BufRead, BufReader, Lines, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use super::report::Measurement;

pub struct Live {
    pub contender: String,
    workload: String,
    child: Child,
    stdin: Option<ChildStdin>,
    stdout: Lines<BufReader<ChildStdout>>,
    note: String,
    runs: Vec<f64>,
    loss: f32,
}

impl Live {
    /// Starts the contender and waits until it has warmed up.
    pub fn start(contender: &str, workload: &str, cmd: &mut Command) -> Result<Live, String> {
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot start {:?}: {e}", cmd.get_program()))?;
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().map(|s| BufReader::new(s).lines());
        let Some(stdout) = stdout else {
            return Err("no stdout pipe".to_string());
        };
        let mut live = Live {
            contender: contender.to_string(),
            workload: workload.to_string(),
            child,
            stdin,
            stdout,
            note: String::new(),
            runs: Vec::new(),
            loss: f32::NAN,
        };
        let line = live.next_line("ready\t")?;
        live.note = parse_ready(&line).unwrap_or_default();
        Ok(live)
    }

    /// One timed run; its samples/s and loss are kept.
    pub fn run_once(&mut self) -> Result<(), String> {
        let stdin = self.stdin.as_mut().ok_or("stdin already closed")?;
        writeln!(stdin, "run")
            .and_then(|()| stdin.flush())
            .map_err(|e| format!("cannot ask for a run: {e}"))?;
        let line = self.next_line("run\t")?;
        let (rate, loss) = parse_run(&line).ok_or_else(|| format!("bad run line `{line}`"))?;
        self.runs.push(rate);
        self.loss = loss;
        Ok(())
    }

    /// Closes stdin (the child then exits) and returns what was measured.
    pub fn finish(mut self) -> Measurement {
        self.stdin = None;
        let _ = self.child.wait();
        Measurement {
            workload: self.workload.clone(),
            contender: self.contender.clone(),
            runs: std::mem::take(&mut self.runs),
            note: format!("loss {:.4}; {}", self.loss, self.note),
        }
    }

    fn next_line(&mut self, prefix: &str) -> Result<String, String> {
        for line in self.stdout.by_ref() {
            let line = line.map_err(|e| format!("cannot read its output: {e}"))?;
            if line.starts_with(prefix) {
                return Ok(line);
            }
        }
        self.stdin = None;
        let status = self.child.wait().map_or("?".to_string(), |s| s.to_string());
        Err(format!(
            "exited ({status}) before printing `{}`",
            prefix.trim()
        ))
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        // Normally finish() has reaped it; after an error make sure nothing is left running.
        if matches!(self.child.try_wait(), Ok(None)) {
            self.stdin = None;
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The note of a `ready` line.
fn parse_ready(line: &str) -> Option<String> {
    let fields: Vec<&str> = line.split('\t').collect();
    (fields.len() >= 5 && fields[0] == "ready").then(|| fields[4..].join(" "))
}

/// Samples/s and loss of a `run` line.
fn parse_run(line: &str) -> Option<(f64, f32)> {
    let mut fields = line.split('\t');
    if fields.next()? != "run" {
        return None;
    }
    let rate: f64 = fields.next()?.trim().parse().ok()?;
    let loss: f32 = fields.next()?.trim().parse().ok()?;
    (rate.is_finite() && rate > 0.0).then_some((rate, loss))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_protocol_lines() {
        assert_eq!(
            parse_ready("ready\ttfjs-cpu\tw1\t120\ttfjs 4.22.0, cpu").as_deref(),
            Some("tfjs 4.22.0, cpu")
        );
        assert_eq!(parse_ready("ready\tnative"), None);
        assert_eq!(parse_run("run\t12345.6\t0.25"), Some((12345.6, 0.25)));
        assert_eq!(parse_run("run\tNaN\t0.5"), None);
        assert_eq!(parse_run("result\t1\t2"), None);
    }
}
