//! Where a query's statements come from: a graph written by `standpunkt build` (one
//! `.json` file), or articles, extracted on the fly into a graph.

use crate::error::{Error, Result};
use crate::export::json::read_graph;
use crate::graph::KnowledgeGraph;
use crate::pipeline::Pipeline;
use std::path::PathBuf;

/// A graph file or article paths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Node-link JSON written by `standpunkt build`.
    Graph(PathBuf),
    /// Article files and directories.
    Articles(Vec<PathBuf>),
}

impl Source {
    /// A `.json` path is a graph and must come alone; anything else is articles.
    pub fn from_paths(paths: &[PathBuf]) -> Result<Source> {
        let is_graph = |p: &PathBuf| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        };
        match paths {
            [] => Err(Error::NoSource),
            [one] if is_graph(one) => Ok(Source::Graph(one.clone())),
            _ => match paths.iter().find(|p| is_graph(p)) {
                Some(graph) => Err(Error::GraphNotAlone {
                    path: graph.clone(),
                }),
                None => Ok(Source::Articles(paths.to_vec())),
            },
        }
    }

    /// Reads the graph, or extracts the articles with `pipeline` and builds one.
    /// Returns the graph and the run's warnings (skipped records).
    pub fn load(&self, pipeline: &Pipeline) -> Result<(KnowledgeGraph, Vec<String>)> {
        match self {
            Source::Graph(path) => Ok((read_graph(path)?, Vec::new())),
            Source::Articles(paths) => {
                let lexicon = pipeline.extractor().lexicon();
                let mut graph = KnowledgeGraph::new();
                let report = pipeline.run(paths, |article, statements| {
                    graph.add_article(&article.id, article.date.as_deref());
                    for s in &statements {
                        graph.add_statement(s, lexicon);
                    }
                    Ok(())
                })?;
                Ok((graph, report.warnings))
            }
        }
    }
}
