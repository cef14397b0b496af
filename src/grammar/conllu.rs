//! CoNLL-U in and out: reading pre-tokenised sentences (keeping their tokens and
//! multiword-token lines) and printing an analysis with UPOS, XPOS, FEATS and the links
//! found.
//!
//! The gold columns can be read as tags (`gold_words`), for developing the phrase and
//! clause rules on a treebank independently of the tagger; evaluation uses the tagger.

use super::analysis::SentenceAnalysis;
use super::contractions::{contraction, split, Contraction};
use super::tagger::Tagged;
use super::token::{Case, Feats, Gender, Mood, Number, Person, Tense, Upos, VerbForm, Word};
use crate::error::{Error, Result};
use std::fmt::Write as _;
use std::io::BufRead;
use std::path::Path;

/// One line of a CoNLL-U sentence: a syntactic word or a multiword-token range (`3-4`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The ten columns as read.
    pub cols: Vec<String>,
}

impl Row {
    /// Whether this is a syntactic word (integer id), not a range or an empty node.
    pub fn is_word(&self) -> bool {
        self.cols[0].bytes().all(|b| b.is_ascii_digit())
    }
}

/// A sentence read from CoNLL-U.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConlluSentence {
    /// Comment lines (`# text = …`), without their newline.
    pub comments: Vec<String>,
    /// Its rows in order.
    pub rows: Vec<Row>,
}

impl ConlluSentence {
    /// The syntactic words' forms.
    pub fn forms(&self) -> Vec<&str> {
        self.rows
            .iter()
            .filter(|r| r.is_word())
            .map(|r| r.cols[1].as_str())
            .collect()
    }
}

/// Reads a CoNLL-U file; a malformed line is an error naming the file and line.
pub fn read(path: &Path) -> Result<Vec<ConlluSentence>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    parse(std::io::BufReader::new(file), path)
}

/// Parses CoNLL-U from a reader; `path` names it in errors.
pub fn parse(reader: impl BufRead, path: &Path) -> Result<Vec<ConlluSentence>> {
    let mut out = Vec::new();
    let mut cur = ConlluSentence::default();
    let mut next_id = 1usize;
    for (i, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| Error::io(path, e))?;
        let line = line.trim_end_matches('\r');
        let lineno = i + 1;
        if line.trim().is_empty() {
            if !cur.rows.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            cur.comments.clear();
            next_id = 1;
            continue;
        }
        if line.starts_with('#') {
            cur.comments.push(line.to_string());
            continue;
        }
        let cols: Vec<String> = line.split('\t').map(str::to_string).collect();
        if cols.len() != 10 {
            return Err(Error::parse(
                path,
                lineno,
                0,
                format!("expected 10 tab-separated columns, found {}", cols.len()),
            ));
        }
        let row = Row { cols };
        if row.is_word() {
            let id: usize = row.cols[0].parse().map_err(|_| {
                Error::parse(
                    path,
                    lineno,
                    1,
                    format!("word id `{}` is not a number", row.cols[0]),
                )
            })?;
            if id != next_id {
                return Err(Error::parse(
                    path,
                    lineno,
                    1,
                    format!("word id {id} where {next_id} was expected"),
                ));
            }
            if row.cols[1].is_empty() {
                return Err(Error::parse(path, lineno, 0, "empty FORM"));
            }
            next_id += 1;
        } else if !is_range_or_empty(&row.cols[0]) {
            return Err(Error::parse(
                path,
                lineno,
                1,
                format!("`{}` is not a word id, range or empty node", row.cols[0]),
            ));
        }
        cur.rows.push(row);
    }
    if !cur.rows.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

fn is_range_or_empty(id: &str) -> bool {
    let parts: Vec<&str> = id.split(['-', '.']).collect();
    parts.len() == 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The STTS tags, so that a tag read from a file can be stored as `&'static str`.
const STTS: &[&str] = &[
    "ADJA", "ADJD", "ADV", "APPR", "APPRART", "APPO", "APZR", "ART", "CARD", "FM", "ITJ", "KOUI",
    "KOUS", "KON", "KOKOM", "NN", "NE", "PDS", "PDAT", "PIS", "PIAT", "PIDAT", "PPER", "PPOSS",
    "PPOSAT", "PRELS", "PRELAT", "PRF", "PWS", "PWAT", "PWAV", "PAV", "PROAV", "PTKZU", "PTKNEG",
    "PTKVZ", "PTKANT", "PTKA", "TRUNC", "VVFIN", "VVIMP", "VVINF", "VVIZU", "VVPP", "VAFIN",
    "VAIMP", "VAINF", "VAPP", "VMFIN", "VMINF", "VMPP", "XY", "$,", "$.", "$(",
];

/// An STTS tag as the static string the analysis stores (empty when not STTS).
pub fn stts(tag: &str) -> &'static str {
    STTS.iter().copied().find(|t| *t == tag).unwrap_or("")
}

