//! Where a pointer on the data canvas is in data coordinates (#10: drawing points): the inverse
//! of where a data point is drawn, for every panel of every layout, and nothing off the panels.

use super::*;

#[wasm_bindgen_test]
fn a_drawn_point_maps_back_to_its_data_position_on_every_panel() {
    let e = Extent {
        x0: -1.5,
        x1: 1.5,
        y0: -1.5,
        y1: 1.5,
    };
    for runs in 1..=4 {
        for i in 0..runs {
            let rect = panel_rect(runs, i, 760.0, 300.0);
            for &(x, y) in &[(0.0f32, 0.0f32), (-1.2, 0.7), (1.4, -1.4)] {
                let (px, py) = rect.to_px(&e, x, y);
                let (bx, by) = rect.to_data(&e, px, py).expect("a point on the panel");
                assert!(
                    (bx - x).abs() < 1e-4 && (by - y).abs() < 1e-4,
                    "{runs} runs, panel {i}"
                );
            }
            assert_eq!(rect.to_data(&e, rect.left - 1.0, rect.top + 5.0), None);
            assert_eq!(
                rect.to_data(&e, rect.left + 5.0, rect.top - 10.0),
                None,
                "the title"
            );
        }
    }
}
