//! Entities: the actors that mentions resolve to, with what reference resolution needs
//! (gender, number, role, nationality), and a mention of one resolved in its sentence
//! ([`Resolved`]).

use crate::extract::statement::Actor;
use crate::lexicon::Gender;

/// The kind of actor, as the spec names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActorKind {
    /// A person.
    Person,
    /// An organisation or institution.
    Organization,
    /// A state.
    State,
    /// A group of states or persons.
    Group,
    /// An anonymous source whose country is known.
    Anonymous,
}

impl ActorKind {
    /// The spec's name.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::State => "state",
            ActorKind::Group => "group",
            ActorKind::Anonymous => "anonymous",
        }
    }
}

/// A resolved actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Canonical display name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// Wikidata QID.
    pub qid: Option<String>,
    /// Whom it speaks for, as the text or the lexicon says.
    pub country: Option<String>,
    /// Whom it presumably speaks for where nothing says it: the state the article is
    /// about, for an unnamed source, an unknown person or institution (`die Richter`,
    /// `die Ataka-Partei`). Never used to decide attribution, only reported.
    pub presumed: Option<String>,
    /// The role noun used for it, if any.
    pub role: Option<String>,
    /// Office id of that role, if any.
    pub office: Option<String>,
    /// Grammatical gender (of the person, or of the noun naming an institution).
    pub gender: Gender,
    /// Whether the name is plural (`die USA`, `die Unterstützerländer`).
    pub plural: bool,
    /// The lexicon person, if known.
    pub person: Option<usize>,
    /// States the person ever held office for (for `der Niederländer`).
    pub nationalities: Vec<String>,
    /// A news agency or outlet: a channel that reports, not a speaker of positions.
    pub media: bool,
}

impl Entity {
    /// A bare entity of `kind` named `name`.
    pub fn new(name: impl Into<String>, kind: ActorKind) -> Self {
        let name: String = name.into();
        // Names taken from the text may span a line break or a double space.
        let name = if name.contains(char::is_whitespace) {
            name.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            name
        };
        Entity {
            name,
            kind,
            qid: None,
            country: None,
            presumed: None,
            role: None,
            office: None,
            gender: Gender::U,
            plural: false,
            person: None,
            nationalities: Vec::new(),
            media: false,
        }
    }

    /// The statement's actor field.
    pub fn actor(&self) -> Actor {
        Actor {
            name: self.name.clone(),
            kind: self.kind.as_str().to_string(),
            qid: self.qid.clone(),
            role: self.role.clone(),
        }
    }

    /// Whom the actor speaks for: what the text or the lexicon says, else what the
    /// article presumes.
    pub fn speaks_for(&self) -> Option<String> {
        self.country.clone().or_else(|| self.presumed.clone())
    }

    /// Whether two entities are the same actor.
    pub fn same_as(&self, other: &Entity) -> bool {
        match (self.person, other.person) {
            (Some(a), Some(b)) => a == b,
            _ => self.name == other.name && self.kind == other.kind,
        }
    }
}

/// A mention after reference resolution.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// Byte range.
    pub start: usize,
    /// Byte range end.
    pub end: usize,
    /// First token index in the sentence.
    pub first: usize,
    /// Last token index.
    pub last: usize,
    /// The actor.
    pub entity: Entity,
    /// Governing preposition (or postposition: `zufolge`).
    pub preposition: Option<String>,
    /// A genitive attribute, never a subject.
    pub genitive: bool,
    /// Written as a pronoun or other anaphor (`er`, `die Ministerin`).
    pub anaphor: bool,
    /// After a determiner that is never nominative (`dem Gericht`, `einen Sprecher`):
    /// an object, never a subject.
    pub oblique: bool,
    /// The others a plural pronoun stands for besides `entity` (`A und B … Sie halten
    /// …` → B): each speaks too.
    pub together: Vec<Entity>,
}
