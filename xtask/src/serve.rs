//! `cargo xtask serve`: dist/ over HTTP with tiny_http, one thread per request.
//!
//! Loopback only unless `--host` says otherwise, because a teacher's laptop on a school network
//! should not publish anything by surprise. Every response carries the lab's strict Content
//! Security Policy, so what the tests check is what a school platform that imposes it would see.
//! `Cache-Control: no-store` so a rebuild is always what the browser sees. The test and bench
//! stages start the same server in-process on a free port.

mod files;

use std::fs;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::{self, JoinHandle};

use tiny_http::{Header, Method, Request, Response};

use crate::build;
use files::Resolved;

const DEFAULT_PORT: u16 = 8000;

/// The policy the lab must run under (README "Serving to a class"): its own files only, wasm
/// compilation allowed, no inline script or style, images and workers also from data:/blob:
/// URLs it makes itself (canvas exports, a worker built from a Blob).
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; \
     script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; \
     worker-src 'self' blob:; connect-src 'self'";

/// Sent with every response. No X-Frame-Options: learning platforms embed the lab in iframes.
const HEADERS: [(&str, &str); 4] = [
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),
];

#[derive(Debug, PartialEq)]
struct Options {
    host: IpAddr,
    port: u16,
}

pub fn run(args: &[String]) -> Result<(), String> {
    let options = parse(args)?;
    let dist = build::run()?;
    let server = Server::start(dist, SocketAddr::new(options.host, options.port), true)?;
    if !options.host.is_loopback() {
        eprintln!("{}", exposure_warning(server.addr));
    }
    println!("serve: Dropout Lab on {} (Ctrl-C to stop)", server.url());
    server.wait();
    Ok(())
}

fn parse(args: &[String]) -> Result<Options, String> {
    use lexopt::prelude::*;
    let mut options = Options {
        host: IpAddr::V4(Ipv4Addr::LOCALHOST),
        port: DEFAULT_PORT,
    };
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("port") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                options.port = value
                    .parse()
                    .map_err(|e| format!("--port: {e} (a port number, 0 for any free one)"))?;
            }
            Long("host") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                options.host = value
                    .parse()
                    .map_err(|e| format!("--host: {e} (an IP address such as 192.168.1.20)"))?;
            }
            other => {
                return Err(format!(
                    "`serve`: {} (only --port N and --host ADDR)",
                    other.unexpected()
                ));
            }
        }
    }
    Ok(options)
}

/// What `--host` exposes and to whom, said before the first student connects.
fn exposure_warning(addr: SocketAddr) -> String {
    let everyone = if addr.ip().is_unspecified() {
        "every network this machine is on"
    } else {
        "the network of that address"
    };
    format!(
        "serve: WARNING: listening on {addr}, not only on this machine. Anyone on {everyone} \
         (the class, and anyone else who can reach it) can read every file in dist/ — the lab \
         itself, nothing else, read-only, no password, plain HTTP. Give students \
         http://<this machine's address>:{}/ and stop the server (Ctrl-C) after the lesson.",
        addr.port()
    )
}

/// A running server; stops when dropped.
pub struct Server {
    addr: SocketAddr,
    http: Arc<tiny_http::Server>,
    stopping: Arc<AtomicBool>,
    dispatcher: Option<JoinHandle<()>>,
}

impl Server {
    /// Serves `root` on 127.0.0.1 on a free port, for the test and bench stages.
    pub fn start_loopback(root: PathBuf) -> Result<Server, String> {
        Server::start(root, (Ipv4Addr::LOCALHOST, 0).into(), false)
    }

    /// Serves `root` on `addr` (port 0 = any free port) from background threads.
    pub fn start(root: PathBuf, addr: SocketAddr, log: bool) -> Result<Server, String> {
        let root = root
            .canonicalize()
            .map_err(|e| format!("cannot serve {}: {e}", root.display()))?;
        let http = tiny_http::Server::http(addr).map_err(|e| {
            format!(
                "cannot listen on {addr}: {e} (another server there? try --port {})",
                addr.port().wrapping_add(1)
            )
        })?;
        let addr = http
            .server_addr()
            .to_ip()
            .ok_or("the server is not on an IP address")?;
        let http = Arc::new(http);
        let stopping = Arc::new(AtomicBool::new(false));
        let (requests, stop) = (Arc::clone(&http), Arc::clone(&stopping));
        // tiny_http reads every connection on its own pool thread; answering on a thread of its
        // own too means a slow or stalled client never holds up another browser.
        let dispatcher = thread::spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                let Ok(request) = requests.recv() else {
                    continue;
                };
                let root = root.clone();
                thread::spawn(move || answer(request, &root, log));
            }
        });
        Ok(Server {
            addr,
            http,
            stopping,
            dispatcher: Some(dispatcher),
        })
    }

    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Blocks for as long as the server runs (for `cargo xtask serve`).
    pub fn wait(mut self) {
        if let Some(dispatcher) = self.dispatcher.take() {
            let _ = dispatcher.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        self.http.unblock();
        if let Some(dispatcher) = self.dispatcher.take() {
            let _ = dispatcher.join();
        }
    }
}

fn answer(request: Request, root: &Path, log: bool) {
    let (status, content_type, body) = respond(request.method(), request.url(), root);
    if log {
        println!("serve: {} {} {status}", request.method(), request.url());
    }
    let mut response = Response::from_data(body).with_status_code(status);
    for (name, value) in HEADERS
        .iter()
        .copied()
        .chain([("Content-Type", content_type)])
        .chain((status == 405).then_some(("Allow", "GET, HEAD")))
    {
        if let Ok(header) = Header::from_bytes(name, value) {
            response.add_header(header);
        }
    }
    // A client that hung up is its own business.
    let _ = request.respond(response);
}

/// Status, type and body for one request; errors say only their status, never a path.
fn respond(method: &Method, target: &str, root: &Path) -> (u16, &'static str, Vec<u8>) {
    let plain = "text/plain; charset=utf-8";
    let error = |status: u16, reason: &str| (status, plain, reason.as_bytes().to_vec());
    if !matches!(method, Method::Get | Method::Head) {
        return error(405, "Method Not Allowed");
    }
    match files::resolve(target, root) {
        Resolved::File(path) => match fs::read(&path) {
            Ok(body) => (200, files::mime_type(&path), body),
            Err(_) => error(500, "Internal Server Error"),
        },
        Resolved::Forbidden => error(403, "Forbidden"),
        Resolved::NotFound => error(404, "Not Found"),
    }
}

#[cfg(test)]
mod tests;
