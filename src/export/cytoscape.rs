//! Cytoscape.js JSON, which Cytoscape.js (`cytoscape({elements})`, `cy.json()`) and
//! Cytoscape desktop (`.cyjs`) read: `elements.nodes[].data` and `elements.edges[].data`
//! with `id`, `source`, `target` and the typed attributes of the shared
//! [`table`](super::table) (JSON numbers and booleans), plus the top-level `data` and
//! `format_version` that Cytoscape desktop writes and reads.

use super::graphml::graph_attributes;
use super::table::{Column, Table, Value, EDGE_COLUMNS, NODE_COLUMNS};
use crate::graph::KnowledgeGraph;
use serde_json::{json, Map, Value as Json};

fn data(id: &str, columns: &[Column], values: &[Option<Value>]) -> Map<String, Json> {
    let mut data = Map::new();
    data.insert("id".into(), Json::from(id));
    for (c, v) in columns.iter().zip(values) {
        if let Some(v) = v {
            data.insert(c.name.into(), v.json());
        }
    }
    data
}

/// The graph as Cytoscape.js JSON (pretty-printed, newline at the end).
pub fn to_cytoscape(graph: &KnowledgeGraph) -> String {
    let table = Table::new(graph);
    let nodes: Vec<Json> = table
        .nodes
        .iter()
        .map(|row| json!({ "data": data(&row.id, NODE_COLUMNS, &row.values) }))
        .collect();
    let edges: Vec<Json> = table
        .edges
        .iter()
        .map(|row| {
            let mut d = data(&row.id, EDGE_COLUMNS, &row.values);
            d.insert("source".into(), Json::from(row.source.as_str()));
            d.insert("target".into(), Json::from(row.target.as_str()));
            json!({ "data": d })
        })
        .collect();
    let mut graph_data = Map::new();
    graph_data.insert("name".into(), Json::from("standpunkt"));
    for (name, _, value) in graph_attributes(graph) {
        graph_data.insert(name.into(), value.json());
    }
    let document = json!({
        "format_version": "1.0",
        "generated_by": format!("standpunkt-{}", env!("CARGO_PKG_VERSION")),
        "target_cytoscapejs_version": "~3.0",
        "data": graph_data,
        "elements": { "nodes": nodes, "edges": edges },
    });
    let mut out = serde_json::to_string_pretty(&document).expect("JSON values serialise");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::test_graph::small_graph;

    #[test]
    fn elements_carry_typed_data() {
        let text = to_cytoscape(&small_graph());
        let doc: Json = serde_json::from_str(&text).unwrap();
        let nodes = doc["elements"]["nodes"].as_array().unwrap();
        let edges = doc["elements"]["edges"].as_array().unwrap();
        assert_eq!(nodes.len(), 6);
        assert_eq!(edges.len(), 5);
        let reject = edges
            .iter()
            .find(|e| e["data"]["predicate"] == "reject")
            .unwrap();
        assert_eq!(reject["data"]["weight"], 2);
        assert_eq!(reject["data"]["negated"], false);
        assert_eq!(reject["data"]["source"], "actor:Maria Sacharowa");
        assert!(nodes.iter().all(|n| n["data"]["id"].is_string()));
        assert_eq!(text, to_cytoscape(&small_graph()));
    }
}
