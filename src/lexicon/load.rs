//! Reading lexicon tables into records, and merging user files over the built-in ones.

use super::model::{
    Country, Cue, DayRange, Evaluation, Frame, FrameSpeaker, Gender, OfficeTerm, Organization,
    Person, Role, TermMatch, Topic,
};
use super::predicate::{CuePos, Predicate};
use super::tsv::{split_values, Table};
use crate::error::Result;
use crate::ingest::{days_in_month_pub, ArticleDate};
use std::path::Path;

/// The kinds of lexicon file, recognised by file name or header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `countries.tsv`
    Countries,
    /// `organizations.tsv`
    Organizations,
    /// `persons.tsv`
    Persons,
    /// `offices.tsv`
    Offices,
    /// `roles.tsv`
    Roles,
    /// `cues.tsv`
    Cues,
    /// `topics.tsv`
    Topics,
    /// `given_names.tsv`
    GivenNames,
    /// `evaluations.tsv`
    Evaluations,
    /// `word_classes.tsv`
    WordClasses,
    /// `frames.tsv`
    Frames,
}

impl FileKind {
    /// All kinds, in loading order (offices after persons).
    pub const ALL: [FileKind; 11] = [
        FileKind::Countries,
        FileKind::Organizations,
        FileKind::Persons,
        FileKind::Offices,
        FileKind::Roles,
        FileKind::Cues,
        FileKind::Topics,
        FileKind::GivenNames,
        FileKind::Evaluations,
        FileKind::WordClasses,
        FileKind::Frames,
    ];

    /// The file name of the built-in table.
    pub fn file_name(self) -> &'static str {
        match self {
            FileKind::Countries => "countries.tsv",
            FileKind::Organizations => "organizations.tsv",
            FileKind::Persons => "persons.tsv",
            FileKind::Offices => "offices.tsv",
            FileKind::Roles => "roles.tsv",
            FileKind::Cues => "cues.tsv",
            FileKind::Topics => "topics.tsv",
            FileKind::GivenNames => "given_names.tsv",
            FileKind::Evaluations => "evaluations.tsv",
            FileKind::WordClasses => "word_classes.tsv",
            FileKind::Frames => "frames.tsv",
        }
    }

    /// The columns the file may have.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            FileKind::Countries => &[
                "code",
                "iso2",
                "name",
                "official",
                "variants",
                "adjectives",
                "prefixes",
                "demonym_m",
                "demonym_f",
                "demonym_pl",
                "capitals",
            ],
            FileKind::Organizations => &["id", "name", "type", "country", "parent", "aliases"],
            FileKind::Persons => &["qid", "name", "gender", "aliases"],
            FileKind::Offices => &["person", "office", "of", "start", "end"],
            FileKind::Roles => &["office", "masculine", "feminine", "plural", "countries"],
            FileKind::Cues => &["lemma", "predicate", "pos", "particle", "forms", "frame"],
            FileKind::Topics => &["id", "label", "terms"],
            FileKind::GivenNames => &["name", "gender"],
            FileKind::Evaluations => &["term", "predicate", "negated"],
            FileKind::WordClasses => &["word", "class"],
            FileKind::Frames => &["verb", "forms", "speaker", "nouns", "predicate", "flags"],
        }
    }

    /// The columns that must be present.
    pub fn required(self) -> &'static [&'static str] {
        match self {
            FileKind::Countries => &["code", "name"],
            FileKind::Organizations => &["id", "name"],
            FileKind::Persons => &["name"],
            FileKind::Offices => &["person", "office", "of"],
            FileKind::Roles => &["masculine"],
            FileKind::Cues => &["lemma", "predicate", "forms"],
            FileKind::Topics => &["id", "terms"],
            FileKind::GivenNames => &["name"],
            FileKind::Evaluations => &["term", "predicate"],
            FileKind::WordClasses => &["word", "class"],
            FileKind::Frames => &["verb", "forms", "speaker"],
        }
    }

    /// Recognises a user file by its name, else by its header line.
    pub fn detect(path: &Path, content: &str) -> Option<FileKind> {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if let Some(kind) = FileKind::ALL
            .into_iter()
            .find(|k| name.ends_with(k.file_name()))
        {
            return Some(kind);
        }
        let header = content
            .lines()
            .find(|l| !l.starts_with('#') && !l.trim().is_empty())?;
        let cells: Vec<&str> = header.split('\t').map(str::trim).collect();
        FileKind::ALL.into_iter().find(|kind| {
            kind.required().iter().all(|r| cells.contains(r))
                && cells.iter().all(|c| kind.columns().contains(c))
        })
    }
}

