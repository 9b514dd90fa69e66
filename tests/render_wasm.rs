//! Render modules drawn into real canvases in headless Chromium, then read back pixel by pixel.
//! Run: `cargo test --target wasm32-unknown-unknown --test render_wasm` (wasm-bindgen-test-runner
//! and chromedriver on PATH / in `CHROMEDRIVER`). Passes at devicePixelRatio 1 and 2.
#![cfg(target_arch = "wasm32")]

use dropout_lab::render::palette::Rgb;
use dropout_lab::render::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlCanvasElement;

wasm_bindgen_test_configure!(run_in_browser);

// One file per view, all in this one test binary (and one browser session).
#[path = "render_wasm/data_kept.rs"]
mod data_kept;
#[path = "render_wasm/data_view.rs"]
mod data_view;
#[path = "render_wasm/diagram.rs"]
mod diagram;
#[path = "render_wasm/label_fit.rs"]
mod label_fit;
#[path = "render_wasm/loss_chart.rs"]
mod loss_chart;
#[path = "render_wasm/loss_ticks.rs"]
mod loss_ticks;
#[path = "render_wasm/pointer.rs"]
mod pointer;
#[path = "render_wasm/run_style.rs"]
mod run_style;
#[path = "render_wasm/sweep_chart.rs"]
mod sweep_chart;
#[path = "render_wasm/text_fit.rs"]
mod text_fit;

/// A canvas attached to the test page, with a CSS size unless `css` is `None`.
fn canvas_sized(css: Option<(u32, u32)>) -> HtmlCanvasElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap();
    let style = canvas.style();
    if let Some((w, h)) = css {
        style.set_property("width", &format!("{w}px")).unwrap();
        style.set_property("height", &format!("{h}px")).unwrap();
    }
    style.set_property("display", "block").unwrap();
    document.body().unwrap().append_child(&canvas).unwrap();
    canvas
}

/// The diagram's view of a network of `sizes` whose weights are `values`, layer by layer.
fn layer_weights<'a>(sizes: &[usize], values: &'a [Vec<f32>]) -> Vec<LayerWeights<'a>> {
    sizes
        .windows(2)
        .zip(values)
        .map(|(p, v)| LayerWeights {
            rows: p[0],
            cols: p[1],
            values: v,
        })
        .collect()
}

fn canvas(w: u32, h: u32) -> HtmlCanvasElement {
    canvas_sized(Some((w, h)))
}

/// RGBA of the backing-store pixel under CSS point (x, y).
fn pixel(canvas: &HtmlCanvasElement, (x, y): (f64, f64)) -> [u8; 4] {
    let scale = f64::from(canvas.width()) / canvas.get_bounding_client_rect().width();
    let ctx = surface::context_2d(canvas).unwrap();
    let image = ctx.get_image_data((x * scale).floor(), (y * scale).floor(), 1.0, 1.0);
    let data = image.unwrap().data();
    [data[0], data[1], data[2], data[3]]
}

/// Pixels of a CSS rectangle (x, y, w, h), or of the whole canvas.
fn pixels(canvas: &HtmlCanvasElement, css_rect: Option<[f64; 4]>) -> Vec<[u8; 4]> {
    let scale = f64::from(canvas.width()) / canvas.get_bounding_client_rect().width();
    let [x, y, w, h] = css_rect.unwrap_or([
        0.0,
        0.0,
        f64::from(canvas.width()) / scale,
        f64::from(canvas.height()) / scale,
    ]);
    let ctx = surface::context_2d(canvas).unwrap();
    let data = ctx
        .get_image_data(
            x * scale,
            y * scale,
            (w * scale).max(1.0),
            (h * scale).max(1.0),
        )
        .unwrap()
        .data();
    data.chunks_exact(4)
        .map(|p| [p[0], p[1], p[2], p[3]])
        .collect()
}

fn close(p: [u8; 4], c: Rgb, tol: i32) -> bool {
    [(p[0], c.0), (p[1], c.1), (p[2], c.2)]
        .iter()
        .all(|&(a, b)| (i32::from(a) - i32::from(b)).abs() <= tol)
}

fn count_near(canvas: &HtmlCanvasElement, colour: Rgb, tol: i32) -> usize {
    pixels(canvas, None)
        .into_iter()
        .filter(|&p| close(p, colour, tol))
        .count()
}

