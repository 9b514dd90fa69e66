//! 1-D regression curves.

use dropout_lab::Error;
use dropout_lab::core::data::Task;
use dropout_lab::core::data::regression::{self, RegressionKind, RegressionSpec, truth};

use super::bits;

fn reg(kind: RegressionKind, n: usize, noise: f32, seed: u64) -> RegressionSpec {
    RegressionSpec {
        kind,
        n_train: n,
        n_val: n,
        noise,
        seed,
    }
}

#[test]
fn regression_shapes_seeding_and_truth() {
    assert!((truth(RegressionKind::Sine, 0.5) - 1.0).abs() < 1e-6);
    assert!(truth(RegressionKind::Sine, 0.0).abs() < 1e-6);
    assert_eq!(truth(RegressionKind::Cubic, 1.0), 1.0);
    assert_eq!(truth(RegressionKind::Cubic, -1.0), -1.0);
    assert_eq!(truth(RegressionKind::Cubic, 0.0), 0.0);
    for kind in [RegressionKind::Sine, RegressionKind::Cubic] {
        assert!((-100..=100).all(|i| truth(kind, i as f32 / 100.0).abs() <= 1.0 + 1e-6));
        let a = regression::generate(&reg(kind, 15, 0.2, 4)).unwrap();
        assert_eq!((a.train.x.dim(), a.train.y.dim()), ((15, 1), (15, 1)));
        assert_eq!(a.val.task, Task::Regression);
        assert_eq!(
            bits(&a.train),
            bits(&regression::generate(&reg(kind, 15, 0.2, 4)).unwrap().train)
        );
        assert_ne!(
            a.train.x,
            regression::generate(&reg(kind, 15, 0.2, 5))
                .unwrap()
                .train
                .x
        );
        assert_eq!(kind.name().parse::<RegressionKind>(), Ok(kind));
    }
    assert!(matches!(
        "tan".parse::<RegressionKind>(),
        Err(Error::Unknown { .. })
    ));
}

#[test]
fn regression_points_scatter_around_the_curve_by_the_noise() {
    for kind in [RegressionKind::Sine, RegressionKind::Cubic] {
        let exact = regression::generate(&reg(kind, 200, 0.0, 6)).unwrap().train;
        for (x, y) in exact.x.iter().zip(exact.y.iter()) {
            assert_eq!(*y, truth(kind, *x), "noise 0 puts points on the curve");
        }
        let sigma = 0.3;
        let set = regression::generate(&reg(kind, 5000, sigma, 6))
            .unwrap()
            .val;
        assert!(set.x.iter().all(|x| x.abs() <= 1.0));
        assert!(
            set.x.iter().filter(|x| **x < 0.0).count().abs_diff(2500) < 200,
            "x uniform on [-1, 1]"
        );
        let residuals: Vec<f32> = set
            .x
            .iter()
            .zip(set.y.iter())
            .map(|(x, y)| y - truth(kind, *x))
            .collect();
        assert!(
            residuals.iter().all(|r| r.abs() < 5.0 * sigma),
            "within 5 sigma"
        );
        let mean = residuals.iter().sum::<f32>() / 5000.0;
        let sd = (residuals.iter().map(|r| (r - mean).powi(2)).sum::<f32>() / 4999.0).sqrt();
        assert!(
            mean.abs() < 4.0 * sigma / 5000f32.sqrt(),
            "unbiased: mean {mean}"
        );
        assert!((sd - sigma).abs() < 0.05 * sigma, "sd {sd} vs {sigma}");
    }
}

#[test]
fn regression_rejects_bad_knobs() {
    let ok = reg(RegressionKind::Sine, 12, 0.2, 1);
    for s in [
        RegressionSpec { n_train: 2, ..ok },
        RegressionSpec { n_val: 6000, ..ok },
        RegressionSpec { noise: 2.0, ..ok },
    ] {
        assert!(
            matches!(regression::generate(&s), Err(Error::OutOfRange { .. })),
            "{s:?}"
        );
    }
}