/// Parses a lexicon date. `end` picks the last day of a month or year.
pub fn parse_day(text: &str, end: bool) -> Option<i64> {
    let date = ArticleDate::parse(text)?;
    let year = date.year as i64;
    let (month, day) = match (date.month, date.day) {
        (Some(m), Some(d)) => (m, d),
        (Some(m), None) => (
            m,
            if end {
                days_in_month_pub(date.year, m)
            } else {
                1
            },
        ),
        (None, _) => {
            if end {
                (12, 31)
            } else {
                (1, 1)
            }
        }
    };
    Some(crate::ingest::day_number_pub(
        year,
        month as i64,
        day as i64,
    ))
}

pub(super) fn countries(table: &Table) -> Result<Vec<Country>> {
    let mut out = Vec::new();
    for row in &table.rows {
        let code = table.get(row, "code");
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(table.error(row, "code", format!("`{code}` is not an alpha-3 code")));
        }
        let list = |c: &str| {
            table
                .values(row, c)
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        out.push(Country {
            code: code.to_string(),
            iso2: table.get(row, "iso2").to_string(),
            name: table.get(row, "name").to_string(),
            official: table.get(row, "official").to_string(),
            variants: list("variants"),
            adjectives: list("adjectives")
                .into_iter()
                .map(|a| a.to_lowercase())
                .collect(),
            prefixes: list("prefixes"),
            demonyms: [list("demonym_m"), list("demonym_f"), list("demonym_pl")],
            capitals: list("capitals"),
        });
    }
    Ok(out)
}

