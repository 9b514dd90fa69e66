//! Real data: the 8×8 handwritten digits (UCI "Optical Recognition of Handwritten Digits",
//! Alpaydin & Kaynak, test set as shipped by scikit-learn; CC BY 4.0, see `DIGITS-LICENSE.md`).
//!
//! 1,797 images, 64 pixels each counting 0..=16 "on" dots of a 4×4 block, labels 0..=9. The file
//! is compiled in (`include_bytes!`), so nothing is fetched at run time, natively or in the
//! browser. Features are scaled to `[0, 1]` (divided by 16), targets are one-hot of width 10.
//!
//! ```
//! use dropout_lab::core::data::digits::{generate, DigitsSpec};
//! use dropout_lab::core::data::Task;
//!
//! let split = generate(&DigitsSpec { n_train: 200, n_val: 500, seed: 1 }).unwrap();
//! assert_eq!(split.train.x.dim(), (200, 64));
//! assert_eq!(split.val.y.dim(), (500, 10));
//! assert_eq!(split.train.task, Task::MultiClass { classes: 10 });
//! ```

use std::io::Read;
use std::sync::OnceLock;

use crate::core::LabRng;
use flate2::read::GzDecoder;
use ndarray::Array2;
use rand::SeedableRng;
use rand::seq::SliceRandom;

use super::{Dataset, Split, Task, one_hot};
use crate::core::error::{Error, Result, check_range};
use crate::detail;

/// Number of images in the file.
pub const EXAMPLES: usize = 1797;
/// Pixels per image (8 × 8), the network's inputs.
pub const FEATURES: usize = 64;
/// Image side in pixels.
pub const SIDE: usize = 8;
/// Digits 0..=9.
pub const CLASSES: usize = 10;
/// Largest raw pixel value; features are `pixel / MAX_PIXEL`.
pub const MAX_PIXEL: u8 = 16;
/// Fewest examples allowed in the training or the validation set.
pub const MIN_EXAMPLES: usize = 10;

/// scikit-learn's `sklearn/datasets/data/digits.csv.gz`, byte for byte: one image per line,
/// 64 pixel counts then the label, comma-separated.
static DIGITS_CSV_GZ: &[u8] = include_bytes!("digits.csv.gz");

/// One decoded line of the file.
struct Digit {
    pixels: [u8; FEATURES],
    label: u8,
}

/// The decoded file, inflated and parsed once on first use (about 7 ms native release).
fn table() -> &'static [Digit] {
    static TABLE: OnceLock<Vec<Digit>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut csv = String::new();
        GzDecoder::new(DIGITS_CSV_GZ)
            .read_to_string(&mut csv)
            .expect("the compiled-in digits.csv.gz inflates");
        let table: Vec<Digit> = csv
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(parse_line)
            .collect();
        assert_eq!(
            table.len(),
            EXAMPLES,
            "digits.csv.gz should hold {EXAMPLES} images"
        );
        table
    })
}

/// Parses `p0,…,p63,label`; the file is compiled in, so a bad line is a build defect, not input.
fn parse_line(line: &str) -> Digit {
    let values: Vec<u8> = line
        .split(',')
        .map(|v| {
            v.trim()
                .parse::<u8>()
                .expect("digits.csv.gz holds small whole numbers")
        })
        .collect();
    assert_eq!(
        values.len(),
        FEATURES + 1,
        "a digits line has 64 pixels and a label"
    );
    let mut pixels = [0; FEATURES];
    pixels.copy_from_slice(&values[..FEATURES]);
    assert!(
        pixels.iter().all(|&p| p <= MAX_PIXEL),
        "digits pixels are counts 0..=16"
    );
    let label = values[FEATURES];
    assert!((label as usize) < CLASSES, "digits labels are 0..=9");
    Digit { pixels, label }
}

/// Raw pixel counts `0..=16` of image `index` (file order), row-major 8×8, for display.
pub fn image(index: usize) -> Option<[u8; FEATURES]> {
    table().get(index).map(|d| d.pixels)
}

