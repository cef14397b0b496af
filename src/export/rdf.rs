//! RDF (Turtle and N-Triples, serialised by oxttl from oxrdf terms) in a small
//! vocabulary, documented in the README's "Export formats" section:
//!
//! - each statement edge is a reified node `statement:<hash>` of class `sp:Statement`
//!   with `sp:actor`, `sp:predicate` (a `predicate:<name>` resource), `sp:object`,
//!   `sp:objectKind`, `sp:country`, `sp:negated`, `sp:polarity`, `sp:weight`, `sp:date` (each distinct
//!   date) and `sp:evidence`;
//! - each piece of evidence is an `sp:Evidence` with `sp:article`, `sp:date`,
//!   `sp:sentence`, `sp:quote`, `sp:cue`, `sp:objectLabel` (German, `@de`), `sp:mode`,
//!   `sp:start` and `sp:end` (byte offsets of the sentence);
//! - actors (`sp:Actor`) are Wikidata entities (`wd:Q567`) where the lexicon has a QID,
//!   else `actor:<name>`; with `rdfs:label`, `sp:actorKind`, `sp:qid` and `sp:speaksFor`
//!   their `sp:Country`; topics are `sp:Topic`, claims `sp:Claim`, articles `sp:Article`.
//!
//! Dates are `xsd:date`, or `xsd:gYearMonth` / `xsd:gYear` where the article gives only a
//! month or a year. Statement and evidence IRIs are hashes of what identifies them, so
//! they stay the same when the graph is rebuilt from the same articles.

use crate::error::{Error, Result};
use crate::graph::{EdgeData, KnowledgeGraph, NodeData, NodeKind, StatementEdge};
use crate::ingest::ArticleDate;
use oxrdf::vocab::{rdf, rdfs, xsd};
use oxrdf::{Literal, NamedNode, Triple};
use oxttl::{NTriplesSerializer, TurtleSerializer};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;

/// The base of every standpunkt IRI. A placeholder domain (`.example` is reserved) until
/// the project publishes its vocabulary at a permanent address.
pub const BASE: &str = "https://standpunkt.example/";
/// The vocabulary namespace (`sp:`).
pub const VOCAB: &str = "https://standpunkt.example/vocab#";
/// Wikidata entities (`wd:`).
pub const WIKIDATA: &str = "http://www.wikidata.org/entity/";

/// The prefixes written in Turtle: the vocabulary, one per resource type, and the
/// standard ones.
pub fn prefixes() -> Vec<(&'static str, String)> {
    let mut out = vec![("sp", VOCAB.to_string())];
    for kind in [
        "actor",
        "country",
        "topic",
        "claim",
        "statement",
        "evidence",
        "article",
        "predicate",
    ] {
        out.push((kind, format!("{BASE}{kind}/")));
    }
    out.push(("wd", WIKIDATA.to_string()));
    out.push(("rdfs", "http://www.w3.org/2000/01/rdf-schema#".to_string()));
    out.push(("xsd", "http://www.w3.org/2001/XMLSchema#".to_string()));
    out
}

/// Percent-encodes what may not stand in an IRI path segment; letters (umlauts too),
/// digits and `-._~` stay as they are.
pub fn encode_segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric()
            || matches!(c, '-' | '.' | '_' | '~')
            || (!c.is_ascii() && c.is_alphanumeric())
        {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

fn iri(text: String) -> Result<NamedNode> {
    NamedNode::new(text.clone()).map_err(|e| Error::InvalidIri {
        iri: text.clone(),
        message: e.to_string(),
    })
}

fn vocab(name: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{VOCAB}{name}"))
}

fn resource(kind: &str, local: &str) -> Result<NamedNode> {
    iri(format!("{BASE}{kind}/{}", encode_segment(local)))
}

fn is_qid(text: &str) -> bool {
    text.len() > 1 && text.starts_with('Q') && text[1..].bytes().all(|b| b.is_ascii_digit())
}

/// The IRI of a node: a Wikidata entity for actors with a QID, else by kind and id.
pub fn node_iri(node: &NodeData) -> Result<NamedNode> {
    let (prefix, local) = node
        .id
        .split_once(':')
        .unwrap_or(("node", node.id.as_str()));
    if node.kind == NodeKind::Actor {
        if let Some(q) = node.qid.as_deref().filter(|q| is_qid(q)) {
            return iri(format!("{WIKIDATA}{q}"));
        }
        if is_qid(local) {
            return iri(format!("{WIKIDATA}{local}"));
        }
    }
    resource(prefix, local)
}

fn hash16(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0u8]);
    }
    h.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn date_literal(text: &str) -> Literal {
    match ArticleDate::parse(text) {
        Some(d) => {
            let datatype = match (d.month, d.day) {
                (Some(_), Some(_)) => xsd::DATE,
                (Some(_), None) => xsd::G_YEAR_MONTH,
                _ => xsd::G_YEAR,
            };
            Literal::new_typed_literal(d.to_string(), datatype)
        }
        None => Literal::new_simple_literal(text),
    }
}

