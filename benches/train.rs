//! Native training speed of the core on the two benchmark workloads (`cargo bench`).
//!
//! `cargo bench --bench train` prints a readable summary; `-- --machine` prints the tab-separated
//! `result` lines that `cargo xtask bench` collects next to the WASM and JavaScript contenders.
//! Same protocol as `benches/js/measure.mjs`: warm up, then equal-length timed runs.
//! Options: `--runs N` (default 5), `--target-ms MS` (default 400), `w1` / `w2` (default both).

#[path = "workloads.rs"]
mod workloads;

use std::time::Instant;
use workloads::{ALL, Session, Workload};

struct Measured {
    samples_per_sec: Vec<f64>,
    loss: f32,
}

fn measure(session: &mut Session, runs: usize, target_ms: f64, warmup_ms: f64) -> Measured {
    let samples_per_step = session.workload.batch as f64;
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
    let steps = ((rate_per_ms * target_ms).round() as usize).max(3);
    let mut samples_per_sec = Vec::with_capacity(runs);
    let mut loss = f32::NAN;
    for _ in 0..runs {
        let t0 = Instant::now();
        loss = session.run(steps);
        samples_per_sec.push(steps as f64 * samples_per_step / t0.elapsed().as_secs_f64());
    }
    Measured {
        samples_per_sec,
        loss,
    }
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
    let machine = args.iter().any(|a| a == "--machine");
    let runs = value("--runs", 5.0) as usize;
    let target_ms = value("--target-ms", 400.0);
    let mut chosen: Vec<Workload> = args.iter().filter_map(|a| Workload::by_id(a)).collect();
    if chosen.is_empty() {
        chosen = ALL.to_vec();
    }
    for w in chosen {
        let mut session = Session::new(w, 7).expect("benchmark workloads are valid networks");
        let m = measure(&mut session, runs.max(1), target_ms, 800.0);
        if machine {
            let rates: Vec<String> = m
                .samples_per_sec
                .iter()
                .map(|r| format!("{r:.1}"))
                .collect();
            println!(
                "result\t{}\tnative\t{}\tloss {:.4}; dropout-lab core, native release (matrixmultiply picks AVX2/FMA kernels at run time)",
                w.id,
                rates.join(","),
                m.loss
            );
        } else {
            let mut sorted = m.samples_per_sec.clone();
            sorted.sort_by(f64::total_cmp);
            let median = sorted[sorted.len() / 2];
            println!("{}", w.title);
            println!(
                "  native: {:.0} samples/s median ({:.0}–{:.0} over {} runs), {:.2} GFLOP/s, last loss {:.4}",
                median,
                sorted[0],
                sorted[sorted.len() - 1],
                sorted.len(),
                median * w.flop_per_sample() / 1e9,
                m.loss
            );
        }
    }
}
