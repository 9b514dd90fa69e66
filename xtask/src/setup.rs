//! Idempotent setup of everything the build and the tests need, and small process helpers.
//!
//! Each `ensure_*` is fast when the thing is already there (one `--version` call or a file
//! check) and otherwise installs it the one way known to work on these machines (the wasm-bindgen
//! CLI pinned to the crate's exact version, built from crates.io without `--locked`; Debian's
//! Chromium; Firefox ESR and WebKitGTK's WebDriver for the engine suite, see `engines`), printing
//! what it does, because a cold install takes minutes.

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::Duration;

pub mod engines;

/// The CLI must equal the `wasm-bindgen` crate version pinned with `=` in Cargo.toml.
pub const WASM_BINDGEN_VERSION: &str = "0.2.130";
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Where the browser tools live, found once and handed to the test stages.
pub struct Browser {
    pub chrome: PathBuf,
    pub chromedriver: PathBuf,
}

/// `cargo xtask setup`: everything, so a later offline run needs nothing.
pub fn run_all() -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_wasm_bindgen()?;
    let browser = ensure_browser()?;
    let engines = engines::ensure_engines()?;
    ensure_npm_deps()?;
    println!(
        "setup: ok (chrome {}, chromedriver {}, {})",
        browser.chrome.display(),
        browser.chromedriver.display(),
        engines.describe()
    );
    Ok(())
}

/// The workspace root: xtask lives one level below it.
pub fn workspace_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

