//! Render modules: code that only draws onto HTML canvases (wasm32 only).
//!
//! Each view takes plain data (slices and small structs defined here, never the core's types) so
//! the binding can call it once per animation frame with whatever it holds. All views make the
//! canvas sharp on high-DPI screens (backing store = CSS size × `devicePixelRatio`, see
//! [`surface::fit_backing_store`]) and draw in CSS pixels, the units of mouse events.
//!
//! - [`diagram`]: the network with this step's dropout masks (training) or all units (evaluation).
//! - [`loss_chart`]: train (solid) and validation (dashed) loss per dropout rate, with hover.
//! - [`data_view`]: what each run learned: decision regions, fitted curve, or digit predictions.
//! - [`sweep_chart`]: a sweep's loss against p or N. It and the loss chart draw through one
//!   frame (`loss_frame`) and one legend, read-out box and headroom rule (`chart_parts`).
//! - [`inside_maps`], [`inside_charts`], [`inside_units`]: the Inside dropout views.
//!
//! Colours come from the colour-blind-safe Okabe–Ito palette ([`palette`]). `p` is always the
//! probability of *dropping* a unit; kept units are scaled by 1/(1−p) (inverted dropout).

mod chart_parts;
mod data_layers;
mod data_panels;
pub mod data_view;
pub mod diagram;
pub mod diagram_layout;
pub mod diagram_noise;
pub mod heatmap;
pub mod inside_charts;
pub mod inside_maps;
pub mod inside_units;
pub mod loss_axis;
pub mod loss_chart;
mod loss_frame;
mod loss_overlay;
pub mod loss_series;
pub mod palette;
pub mod panel_data;
pub mod run_style;
pub mod surface;
pub mod sweep_chart;
pub mod text_fit;

pub use data_layers::DataCanvasMemo;
pub use data_view::{draw_data_panels, draw_data_panels_kept};
pub use diagram::{DiagramView, LayerWeights, draw_diagram, draw_diagram_with};
pub use diagram_layout::{DiagramLayout, MAX_SHOWN, diagram_layout, unit_position};
pub use diagram_noise::NoiseOverlay;
pub use heatmap::cell_colour;
pub use loss_axis::{ChartGeometry, LossAxis, nearest_point, pieces_in_range, thin};
pub use loss_chart::draw_loss_chart;
pub use loss_series::{HoverValues, LossChartView, LossSeries, hover_values};
pub use panel_data::{
    DataPanel, DecisionGrid, DigitExample, Extent, GridCells, LabelledPoint, PanelData, PanelRect,
    panel_rect,
};
pub use surface::{Surface, fit_backing_store};
