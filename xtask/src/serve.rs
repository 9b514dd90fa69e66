//! `cargo xtask serve`: dist/ over HTTP with `std::net`, one thread per connection.
//!
//! Loopback only unless `--host` says otherwise, because a teacher's laptop on a school network
//! should not publish anything by surprise. Every response carries the lab's strict Content
//! Security Policy, so what the tests check is what a school platform that imposes it would see.
//! `Cache-Control: no-store` so a rebuild is always what the browser sees. The test and bench
//! stages start the same server in-process on a free port.
//!
//! Written on `std::net` rather than with tiny_http 0.12: under tiny_http's keep-alive
//! connections, page loads in the Playwright tests stalled now and then until they timed out,
//! and its accept loop stops for good after one failed accept(). The lab needs only GET and
//! HEAD of static files, one request per connection.

mod files;

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::{self, JoinHandle};
use std::time::Duration;

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
    stopping: Arc<AtomicBool>,
    accept_loop: Option<JoinHandle<()>>,
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
        let listener = TcpListener::bind(addr).map_err(|e| {
            format!(
                "cannot listen on {addr}: {e} (another server there? try --port {})",
                addr.port().wrapping_add(1)
            )
        })?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        let stopping = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&stopping);
        // A thread per connection, one request each (`Connection: close`): a slow or stalled
        // client holds up only its own thread, never another browser.
        let accept_loop = thread::spawn(move || {
            for stream in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                // A connection reset before it was accepted is that client's business.
                let Ok(stream) = stream else { continue };
                let root = root.clone();
                thread::spawn(move || {
                    if let Err(e) = handle(stream, &root, log)
                        && log
                    {
                        eprintln!("serve: {e}");
                    }
                });
            }
        });
        Ok(Server {
            addr,
            stopping,
            accept_loop: Some(accept_loop),
        })
    }

    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Blocks for as long as the server runs (for `cargo xtask serve`).
    pub fn wait(mut self) {
        if let Some(accept_loop) = self.accept_loop.take() {
            let _ = accept_loop.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        // The accept loop sleeps in accept(); one connection wakes it to see the flag.
        let mut wake = self.addr;
        if wake.ip().is_unspecified() {
            wake.set_ip(Ipv4Addr::LOCALHOST.into());
        }
        let _ = TcpStream::connect_timeout(&wake, Duration::from_secs(1));
        if let Some(accept_loop) = self.accept_loop.take() {
            let _ = accept_loop.join();
        }
    }
}

/// Reads one request (its line, then headers up to the blank line) and answers it.
fn handle(stream: TcpStream, root: &Path, log: bool) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(&stream);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Nothing in the headers changes what we send; read them so the client sees its request
    // consumed before the connection closes.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let (status, content_type, body) = respond(method, target, root);
    if log {
        println!("serve: {method} {target} {status}");
    }
    let mut head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n",
        reason(status),
        body.len()
    );
    for (name, value) in HEADERS {
        head += &format!("{name}: {value}\r\n");
    }
    if status == 405 {
        head += "Allow: GET, HEAD\r\n";
    }
    head += "Connection: close\r\n\r\n";
    let mut stream = &stream;
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

/// Status, type and body for one request; errors say only their status, never a path.
fn respond(method: &str, target: &str, root: &Path) -> (u16, &'static str, Vec<u8>) {
    let plain = "text/plain; charset=utf-8";
    let error = |status: u16| (status, plain, reason(status).as_bytes().to_vec());
    if method != "GET" && method != "HEAD" {
        return error(405);
    }
    match files::resolve(target, root) {
        Resolved::File(path) => match fs::read(&path) {
            Ok(body) => (200, files::mime_type(&path), body),
            Err(_) => error(500),
        },
        Resolved::Forbidden => error(403),
        Resolved::NotFound => error(404),
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "Internal Server Error",
    }
}

#[cfg(test)]
mod tests;