/// The digit shown in image `index` (file order).
pub fn label(index: usize) -> Option<usize> {
    table().get(index).map(|d| d.label as usize)
}

/// The images at `indices`, in that order: features `pixel / 16`, one-hot targets.
/// Panics if an index is `>= EXAMPLES`.
pub fn subset(indices: &[usize]) -> Dataset {
    let table = table();
    let x = Array2::from_shape_fn((indices.len(), FEATURES), |(i, j)| {
        f32::from(table[indices[i]].pixels[j]) / f32::from(MAX_PIXEL)
    });
    let labels: Vec<usize> = indices.iter().map(|&i| table[i].label as usize).collect();
    Dataset {
        x,
        y: one_hot(&labels, CLASSES),
        task: Task::MultiClass { classes: CLASSES },
    }
}

/// All 1,797 images in file order.
pub fn all() -> Dataset {
    subset(&(0..EXAMPLES).collect::<Vec<_>>())
}

/// Everything that decides a digits split. Same spec → bit-identical data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DigitsSpec {
    /// Training images, at least [`MIN_EXAMPLES`]; a few hundred overfit visibly.
    pub n_train: usize,
    /// Validation images, at least [`MIN_EXAMPLES`]; `n_train + n_val ≤ EXAMPLES`.
    pub n_val: usize,
    /// Seed of the shuffle.
    pub seed: u64,
}

impl Default for DigitsSpec {
    /// Few enough training images that a wide network memorises them.
    fn default() -> Self {
        DigitsSpec {
            n_train: 300,
            n_val: 500,
            seed: 1,
        }
    }
}

/// Checks the sizes in `spec` and names the first one out of range.
pub fn validate(spec: &DigitsSpec) -> Result<()> {
    let (lo, hi) = (MIN_EXAMPLES as f64, (EXAMPLES - MIN_EXAMPLES) as f64);
    check_range(
        detail!("quantity-training-images"),
        spec.n_train as f64,
        lo,
        hi,
    )?;
    check_range(
        detail!("quantity-validation-images"),
        spec.n_val as f64,
        lo,
        hi,
    )?;
    let total = spec.n_train + spec.n_val;
    if total > EXAMPLES {
        return Err(Error::Config(detail!(
            "config-digits-total",
            total = total,
            examples = EXAMPLES
        )));
    }
    Ok(())
}

/// File indices of the training and validation images: disjoint, and class-balanced.
///
/// Each class's images are shuffled, then dealt round by round (one image per class per round,
/// classes in a fresh random order each round); training takes the first `n_train` dealt, the
/// validation set the next `n_val`. So even 20 training images hold every digit twice, and each
/// set is then shuffled so that consecutive minibatches are not sorted by class.
pub fn split_indices(spec: &DigitsSpec) -> Result<(Vec<usize>, Vec<usize>)> {
    validate(spec)?;
    let mut rng = LabRng::seed_from_u64(spec.seed);
    let mut by_class = vec![Vec::new(); CLASSES];
    for (i, digit) in table().iter().enumerate() {
        by_class[digit.label as usize].push(i);
    }
    for members in &mut by_class {
        members.shuffle(&mut rng);
    }
    let rounds = by_class.iter().map(Vec::len).max().unwrap_or(0);
    let mut class_order: Vec<usize> = (0..CLASSES).collect();
    let mut dealt = Vec::with_capacity(EXAMPLES);
    for round in 0..rounds {
        class_order.shuffle(&mut rng);
        dealt.extend(class_order.iter().filter_map(|&c| by_class[c].get(round)));
    }
    let mut train = dealt[..spec.n_train].to_vec();
    let mut val = dealt[spec.n_train..spec.n_train + spec.n_val].to_vec();
    train.shuffle(&mut rng);
    val.shuffle(&mut rng);
    Ok((train, val))
}

/// Disjoint, class-balanced training and validation sets (see [`split_indices`]).
pub fn generate(spec: &DigitsSpec) -> Result<Split> {
    let (train, val) = split_indices(spec)?;
    Ok(Split {
        train: subset(&train),
        val: subset(&val),
    })
}
