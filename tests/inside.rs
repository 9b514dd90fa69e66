//! The math of the Inside dropout views, checked against by-hand computations on tiny networks:
//! the ensemble of thinned networks, weight scaling, unit ablation and activation statistics.
//! The views as the page runs them on a trained race: `inside_views.rs`.

use crate::common;

use dropout_lab::core::inside::ablation::{AblationJob, LayerActivity, activity};
use dropout_lab::core::inside::averaging::AveragingJob;
use dropout_lab::core::inside::spread::SpreadJob;
use dropout_lab::core::inside::subnets::{SubnetsJob, all_masks};
use dropout_lab::core::inside::{Frozen, Mask, mean_loss};
use dropout_lab::core::{Activation, DropoutMode, DropoutRates, Mlp, OutputHead};
use ndarray::{Array2, array};

/// A 2-2-1 network with weights chosen by hand.
pub(crate) fn tiny(activation: Activation, head: OutputHead) -> Mlp {
    let mut net = common::net(2, &[2], 1, activation, head, 1);
    net.weights_mut()[0].assign(&array![[1.0, -0.5], [0.5, 2.0]]);
    net.weights_mut()[1].assign(&array![[1.5], [-1.0]]);
    net.biases_mut()[0].assign(&array![[0.1, -0.2]]);
    net.biases_mut()[1].assign(&array![[0.3]]);
    net
}

pub(crate) fn points() -> Array2<f32> {
    array![[0.5, -1.0], [1.0, 0.2], [-0.3, 0.8]]
}

/// The tiny network's output for one example, written out: `gains` multiply the two inputs
/// and the two hidden units.
fn by_hand(x: [f32; 2], g_in: [f32; 2], g_hid: [f32; 2], relu: bool) -> f32 {
    let h = [x[0] * g_in[0], x[1] * g_in[1]];
    let act = |z: f32| if relu { z.max(0.0) } else { z };
    let a = [
        act(h[0] * 1.0 + h[1] * 0.5 + 0.1),
        act(h[0] * -0.5 + h[1] * 2.0 - 0.2),
    ];
    let z = a[0] * g_hid[0] * 1.5 - a[1] * g_hid[1] + 0.3;
    if relu { 1.0 / (1.0 + (-z).exp()) } else { z }
}

/// The exact ensemble mean: every mask of the four units, weighted by its probability.
fn exact_mean(x: [f32; 2], rates: [f32; 2], inverted: bool, relu: bool) -> f32 {
    let mut mean = 0.0f64;
    for bits in 0..16u32 {
        let kept = |k: u32| bits >> k & 1 == 0;
        let gain = |k: u32, p: f32| {
            let s = if inverted { 1.0 / (1.0 - p) } else { 1.0 };
            if kept(k) { s } else { 0.0 }
        };
        let prob: f64 = (0..4)
            .map(|k| {
                let p = f64::from(rates[(k / 2) as usize]);
                if kept(k) { 1.0 - p } else { p }
            })
            .product();
        let g_in = [gain(0, rates[0]), gain(1, rates[0])];
        let g_hid = [gain(2, rates[1]), gain(3, rates[1])];
        mean += prob * f64::from(by_hand(x, g_in, g_hid, relu));
    }
    mean as f32
}

#[test]
fn a_tiny_network_has_sixteen_thinned_networks_whose_probabilities_sum_to_one() {
    let net = tiny(Activation::Relu, OutputHead::SigmoidBce);
    let rates = DropoutRates::new(vec![0.2, 0.5], DropoutMode::Inverted).unwrap();
    let masks = all_masks(&Frozen::of(&net, &rates)).expect("4 droppable units");
    assert_eq!(masks.len(), 16);
    let total: f64 = masks.iter().map(|(_, p)| p).sum();
    assert!((total - 1.0).abs() < 1e-12, "{total}");
    // The full network: 0.8² · 0.5²; every unit dropped: 0.2² · 0.5².
    assert!((masks[0].1 - 0.16).abs() < 1e-6);
    assert!((masks[15].1 - 0.01).abs() < 1e-6);
    // A bigger network is sampled, not enumerated.
    let big = common::net(2, &[8], 1, Activation::Relu, OutputHead::SigmoidBce, 1);
    let rates = DropoutRates::uniform(0.0, 0.5, 1).unwrap();
    assert!(all_masks(&Frozen::of(&big, &rates)).is_none());
}

