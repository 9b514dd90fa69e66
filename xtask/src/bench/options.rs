//! The options of `cargo xtask bench`: which workloads and contenders, how many runs, and the
//! page, sweep and soak benches asked for by name.

use super::{WORKLOADS, report};

pub(super) struct Options {
    pub(super) runs: usize,
    pub(super) target_ms: u32,
    pub(super) only: Option<Vec<String>>,
    pub(super) page: bool,
    /// The soak runs only when asked for by name: it takes half an hour.
    pub(super) soak: bool,
    /// The sweep bench (#11), also only when asked for by name.
    pub(super) sweep: bool,
    pub(super) minutes: f64,
    /// The page with the whole browser held to half a core (bench/compare.rs).
    pub(super) slow: bool,
    /// Another git revision's page measured beside this tree's (bench/compare.rs).
    pub(super) baseline: Option<String>,
    pub(super) workloads: Vec<&'static str>,
}

impl Options {
    /// The page compared across builds or on a slow device, instead of the usual page bench.
    pub(super) fn compares(&self) -> bool {
        self.page && (self.slow || self.baseline.is_some())
    }

    pub(super) fn wants(&self, contender: &str) -> bool {
        self.only
            .as_ref()
            .is_none_or(|only| only.iter().any(|c| c == contender))
    }

    /// Whether any speed contender (not the page, not the soak) is to run.
    pub(super) fn wants_contenders(&self) -> bool {
        report::CONTENDERS.iter().any(|c| self.wants(c.id))
    }
}

pub(super) fn parse(args: &[String]) -> Result<Options, String> {
    use lexopt::prelude::*;
    let mut options = Options::defaults();
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("runs") => {
                options.runs = text_value(&mut parser, "runs")?
                    .parse()
                    .map_err(|_| "--runs needs a whole number".to_string())?;
            }
            Long("target-ms") => {
                options.target_ms = text_value(&mut parser, "target-ms")?
                    .parse()
                    .map_err(|_| "--target-ms needs a whole number".to_string())?;
            }
            Long("minutes") => {
                options.minutes = text_value(&mut parser, "minutes")?
                    .parse()
                    .ok()
                    .filter(|m: &f64| *m > 0.0 && m.is_finite())
                    .ok_or("--minutes needs a positive number")?;
            }
            Long("only") => {
                let list = text_value(&mut parser, "only")?;
                options.only = Some(list.split(',').map(str::to_string).collect());
            }
            Long("skip-page") => options.page = false,
            Long("slow") => options.slow = true,
            Long("baseline") => options.baseline = Some(text_value(&mut parser, "baseline")?),
            Value(w) if WORKLOADS.iter().any(|(id, _, _)| w == *id) => {
                let id = WORKLOADS.iter().find(|(id, _, _)| w == *id).map(|x| x.0);
                options.workloads.extend(id);
            }
            other => {
                return Err(format!(
                    "`bench`: {} (--runs N, --target-ms MS, --only a,b, --skip-page, \
                     --slow, --baseline REV, --minutes N for the soak, w1, w2)",
                    other.unexpected()
                ));
            }
        }
    }
    Ok(options.settled())
}

impl Options {
    /// Five runs of every workload, the page bench included; soak and sweep only when named.
    fn defaults() -> Self {
        Options {
            runs: 5,
            target_ms: 400,
            only: None,
            page: true,
            soak: false,
            sweep: false,
            minutes: 30.0,
            slow: false,
            baseline: None,
            workloads: Vec::new(),
        }
    }

    /// What follows from the flags once all are read: no workload named means all of them, and
    /// `--only` decides the page, soak and sweep benches.
    fn settled(mut self) -> Self {
        if self.workloads.is_empty() {
            self.workloads = WORKLOADS.iter().map(|w| w.0).collect();
        }
        self.page &= self.wants("page");
        let named = |name: &str| {
            self.only
                .as_ref()
                .is_some_and(|only| only.iter().any(|c| c == name))
        };
        let (soak, sweep) = (named("soak"), named("sweep"));
        self.soak = soak;
        self.sweep = sweep;
        self
    }
}

/// The value after `--name`, as text.
fn text_value(parser: &mut lexopt::Parser, name: &str) -> Result<String, String> {
    let value = parser.value().map_err(|e| e.to_string())?;
    value
        .into_string()
        .map_err(|_| format!("--{name}: not valid text"))
}
