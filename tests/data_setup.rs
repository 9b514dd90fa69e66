//! The Data & network panel's core (#10): every dataset picked by name, the class's changes
//! applied to a preset, drawn points through the link's encoding, and CSV files.

use dropout_lab::core::Activation;
use dropout_lab::core::data::points::{self, MAX_DRAWN, Point};
use dropout_lab::core::data::{csv, labels};
use dropout_lab::core::optimizer::OptimizerKind;
use dropout_lab::core::preset::{self, Preset};
use dropout_lab::core::setup::{DATASETS, Setup, StoryChange};

fn moons() -> Preset {
    preset::by_name("moons").unwrap()
}

fn built(text: &str) -> dropout_lab::core::setup::Built {
    Setup::parse(text).unwrap().apply(&moons()).unwrap()
}

fn error(text: &str) -> String {
    match Setup::parse(text).and_then(|s| s.apply(&moons())) {
        Ok(_) => panic!("'{text}' was accepted"),
        Err(err) => err.to_string(),
    }
}

/// Every generator the core has can be picked, with the sizes asked for; a 2-D dataset has two
/// inputs and both classes in equal numbers, a curve one input, the digits 64 pixels and ten
/// classes. Each trains in the preset's network.
#[test]
fn every_generator_by_name_with_its_shape_and_balance() {
    for name in DATASETS.iter().filter(|n| !n.starts_with("own")) {
        let b = built(&format!("data={name}&train=120&val=60&flip=0"));
        let (train, val) = (&b.split.train, &b.split.val);
        assert_eq!((train.len(), val.len()), (120, 60), "{name}");
        let (inputs, outputs) = match *name {
            "sine" | "cubic" => (1, 1),
            "digits" => (64, 10),
            _ => (2, 1),
        };
        assert_eq!(
            (train.inputs(), train.outputs()),
            (inputs, outputs),
            "{name}"
        );
        if inputs == 2 {
            let ones = labels(&train.y).iter().filter(|&&c| c == 1).count();
            assert_eq!(ones, 60, "{name}: half of the points are class 1");
        }
        let mut lab = b.experiment().unwrap();
        lab.train_epochs(1);
        assert!(lab.runs().iter().all(|r| r.is_live()), "{name}");
    }
}

/// A knob nobody touched keeps the preset's value, and the story holds only while every knob
/// does; each change is named in the class's words.
#[test]
fn untouched_knobs_keep_the_preset_and_changes_are_named() {
    let same = built("");
    assert_eq!(same.preset, moons());
    assert!(!same.data_edited && same.changes.is_empty());
    let b = built("flip=0.2&act=tanh&opt=sgd&batch=16&l2=0.001");
    assert_eq!(b.preset.config.activation, Activation::Tanh);
    assert_eq!(b.preset.config.optimizer.kind, OptimizerKind::Sgd);
    assert_eq!(b.preset.config.batch_size, 16);
    assert_eq!(b.preset.config.optimizer.weight_decay, 0.001);
    assert_eq!(
        b.changes,
        [
            StoryChange::LabelNoise(0.2),
            StoryChange::Activation(Activation::Tanh),
            StoryChange::Optimiser(OptimizerKind::Sgd),
            StoryChange::Minibatch(16),
            StoryChange::L2(0.001),
        ]
    );
    assert!(b.data_edited);
    let net_only = built("opt=momentum");
    assert!(!net_only.data_edited);
    assert!(matches!(
        net_only.changes[..],
        [StoryChange::Optimiser(OptimizerKind::Momentum { .. })]
    ));
}

/// A full-batch preset stays full batch when the training set grows, up to the largest batch.
#[test]
fn full_batch_follows_the_training_set() {
    assert_eq!(built("train=200").preset.config.batch_size, 200);
    assert_eq!(built("train=640").preset.config.batch_size, 512);
    assert_eq!(built("train=200&batch=8").preset.config.batch_size, 8);
}

/// Out-of-range values are refused with the knob's name and bounds; unknown names list the
/// known ones.
#[test]
fn bad_values_name_the_knob_and_its_bounds() {
    assert!(
        error("train=3")
            .contains("training points = 3 is out of range: it must be between 4 and 5000")
    );
    assert!(error("val=9000").contains("validation points"));
    assert!(error("noise=1.5").contains("noise = 1.5"));
    assert!(error("flip=0.6").contains("label noise = 0.6") && error("flip=0.6").contains("0.5"));
    assert!(error("l2=2").contains("L2 strength"));
    assert!(error("batch=600").contains("minibatch size"));
    assert!(error("data=swirl").contains("moons, circles"));
    assert!(error("act=gelu").contains("relu, tanh, sigmoid, linear"));
    assert!(error("opt=rmsprop").contains("sgd, momentum, adam"));
    assert!(error("train=ten").contains("expected a whole number from 4 to 5000"));
    assert!(error("colour=red").contains("not a setup knob"));
}

