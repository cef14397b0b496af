//! The typed query: a builder of filters over the graph's statements. Filters of
//! different kinds combine with AND; a filter given several values (two actors, two
//! predicates) matches any of them. The graph is read in one pass, edge by edge: filters
//! on the actor, predicate, polarity and topic decide once per merged edge, the rest
//! (date, article, text) per piece of evidence.

use super::actor::actor_mask;
use super::date::{DateRange, PartialDate};
use super::group::{group_counts, GroupBy, GroupCount};
use super::record::StatementRef;
use super::search::FoldedSearch;
use super::topic::{EdgeTopic, TopicFilter};
use crate::extract::Predicate;
use crate::graph::{EdgeData, KnowledgeGraph, NodeData};
use crate::lexicon::Lexicon;
use crate::text::fold_search;
use petgraph::visit::{EdgeRef, IntoEdgeReferences};

/// A statement's stance toward its object after negation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Polarity {
    /// For it (+1).
    Positive,
    /// Neutral (0): `say`, `meet`.
    Neutral,
    /// Against it (−1).
    Negative,
}

impl Polarity {
    /// The polarity of a value +1, 0 or −1.
    pub fn of(value: i8) -> Polarity {
        match value.signum() {
            1 => Polarity::Positive,
            -1 => Polarity::Negative,
            _ => Polarity::Neutral,
        }
    }

    /// +1, 0 or −1.
    pub fn value(self) -> i8 {
        match self {
            Polarity::Positive => 1,
            Polarity::Neutral => 0,
            Polarity::Negative => -1,
        }
    }

    /// Parses `+`, `-`, `0` (also `positive`, `negative`, `neutral`, `−`).
    pub fn parse(text: &str) -> Option<Polarity> {
        match text.trim() {
            "+" | "+1" | "1" | "positive" | "pos" => Some(Polarity::Positive),
            "0" | "neutral" => Some(Polarity::Neutral),
            "-" | "−" | "-1" | "negative" | "neg" => Some(Polarity::Negative),
            _ => None,
        }
    }
}

impl std::str::FromStr for Polarity {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Polarity::parse(text).ok_or_else(|| format!("`{text}` is not a polarity: use +, - or 0"))
    }
}

/// A query over the statements of a [`KnowledgeGraph`]; build it with
/// [`KnowledgeGraph::query`], add filters, then [`run`](StatementQuery::run) it.
///
/// ```
/// use standpunkt::{Article, Extractor, KnowledgeGraph, Predicate};
///
/// let extractor = Extractor::builtin();
/// let article = Article::new(
///     "a1",
///     "Russland lehnt den Einsatz westlicher Soldaten in der Ukraine kategorisch ab.",
/// )
/// .with_date("2025-09-04");
/// let graph = KnowledgeGraph::from_statements(&extractor.extract(&article), extractor.lexicon());
///
/// let rows = graph
///     .query()
///     .lexicon(extractor.lexicon())
///     .by_actor("russland")
///     .with_predicate(Predicate::Reject)
///     .about("Truppen")
///     .run();
/// assert_eq!(rows.len(), 1);
/// assert_eq!(rows[0].country(), Some("RUS"));
/// assert_eq!(rows[0].topic(), Some("troops"));
/// ```
#[derive(Debug, Clone)]
pub struct StatementQuery<'g> {
    graph: &'g KnowledgeGraph,
    lexicon: Option<&'g Lexicon>,
    actors: Vec<String>,
    countries: Vec<String>,
    predicates: Vec<Predicate>,
    topics: Vec<String>,
    polarities: Vec<Polarity>,
    negated: Option<bool>,
    dates: DateRange,
    articles: Vec<String>,
    texts: Vec<String>,
}

impl KnowledgeGraph {
    /// A query over every statement of the graph; add filters to narrow it.
    pub fn query(&self) -> StatementQuery<'_> {
        StatementQuery::new(self)
    }
}

impl<'g> StatementQuery<'g> {
    /// A query with no filter: every statement.
    pub fn new(graph: &'g KnowledgeGraph) -> Self {
        StatementQuery {
            graph,
            lexicon: None,
            actors: Vec::new(),
            countries: Vec::new(),
            predicates: Vec::new(),
            topics: Vec::new(),
            polarities: Vec::new(),
            negated: None,
            dates: DateRange::default(),
            articles: Vec::new(),
            texts: Vec::new(),
        }
    }

