//! The numbers: medians, spreads, ratios and the per-workload tables.
//!
//! The ratios are computed here from one run of `cargo xtask bench`, whose contenders took turns
//! (bench/live.rs), so they compare numbers measured under the same conditions.

/// One contender's timed runs on one workload.
#[derive(Debug, Clone, PartialEq)]
pub struct Measurement {
    pub workload: String,
    pub contender: String,
    /// Samples per second of each timed run (after warm-up).
    pub runs: Vec<f64>,
    pub note: String,
}

impl Measurement {
    pub fn median(&self) -> f64 {
        let mut sorted = self.runs.clone();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        match n {
            0 => f64::NAN,
            _ if n % 2 == 1 => sorted[n / 2],
            _ => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
        }
    }

    fn min(&self) -> f64 {
        self.runs.iter().copied().fold(f64::INFINITY, f64::min)
    }

    fn max(&self) -> f64 {
        self.runs.iter().copied().fold(f64::NEG_INFINITY, f64::max)
    }
}

/// What the table knows about a contender: its label and whether it is a JavaScript peer.
pub struct Contender {
    pub id: &'static str,
    pub label: &'static str,
    pub js_peer: bool,
}

pub const CONTENDERS: [Contender; 9] = [
    Contender {
        id: "native",
        label: "Rust core, native release",
        js_peer: false,
    },
    // #13: the same workload with dropout's rivals, so their cost reads against dropout's.
    Contender {
        id: "native-dropconnect",
        label: "Rust core, native, DropConnect",
        js_peer: false,
    },
    Contender {
        id: "native-bn",
        label: "Rust core, native, batch norm + dropout",
        js_peer: false,
    },
    Contender {
        id: "wasm-node",
        label: "Rust core, WASM in node",
        js_peer: false,
    },
    Contender {
        id: "wasm-chromium",
        label: "Rust core, WASM in Chromium",
        js_peer: false,
    },
    Contender {
        id: "plain-js",
        label: "plain Float32Array JS",
        js_peer: true,
    },
    Contender {
        id: "convnetjs",
        label: "convnetjs 0.3.0",
        js_peer: true,
    },
    Contender {
        id: "tfjs-cpu",
        label: "tfjs 4.22 cpu",
        js_peer: true,
    },
    Contender {
        id: "tfjs-wasm",
        label: "tfjs 4.22 wasm (SIMD)",
        js_peer: true,
    },
];

/// A contender that produced no numbers, and why.
pub struct Missing {
    pub workload: String,
    pub contender: String,
    pub reason: String,
}

/// One markdown table per workload, then the notes each contender printed.
pub fn table(
    workload: &str,
    title: &str,
    flop_per_sample: f64,
    measured: &[Measurement],
    missing: &[Missing],
) -> String {
    let find = |id: &str| {
        measured
            .iter()
            .find(|m| m.workload == workload && m.contender == id)
    };
    let fastest_js = CONTENDERS
        .iter()
        .filter(|c| c.js_peer)
        .filter_map(|c| find(c.id).map(|m| (c.label, m.median())))
        .max_by(|a, b| a.1.total_cmp(&b.1));
    let native = find("native").map(Measurement::median);

    let mut out = format!(
        "\n{title}\nFLOP per sample {} (6 × weights)\n\n",
        group(flop_per_sample)
    );
    let js_header = match fastest_js {
        Some((label, _)) => format!("vs fastest JS peer ({label})"),
        None => "vs fastest JS peer".to_string(),
    };
    out += &format!(
        "| contender | samples/s median | spread (min–max) | runs | GFLOP/s | {js_header} | ÷ native dropout |\n"
    );
    out += "|---|---:|---:|---:|---:|---:|---:|\n";
    let mut notes = String::new();
    for c in &CONTENDERS {
        if let Some(m) = find(c.id) {
            let fastest_js = fastest_js.map(|(_, js)| js);
            out += &row(c, m, flop_per_sample, fastest_js, native);
            notes += &format!("- {}: {}\n", c.label, m.note);
        } else if let Some(miss) = missing
            .iter()
            .find(|x| x.workload == workload && x.contender == c.id)
        {
            out += &format!("| {} | not measured | | | | | |\n", c.label);
            notes += &format!("- {}: not measured: {}\n", c.label, miss.reason);
        }
    }
    out + "\n" + &notes
}