fn is_grey(p: [u8; 4]) -> bool {
    let (r, g, b) = (i32::from(p[0]), i32::from(p[1]), i32::from(p[2]));
    (r - g).abs() < 12 && (g - b).abs() < 12 && (120..235).contains(&r)
}

fn is_bluish(p: [u8; 4]) -> bool {
    i32::from(p[2]) > i32::from(p[0]) + 40
}

/// Run `f` as if the screen had `devicePixelRatio` = `dpr` (a projector or retina screen), by
/// shadowing the window's getter; headless Chromium itself reports 1.
pub(crate) fn at_dpr<R>(dpr: f64, f: impl FnOnce() -> R) -> R {
    let window = web_sys::window().unwrap();
    let descriptor = js_sys::Object::new();
    let getter = js_sys::Function::new_no_args(&format!("return {dpr};"));
    js_sys::Reflect::set(&descriptor, &"get".into(), &getter).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&window, &"devicePixelRatio".into(), &descriptor);
    let result = f();
    js_sys::Reflect::delete_property(&window, &"devicePixelRatio".into()).unwrap();
    result
}

#[wasm_bindgen_test]
fn backing_store_is_css_size_times_dpr_and_stable() {
    for dpr in [1.0, 2.0, 1.5] {
        at_dpr(dpr, || backing_store_checks(dpr));
    }
}

fn backing_store_checks(dpr: f64) {
    let c = canvas(300, 150);
    assert_eq!(fit_backing_store(&c), dpr);
    let expected = ((300.0 * dpr).round() as u32, (150.0 * dpr).round() as u32);
    assert_eq!((c.width(), c.height()), expected);
    fit_backing_store(&c);
    assert_eq!(
        (c.width(), c.height()),
        expected,
        "a second call must not grow the canvas"
    );
    // Without a CSS size the canvas's size would follow its backing store; it must not creep.
    let unsized_canvas = canvas_sized(None);
    let css_w = unsized_canvas.get_bounding_client_rect().width();
    for _ in 0..3 {
        fit_backing_store(&unsized_canvas);
    }
    assert_eq!(unsized_canvas.get_bounding_client_rect().width(), css_w);
    assert_eq!(unsized_canvas.width(), (css_w * dpr).round() as u32);
    // A hidden canvas has no CSS size to follow: its backing store stays as it is.
    let hidden = canvas(200, 100);
    hidden.style().set_property("display", "none").unwrap();
    let before = (hidden.width(), hidden.height());
    for _ in 0..3 {
        fit_backing_store(&hidden);
    }
    assert_eq!((hidden.width(), hidden.height()), before);
}

/// A canvas sized by the page's stylesheet (`width: 100%` of its container) follows the
/// container when it is resized: the renderer must never freeze its first CSS size.
#[wasm_bindgen_test]
fn a_stylesheet_sized_canvas_follows_its_container() {
    let document = web_sys::window().unwrap().document().unwrap();
    let sheet = document.create_element("style").unwrap();
    sheet.set_text_content(Some(
        ".fluid { display: block; width: 100%; height: 120px; }",
    ));
    document.body().unwrap().append_child(&sheet).unwrap();
    let container: web_sys::HtmlElement =
        document.create_element("div").unwrap().dyn_into().unwrap();
    container.style().set_property("width", "400px").unwrap();
    document.body().unwrap().append_child(&container).unwrap();
    let c: HtmlCanvasElement = document
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap();
    c.set_class_name("fluid");
    container.append_child(&c).unwrap();
    at_dpr(2.0, || {
        fit_backing_store(&c);
        assert_eq!((c.width(), c.height()), (800, 240));
        container.style().set_property("width", "250px").unwrap();
        fit_backing_store(&c);
        assert_eq!(
            (c.width(), c.height()),
            (500, 240),
            "the canvas kept its first width"
        );
    });
    // A width-only stylesheet rule: the height follows the aspect ratio and must not creep.
    c.set_class_name("");
    c.style().set_property("width", "100%").unwrap();
    at_dpr(2.0, || {
        for _ in 0..3 {
            fit_backing_store(&c);
        }
        let css_h = c.get_bounding_client_rect().height();
        assert!(css_h < 200.0, "height grew to {css_h}");
    });
}
