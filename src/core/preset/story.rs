//! A preset's story: the note under the pictures and the epoch where training pauses once, as
//! long as the class has not changed the preset's data or network. Once it has, the note says
//! so and names the changes, and no pause is kept: the claims the note makes were checked on
//! the preset as it is (`tests/claims/`), not on the class's version of it.

use super::Preset;
use crate::core::setup::StoryChange;
use crate::t;

impl Preset {
    /// The sentence under the pictures, in the language spoken: the preset's note and its
    /// length in epochs, or, when `changes` (the class's changes to its data and network) is
    /// not empty, that the story no longer applies and why, each change named in that language.
    pub fn story_note(&self, changes: &[StoryChange]) -> String {
        let epochs = self.epochs;
        if changes.is_empty() {
            t!("note-story", note = self.note(), epochs = epochs)
        } else {
            t!(
                "note-left-story",
                changes = changes
                    .iter()
                    .map(StoryChange::phrase)
                    .collect::<Vec<_>>()
                    .join(&t!("note-list-separator")),
                epochs = epochs
            )
        }
    }

    /// The epoch where a race that starts from epoch 0 pauses once: the story's end, or none
    /// when the class has left the story.
    pub fn story_epochs(&self, changes: &[StoryChange]) -> Option<usize> {
        changes.is_empty().then_some(self.epochs)
    }
}
