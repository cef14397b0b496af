//! The interactive viewer: the graph as one self-contained HTML file that opens from
//! disk (`file://`) with no network. The page embeds Cytoscape.js with the fCoSE layout
//! (vendored from npm at pinned versions in `vendor/`, see `tools/viewer/`), the viewer's
//! own script and style (`assets/`), and the graph as node-link JSON ([`crate::export::json`])
//! together with the names the lexicon knows for its nodes ([`aliases`]) and positions
//! for graphs too big to lay out in the browser at open ([`layout`]).
//!
//! In the page a user filters, searches, follows an actor's neighbourhood, reads the
//! evidence of any node or edge, switches to the discourse networks (congruence,
//! conflict, as [`crate::network`] defines them) and exports PNG, SVG and CSV;
//! `window.standpunkt` offers the same to scripts (`assets/app.js` documents it).

pub mod aliases;
pub mod layout;
mod page;

use crate::error::{Error, Result};
use crate::export::render::filter;
use crate::export::write_atomic_with;
use crate::graph::KnowledgeGraph;
use crate::lexicon::Lexicon;
use std::path::Path;

pub use page::write_page;

/// What the page shows.
#[derive(Debug, Clone, Default)]
pub struct ViewOptions {
    /// Keep only the N actors with the most evidence, their statements and objects
    /// (`None`: the whole graph).
    pub top: Option<usize>,
    /// The page's title (default: `standpunkt`).
    pub title: Option<String>,
}

/// The part of `graph` the page shows: the whole graph, or with `top` the most active
/// actors and their edges (the same cut as `render --top`).
pub fn shown(graph: &KnowledgeGraph, options: &ViewOptions) -> Option<KnowledgeGraph> {
    options.top.map(|n| filter(graph, Some(n), 1))
}

/// The page as a string.
pub fn to_html(graph: &KnowledgeGraph, lexicon: &Lexicon, options: &ViewOptions) -> String {
    let mut out = Vec::new();
    write_html(graph, lexicon, options, &mut out).expect("writing to memory");
    String::from_utf8(out).expect("the page is UTF-8")
}

/// Writes the page for `graph` (cut to `options.top` actors) to `out`.
pub fn write_html(
    graph: &KnowledgeGraph,
    lexicon: &Lexicon,
    options: &ViewOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let cut = shown(graph, options);
    let graph = cut.as_ref().unwrap_or(graph);
    let title = options.title.as_deref().unwrap_or("standpunkt");
    let positions = layout::positions(graph);
    write_page(
        graph,
        &aliases::aliases(graph, lexicon),
        &positions,
        title,
        out,
    )
}

/// Writes the page to `path` atomically (creating its directory).
pub fn write_html_file(
    graph: &KnowledgeGraph,
    lexicon: &Lexicon,
    options: &ViewOptions,
    path: &Path,
) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|err| Error::io(dir, err))?;
    }
    write_atomic_with(path, |out| write_html(graph, lexicon, options, out))
}
