//! The described lab (#20): what a student who cannot see the canvases hears, in finished
//! sentences. The page owns one polite live region and puts in it what this module returns; it
//! composes no sentence and recomputes no number.
//!
//! - [`text`]: every sentence, one function per message with typed arguments (the one place the
//!   language catalog will replace);
//! - [`upturn`]: when a run's validation loss counts as having turned upward;
//! - [`throttle`]: never more than one automatic announcement every few seconds;
//! - [`narrator`]: watches the race and decides what is worth saying (Play, Pause, Reset and a
//!   slider move are the page's own announcements, said at once);
//! - [`describe`]: the whole state on demand (the Describe button and the key D);
//! - [`sound`]: loss as pitch, for *Listen*.

pub mod describe;
pub mod narrator;
pub mod sound;
pub mod tables;
pub mod text;
pub mod throttle;
pub mod upturn;

pub use narrator::Narrator;
pub use throttle::{Priority, Throttle};
pub use upturn::turned_upward;
