//! GEXF 1.3 for Gephi (and networkx `read_gexf`): declared, typed node and edge
//! attributes from the shared [`table`](super::table), the dates of the evidence as
//! spells so that Gephi's timeline filters statements by date, and colours (`viz:color`)
//! by country and by polarity. Written with quick-xml.
//!
//! GEXF has its own places for some attributes: `label` is the node's and edge's `label`,
//! `weight` the edge's `weight` (a double in the schema), and the edge `kind` (the label,
//! `reject` or `not reject`) keeps parallel edges apart in Gephi. The graph is
//! `mode="dynamic"` with `timeformat="date"`: a statement edge lives on the days of its
//! evidence (a month-precise date covers its month), a node on the days of its
//! statements; affiliations, countries and undated statements are always present.

use super::dot::{country_colours, polarity_colour};
use super::table::{Column, EdgeRow, Table, Value, EDGE_COLUMNS, NODE_COLUMNS};
use super::xml::{indented_document, text_node, xml_safe};
use crate::graph::{KnowledgeGraph, NodeKind};
use crate::ingest::{days_in_month_pub as days_in_month, ArticleDate};
use quick_xml::events::{BytesDecl, Event};
use quick_xml::Writer;
use std::collections::HashMap;
use std::io;

/// The GEXF 1.3 namespace.
pub const NAMESPACE: &str = "http://gexf.net/1.3";

/// Columns written as GEXF's own XML attributes rather than as `<attvalue>`s.
const NATIVE: &[&str] = &["label", "weight"];

/// A closed interval of days, `YYYY-MM-DD` strings (which sort as dates).
pub type Spell = (String, String);

/// The days a date covers: a day, a whole month or a whole year.
pub fn spell(date: &ArticleDate) -> Spell {
    let y = date.year;
    match (date.month, date.day) {
        (Some(m), Some(d)) => {
            let day = format!("{y:04}-{m:02}-{d:02}");
            (day.clone(), day)
        }
        (Some(m), None) => (
            format!("{y:04}-{m:02}-01"),
            format!("{y:04}-{m:02}-{:02}", days_in_month(y, m)),
        ),
        _ => (format!("{y:04}-01-01"), format!("{y:04}-12-31")),
    }
}

/// Sorts spells and merges overlapping ones (Gephi rejects overlapping intervals).
pub fn merge_spells(mut spells: Vec<Spell>) -> Vec<Spell> {
    spells.sort();
    let mut out: Vec<Spell> = Vec::new();
    for (start, end) in spells {
        match out.last_mut() {
            Some(last) if start <= last.1 => {
                if end > last.1 {
                    last.1 = end;
                }
            }
            _ => out.push((start, end)),
        }
    }
    out
}

fn edge_spells(row: &EdgeRow) -> Vec<Spell> {
    merge_spells(row.dates.iter().map(spell).collect())
}

/// The spells of the table's nodes (by id; a node lives on the days of the statement
/// edges it takes part in) and of its edges (in order). Undated elements have none.
pub fn spells(table: &Table) -> (HashMap<String, Vec<Spell>>, Vec<Vec<Spell>>) {
    let edges: Vec<Vec<Spell>> = table.edges.iter().map(edge_spells).collect();
    let mut nodes: HashMap<String, Vec<Spell>> = HashMap::new();
    for (row, spells) in table.edges.iter().zip(&edges) {
        for end in [&row.source, &row.target] {
            nodes
                .entry(end.clone())
                .or_default()
                .extend(spells.iter().cloned());
        }
    }
    let nodes = nodes
        .into_iter()
        .map(|(id, s)| (id, merge_spells(s)))
        .collect();
    (nodes, edges)
}

fn rgb(hex: &str) -> [String; 3] {
    let channel = |i: usize| {
        u8::from_str_radix(hex.get(i..i + 2).unwrap_or("99"), 16)
            .unwrap_or(0x99)
            .to_string()
    };
    [channel(1), channel(3), channel(5)]
}

