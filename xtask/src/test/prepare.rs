//! The set-up before the test stages: the wasm toolchain, the browsers and the npm packages.

use std::path::PathBuf;

use super::Stages;
use crate::setup::engines;
use crate::setup::{self, Browser};

/// What the browser stages need. On a fresh machine the wasm-bindgen CLI compiles (minutes of
/// CPU) while apt and npm download and unpack the browsers (mostly waiting on disk and
/// network), so the two run at once; their output interleaves.
pub type SetUp = (Option<(PathBuf, Browser)>, Option<engines::Engines>);

pub fn set_up(stages: &Stages) -> Result<SetUp, String> {
    if !(stages.wasm || stages.page || stages.engines) {
        return Ok((None, None));
    }
    let (wasm_bindgen, browsers) = std::thread::scope(|scope| {
        let browsers = scope.spawn(|| {
            // The engine suite compares its numbers with Chromium's: it needs Chromium too.
            let browser = setup::ensure_browser()?;
            if stages.page || stages.engines {
                setup::ensure_npm_deps()?;
            }
            let engines = match stages.engines {
                true => Some(engines::ensure_engines()?),
                false => None,
            };
            Ok::<_, String>((browser, engines))
        });
        let wasm_bindgen = setup::ensure_wasm_target().and_then(|()| {
            let cli = setup::ensure_wasm_bindgen()?;
            compile_page_wasm(stages);
            Ok(cli)
        });
        let browsers = browsers
            .join()
            .unwrap_or_else(|_| Err("the browser set-up panicked".to_string()));
        (wasm_bindgen, browsers)
    });
    let (browser, engines) = browsers?;
    Ok((Some((wasm_bindgen?, browser)), engines))
}

/// The page's wasm (the release build, `quick` for `--quick`), compiled here beside the native
/// stage rather than after the wasm stage: its last minute is one thread of LTO and codegen
/// (`codegen-units = 1`), which leaves a core to the native tests, and the page stage then finds
/// it built. A failure is left to the page stage's own build to report: a compile error belongs
/// to the code, not to the machine's set-up.
fn compile_page_wasm(stages: &Stages) {
    if !(stages.page || stages.engines) {
        return;
    }
    let profile = super::page_profile(stages);
    if let Err(e) = crate::build::compile_wasm(&setup::workspace_root(), profile) {
        println!("setup: the page's wasm did not build yet ({e}); the page stage builds it again");
    }
}
