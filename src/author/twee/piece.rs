//! What a passage's text is cut into: lines of prose, links, story-format code kept as
//! comments, variable sets, moves on, comments, and what is left out with a warning.

use super::assign::Assignment;

/// One piece of a passage, located by its 1-based line and column in the Twee file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    /// A line of prose, with code taken out and the words of its links left in.
    Text {
        text: String,
        line: usize,
    },
    Link(Link),
    /// Story-format code with no Doorstep equivalent, kept as a comment.
    Code {
        source: String,
        line: usize,
        col: usize,
        kind: CodeKind,
    },
    /// `(set:)`, `<<set>>` or a line of a Chapbook vars section.
    Set {
        source: String,
        line: usize,
        col: usize,
        conditional: bool,
        assignments: Vec<Assignment>,
    },
    /// `(go-to:)` or `<<goto>>` outside a link: the story moves on by itself.
    Redirect {
        target: String,
        line: usize,
        col: usize,
        conditional: bool,
    },
    /// `/* */`, `<!-- -->`, `/% %/`, or a Chapbook `[note]`.
    Comment {
        text: String,
        line: usize,
    },
    /// Left out, with a warning that says what and why.
    Dropped {
        line: usize,
        col: usize,
        message: String,
    },
}

/// What a piece of code does, which decides the advice its warning gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CodeKind {
    /// `(if:)`, `<<if>>`, Chapbook's `[if]`: its text and links show only sometimes.
    Condition,
    /// The end of a SugarCube container such as `<</if>>`: kept to show the structure; the
    /// opening tag's warning covers it.
    Closing,
    /// Prints a value into the text.
    Prints,
    /// Shows another passage's text here.
    Embeds(String),
    /// A link that shows more text in place instead of going anywhere; its words. The text
    /// it shows is said at once.
    Reveals(String),
    /// Chapbook's reveal link: its words stay in the line; the text it shows is not said.
    RevealsUnsaid(String),
    /// A link to a passage worked out as the story plays; its words.
    ComputedLink(String),
    /// Goes back to the previous passage.
    GoesBack,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Link {
    pub text: String,
    pub target: String,
    /// Variables the link sets when taken (SugarCube's setter, a link macro's body).
    pub sets: Vec<Assignment>,
    /// Other code that runs when the link is taken, as written.
    pub code: Vec<String>,
    /// Inside a condition, so in Twine it may not always show.
    pub conditional: bool,
    /// A SugarCube image link: the picture's file, when the link has no words.
    pub picture: Option<String>,
    /// Read from `[[a->b]`, which is missing a `]`.
    pub repaired: bool,
    pub line: usize,
    pub col: usize,
}
