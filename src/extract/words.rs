//! Closed word classes of German that the rules need: determiners, prepositions,
//! pronouns, conjunctions, negation and Konjunktiv forms. Grammar, not knowledge, so they
//! live in code.

pub use crate::text::{lowercased, with_lowercase};
use std::collections::HashSet;
use std::sync::LazyLock;

/// Definite and indefinite articles, demonstratives and possessives.
pub const DETERMINERS: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines",
    "dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenes", "sein", "seine",
    "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres",
    "unser", "unsere", "unserem", "unseren", "unserer", "kein", "keine", "keinem", "keinen",
    "keiner", "keines", "jeder", "jede", "jedes", "jedem", "jeden", "mehrere", "einige", "alle",
    "beide", "beiden", "zwei", "drei", "vier", "fünf", "viele", "manche", "solche", "solcher",
];

/// Prepositions (and contractions with the article).
pub const PREPOSITIONS: &[&str] = &[
    "an",
    "am",
    "ans",
    "auf",
    "aufs",
    "aus",
    "bei",
    "beim",
    "bis",
    "durch",
    "für",
    "fürs",
    "gegen",
    "gegenüber",
    "hinter",
    "in",
    "im",
    "ins",
    "mit",
    "nach",
    "neben",
    "ohne",
    "seit",
    "über",
    "um",
    "unter",
    "von",
    "vom",
    "vor",
    "während",
    "wegen",
    "zu",
    "zum",
    "zur",
    "zwischen",
    "trotz",
    "innerhalb",
    "außerhalb",
    "angesichts",
    "gemäß",
    "laut",
    "samt",
    "statt",
    "anstelle",
    "seitens",
    "dank",
    "inmitten",
    "entlang",
    "jenseits",
    "bezüglich",
];

/// Coordinating and subordinating conjunctions that open a clause.
pub const CONJUNCTIONS: &[&str] = &[
    "und", "oder", "aber", "sondern", "denn", "doch", "dass", "daß", "weil", "da", "wenn", "falls",
    "ob", "obwohl", "während", "nachdem", "bevor", "damit", "sodass", "als", "wie", "indem",
    "sofern", "solange", "seit", "seitdem",
];

/// Words that negate their clause.
pub const NEGATIONS: &[&str] = &[
    "nicht",
    "kein",
    "keine",
    "keinen",
    "keinem",
    "keiner",
    "keines",
    "nie",
    "niemals",
    "nichts",
    "weder",
    "keinesfalls",
];

/// Conjunctions that open a conditional clause (`wenn`, `falls`): a Konjunktiv II of
/// its sentence is a hypothesis.
pub const CONDITIONAL_SUBORDINATORS: &[&str] = &["wenn", "falls", "sofern"];

/// Finite forms of auxiliaries and modals in Konjunktiv I (reported speech) and the
/// Konjunktiv II forms news use in its place.
pub const SUBJUNCTIVE: &[&str] = &[
    "sei", "seien", "seiest", "habe", "hätte", "hätten", "werde", "würde", "würden", "könne",
    "könnten", "könnte", "müsse", "müssten", "müsste", "dürfe", "dürften", "dürfte", "wolle",
    "wollten", "solle", "sollten", "sollte", "möge", "wäre", "wären", "gebe", "gäbe", "stehe",
    "liege", "gehe", "komme", "bleibe", "wisse", "brauche", "lasse", "halte", "sehe", "trage",
    "stelle", "mache", "gelte", "fehle", "zeige", "bedeute", "verfüge", "arbeite",
];

/// [`SUBJUNCTIVE`] as a set, the most characters a form of it has, and the letters its
/// forms end in.
static SUBJUNCTIVE_SET: LazyLock<(FunctionWords, usize, Vec<char>)> = LazyLock::new(|| {
    let set = SUBJUNCTIVE.iter().map(|w| w.to_string()).collect();
    let longest = SUBJUNCTIVE.iter().map(|w| w.chars().count()).max();
    let mut endings: Vec<char> = SUBJUNCTIVE
        .iter()
        .filter_map(|w| w.chars().last())
        .collect();
    endings.sort_unstable();
    endings.dedup();
    (set, longest.unwrap_or(0), endings)
});

/// Whether `word` (lower case) is a determiner.
pub fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(&word)
}

