//! Which windows may drive an embedded lab: the page's own origin, and the origins its link
//! names (`embed=https://school.example,https://lms.example:8443`). An origin is written as a
//! browser serialises `MessageEvent.origin` (scheme and host in lower case, no default port),
//! so a trusted origin is a plain string comparison and nothing is guessed: no wildcards, no
//! `null` (the opaque origin of `file://`, `data:` and sandboxed frames is shared by strangers).

use super::text;

/// Origins a link may name: a course page, its platform, a slide tool, a notebook server.
pub const MAX_ORIGINS: usize = 8;
/// Longest origin read (a host name is at most 253 characters, plus scheme and port).
pub const MAX_ORIGIN_CHARS: usize = 300;

/// `raw` as the browser writes the origin (`HTTPS://Example.org:443` → `https://example.org`),
/// or why it is no origin.
pub fn canonical(raw: &str) -> Result<String, String> {
    let raw = raw.trim();
    let refuse = || Err(text::not_an_origin(raw));
    if raw.is_empty() || raw.chars().count() > MAX_ORIGIN_CHARS {
        return refuse();
    }
    let lower = raw.to_ascii_lowercase();
    let Some((scheme, rest)) = lower.split_once("://") else {
        return refuse();
    };
    let default_port = match scheme {
        "http" => "80",
        "https" => "443",
        _ => return refuse(),
    };
    let (host, port) = split_port(rest).ok_or_else(|| text::not_an_origin(raw))?;
    if !is_host(host) {
        return refuse();
    }
    Ok(match port {
        Some(port) if port != default_port => format!("{scheme}://{host}:{port}"),
        _ => format!("{scheme}://{host}"),
    })
}

/// `host[:port]` → host and port; `None` if the port is not a number from 1 to 65535.
fn split_port(rest: &str) -> Option<(&str, Option<String>)> {
    // An IPv6 host is bracketed (`[::1]:8080`): its colons are not the port's.
    let colon = match rest.rfind(']') {
        Some(close) => rest[close..].find(':').map(|i| close + i),
        None => rest.rfind(':'),
    };
    let Some(colon) = colon else {
        return Some((rest, None));
    };
    let digits = &rest[colon + 1..];
    // `:080` is port 80 to a browser, but a link should say it as the browser does; `+80`
    // would parse as a number but is no port.
    if digits.starts_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let port: u16 = digits.parse().ok().filter(|p| *p > 0)?;
    Some((&rest[..colon], Some(port.to_string())))
}

/// A host name (letters, digits, `-` and `.`) or a bracketed IPv6 address: no path, query,
/// user name or anything a URL parser would read differently.
fn is_host(host: &str) -> bool {
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return !inner.is_empty()
            && inner
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
    }
    !host.is_empty()
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
}

/// Whether a message from `origin` may drive a lab served from `own` whose link trusts
/// `trusted` (canonical origins, as [`canonical`] writes them).
pub fn trusts(origin: &str, own: &str, trusted: &[String]) -> bool {
    // An opaque origin is "null" for every sandboxed frame and every file: never anyone's.
    if origin == "null" || origin.is_empty() {
        return false;
    }
    origin == own || trusted.iter().any(|t| t == origin)
}
