//! A link's query string as `(key, value)` pairs, and back: what `URLSearchParams` does in the
//! page, here so the native tests read a link exactly as the page does.

/// The pairs of `query` (with or without its leading `?`), percent-decoded, `+` read as a space.
/// Bytes that are not UTF-8 after decoding read as U+FFFD, as the browser does.
pub fn pairs(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
        .collect()
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|&b| (b as char).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `key=value&…` with every byte but letters, digits and `-._~,:` percent-encoded: the link
/// stays readable (`rates=0,0.2:0.5~dropconnect`) and reads back to the same pairs.
pub fn join<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> String {
    pairs
        .into_iter()
        .map(|(key, value)| format!("{}={}", encode(key), encode(&value)))
        .collect::<Vec<_>>()
        .join("&")
}

fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~,:".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Characters of a link's text echoed back in a message: a value pasted by mistake can be
/// 10,000 characters long, so only its start is shown.
const ECHO_CHARS: usize = 40;

/// `text` as a message quotes it: its first [`ECHO_CHARS`] characters, then `…`.
pub fn echo(text: &str) -> String {
    if text.chars().count() <= ECHO_CHARS {
        return text.to_string();
    }
    let start: String = text.chars().take(ECHO_CHARS).collect();
    format!("{start}…")
}
