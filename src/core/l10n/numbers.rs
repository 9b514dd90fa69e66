//! Numbers as each language writes them in a sentence or on a chart: one small table of
//! separators per language and one function per kind (decimal, percent, thousands). Fluent's
//! own `NUMBER` writes every number with a point whatever the language (fluent-bundle 0.16,
//! `FluentNumber::as_string`), so the catalogs' numbers go through these instead (see
//! [`super::bundle`]'s formatter). Links, CSV and JSON never come here: they stay with the
//! point, so a link written in Lyon opens in Osaka.

/// How one language writes numbers (CLDR's `latn` symbols for it).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberStyle {
    pub decimal: char,
    /// Between groups of three digits of the whole part.
    pub group: &'static str,
    /// Whole parts below this are not grouped (CLDR's minimum grouping: Spanish writes 1000).
    pub group_from: f64,
    /// Between the number and `%` (`""`, or a no-break space).
    pub percent_gap: &'static str,
}

const POINT: NumberStyle = NumberStyle {
    decimal: '.',
    group: ",",
    group_from: 1000.0,
    percent_gap: "",
};

/// The style of a language tag as [`super::LANGUAGES`] spells it (English for any other).
pub fn style(tag: &str) -> NumberStyle {
    let comma = |group, group_from, percent_gap| NumberStyle {
        decimal: ',',
        group,
        group_from,
        percent_gap,
    };
    match tag {
        "de" => comma(".", 1000.0, "\u{a0}"),
        "es" => comma(".", 10_000.0, "\u{a0}"),
        "fr" => comma("\u{202f}", 1000.0, "\u{202f}"),
        "pt-BR" => comma(".", 1000.0, ""),
        _ => POINT,
    }
}

/// `x` with exactly `digits` decimals: `decimal(&style("de"), 0.5, 2)` is `0,50`.
pub fn decimal(style: &NumberStyle, x: f64, digits: usize) -> String {
    let text = format!("{x:.digits$}");
    let (sign, body) = text
        .strip_prefix('-')
        .map_or(("", text.as_str()), |b| ("-", b));
    let (whole, fraction) = body.split_once('.').unwrap_or((body, ""));
    let whole = match x.abs() >= style.group_from && whole.bytes().all(|b| b.is_ascii_digit()) {
        true => grouped(whole, style.group),
        false => whole.to_string(),
    };
    match fraction.is_empty() {
        true => format!("{sign}{whole}"),
        false => format!("{sign}{whole}{}{fraction}", style.decimal),
    }
}

/// A share `fraction` (0.5) as a percentage with `digits` decimals (`50 %` in German).
pub fn percent(style: &NumberStyle, fraction: f64, digits: usize) -> String {
    format!(
        "{}{}%",
        decimal(style, fraction * 100.0, digits),
        style.percent_gap
    )
}

/// A count with its thousands grouped (`12.000` in German, `12,000` in English).
pub fn thousands(style: &NumberStyle, n: u64) -> String {
    decimal(style, n as f64, 0)
}

fn grouped(digits: &str, group: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(c);
    }
    out
}

/// What a class typed in a number field, in the link's form (with a point): the language's
/// decimal separator is read as well as the point (`0,5` → `0.5` in German); anything else is
/// left as typed, for the settings' own check to refuse with its bound.
pub fn canonical(style: &NumberStyle, typed: &str) -> String {
    let typed = typed.trim();
    let one_comma = typed.matches(',').count() == 1 && !typed.contains('.');
    match style.decimal == ',' && one_comma {
        true => typed.replace(',', "."),
        false => typed.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_its_own_separators() {
        assert_eq!(decimal(&style("en"), 0.5, 2), "0.50");
        assert_eq!(decimal(&style("de"), 0.5, 2), "0,50");
        assert_eq!(decimal(&style("fr"), -1234.5, 1), "-1\u{202f}234,5");
        assert_eq!(thousands(&style("es"), 1000), "1000");
        assert_eq!(thousands(&style("es"), 12000), "12.000");
        assert_eq!(thousands(&style("ja"), 12000), "12,000");
        assert_eq!(percent(&style("de"), 0.5, 0), "50\u{a0}%");
        assert_eq!(percent(&style("en"), 0.125, 1), "12.5%");
    }

    #[test]
    fn a_typed_decimal_comma_is_read_as_the_point() {
        assert_eq!(canonical(&style("de"), " 0,5 "), "0.5");
        assert_eq!(canonical(&style("en"), "0.5"), "0.5");
        assert_eq!(canonical(&style("en"), "0,5"), "0,5");
        assert_eq!(canonical(&style("fr"), "1,2,3"), "1,2,3");
    }
}
