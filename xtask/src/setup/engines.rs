//! The two engines besides Chromium that a school's machines run: Firefox (Windows laptops,
//! Linux) and WebKit (every browser on an iPad). Debian packages both: `firefox-esr`, driven by
//! puppeteer-core over WebDriver BiDi, and `webkit2gtk-driver`, whose `WebKitWebDriver` starts
//! WebKitGTK's MiniBrowser and needs an X display, hence `xvfb` (`xvfb-run`).

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use super::{apt_install, can_apt_install, find_program, locate};

const PACKAGES: [&str; 3] = ["firefox-esr", "webkit2gtk-driver", "xvfb"];

/// Where the engine suite's browsers are, handed to the tests as FIREFOX and WEBKIT_DRIVER.
pub struct Engines {
    pub firefox: PathBuf,
    pub webkit_driver: PathBuf,
}

impl Engines {
    pub fn describe(&self) -> String {
        format!(
            "firefox {}, WebKitWebDriver {}",
            self.firefox.display(),
            self.webkit_driver.display()
        )
    }
}

fn locate_engines() -> Option<Engines> {
    let firefox = locate("FIREFOX", &["firefox-esr", "firefox"])?;
    let webkit_driver = locate("WEBKIT_DRIVER", &["WebKitWebDriver"])?;
    find_program("xvfb-run")?;
    Some(Engines {
        firefox,
        webkit_driver,
    })
}

/// Firefox, WebKitWebDriver and xvfb-run; installs them with apt-get when we are root.
pub fn ensure_engines() -> Result<Engines, String> {
    if let Some(engines) = locate_engines() {
        return Ok(engines);
    }
    if can_apt_install() && locate_engines().is_none() {
        println!(
            "setup: installing {} with apt-get (about 40 s)",
            PACKAGES.join(", ")
        );
        let started = Instant::now();
        apt_install(&PACKAGES)?;
        println!(
            "setup: engines installed in {:.0} s",
            started.elapsed().as_secs_f64()
        );
    }
    let engines = locate_engines().ok_or_else(|| {
        "Firefox, WebKitWebDriver and xvfb-run are needed for the engine tests. Install them \
         (Debian/Ubuntu: `apt-get install firefox-esr webkit2gtk-driver xvfb`), point \
         FIREFOX=/path/to/firefox and WEBKIT_DRIVER=/path/to/WebKitWebDriver at them, or \
         skip them with `cargo xtask test --skip-engines`."
            .to_string()
    })?;
    for path in [&engines.firefox, &engines.webkit_driver] {
        if !path.is_file() {
            return Err(format!(
                "{} does not exist (check FIREFOX / WEBKIT_DRIVER)",
                path.display()
            ));
        }
    }
    Ok(engines)
}

/// Adds the engines' paths to a test command's environment.
pub fn pass_to(cmd: &mut Command, engines: &Engines) {
    cmd.env("FIREFOX", &engines.firefox)
        .env("WEBKIT_DRIVER", &engines.webkit_driver);
}