/// One contender's line of the table: its median, spread, speed in GFLOP/s and its ratios to the
/// fastest JavaScript peer and (for wasm and native variants) to native dropout.
fn row(
    c: &Contender,
    m: &Measurement,
    flop_per_sample: f64,
    fastest_js: Option<f64>,
    native: Option<f64>,
) -> String {
    let median = m.median();
    let vs_js = fastest_js.map_or("—".to_string(), |js| format!("{:.2}×", median / js));
    let vs_native = match native {
        Some(n) if c.id.starts_with("wasm") || c.id.starts_with("native-") => {
            format!("{:.2}", median / n)
        }
        _ => "—".to_string(),
    };
    format!(
        "| {} | {} | {}–{} | {} | {:.2} | {vs_js} | {vs_native} |\n",
        c.label,
        group(median),
        group(m.min()),
        group(m.max()),
        m.runs.len(),
        median * flop_per_sample / 1e9,
    )
}

/// 1234567.8 → "1,234,568": the table is read by people, not parsed.
pub fn group(value: f64) -> String {
    if !value.is_finite() {
        return "n/a".to_string();
    }
    let digits = format!("{:.0}", value.abs());
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if value < 0.0 { format!("-{out}") } else { out }
}

/// The load average at the start and the end of a bench, and a warning when other work
/// shared the CPU (its figures then spread wide).
pub fn load_line(start: Option<f64>, end: Option<f64>) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let shown = |l: Option<f64>| l.map_or("?".to_string(), |l| format!("{l:.1}"));
    let busy = [start, end].iter().flatten().any(|&l| l > cores as f64);
    println!(
        "load average {} at the start, {} at the end{}",
        shown(start),
        shown(end),
        if busy {
            format!(" — above the {cores} cores: other work shared the CPU, expect wide spreads")
        } else {
            String::new()
        }
    );
}

/// One measured part of the bench under its title, or why it could not run; nothing when it
/// was not asked for.
pub fn section(title: Option<&str>, what: &str, result: Option<Result<String, String>>) {
    match (result, title) {
        (Some(Ok(lines)), Some(title)) => println!("\n## {title}\n{lines}"),
        (Some(Ok(lines)), None) => println!("\n{lines}"),
        (Some(Err(reason)), _) => println!("\n{what}: not available ({reason})"),
        (None, _) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_even_count_is_mean_of_middle_pair() {
        let m = Measurement {
            workload: "w1".into(),
            contender: "native".into(),
            runs: vec![4.0, 1.0, 3.0, 2.0],
            note: String::new(),
        };
        assert_eq!(m.median(), 2.5);
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(group(1_234_567.8), "1,234,568");
        assert_eq!(group(999.0), "999");
        assert_eq!(group(1000.0), "1,000");
    }

    #[test]
    fn ratios_use_the_fastest_js_peer_and_native() {
        let m = |c: &str, v: f64| Measurement {
            workload: "w1".into(),
            contender: c.into(),
            runs: vec![v; 5],
            note: String::new(),
        };
        let measured = [
            m("native", 1000.0),
            m("wasm-node", 500.0),
            m("plain-js", 250.0),
            m("tfjs-cpu", 100.0),
        ];
        let t = table("w1", "W1", 6.0, &measured, &[]);
        assert!(
            t.contains("vs fastest JS peer (plain Float32Array JS)"),
            "{t}"
        );
        let wasm_row = t.lines().find(|l| l.contains("WASM in node")).unwrap();
        assert!(wasm_row.contains("| 2.00× | 0.50 |"), "{wasm_row}");
    }
}