/// Whether `word` (lower case) is a determiner that is never nominative: dative
/// (`dem`, `einem`, `seinem`) or masculine accusative (`den`, `einen`, `diesen`).
pub fn is_oblique_determiner(word: &str) -> bool {
    let stems = [
        "dies", "jen", "jed", "sein", "ihr", "unser", "eur", "mein", "dein", "kein", "ein", "welch",
    ];
    matches!(word, "dem" | "den")
        || stems.iter().any(|s| {
            word.strip_prefix(s)
                .is_some_and(|rest| rest == "em" || rest == "en")
        })
}

/// Auxiliaries and modal verbs, finite forms and `worden`: with a participle or infinitive
/// cue (`hatte … angekündigt`, `wollte … bestätigen`) the finite one holds the verb-second
/// slot; all of them are left out of object labels.
pub const AUXILIARIES: &[&str] = &[
    "hat", "hatte", "hatten", "haben", "habe", "ist", "war", "waren", "sind", "sei", "seien",
    "wird", "wurde", "wurden", "werde", "werden", "worden", "will", "wollte", "wollten", "wollen",
    "wolle", "soll", "sollte", "sollten", "sollen", "kann", "konnte", "konnten", "können", "könne",
    "muss", "musste", "mussten", "müssen", "müsse", "möchte", "möchten", "darf", "durfte", "dürfe",
    "mag",
];

/// Whether the noun lexicon lists `word` as a month or weekday (`Juli`, `Montag`): no
/// word of a person's name (`Mitte Juli kündigte X an`).
pub fn is_calendar_noun(word: &str) -> bool {
    let nouns = crate::grammar::tagger::Tagger::builtin().nouns();
    let hit = nouns.lookup(&word.to_lowercase(), false);
    hit.classes & crate::grammar::noun_table::class::CALENDAR != 0
}

/// `BASF`, `UN`, `IGDRB`: two or more letters, all capitals.
pub fn is_acronym(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    letters.clone().nth(1).is_some() && letters.all(char::is_uppercase)
}

/// What a pronominal adverb puts before its preposition (`dar-auf`, `wo-zu`).
const PRONOMINAL_PREFIXES: [&str; 5] = ["dar", "da", "hier", "wor", "wo"];

/// The preposition a pronominal adverb stands for: `davon` → `von`, `darauf` → `auf`,
/// `hierzu` → `zu`, `worüber` → `über` (lower case).
pub fn pronominal_preposition(word: &str) -> Option<&str> {
    PRONOMINAL_PREFIXES.iter().find_map(|p| {
        word.strip_prefix(p)
            .filter(|rest| rest.len() >= 2 && is_preposition(rest))
    })
}

/// Adverbs that open or interrupt a clause (`Gestern sagte …`, `Die Kanadier hingegen
/// sagen`), lower case.
const ADVERBS: &[&str] = &[
    "allerdings",
    "also",
    "anders",
    "anschließend",
    "auch",
    "außerdem",
    "bald",
    "bereits",
    "bisher",
    "bislang",
    "damals",
    "dagegen",
    "daher",
    "danach",
    "dann",
    "dazu",
    "dennoch",
    "derweil",
    "deshalb",
    "deswegen",
    "doch",
    "dort",
    "ebenfalls",
    "ebenso",
    "eher",
    "einst",
    "endlich",
    "erneut",
    "erst",
    "erstmals",
    "etwa",
    "ferner",
    "folglich",
    "gar",
    "gemeinsam",
    "gestern",
    "gleichzeitig",
    "hingegen",
    "heute",
    "hier",
    "immer",
    "immerhin",
    "indes",
    "indessen",
    "inzwischen",
    "jedoch",
    "jetzt",
    "kaum",
    "kürzlich",
    "lediglich",
    "letztlich",
    "mittlerweile",
    "morgen",
    "nämlich",
    "nun",
    "nur",
    "offenbar",
    "offenkundig",
    "offensichtlich",
    "schließlich",
    "schon",
    "seitdem",
    "sodann",
    "sofort",
    "sogar",
    "somit",
    "später",
    "stattdessen",
    "tatsächlich",
    "trotzdem",
    "überdies",
    "unterdessen",
    "vielmehr",
    "vermutlich",
    "vorerst",
    "wahrscheinlich",
    "weiter",
    "weiterhin",
    "wieder",
    "wiederum",
    "zudem",
    "zugleich",
    "zuletzt",
    "zunächst",
    "zuvor",
    "zwar",
    "angeblich",
    "ausdrücklich",
    "öffentlich",
    "jeweils",
    "ohnehin",
    "insgesamt",
    "ebenfalls",
    "anfangs",
    "noch",
    "nicht",
    "bislang",
    "aktuell",
    "derzeit",
    "zurzeit",
    "momentan",
    "dabei",
    "demnach",
    "dementsprechend",
    "demzufolge",
    "zusätzlich",
    "teilweise",
    "vorher",
    "nachher",
    "seither",
    "neulich",
    "ursprünglich",
    "eigentlich",
    "natürlich",
];

