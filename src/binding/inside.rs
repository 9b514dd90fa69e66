//! The Inside dropout views (#12): an [`Inside`] handle the page keeps beside the [`Lab`]. The
//! core decides everything ([`Look`]: the view's job, the compared run, the time budget, the
//! note); this handle keeps the Resample counter and the scene, and translates.

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use super::inside_scene::Scene;
use super::{Lab, js_error, now_ms};
use crate::core::inside::look::{self, Look, View};

mod draw;
mod summary;

/// The Inside dropout panel's state: which view, the Resample counter, the started view.
#[wasm_bindgen]
pub struct Inside {
    view: View,
    resample: u32,
    scene: Option<Scene>,
    look: Option<Look>,
    /// Bumped whenever what the canvas shows changes.
    revision: u32,
    /// The pointer over the canvas, drawing units: the averaging chart reads out there.
    pointer: Option<(f64, f64)>,
}

#[wasm_bindgen]
impl Inside {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Inside {
        Inside {
            view: View::Subnets,
            resample: 0,
            scene: None,
            look: None,
            revision: 0,
            pointer: None,
        }
    }

    /// Starts `view` ("subnets", "averaging", "spread" or "coadaptation") on the focused run of
    /// `lab` as it is now. Draws nothing by itself: call [`Self::work`] each frame.
    pub fn start(&mut self, lab: &Lab, view: &str) -> Result<(), JsError> {
        let view = View::parse(view).map_err(js_error)?;
        let split = lab.experiment.split();
        let scene = Scene::of(split).ok_or_else(|| JsError::new(&crate::t!("inside-no-view")))?;
        let inputs = scene.inputs(split);
        let started = Look::start(
            &lab.experiment,
            lab.focused,
            view,
            self.resample,
            inputs.view(),
            lab.notation,
        );
        self.look = Some(started.map_err(js_error)?);
        self.view = view;
        self.scene = Some(scene);
        self.revision += 1;
        Ok(())
    }

    /// Draws other thinned networks (the Resample button) and starts the view again.
    pub fn resample(&mut self, lab: &Lab) -> Result<(), JsError> {
        self.resample += 1;
        self.start(lab, self.view.name())
    }

    /// Runs forward passes while the next is expected to fit in `budget_ms` (at least one);
    /// returns whether the view has passes left.
    pub fn work(&mut self, budget_ms: f64) -> bool {
        let Some(look) = self.look.as_mut() else {
            return false;
        };
        let (passes, more) = look.work(budget_ms, now_ms);
        self.revision += passes as u32;
        more
    }

    /// Share of the view's passes done, 0–1 (0 before any view started).
    pub fn progress(&self) -> f64 {
        self.look.as_ref().map_or(0.0, |l| {
            let (done, total) = l.progress();
            done as f64 / total.max(1) as f64
        })
    }

    pub fn revision(&self) -> u32 {
        self.revision
    }

    /// What the view shows, in words, for the page's note under the canvas.
    pub fn note(&self) -> String {
        look::note(self.view, self.look.as_ref().map(|l| &l.focused))
    }

    /// The view's figures as a table for the page's Table toggle: `[caption, column heads…]`
    /// (empty before a view is computed).
    #[wasm_bindgen(js_name = tableHeads)]
    pub fn table_heads(&self) -> Vec<String> {
        let Some(look) = self.look.as_ref() else {
            return Vec::new();
        };
        let table = crate::core::narration::tables::inside(look);
        std::iter::once(table.caption).chain(table.heads).collect()
    }

    /// The table's cells, row by row (as wide as the heads), each finished by the core.
    #[wasm_bindgen(js_name = tableCells)]
    pub fn table_cells(&self) -> Vec<String> {
        self.look.as_ref().map_or(Vec::new(), |look| {
            crate::core::narration::tables::inside(look).rows.concat()
        })
    }

    /// The figures the view shows, as JSON (for tests and scripted demos).
    pub fn summary(&self) -> String {
        summary::summary(self)
    }

    /// The pointer is at CSS position (x, y) of the canvas (a mouse, a pen, a finger): the
    /// chart under it reads out the values there at the next draw.
    #[wasm_bindgen(js_name = setPointer)]
    pub fn set_pointer(&mut self, x: f64, y: f64) {
        let scale = crate::render::surface::draw_scale();
        self.pointer = Some((x / scale, y / scale));
        self.revision += 1;
    }

    /// The pointer left the canvas: no read-out.
    #[wasm_bindgen(js_name = clearPointer)]
    pub fn clear_pointer(&mut self) {
        if self.pointer.take().is_some() {
            self.revision += 1;
        }
    }

    /// Draws the view as far as it has got.
    pub fn draw(&self, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
        draw::draw(self, canvas)
    }
}

impl Default for Inside {
    fn default() -> Self {
        Self::new()
    }
}