#[test]
fn averaging_all_sixteen_thinned_networks_gives_the_exact_ensemble_mean() {
    for mode in [DropoutMode::Inverted, DropoutMode::Classic] {
        let net = tiny(Activation::Relu, OutputHead::SigmoidBce);
        let rates = DropoutRates::new(vec![0.3, 0.5], mode).unwrap();
        let job = SubnetsJob::new(Frozen::of(&net, &rates), points().view(), 1).run();
        assert!(job.exhaustive);
        let average = job.average.unwrap();
        for (i, x) in points().rows().into_iter().enumerate() {
            let exact = exact_mean(
                [x[0], x[1]],
                [0.3, 0.5],
                mode == DropoutMode::Inverted,
                true,
            );
            assert!(
                (average[[i, 0]] - exact).abs() < 1e-5,
                "{mode:?} example {i}: {} vs {exact}",
                average[[i, 0]]
            );
        }
        // Each thinned network's own output matches the hand computation too.
        let (mask, _) = &job.masks[5];
        let g = |l: usize, u: usize, p: f32| {
            let s = if mode == DropoutMode::Inverted {
                1.0 / (1.0 - p)
            } else {
                1.0
            };
            if mask[l][u] { s } else { 0.0 }
        };
        let want = by_hand(
            [0.5, -1.0],
            [g(0, 0, 0.3), g(0, 1, 0.3)],
            [g(1, 0, 0.5), g(1, 1, 0.5)],
            true,
        );
        assert!((job.outputs[5][[0, 0]] - want).abs() < 1e-5);
    }
}

#[test]
fn with_no_nonlinearity_weight_scaling_equals_the_ensemble_mean() {
    // Linear hidden units and a linear output: the output is linear in each mask, so its mean
    // over the masks is the output at the masks' means, which is what weight scaling computes.
    for mode in [DropoutMode::Inverted, DropoutMode::Classic] {
        let net = tiny(Activation::Linear, OutputHead::LinearMse);
        let rates = DropoutRates::new(vec![0.4, 0.5], mode).unwrap();
        let job = SubnetsJob::new(Frozen::of(&net, &rates), points().view(), 1).run();
        let (average, full) = (job.average.unwrap(), job.full.unwrap());
        for i in 0..3 {
            assert!(
                (average[[i, 0]] - full[[i, 0]]).abs() < 1e-5,
                "{mode:?} {i}"
            );
        }
    }
    // With ReLUs and a sigmoid the two differ: weight scaling is an approximation there.
    let net = tiny(Activation::Relu, OutputHead::SigmoidBce);
    let rates = DropoutRates::new(vec![0.4, 0.5], DropoutMode::Inverted).unwrap();
    let job = SubnetsJob::new(Frozen::of(&net, &rates), points().view(), 1).run();
    let gap = (job.average.unwrap() - job.full.unwrap())
        .mapv(f32::abs)
        .sum();
    assert!(gap > 1e-3, "{gap}");
}

