//! Insertions between a name and its clause's verb: a relative clause or an apposition
//! (`Renate Beispiel, Fraktionschefin der Grünen, kritisierte …`, `X, der der Partei
//! angehört, verwies …`). The name before them is the subject of the verb after them.

use super::entity::Entity;
use super::view::SentenceView;
use super::words::RELATIVE_PRONOUNS;

/// The first word of the insertion that ends right before the clause beginning at token
/// `first`: a relative clause (`, der …`) or an apposition, a short phrase without a verb
/// of its own (`Renate Künast, Fraktionschefin der Grünen, kritisierte …`).
fn insertion_before(view: &SentenceView, first: usize) -> Option<usize> {
    let before = first.checked_sub(1)?;
    let (rel_first, _) = view.layout.clause_range(before);
    let opener = (rel_first..=before).find(|&i| view.is_word(i))?;
    let apposition = {
        let words = (rel_first..=before).filter(|&i| view.is_word(i)).count();
        let verb = view
            .cues
            .iter()
            .any(|c| c.first >= rel_first && c.first <= before)
            || (rel_first..=before).any(|i| view.subjunctive[i]);
        words <= 12 && !verb && !view.layout.in_quote(opener)
    };
    (RELATIVE_PRONOUNS.contains(&view.word(opener)) || apposition).then_some(opener)
}

/// The insertions before the clause at token `first`, nearest first, each by its first
/// word: a relative clause may follow an apposition (`Sadia Beispiel, eine der
/// Abgeordneten, die den Brief unterschrieben, kritisierte …`). At most three, each
/// after a comma that closes the one before.
fn insertions_before(view: &SentenceView, first: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = first;
    while out.len() < 3 {
        let Some(opener) = insertion_before(view, at) else {
            break;
        };
        out.push(opener);
        if opener < 2 || view.word(opener - 1) != "," {
            break;
        }
        at = opener - 1;
    }
    out
}

/// `Zapatero, der der PSOE angehört, verwies …`: a verb opening the clause after a
/// relative clause or an apposition has the name before it as subject, also past a
/// chain of insertions.
pub(super) fn antecedent_before_insertion(view: &SentenceView, first: usize) -> Option<Entity> {
    insertions_before(view, first)
        .into_iter()
        .find_map(|opener| {
            view.mentions
                .iter()
                .find(|m| m.last + 2 == opener && m.preposition.is_none() && !m.genitive)
                .map(|m| m.entity.clone())
        })
}

/// The name that insertions before the clause at token `first` follow, where it opens
/// its segment (at most a determiner or adjective before it): the front field of a
/// clause whose finite verb comes right after the insertions.
pub(super) fn fronted_antecedent(view: &SentenceView, first: usize) -> Option<Entity> {
    let openers = insertions_before(view, first);
    // A name with its apposition may be one mention that ends right before the clause
    // (`Der Fraktionschef, Jan Beispiel, hatte …`).
    // The clause may begin at its comma or right after it.
    let comma = if view.word(first) == "," {
        Some(first)
    } else {
        first.checked_sub(1).filter(|&c| view.word(c) == ",")
    };
    let spanning = comma
        .filter(|&c| !openers.is_empty() && c >= 1)
        .map(|c| c + 1);
    openers.into_iter().chain(spanning).find_map(|opener| {
        let m = view
            .mentions
            .iter()
            .find(|m| m.last + 2 == opener && m.preposition.is_none() && !m.genitive)?;
        let (seg_first, _) = view.layout.clause_range(m.first);
        let opens = (seg_first..m.first).filter(|&i| view.is_word(i)).all(|i| {
            super::words::is_determiner(view.word(i))
                || super::words::looks_like_adjective(view.word(i))
        });
        (opens && seg_first + 3 > m.first).then(|| m.entity.clone())
    })
}

/// Whether the speaker is named in the short segment right before the clause that
/// begins at token `first` (`Abhisit Vejjajiva, kündigte`), or before the insertions
/// there: its subject in apposition, not content that precedes the verb.
pub(super) fn speaker_just_before(view: &SentenceView, first: usize, speaker: &Entity) -> bool {
    let named_in = |first: usize| -> bool {
        if first == 0 {
            return false;
        }
        let (pf, pl) = view.layout.clause_range(first - 1);
        let words = (pf..=pl).filter(|&i| view.is_word(i)).count();
        words <= 8
            && !(pf..=pl).any(|i| view.layout.in_quote(i))
            && view
                .mentions
                .iter()
                .any(|m| m.entity.same_as(speaker) && m.first >= pf && m.last <= pl)
    };
    named_in(first)
        || insertions_before(view, first)
            .into_iter()
            .any(|opener| opener >= 2 && view.word(opener - 1) == "," && named_in(opener - 1))
}
