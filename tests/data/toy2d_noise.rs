//! The two noise knobs of the 2-D generators: label noise and input noise.

use dropout_lab::core::data::labels;
use dropout_lab::core::data::toy2d::{self, NOISE_SCALE, Toy2dKind};

use super::toy2d::{KINDS, spec};

#[test]
fn label_noise_flips_exactly_the_requested_fraction_and_never_moves_points() {
    for kind in KINDS {
        for fraction in [0.05_f32, 0.2, 0.5] {
            let clean = toy2d::generate(&spec(kind, 500, 0.1, 0.0, 3)).unwrap();
            let noisy = toy2d::generate(&spec(kind, 500, 0.1, fraction, 3)).unwrap();
            for (c, n) in [(&clean.train, &noisy.train), (&clean.val, &noisy.val)] {
                assert_eq!(c.x, n.x, "label noise must not move points");
                let flipped = labels(&c.y)
                    .iter()
                    .zip(labels(&n.y))
                    .filter(|(a, b)| **a != *b)
                    .count();
                assert_eq!(
                    flipped,
                    (fraction * c.len() as f32).round() as usize,
                    "{kind:?} {fraction}"
                );
            }
        }
    }
}

#[test]
fn label_noise_against_the_geometry() {
    // Independent oracle: without input noise, circles' class is "radius < 0.6" and XOR's is
    // "x·y > 0", so wrong labels can be counted from the points alone.
    type ClassOf = fn(f32, f32) -> usize;
    let oracles: [(Toy2dKind, ClassOf); 2] = [
        (Toy2dKind::Circles, |x, y| usize::from(x.hypot(y) > 0.6)),
        (Toy2dKind::Xor, |x, y| usize::from(x * y > 0.0)),
    ];
    for (kind, class_of) in oracles {
        let set = toy2d::generate(&spec(kind, 1000, 0.0, 0.15, 11))
            .unwrap()
            .train;
        let wrong = set
            .x
            .rows()
            .into_iter()
            .zip(labels(&set.y))
            .filter(|(p, c)| class_of(p[0], p[1]) != *c)
            .count();
        assert_eq!(wrong, 150, "{kind:?}");
    }
}

#[test]
fn multiclass_label_noise_spreads_over_all_wrong_classes() {
    let kind = Toy2dKind::Blobs { classes: 4 };
    let clean = labels(
        &toy2d::generate(&spec(kind, 4000, 0.0, 0.0, 12))
            .unwrap()
            .train
            .y,
    );
    let noisy = labels(
        &toy2d::generate(&spec(kind, 4000, 0.0, 0.3, 12))
            .unwrap()
            .train
            .y,
    );
    // 1200 flips, each to one of the 3 other classes with probability 1/3: 400 ± 16 (1 sd).
    let mut shift = [0usize; 4];
    for (c, n) in clean.iter().zip(&noisy).filter(|(c, n)| c != n) {
        shift[(n + 4 - c) % 4] += 1;
    }
    assert_eq!(shift[0], 0);
    assert!(
        shift[1..].iter().all(|&s| s.abs_diff(400) < 80),
        "{shift:?}"
    );
}

#[test]
fn input_noise_has_the_documented_spread() {
    for kind in [
        Toy2dKind::Spiral,
        Toy2dKind::Circles,
        Toy2dKind::Xor,
        Toy2dKind::Moons,
    ] {
        let clean = toy2d::generate(&spec(kind, 5000, 0.0, 0.0, 8))
            .unwrap()
            .train;
        assert!(
            clean.x.iter().all(|v| v.abs() <= 1.0),
            "{kind:?}: noise-free points fill [-1, 1]²"
        );
        let noisy = toy2d::generate(&spec(kind, 5000, 0.4, 0.0, 8))
            .unwrap()
            .train;
        let d = &noisy.x - &clean.x;
        let sd = (d.mapv(|v| v * v).mean().unwrap()).sqrt();
        let sigma = NOISE_SCALE * 0.4;
        // 10 000 draws: the sample sd is within 1 % of sigma; 5 % leaves a wide margin.
        assert!(
            (sd - sigma).abs() < 0.05 * sigma,
            "{kind:?}: sd {sd} vs {sigma}"
        );
        let (x0, x1, y0, y1) = kind.extent();
        assert!(x0 <= -1.5 && x1 >= 1.5 && y0 <= -1.5 && y1 >= 1.5);
    }
}