/// Whether `word` (lower case) is an adverb: one of the common ones, or a pronominal
/// adverb (`darauf`, `hierzu`, `womit`).
pub fn is_adverb(word: &str) -> bool {
    ADVERBS.contains(&word) || pronominal_preposition(word).is_some()
}

/// Whether `word` (lower case) is a preposition.
pub fn is_preposition(word: &str) -> bool {
    PREPOSITIONS.contains(&word)
}

/// Whether `word` (lower case) is a negation.
pub fn is_negation(word: &str) -> bool {
    NEGATIONS.contains(&word)
}

/// Pronouns and adverbs that are function words besides the word lists above.
const OTHER_FUNCTION_WORDS: &[&str] = &[
    "er", "sie", "es", "wir", "ich", "du", "ihr", "man", "dies", "was", "wer", "alles", "nichts",
    "etwas", "beides", "vieles", "jemand", "niemand", "sich", "auch", "so", "nun", "dann", "dort",
    "hier", "zudem", "jedoch", "bereits", "noch", "schon", "nur", "dabei", "daher", "deshalb",
    "demnach", "zuvor", "danach", "damals", "heute", "gestern", "morgen", "jetzt",
];

/// Every function word (lower case): determiners, prepositions, adverbs (with the
/// pronominal adverbs `darauf`, `wozu` …), conjunctions and [`OTHER_FUNCTION_WORDS`],
/// in one set, so that a word is looked up once instead of compared with each list.
static FUNCTION_WORDS: LazyLock<FunctionWords> = LazyLock::new(|| {
    let mut set: FunctionWords = HashSet::default();
    for list in [
        DETERMINERS,
        PREPOSITIONS,
        ADVERBS,
        CONJUNCTIONS,
        OTHER_FUNCTION_WORDS,
    ] {
        set.extend(list.iter().map(|w| w.to_string()));
    }
    // The pronominal adverbs, as [`pronominal_preposition`] reads them.
    for prefix in PRONOMINAL_PREFIXES {
        for p in PREPOSITIONS.iter().filter(|p| p.len() >= 2) {
            set.insert(format!("{prefix}{p}"));
        }
    }
    set
});

/// A set of words with the crate's word hash.
type FunctionWords =
    HashSet<String, std::hash::BuildHasherDefault<crate::grammar::lexicon::WordHasher>>;

/// Whether `word` is a function word: determiner, preposition, conjunction, pronoun.
pub fn is_function_word(word: &str) -> bool {
    with_lowercase(word, |lower| FUNCTION_WORDS.contains(lower))
}

/// Whether `word` is a lower-case word that looks like an inflected adjective or participle
/// (`russische`, `geschäftsführende`), which may stand between a determiner and a noun.
pub fn looks_like_adjective(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
        && ["e", "en", "er", "es", "em"]
            .iter()
            .any(|e| word.ends_with(e))
        && !is_function_word(word)
}

/// Finite forms of `werden` that make a participle passive (`wurde kritisiert`).
pub const PASSIVE_AUXILIARIES: &[&str] = &[
    "wird", "wurde", "wurden", "werden", "worden", "würde", "würden", "wirst",
];

/// Light verbs whose object noun carries the predicate (`eine Zusage geben`,
/// `keine Zusage gemacht`).
pub const LIGHT_VERBS: &[&str] = &[
    "gibt",
    "gab",
    "gaben",
    "geben",
    "gegeben",
    "gebe",
    "macht",
    "machte",
    "machten",
    "machen",
    "gemacht",
    "mache",
    "erteilt",
    "erteilte",
    "erteilten",
    "abgegeben",
    "gab",
    "hat",
    "hatte",
    "haben",
    "hätten",
];

/// Relative pronouns that open a relative clause after a comma.
pub const RELATIVE_PRONOUNS: &[&str] = &["der", "die", "welcher", "welche"];

/// Words that tie a sentence to the source of the one before (`Geplant ist demnach …`).
pub const SOURCE_ANAPHORS: &[&str] = &[
    "demnach",
    "demzufolge",
    "zufolge",
    "wonach",
    "dementsprechend",
];

