//! What a data panel is given to draw, and where on the canvas it goes: plain data shared by
//! the data view and the pieces that draw its panels (heatmap, curves, digits).

/// The rectangle of data space a panel shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Extent {
    pub x0: f32,
    pub x1: f32,
    pub y0: f32,
    pub y1: f32,
}

impl Extent {
    /// Data point at the centre of grid cell (`col`, `row`) of a `cols` × `rows` grid. Row 0 is
    /// the TOP of the panel (largest y), as in an image; the binding evaluates the model here.
    pub fn grid_point(&self, cols: usize, rows: usize, col: usize, row: usize) -> (f32, f32) {
        let fx = (col as f32 + 0.5) / cols.max(1) as f32;
        let fy = (row as f32 + 0.5) / rows.max(1) as f32;
        (
            self.x0 + fx * (self.x1 - self.x0),
            self.y1 - fy * (self.y1 - self.y0),
        )
    }
}

/// Model output over the grid, row-major, row 0 at the top.
#[derive(Clone, Copy, Debug)]
pub enum GridCells<'a> {
    /// Probability of class 1 per cell (binary classification).
    Binary(&'a [f32]),
    /// Predicted class and its probability per cell, out of `classes` classes.
    MultiClass {
        class: &'a [u8],
        confidence: &'a [f32],
        classes: usize,
    },
}

/// A `cols` × `rows` grid of model outputs (e.g. 64 × 64).
#[derive(Clone, Copy, Debug)]
pub struct DecisionGrid<'a> {
    pub cols: usize,
    pub rows: usize,
    pub cells: GridCells<'a>,
}

impl DecisionGrid<'_> {
    /// Whether the model's outputs are there yet: the lab's first picture has the points only,
    /// and its grid no cells (its map would be all white).
    pub fn has_outputs(&self) -> bool {
        match self.cells {
            GridCells::Binary(p) => !p.is_empty(),
            GridCells::MultiClass { class, .. } => !class.is_empty(),
        }
    }
}

/// A 2-D data point with its class.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelledPoint {
    pub x: f32,
    pub y: f32,
    pub class: u8,
}

/// One 8×8 digit with the network's answer.
#[derive(Clone, Copy, Debug)]
pub struct DigitExample<'a> {
    /// 64 intensities, row-major; any scale (min–max normalised per image for display).
    pub pixels: &'a [f32],
    pub predicted: u8,
    pub truth: u8,
}

/// What one panel shows, by dataset kind.
#[derive(Clone, Copy, Debug)]
pub enum PanelData<'a> {
    Classifier {
        grid: DecisionGrid<'a>,
        extent: Extent,
        train: &'a [LabelledPoint],
        val: &'a [LabelledPoint],
    },
    /// `fitted`: model predictions (x, ŷ) in x order; `truth`: the noise-free function.
    Regression {
        extent: Extent,
        fitted: &'a [(f32, f32)],
        truth: &'a [(f32, f32)],
        train: &'a [(f32, f32)],
        val: &'a [(f32, f32)],
    },
    /// `class_accuracy`: validation accuracy per digit 0–9 in [0, 1] (may be empty).
    Digits {
        examples: &'a [DigitExample<'a>],
        class_accuracy: &'a [f32],
    },
}

/// One run's panel: a title such as "p = 0.5" and the run's colour index.
#[derive(Clone, Copy, Debug)]
pub struct DataPanel<'a> {
    pub title: &'a str,
    pub colour: usize,
    pub data: PanelData<'a>,
}

/// A panel's plot rectangle in CSS pixels (below its title).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PanelRect {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl PanelRect {
    /// CSS position of data point (x, y).
    pub fn to_px(&self, e: &Extent, x: f32, y: f32) -> (f64, f64) {
        let fx = f64::from((x - e.x0) / (e.x1 - e.x0));
        let fy = f64::from((e.y1 - y) / (e.y1 - e.y0));
        (self.left + fx * self.width, self.top + fy * self.height)
    }

    /// The data point under CSS position (px, py), the inverse of [`Self::to_px`]; `None`
    /// outside the plot rectangle (a pointer on a title or between panels).
    pub fn to_data(&self, e: &Extent, px: f64, py: f64) -> Option<(f32, f32)> {
        let fx = (px - self.left) / self.width;
        let fy = (py - self.top) / self.height;
        let inside = (0.0..=1.0).contains(&fx) && (0.0..=1.0).contains(&fy);
        inside.then_some((
            e.x0 + fx as f32 * (e.x1 - e.x0),
            e.y1 - fy as f32 * (e.y1 - e.y0),
        ))
    }
}

/// Height of a panel's title row and of the colour key under all panels, CSS pixels.
pub(super) const TITLE_H: f64 = 30.0;
pub(super) const KEY_H: f64 = 26.0;

/// Where panel `i` of `n` goes on a `width` × `height` canvas: the number of columns that gives
/// the largest panels (four runs on a wide, low canvas go in one row, on a narrow one in two).
/// Square plots for 2-D data, centred in their cell.
pub fn panel_rect(n: usize, i: usize, width: f64, height: f64) -> PanelRect {
    let n = n.max(1);
    let side_with = |cols: usize| {
        let (cell_w, cell_h) = (
            width / cols as f64,
            (height - KEY_H) / n.div_ceil(cols) as f64,
        );
        (
            (cell_w - 16.0).min(cell_h - TITLE_H - 8.0).max(10.0),
            cell_w,
            cell_h,
        )
    };
    // Fewest columns on a tie: rows read more easily than a long strip.
    let cols = (1..=n)
        .rev()
        .max_by(|&a, &b| side_with(a).0.total_cmp(&side_with(b).0))
        .unwrap_or(1);
    let (side, cell_w, cell_h) = side_with(cols);
    let (c, r) = ((i % cols) as f64, (i / cols) as f64);
    PanelRect {
        left: c * cell_w + (cell_w - side) / 2.0,
        top: r * cell_h + TITLE_H,
        width: side,
        height: side,
    }
}
