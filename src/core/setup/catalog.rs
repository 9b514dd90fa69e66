//! Every dataset the class can pick, by name: each generator the core has, and the class's own
//! points alone. One list, so the page's menu, the link and the core agree.

use std::str::FromStr;

use crate::core::data::regression::RegressionKind;
use crate::core::data::toy2d::Toy2dKind;
use crate::core::error::{Error, Result};
use crate::core::preset::DataSpec;

/// Where the data comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A 2-D classification generator.
    Toy2d(Toy2dKind),
    /// Noisy samples of a curve.
    Curve(RegressionKind),
    /// The 8×8 handwritten digits.
    Digits,
    /// Only the class's own 2-D points (drawn or loaded).
    Own2d,
    /// Only the class's own points of a curve.
    OwnCurve,
}

/// The picture a dataset makes: what the data panel draws and what can be drawn on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Points of two (or more) classes on a plane.
    Plane,
    /// Points of a curve: input on x, target on y.
    Curve,
    /// 64-pixel images.
    Digits,
}

impl Shape {
    pub fn name(self) -> &'static str {
        match self {
            Shape::Plane => "2d",
            Shape::Curve => "curve",
            Shape::Digits => "digits",
        }
    }
}

/// Every dataset's name, in menu order (its title: [`dataset_title`]).
pub const DATASETS: [&str; 10] = [
    "moons",
    "circles",
    "spiral",
    "xor",
    "blobs",
    "sine",
    "cubic",
    "digits",
    "own",
    "own-curve",
];

/// The dataset `name`'s title in the menu, in the class's language (`dataset-<name>`).
pub fn dataset_title(name: &str) -> String {
    crate::core::l10n::text(&format!("dataset-{name}"), None)
}

impl Source {
    /// The dataset a preset's data is drawn from.
    pub fn of(data: &DataSpec) -> Self {
        match data {
            DataSpec::Toy2d(s) => Source::Toy2d(s.kind),
            DataSpec::Regression(s) => Source::Curve(s.kind),
            DataSpec::Digits(_) => Source::Digits,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Source::Toy2d(kind) => kind.name(),
            Source::Curve(kind) => kind.name(),
            Source::Digits => "digits",
            Source::Own2d => "own",
            Source::OwnCurve => "own-curve",
        }
    }

    pub fn shape(self) -> Shape {
        match self {
            Source::Toy2d(_) | Source::Own2d => Shape::Plane,
            Source::Curve(_) | Source::OwnCurve => Shape::Curve,
            Source::Digits => Shape::Digits,
        }
    }

    /// Whether the data is only the class's own points.
    pub fn own(self) -> bool {
        matches!(self, Source::Own2d | Source::OwnCurve)
    }
}

impl FromStr for Source {
    type Err = Error;

    fn from_str(name: &str) -> Result<Self> {
        match name {
            "digits" => Ok(Source::Digits),
            "own" => Ok(Source::Own2d),
            "own-curve" => Ok(Source::OwnCurve),
            _ => name
                .parse::<Toy2dKind>()
                .map(Source::Toy2d)
                .or_else(|_| name.parse::<RegressionKind>().map(Source::Curve))
                .map_err(|_| Error::Unknown {
                    kind: "kind-dataset",
                    name: name.into(),
                    known: DATASETS.join(", "),
                }),
        }
    }
}