    /// Use the lexicon's aliases for actor names, its topic terms for topic words and its
    /// country names for countries. Without it, only the graph's own labels are compared.
    pub fn lexicon(mut self, lexicon: &'g Lexicon) -> Self {
        self.lexicon = Some(lexicon);
        self
    }

    /// Statements by an actor with this name or alias (case and diacritics do not
    /// matter; a surname is enough).
    pub fn by_actor(mut self, name: impl Into<String>) -> Self {
        self.actors.push(name.into());
        self
    }

    /// Statements by actors who speak for this state or organisation: an alpha-3 code or
    /// organisation id (`RUS`, `NATO`, any case), or, with a lexicon, a state's name.
    pub fn by_country(mut self, code: impl Into<String>) -> Self {
        self.countries.push(code.into());
        self
    }

    /// Statements with this predicate.
    pub fn with_predicate(mut self, predicate: Predicate) -> Self {
        self.predicates.push(predicate);
        self
    }

    /// Statements about a topic: its id (`troops`), or a word (see [`super::topic`]).
    pub fn about(mut self, topic: impl Into<String>) -> Self {
        self.topics.push(topic.into());
        self
    }

    /// Statements of this polarity (after negation).
    pub fn with_polarity(mut self, polarity: Polarity) -> Self {
        self.polarities.push(polarity);
        self
    }

    /// Only negated (`true`) or only plain (`false`) statements.
    pub fn negated(mut self, negated: bool) -> Self {
        self.negated = Some(negated);
        self
    }

    /// Statements dated on or after `date` (a month-dated statement counts if its month
    /// reaches the date). Undated statements are left out once a date is given.
    pub fn since(mut self, date: PartialDate) -> Self {
        self.dates.since = Some(date);
        self
    }

    /// Statements dated on or before `date`.
    pub fn until(mut self, date: PartialDate) -> Self {
        self.dates.until = Some(date);
        self
    }

    /// Statements from this article: its id, or the beginning of it (`001`).
    pub fn in_article(mut self, id: impl Into<String>) -> Self {
        self.articles.push(id.into());
        self
    }

    /// Statements whose sentence contains this text (case and diacritics do not matter).
    pub fn containing(mut self, text: impl Into<String>) -> Self {
        self.texts.push(text.into());
        self
    }

