//! Every native integration test in one binary. Cargo builds each `tests/*.rs` as a crate of
//! its own by default: ~30 crates, each compiled at opt-level 3 (the core's profile, which
//! covers its tests), each instantiating the same ndarray code, each linked against the whole
//! dependency tree. As modules of one crate they compile and link once. `autotests = false` in Cargo.toml, so a
//! new `tests/NAME.rs` must be listed here (or as a `[[test]]`): the test at the end fails if
//! one is not. Kept apart: `allocation.rs` (its counting global allocator would count every
//! test), `claims/` (the slow stories, left out of `--quick`) and the `*_wasm.rs` browser tests.
//!
//! `cargo test --test native l10n::` runs one file's tests.

/// The helpers the files share (`use crate::common;` in each).
mod common;

#[path = "batchnorm.rs"]
mod batchnorm;
#[path = "code.rs"]
mod code;
#[path = "data.rs"]
mod data;
#[path = "data_setup.rs"]
mod data_setup;
#[path = "diagram_noise.rs"]
mod diagram_noise;
#[path = "dropout.rs"]
mod dropout;
#[path = "embed.rs"]
mod embed;
#[path = "experiment.rs"]
mod experiment;
#[path = "export.rs"]
mod export;
#[path = "gradients.rs"]
mod gradients;
#[path = "gradients_variants.rs"]
mod gradients_variants;
#[path = "heads.rs"]
mod heads;
#[path = "history.rs"]
mod history;
#[path = "image.rs"]
mod image;
#[path = "inside.rs"]
mod inside;
#[path = "inside_views.rs"]
mod inside_views;
#[path = "l10n.rs"]
mod l10n;
#[path = "l10n_errors.rs"]
mod l10n_errors;
#[path = "l10n_labels.rs"]
mod l10n_labels;
#[path = "l10n_speaking.rs"]
mod l10n_speaking;
#[path = "link_fuzz.rs"]
mod link_fuzz;
#[path = "lockstep.rs"]
mod lockstep;
#[path = "masks.rs"]
mod masks;
#[path = "narration.rs"]
mod narration;
#[path = "optimizer.rs"]
mod optimizer;
#[path = "presets.rs"]
mod presets;
#[path = "rate_table.rs"]
mod rate_table;
#[path = "readout_truth.rs"]
mod readout_truth;
#[path = "readouts.rs"]
mod readouts;
#[path = "redraw.rs"]
mod redraw;
#[path = "rules.rs"]
mod rules;
#[path = "runs_list.rs"]
mod runs_list;
#[path = "settings.rs"]
mod settings;
#[path = "sweep.rs"]
mod sweep;
#[path = "variants.rs"]
mod variants;

/// Every `tests/*.rs` is a module here or a target of its own in Cargo.toml.
#[test]
fn every_test_file_is_built() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests");
    let here = include_str!("native.rs");
    let manifest = include_str!("../Cargo.toml");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let Some(stem) = name.strip_suffix(".rs") else {
            continue;
        };
        let module = format!("#[path = \"{name}\"]");
        let target = format!("path = \"tests/{name}\"");
        if stem != "native" && !here.contains(&module) && !manifest.contains(&target) {
            missing.push(name);
        }
    }
    assert!(
        missing.is_empty(),
        "{} would never run: list each in tests/native.rs",
        missing.join(", ")
    );
}
