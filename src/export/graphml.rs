//! GraphML with typed keys, as Gephi, yEd and networkx (`read_graphml`) read it: one
//! `<key>` per attribute of the shared [`table`](super::table) with its `attr.type`
//! (`int`, `double`, `boolean`, `string`), so numbers and booleans arrive as numbers and
//! booleans. Written with quick-xml, which escapes text and attribute values.
//!
//! Key ids are `n_<name>` for nodes, `e_<name>` for edges and `g_<name>` for the graph
//! (`statements`, `articles`, `generator`); edges carry ids `e0`, `e1`, … because the
//! graph is a multigraph (one actor may both reject and criticise the same object).

use super::table::{Column, Table, Value, EDGE_COLUMNS, NODE_COLUMNS};
use super::xml::{indented_document, text_node, xml_safe};
use crate::graph::KnowledgeGraph;
use quick_xml::events::{BytesDecl, Event};
use quick_xml::Writer;
use std::io;

/// The GraphML namespace.
pub const NAMESPACE: &str = "http://graphml.graphdrawing.org/xmlns";

/// The graph-level attributes: (name, type, value).
pub(crate) fn graph_attributes(graph: &KnowledgeGraph) -> Vec<(&'static str, &'static str, Value)> {
    vec![
        (
            "generator",
            "string",
            Value::String(format!("standpunkt {}", env!("CARGO_PKG_VERSION"))),
        ),
        (
            "statements",
            "int",
            Value::Int(graph.statement_count() as i64),
        ),
        ("articles", "int", Value::Int(graph.articles().len() as i64)),
    ]
}

fn write_keys<W: io::Write>(
    w: &mut Writer<W>,
    prefix: &str,
    domain: &str,
    columns: &[Column],
) -> io::Result<()> {
    for c in columns {
        w.create_element("key")
            .with_attributes([
                ("id", format!("{prefix}_{}", c.name).as_str()),
                ("for", domain),
                ("attr.name", c.name),
                ("attr.type", c.ty.graphml()),
            ])
            .write_empty()?;
    }
    Ok(())
}

fn write_data<W: io::Write>(
    w: &mut Writer<W>,
    prefix: &str,
    columns: &[Column],
    values: &[Option<Value>],
) -> io::Result<()> {
    for (c, v) in columns.iter().zip(values) {
        if let Some(v) = v {
            let text = v.text();
            w.create_element("data")
                .with_attribute(("key", format!("{prefix}_{}", c.name).as_str()))
                .write_text_content(text_node(&text))?;
        }
    }
    Ok(())
}

fn write(graph: &KnowledgeGraph, w: &mut Writer<Vec<u8>>) -> io::Result<()> {
    let table = Table::new(graph);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("graphml")
        .with_attributes([
            ("xmlns", NAMESPACE),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
            ),
        ])
        .write_inner_content(|w| {
            let graph_attributes = graph_attributes(graph);
            for (name, ty, _) in &graph_attributes {
                w.create_element("key")
                    .with_attributes([
                        ("id", format!("g_{name}").as_str()),
                        ("for", "graph"),
                        ("attr.name", name),
                        ("attr.type", ty),
                    ])
                    .write_empty()?;
            }
            write_keys(w, "n", "node", NODE_COLUMNS)?;
            write_keys(w, "e", "edge", EDGE_COLUMNS)?;
            w.create_element("graph")
                .with_attributes([("id", "standpunkt"), ("edgedefault", "directed")])
                .write_inner_content(|w| {
                    for (name, _, value) in &graph_attributes {
                        w.create_element("data")
                            .with_attribute(("key", format!("g_{name}").as_str()))
                            .write_text_content(text_node(&value.text()))?;
                    }
                    for row in &table.nodes {
                        w.create_element("node")
                            .with_attribute(("id", xml_safe(&row.id).as_ref()))
                            .write_inner_content(|w| {
                                write_data(w, "n", NODE_COLUMNS, &row.values)
                            })?;
                    }
                    for row in &table.edges {
                        w.create_element("edge")
                            .with_attributes([
                                ("id", row.id.as_str()),
                                ("source", xml_safe(&row.source).as_ref()),
                                ("target", xml_safe(&row.target).as_ref()),
                            ])
                            .write_inner_content(|w| {
                                write_data(w, "e", EDGE_COLUMNS, &row.values)
                            })?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(())
}

/// The graph as GraphML (UTF-8, indented, newline at the end).
pub fn to_graphml(graph: &KnowledgeGraph) -> String {
    indented_document(|w| write(graph, w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::test_graph::small_graph;

    #[test]
    fn keys_are_typed_and_text_escaped() {
        let xml = to_graphml(&small_graph());
        assert!(xml.contains(
            r#"<key id="n_out_statements" for="node" attr.name="out_statements" attr.type="int"/>"#
        ));
        assert!(xml.contains(r#"attr.name="negated" attr.type="boolean""#));
        assert!(xml.contains(r#"attr.name="mean_polarity" attr.type="double""#));
        assert!(
            xml.contains("„Frieden“ für \"Öl\" \\ ja &lt;&amp;&gt;"),
            "{xml}"
        );
        assert!(xml.contains(r#"<data key="e_negated">true</data>"#));
        assert_eq!(xml, to_graphml(&small_graph()), "deterministic");
    }
}
