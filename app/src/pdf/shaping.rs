//! From a line of text to glyphs: the faces a document uses, the text cut into runs per face
//! ([`super::runs`]), each run shaped by rustybuzz (the shaper krilla uses), and each glyph told
//! which text it stands for (the ToUnicode map that makes the PDF's text extractable).

use super::fonts::Face;
use super::{runs, PdfFonts, Style, Weight};
use crate::error::AppError;
use krilla::text::{GlyphId, KrillaGlyph};
use std::cell::OnceCell;
use unicode_normalization::UnicodeNormalization;

/// A face with its shaper, for one document.
struct Script<'f> {
    face: &'f Face,
    shaper: rustybuzz::Face<'f>,
}

type Scripts<'f> = [OnceCell<Option<Script<'f>>>; PdfFonts::SCRIPTS];

/// The faces of both weights, made ready when a text first needs them (a Latin-only
/// certificate never reads the 20 MB Chinese font), to cut text into runs and shape them.
pub(super) struct Typesetter<'f> {
    fonts: &'f PdfFonts,
    regular: Scripts<'f>,
    bold: Scripts<'f>,
}

/// One run, shaped: what to draw with which face, and how wide it is per point of size.
pub(super) struct Shaped<'a> {
    pub(super) face: &'a Face,
    pub(super) text: String,
    pub(super) glyphs: Vec<KrillaGlyph>,
    pub(super) advance: f32,
}

impl<'f> Typesetter<'f> {
    pub(super) fn new(fonts: &'f PdfFonts) -> Result<Typesetter<'f>, AppError> {
        let setter = Typesetter {
            fonts,
            regular: Default::default(),
            bold: Default::default(),
        };
        if (0..PdfFonts::SCRIPTS).all(|i| setter.script(Weight::Regular, i).is_none()) {
            tracing::error!(
                "no PDF font could be read: install the Debian package fonts-noto-core"
            );
            return Err(AppError::Unavailable(
                "PDFs cannot be made right now: the server has no fonts installed. Please tell \
                 the secretariat."
                    .to_owned(),
            ));
        }
        Ok(setter)
    }

    fn script(&self, weight: Weight, i: usize) -> Option<&Script<'f>> {
        let cells = match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        };
        cells
            .get(i)?
            .get_or_init(|| {
                let face = self.fonts.face(weight, i)?;
                Some(Script {
                    shaper: face.shaper()?,
                    face,
                })
            })
            .as_ref()
    }

    pub(super) fn shape(&self, text: &str, weight: Weight) -> Vec<Shaped<'f>> {
        let covers = |i: usize, c: char| {
            self.script(weight, i)
                .is_some_and(|s| s.shaper.glyph_index(c).is_some())
        };
        // Without the face a script needs, its letters are written transliterated in the first
        // face there is (王 → Wang), rather than as empty boxes.
        let fallback = (0..PdfFonts::SCRIPTS).find(|&i| self.script(weight, i).is_some());
        let transliterate = |c: char| {
            let face = fallback?;
            let ascii: String = deunicode::deunicode_char(c)?
                .chars()
                .filter(|&a| a.is_ascii_graphic() || a == ' ')
                .filter(|&a| covers(face, a))
                .collect();
            (!ascii.is_empty()).then_some((face, ascii))
        };
        let nfc: String = text.nfc().collect();
        runs::runs(&nfc, PdfFonts::SCRIPTS, covers, transliterate)
            .into_iter()
            .filter_map(|run| {
                let script = self.script(weight, run.face)?;
                let glyphs = shape_run(&script.shaper, &run.text);
                let advance = glyphs.iter().map(|g| g.x_advance).sum();
                Some(Shaped {
                    face: script.face,
                    text: run.text,
                    glyphs,
                    advance,
                })
            })
            .collect()
    }

    pub(super) fn width(&self, text: &str, style: Style) -> f32 {
        self.shape(text, style.weight)
            .iter()
            .map(|run| run.advance * style.size)
            .sum()
    }
}

