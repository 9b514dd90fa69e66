//! What the page's Export menu asks of Rust: the runs' histories as CSV (built by the core, see
//! [`crate::core::export`]), the experiment as PyTorch or Keras code and a notebook
//! ([`crate::core::code`]), and the loss chart drawn for a file at any resolution, through the
//! same drawing code as the screen.

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use super::{Lab, js_value_error, views};
use crate::core::code::{self, Language, Spec};
use crate::core::export::{RunRecord, history_csv};

#[wasm_bindgen]
impl Lab {
    /// Every run's history as CSV: run, epoch, each layer's rate, training loss with dropout
    /// on, training loss in evaluation mode, validation loss, validation accuracy.
    #[wasm_bindgen(js_name = historyCsv)]
    pub fn history_csv(&self) -> String {
        let runs: Vec<RunRecord> = self
            .experiment
            .runs()
            .iter()
            .map(|r| RunRecord {
                rates: &r.rates().rates,
                history: r.history(),
            })
            .collect();
        history_csv(&runs)
    }

    /// The experiment as it is now written as `language` ("pytorch" or "keras"), for the Code
    /// panel. Read-only: it changes nothing, so it is not mirrored to the engine.
    pub fn code(&self, language: &str) -> Result<String, JsError> {
        let language = Language::from_key(language)
            .ok_or_else(|| JsError::new("the Code panel writes 'pytorch' or 'keras'"))?;
        Ok(code::write(&Spec::of(&self.experiment), language))
    }

    /// The Jupyter notebook (nbformat 4 JSON) that replays the race in PyTorch from the lab's
    /// data, initial weights and minibatch order. Read-only, as `code`.
    pub fn notebook(&self) -> String {
        code::notebook::notebook(&self.experiment)
    }

    /// Draws the loss chart, legend included, into a canvas that is not on the page, laid out
    /// as a `css_width` × `css_height` chart and `scale` (a whole number) times as sharp: 2 for
    /// slides. The hover read-out is left out: a file shows the curves, not where the mouse was.
    #[wasm_bindgen(js_name = drawLossChartAt)]
    pub fn draw_loss_chart_at(
        &mut self,
        canvas: &HtmlCanvasElement,
        css_width: u32,
        css_height: u32,
        scale: u32,
    ) -> Result<(), JsError> {
        let size = css_width
            .checked_mul(scale)
            .zip(css_height.checked_mul(scale));
        let Some((width, height)) = size.filter(|&(w, h)| w > 0 && h > 0) else {
            return Err(JsError::new(
                "the exported chart needs a size and a scale above 0",
            ));
        };
        canvas.set_width(width);
        canvas.set_height(height);
        canvas
            .set_attribute("data-scale", &scale.to_string())
            .map_err(js_value_error)?;
        let hover = self.hover_px.take();
        let drawn = views::draw_loss(self, canvas);
        self.hover_px = hover;
        drawn.map(|_| ()).map_err(js_value_error)
    }
}
