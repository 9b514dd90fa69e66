//! The Rivals preset (#13): no regulariser, L2, batch norm and dropout raced on the noisy
//! moons. A preset's runs are rate vectors; the variant of each run is listed here, by preset
//! name, so the presets without variants stay as they are.

use super::{Preset, hidden_races};
use crate::core::experiment::ExperimentConfig;

/// Each run's variant in text form ([`crate::core::variant::parse`]), in the order of the
/// preset's rates; presets not listed race plain dropout.
pub fn variants_of(name: &str) -> &'static [&'static str] {
    match name {
        "rivals" => &["", "l2_0.01", "bn", ""],
        _ => &[],
    }
}

/// Two moons as in the default preset (80 points, one in ten mislabelled, 2-128-128-1 ReLU),
/// minibatches of 20 so batch norm's statistics are those of a batch, not of the whole set;
/// Adam at 0.003, 300 epochs. The last run is the p = 0.5 one, as in every preset.
/// Cost ≈ 300 × 4 × 17,025 × (6 × 80 + 2 × 280) ≈ 21.2 GFLOP: ~21 s at 1 GFLOP/s.
pub(super) fn rivals() -> Preset {
    let moons = super::moons();
    Preset {
        name: "rivals",
        data: moons.data,
        config: ExperimentConfig {
            batch_size: 20,
            ..moons.config
        },
        rates: hidden_races(&[0.0, 0.0, 0.0, 0.5], 2),
        epochs: 300,
    }
}
