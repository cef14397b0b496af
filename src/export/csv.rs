//! CSV for `neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv`:
//! two files with neo4j's header conventions. `nodes.csv` has `id:ID`, `:LABEL` (`Actor`
//! plus the actor kind, `Actor;Person`; `Country`, `Topic`, `Claim`) and the node
//! attributes of the shared [`table`](super::table); `edges.csv` has `:START_ID`,
//! `:END_ID`, `:TYPE` (the predicate in upper case, `NOT_` before a negated one,
//! `SPEAKS_FOR` for affiliations) and the edge attributes. Typed columns carry neo4j's
//! suffix (`weight:int`, `negated:boolean`, `mean_polarity:double`); a missing value is an
//! empty field, which neo4j skips. Line breaks inside values become spaces, so the files
//! import without `--multiline-fields`. Quoting is the csv crate's (RFC 4180).

use super::table::{Column, Table, Value, EDGE_COLUMNS, NODE_COLUMNS};
use crate::error::{Error, Result};
use crate::graph::{KnowledgeGraph, NodeKind};
use std::collections::HashMap;

/// The nodes file's name.
pub const NODES_FILE: &str = "nodes.csv";
/// The relationships file's name.
pub const EDGES_FILE: &str = "edges.csv";

fn header(columns: &[Column]) -> Vec<String> {
    columns
        .iter()
        .map(|c| format!("{}{}", c.name, c.ty.neo4j()))
        .collect()
}

fn field(value: &Option<Value>) -> String {
    match value {
        Some(v) => v.text().replace("\r\n", " ").replace(['\n', '\r'], " "),
        None => String::new(),
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The neo4j relationship type of an edge label: `reject` → `REJECT`, `not commit` →
/// `NOT_COMMIT`, `affiliation` → `SPEAKS_FOR`.
pub fn relationship_type(label: &str) -> String {
    if label == "affiliation" {
        return "SPEAKS_FOR".into();
    }
    label.to_uppercase().replace(' ', "_")
}

fn finish(writer: csv::Writer<Vec<u8>>) -> Result<String> {
    let bytes = writer.into_inner().map_err(|e| Error::Serialize {
        format: "CSV",
        message: e.to_string(),
    })?;
    String::from_utf8(bytes).map_err(|e| Error::Serialize {
        format: "CSV",
        message: e.to_string(),
    })
}

/// The graph as neo4j-admin CSV: (`nodes.csv`, `edges.csv`).
pub fn to_csv(graph: &KnowledgeGraph) -> Result<(String, String)> {
    let table = Table::new(graph);
    let error = |e: csv::Error| Error::Serialize {
        format: "CSV",
        message: e.to_string(),
    };
    let labels: HashMap<&str, String> = graph
        .nodes()
        .map(|(_, n)| {
            let mut label = capitalised(n.kind.as_str());
            if let (NodeKind::Actor, Some(kind)) = (n.kind, n.actor_kind.as_deref()) {
                if !kind.is_empty() {
                    label.push(';');
                    label.push_str(&capitalised(kind));
                }
            }
            (n.id.as_str(), label)
        })
        .collect();

    let mut nodes = csv::Writer::from_writer(Vec::new());
    let mut head = vec!["id:ID".to_string(), ":LABEL".to_string()];
    head.extend(header(NODE_COLUMNS));
    nodes.write_record(&head).map_err(error)?;
    for row in &table.nodes {
        let mut record = vec![
            row.id.clone(),
            labels.get(row.id.as_str()).cloned().unwrap_or_default(),
        ];
        record.extend(row.values.iter().map(field));
        nodes.write_record(&record).map_err(error)?;
    }

    let mut edges = csv::Writer::from_writer(Vec::new());
    let mut head = vec![
        ":START_ID".to_string(),
        ":END_ID".to_string(),
        ":TYPE".to_string(),
        "id".to_string(),
    ];
    head.extend(header(EDGE_COLUMNS));
    edges.write_record(&head).map_err(error)?;
    for row in &table.edges {
        let label = row.get("label").map(Value::text).unwrap_or_default();
        let mut record = vec![
            row.source.clone(),
            row.target.clone(),
            relationship_type(&label),
            row.id.clone(),
        ];
        record.extend(row.values.iter().map(field));
        edges.write_record(&record).map_err(error)?;
    }
    Ok((finish(nodes)?, finish(edges)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::test_graph::small_graph;

    #[test]
    fn neo4j_headers_and_quoting() {
        let (nodes, edges) = to_csv(&small_graph()).unwrap();
        let first = nodes.lines().next().unwrap();
        assert_eq!(
            first,
            "id:ID,:LABEL,label,kind,actor_kind,qid,country,out_statements:int,in_statements:int,mean_polarity:double"
        );
        assert!(
            nodes.contains("actor:Q61053,Actor;Person,Olaf Scholz,actor,person,Q61053,DEU,1,0,-1")
        );
        assert!(
            nodes.contains(r#""„Frieden“ für ""Öl"" \ ja <&>""#),
            "{nodes}"
        );
        let head = edges.lines().next().unwrap();
        assert!(head.starts_with(
            ":START_ID,:END_ID,:TYPE,id,edge_type,label,predicate,negated:boolean,polarity:int"
        ));
        assert!(edges.contains(",NOT_SUPPORT,"));
        assert!(edges.contains(",SPEAKS_FOR,"));
        assert_eq!(nodes.lines().count(), 7);
        assert_eq!(edges.lines().count(), 6);
    }
}