/// Lower-case words ending in `-e` that are no verbs: determiners, adverbs, numerals.
const NOT_VERBS_IN_E: &[&str] = &[
    "wurde",
    "insbesondere",
    "hunderttausende",
    "tausende",
    "dutzende",
    "zahlreiche",
    "verschiedene",
    "weitere",
    "die",
    "eine",
    "keine",
    "meine",
    "deine",
    "seine",
    "ihre",
    "unsere",
    "eure",
    "diese",
    "jene",
    "jede",
    "alle",
    "viele",
    "wenige",
    "einige",
    "manche",
    "welche",
    "solche",
    "beide",
    "andere",
    "ohne",
    "gerne",
    "heute",
    "lange",
    "alleine",
    "bitte",
    "danke",
    "ebenso",
    "ferne",
    "nahe",
    "mitte",
    "ende",
    "gegebene",
    "sowie",
    "wie",
    "je",
    "ne",
    "zuvorderst",
    "dorthinaus",
    "weise",
    "sehe",
    "habe",
    "gerade",
    "jeweilige",
    "obere",
    "untere",
    "mehrere",
    "irgendwelche",
    "sogenannte",
    "genannte",
    "erste",
    "zweite",
    "dritte",
    "letzte",
    "nächste",
    "ganze",
    "halbe",
];

/// Whether token `i` looks like a finite verb in Konjunktiv I (`bringe`, `schwäche`,
/// `verteidige`, `wisse`): a known form, or a lower-case word in `-e` (not `-te`, the
/// past) that stands where a verb stands — after a noun, pronoun or comma, and not
/// before a noun it could qualify.
pub fn looks_like_subjunctive(words: &[&str], i: usize) -> bool {
    let w = words[i];
    // `ich habe`, `ich denke`: first person indicative, not reported speech.
    if i > 0 && words[i - 1].eq_ignore_ascii_case("ich") {
        return false;
    }
    let capital = w.chars().next().is_some_and(char::is_uppercase);
    // Lower-casing never takes characters away: a capitalised word longer than every
    // form of the list is none of them, and is not lower-cased to find that out.
    if capital && i > 0 && w.chars().count() > SUBJUNCTIVE_SET.1 {
        return false;
    }
    // Every form ends in one of few letters: a word ending otherwise (most words) is
    // not lower-cased and looked up.
    let ending = w
        .chars()
        .next_back()
        .and_then(|c| c.to_lowercase().last())
        .is_some_and(|c| SUBJUNCTIVE_SET.2.contains(&c));
    if ending && with_lowercase(w, |lower| SUBJUNCTIVE_SET.0.contains(lower)) {
        return true;
    }
    if i == 0 || capital {
        return false;
    }
    let lower = lowercased(w);
    if !lower.ends_with('e') {
        return false;
    }
    if lower.chars().count() < 4
        || lower.ends_with("te")
        || lower.ends_with("weise")
        || lower.ends_with("ee")
        || NOT_VERBS_IN_E.contains(&&*lower)
    {
        return false;
    }
    let previous = words[i - 1];
    let after_subject = previous.chars().next().is_some_and(char::is_uppercase)
        || matches!(
            previous,
            "er" | "sie" | "es" | "man" | "und" | "," | "dies" | "das"
        );
    let before_noun = words
        .get(i + 1)
        .is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase));
    after_subject && !before_noun && !with_lowercase(previous, is_determiner)
}

/// Whether `word` (folded, lower case) stands for the frame preposition `prep`: the
/// preposition itself, its contraction with the article (`zum`, `zur` for `zu`; `im`,
/// `ins` for `in`; `vom` for `von`) or its pronominal adverb (`darauf`, `dazu`).
pub(super) fn stands_for_preposition(word: &str, prep: &str) -> bool {
    word == prep
        || contracted_preposition(word) == Some(prep)
        || pronominal_preposition(word) == Some(prep)
}

/// The preposition of a contraction with the definite article (`zum` → `zu`).
pub(super) fn contracted_preposition(word: &str) -> Option<&'static str> {
    Some(match word {
        "zum" | "zur" => "zu",
        "im" | "ins" => "in",
        "am" | "ans" => "an",
        "vom" => "von",
        "beim" => "bei",
        "aufs" => "auf",
        "fürs" | "furs" => "für",
        "übers" | "ubers" => "über",
        "ums" => "um",
        _ => return None,
    })
}

/// Whether `word` (folded, lower case) is a pronominal adverb (`darauf`, `dazu`): the
/// frame's argument is then the clause it announces.
pub(super) fn is_pronominal_adverb(word: &str) -> bool {
    pronominal_preposition(word).is_some()
}
