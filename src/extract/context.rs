//! What extraction knows about the article while it reads it: the text and its folded
//! copy, the date as a day number, the outlet's country, and the actors seen so far.

use super::entity::{ActorKind, Entity};
use crate::ingest::Article;
use crate::lexicon::{longest_first, Lexicon, Surface, SurfaceHit};
use std::collections::{HashMap, HashSet};

/// Per-article state shared by the extraction stages.
pub struct ArticleContext<'a> {
    /// The article.
    pub article: &'a Article,
    /// Its source text.
    pub text: &'a str,
    /// `fold_same_length(text)`.
    pub folded: &'a str,
    /// The article's date as a day number (middle of the month for `YYYY-MM`).
    pub day: Option<i64>,
    /// The outlet's country, for bare role nouns (`Bundeskanzler`).
    pub outlet: Option<String>,
    /// The state the article names most often (see [`dominant_state`]).
    pub dominant: Option<String>,
    /// The article's country: the outlet's, else the dominant state, for national
    /// institutions named without one (`das Verfassungsgericht`).
    pub home: Option<String>,
    seen_persons: HashSet<usize>,
    local_persons: HashMap<String, Entity>,
    /// Acronyms introduced in brackets after a name (`der Verband der X (VdX)`), each
    /// with the actor it abbreviates.
    acronyms: HashMap<String, Entity>,
    /// Every surface hit (see [`crate::lexicon::SurfaceIndex::find_all`]) in the text's first
    /// `searched` bytes: the whole of a news article, found once for counting states and
    /// kept for the mentions of each sentence.
    hits: Vec<SurfaceHit>,
    searched: usize,
}

impl<'a> ArticleContext<'a> {
    /// Starts reading `article`.
    pub fn new(lexicon: &Lexicon, article: &'a Article, folded: &'a str) -> Self {
        let day = article.parsed_date().map(|d| d.ordinal());
        let outlet = outlet_country(lexicon, article, folded);
        let (dominant, (hits, searched)) = dominant_state(lexicon, &article.text, folded);
        let home = outlet.clone().or_else(|| dominant.clone());
        ArticleContext {
            article,
            text: &article.text,
            folded,
            day,
            outlet,
            dominant,
            home,
            seen_persons: HashSet::new(),
            local_persons: HashMap::new(),
            acronyms: HashMap::new(),
            hits,
            searched,
        }
    }

    /// The surface hits of `text[start..end]`, the longest at each position
    /// ([`crate::lexicon::SurfaceIndex::find`]): taken from the article's search where
    /// that covered the range.
    pub fn surface_hits(&self, lexicon: &Lexicon, start: usize, end: usize) -> Vec<SurfaceHit> {
        if end > self.searched {
            return lexicon.surfaces().find(self.text, self.folded, start, end);
        }
        let from = self.hits.partition_point(|h| h.start < start);
        let inside = self.hits[from..]
            .iter()
            .take_while(|h| h.start < end)
            .filter(|h| h.end <= end);
        longest_first(inside).into_iter().cloned().collect()
    }

    /// Whether the lexicon person was mentioned earlier in the article.
    pub fn seen_person(&self, person: usize) -> bool {
        self.seen_persons.contains(&person)
    }

    /// A person the lexicon does not know, seen earlier, by surname.
    pub fn local_person(&self, surname: &str) -> Option<&Entity> {
        self.local_persons.get(surname)
    }

    /// Whom an actor the text and the lexicon bind to no state presumably speaks for:
    /// an unnamed source or a person the lexicon does not know (`die Rothemden`, `laut
    /// Hauptmann Abraham Sipe`) is of the state the article names most. Outlets and
    /// lexicon actors (an NGO speaks for no state) are left as they are.
    pub fn presumed_for(&self, entity: &Entity) -> Option<String> {
        let unknown = entity.person.is_none()
            && !entity.media
            && matches!(entity.kind, ActorKind::Person | ActorKind::Anonymous);
        if !unknown {
            return None;
        }
        entity.speaks_for().or_else(|| self.dominant.clone())
    }

    /// Remembers an entity mentioned in the article.
    /// The actor an acronym introduced earlier in brackets abbreviates.
    pub fn acronym(&self, word: &str) -> Option<&Entity> {
        self.acronyms.get(word)
    }

