//! A discourse network as GraphML with typed keys (`int`, `double`, `string`), written
//! with quick-xml, so that Gephi, yEd, visone and networkx keep numbers as numbers.
//! Only the keys the network's mode uses are declared.

use super::{DiscourseNetwork, EdgeDetail, Mode};
use crate::export::xml::{indented_document, xml_safe};
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use std::io;

/// A GraphML key: id (= attribute name), domain, type.
struct Key {
    name: &'static str,
    domain: &'static str,
    ty: &'static str,
}

const fn key(name: &'static str, domain: &'static str, ty: &'static str) -> Key {
    Key { name, domain, ty }
}

fn keys(mode: Mode) -> Vec<Key> {
    let mut keys = vec![
        key("mode", "graph", "string"),
        key("normalization", "graph", "string"),
        key("level", "graph", "string"),
        key("duplicates", "graph", "string"),
        key("concept_scope", "graph", "string"),
        key("label", "node", "string"),
        key("kind", "node", "string"),
        key("country", "node", "string"),
        key("actor_kind", "node", "string"),
        key("statements", "node", "int"),
        key("weight", "edge", "double"),
        key("sign", "edge", "int"),
    ];
    if mode == Mode::Affiliation {
        keys.extend([
            key("bipartite", "node", "int"),
            key("positive", "edge", "int"),
            key("neutral", "edge", "int"),
            key("negative", "edge", "int"),
        ]);
    } else {
        keys.extend([
            key("congruence", "edge", "int"),
            key("conflict", "edge", "int"),
            key("concepts", "edge", "string"),
        ]);
    }
    keys
}

fn data<W: io::Write>(w: &mut Writer<W>, key: &str, value: &str) -> io::Result<()> {
    w.create_element("data")
        .with_attribute(("key", key))
        .write_text_content(BytesText::new(&xml_safe(value)))?;
    Ok(())
}

fn write<W: io::Write>(w: &mut Writer<W>, network: &DiscourseNetwork) -> io::Result<()> {
    let o = &network.options;
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("graphml")
        .with_attributes([
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
            ),
        ])
        .write_inner_content(|w| {
            for k in keys(o.mode) {
                w.create_element("key")
                    .with_attributes([
                        ("id", k.name),
                        ("for", k.domain),
                        ("attr.name", k.name),
                        ("attr.type", k.ty),
                    ])
                    .write_empty()?;
            }
            let graph_id = format!("standpunkt_{}", o.mode);
            w.create_element("graph")
                .with_attributes([("id", graph_id.as_str()), ("edgedefault", "undirected")])
                .write_inner_content(|w| {
                    data(w, "mode", o.mode.as_str())?;
                    data(w, "normalization", o.normalization.as_str())?;
                    data(w, "level", o.level.as_str())?;
                    data(w, "duplicates", o.duplicates.as_str())?;
                    data(w, "concept_scope", o.concepts.as_str())?;
                    for n in &network.nodes {
                        let id = xml_safe(&n.id);
                        w.create_element("node")
                            .with_attribute(("id", id.as_ref()))
                            .write_inner_content(|w| {
                                data(w, "label", &n.label)?;
                                data(w, "kind", n.role.as_str())?;
                                if let Some(c) = &n.country {
                                    data(w, "country", c)?;
                                }
                                if let Some(k) = &n.actor_kind {
                                    data(w, "actor_kind", k)?;
                                }
                                data(w, "statements", &n.statements.to_string())?;
                                if o.mode == Mode::Affiliation {
                                    let part = u8::from(n.role == super::NodeRole::Concept);
                                    data(w, "bipartite", &part.to_string())?;
                                }
                                Ok(())
                            })?;
                    }
                    for (i, e) in network.edges.iter().enumerate() {
                        let id = format!("e{i}");
                        let (source, target) = (xml_safe(&e.source), xml_safe(&e.target));
                        w.create_element("edge")
                            .with_attributes([
                                ("id", id.as_str()),
                                ("source", source.as_ref()),
                                ("target", target.as_ref()),
                            ])
                            .write_inner_content(|w| {
                                data(w, "weight", &e.weight.to_string())?;
                                data(w, "sign", &e.sign.to_string())?;
                                match &e.detail {
                                    EdgeDetail::Affiliation {
                                        positive,
                                        neutral,
                                        negative,
                                    } => {
                                        data(w, "positive", &positive.to_string())?;
                                        data(w, "neutral", &neutral.to_string())?;
                                        data(w, "negative", &negative.to_string())?;
                                    }
                                    EdgeDetail::OneMode {
                                        congruence,
                                        conflict,
                                        concepts,
                                    } => {
                                        data(w, "congruence", &congruence.to_string())?;
                                        data(w, "conflict", &conflict.to_string())?;
                                        data(w, "concepts", &concepts.join("; "))?;
                                    }
                                }
                                Ok(())
                            })?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(())
}

/// The network as GraphML text (indented, newline at the end).
pub fn to_graphml(network: &DiscourseNetwork) -> String {
    indented_document(|w| write(w, network))
}
