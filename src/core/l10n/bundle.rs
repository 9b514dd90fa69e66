//! One language's Fluent bundle: its catalog over English (a missing message falls back),
//! the numbers' formatter from [`super::numbers`], and, for the pseudo-locale, the transform
//! that accents and lengthens every text element (placeables, and so numbers and names, stay).

use std::borrow::Cow;

use fluent_bundle::types::{FluentNumber, FluentNumberOptions, FluentNumberStyle};
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use intl_memoizer::{IntlLangMemoizer, Memoizable};
use unic_langid::LanguageIdentifier;

use super::Language;
use super::numbers::{self, NumberStyle};

pub type Bundle = fluent_bundle::bundle::FluentBundle<FluentResource, IntlLangMemoizer>;

/// The bundle of `language`: its own messages first, English's for the rest. The sources are
/// compiled in (`include_str!`), so a parse error is a bug the native tests catch.
pub fn build(language: &Language) -> Bundle {
    let id: LanguageIdentifier = language.tag.parse().expect("a valid language tag");
    let mut bundle = Bundle::new(vec![id]);
    // Placeables are not wrapped in Unicode isolation marks: the English sentences the claims
    // pin stay byte for byte, and the page sets `dir` on the whole document instead.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number));
    if language.pseudo {
        bundle.set_transform(Some(pseudo));
    }
    let own = FluentResource::try_new(language.source.to_string()).expect("a catalog parses");
    bundle
        .add_resource(own)
        .expect("no message twice in a catalog");
    if language.source != super::ENGLISH {
        let english = FluentResource::try_new(super::ENGLISH.to_string()).expect("en parses");
        // Only the messages the language lacks are taken ("overriding" would replace its own).
        let _already_there: Result<(), Vec<FluentError>> = bundle.add_resource(english);
    }
    bundle
}

/// The message `id` (or its attribute) formatted with `args`, and what Fluent reported.
pub fn format(
    bundle: &Bundle,
    id: &str,
    attribute: Option<&str>,
    args: Option<&FluentArgs>,
) -> Option<(String, Vec<FluentError>)> {
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some((text.into_owned(), errors))
}

/// A number to show with exactly `digits` decimals (`0,50` in German).
pub fn decimal(x: f64, digits: usize) -> FluentValue<'static> {
    number(x, digits, FluentNumberStyle::Decimal, false)
}

/// A share (0.5) to show as a percentage with `digits` decimals (`50 %` in French).
pub fn percent(fraction: f64, digits: usize) -> FluentValue<'static> {
    number(fraction, digits, FluentNumberStyle::Percent, false)
}

/// A count to show with its thousands grouped (`12.000` in German).
pub fn count(n: u64) -> FluentValue<'static> {
    number(n as f64, 0, FluentNumberStyle::Decimal, true)
}

/// Fluent's own number options carry the kind: `minimum_integer_digits` marks a grouped count,
/// so a plain integer (a run's number, a step) is written as the English text wrote it.
fn number(x: f64, digits: usize, style: FluentNumberStyle, grouped: bool) -> FluentValue<'static> {
    let options = FluentNumberOptions {
        style,
        minimum_fraction_digits: Some(digits),
        maximum_fraction_digits: Some(digits),
        minimum_integer_digits: grouped.then_some(1),
        ..FluentNumberOptions::default()
    };
    FluentValue::Number(FluentNumber::new(x, options))
}

/// The separators of the bundle's language, memoised by Fluent's own per-language memoizer.
struct Separators(NumberStyle);

impl Memoizable for Separators {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(Separators(numbers::style(&lang.to_string())))
    }
}

fn format_number(value: &FluentValue, memo: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let options = &n.options;
    memo.with_try_get::<Separators, _, _>((), |Separators(style)| {
        let digits = options.minimum_fraction_digits;
        match (options.style, digits) {
            (FluentNumberStyle::Percent, d) => numbers::percent(style, n.value, d.unwrap_or(0)),
            (_, Some(_)) if options.minimum_integer_digits.is_some() => {
                numbers::thousands(style, n.value.round().max(0.0) as u64)
            }
            (_, Some(d)) => numbers::decimal(style, n.value, d),
            // A number as Rust's `Display` writes it, with the language's decimal separator.
            (_, None) => n.value.to_string().replace('.', &style.decimal.to_string()),
        }
    })
    .ok()
}

const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED: &str = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ";

/// The pseudo-locale's transform of one text element: every letter accented, every vowel
/// doubled (English text grows by about 40 %, as German and French do), so an untranslated
/// string and a box too tight for a longer language both show at a glance.
pub fn pseudo(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    let mut in_tag = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        // The <b> and <i> of an `-html` message stay markup; a `<` before a space or a digit
        // is "less than" (`0 ≤ p < 1`), text like any other.
        let opens = c == '<'
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphabetic() || *n == '/');
        in_tag = (in_tag || opens) && c != '>';
        if in_tag || c == '>' {
            out.push(c);
            continue;
        }
        let accented = PLAIN
            .find(c)
            .and_then(|i| ACCENTED.chars().nth(i))
            .unwrap_or(c);
        out.push(accented);
        if "aeiouAEIOU".contains(c) {
            out.push(accented);
        }
    }
    Cow::Owned(out)
}
