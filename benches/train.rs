//! Native training speed of the core on the two benchmark workloads (`cargo bench`).
//!
//! `cargo bench --bench train` prints a readable summary. `-- --serve w1` speaks the line
//! protocol of `benches/js/measure.mjs` on stdin/stdout instead, which `cargo xtask bench` uses
//! to interleave the timed runs of all contenders. Same timing as the JavaScript side: warm up,
//! then runs of about `--target-ms` each.
//! Options: `--runs N` (default 5), `--target-ms MS` (default 400), `w1` / `w2` (default both),
//! `--variant TEXT` (a run variant in the link's text form, e.g. `dropconnect` or `bn`: the
//! same workload trained with DropConnect or batch norm instead of plain dropout).

#[path = "workloads.rs"]
mod workloads;

use std::io::BufRead;
use std::time::Instant;
use workloads::{ALL, Session, Workload};

const NOTE: &str =
    "dropout-lab core, native release (matrixmultiply picks AVX2/FMA kernels at run time)";

/// Warm up for `warmup_ms`; returns the number of steps that takes about `target_ms`.
fn calibrate(session: &mut Session, target_ms: f64, warmup_ms: f64) -> usize {
    let warm_start = Instant::now();
    let mut chunk = 1;
    let rate_per_ms = loop {
        let t0 = Instant::now();
        session.run(chunk);
        let dt = t0.elapsed().as_secs_f64() * 1e3;
        if warm_start.elapsed().as_secs_f64() * 1e3 >= warmup_ms {
            break chunk as f64 / dt.max(1e-3);
        }
        if dt < 100.0 {
            chunk *= 2;
        }
    };
    ((rate_per_ms * target_ms).round() as usize).max(3)
}

/// One timed run: samples per second and the last minibatch loss.
fn timed_run(session: &mut Session, steps: usize) -> (f64, f32) {
    let t0 = Instant::now();
    let loss = session.run(steps);
    let samples = (steps * session.workload.batch) as f64;
    (samples / t0.elapsed().as_secs_f64(), loss)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str, default: f64| -> f64 {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let runs = (value("--runs", 5.0) as usize).max(1);
    let target_ms = value("--target-ms", 400.0);
    let variant = args
        .iter()
        .position(|a| a == "--variant")
        .and_then(|i| args.get(i + 1))
        .map(|text| {
            dropout_lab::core::variant::parse(text)
                .expect("a known run variant")
                .1
        })
        .unwrap_or_default();
    let mut chosen: Vec<Workload> = args.iter().filter_map(|a| Workload::by_id(a)).collect();
    if chosen.is_empty() {
        chosen = ALL.to_vec();
    }
    if args.iter().any(|a| a == "--serve") {
        let [w] = chosen[..] else {
            panic!("--serve takes exactly one workload (w1 or w2)");
        };
        serve(w, target_ms, variant);
        return;
    }
    for w in chosen {
        let mut session = Session::new(w, 7)
            .expect("benchmark workloads are valid networks")
            .with_variant(variant);
        let steps = calibrate(&mut session, target_ms, 800.0);
        let mut rates = Vec::with_capacity(runs);
        let mut loss = f32::NAN;
        for _ in 0..runs {
            let (rate, last_loss) = timed_run(&mut session, steps);
            rates.push(rate);
            loss = last_loss;
        }
        rates.sort_by(f64::total_cmp);
        let median = rates[rates.len() / 2];
        println!("{}", w.title);
        println!(
            "  native: {:.0} samples/s median ({:.0}–{:.0} over {} runs of {steps} steps), \
             {:.2} GFLOP/s, last loss {loss:.4}",
            median,
            rates[0],
            rates[rates.len() - 1],
            rates.len(),
            median * w.flop_per_sample() / 1e9,
        );
    }
}

/// `ready` after warm-up, then one timed run per `run` line on stdin until `quit` or EOF.
fn serve(w: Workload, target_ms: f64, variant: dropout_lab::core::Variant) {
    let mut session = Session::new(w, 7)
        .expect("benchmark workloads are valid networks")
        .with_variant(variant);
    let steps = calibrate(&mut session, target_ms, 800.0);
    let what =
        dropout_lab::core::variant::describe(dropout_lab::core::DropoutMode::Inverted, &variant);
    let note = if what.is_empty() {
        NOTE.to_string()
    } else {
        format!("{NOTE}; run variant '{what}'")
    };
    println!("ready\tnative\t{}\t{steps}\t{note}", w.id);
    for line in std::io::stdin().lock().lines() {
        if line.map_or(true, |l| l.trim() != "run") {
            break;
        }
        let (rate, loss) = timed_run(&mut session, steps);
        println!("run\t{rate:.1}\t{loss:.4}");
    }
}