/// Drawn points survive the link: encoded, decoded, equal to the snapped points; 4 characters
/// each; a broken or overlong link is refused with a reason.
#[test]
fn drawn_points_round_trip_through_the_link() {
    let drawn: Vec<Point> = (0..50)
        .map(|i| Point {
            x: -1.9 + 0.077 * i as f32,
            y: (i as f32 * 0.7).sin() * 1.4,
            label: (i % 2) as u8,
            validation: i % 5 == 0,
        })
        .collect();
    let text = points::encode(&drawn);
    assert_eq!(text.len(), 4 * drawn.len());
    assert!(
        text.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    );
    let back = points::decode(&text).unwrap();
    let snapped: Vec<Point> = drawn.iter().map(|p| p.snapped()).collect();
    assert_eq!(back, snapped);
    for (a, b) in drawn.iter().zip(&back) {
        assert!((a.x - b.x).abs() < 0.002 && (a.y - b.y).abs() < 0.002);
        assert_eq!((a.label, a.validation), (b.label, b.validation));
    }
    assert_eq!(
        points::encode(&back),
        text,
        "decoding then encoding changes nothing"
    );
    assert!(points::decode("abc").is_err());
    assert!(
        points::decode("ab$d")
            .unwrap_err()
            .to_string()
            .contains("'$'")
    );
    let too_many = "AAAA".repeat(MAX_DRAWN + 1);
    assert!(
        points::decode(&too_many)
            .unwrap_err()
            .to_string()
            .contains("1000")
    );
}

/// Drawn points join the generated data (training or validation as flagged); on "own" data
/// they are all of it, and a few points with no validation set of their own lend every fourth.
#[test]
fn drawn_points_join_the_data_or_are_all_of_it() {
    let p = |x, y, label, validation| Point {
        x,
        y,
        label,
        validation,
    };
    let mine = [
        p(0.1, 0.2, 1, false),
        p(-0.5, 0.5, 0, false),
        p(0.3, -0.3, 1, true),
    ];
    let b = built(&format!("points={}", points::encode(&mine)));
    assert_eq!((b.split.train.len(), b.split.val.len()), (82, 201));
    assert_eq!(b.split.train.y[[81, 0]], 0.0);
    assert!((b.split.train.x[[80, 0]] - 0.1).abs() < 0.002);
    assert!(b.changes.contains(&StoryChange::OwnPoints(3)));
    let four: Vec<Point> = (0..4)
        .map(|i| p(i as f32 * 0.2, 0.0, (i % 2) as u8, false))
        .collect();
    let own = built(&format!("data=own&points={}", points::encode(&four)));
    assert_eq!((own.split.train.len(), own.split.val.len()), (3, 1));
    assert!(error("data=own").contains("draw at least 4"));
    assert!(error(&format!("data=digits&points={}", points::encode(&mine))).contains("two-class"));
    let curve = built(&format!("data=own-curve&points={}", points::encode(&four)));
    assert_eq!(curve.split.train.inputs(), 1);
}

/// The eraser takes the nearest point within its reach, and only one.
#[test]
fn the_eraser_finds_the_nearest_point_in_reach() {
    let p = |x| Point {
        x,
        y: 0.0,
        label: 0,
        validation: false,
    };
    let row = [p(0.0), p(0.1), p(0.5)];
    assert_eq!(points::nearest(&row, 0.08, 0.0, 0.15), Some(1));
    assert_eq!(points::nearest(&row, 0.3, 0.0, 0.15), None);
}

/// CSV files: a header is recognised, two-class points and curves are told apart, every fourth
/// row validates, far-off data is scaled into the window, and the first bad line is named.
#[test]
fn csv_good_files_and_the_first_bad_line() {
    let two = csv::parse("x,y,label\n0.1,0.2,0\n-0.3,0.4,1\n\n0.5,0.5,1\n0,0,0\n1,1,1\n").unwrap();
    assert!(two.header && !two.curve && !two.rescaled);
    assert_eq!(two.points.len(), 5);
    assert_eq!(two.points.iter().filter(|p| p.validation).count(), 1);
    assert_eq!(two.points[1].label, 1);
    assert!((two.points[1].x + 0.3).abs() < 0.002);
    let curve = csv::parse("10,100\n20,400\n30,900\n40,1600\n").unwrap();
    assert!(curve.curve && !curve.header && curve.rescaled);
    assert!(
        curve
            .points
            .iter()
            .all(|p| p.x.abs() <= 1.01 && p.y.abs() <= 1.41)
    );
    let bad = |text: &str| csv::parse(text).unwrap_err().to_string();
    assert!(
        bad("x,y,label\n1,2,0\n3,4,2\n").contains("line 3")
            && bad("x,y,label\n1,2,0\n3,4,2\n").contains("0 or 1")
    );
    assert!(bad("1,2,0\n3,4\n").contains("line 2"));
    assert!(bad("1,2,0\n3,four,1\n").contains("line 2 '3,four,1'"));
    assert!(bad("1\n2\n").contains("line 1"));
    assert!(bad("1,2,0\n3,4,1\n").contains("at least 4"));
    let rows: String = (0..=MAX_DRAWN).map(|i| format!("{i},0,0\n")).collect();
    assert!(bad(&rows).contains("1001 points"));
    assert!(bad(&"9".repeat(csv::MAX_BYTES + 1)).contains("bytes"));
}