/// `cargo` as invoked by `cargo xtask` (the same toolchain), else from PATH.
pub fn cargo() -> OsString {
    env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

/// The target directory cargo really uses (honours CARGO_TARGET_DIR and config).
///
/// serde_json's untyped `Value`: the typed `cargo_metadata` crate needs serde's derive macros
/// (syn and all), which cost more to compile than the rest of the xtask, for one string field.
pub fn target_dir() -> Result<PathBuf, String> {
    let out = Command::new(cargo())
        .args(["metadata", "--format-version", "1", "--no-deps"])
        .current_dir(workspace_root())
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run `cargo metadata`: {e}"))?;
    if !out.status.success() {
        return Err("`cargo metadata` failed".to_string());
    }
    let metadata: serde_json::Value = serde_json::from_slice(&out.stdout)
        .map_err(|e| format!("`cargo metadata` printed no JSON: {e}"))?;
    metadata["target_directory"]
        .as_str()
        .map(PathBuf::from)
        .ok_or_else(|| "`cargo metadata` output has no target_directory".to_string())
}

/// Runs a command to completion with no stdin (CI has none), failing with `what` in the message.
pub fn run(cmd: &mut Command, what: &str) -> Result<(), String> {
    let status = cmd
        .stdin(Stdio::null())
        .status()
        .map_err(|e| format!("{what}: cannot start {:?}: {e}", cmd.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}

/// First line of `program --version`, or None if it does not run.
fn version_of(program: &Path) -> Option<String> {
    let out = Command::new(program)
        .arg("--version")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    out.status
        .success()
        .then(|| text.lines().next().unwrap_or("").trim().to_string())
}

/// Looks `name` up on PATH, then in cargo's bin dir (which a fresh shell may lack on PATH).
pub fn find_program(name: &str) -> Option<PathBuf> {
    let path = env::var_os("PATH").unwrap_or_default();
    env::split_paths(&path)
        .chain(cargo_bin_dir())
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

fn cargo_bin_dir() -> Option<PathBuf> {
    env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .map(|home| home.join("bin"))
}

/// PATH with cargo's bin dir appended, for children that look tools up by name (the wasm
/// test runner named in .cargo/config.toml).
pub fn path_with_cargo_bin() -> OsString {
    let mut dirs: Vec<PathBuf> =
        env::split_paths(&env::var_os("PATH").unwrap_or_default()).collect();
    if let Some(bin) = cargo_bin_dir().filter(|bin| !dirs.contains(bin)) {
        dirs.push(bin);
    }
    env::join_paths(dirs).unwrap_or_default()
}

pub fn ensure_wasm_target() -> Result<(), String> {
    // The sysroot check works with or without rustup and costs one rustc call.
    let sysroot = Command::new("rustc")
        .args(["--print", "sysroot"])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run rustc: {e}"))?;
    let sysroot = PathBuf::from(String::from_utf8_lossy(&sysroot.stdout).trim());
    if sysroot.join("lib/rustlib").join(WASM_TARGET).is_dir() {
        return Ok(());
    }
    println!("setup: adding the {WASM_TARGET} target (rustup target add)");
    run(
        Command::new("rustup").args(["target", "add", WASM_TARGET]),
        "`rustup target add wasm32-unknown-unknown` (install rustup or the target by hand)",
    )
}

/// wasm-bindgen CLI at exactly the crate's version; it also provides wasm-bindgen-test-runner.
/// Returns the path of `wasm-bindgen`.
pub fn ensure_wasm_bindgen() -> Result<PathBuf, String> {
    let wanted = format!("wasm-bindgen {WASM_BINDGEN_VERSION}");
    let current = || {
        let cli = find_program("wasm-bindgen")?;
        find_program("wasm-bindgen-test-runner")?;
        (version_of(&cli)? == wanted).then_some(cli)
    };
    if let Some(cli) = current() {
        return Ok(cli);
    }
    // Another terminal (or the machine's provisioning) may already be installing it; a second
    // concurrent install would only race for the same files.
    if wait_for_process("cargo install wasm-bindgen-cli")
        && let Some(cli) = current()
    {
        return Ok(cli);
    }
    println!(
        "setup: installing wasm-bindgen-cli {WASM_BINDGEN_VERSION} with cargo install \
         (about 4 minutes on 2 cores, once)"
    );
    // Not --locked: the CLI's lockfile names a webpki-roots version this registry lacks.
    run(
        Command::new(cargo()).args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            &format!("={WASM_BINDGEN_VERSION}"),
        ]),
        "cargo install wasm-bindgen-cli",
    )?;
    current().ok_or_else(|| {
        format!(
            "wasm-bindgen-cli {WASM_BINDGEN_VERSION} was installed but `wasm-bindgen --version` \
             does not report it; is an older wasm-bindgen earlier on PATH?"
        )
    })
}

/// True if a process whose command line contains `pattern` was running and we waited for it
/// (at most 20 minutes, in case the match is something long-lived and unrelated).
fn wait_for_process(pattern: &str) -> bool {
    let running = || {
        Command::new("pgrep")
            .args(["-f", pattern])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if !running() {
        return false;
    }
    println!("setup: waiting for a running `{pattern}` to finish");
    let deadline = std::time::Instant::now() + Duration::from_secs(20 * 60);
    while running() && std::time::Instant::now() < deadline {
        thread::sleep(Duration::from_secs(5));
    }
    true
}

/// The env var names a path if set, else the first name found on PATH.
pub fn locate(env_var: &str, names: &[&str]) -> Option<PathBuf> {
    if let Some(path) = env::var_os(env_var).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    names.iter().find_map(|name| find_program(name))
}

fn locate_browser() -> (Option<PathBuf>, Option<PathBuf>) {
    let chrome = locate(
        "CHROME",
        &[
            "chromium",
            "chromium-browser",
            "google-chrome",
            "google-chrome-stable",
        ],
    );
    (chrome, locate("CHROMEDRIVER", &["chromedriver"]))
}

/// Chromium and a matching chromedriver; installs both with apt-get when we are root.
pub fn ensure_browser() -> Result<Browser, String> {
    let (mut chrome, mut driver) = locate_browser();
    if (chrome.is_none() || driver.is_none()) && can_apt_install() {
        (chrome, driver) = locate_browser();
        if chrome.is_none() || driver.is_none() {
            println!(
                "setup: installing chromium and chromium-driver with apt-get (about 1 minute)"
            );
            apt_install(&["chromium", "chromium-driver"])?;
            (chrome, driver) = locate_browser();
        }
    }
    let (Some(chrome), Some(chromedriver)) = (chrome, driver) else {
        return Err(
            "Chromium and chromedriver are needed for the browser tests. Install them \
             (Debian/Ubuntu: `apt-get install chromium chromium-driver`; other systems: Chrome \
             plus the chromedriver of the same major version), or point CHROME=/path/to/chrome \
             and CHROMEDRIVER=/path/to/chromedriver at them."
                .to_string(),
        );
    };
    for path in [&chrome, &chromedriver] {
        if !path.is_file() {
            return Err(format!(
                "{} does not exist (check CHROME / CHROMEDRIVER)",
                path.display()
            ));
        }
    }
    warn_on_version_mismatch(&chrome, &chromedriver);
    ensure_fonts()?;
    Ok(Browser {
        chrome,
        chromedriver,
    })
}

/// Fonts the page tests draw Chinese, Japanese and Arabic canvas labels in (#19): Debian's
/// Noto CJK and Noto core (Naskh and Sans Arabic). Without them a translated canvas would show
/// empty boxes, and the text-fit checks would measure the wrong glyphs.
const FONT_FILES: [(&str, &str); 2] = [
    (
        "fonts-noto-cjk",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    ),
    (
        "fonts-noto-core",
        "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
    ),
];

fn ensure_fonts() -> Result<(), String> {
    let missing: Vec<&str> = FONT_FILES
        .iter()
        .filter(|(_, file)| !Path::new(file).is_file())
        .map(|(package, _)| *package)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    if can_apt_install() {
        println!("setup: installing {} with apt-get", missing.join(" "));
        return apt_install(&missing);
    }
    eprintln!(
        "setup: warning: {} not installed; Chinese, Japanese and Arabic canvas labels may show \
         missing glyphs (Debian: `apt-get install {}`)",
        missing.join(", "),
        missing.join(" ")
    );
    Ok(())
}

/// chromedriver refuses a browser of another major version; say so before the cryptic error.
fn warn_on_version_mismatch(chrome: &Path, chromedriver: &Path) {
    let major = |path: &Path| -> Option<String> {
        let version = version_of(path)?;
        let number = version
            .split_whitespace()
            .find(|word| word.starts_with(|c: char| c.is_ascii_digit()))?;
        number.split('.').next().map(str::to_string)
    };
    if let (Some(a), Some(b)) = (major(chrome), major(chromedriver))
        && a != b
    {
        eprintln!(
            "setup: warning: {} is version {a} but {} is version {b}; chromedriver needs the same major version",
            chrome.display(),
            chromedriver.display()
        );
    }
}

/// `apt-get update` then `apt-get install` of `packages`, waiting for another apt's lock.
pub fn apt_install(packages: &[&str]) -> Result<(), String> {
    let apt = |args: &[&str], what: &str| {
        run(
            Command::new("apt-get")
                .args(args)
                .env("DEBIAN_FRONTEND", "noninteractive"),
            what,
        )
    };
    apt(&["update", "-q"], "apt-get update")?;
    let mut args = vec!["install", "-y", "-q", "-o", "DPkg::Lock::Timeout=600"];
    args.extend_from_slice(packages);
    apt(&args, &format!("apt-get install {}", packages.join(" ")))
}

/// apt-get can install what is missing: we are root on a Debian-like system, and no other
/// apt-get is running (we wait for it to finish).
pub fn can_apt_install() -> bool {
    if !is_root() || find_program("apt-get").is_none() {
        return false;
    }
    wait_for_process("apt-get");
    true
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .stdin(Stdio::null())
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}

/// `npm ci` in tests/page when node_modules is missing or older than the lockfile.
pub fn ensure_npm_deps() -> Result<(), String> {
    let dir = workspace_root().join("tests/page");
    if !dir.join("package.json").is_file() {
        return Ok(());
    }
    if find_program("node").is_none() || find_program("npm").is_none() {
        return Err(
            "node and npm are needed for the page tests: install Node.js 20 or newer \
                    (Debian: `apt-get install nodejs npm`)"
                .to_string(),
        );
    }
    let lock = dir.join("package-lock.json");
    let manifest = if lock.is_file() {
        &lock
    } else {
        &dir.join("package.json")
    };
    // npm rewrites node_modules/.package-lock.json on every install: our "installed at" stamp.
    let stamp = dir.join("node_modules/.package-lock.json");
    if modified(&stamp).is_some_and(|installed| modified(manifest).is_some_and(|m| m <= installed))
    {
        return Ok(());
    }
    let subcommand = if lock.is_file() { "ci" } else { "install" };
    println!("setup: npm {subcommand} in tests/page");
    run(
        Command::new("npm")
            .args([subcommand, "--no-audit", "--no-fund"])
            .current_dir(&dir),
        &format!("npm {subcommand} in tests/page"),
    )
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    path.metadata().ok()?.modified().ok()
}
