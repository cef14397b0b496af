//! The choices that define a discourse network: mode, normalisation, level, the
//! duplicates rule and which objects count as concepts.

use serde::Serialize;

/// Which network to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Two-mode: actors and concepts; an edge per actor and concept, weighted by the
    /// statements, signed by their balance (for − against).
    Affiliation,
    /// One-mode: actors linked by the concepts on which they take the same stance.
    Congruence,
    /// One-mode: actors linked by the concepts on which they take opposite stances.
    Conflict,
    /// One-mode: congruence minus conflict.
    Subtract,
}

/// How one-mode edge weights are normalised (DNA's settings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Normalization {
    /// Raw counts.
    #[default]
    None,
    /// Divided by the average activity of the two actors.
    Average,
    /// Divided by the size of the union of the two actors' stances (Jaccard).
    Jaccard,
    /// Divided by the geometric mean of the two actors' activity (cosine similarity).
    Cosine,
}

/// Who the nodes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Each actor is a node.
    #[default]
    Actor,
    /// Actors are merged into the state or organisation they speak for; statements of
    /// actors without a country are left out.
    Country,
}

/// Which statements count more than once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Duplicates {
    /// One statement per node, concept, agreement and article (DNA's `document`).
    #[default]
    Document,
    /// Every statement counts (DNA's `include`).
    All,
}

/// Which statement objects are concepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Concepts {
    /// Only topics from the topic lexicon (`topic:troops`).
    #[default]
    Topics,
    /// Also actors (`actor:Q…`) and claims (`claim:…`), by their node id in the graph.
    All,
}

/// How statements about a topic are grouped into concepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Grouping {
    /// By topic and the state it is aimed at where the sentence names one: troops for
    /// Ukraine and troops for Russia are two concepts (`troops@UKR`, `troops@RUS`).
    #[default]
    Target,
    /// By topic alone.
    Topic,
}

/// All the choices together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct NetworkOptions {
    /// Which network.
    pub mode: Mode,
    /// Edge weight normalisation (one-mode networks only).
    pub normalization: Normalization,
    /// Actors or countries as nodes.
    pub level: Level,
    /// The duplicates rule.
    pub duplicates: Duplicates,
    /// Which objects are concepts.
    pub concepts: Concepts,
    /// Topics alone or with their target.
    pub grouping: Grouping,
}

impl NetworkOptions {
    /// Options for `mode` with the defaults: no normalisation, actors, one statement per
    /// article, topics as concepts.
    pub fn new(mode: Mode) -> Self {
        NetworkOptions {
            mode,
            normalization: Normalization::None,
            level: Level::Actor,
            duplicates: Duplicates::Document,
            concepts: Concepts::Topics,
            grouping: Grouping::Target,
        }
    }

    /// With this normalisation.
    pub fn normalization(mut self, normalization: Normalization) -> Self {
        self.normalization = normalization;
        self
    }

    /// With this level.
    pub fn level(mut self, level: Level) -> Self {
        self.level = level;
        self
    }

    /// With this duplicates rule.
    pub fn duplicates(mut self, duplicates: Duplicates) -> Self {
        self.duplicates = duplicates;
        self
    }

    /// With this grouping of topics.
    pub fn grouping(mut self, grouping: Grouping) -> Self {
        self.grouping = grouping;
        self
    }

    /// With these concepts.
    pub fn concepts(mut self, concepts: Concepts) -> Self {
        self.concepts = concepts;
        self
    }
}

macro_rules! names {
    ($ty:ty, $what:literal, $($variant:ident => $name:literal),+) => {
        impl $ty {
            /// The lower-case name used on the command line and in files.
            pub fn as_str(self) -> &'static str {
                match self { $(<$ty>::$variant => $name),+ }
            }
        }
        impl std::str::FromStr for $ty {
            type Err = String;
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                match text {
                    $($name => Ok(<$ty>::$variant),)+
                    _ => Err(format!(
                        concat!("`{}` is not ", $what, ": use {}"),
                        text,
                        [$($name),+].join(", ")
                    )),
                }
            }
        }
        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

names!(Mode, "a mode", Affiliation => "affiliation", Congruence => "congruence", Conflict => "conflict", Subtract => "subtract");
names!(Normalization, "a normalisation", None => "none", Average => "average", Jaccard => "jaccard", Cosine => "cosine");
names!(Level, "a level", Actor => "actor", Country => "country");
names!(Duplicates, "a duplicates rule", Document => "document", All => "all");
names!(Concepts, "a concept choice", Topics => "topics", All => "all");
names!(Grouping, "a grouping", Target => "target", Topic => "topic");
