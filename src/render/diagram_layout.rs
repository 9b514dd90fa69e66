//! Where the network diagram puts each unit. Kept apart from the drawing so that tests and the
//! page (hover, highlights) use exactly the positions the picture uses.

/// At most this many units are drawn per column; larger layers show their first and last units
/// around an ellipsis, and the header says "16 of 256 shown". Sixteen keeps each unit big
/// enough on a projector for its cross (dropped) to be seen from the back of the room.
pub const MAX_SHOWN: usize = 16;

/// Vertical space reserved above the columns for the banner and layer headers (CSS px).
pub const HEADER: f64 = 92.0;
/// Vertical space reserved below the columns for the kept/expected labels (CSS px).
pub const FOOTER: f64 = 64.0;

/// One layer's column.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// Centre x of the column (CSS px).
    pub x: f64,
    /// Drawn units: (index of the unit in the whole layer, centre y).
    pub units: Vec<(usize, f64)>,
    /// Centre y of the ellipsis marker when the layer has more than [`MAX_SHOWN`] units.
    pub ellipsis_y: Option<f64>,
    /// Radius of every unit circle in this column.
    pub radius: f64,
    /// Width available to this column's labels.
    pub width: f64,
}

/// Positions of all drawn units for a canvas of `width` × `height` CSS pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct DiagramLayout {
    pub columns: Vec<Column>,
}

/// Indices of the units drawn for a layer of `n` units: all of them, or the first and last
/// `MAX_SHOWN / 2` so the picture still shows that the layer continues.
pub fn shown_units(n: usize) -> Vec<usize> {
    if n <= MAX_SHOWN {
        (0..n).collect()
    } else {
        let half = MAX_SHOWN / 2;
        (0..half).chain(n - half..n).collect()
    }
}

/// Lay out `layer_sizes` ([inputs, hidden.., outputs]) on a `width` × `height` canvas.
pub fn diagram_layout(layer_sizes: &[usize], width: f64, height: f64) -> DiagramLayout {
    let layers = layer_sizes.len().max(1);
    let col_width = width / layers as f64;
    let top = HEADER;
    let avail = (height - HEADER - FOOTER).max(10.0);
    let columns = layer_sizes
        .iter()
        .enumerate()
        .map(|(l, &n)| {
            let shown = shown_units(n);
            let elided = n > MAX_SHOWN;
            let slots = shown.len() + usize::from(elided);
            let spacing = (avail / slots.max(1) as f64).min(48.0);
            let radius = (spacing * 0.36).clamp(2.5, 15.0).min(col_width * 0.12);
            let y0 = top + (avail - spacing * slots as f64) / 2.0 + spacing / 2.0;
            let half = MAX_SHOWN / 2;
            let units = shown
                .iter()
                .enumerate()
                .map(|(i, &unit)| {
                    let slot = if elided && i >= half { i + 1 } else { i };
                    (unit, y0 + spacing * slot as f64)
                })
                .collect();
            Column {
                x: col_width * (l as f64 + 0.5),
                units,
                ellipsis_y: elided.then_some(y0 + spacing * half as f64),
                radius,
                width: col_width,
            }
        })
        .collect();
    DiagramLayout { columns }
}

/// Centre of unit `unit` of layer `layer`, or `None` if that unit is not drawn (elided, or out of
/// range). Uses the same layout as [`super::diagram::draw_diagram`].
pub fn unit_position(
    layer_sizes: &[usize],
    width: f64,
    height: f64,
    layer: usize,
    unit: usize,
) -> Option<(f64, f64)> {
    let layout = diagram_layout(layer_sizes, width, height);
    let column = layout.columns.get(layer)?;
    column
        .units
        .iter()
        .find(|(u, _)| *u == unit)
        .map(|&(_, y)| (column.x, y))
}
