//! The server as a client sees it: raw request lines over a TCP socket, because a browser
//! normalises `..` away before sending and so cannot test what an attacker can send.

use super::*;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

const SECRET: &str = "the-secret-outside-dist";

/// dist/ with a page, a wasm file and a symlink out, next to a secret file; removed on drop.
struct Site {
    base: PathBuf,
    server: Option<Server>,
}

impl Site {
    fn new(name: &str) -> Site {
        let base = std::env::temp_dir().join(format!("xtask-serve-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&base);
        let dist = base.join("dist");
        fs::create_dir_all(dist.join("pkg")).unwrap();
        fs::write(dist.join("index.html"), "<!doctype html><title>lab</title>").unwrap();
        fs::write(dist.join("pkg/lab_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
        fs::write(dist.join("style.css"), "body{}").unwrap();
        fs::write(base.join("secret.txt"), SECRET).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(base.join("secret.txt"), dist.join("leak.txt")).unwrap();
        let server = Server::start_loopback(dist).unwrap();
        Site {
            base,
            server: Some(server),
        }
    }

    fn addr(&self) -> SocketAddr {
        self.server.as_ref().unwrap().addr
    }

    /// Sends `request_line` and returns the whole response as text.
    fn raw(&self, request_line: &[u8]) -> String {
        let mut stream = TcpStream::connect(self.addr()).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        stream.write_all(request_line).unwrap();
        stream
            .write_all(b"\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            .unwrap();
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response);
        String::from_utf8_lossy(&response).into_owned()
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        drop(self.server.take());
        let _ = fs::remove_dir_all(&self.base);
    }
}

fn status(response: &str) -> &str {
    response.split_whitespace().nth(1).unwrap_or("no status")
}

fn header<'a>(response: &'a str, name: &str) -> Option<&'a str> {
    let head = response.split("\r\n\r\n").next()?;
    head.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

#[test]
fn raw_requests_outside_dist_are_refused_and_leak_nothing() {
    let site = Site::new("raw");
    let attempts: &[&[u8]] = &[
        b"GET /../secret.txt HTTP/1.1",
        b"GET /pkg/../../secret.txt HTTP/1.1",
        b"GET /%2e%2e/secret.txt HTTP/1.1",
        b"GET /%2E%2E%2Fsecret.txt HTTP/1.1",
        b"GET /pkg%2f..%2f..%2fsecret.txt HTTP/1.1",
        b"GET /..\\secret.txt HTTP/1.1",
        b"GET /..%5csecret.txt HTTP/1.1",
        b"GET /index.html%00/../../secret.txt HTTP/1.1",
        b"GET /\0/../secret.txt HTTP/1.1",
        b"GET http://127.0.0.1/../secret.txt HTTP/1.1",
        b"GET secret.txt HTTP/1.1",
        b"GET /leak.txt HTTP/1.1",
        b"HEAD /../secret.txt HTTP/1.1",
    ];
    for line in attempts {
        let response = site.raw(line);
        let shown = String::from_utf8_lossy(line);
        assert!(
            ["400", "403", "404"].contains(&status(&response)),
            "{shown}: {response}"
        );
        assert!(!response.contains(SECRET), "{shown} leaked the file");
        assert!(
            !response.contains(site.base.to_str().unwrap()),
            "{shown} leaked a path"
        );
    }
    assert_eq!(status(&site.raw(b"GET /../secret.txt HTTP/1.1")), "403");
    assert_eq!(status(&site.raw(b"GET /nothing.js HTTP/1.1")), "404");
    assert_eq!(status(&site.raw(b"POST /index.html HTTP/1.1")), "405");
}

#[test]
fn every_response_carries_the_policy_and_the_right_type() {
    let site = Site::new("headers");
    let page = site.raw(b"GET / HTTP/1.1");
    assert_eq!(status(&page), "200", "{page}");
    assert!(page.ends_with("<!doctype html><title>lab</title>"));
    assert!(
        header(&page, "Content-Type")
            .unwrap()
            .starts_with("text/html")
    );
    let wasm = site.raw(b"GET /pkg/lab_bg.wasm HTTP/1.1");
    assert_eq!(header(&wasm, "Content-Type"), Some("application/wasm"));
    let css = site.raw(b"GET /style.css?v=2 HTTP/1.1");
    assert!(
        header(&css, "Content-Type")
            .unwrap()
            .starts_with("text/css")
    );
    for response in [page, wasm, site.raw(b"GET /../x HTTP/1.1")] {
        assert_eq!(
            header(&response, "Content-Security-Policy"),
            Some(CONTENT_SECURITY_POLICY)
        );
        assert_eq!(header(&response, "X-Content-Type-Options"), Some("nosniff"));
        assert_eq!(header(&response, "X-Frame-Options"), None);
    }
    let head = site.raw(b"HEAD /style.css HTTP/1.1");
    assert_eq!(status(&head), "200");
    assert!(head.ends_with("\r\n\r\n"), "HEAD sent a body: {head}");
}

#[test]
fn a_stalled_client_does_not_hold_up_another() {
    let site = Site::new("stall");
    // One client sends half a request and then nothing, like a phone that left the Wi-Fi.
    let mut stalled = TcpStream::connect(site.addr()).unwrap();
    stalled
        .write_all(b"GET /index.html HTTP/1.1\r\nHost: x")
        .unwrap();
    // Another opens a connection and keeps it waiting too, before any request.
    let _idle = TcpStream::connect(site.addr()).unwrap();
    let answers: Vec<_> = (0..4)
        .map(|_| {
            let addr = site.addr();
            thread::spawn(move || {
                let mut stream = TcpStream::connect(addr).unwrap();
                // A safety net so a serialising server fails the test instead of hanging it.
                stream
                    .set_read_timeout(Some(Duration::from_secs(60)))
                    .unwrap();
                stream
                    .write_all(b"GET /style.css HTTP/1.1\r\nConnection: close\r\n\r\n")
                    .unwrap();
                let mut response = String::new();
                let _ = stream.read_to_string(&mut response);
                response
            })
        })
        .collect();
    for answer in answers {
        assert_eq!(status(&answer.join().unwrap()), "200");
    }
    drop(stalled);
}

#[test]
fn loopback_unless_a_host_is_given() {
    let args = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let default = parse(&args(&[])).unwrap();
    assert!(default.host.is_loopback());
    assert_eq!(default.port, 8000);
    let class = parse(&args(&["--host", "192.168.1.20", "--port=9001"])).unwrap();
    assert_eq!(class.host, "192.168.1.20".parse::<IpAddr>().unwrap());
    assert_eq!(class.port, 9001);
    assert!(parse(&args(&["--port", "x"])).is_err());
    assert!(parse(&args(&["--host", "my-laptop"])).is_err());
    assert!(parse(&args(&["--bogus"])).is_err());
    let warning = exposure_warning("192.168.1.20:9001".parse().unwrap());
    assert!(warning.contains("WARNING") && warning.contains("dist/") && warning.contains("9001"));
}
