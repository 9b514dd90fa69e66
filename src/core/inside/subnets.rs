//! The ensemble dropout trains: K thinned networks drawn with the run's rates, the average of
//! their predictions, and the full network in evaluation mode (weights scaled), which stands in
//! for that average. A tiny network has few enough thinned networks to show them all (as in
//! Goodfellow et al., Fig. 7.6): then the average is the exact ensemble mean, each thinned
//! network weighted by its probability.

use ndarray::{Array2, ArrayView2};
use rand::SeedableRng;

use super::{Frozen, Mask, Pass};
use crate::core::LabRng;

/// What the view tells the class.
pub const NOTE: &str = "inside-note-subnets";

/// Thinned networks drawn by default.
pub const SAMPLED: usize = 8;
/// At most this many droppable units (units with p > 0) are enumerated: 2⁴ = 16 networks.
pub const ENUMERATE_UP_TO: usize = 4;

/// Every thinned network of `net` with its probability, when it has at most
/// [`ENUMERATE_UP_TO`] droppable units; `None` otherwise. Units with p = 0 are always kept.
pub fn all_masks(net: &Frozen) -> Option<Vec<(Mask, f64)>> {
    let rates = &net.rates().rates;
    let sizes = net.dropout_sizes();
    let droppable: Vec<(usize, usize)> = sizes
        .iter()
        .enumerate()
        .flat_map(|(l, &n)| (0..n).map(move |u| (l, u)))
        .filter(|&(l, _)| rates[l] > 0.0)
        .collect();
    if droppable.len() > ENUMERATE_UP_TO {
        return None;
    }
    let masks = (0..1usize << droppable.len())
        .map(|bits| {
            let mut mask: Mask = sizes.iter().map(|&n| vec![true; n]).collect();
            let mut probability = 1.0f64;
            for (k, &(l, u)) in droppable.iter().enumerate() {
                let p = f64::from(rates[l]);
                // Bit k set = unit k dropped; mask 0 is the full network.
                let dropped = bits >> k & 1 == 1;
                mask[l][u] = !dropped;
                probability *= if dropped { p } else { 1.0 - p };
            }
            (mask, probability)
        })
        .collect();
    Some(masks)
}

/// The sub-networks view of one run, computed one forward pass per [`Self::step`].
#[derive(Debug, Clone)]
pub struct SubnetsJob {
    net: Frozen,
    x: Array2<f32>,
    /// The thinned networks and the weight each has in the average.
    pub masks: Vec<(Mask, f64)>,
    /// Whether `masks` is every thinned network (weighted by probability) or a sample.
    pub exhaustive: bool,
    /// Outputs of each thinned network computed so far, in the order of `masks`.
    pub outputs: Vec<Array2<f32>>,
    /// The weighted average of the thinned networks' outputs, once all are computed.
    pub average: Option<Array2<f32>>,
    /// The full network in evaluation mode.
    pub full: Option<Array2<f32>>,
}

impl SubnetsJob {
    /// Enumerates every thinned network of a tiny network, otherwise draws [`SAMPLED`] of them
    /// from `seed` (the page's Resample counter): the same seed shows the same networks.
    pub fn new(net: Frozen, x: ArrayView2<f32>, seed: u64) -> Self {
        let (masks, exhaustive) = match all_masks(&net) {
            Some(all) => (all, true),
            None => {
                let mut rng = LabRng::seed_from_u64(seed);
                let w = 1.0 / SAMPLED as f64;
                let sampled = (0..SAMPLED).map(|_| (net.sample_mask(&mut rng), w));
                (sampled.collect(), false)
            }
        };
        Self {
            net,
            x: x.to_owned(),
            masks,
            exhaustive,
            outputs: Vec::new(),
            average: None,
            full: None,
        }
    }

    /// The inputs every pass evaluates.
    pub fn inputs(&self) -> ArrayView2<'_, f32> {
        self.x.view()
    }

    fn weighted_average(&self) -> Array2<f32> {
        let total: f64 = self.masks.iter().map(|(_, w)| w).sum();
        let mut mean = Array2::<f32>::zeros(self.outputs[0].dim());
        for (out, (_, w)) in self.outputs.iter().zip(&self.masks) {
            mean.scaled_add((w / total) as f32, out);
        }
        mean
    }

    /// A title per output computed so far, in the order `outputs`, `average`, `full`: each
    /// thinned network numbered, with the hidden units it keeps out of all (or, when every
    /// network is shown, its probability), then the average and the full network. Short: a
    /// tiny network's 18 panels are narrow.
    pub fn titles(&self) -> Vec<String> {
        let thinned = self.masks.iter().take(self.outputs.len()).enumerate();
        let mut titles: Vec<String> = thinned
            .map(|(i, (mask, w))| {
                if self.exhaustive {
                    let prob = crate::core::l10n::decimal(*w, 3);
                    return crate::t!("inside-subnet-prob", panel = i + 1, prob = prob);
                }
                let hidden = &mask[1..];
                let kept: usize = hidden
                    .iter()
                    .map(|l| l.iter().filter(|&&k| k).count())
                    .sum();
                let all: usize = hidden.iter().map(Vec::len).sum();
                crate::t!("inside-subnet-kept", panel = i + 1, kept = kept, all = all)
            })
            .collect();
        let (average, full) = if self.exhaustive {
            (
                crate::t!("inside-exact-mean"),
                crate::t!("inside-full-scaled-short"),
            )
        } else {
            (
                crate::t!("inside-average-of", k = self.masks.len()),
                crate::t!("inside-full-scaled"),
            )
        };
        titles.extend(self.average.as_ref().map(|_| average));
        titles.extend(self.full.as_ref().map(|_| full));
        titles
    }

    /// Runs every pass at once (tests, small inputs).
    pub fn run(mut self) -> Self {
        while !self.finished() {
            self.step();
        }
        self
    }
}

impl Pass for SubnetsJob {
    /// One pass per thinned network and one for the full network.
    fn total(&self) -> usize {
        self.masks.len() + 1
    }

    fn done(&self) -> usize {
        self.outputs.len() + usize::from(self.full.is_some())
    }

    /// One forward pass: the next thinned network, then the full network.
    fn step(&mut self) {
        if let Some((mask, _)) = self.masks.get(self.outputs.len()) {
            let gains = self.net.mask_gains(mask);
            let out = self.net.outputs(self.x.view(), &gains);
            self.outputs.push(out);
            if self.outputs.len() == self.masks.len() {
                self.average = Some(self.weighted_average());
            }
        } else if self.full.is_none() {
            let gains = self.net.eval_gains();
            self.full = Some(self.net.outputs(self.x.view(), &gains));
        }
    }
}
