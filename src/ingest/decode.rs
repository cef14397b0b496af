//! Turning a file's bytes into text, as ripgrep does: a byte-order mark is honoured
//! (UTF-8, UTF-16), valid UTF-8 is taken as it is, anything else is decoded in the
//! encoding a detector finds (for German text: Windows-1252, a superset of Latin-1), and
//! `--encoding` overrides. Binary files (PDF, archives, images, anything with NUL bytes)
//! are recognised by their first bytes and not read as text.

use encoding_rs::Encoding;

/// What kind of binary file the bytes are, if they are one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryKind {
    /// A PDF document (`%PDF-`), whatever its name.
    Pdf,
    /// Any other binary file: a known magic number or a NUL byte.
    Other(&'static str),
}

/// Magic numbers of common non-text files, with their names.
const MAGIC: &[(&[u8], &str)] = &[
    (b"PK\x03\x04", "ZIP archive or office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x7fELF", "executable"),
    (b"%!PS", "PostScript document"),
    (b"\xd0\xcf\x11\xe0", "old office document"),
];

/// Whether `bytes` are a binary file, and of which kind. A file with a UTF-16 byte-order
/// mark is text (its NUL bytes are half of its characters).
pub fn binary_kind(bytes: &[u8]) -> Option<BinaryKind> {
    if bytes.starts_with(b"%PDF-") {
        return Some(BinaryKind::Pdf);
    }
    if let Some((_, name)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(BinaryKind::Other(name));
    }
    let utf16 = matches!(Encoding::for_bom(bytes), Some((e, _)) if e != encoding_rs::UTF_8);
    if !utf16 && bytes.contains(&0) {
        return Some(BinaryKind::Other("binary file"));
    }
    None
}

/// The encoding named by `label` (`latin1`, `windows-1252`, `utf-16le`, `utf-8`…), as
/// the WHATWG Encoding Standard spells labels.
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

/// Text decoded from bytes, with a note when it was not plain UTF-8.
#[derive(Debug)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding used when it was detected rather than given or plain UTF-8: the
    /// caller says so in a one-line note.
    pub detected: Option<&'static str>,
    /// Whether some bytes were invalid in the encoding used (replaced by U+FFFD).
    pub lossy: bool,
}

/// Decodes `bytes`: in `forced` if given, else by byte-order mark, else as UTF-8 when
/// valid, else in the detected encoding.
pub fn decode(bytes: Vec<u8>, forced: Option<&'static Encoding>) -> Decoded {
    if let Some(encoding) = forced {
        let (text, _, lossy) = encoding.decode(&bytes);
        return Decoded {
            text: text.into_owned(),
            detected: None,
            lossy,
        };
    }
    if let Some((encoding, bom)) = Encoding::for_bom(&bytes) {
        let (text, lossy) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return Decoded {
            text: text.into_owned(),
            detected: None,
            lossy,
        };
    }
    match String::from_utf8(bytes) {
        Ok(text) => Decoded {
            text,
            detected: None,
            lossy: false,
        },
        Err(err) => {
            let bytes = err.into_bytes();
            let mut detector = chardetng::EncodingDetector::new();
            detector.feed(&bytes, true);
            // No top-level domain hint; UTF-8 is ruled out already (the bytes are not).
            let encoding = detector.guess(None, false);
            let (text, lossy) = encoding.decode_without_bom_handling(&bytes);
            Decoded {
                text: text.into_owned(),
                detected: Some(encoding.name()),
                lossy,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_is_detected_and_decoded() {
        let latin1 = encoding_rs::WINDOWS_1252
            .encode("„Wir müssen handeln“, sagte Müller. Die Bürger begrüßen das.")
            .0
            .into_owned();
        let decoded = decode(latin1, None);
        assert_eq!(
            decoded.text,
            "„Wir müssen handeln“, sagte Müller. Die Bürger begrüßen das."
        );
        assert_eq!(decoded.detected, Some("windows-1252"));
        assert!(!decoded.lossy);
    }

    #[test]
    fn bom_wins_and_is_removed() {
        let mut utf16: Vec<u8> = vec![0xff, 0xfe];
        for unit in "Scholz sagte: „Nein.“".encode_utf16() {
            utf16.extend(unit.to_le_bytes());
        }
        assert_eq!(binary_kind(&utf16), None, "UTF-16 is text");
        let decoded = decode(utf16, None);
        assert_eq!(decoded.text, "Scholz sagte: „Nein.“");
        assert_eq!(decoded.detected, None);
        let decoded = decode(b"\xef\xbb\xbfDie Regierung".to_vec(), None);
        assert_eq!(decoded.text, "Die Regierung");
    }

    #[test]
    fn forced_encoding_overrides_detection() {
        let forced = encoding_for_label("latin1");
        assert_eq!(forced, Some(encoding_rs::WINDOWS_1252));
        let decoded = decode(b"Gr\xfc\xdfe".to_vec(), forced);
        assert_eq!(decoded.text, "Grüße");
        assert_eq!(decoded.detected, None);
        // Valid UTF-8 read as UTF-8 stays as it is, without a note.
        let decoded = decode("Grüße".as_bytes().to_vec(), None);
        assert_eq!((decoded.text.as_str(), decoded.detected), ("Grüße", None));
    }

    #[test]
    fn binary_files_are_recognised_by_their_first_bytes() {
        assert_eq!(binary_kind(b"%PDF-1.7\n%\xe2\xe3"), Some(BinaryKind::Pdf));
        assert_eq!(
            binary_kind(b"\x89PNG\r\n\x1a\n"),
            Some(BinaryKind::Other("PNG image"))
        );
        assert_eq!(
            binary_kind(b"text\0more"),
            Some(BinaryKind::Other("binary file"))
        );
        assert_eq!(binary_kind("Die Regierung".as_bytes()), None);
    }
}
