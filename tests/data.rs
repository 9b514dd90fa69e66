//! Datasets: shapes, seeding, the noise knobs doing what their docs say, and the digits file.
//! One module of the native tests (`cargo test --test native data::`), split into a file per data source.

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

/// One rule names the class of a row everywhere (targets, outputs, accuracy, the digit panel):
/// a single column is class 1 from 0.5 up, several columns name their first largest entry.
#[test]
fn class_of_a_row_and_accuracy_per_class() {
    use dropout_lab::core::data::{class_accuracy, class_of, labels};
    use ndarray::array;
    assert_eq!(class_of(array![0.5].view()), 1);
    assert_eq!(class_of(array![0.49].view()), 0);
    assert_eq!(class_of(array![0.1, 0.7, 0.7].view()), 1, "first of a tie");
    let targets = array![
        [1.0, 0.0, 0.0],
        [0.0, 1.0, 0.0],
        [0.0, 1.0, 0.0],
        [1.0, 0.0, 0.0]
    ];
    let outputs = array![
        [0.8, 0.1, 0.1],
        [0.6, 0.3, 0.1],
        [0.2, 0.7, 0.1],
        [0.4, 0.5, 0.1]
    ];
    assert_eq!(labels(&targets), [0, 1, 1, 0]);
    // Class 0: one of two right; class 1: one of two; class 2: no examples.
    assert_eq!(
        class_accuracy(outputs.view(), targets.view(), 3),
        [0.5, 0.5, 0.0]
    );
    let right = array![
        [0.9, 0.0, 0.0],
        [0.0, 0.9, 0.0],
        [0.0, 0.9, 0.0],
        [0.9, 0.0, 0.0]
    ];
    assert_eq!(
        class_accuracy(right.view(), targets.view(), 3),
        [1.0, 1.0, 0.0]
    );
}
