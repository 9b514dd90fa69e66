//! The 8×8 handwritten digits.

use dropout_lab::Error;
use dropout_lab::core::data::digits::{self, DigitsSpec};
use dropout_lab::core::data::{Task, labels};

use super::{bits, count};

#[test]
fn digits_file_is_the_uci_test_set() {
    let all = digits::all();
    assert_eq!(all.x.dim(), (1797, 64));
    assert_eq!(all.y.dim(), (1797, 10));
    assert_eq!(all.task, Task::MultiClass { classes: 10 });
    assert!(
        all.x
            .iter()
            .all(|&v| (0.0..=1.0).contains(&v) && (v * 16.0).fract() == 0.0)
    );
    assert!(
        all.y
            .rows()
            .into_iter()
            .all(|r| r.sum() == 1.0 && r.iter().all(|&v| v == 0.0 || v == 1.0))
    );
    // Class counts of sklearn.datasets.load_digits (np.bincount of its target).
    let per_class: Vec<usize> = (0..10).map(|c| count(&labels(&all.y), c)).collect();
    assert_eq!(
        per_class,
        [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]
    );
    // First and last lines of the file, read with zcat.
    let first = [0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0];
    assert_eq!(digits::image(0).unwrap()[..16], first);
    assert_eq!(
        (digits::label(0), digits::label(1), digits::label(1796)),
        (Some(0), Some(1), Some(8))
    );
    assert_eq!(
        digits::image(1796).unwrap()[56..],
        [0, 1, 8, 12, 14, 12, 1, 0]
    );
    assert_eq!(digits::image(1797), None);
    assert_eq!(all.x[[0, 3]], 13.0 / 16.0);
}

#[test]
fn digits_split_is_disjoint_balanced_and_seeded() {
    let spec = DigitsSpec {
        n_train: 100,
        n_val: 1000,
        seed: 7,
    };
    let (train, val) = digits::split_indices(&spec).unwrap();
    assert_eq!((train.len(), val.len()), (100, 1000));
    let mut all: Vec<usize> = train.iter().chain(&val).copied().collect();
    all.sort_unstable();
    all.dedup();
    assert_eq!(all.len(), 1100, "no image in both sets, none twice");
    assert!(all.iter().all(|&i| i < digits::EXAMPLES));
    let split = digits::generate(&spec).unwrap();
    assert_eq!(split.train, digits::subset(&train));
    let train_labels = labels(&split.train.y);
    assert!(
        (0..10).all(|c| count(&train_labels, c) == 10),
        "100 training images = 10 of each digit"
    );
    let val_labels = labels(&split.val.y);
    assert!((0..10).all(|c| count(&val_labels, c) == 100));
    assert!(
        train_labels
            .windows(10)
            .any(|w| w != [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
        "rows are shuffled"
    );
    assert_eq!(
        bits(&split.train),
        bits(&digits::generate(&spec).unwrap().train)
    );
    // 105 images: five digits get an 11th; which five must depend on the seed, not favour 0..4.
    let mut lucky = std::collections::BTreeSet::new();
    for seed in 0..20 {
        let (train, _) = digits::split_indices(&DigitsSpec {
            n_train: 105,
            n_val: 10,
            seed,
        })
        .unwrap();
        let ls: Vec<usize> = train.iter().map(|&i| digits::label(i).unwrap()).collect();
        assert_eq!((0..10).filter(|&c| count(&ls, c) == 11).count(), 5);
        lucky.extend((0..10).filter(|&c| count(&ls, c) == 11));
    }
    assert_eq!(
        lucky.len(),
        10,
        "over 20 seeds every digit is once among the extra five"
    );
    let other = digits::split_indices(&DigitsSpec { seed: 8, ..spec }).unwrap();
    assert_ne!(train, other.0, "another seed picks other images");
}

#[test]
fn digits_rejects_bad_sizes() {
    for (n_train, n_val) in [(5, 100), (100, 0), (1000, 1000), (1797, 10)] {
        let err = digits::generate(&DigitsSpec {
            n_train,
            n_val,
            seed: 1,
        })
        .unwrap_err();
        assert!(
            matches!(err, Error::OutOfRange { .. } | Error::Config(_)),
            "{n_train}+{n_val}: {err}"
        );
    }
    assert!(
        digits::generate(&DigitsSpec {
            n_train: 1500,
            n_val: 297,
            seed: 1
        })
        .is_ok()
    );
}