fn german(text: &str) -> Literal {
    Literal::new_language_tagged_literal_unchecked(text, "de")
}

fn integer(n: i64) -> Literal {
    Literal::new_typed_literal(n.to_string(), xsd::INTEGER)
}

struct Triples(Vec<Triple>);

impl Triples {
    fn add(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<oxrdf::Term>) {
        self.0.push(Triple::new(s.clone(), p, o));
    }
}

fn statement_triples(
    out: &mut Triples,
    source: &NodeData,
    target: &NodeData,
    edge: &StatementEdge,
) -> Result<()> {
    let negated = if edge.negated { "true" } else { "false" };
    let key = [
        source.id.as_str(),
        target.id.as_str(),
        edge.predicate.as_str(),
        negated,
    ];
    let s = resource("statement", &hash16(&key))?;
    out.add(&s, rdf::TYPE.into(), vocab("Statement"));
    out.add(&s, vocab("actor"), node_iri(source)?);
    out.add(
        &s,
        vocab("predicate"),
        resource("predicate", edge.predicate.as_str())?,
    );
    out.add(&s, vocab("object"), node_iri(target)?);
    if let Some(code) = &source.country {
        out.add(&s, vocab("country"), resource("country", code)?);
    }
    out.add(
        &s,
        vocab("objectKind"),
        Literal::new_simple_literal(&edge.object_kind),
    );
    out.add(
        &s,
        vocab("negated"),
        Literal::new_typed_literal(negated, xsd::BOOLEAN),
    );
    out.add(&s, vocab("polarity"), integer(edge.polarity as i64));
    out.add(&s, vocab("weight"), integer(edge.evidence.len() as i64));
    let dates: BTreeSet<&str> = edge
        .evidence
        .iter()
        .filter_map(|e| e.date.as_deref())
        .collect();
    for d in dates {
        out.add(&s, vocab("date"), date_literal(d));
    }
    let mut evidence_nodes = Vec::new();
    for ev in &edge.evidence {
        let start = ev.span[0].to_string();
        let end = ev.span[1].to_string();
        let mut parts = key.to_vec();
        parts.extend([
            ev.article.as_str(),
            start.as_str(),
            end.as_str(),
            ev.cue.as_str(),
        ]);
        let e = resource("evidence", &hash16(&parts))?;
        out.add(&s, vocab("evidence"), e.clone());
        evidence_nodes.push((e, ev));
    }
    for (e, ev) in evidence_nodes {
        out.add(&e, rdf::TYPE.into(), vocab("Evidence"));
        out.add(&e, vocab("article"), resource("article", &ev.article)?);
        if let Some(d) = &ev.date {
            out.add(&e, vocab("date"), date_literal(d));
        }
        out.add(&e, vocab("sentence"), german(&ev.sentence));
        if let Some(q) = &ev.quote {
            out.add(&e, vocab("quote"), german(q));
        }
        out.add(&e, vocab("cue"), german(&ev.cue));
        out.add(&e, vocab("objectLabel"), german(&ev.object_label));
        out.add(&e, vocab("mode"), Literal::new_simple_literal(&ev.mode));
        out.add(&e, vocab("start"), integer(ev.span[0] as i64));
        out.add(&e, vocab("end"), integer(ev.span[1] as i64));
    }
    Ok(())
}