/// The glyphs of one run of one face, left to right (no script the hub needs is right to left).
fn shape_run(shaper: &rustybuzz::Face<'_>, text: &str) -> Vec<KrillaGlyph> {
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    let output = rustybuzz::shape(shaper, &[], buffer);
    let per_em = shaper.units_per_em() as f32;
    let infos = output.glyph_infos();
    let positions = output.glyph_positions();
    let mut glyphs = Vec::with_capacity(infos.len());
    let mut first = 0;
    while first < infos.len() {
        // A cluster: the glyphs shaped from one piece of text, which runs to where the next
        // cluster starts.
        let start = infos[first].cluster as usize;
        let after = infos[first..]
            .iter()
            .position(|info| info.cluster as usize != start)
            .map_or(infos.len(), |n| first + n);
        let end = infos
            .get(after)
            .map_or(text.len(), |info| info.cluster as usize);
        let ranges = text_ranges(text, start..end, after - first);
        for (i, range) in (first..after).zip(ranges) {
            let (info, pos) = (&infos[i], &positions[i]);
            glyphs.push(KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                pos.x_advance as f32 / per_em,
                pos.x_offset as f32 / per_em,
                pos.y_offset as f32 / per_em,
                pos.y_advance as f32 / per_em,
                range,
                None,
            ));
        }
        first = after;
    }
    glyphs
}

/// The text each of a cluster's `count` glyphs stands for, which becomes the PDF's ToUnicode
/// map. A Thai consonant with its marks is one cluster of as many glyphs as characters, in
/// order: each glyph then stands for its own character, so every reader extracts the text
/// as written. Otherwise (a ligature, Thai SARA AM drawn as two glyphs) every glyph gets the
/// whole cluster, which krilla writes as one ToUnicode entry plus an ActualText span (readers
/// that ignore ActualText, such as pdf-extract, then read the first glyph's entry).
fn text_ranges(
    text: &str,
    cluster: std::ops::Range<usize>,
    count: usize,
) -> Vec<std::ops::Range<usize>> {
    let chars: Vec<std::ops::Range<usize>> = text[cluster.clone()]
        .char_indices()
        .map(|(at, c)| cluster.start + at..cluster.start + at + c.len_utf8())
        .collect();
    if chars.len() == count {
        chars
    } else {
        vec![cluster; count]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::FontFiles;

    #[test]
    fn each_glyph_of_a_cluster_stands_for_its_own_character_when_they_pair_up() {
        // ที่: a consonant and two marks, three glyphs.
        let text = "ที่";
        assert_eq!(text_ranges(text, 0..9, 3), vec![0..3, 3..6, 6..9]);
        // A ligature, or SARA AM drawn as two glyphs: the whole cluster on each.
        assert_eq!(text_ranges("fi", 0..2, 1), vec![0..2]);
        assert_eq!(text_ranges("กำ", 0..6, 3), vec![0..6, 0..6, 0..6]);
    }

    #[test]
    fn thai_marks_take_no_room_of_their_own() {
        let fonts = PdfFonts::new(&FontFiles::default());
        let setter = Typesetter::new(&fonts).expect("fonts installed");
        let runs = setter.shape("ที่", Weight::Regular);
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].glyphs.len(), 3, "a consonant and two marks");
        // The word is as wide as its consonant: the marks sit over it.
        let consonant = setter.shape("ท", Weight::Regular)[0].advance;
        assert!((runs[0].advance - consonant).abs() < 1e-3);
    }

    #[test]
    fn each_script_is_shaped_with_its_own_face() {
        let fonts = PdfFonts::new(&FontFiles::default());
        let setter = Typesetter::new(&fonts).expect("fonts installed");
        let runs = setter.shape("Lê 王 ใจ", Weight::Bold);
        let texts: Vec<&str> = runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, vec!["Lê ", "王 ", "ใจ"]);
        let latin = fonts.face(Weight::Bold, 0).map(|f| f as *const Face);
        assert_eq!(Some(runs[0].face as *const Face), latin);
    }
}
