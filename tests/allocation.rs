//! After warm-up a training step allocates nothing of its own: the buffers are reused.
//! A counting global allocator makes that a checkable claim rather than a comment.
//!
//! The one allocation left is inside `matrixmultiply` (ndarray's matrix product), which allocates
//! its packing buffer once per product: 3 products per layer minus one (no input gradient is
//! needed for layer 0). Anything above that count is ours and fails the test.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use dropout_lab::core::LabRng;
use dropout_lab::core::{
    Activation, DropoutRates, Mlp, NetConfig, Optimizer, OptimizerKind, OutputHead,
};
use ndarray::Array2;
use rand::SeedableRng;

struct Counting;
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
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
        let before = ALLOCATIONS.load(Ordering::SeqCst);
        for _ in 0..5 {
            net.train_step(x.view(), y.view(), &rates, &opt, &mut rng);
        }
        let during = ALLOCATIONS.load(Ordering::SeqCst) - before;
        let products_per_step = 3 * 3 - 1;
        assert_eq!(
            during,
            5 * products_per_step,
            "{kind:?}: {during} allocations in 5 training steps"
        );
    }
}
