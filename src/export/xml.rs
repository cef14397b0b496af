//! XML text as the GraphML and GEXF writers need it: characters XML 1.0 cannot hold
//! dropped, element text escaped, and whole documents written indented to a string.

use quick_xml::escape::partial_escape;
use quick_xml::events::BytesText;
use quick_xml::Writer;
use std::borrow::Cow;
use std::io;

/// Drops the characters XML 1.0 does not allow (C0 controls other than tab, newline and
/// carriage return; U+FFFE, U+FFFF), which a news text may still contain.
pub(crate) fn xml_safe(text: &str) -> Cow<'_, str> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
    };
    if text.chars().all(allowed) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().filter(|&c| allowed(c)).collect())
    }
}

/// Element text: XML-safe, with only `<`, `>` and `&` escaped (quotes stay readable).
pub(crate) fn text_node(text: &str) -> BytesText<'static> {
    BytesText::from_escaped(partial_escape(xml_safe(text).as_ref()).into_owned())
}

/// A document written by `write` with two-space indentation, ending in a newline.
pub(crate) fn indented_document(
    write: impl FnOnce(&mut Writer<Vec<u8>>) -> io::Result<()>,
) -> String {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    write(&mut w).expect("writing to memory does not fail");
    let mut out = String::from_utf8(w.into_inner()).expect("quick-xml writes UTF-8");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(xml_safe("a\u{0}b\u{c}\tc\u{FFFE}"), "ab\tc");
        assert!(matches!(xml_safe("schön"), Cow::Borrowed(_)));
    }

    #[test]
    fn documents_are_indented_and_end_in_a_newline() {
        let doc = indented_document(|w| {
            w.create_element("a")
                .write_inner_content(|w| {
                    w.create_element("b")
                        .write_text_content(text_node("x < y \"z\""))?;
                    Ok(())
                })
                .map(|_| ())
        });
        assert_eq!(doc, "<a>\n  <b>x &lt; y \"z\"</b>\n</a>\n");
    }
}