    /// `written` names `entity`: where brackets right after it hold an acronym
    /// (`Nationale Beispielpartei (NBP)`; `after` is the text that follows), or it ends
    /// in them itself, the acronym stands for the same actor from now on. Only an
    /// organisation or group named by two capitalised words or more, not a bare noun,
    /// and one the lexicon does not know: its own acronyms it knows, and an acronym it
    /// does not list says the text means another body of that name.
    pub fn remember_acronym(
        &mut self,
        lexicon: &Lexicon,
        entity: &Entity,
        written: &str,
        after: &str,
    ) {
        if !matches!(entity.kind, ActorKind::Organization | ActorKind::Group) {
            return;
        }
        let (name, acronym) = match written.trim_end().strip_suffix(')') {
            Some(inner) => match inner.rsplit_once('(') {
                Some((name, acronym)) => (name, acronym),
                None => return,
            },
            None => {
                let Some(rest) = after.strip_prefix(" (") else {
                    return;
                };
                let Some((acronym, _)) = rest.split_once(')') else {
                    return;
                };
                (written, acronym)
            }
        };
        let acronym = acronym.trim();
        let capitalised = name
            .split_whitespace()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count();
        if capitalised >= 2
            && is_bracket_acronym(acronym)
            && !lexicon.organizations.iter().any(|o| o.name == entity.name)
        {
            self.acronyms
                .entry(acronym.to_string())
                .or_insert_with(|| entity.clone());
        }
    }

    pub fn remember(&mut self, entity: &Entity) {
        if let Some(p) = entity.person {
            self.seen_persons.insert(p);
        } else if entity.kind == ActorKind::Person {
            let mut words = entity.name.split_whitespace();
            let surname = words.next_back();
            if let (Some(surname), Some(_)) = (surname, words.next()) {
                if !self.local_persons.contains_key(surname) {
                    self.local_persons
                        .insert(surname.to_string(), entity.clone());
                }
            }
        }
    }
}

/// Whether `word` looks like an acronym in brackets: 2 to 8 letters, digits or hyphens,
/// opening with a capital, at least two capitals (`BDI`, `VdK`, `IG-BCE`), no
/// lower-case word.
fn is_bracket_acronym(word: &str) -> bool {
    let n = word.chars().count();
    (2..=8).contains(&n)
        && word.starts_with(char::is_uppercase)
        && word.chars().filter(|c| c.is_uppercase()).count() >= 2
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '&')
}

/// Every surface hit of a text's first bytes, and how many bytes that is.
type Searched = (Vec<SurfaceHit>, usize);

