//! The runtime: a scenario compiled once, and the one set of stepping rules that conversations,
//! random play and the analysis all follow.

mod conversation;
mod dice;
mod follow;
mod free;
mod loops;
mod moves;
mod node_set;
mod paths;
mod program;
mod step;
mod transcript;
mod translation;

pub use conversation::{Conversation, MAX_RANDOM_TURNS};
pub use dice::{RandomPicker, dice, shown_order};
pub use follow::{Carried, carried_after_path, carry, find_first, follows_after, verify_follow_up};
pub use free::{Match, Taken};
pub use moves::{Disagreement, MAX_OPTIONS_READ, disagreements, move_warnings};
pub use node_set::NodeSet;
pub use paths::{folder_of, load_bytes, load_bytes_beside, load_file, verify_paths};
pub use program::{LineFacts, OptionFacts, Program, flag_counts, word_count};
pub use step::{Chance, Landing, Ledger, MAX_AUTOMATIC_MOVES, State, Trace, Walk};
pub use transcript::{
    ChoiceRecord, ChooseError, EndingRecord, Entry, Event, Offered, PersonLine, Said,
    SavedConversation, Transcript,
};
pub use translation::{compare as compare_translation, verify_translations};