/// The gold columns of a sentence as tagged words (UPOS, XPOS where STTS, lemma, FEATS):
/// for developing phrase and clause rules apart from the tagger.
pub fn gold_words(sentence: &ConlluSentence) -> Vec<Word> {
    sentence
        .rows
        .iter()
        .filter(|r| r.is_word())
        .map(|r| Word {
            start: 0,
            end: 0,
            upos: Upos::parse(&r.cols[3]).unwrap_or(Upos::X),
            xpos: stts(&r.cols[4]),
            lemma: (r.cols[2] != "_").then(|| r.cols[2].as_str().into()),
            feats: parse_feats(&r.cols[5]),
        })
        .collect()
}

/// The tagger's output for a sentence given as forms, as words (without byte offsets).
pub fn tagged_words(tags: Vec<Tagged>) -> Vec<Word> {
    tags.into_iter()
        .map(|t| Word {
            start: 0,
            end: 0,
            upos: t.upos,
            xpos: t.xpos,
            lemma: t.lemma,
            feats: t.feats,
        })
        .collect()
}

/// Parses a FEATS column into the features the analysis uses.
pub fn parse_feats(s: &str) -> Feats {
    let mut f = Feats::default();
    for kv in s.split('|') {
        let Some((k, v)) = kv.split_once('=') else {
            continue;
        };
        match k {
            "Case" => {
                for c in v.split(',') {
                    if let Some(case) = Case::ALL.into_iter().find(|x| x.as_str() == c) {
                        f.case = f.case.with(case);
                    }
                }
            }
            "Gender" => {
                for g in v.split(',') {
                    if let Some(gender) = Gender::ALL.into_iter().find(|x| x.as_str() == g) {
                        f.gender = f.gender.with(gender);
                    }
                }
            }
            "Number" => {
                f.number = match v {
                    "Sing" => Some(Number::Sing),
                    "Plur" => Some(Number::Plur),
                    _ => None,
                }
            }
            "Person" => {
                f.person = match v {
                    "1" => Some(Person::First),
                    "2" => Some(Person::Second),
                    "3" => Some(Person::Third),
                    _ => None,
                }
            }
            "Mood" => {
                f.mood = match v {
                    "Ind" => Some(Mood::Ind),
                    "Sub" => Some(Mood::Sub),
                    "Imp" => Some(Mood::Imp),
                    _ => None,
                }
            }
            "Tense" => {
                f.tense = match v {
                    "Pres" => Some(Tense::Pres),
                    "Past" => Some(Tense::Past),
                    _ => None,
                }
            }
            "VerbForm" => {
                f.verb_form = match v {
                    "Fin" => Some(VerbForm::Fin),
                    "Inf" => Some(VerbForm::Inf),
                    "Part" => Some(VerbForm::Part),
                    _ => None,
                }
            }
            _ => {}
        }
    }
    f
}

/// Writes one word line (columns 1–10) of an analysis; `ids` maps word indices to the
/// printed ids.
fn word_line(
    out: &mut String,
    (id, ids): (usize, &dyn Fn(usize) -> usize),
    form: &str,
    analysis: &SentenceAnalysis,
    k: usize,
    misc: &str,
) {
    let w = &analysis.words[k];
    let (head, rel) = match analysis.links[k] {
        Some(l) => (l.head.map_or(0, ids).to_string(), l.rel.as_str()),
        None => ("_".to_string(), "_"),
    };
    let _ = writeln!(
        out,
        "{id}\t{form}\t{}\t{}\t{}\t{}\t{head}\t{rel}\t_\t{misc}",
        w.lemma.as_deref().unwrap_or("_"),
        w.upos,
        if w.xpos.is_empty() { "_" } else { w.xpos },
        w.feats.to_conllu(),
    );
}

/// Prints an analysis of a sentence read from CoNLL-U: its comments, its multiword-token
/// lines as read, and one analysed line per syntactic word (MISC keeps `SpaceAfter=No`).
pub fn write_sentence(out: &mut String, sentence: &ConlluSentence, analysis: &SentenceAnalysis) {
    for c in &sentence.comments {
        out.push_str(c);
        out.push('\n');
    }
    let mut k = 0;
    for row in &sentence.rows {
        if !row.is_word() {
            if !row.cols[0].contains('.') {
                out.push_str(&row.cols[..2].join("\t"));
                out.push_str("\t_\t_\t_\t_\t_\t_\t_\t");
                out.push_str(if row.cols[9].contains("SpaceAfter=No") {
                    "SpaceAfter=No"
                } else {
                    "_"
                });
                out.push('\n');
            }
            continue;
        }
        let misc = if row.cols[9].split('|').any(|m| m == "SpaceAfter=No") {
            "SpaceAfter=No"
        } else {
            "_"
        };
        word_line(out, (k + 1, &|h| h + 1), &row.cols[1], analysis, k, misc);
        k += 1;
    }
    out.push('\n');
}

