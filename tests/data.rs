//! Datasets: shapes, seeding, the noise knobs doing what their docs say, and the digits file.
//! One test target (`cargo test --test data`), split into a file per data source.

use dropout_lab::core::data::Dataset;

#[path = "data/digits.rs"]
mod digits;
#[path = "data/regression.rs"]
mod regression;
#[path = "data/toy2d.rs"]
mod toy2d;
#[path = "data/toy2d_noise.rs"]
mod toy2d_noise;

/// The exact bit patterns of a dataset, so "same seed" means bit-identical, not merely `==`.
pub fn bits(d: &Dataset) -> (Vec<u32>, Vec<u32>) {
    (
        d.x.iter().map(|v| v.to_bits()).collect(),
        d.y.iter().map(|v| v.to_bits()).collect(),
    )
}

/// How many labels equal `class`.
pub fn count(labels: &[usize], class: usize) -> usize {
    labels.iter().filter(|&&c| c == class).count()
}
