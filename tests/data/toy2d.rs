//! 2-D classification generators.

use dropout_lab::Error;
use dropout_lab::core::data::toy2d::{self, Toy2dKind, Toy2dSpec};
use dropout_lab::core::data::{Task, labels};
use ndarray::s;

use super::{bits, count};

/// Every generator, blobs with both a binary and a multi-class setting.
pub const KINDS: [Toy2dKind; 6] = [
    Toy2dKind::Spiral,
    Toy2dKind::Circles,
    Toy2dKind::Xor,
    Toy2dKind::Moons,
    Toy2dKind::Blobs { classes: 2 },
    Toy2dKind::Blobs { classes: 4 },
];

/// A spec with `n` training and `n / 2` validation points.
pub fn spec(kind: Toy2dKind, n: usize, noise: f32, label_noise: f32, seed: u64) -> Toy2dSpec {
    Toy2dSpec {
        kind,
        n_train: n,
        n_val: n / 2,
        noise,
        label_noise,
        seed,
    }
}
#[test]
fn toy2d_shapes_and_tasks() {
    for kind in KINDS {
        let split = toy2d::generate(&spec(kind, 300, 0.2, 0.1, 1)).unwrap();
        let outputs = if kind.classes() == 2 {
            1
        } else {
            kind.classes()
        };
        for (set, n) in [(&split.train, 300), (&split.val, 150)] {
            assert_eq!(set.x.dim(), (n, 2), "{kind:?}");
            assert_eq!(set.y.dim(), (n, outputs), "{kind:?}");
            assert_eq!(set.task, kind.task(), "{kind:?}");
            assert!(set.x.iter().all(|v| v.is_finite()));
            if outputs == 1 {
                assert!(
                    set.y.iter().all(|&v| v == 0.0 || v == 1.0),
                    "binary targets are 0/1"
                );
            } else {
                assert!(
                    set.y.rows().into_iter().all(|r| r.sum() == 1.0),
                    "one-hot rows"
                );
            }
        }
    }
    assert_eq!(Toy2dKind::Blobs { classes: 2 }.task(), Task::Binary);
    assert_eq!(
        Toy2dKind::Blobs { classes: 3 }.task(),
        Task::MultiClass { classes: 3 }
    );
}

#[test]
fn toy2d_same_seed_same_bits_other_seed_other_points() {
    for kind in KINDS {
        let a = toy2d::generate(&spec(kind, 200, 0.3, 0.2, 42)).unwrap();
        let b = toy2d::generate(&spec(kind, 200, 0.3, 0.2, 42)).unwrap();
        let c = toy2d::generate(&spec(kind, 200, 0.3, 0.2, 43)).unwrap();
        assert_eq!(bits(&a.train), bits(&b.train), "{kind:?}");
        assert_eq!(bits(&a.val), bits(&b.val), "{kind:?}");
        assert_ne!(
            a.train.x, c.train.x,
            "{kind:?}: another seed must move the points"
        );
        assert_ne!(
            a.train.x.slice(s![..100, ..]),
            a.val.x,
            "{kind:?}: validation is a fresh draw"
        );
    }
}

#[test]
fn toy2d_validation_set_does_not_depend_on_training_size() {
    let small = toy2d::generate(&spec(Toy2dKind::Moons, 40, 0.2, 0.1, 5)).unwrap();
    let large = toy2d::generate(&Toy2dSpec {
        n_train: 900,
        ..spec(Toy2dKind::Moons, 40, 0.2, 0.1, 5)
    })
    .unwrap();
    assert_eq!(bits(&small.val), bits(&large.val));
}

fn train_labels(spec: Toy2dSpec) -> Vec<usize> {
    labels(&toy2d::generate(&spec).unwrap().train.y)
}

#[test]
fn toy2d_classes_are_balanced() {
    for kind in KINDS {
        let k = kind.classes();
        let clean = train_labels(spec(kind, 400, 0.2, 0.0, 9));
        for class in 0..k {
            assert_eq!(
                count(&clean, class),
                400 / k,
                "{kind:?} class {class} without label noise"
            );
        }
        // Flipping 20 % moves counts only a little (exact balance is preserved in expectation).
        let noisy = train_labels(spec(kind, 400, 0.2, 0.2, 9));
        for class in 0..k {
            let share = count(&noisy, class) as f32 / 400.0;
            assert!(
                (share - 1.0 / k as f32).abs() < 0.08,
                "{kind:?} class {class}: {share}"
            );
        }
    }
}

#[test]
fn blobs_sit_on_separate_centres() {
    let set = toy2d::generate(&spec(Toy2dKind::Blobs { classes: 4 }, 2000, 0.0, 0.0, 2))
        .unwrap()
        .train;
    let ls = labels(&set.y);
    let means: Vec<(f32, f32)> = (0..4)
        .map(|c| {
            let rows: Vec<_> = set
                .x
                .rows()
                .into_iter()
                .zip(&ls)
                .filter(|(_, l)| **l == c)
                .collect();
            let n = rows.len() as f32;
            (
                rows.iter().map(|(r, _)| r[0]).sum::<f32>() / n,
                rows.iter().map(|(r, _)| r[1]).sum::<f32>() / n,
            )
        })
        .collect();
    for (i, a) in means.iter().enumerate() {
        assert!(
            (a.0.hypot(a.1) - 0.55).abs() < 0.03,
            "centre {i} on the circle of radius 0.55"
        );
        for b in &means[i + 1..] {
            assert!((a.0 - b.0).hypot(a.1 - b.1) > 0.7, "centres apart");
        }
    }
}

#[test]
fn toy2d_rejects_bad_knobs_and_names() {
    let ok = spec(Toy2dKind::Spiral, 100, 0.2, 0.1, 1);
    assert!(toy2d::generate(&ok).is_ok());
    let bad = [
        Toy2dSpec { n_train: 3, ..ok },
        Toy2dSpec {
            n_train: 5001,
            ..ok
        },
        Toy2dSpec { n_val: 0, ..ok },
        Toy2dSpec { noise: 1.01, ..ok },
        Toy2dSpec { noise: -0.1, ..ok },
        Toy2dSpec {
            noise: f32::NAN,
            ..ok
        },
        Toy2dSpec {
            label_noise: 0.51,
            ..ok
        },
        Toy2dSpec {
            kind: Toy2dKind::Blobs { classes: 1 },
            ..ok
        },
        Toy2dSpec {
            kind: Toy2dKind::Blobs { classes: 9 },
            ..ok
        },
    ];
    for s in bad {
        assert!(
            matches!(toy2d::generate(&s), Err(Error::OutOfRange { .. })),
            "{s:?}"
        );
    }
    for name in Toy2dKind::NAMES {
        assert_eq!(name.parse::<Toy2dKind>().unwrap().name(), name);
    }
    assert_eq!(" XOR ".parse::<Toy2dKind>(), Ok(Toy2dKind::Xor));
    match "swirl".parse::<Toy2dKind>() {
        Err(Error::Unknown { name, known, .. }) => {
            assert_eq!(name, "swirl");
            assert!(
                Toy2dKind::NAMES.iter().all(|n| known.contains(n)),
                "{known}"
            );
        }
        other => panic!("expected Error::Unknown, got {other:?}"),
    }
}