#[test]
fn sampled_thinned_networks_follow_the_rate_and_the_resample_seed() {
    let net = common::net(2, &[64, 64], 1, Activation::Relu, OutputHead::SigmoidBce, 3);
    let rates = DropoutRates::uniform(0.0, 0.25, 2).unwrap();
    let frozen = Frozen::of(&net, &rates);
    let a = SubnetsJob::new(frozen.clone(), points().view(), 7);
    let b = SubnetsJob::new(frozen.clone(), points().view(), 7);
    let c = SubnetsJob::new(frozen, points().view(), 8);
    assert_eq!(a.masks.len(), 8);
    let masks = |j: &SubnetsJob| {
        j.masks
            .iter()
            .map(|(m, _)| m.clone())
            .collect::<Vec<Mask>>()
    };
    assert_eq!(masks(&a), masks(&b));
    assert_ne!(masks(&a), masks(&c));
    let hidden: Vec<bool> = masks(&a).iter().flat_map(|m| m[1..].concat()).collect();
    let dropped = hidden.iter().filter(|&&k| !k).count() as f32 / hidden.len() as f32;
    assert!((dropped - 0.25).abs() < 0.04, "{dropped}");
    assert!(
        masks(&a).iter().all(|m| m[0].iter().all(|&k| k)),
        "p = 0 on the inputs"
    );
}

#[test]
fn the_averaging_curve_starts_with_one_thinned_network_and_scores_the_running_mean() {
    let net = tiny(Activation::Relu, OutputHead::SigmoidBce);
    let rates = DropoutRates::new(vec![0.0, 0.5], DropoutMode::Inverted).unwrap();
    let y = array![[1.0], [0.0], [1.0]];
    let job = AveragingJob::new(Frozen::of(&net, &rates), points().view(), y.view(), 3, 4000).run();
    assert_eq!(job.curve.len(), 4000);
    assert_eq!(job.curve[0].k, 1);
    let scaled = job.scaled.unwrap();
    let full =
        Frozen::of(&net, &rates).outputs(points().view(), &Frozen::of(&net, &rates).eval_gains());
    assert_eq!(
        scaled.loss,
        mean_loss(OutputHead::SigmoidBce, full.view(), y.view())
    );
    // Two droppable hidden units: 4000 draws put the running mean near the exact mean over the
    // four thinned networks.
    let exact: Vec<f32> = points()
        .rows()
        .into_iter()
        .map(|x| exact_mean([x[0], x[1]], [0.0, 0.5], true, true))
        .collect();
    let exact = Array2::from_shape_vec((3, 1), exact).unwrap();
    let want = mean_loss(OutputHead::SigmoidBce, exact.view(), y.view());
    let got = job.curve[3999].loss;
    assert!((got - want).abs() < 0.01, "MC {got} vs exact {want}");
}

#[test]
fn mc_spread_is_zero_without_dropout_and_positive_with_it() {
    let net = common::net(2, &[16], 1, Activation::Relu, OutputHead::SigmoidBce, 5);
    let none = DropoutRates::uniform(0.0, 0.0, 1).unwrap();
    let job = SpreadJob::new(Frozen::of(&net, &none), points().view(), 1, 10).run();
    assert!(job.std().iter().all(|&s| s < 1e-6));
    let half = DropoutRates::uniform(0.0, 0.5, 1).unwrap();
    let job = SpreadJob::new(Frozen::of(&net, &half), points().view(), 1, 10).run();
    assert!(job.std().iter().all(|&s| s > 1e-4), "{:?}", job.std());
}

#[test]
fn removing_a_unit_raises_the_loss_by_what_the_hand_computation_says() {
    let net = tiny(Activation::Relu, OutputHead::SigmoidBce);
    let rates = DropoutRates::new(vec![0.0, 0.5], DropoutMode::Inverted).unwrap();
    let y = array![[1.0], [0.0], [1.0]];
    let job = AblationJob::new(Frozen::of(&net, &rates), points().view(), y.view()).run();
    assert_eq!(
        job.removed.len(),
        2,
        "two hidden units, the inputs are not ablated"
    );
    let loss = |g_hid: [f32; 2]| -> f32 {
        let out: Vec<f32> = points()
            .rows()
            .into_iter()
            .map(|x| by_hand([x[0], x[1]], [1.0, 1.0], g_hid, true))
            .collect();
        let out = Array2::from_shape_vec((3, 1), out).unwrap();
        mean_loss(OutputHead::SigmoidBce, out.view(), y.view())
    };
    let base = loss([1.0, 1.0]);
    assert!((job.base.unwrap() - base).abs() < 1e-5);
    for (u, g) in [[0.0, 1.0], [1.0, 0.0]].into_iter().enumerate() {
        let r = job.removed[u];
        assert_eq!((r.layer, r.unit), (1, u));
        assert!(
            (r.rise - (loss(g) - base)).abs() < 1e-5,
            "unit {u}: {}",
            r.rise
        );
    }
}