/// The state an article names most often by its name, adjective, prefix, capital or
/// government (`Russland`, `russische`, `US-`, `Moskau`, `Bundesregierung`), when it is
/// named at least twice and more often than any other; with the surface hits of the
/// first window searched (the whole of a news article).
fn dominant_state(lexicon: &Lexicon, text: &str, folded: &str) -> (Option<String>, Searched) {
    let mut counts: HashMap<String, usize> = HashMap::new();
    // A text longer than a window (an archive in one file) is searched window by window,
    // each ending at a line break or else a space, so that the hits held at once stay
    // few; a news article is one window.
    let mut windows = Vec::new();
    let mut from = 0;
    while from < text.len() {
        let mut to = (from + STATE_WINDOW).min(text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        if to < text.len() {
            let window = &text[from..to];
            if let Some(cut) = window
                .rfind('\n')
                .or_else(|| window.rfind(char::is_whitespace))
                .filter(|&i| i > 0)
            {
                to = from + cut;
            }
        }
        windows.push((from, to));
        from = to;
    }
    let mut first: Searched = (Vec::new(), 0);
    let hits = windows.into_iter().enumerate().flat_map(|(i, (from, to))| {
        let all = lexicon.surfaces().find_all(text, folded, from, to);
        let longest: Vec<SurfaceHit> = longest_first(&all).into_iter().cloned().collect();
        if i == 0 {
            first = (all, to);
        }
        longest
    });
    for hit in hits {
        let code = hit.readings.iter().find_map(|r| match *r {
            Surface::CountryName(c)
            | Surface::CountryAdjective(c)
            | Surface::CountryPrefix(c)
            | Surface::Capital(c)
            | Surface::CapitalAdjective(c)
            | Surface::Demonym(c, _) => Some(lexicon.countries[c as usize].code.clone()),
            Surface::Organization(o) => {
                let org = &lexicon.organizations[o as usize];
                (org.kind == "government")
                    .then(|| org.country.clone())
                    .flatten()
                    .filter(|code| lexicon.country(code).is_some())
            }
            _ => None,
        });
        if let Some(code) = code {
            *counts.entry(code).or_default() += 1;
        }
    }
    let mut ranked: Vec<(String, usize)> = counts.into_iter().collect();
    // By count, then by code: the same answer whatever the map's order.
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let dominant = match ranked.as_slice() {
        [(code, n), rest @ ..] if *n >= 2 && rest.first().is_none_or(|(_, m)| m < n) => {
            Some(code.clone())
        }
        _ => None,
    };
    (dominant, first)
}

/// The first line is searched for an outlet's name in windows of this many bytes...
const HEADLINE_WINDOW: usize = 4_096;

/// States are counted in windows of this many bytes (see [`dominant_state`]).
const STATE_WINDOW: usize = 1 << 16;
/// ... that overlap by this many bytes (the longest outlet name is far shorter).
const HEADLINE_OVERLAP: usize = 256;

/// The outlet's country: the article's `source`, else the first news agency or outlet
/// named in the headline line or in a credit in parentheses (`(APA)`, `Von: APA/dpa`).
fn outlet_country(lexicon: &Lexicon, article: &Article, folded: &str) -> Option<String> {
    let media_in = |text: &str, folded_text: &str, start: usize, end: usize| -> Option<String> {
        lexicon
            .surfaces()
            .find(text, folded_text, start, end)
            .iter()
            .find_map(|hit| {
                hit.readings.iter().find_map(|r| match r {
                    Surface::Organization(o) => {
                        let org = &lexicon.organizations[*o as usize];
                        (org.kind == "media").then(|| org.country.clone()).flatten()
                    }
                    _ => None,
                })
            })
    };
    let media = |text: &str, folded_text: &str| media_in(text, folded_text, 0, text.len());
    if let Some(source) = &article.source {
        let folded_source = crate::text::fold_same_length(source);
        if let Some(code) = media(source, &folded_source) {
            return Some(code);
        }
    }
    let text = &article.text;
    let first_line_end = text.find('\n').unwrap_or(text.len());
    // A file without line breaks is one "first line": it is searched in windows that
    // end at a space and overlap by a few words, so that the hits held at once stay few.
    let mut from = 0;
    while from < first_line_end {
        let mut to = (from + HEADLINE_WINDOW).min(first_line_end);
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        if to < first_line_end {
            if let Some(space) = text[from..to].rfind(' ').filter(|&i| i > 0) {
                to = from + space;
            }
        }
        if let Some(code) = media_in(text, folded, from, to) {
            return Some(code);
        }
        if to >= first_line_end {
            break;
        }
        // The next window starts a few words back: a name may straddle the cut.
        let mut back = to.saturating_sub(HEADLINE_OVERLAP).max(from + 1);
        while !text.is_char_boundary(back) {
            back += 1;
        }
        from = text[back..to]
            .find(' ')
            .map_or(to, |i| back + i + 1)
            .max(from + 1);
        while !text.is_char_boundary(from) {
            from += 1;
        }
    }
    // Agency credits in parentheses: `(rtr)`, `(APA)`.
    let mut search = 0;
    while let Some(open) = text[search..].find('(') {
        let start = search + open + 1;
        let Some(len) = text[start..].find(')') else {
            break;
        };
        if len <= 24 {
            if let Some(code) = media(&text[start..start + len], &folded[start..start + len]) {
                return Some(code);
            }
        }
        search = start + len;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A single-line file is searched in windows: an outlet named far in is found, and
    /// cuts next to multi-byte characters do not split one.
    #[test]
    fn outlet_of_a_single_line_file_is_found_in_windows() {
        let lexicon = Lexicon::builtin();
        let text = format!(
            "{}Agence France-Presse meldet.",
            "Müller lehnte ab ".repeat(2_000)
        );
        let article = Article::new("long", text.as_str());
        let folded = crate::text::fold_same_length(&article.text);
        assert_eq!(
            outlet_country(&lexicon, &article, &folded).as_deref(),
            Some("FRA")
        );
        let plain = Article::new("plain", "ä".repeat(20_000));
        let folded = crate::text::fold_same_length(&plain.text);
        assert_eq!(outlet_country(&lexicon, &plain, &folded), None);
    }

    /// A long single-line text is counted window by window: every mention counts, the
    /// ones far in too, and the hits held at once are those of one window.
    #[test]
    fn dominant_state_of_a_long_text_counts_every_window() {
        let lexicon = Lexicon::builtin();
        let filler = "Der Plan wurde lange beraten. ".repeat(STATE_WINDOW / 30 + 1);
        let text = format!("Frankreich {filler} Russland {filler} Russland {filler}");
        assert!(text.len() > 3 * STATE_WINDOW);
        let folded = crate::text::fold_same_length(&text);
        assert_eq!(
            dominant_state(&lexicon, &text, &folded).0.as_deref(),
            Some("RUS")
        );
        let text = format!("Frankreich {filler} Frankreich {filler} Russland");
        let folded = crate::text::fold_same_length(&text);
        assert_eq!(
            dominant_state(&lexicon, &text, &folded).0.as_deref(),
            Some("FRA")
        );
    }
}
