//! A statement before its object is labelled: who, which predicate, in which mode, and
//! the byte ranges of its content, cue and quotation that [`super::stance`] turns into
//! the object. Attribution, continuation, light verbs and reported acts all make them.

use super::entity::Entity;
use super::statement::Predicate;

/// How the statement is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// In quotation marks.
    Direct,
    /// Reported speech: Konjunktiv I, `dass`-clause.
    Indirect,
    /// A reported position or act.
    Reported,
}

impl Mode {
    /// The spec's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Direct => "direct",
            Mode::Indirect => "indirect",
            Mode::Reported => "reported",
        }
    }
}

/// A statement before its object is labelled.
#[derive(Debug, Clone)]
pub struct Draft {
    /// Who.
    pub speaker: Entity,
    /// The predicate.
    pub predicate: Predicate,
    /// Negated.
    pub negated: bool,
    /// The words that carry the predicate.
    pub cue: String,
    /// Byte range of the content or object phrase.
    pub content: Option<(usize, usize)>,
    /// Byte ranges inside the content that are not part of the object (subject, cue).
    pub exclude: Vec<(usize, usize)>,
    /// Byte range of the cue word, where a verb carries the predicate: the object
    /// stands after it in a main clause.
    pub cue_span: Option<(usize, usize)>,
    /// Byte range of the quotation.
    pub quote: Option<(usize, usize)>,
    /// Mode.
    pub mode: Mode,
    /// The actor the statement is aimed at, if its object is one.
    pub object_actor: Option<Entity>,
    /// Byte ranges of the cue's verbs inside the content (`sagte … sorgen`: `sorgen`),
    /// outside the quotation: no part of the argument.
    pub cue_verbs: Vec<(usize, usize)>,
}

impl Draft {
    /// A draft about the content at `content`, with nothing excluded from it yet, no cue
    /// span, quotation or actor object.
    pub fn new(
        speaker: Entity,
        predicate: Predicate,
        negated: bool,
        cue: String,
        content: (usize, usize),
        mode: Mode,
    ) -> Draft {
        Draft {
            speaker,
            predicate,
            negated,
            cue,
            content: Some(content),
            exclude: Vec::new(),
            cue_span: None,
            quote: None,
            mode,
            object_actor: None,
            cue_verbs: Vec::new(),
        }
    }
}