    /// The graph queried.
    pub fn graph(&self) -> &'g KnowledgeGraph {
        self.graph
    }

    /// The actor nodes the actor filter selects (empty without one), by display name.
    pub fn matching_actors(&self) -> Vec<&'g NodeData> {
        if self.actors.is_empty() {
            return Vec::new();
        }
        let mask = actor_mask(self.graph, self.lexicon, &self.actors);
        let mut nodes: Vec<&NodeData> = self
            .graph
            .nodes()
            .filter(|(i, _)| mask[i.index()])
            .map(|(_, n)| n)
            .collect();
        nodes.sort_by(|a, b| a.label.cmp(&b.label).then_with(|| a.id.cmp(&b.id)));
        nodes
    }

    /// Calls `visit` with every matching statement, in graph order (not sorted).
    pub fn for_each(&self, mut visit: impl FnMut(StatementRef<'g>)) {
        let mut compiled = Compiled::new(self);
        let inner = self.graph.inner();
        for e in inner.edge_references() {
            let EdgeData::Statement(edge) = e.weight() else {
                continue;
            };
            let (source, target) = (e.source(), e.target());
            let actor = &inner[source];
            if let Some(mask) = &compiled.actors {
                if !mask[source.index()] {
                    continue;
                }
            }
            if !compiled.countries.is_empty()
                && !actor
                    .country
                    .as_deref()
                    .is_some_and(|c| compiled.countries.iter().any(|k| k == c))
            {
                continue;
            }
            if compiled.predicates != 0 && compiled.predicates & bit(edge.predicate) == 0 {
                continue;
            }
            if !compiled.polarities.is_empty()
                && !compiled.polarities.contains(&Polarity::of(edge.polarity))
            {
                continue;
            }
            if self.negated.is_some_and(|n| n != edge.negated) {
                continue;
            }
            let topic = match &compiled.topics {
                Some(filter) => filter.edge(edge),
                None => EdgeTopic::All,
            };
            if topic == EdgeTopic::None {
                continue;
            }
            for ev in &edge.evidence {
                if topic == EdgeTopic::CheckLabels
                    && !compiled
                        .topics
                        .as_mut()
                        .is_some_and(|t| t.label(&ev.object_label))
                {
                    continue;
                }
                if !self.dates.admits(ev.date.as_deref()) {
                    continue;
                }
                if !self.articles.is_empty()
                    && !self
                        .articles
                        .iter()
                        .any(|a| ev.article.starts_with(a.as_str()))
                {
                    continue;
                }
                if !compiled.texts.is_empty()
                    && !compiled.texts.find_in(&ev.sentence)
                    && !ev
                        .quote
                        .as_deref()
                        .is_some_and(|q| compiled.texts.find_in(q))
                {
                    continue;
                }
                visit(StatementRef {
                    graph: self.graph,
                    actor: source,
                    object: target,
                    edge,
                    evidence: ev,
                });
            }
        }
    }

    /// The matching statements, sorted by date, article, position, actor, predicate.
    pub fn run(&self) -> Vec<StatementRef<'g>> {
        let mut rows = self.run_unsorted();
        rows.sort_by(|a, b| a.report_order(b));
        rows
    }

    /// The matching statements in graph order, unsorted: for consumers that do not care
    /// about order (counts, networks), sorting a million rows costs more than finding them.
    pub fn run_unsorted(&self) -> Vec<StatementRef<'g>> {
        let mut rows = Vec::new();
        self.for_each(|s| rows.push(s));
        rows
    }

    /// How many statements match.
    pub fn count(&self) -> usize {
        let mut n = 0;
        self.for_each(|_| n += 1);
        n
    }

    /// The matching statements counted by actor, country, topic or predicate, most first
    /// (ties by label).
    pub fn group_by(&self, key: GroupBy) -> Vec<GroupCount> {
        group_counts(&self.run_unsorted(), key)
    }
}

/// The filters prepared for one pass.
struct Compiled {
    actors: Option<Vec<bool>>,
    countries: Vec<String>,
    predicates: u32,
    polarities: Vec<Polarity>,
    topics: Option<TopicFilter>,
    texts: FoldedSearch,
}

impl Compiled {
    fn new(q: &StatementQuery<'_>) -> Self {
        Compiled {
            actors: (!q.actors.is_empty()).then(|| actor_mask(q.graph, q.lexicon, &q.actors)),
            countries: q
                .countries
                .iter()
                .map(|c| country_code(q.lexicon, c))
                .collect(),
            predicates: q.predicates.iter().fold(0, |m, &p| m | bit(p)),
            polarities: q.polarities.clone(),
            topics: (!q.topics.is_empty()).then(|| TopicFilter::new(q.graph, q.lexicon, &q.topics)),
            texts: FoldedSearch::new(&q.texts),
        }
    }
}

fn bit(p: Predicate) -> u32 {
    1 << (p as u32)
}

/// A country filter value as a code: `rus` → `RUS`; with a lexicon a state's name or
/// variant (`Frankreich`) or an organisation's name gives its code.
fn country_code(lexicon: Option<&Lexicon>, value: &str) -> String {
    let value = value.trim();
    let upper = value.to_uppercase();
    let Some(lexicon) = lexicon else {
        return upper;
    };
    if lexicon.knows_code(&upper) {
        return upper;
    }
    let folded = fold_search(value);
    for c in &lexicon.countries {
        let names = std::iter::once(&c.name)
            .chain(std::iter::once(&c.official))
            .chain(c.variants.iter());
        if names.into_iter().any(|n| fold_search(n) == folded) {
            return c.code.clone();
        }
    }
    for o in &lexicon.organizations {
        if fold_search(&o.name) == folded || o.aliases.iter().any(|a| fold_search(a) == folded) {
            if let Some(code) = lexicon.speaks_for(&o.id) {
                return code;
            }
        }
    }
    upper
}