#[test]
fn activation_statistics_match_a_hand_count() {
    let a = array![[0.0, 2.0], [0.005, 1.0], [0.0, -1.0]];
    let s = LayerActivity::of(a.view());
    assert!((s.mean - 2.005 / 6.0).abs() < 1e-6);
    assert!(
        (s.near_zero - 0.5).abs() < 1e-6,
        "0, 0.005 and 0 are near zero"
    );
    assert_eq!((s.lo, s.hi), (-1.0, 2.0));
    assert_eq!(s.histogram.iter().sum::<u32>(), 6);
    assert_eq!(s.histogram[19], 1, "2.0 goes in the last bin");
    assert_eq!(s.histogram[0], 1, "-1.0 in the first");
    // The tiny network's hidden layer on the three points, written out.
    let net = tiny(Activation::Relu, OutputHead::SigmoidBce);
    let rates = DropoutRates::new(vec![0.0, 0.5], DropoutMode::Inverted).unwrap();
    let stats = activity(&mut Frozen::of(&net, &rates), points().view());
    let by_hand = array![[0.1, 0.0], [1.2, 0.0], [0.2, 1.55]]; // ReLU(x·W + b) per point
    let want = LayerActivity::of(by_hand.view());
    assert_eq!(stats.len(), 1);
    assert!((stats[0].mean - want.mean).abs() < 1e-6);
    assert_eq!(
        (stats[0].near_zero, stats[0].lo, stats[0].hi),
        (want.near_zero, want.lo, want.hi)
    );
    assert_eq!(stats[0].histogram, want.histogram);
}

#[test]
fn the_views_never_touch_the_run_they_look_at() {
    use dropout_lab::core::preset;
    let train = |look: bool| {
        let mut lab = preset::by_name("moons").unwrap().experiment().unwrap();
        lab.train_epochs(5);
        if look {
            let run = &lab.runs()[2];
            let frozen = Frozen::of(run.net(), run.rates());
            let val = lab.split().val.clone();
            AveragingJob::new(frozen, val.x.view(), val.y.view(), 1, 5).run();
        }
        lab.train_epochs(5);
        let run = &lab.runs()[2];
        (
            run.mask(1).to_owned(),
            run.history().iter().map(|p| p.val_loss).collect::<Vec<_>>(),
        )
    };
    assert_eq!(train(true), train(false));
}

#[test]
fn the_retain_notation_writes_keep_probabilities_and_changes_no_rate() {
    use dropout_lab::core::labels::{Notation, rate_label, run_label};
    let rates = [0.2, 0.5, 0.5];
    assert_eq!(run_label(&rates, Notation::Drop), "p = 0.50, input 0.20");
    assert_eq!(
        run_label(&rates, Notation::Retain),
        "retain p = 0.50, input 0.80"
    );
    assert_eq!(
        run_label(&[0.0, 0.3, 0.1], Notation::Retain),
        "retain p = 0.70/0.90"
    );
    // The notation is a parameter: each label says what it was asked in, and only the label.
    assert_eq!(run_label(&[0.0, 0.2], Notation::Retain), "retain p = 0.80");
    assert_eq!(rate_label(0.2, Notation::Retain), "retain p = 0.80");
    assert_eq!(rate_label(0.2, Notation::Drop), "p = 0.20");
}
