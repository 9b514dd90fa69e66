//! `cargo xtask`: the one entry point for building, serving and testing Dropout Lab.
//!
//! Every command first runs the idempotent setup it needs (wasm target, wasm-bindgen CLI,
//! and for tests Chromium, chromedriver and the npm packages of the page tests), so a fresh
//! clone needs nothing but `cargo xtask test`.

mod bench;
mod build;
mod bundle;
mod serve;
mod setup;
mod test;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  build                 build the wasm and write the complete static site into dist/
  bundle                build, then write dist/dropout-lab.html: the whole lab in one file
                        that trains from disk with no server and no network
  serve [options]       build, then serve dist/ on http://127.0.0.1:8000/
      --port N          another port (0: any free one)
      --host ADDR       listen on ADDR (e.g. this machine's class-network address) instead
                        of loopback: everyone on that network can then open the lab
  test [options]        run every test: native, wasm in headless Chromium, page (Playwright)
      --native-only     only `cargo test --workspace`
      --skip-native     skip `cargo test --workspace`
      --skip-wasm       skip the wasm-bindgen tests in the browser
      --skip-page       skip the page tests (tests/page/, node --test)
  setup                 install what is missing (wasm target, wasm-bindgen CLI, Chromium, npm deps)
  bench [args]          benchmarks (see xtask/src/bench.rs)
      --only soak [--minutes N]   the page left running N minutes (default 30): memory,
                                  frame times, runs diverged
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(command) = args.first() else {
        eprint!("{USAGE}");
        return ExitCode::FAILURE;
    };
    let rest = &args[1..];
    let result = match command.as_str() {
        "build" => no_args("build", rest).and_then(|()| build::run().map(drop)),
        "bundle" => no_args("bundle", rest).and_then(|()| bundle::run()),
        "serve" => serve::run(rest),
        "test" => test::run(rest),
        "setup" => no_args("setup", rest).and_then(|()| setup::run_all()),
        "bench" => bench::run(rest),
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn no_args(command: &str, rest: &[String]) -> Result<(), String> {
    match rest.first() {
        None => Ok(()),
        Some(arg) => Err(format!("`{command}` takes no arguments, got `{arg}`")),
    }
}
