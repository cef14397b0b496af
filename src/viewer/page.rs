//! Assembling the page: markup, style, the vendored libraries, the data and the viewer
//! script, all inline, so that the one file works from disk without network.

use crate::export::json::write_json_compact;
use crate::graph::KnowledgeGraph;
use std::collections::BTreeMap;
use std::io::Write;

const STYLE: &str = include_str!("assets/viewer.css");
const BODY: &str = include_str!("assets/body.html");
/// The viewer's script: data and filter, drawing, controls, in one scope.
const SCRIPT: &str = concat!(
    "(function () {\n'use strict';\n",
    include_str!("assets/model.js"),
    include_str!("assets/draw.js"),
    include_str!("assets/app.js"),
    "})();\n"
);
/// Collects the page's script errors in `window.standpunktErrors`, for tests in browsers
/// whose driver does not read the console (geckodriver).
const ERRORS: &str = "window.standpunktErrors = []; window.addEventListener('error', \
    function (e) { window.standpunktErrors.push(String(e.message)); });";
/// The libraries, in load order (each UMD bundle registers a global the next one uses).
const VENDOR: [(&str, &str); 4] = [
    ("layout-base 2.0.1", include_str!("vendor/layout-base.js")),
    ("cose-base 2.2.0", include_str!("vendor/cose-base.js")),
    (
        "cytoscape-fcose 2.2.0",
        include_str!("vendor/cytoscape-fcose.js"),
    ),
    ("cytoscape 3.34.4", include_str!("vendor/cytoscape.min.js")),
];

/// Escapes text for HTML element content and attribute values.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Passes JSON through with every `<` written as `\u003c`: inside a `<script>` element
/// the text `</script>` (or `<!--`) in a sentence would otherwise end the element. In
/// JSON `<` can only stand inside strings, where the escape means the same character.
struct ScriptSafe<'a>(&'a mut dyn Write);

impl Write for ScriptSafe<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut rest = buf;
        while let Some(at) = rest.iter().position(|&b| b == b'<') {
            self.0.write_all(&rest[..at])?;
            self.0.write_all(b"\\u003c")?;
            rest = &rest[at + 1..];
        }
        self.0.write_all(rest)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

/// Writes the page: `graph` as node-link JSON, `aliases` (node id → names) and
/// `positions` (node id → `[x, y]`, used by the page for graphs it does not lay out
/// itself) as data.
pub fn write_page(
    graph: &KnowledgeGraph,
    aliases: &BTreeMap<String, Vec<String>>,
    positions: &BTreeMap<String, [f64; 2]>,
    title: &str,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    let title = escape_html(title);
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"standpunkt {}\">\n<title>{title}</title>\n\
         <style>\n{STYLE}</style>\n<script>{ERRORS}</script>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION")
    )?;
    out.write_all(BODY.replace("{{title}}", &title).as_bytes())?;
    out.write_all(b"<script type=\"application/json\" id=\"standpunkt-data\">{\"graph\":")?;
    write_json_compact(graph, &mut ScriptSafe(&mut out))?;
    out.write_all(b",\"aliases\":")?;
    serde_json::to_writer(&mut ScriptSafe(&mut out), aliases)?;
    out.write_all(b",\"positions\":")?;
    serde_json::to_writer(&mut ScriptSafe(&mut out), positions)?;
    out.write_all(b"}</script>\n")?;
    for (name, code) in VENDOR {
        writeln!(
            out,
            "<script>/* {name} (MIT), see NOTICE */\n{code}\n</script>"
        )?;
    }
    write!(out, "<script>\n{SCRIPT}</script>\n</body>\n</html>\n")?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::test_graph::small_graph;

    fn page() -> String {
        let mut out = Vec::new();
        let aliases = BTreeMap::from([("country:RUS".to_string(), vec!["Moskau".to_string()])]);
        let positions = BTreeMap::from([("country:RUS".to_string(), [-1.5, 20.0])]);
        write_page(
            &small_graph(),
            &aliases,
            &positions,
            "A <b> & \"c\"",
            &mut out,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_data_cannot_end_its_script_element() {
        let page = page();
        let start = page.find("id=\"standpunkt-data\">").unwrap() + 21;
        let end = start + page[start..].find("</script>").unwrap();
        let data: serde_json::Value = serde_json::from_str(&page[start..end]).unwrap();
        // The claim's label holds `<&>`; it survives, escaped, as the same string.
        let labels: Vec<&str> = data["graph"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["label"].as_str().unwrap())
            .collect();
        assert!(
            labels.contains(&"„Frieden“ für \"Öl\" \\ ja <&>"),
            "{labels:?}"
        );
        assert!(!page[start..end].contains('<'));
        assert_eq!(data["aliases"]["country:RUS"][0], "Moskau");
        assert_eq!(
            data["positions"]["country:RUS"],
            serde_json::json!([-1.5, 20.0])
        );
        assert_eq!(data["graph"]["links"].as_array().unwrap().len(), 5);
    }

    #[test]
    fn the_page_is_self_contained() {
        let page = page();
        assert!(page.contains("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>"));
        // No file or network is fetched: no src= or href= to anything.
        assert!(!page.contains("<script src"), "scripts are inline");
        assert!(!page.contains("<link "), "styles are inline");
        assert!(page.contains("cytoscape 3.34.4"));
        assert!(page.trim_end().ends_with("</html>"));
    }
}
