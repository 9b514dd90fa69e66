//! Just enough JSON for the crate: a reader for any JSON text (objects keep their order), used
//! for the setup file, and the pieces every JSON writer of the crate shares (string literals,
//! numbers, lists: the snapshot, the panels' lists, the setup file). Hand-written instead of
//! serde_json, which costs about 13.6 KB gzip in the page's wasm (measured for the snapshot).

/// A JSON value. Numbers keep their text, so a setting reads exactly as it was written.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// A finite number, or `null` (JSON has no NaN or infinity).
pub fn number(v: Option<f32>) -> String {
    match v {
        Some(v) if v.is_finite() => format!("{v}"),
        _ => "null".to_string(),
    }
}

/// A JSON array of items already written as JSON.
pub fn list(items: impl IntoIterator<Item = String>) -> String {
    format!("[{}]", items.into_iter().collect::<Vec<_>>().join(","))
}

/// A JSON string literal, escaped as `JSON.stringify` escapes it.
pub fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Reads a whole JSON text; `None` if it is not JSON (or nests deeper than a setup can).
pub fn parse(text: &str) -> Option<Value> {
    let mut reader = Reader {
        chars: text.chars().collect(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.space();
    (reader.at == reader.chars.len()).then_some(value)
}

/// Deepest nesting read: a setup file is two levels deep.
const MAX_DEPTH: usize = 32;

struct Reader {
    chars: Vec<char>,
    at: usize,
}

impl Reader {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(' ' | '\n' | '\r' | '\t')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, c: char) -> Option<()> {
        self.space();
        (self.peek() == Some(c)).then(|| self.at += 1)
    }

    fn word(&mut self, word: &str, value: Value) -> Option<Value> {
        let end = self.at + word.chars().count();
        let found: String = self.chars.get(self.at..end)?.iter().collect();
        (found == word).then(|| {
            self.at = end;
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.space();
        match self.peek()? {
            _ if depth > MAX_DEPTH => None,
            '{' => self.object(depth),
            '[' => self.array(depth),
            '"' => self.string().map(Value::String),
            't' => self.word("true", Value::Bool(true)),
            'f' => self.word("false", Value::Bool(false)),
            'n' => self.word("null", Value::Null),
            _ => self.number(),
        }
    }

    fn object(&mut self, depth: usize) -> Option<Value> {
        self.at += 1;
        let mut members = Vec::new();
        if self.eat('}').is_some() {
            return Some(Value::Object(members));
        }
        loop {
            self.space();
            let key = self.string()?;
            self.eat(':')?;
            members.push((key, self.value(depth + 1)?));
            if self.eat('}').is_some() {
                return Some(Value::Object(members));
            }
            self.eat(',')?;
        }
    }

    fn array(&mut self, depth: usize) -> Option<Value> {
        self.at += 1;
        let mut items = Vec::new();
        if self.eat(']').is_some() {
            return Some(Value::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            if self.eat(']').is_some() {
                return Some(Value::Array(items));
            }
            self.eat(',')?;
        }
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.at;
        while matches!(self.peek(), Some('0'..='9' | '-' | '+' | '.' | 'e' | 'E')) {
            self.at += 1;
        }
        let text: String = self.chars[start..self.at].iter().collect();
        let ok = text.parse::<f64>().is_ok_and(f64::is_finite) && !text.starts_with('+');
        ok.then_some(Value::Number(text))
    }

    fn string(&mut self) -> Option<String> {
        (self.peek() == Some('"')).then_some(())?;
        self.at += 1;
        let mut out = String::new();
        loop {
            let c = self.peek()?;
            self.at += 1;
            match c {
                '"' => return Some(out),
                '\\' => out.push(self.escape()?),
                c if u32::from(c) < 0x20 => return None,
                c => out.push(c),
            }
        }
    }

    fn escape(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += 1;
        Some(match c {
            '"' | '\\' | '/' => c,
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'b' => '\u{8}',
            'f' => '\u{c}',
            'u' => {
                let hex: String = self.chars.get(self.at..self.at + 4)?.iter().collect();
                self.at += 4;
                // A lone surrogate half reads as U+FFFD, as a lossy decoder would.
                char::from_u32(u32::from_str_radix(&hex, 16).ok()?).unwrap_or('\u{fffd}')
            }
            _ => return None,
        })
    }
}
