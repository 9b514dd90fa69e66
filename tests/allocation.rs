//! After warm-up a training step allocates nothing of its own: the buffers are reused.
//! A counting global allocator makes that a checkable claim rather than a comment.
//!
//! The one allocation left is inside `matrixmultiply` (ndarray's matrix product), which allocates
//! its packing buffer once per product: 3 products per layer minus one (no input gradient is
//! needed for layer 0). Anything above that count is ours and fails the test. Every run variant
//! (#13) is held to the same count: DropConnect multiplies by its thinned weights instead of the
//! weights, and batch norm adds no product.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use dropout_lab::core::LabRng;
use dropout_lab::core::variant::parse;
use dropout_lab::core::{
    Activation, DropoutRates, Mlp, NetConfig, Optimizer, OptimizerKind, OutputHead,
};
use ndarray::Array2;
use rand::SeedableRng;

struct Counting;

thread_local! {
    /// Allocations made by this thread: the tests here run side by side, and the test harness
    /// allocates on threads of its own. (A `const` initialiser: creating it allocates nothing.)
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

/// Allocations made by the calling thread so far.
fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn a_training_step_allocates_nothing_after_warm_up() {
    let cfg = NetConfig {
        inputs: 64,
        hidden: vec![256, 256],
        outputs: 10,
        activation: Activation::Relu,
        head: OutputHead::SoftmaxCe,
    };
    let mut rng = LabRng::seed_from_u64(1);
    let mut net = Mlp::new(&cfg, &mut rng).unwrap();
    let x = Array2::from_elem((32, 64), 0.5f32);
    let y = Array2::from_shape_fn((32, 10), |(i, j)| if i % 10 == j { 1.0 } else { 0.0 });
    let rates = DropoutRates::uniform(0.2, 0.5, 2).unwrap();
    for kind in [OptimizerKind::Sgd, OptimizerKind::adam()] {
        let opt = Optimizer::new(kind, 0.01, 1e-4).unwrap();
        net.train_step(x.view(), y.view(), &rates, &opt, &mut rng); // warm-up
        let before = allocations();
        for _ in 0..5 {
            net.train_step(x.view(), y.view(), &rates, &opt, &mut rng);
        }
        let during = allocations() - before;
        let products_per_step = 3 * 3 - 1;
        assert_eq!(
            during,
            5 * products_per_step,
            "{kind:?}: {during} allocations in 5 training steps"
        );
    }
}

#[test]
fn every_variants_training_step_allocates_nothing_after_warm_up() {
    let cfg = NetConfig {
        inputs: 64,
        hidden: vec![128, 64],
        outputs: 10,
        activation: Activation::Relu,
        head: OutputHead::SoftmaxCe,
    };
    let x = Array2::from_elem((32, 64), 0.5f32);
    let y = Array2::from_shape_fn((32, 10), |(i, j)| if i % 10 == j { 1.0 } else { 0.0 });
    let opt = Optimizer::new(OptimizerKind::adam(), 0.01, 1e-4).unwrap();
    let texts = [
        "dropconnect",
        "gaussian",
        "maxnorm_3",
        "l2_0.01",
        "bn",
        "bn~dropconnect~maxnorm_2",
        "classic~evaldrop",
        "noscale",
        "keep",
    ];
    for text in texts {
        let (mode, variant) = parse(text).unwrap();
        let rates = DropoutRates::new(vec![0.2, 0.5, 0.5], mode).unwrap();
        let mut rng = LabRng::seed_from_u64(1);
        let mut net = Mlp::new(&cfg, &mut rng).unwrap();
        net.train_step_variant(x.view(), y.view(), &rates, &variant, &opt, &mut rng); // warm-up
        let before = allocations();
        for _ in 0..5 {
            net.train_step_variant(x.view(), y.view(), &rates, &variant, &opt, &mut rng);
        }
        let during = allocations() - before;
        let products_per_step = 3 * 3 - 1;
        assert_eq!(
            during,
            5 * products_per_step,
            "{text}: {during} allocations in 5 training steps"
        );
    }
}