fn write_color<W: io::Write>(w: &mut Writer<W>, hex: &str) -> io::Result<()> {
    let [r, g, b] = rgb(hex);
    w.create_element("viz:color")
        .with_attributes([("r", r.as_str()), ("g", g.as_str()), ("b", b.as_str())])
        .write_empty()?;
    Ok(())
}

fn write_attribute_declarations<W: io::Write>(
    w: &mut Writer<W>,
    class: &str,
    columns: &[Column],
) -> io::Result<()> {
    w.create_element("attributes")
        .with_attribute(("class", class))
        .write_inner_content(|w| {
            for c in columns.iter().filter(|c| !NATIVE.contains(&c.name)) {
                w.create_element("attribute")
                    .with_attributes([("id", c.name), ("title", c.name), ("type", c.ty.gexf())])
                    .write_empty()?;
            }
            Ok(())
        })?;
    Ok(())
}

fn write_attvalues<W: io::Write>(
    w: &mut Writer<W>,
    columns: &[Column],
    values: &[Option<Value>],
) -> io::Result<()> {
    let present: Vec<(&Column, &Value)> = columns
        .iter()
        .zip(values)
        .filter(|(c, _)| !NATIVE.contains(&c.name))
        .filter_map(|(c, v)| v.as_ref().map(|v| (c, v)))
        .collect();
    if present.is_empty() {
        return Ok(());
    }
    w.create_element("attvalues").write_inner_content(|w| {
        for (c, v) in present {
            let text = v.text();
            w.create_element("attvalue")
                .with_attributes([("for", c.name), ("value", xml_safe(&text).as_ref())])
                .write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

fn write_spells<W: io::Write>(w: &mut Writer<W>, spells: &[Spell]) -> io::Result<()> {
    if spells.is_empty() {
        return Ok(());
    }
    w.create_element("spells").write_inner_content(|w| {
        for (start, end) in spells {
            w.create_element("spell")
                .with_attributes([("start", start.as_str()), ("end", end.as_str())])
                .write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

fn write(graph: &KnowledgeGraph, w: &mut Writer<Vec<u8>>) -> io::Result<()> {
    let table = Table::new(graph);
    let colours = country_colours(graph);
    let (node_spells, edge_spells) = spells(&table);
    let kinds: HashMap<&str, (NodeKind, Option<&str>)> = graph
        .nodes()
        .map(|(_, n)| (n.id.as_str(), (n.kind, n.country.as_deref())))
        .collect();
    let description = format!(
        "Who said what: {} statements from {} articles",
        graph.statement_count(),
        graph.articles().len()
    );
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("gexf")
        .with_attributes([
            ("xmlns", NAMESPACE),
            ("xmlns:viz", "http://gexf.net/1.3/viz"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            ),
            ("version", "1.3"),
        ])
        .write_inner_content(|w| {
            w.create_element("meta").write_inner_content(|w| {
                w.create_element("creator")
                    .write_text_content(text_node(&format!(
                        "standpunkt {}",
                        env!("CARGO_PKG_VERSION")
                    )))?;
                w.create_element("description")
                    .write_text_content(text_node(&description))?;
                Ok(())
            })?;
            w.create_element("graph")
                .with_attributes([
                    ("defaultedgetype", "directed"),
                    ("mode", "dynamic"),
                    ("timeformat", "date"),
                ])
                .write_inner_content(|w| {
                    write_attribute_declarations(w, "node", NODE_COLUMNS)?;
                    write_attribute_declarations(w, "edge", EDGE_COLUMNS)?;
                    let count = table.nodes.len().to_string();
                    w.create_element("nodes")
                        .with_attribute(("count", count.as_str()))
                        .write_inner_content(|w| {
                            for row in &table.nodes {
                                let mut element = w
                                    .create_element("node")
                                    .with_attribute(("id", xml_safe(&row.id).as_ref()));
                                if let Some(label) = row.get("label") {
                                    element = element.with_attribute((
                                        "label",
                                        xml_safe(&label.text()).as_ref(),
                                    ));
                                }
                                let spells = node_spells.get(&row.id).cloned().unwrap_or_default();
                                let colour = match kinds.get(row.id.as_str()) {
                                    Some((NodeKind::Actor | NodeKind::Country, Some(code))) => {
                                        colours.get(*code).copied().unwrap_or("#eeeeee")
                                    }
                                    Some((NodeKind::Topic, _)) => "#ffffff",
                                    Some((NodeKind::Claim, _)) => "#f7f7f7",
                                    _ => "#eeeeee",
                                };
                                element.write_inner_content(|w| {
                                    write_attvalues(w, NODE_COLUMNS, &row.values)?;
                                    write_spells(w, &spells)?;
                                    write_color(w, colour)
                                })?;
                            }
                            Ok(())
                        })?;
                    let count = table.edges.len().to_string();
                    w.create_element("edges")
                        .with_attribute(("count", count.as_str()))
                        .write_inner_content(|w| {
                            for (row, spells) in table.edges.iter().zip(&edge_spells) {
                                let label = row.get("label").map(Value::text).unwrap_or_default();
                                let weight =
                                    row.get("weight").map(Value::text).unwrap_or("1".into());
                                let polarity = match row.get("polarity") {
                                    Some(Value::Int(p)) => polarity_colour(*p as i8),
                                    _ => "#999999",
                                };
                                w.create_element("edge")
                                    .with_attributes([
                                        ("id", row.id.as_str()),
                                        ("source", xml_safe(&row.source).as_ref()),
                                        ("target", xml_safe(&row.target).as_ref()),
                                        ("label", label.as_str()),
                                        ("kind", label.as_str()),
                                        ("weight", weight.as_str()),
                                    ])
                                    .write_inner_content(|w| {
                                        write_attvalues(w, EDGE_COLUMNS, &row.values)?;
                                        write_spells(w, spells)?;
                                        write_color(w, polarity)
                                    })?;
                            }
                            Ok(())
                        })?;
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(())
}

/// The graph as GEXF 1.3 (UTF-8, indented, newline at the end).
pub fn to_gexf(graph: &KnowledgeGraph) -> String {
    indented_document(|w| write(graph, w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::test_graph::small_graph;

    #[test]
    fn dates_become_spells() {
        let month = ArticleDate::parse("2024-02").unwrap();
        assert_eq!(spell(&month), ("2024-02-01".into(), "2024-02-29".into()));
        let day = ArticleDate::parse("2025-09-04").unwrap();
        assert_eq!(spell(&day), ("2025-09-04".into(), "2025-09-04".into()));
        let merged = merge_spells(vec![
            ("2025-03-10".into(), "2025-03-10".into()),
            ("2025-03-01".into(), "2025-03-31".into()),
            ("2025-09-04".into(), "2025-09-04".into()),
        ]);
        assert_eq!(
            merged,
            vec![
                ("2025-03-01".into(), "2025-03-31".into()),
                ("2025-09-04".into(), "2025-09-04".into())
            ]
        );
    }

    #[test]
    fn attributes_are_declared_and_spells_written() {
        let xml = to_gexf(&small_graph());
        assert!(xml
            .contains(r#"<attribute id="out_statements" title="out_statements" type="integer"/>"#));
        assert!(!xml.contains(r#"title="label""#), "label is GEXF's own");
        assert!(xml.contains(r#"<spell start="2025-03-01" end="2025-03-31"/>"#));
        assert!(xml.contains(r#"kind="not support""#));
        assert!(
            xml.contains(r#"label="„Frieden“ für &quot;Öl&quot; \ ja &lt;&amp;&gt;""#),
            "{xml}"
        );
        assert_eq!(xml, to_gexf(&small_graph()));
    }
}