pub(super) fn organizations(table: &Table) -> Result<Vec<Organization>> {
    const KINDS: &[&str] = &[
        "international",
        "government",
        "institution",
        "party",
        "military",
        "media",
        "ngo",
        "company",
    ];
    let mut out = Vec::new();
    for row in &table.rows {
        let kind = table.get(row, "type");
        let kind = if kind.is_empty() { "institution" } else { kind };
        if !KINDS.contains(&kind) {
            return Err(table.error(
                row,
                "type",
                format!("unknown type `{kind}` (one of {})", KINDS.join(", ")),
            ));
        }
        let optional = |c: &str| {
            Some(table.get(row, c))
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        out.push(Organization {
            id: table.get(row, "id").to_string(),
            name: table.get(row, "name").to_string(),
            kind: kind.to_string(),
            country: optional("country"),
            parent: optional("parent"),
            aliases: table
                .values(row, "aliases")
                .into_iter()
                .map(str::to_string)
                .collect(),
        });
    }
    Ok(out)
}

pub(super) fn persons(table: &Table) -> Result<Vec<Person>> {
    let mut out = Vec::new();
    for row in &table.rows {
        let qid = table.get(row, "qid");
        let well_formed =
            qid.len() > 1 && qid.starts_with('Q') && qid[1..].bytes().all(|b| b.is_ascii_digit());
        if !qid.is_empty() && !well_formed {
            return Err(table.error(row, "qid", format!("`{qid}` is not a Wikidata QID")));
        }
        let name = table.get(row, "name");
        if name.is_empty() {
            return Err(table.error(row, "name", "empty name"));
        }
        let gender = Gender::parse(table.get(row, "gender"))
            .ok_or_else(|| table.error(row, "gender", "gender must be m, f or u"))?;
        out.push(Person {
            qid: Some(qid.to_string()).filter(|q| !q.is_empty()),
            name: name.to_string(),
            gender,
            aliases: table
                .values(row, "aliases")
                .into_iter()
                .map(str::to_string)
                .collect(),
            offices: Vec::new(),
        });
    }
    Ok(out)
}

/// An office row with the person key it belongs to.
pub(super) struct OfficeRow {
    pub person: String,
    pub term: OfficeTerm,
    pub line: usize,
}

pub(super) fn offices(table: &Table) -> Result<Vec<OfficeRow>> {
    let mut out = Vec::new();
    for row in &table.rows {
        let start = table.get(row, "start");
        let end = table.get(row, "end");
        let start_day = if start.is_empty() {
            None
        } else {
            Some(
                parse_day(start, false)
                    .ok_or_else(|| table.error(row, "start", format!("`{start}` is not a date")))?,
            )
        };
        let end_day = if end.is_empty() {
            None
        } else {
            Some(
                parse_day(end, true)
                    .ok_or_else(|| table.error(row, "end", format!("`{end}` is not a date")))?,
            )
        };
        if let (Some(s), Some(e)) = (start_day, end_day) {
            if e < s {
                return Err(table.error(
                    row,
                    "end",
                    format!("ends ({end}) before it starts ({start})"),
                ));
            }
        }
        out.push(OfficeRow {
            person: table.get(row, "person").to_string(),
            term: OfficeTerm {
                office: table.get(row, "office").to_string(),
                of: table.get(row, "of").to_string(),
                days: DayRange {
                    start: start_day,
                    end: end_day,
                },
                start: start.to_string(),
                end: end.to_string(),
            },
            line: row.line,
        });
    }
    Ok(out)
}

pub(super) fn roles(table: &Table) -> Result<Vec<Role>> {
    let mut out = Vec::new();
    for row in &table.rows {
        let list = |c: &str| {
            table
                .values(row, c)
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        let role = Role {
            office: Some(table.get(row, "office").to_string()).filter(|o| !o.is_empty()),
            masculine: list("masculine"),
            feminine: list("feminine"),
            plural: list("plural"),
            countries: list("countries"),
        };
        if role.masculine.is_empty() && role.feminine.is_empty() {
            return Err(table.error(row, "masculine", "a role needs at least one form"));
        }
        out.push(role);
    }
    Ok(out)
}

pub(super) fn cues(table: &Table) -> Result<Vec<Cue>> {
    let mut out = Vec::new();
    for row in &table.rows {
        let predicate = table.get(row, "predicate");
        let Some(predicate) = Predicate::parse(predicate) else {
            return Err(table.error(row, "predicate", format!("unknown predicate `{predicate}`")));
        };
        let frame = table.get(row, "frame");
        let flags: Vec<&str> = frame.split_whitespace().collect();
        let mut preposition = None;
        for flag in &flags {
            match *flag {
                "speech" | "sich" | "nosich" | "als" | "neg" | "clause" | "es" | "light" => {}
                f if f.starts_with("prep=") => preposition = Some(f["prep=".len()..].to_string()),
                other => {
                    return Err(table.error(row, "frame", format!("unknown frame flag `{other}`")))
                }
            }
        }
        let forms: Vec<String> = table
            .values(row, "forms")
            .into_iter()
            .map(str::to_string)
            .collect();
        if forms.is_empty() {
            return Err(table.error(row, "forms", "a cue needs at least one form"));
        }
        let pos = table.get(row, "pos");
        let Some(pos) = CuePos::parse(pos) else {
            return Err(table.error(
                row,
                "pos",
                format!("unknown part of speech `{pos}` (verb, noun, adj or phrase)"),
            ));
        };
        out.push(Cue {
            lemma: table.get(row, "lemma").to_string(),
            predicate,
            pos,
            particle: Some(table.get(row, "particle").to_string()).filter(|p| !p.is_empty()),
            forms,
            speech: flags.contains(&"speech"),
            reflexive: flags.contains(&"sich"),
            not_reflexive: flags.contains(&"nosich"),
            preposition,
            als: flags.contains(&"als"),
            needs_negation: flags.contains(&"neg"),
            needs_content: flags.contains(&"clause"),
            needs_es: flags.contains(&"es"),
            light_only: flags.contains(&"light"),
        });
    }
    Ok(out)
}

pub(super) fn topics(table: &Table) -> Result<Vec<Topic>> {
    let mut out = Vec::new();
    for row in &table.rows {
        let mut terms = Vec::new();
        for term in table.values(row, "terms") {
            let (text, how) = if let Some(t) = term.strip_prefix('*') {
                (t, TermMatch::Infix)
            } else if let Some(t) = term.strip_prefix('=') {
                (t, TermMatch::Whole)
            } else {
                (term, TermMatch::Prefix)
            };
            if text.is_empty() {
                return Err(table.error(row, "terms", "empty term"));
            }
            terms.push((crate::text::fold_same_length(text), how));
        }
        let id = table.get(row, "id");
        let label = table.get(row, "label");
        out.push(Topic {
            id: id.to_string(),
            label: if label.is_empty() {
                id.to_string()
            } else {
                label.to_string()
            },
            terms,
        });
    }
    Ok(out)
}

pub(super) fn evaluations(table: &Table) -> Result<Vec<Evaluation>> {
    let mut out = Vec::new();
    for row in &table.rows {
        let predicate_of = |column: &str| -> Result<Option<Predicate>> {
            let value = table.get(row, column);
            if value.is_empty() {
                return Ok(None);
            }
            match Predicate::parse(value) {
                Some(p) => Ok(Some(p)),
                None => Err(table.error(row, column, format!("unknown predicate `{value}`"))),
            }
        };
        let predicate = predicate_of("predicate")?
            .ok_or_else(|| table.error(row, "predicate", "an evaluation needs a predicate"))?;
        let negated = predicate_of("negated")?;
        let raw = table.get(row, "term");
        let (text, prefix) = match raw.strip_suffix('*') {
            Some(t) => (t, true),
            None => (raw, false),
        };
        if text.is_empty() || text.contains(char::is_whitespace) {
            return Err(table.error(row, "term", "a term is one word"));
        }
        out.push(Evaluation {
            term: crate::text::fold_same_length(text).to_lowercase(),
            prefix,
            predicate,
            negated,
        });
    }
    Ok(out)
}

pub(super) fn frames(table: &Table) -> Result<Vec<Frame>> {
    let mut out = Vec::new();
    for row in &table.rows {
        let speaker = FrameSpeaker::parse(table.get(row, "speaker"))
            .ok_or_else(|| table.error(row, "speaker", "speaker must be subject or source"))?;
        let predicate = match table.get(row, "predicate") {
            "" => None,
            p => match Predicate::parse(p) {
                Some(p) => Some(p),
                None => {
                    return Err(table.error(row, "predicate", format!("unknown predicate `{p}`")))
                }
            },
        };
        let mut needs_negation = false;
        let mut particle = None;
        let mut prepositions = Vec::new();
        let flags = table.get(row, "flags");
        for flag in flags
            .split(|c: char| c == '|' || c.is_whitespace())
            .filter(|f| !f.is_empty())
        {
            match flag.split_once('=') {
                None if flag == "neg" => needs_negation = true,
                Some(("particle", p)) if !p.is_empty() => particle = Some(p.to_lowercase()),
                Some(("prep", p)) if !p.is_empty() => prepositions.push(p.to_lowercase()),
                _ => return Err(table.error(row, "flags", format!("unknown flag `{flag}`"))),
            }
        }
        let forms: Vec<String> = split_values(table.get(row, "forms"))
            .into_iter()
            .map(|f| crate::text::fold_same_length(f).to_lowercase())
            .collect();
        if forms.is_empty() || forms.iter().any(|f| f.contains(char::is_whitespace)) {
            return Err(table.error(row, "forms", "a frame needs its verb forms, one word each"));
        }
        out.push(Frame {
            verb: table.get(row, "verb").to_string(),
            forms,
            speaker,
            nouns: split_values(table.get(row, "nouns"))
                .into_iter()
                .map(str::to_string)
                .collect(),
            predicate,
            needs_negation,
            particle,
            prepositions,
        });
    }
    Ok(out)
}

pub(super) fn given_names(table: &Table) -> Result<Vec<(String, Gender)>> {
    let mut out = Vec::new();
    for row in &table.rows {
        let gender = Gender::parse(table.get(row, "gender"))
            .ok_or_else(|| table.error(row, "gender", "gender must be m, f or u"))?;
        for name in split_values(table.get(row, "name")) {
            out.push((name.to_string(), gender));
        }
    }
    Ok(out)
}
