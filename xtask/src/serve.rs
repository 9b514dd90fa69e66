//! `cargo xtask serve`: a small static file server over `std::net`, one thread per connection.
//!
//! The lab needs only GET/HEAD of static files with the right MIME types (`.wasm` must be
//! `application/wasm` for streaming compilation). `Cache-Control: no-store` so a rebuild is
//! always what the browser sees. The test stage starts the same server in-process on a free port.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use crate::build;

const DEFAULT_PORT: u16 = 8000;

pub fn run(args: &[String]) -> Result<(), String> {
    let port = parse_port(args)?;
    let dist = build::run()?;
    let server = Server::start(dist, port, true)?;
    println!("serve: Dropout Lab on {} (Ctrl-C to stop)", server.url());
    server.wait();
    Ok(())
}

fn parse_port(args: &[String]) -> Result<u16, String> {
    let mut port = DEFAULT_PORT;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let value = match arg.strip_prefix("--port=") {
            Some(v) => v,
            None if arg == "--port" => iter.next().ok_or("--port needs a number")?,
            None => return Err(format!("`serve` does not know `{arg}` (only --port N)")),
        };
        port = value
            .parse()
            .map_err(|_| format!("--port: `{value}` is not a port number"))?;
    }
    Ok(port)
}

/// A running server; stops when dropped.
pub struct Server {
    addr: SocketAddr,
    stopping: Arc<AtomicBool>,
    accept_loop: Option<JoinHandle<()>>,
}

impl Server {
    /// Serves `root` on 127.0.0.1:`port` (0 = any free port) from a background thread.
    pub fn start(root: PathBuf, port: u16, log: bool) -> Result<Server, String> {
        let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| {
            format!(
                "cannot listen on 127.0.0.1:{port}: {e} (another server there? try --port {})",
                port.wrapping_add(1)
            )
        })?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        let root = root
            .canonicalize()
            .map_err(|e| format!("cannot serve {}: {e}", root.display()))?;
        let stopping = Arc::new(AtomicBool::new(false));
        let stop_flag = Arc::clone(&stopping);
        let accept_loop = thread::spawn(move || {
            for stream in listener.incoming() {
                if stop_flag.load(Ordering::SeqCst) {
                    break;
                }
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
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(accept_loop) = self.accept_loop.take() {
            let _ = accept_loop.join();
        }
    }
}

fn handle(stream: TcpStream, root: &Path, log: bool) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(&stream);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers; nothing in them changes what we send.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let response = respond(method, target, root);
    if log {
        println!("serve: {method} {target} {}", response.status);
    }
    response.write_to(&stream, method == "HEAD")
}

struct Response {
    status: u16,
    content_type: &'static str,
    body: Vec<u8>,
}

impl Response {
    fn error(status: u16) -> Response {
        Response {
            status,
            content_type: "text/plain; charset=utf-8",
            body: reason(status).as_bytes().to_vec(),
        }
    }

    fn write_to(&self, mut stream: &TcpStream, head_only: bool) -> std::io::Result<()> {
        let allow = if self.status == 405 {
            "Allow: GET, HEAD\r\n"
        } else {
            ""
        };
        let head = format!(
            "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{allow}Connection: close\r\n\r\n",
            self.status,
            reason(self.status),
            self.content_type,
            self.body.len()
        );
        stream.write_all(head.as_bytes())?;
        if !head_only {
            stream.write_all(&self.body)?;
        }
        stream.flush()
    }
}

fn respond(method: &str, target: &str, root: &Path) -> Response {
    if method != "GET" && method != "HEAD" {
        return Response::error(405);
    }
    let Some(relative) = safe_relative_path(target) else {
        return Response::error(403);
    };
    let mut path = root.join(relative);
    if path.is_dir() {
        path.push("index.html");
    }
    // A symlink inside dist/ must not lead outside it either.
    match path.canonicalize() {
        Ok(real) if real.starts_with(root) && real.is_file() => match fs::read(&real) {
            Ok(body) => Response {
                status: 200,
                content_type: mime_type(&real),
                body,
            },
            Err(_) => Response::error(500),
        },
        Ok(real) if !real.starts_with(root) => Response::error(403),
        _ => Response::error(404),
    }
}

/// The request target as a path below the root, or None if it tries to climb out of it.
fn safe_relative_path(target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') {
        return None;
    }
    let decoded = percent_decode(path)?;
    if decoded.contains('\0') || decoded.contains('\\') {
        return None;
    }
    let relative = PathBuf::from(decoded.trim_start_matches('/'));
    relative
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
        .then_some(relative)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn mime_type(path: &Path) -> &'static str {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    match ext.to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" | "map" => "application/json",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "txt" | "md" | "ts" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
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
mod tests {
    use super::*;

    #[test]
    fn refuses_paths_that_climb_out_of_the_root() {
        for target in [
            "/../etc/passwd",
            "/a/../../x",
            "/%2e%2e/x",
            "/a%2f..%2f..%2fx",
            "/a\\..\\x",
            "x",
            "/%zz",
        ] {
            assert_eq!(safe_relative_path(target), None, "{target}");
        }
        assert_eq!(
            safe_relative_path("/pkg/a.js?v=1"),
            Some(PathBuf::from("pkg/a.js"))
        );
        assert_eq!(safe_relative_path("/"), Some(PathBuf::new()));
        assert_eq!(
            safe_relative_path("/my%20file.css"),
            Some(PathBuf::from("my file.css"))
        );
    }

    #[test]
    fn wasm_and_js_get_the_types_browsers_insist_on() {
        assert_eq!(mime_type(Path::new("pkg/x_bg.wasm")), "application/wasm");
        assert!(mime_type(Path::new("main.js")).starts_with("text/javascript"));
        assert!(mime_type(Path::new("index.html")).starts_with("text/html"));
    }

    #[test]
    fn port_flag_forms() {
        let args = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(parse_port(&args(&[])), Ok(8000));
        assert_eq!(parse_port(&args(&["--port", "9001"])), Ok(9001));
        assert_eq!(parse_port(&args(&["--port=9002"])), Ok(9002));
        assert!(parse_port(&args(&["--port", "x"])).is_err());
        assert!(parse_port(&args(&["--bogus"])).is_err());
    }
}
