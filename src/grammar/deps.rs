//! Dependency links in Universal Dependencies' German conventions, for the relations the
//! analysis finds: subjects, objects, complement clauses, conjuncts and appositions.
//!
//! As in UD, a subject or object hangs on the clause's predicate — the main verb, not the
//! auxiliary; for a copula the predicative adjective or noun.

use super::clauses::{Clause, ClauseKind, ClauseLink};
use super::phrases::{Attachment, Chunks};

/// The dependency relations printed (everything else is left `_`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DepRel {
    /// The sentence's main predicate.
    Root,
    /// Nominal subject.
    Nsubj,
    /// Subject of a passive.
    NsubjPass,
    /// Accusative object.
    Obj,
    /// Dative object.
    Iobj,
    /// Complement clause.
    Ccomp,
    /// Open clausal complement (zu-infinitive).
    Xcomp,
    /// Conjunct.
    Conj,
    /// Apposition.
    Appos,
}

impl DepRel {
    /// The relation as UD writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            DepRel::Root => "root",
            DepRel::Nsubj => "nsubj",
            DepRel::NsubjPass => "nsubj:pass",
            DepRel::Obj => "obj",
            DepRel::Iobj => "iobj",
            DepRel::Ccomp => "ccomp",
            DepRel::Xcomp => "xcomp",
            DepRel::Conj => "conj",
            DepRel::Appos => "appos",
        }
    }
}

/// A word's link: its head word (`None` for the root) and the relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    /// The head word's index; `None` for the root.
    pub head: Option<usize>,
    /// The relation.
    pub rel: DepRel,
}

fn set(links: &mut [Option<Link>], dep: usize, head: Option<usize>, rel: DepRel) {
    if head == Some(dep) || links[dep].is_some() {
        return;
    }
    links[dep] = Some(Link { head, rel });
}

/// The links of a sentence of `n` words.
pub fn links(n: usize, chunks: &Chunks, clauses: &[Clause]) -> Vec<Option<Link>> {
    let mut links = vec![None; n];
    let phrases = &chunks.phrases;
    let root = clauses
        .iter()
        .position(|c| c.parent.is_none() && c.kind() == ClauseKind::Main && c.head.is_some())
        .or_else(|| {
            clauses
                .iter()
                .position(|c| c.parent.is_none() && c.head.is_some())
        });
    if let Some(h) = root.and_then(|r| clauses[r].head) {
        set(&mut links, h, None, DepRel::Root);
    }
    for c in clauses {
        let Some(head) = c.head else { continue };
        if let Some(s) = c.subject {
            let rel = if c.passive {
                DepRel::NsubjPass
            } else {
                DepRel::Nsubj
            };
            set(&mut links, phrases[s].head, Some(head), rel);
        }
        for &o in &c.objects {
            set(&mut links, phrases[o].head, Some(head), DepRel::Obj);
        }
        for &o in &c.datives {
            set(&mut links, phrases[o].head, Some(head), DepRel::Iobj);
        }
        if let Some((p, link)) = c.parent {
            let rel = match link {
                ClauseLink::Ccomp => Some(DepRel::Ccomp),
                ClauseLink::Xcomp => Some(DepRel::Xcomp),
                ClauseLink::Conj => Some(DepRel::Conj),
                _ => None,
            };
            if let (Some(rel), Some(ph)) = (rel, clauses[p].head) {
                set(&mut links, head, Some(ph), rel);
            }
        }
    }
    for ph in phrases {
        match ph.attachment {
            Attachment::Conj(a) => set(&mut links, ph.head, Some(phrases[a].head), DepRel::Conj),
            Attachment::Appos(a) => set(&mut links, ph.head, Some(phrases[a].head), DepRel::Appos),
            _ => {}
        }
        if let Some(name) = ph.name {
            set(&mut links, name, Some(ph.head), DepRel::Appos);
        }
    }
    links
}
