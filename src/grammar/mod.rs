//! German grammar: parts of speech, morphology, phrases and clauses, analysed once per
//! sentence between [`crate::text`] (tokens) and [`crate::extract`] (attribution).
//!
//! The vocabulary of the analysis is Universal Dependencies' (UPOS, FEATS, DEPREL), so that
//! it can be printed as CoNLL-U and scored against UD German treebanks.

pub mod analysis;
#[cfg(test)]
mod analysis_tests;
mod attributive;
mod clause_roles;
pub mod clauses;
pub mod closed_class;
pub mod conllu;
pub mod contractions;
pub mod deps;
pub mod features;
pub mod features_morph;
pub mod features_pos;
pub mod lexicon;
mod mood;
pub mod morph;
mod nonfinite;
mod noun_core;
pub mod noun_table;
mod phrase_links;
pub mod phrases;
mod segments;
#[cfg(test)]
mod subject_tests;
pub mod tagger;
mod tagger_cache;
mod tagger_decode;
pub mod tagger_model;
pub mod tagger_morph;
mod tagger_qweights;
#[doc(hidden)]
pub mod tagger_train;
pub mod token;

pub use analysis::SentenceAnalysis;
pub use clauses::{Clause, ClauseKind, ClauseLink};
pub use deps::{DepRel, Link};
pub use mood::is_e_form;
pub use phrases::{Attachment, Phrase};
pub use tagger::{Tagged, Tagger};
pub use token::{
    Case, CaseSet, Feats, Gender, GenderSet, Mood, Number, Person, Tense, Upos, VerbForm, Word,
};
