//! Every run's rates at once: what a link, a setup file or a rebuild with another network gives
//! a new lab (#18). One call instead of a remove, add and set per run and layer, and the fitting
//! to the network's depth is the core's rule ([`fit_rate_table`]), not a copy in the page.

use super::Experiment;
use crate::core::dropout::{DropoutMode, DropoutRates, check_rate, fit_rate_table};
use crate::core::error::{Error, Result};
use crate::core::variant::Variant;
use crate::detail;

impl Experiment {
    /// Sets run `i`'s rates to row `i` of `table`, fitted to this network's dropout layers by
    /// [`fit_rate_table`] (the rule [`Preset::with_hidden`] follows; a lone rate, as older links
    /// gave, is every hidden layer's with `lone_input` on the input layer). Runs past the
    /// table's rows are removed from the end; missing ones are added as plain inverted dropout
    /// (set their variant afterwards). The runs kept keep their weights, history, mode and
    /// variant, as when a slider moves.
    ///
    /// All or nothing: a table of no run or of more than [`Self::MAX_RUNS`], or a rate outside
    /// `0 ≤ p < 1` after fitting, is refused with an error naming the bound, and nothing changes.
    /// Returns whether runs were added to a race already begun, which then starts again
    /// together from the shared initial weights (as adding one run does).
    ///
    /// [`Preset::with_hidden`]: crate::core::preset::Preset::with_hidden
    pub fn set_rate_table(&mut self, table: &[Vec<f32>], lone_input: f32) -> Result<bool> {
        if table.is_empty() {
            return Err(Error::Config(detail!("config-last-run")));
        }
        if table.len() > Self::MAX_RUNS {
            let max = Self::MAX_RUNS;
            return Err(Error::Config(detail!("config-max-runs", max = max)));
        }
        let fitted = fit_rate_table(table, self.initial.dropout_layers(), lone_input);
        for rates in &fitted {
            for (layer, &p) in rates.iter().enumerate() {
                check_rate(layer, p)?;
            }
        }
        let begun = self.runs.iter().any(|r| r.steps() > 0);
        let kept = self.runs.len().min(fitted.len());
        if kept < self.runs.len() {
            // The others stand level before any leaves (as in `remove_run`; `add_run_with`
            // does the same before one joins).
            self.finish_lockstep();
            self.runs.truncate(kept);
        }
        for (run, rates) in fitted.into_iter().enumerate() {
            if run < kept {
                self.set_rates(run, &rates)?;
            } else {
                let rates = DropoutRates::new(rates, DropoutMode::Inverted)?;
                self.add_run_with(rates, Variant::default())?;
            }
        }
        let restarted = begun && self.runs.len() > kept;
        if restarted {
            self.reset();
        }
        Ok(restarted)
    }
}