/// Prints an analysis of a sentence of running text: `# sent_id`, `# text`, one line per
/// word (MISC `SpaceAfter=No` where the next word follows without space); a contraction
/// (`zum`) as a multiword token with its preposition and article (`zu`, `dem`).
pub fn write_text_sentence(out: &mut String, id: usize, text: &str, analysis: &SentenceAnalysis) {
    let words = &analysis.words;
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return;
    };
    let _ = writeln!(out, "# sent_id = {id}");
    let _ = writeln!(
        out,
        "# text = {}",
        text[first.start..last.end].replace('\n', " ")
    );
    let contracted: Vec<Option<&Contraction>> = words
        .iter()
        .map(|w| (w.xpos == "APPRART").then(|| contraction(&text[w.start..w.end]))?)
        .collect();
    let mut ids = Vec::with_capacity(words.len());
    let mut next = 1;
    for c in &contracted {
        ids.push(next);
        next += if c.is_some() { 2 } else { 1 };
    }
    let id_of = |h: usize| ids[h];
    for (k, w) in words.iter().enumerate() {
        let glued = words.get(k + 1).is_some_and(|n| n.start == w.end);
        let misc = if glued { "SpaceAfter=No" } else { "_" };
        let form = &text[w.start..w.end];
        let Some(c) = contracted[k] else {
            word_line(out, (ids[k], &id_of), form, analysis, k, misc);
            continue;
        };
        let (prep, article) = split(form, c);
        let (head, rel) = match analysis.links[k] {
            Some(l) => (l.head.map_or(0, id_of).to_string(), l.rel.as_str()),
            None => ("_".to_string(), "_"),
        };
        let _ = writeln!(
            out,
            "{}-{}\t{form}\t_\t_\t_\t_\t_\t_\t_\t{misc}",
            ids[k],
            ids[k] + 1
        );
        let _ = writeln!(
            out,
            "{}\t{prep}\t{}\tADP\tAPPR\t_\t{head}\t{rel}\t_\t_",
            ids[k], c.preposition
        );
        let _ = writeln!(
            out,
            "{}\t{article}\tder\tDET\tART\t{}\t_\t_\t_\t_",
            ids[k] + 1,
            w.feats.to_conllu()
        );
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::token::CaseSet;

    #[test]
    fn malformed_lines_name_their_line() {
        let text = "# text = a\n1\tEr\ter\tPRON\tPPER\t_\t_\t_\t_\t_\n3\tkam\n";
        let err = parse(text.as_bytes(), Path::new("x.conllu")).unwrap_err();
        assert!(err.to_string().starts_with("x.conllu:3"), "{err}");
        let text =
            "1\tEr\ter\tPRON\tPPER\t_\t_\t_\t_\t_\n3\tkam\tkommen\tVERB\tVVFIN\t_\t_\t_\t_\t_\n";
        let err = parse(text.as_bytes(), Path::new("x.conllu")).unwrap_err();
        assert!(err.to_string().contains("word id 3 where 2"), "{err}");
    }

    #[test]
    fn ranges_are_kept_and_words_counted() {
        let text = "1-2\tim\t_\t_\t_\t_\t_\t_\t_\t_\n1\tin\tin\tADP\tAPPR\t_\t_\t_\t_\t_\n2\tdem\tder\tDET\tART\tCase=Dat\t_\t_\t_\t_\n\n";
        let s = parse(text.as_bytes(), Path::new("x")).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].forms(), vec!["in", "dem"]);
        assert_eq!(gold_words(&s[0])[1].feats.case, CaseSet::only(Case::Dat));
    }

    #[test]
    fn a_contraction_prints_as_a_multiword_token() {
        let text = "Er ging zum Arzt.";
        let tagger = crate::grammar::Tagger::builtin();
        let analysis = &crate::grammar::analysis::analyse_text(tagger, text)[0];
        let mut out = String::new();
        write_text_sentence(&mut out, 1, text, analysis);
        let rows: Vec<Vec<&str>> = out
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.split('\t').collect())
            .collect();
        let ids: Vec<&str> = rows.iter().map(|r| r[0]).collect();
        assert_eq!(ids, ["1", "2", "3-4", "3", "4", "5", "6"], "{out}");
        assert_eq!((rows[3][1], rows[3][3]), ("zu", "ADP"));
        assert_eq!((rows[4][1], rows[4][3]), ("dem", "DET"));
        assert!(rows[4][5].contains("Case=Dat"), "{out}");
        // Heads are renumbered: `er` hangs on `ging` (2), the root.
        assert_eq!((rows[0][6], rows[0][7]), ("2", "nsubj"), "{out}");
        assert_eq!(rows[5][5].split('|').next(), Some("Case=Dat"), "{out}");
    }
}