/// The graph's triples, in a fixed order: articles, predicates, nodes, then statements.
pub fn triples(graph: &KnowledgeGraph) -> Result<Vec<Triple>> {
    let mut out = Triples(Vec::new());
    for (id, date) in graph.articles() {
        let a = resource("article", id)?;
        out.add(&a, rdf::TYPE.into(), vocab("Article"));
        out.add(&a, rdfs::LABEL.into(), Literal::new_simple_literal(id));
        if let Some(d) = date {
            out.add(&a, vocab("date"), date_literal(d));
        }
    }
    let predicates: BTreeSet<_> = graph
        .edges()
        .filter_map(|(_, _, e)| match e {
            EdgeData::Statement(s) => Some(s.predicate),
            EdgeData::Affiliation => None,
        })
        .collect();
    for p in predicates {
        let r = resource("predicate", p.as_str())?;
        out.add(&r, rdf::TYPE.into(), vocab("Predicate"));
        out.add(
            &r,
            rdfs::LABEL.into(),
            Literal::new_simple_literal(p.as_str()),
        );
        out.add(&r, vocab("polarity"), integer(p.polarity() as i64));
    }
    let inner = graph.inner();
    for (i, n) in graph.nodes() {
        let r = node_iri(n)?;
        let class = match n.kind {
            NodeKind::Actor => "Actor",
            NodeKind::Country => "Country",
            NodeKind::Topic => "Topic",
            NodeKind::Claim => "Claim",
        };
        out.add(&r, rdf::TYPE.into(), vocab(class));
        out.add(
            &r,
            rdfs::LABEL.into(),
            Literal::new_simple_literal(&n.label),
        );
        if let Some(kind) = &n.actor_kind {
            out.add(&r, vocab("actorKind"), Literal::new_simple_literal(kind));
        }
        if let Some(q) = &n.qid {
            out.add(&r, vocab("qid"), Literal::new_simple_literal(q));
        }
        if let (NodeKind::Country, Some(code)) = (n.kind, &n.country) {
            out.add(&r, vocab("code"), Literal::new_simple_literal(code));
        }
        for e in inner.edges(i) {
            if let EdgeData::Affiliation = e.weight() {
                use petgraph::visit::EdgeRef;
                out.add(&r, vocab("speaksFor"), node_iri(&inner[e.target()])?);
            }
        }
    }
    for (s, t, edge) in graph.edges() {
        if let EdgeData::Statement(e) = edge {
            statement_triples(&mut out, &inner[s], &inner[t], e)?;
        }
    }
    Ok(out.0)
}

fn io_error(e: std::io::Error) -> Error {
    Error::Serialize {
        format: "RDF",
        message: e.to_string(),
    }
}

/// The graph as Turtle with the vocabulary's prefixes.
pub fn to_turtle(graph: &KnowledgeGraph) -> Result<String> {
    let mut serializer = TurtleSerializer::new();
    for (name, iri) in prefixes() {
        serializer = serializer
            .with_prefix(name, iri)
            .map_err(|e| Error::InvalidIri {
                iri: name.to_string(),
                message: e.to_string(),
            })?;
    }
    let mut writer = serializer.for_writer(Vec::new());
    for t in triples(graph)? {
        writer.serialize_triple(&t).map_err(io_error)?;
    }
    let bytes = writer.finish().map_err(io_error)?;
    String::from_utf8(bytes).map_err(|e| Error::Serialize {
        format: "RDF",
        message: e.to_string(),
    })
}

/// The graph as N-Triples.
pub fn to_ntriples(graph: &KnowledgeGraph) -> Result<String> {
    let mut writer = NTriplesSerializer::new().for_writer(Vec::new());
    for t in triples(graph)? {
        writer.serialize_triple(&t).map_err(io_error)?;
    }
    String::from_utf8(writer.finish()).map_err(|e| Error::Serialize {
        format: "RDF",
        message: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::test_graph::small_graph;

    #[test]
    fn segments_are_encoded() {
        assert_eq!(encode_segment("Maria Sacharowa"), "Maria%20Sacharowa");
        assert_eq!(encode_segment("für \"Öl\""), "für%20%22Öl%22");
        assert_eq!(encode_segment("a/b#c"), "a%2Fb%23c");
    }

    #[test]
    fn turtle_and_ntriples_hold_the_same_triples() {
        let g = small_graph();
        let ttl = to_turtle(&g).unwrap();
        let nt = to_ntriples(&g).unwrap();
        assert!(
            ttl.contains("@prefix sp: <https://standpunkt.example/vocab#>"),
            "{ttl}"
        );
        assert!(ttl.contains("wd:Q61053"), "{ttl}");
        assert!(nt.contains("<http://www.wikidata.org/entity/Q61053> <https://standpunkt.example/vocab#speaksFor> <https://standpunkt.example/country/DEU> ."));
        assert!(nt.contains("\"2025-03\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>"));
        let parsed: Vec<_> = oxttl::TurtleParser::new()
            .for_slice(ttl.as_bytes())
            .collect::<std::result::Result<_, _>>()
            .unwrap();
        let from_nt: Vec<_> = oxttl::NTriplesParser::new()
            .for_slice(nt.as_bytes())
            .collect::<std::result::Result<_, _>>()
            .unwrap();
        assert_eq!(parsed, from_nt);
        assert_eq!(parsed, triples(&g).unwrap());
        assert_eq!(ttl, to_turtle(&g).unwrap());
    }
}
