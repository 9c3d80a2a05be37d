//! Which font draws which characters: a line of text cut into runs, each drawn by one face.
//!
//! A name can mix scripts ("Nguyễn 王", a Thai name with a Latin organization), and no single
//! Noto face covers them all, so each character goes to the first face (in the order given)
//! that has a glyph for it. Characters that belong to no script of their own (spaces,
//! punctuation, digits, combining marks) stay with the run they are in when its face has them,
//! so a Thai tone mark is shaped with its Thai consonant and "สมชาย ใจดี" is one run.
//! Pure logic: the faces are opaque indexes and coverage is a function.

use unicode_normalization::char::is_combining_mark;

/// Characters one face draws, in the order they appear.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// Index of the face in the list of faces given to [`runs`].
    pub face: usize,
    pub text: String,
}

/// A character that may follow the run it is in rather than start its own.
fn is_neutral(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || c.is_ascii_digit()
        || is_combining_mark(c)
        || matches!(c, '·' | '–' | '—' | '…' | '‘' | '’' | '“' | '”')
}

/// `text` cut into runs over `faces` faces, `covers(face, c)` telling whether a face has a glyph
/// for `c`. A character no face covers is handed to `missing`, which returns what to write
/// instead (a transliteration) and the face to write it with, or `None` to drop it.
pub fn runs(
    text: &str,
    faces: usize,
    covers: impl Fn(usize, char) -> bool,
    mut missing: impl FnMut(char) -> Option<(usize, String)>,
) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for c in text.chars() {
        let current = out.last().map(|r| r.face);
        let face = match current {
            Some(face) if is_neutral(c) && covers(face, c) => Some(face),
            _ => (0..faces).find(|&face| covers(face, c)),
        };
        let (face, piece) = match face {
            Some(face) => (face, c.to_string()),
            None => match missing(c) {
                Some(found) => found,
                None => continue,
            },
        };
        match out.last_mut() {
            Some(run) if run.face == face => run.text.push_str(&piece),
            _ => out.push(Run { face, text: piece }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const LATIN: usize = 0;
    const THAI: usize = 1;
    const CJK: usize = 2;

    /// Coverage like the Noto faces': Latin with Vietnamese; Thai with its marks, spaces and
    /// digits; CJK with ideographs and basic Latin too.
    fn noto(face: usize, c: char) -> bool {
        match face {
            LATIN => {
                (c as u32) < 0x0250 || ('\u{1E00}'..='\u{1EFF}').contains(&c) || "–’…·".contains(c)
            }
            THAI => ('\u{0E00}'..='\u{0E7F}').contains(&c) || c == ' ' || c.is_ascii_digit(),
            CJK => ('\u{4E00}'..='\u{9FFF}').contains(&c) || c.is_ascii() || c == '。',
            _ => false,
        }
    }

    fn cut(text: &str) -> Vec<(usize, String)> {
        runs(text, 3, noto, |_| None)
            .into_iter()
            .map(|r| (r.face, r.text))
            .collect()
    }

    #[test]
    fn a_vietnamese_name_is_one_latin_run() {
        assert_eq!(
            cut("Nguyễn Thị Minh Khai"),
            vec![(LATIN, "Nguyễn Thị Minh Khai".into())]
        );
    }

    #[test]
    fn a_thai_name_keeps_its_marks_and_space_in_the_thai_face() {
        assert_eq!(cut("สมชาย ใจดี"), vec![(THAI, "สมชาย ใจดี".into())]);
        // A tone mark over an upper vowel (ที่) stays with its consonant.
        assert_eq!(cut("ที่น้ำ"), vec![(THAI, "ที่น้ำ".into())]);
    }

    #[test]
    fn a_chinese_name_goes_to_the_cjk_face() {
        assert_eq!(cut("王秀英"), vec![(CJK, "王秀英".into())]);
    }

    #[test]
    fn mixed_scripts_switch_face_at_each_script() {
        assert_eq!(
            cut("Dr. 王秀英 (สมชาย) Lê"),
            vec![
                (LATIN, "Dr. ".into()),
                (CJK, "王秀英 (".into()),
                (THAI, "สมชาย".into()),
                // ")" is not in the Thai face, so the first face that has it draws it.
                (LATIN, ") Lê".into()),
            ]
        );
    }

    #[test]
    fn latin_after_cjk_returns_to_the_latin_face() {
        // The CJK face has Latin letters too, but they belong to the first face that has them.
        assert_eq!(
            cut("王秀英 Water"),
            vec![(CJK, "王秀英 ".into()), (LATIN, "Water".into())]
        );
    }

    #[test]
    fn a_character_no_face_has_is_replaced_or_dropped() {
        let replaced = runs("A😀B", 3, noto, |c| {
            assert_eq!(c, '😀');
            Some((LATIN, "?".into()))
        });
        assert_eq!(
            replaced,
            vec![Run {
                face: LATIN,
                text: "A?B".into()
            }]
        );
        let dropped = runs("A😀B", 3, noto, |_| None);
        assert_eq!(
            dropped,
            vec![Run {
                face: LATIN,
                text: "AB".into()
            }]
        );
    }

    #[test]
    fn without_the_thai_face_thai_goes_to_the_replacement() {
        let only_latin = |face: usize, c: char| face == LATIN && noto(LATIN, c);
        let out = runs("ใจ", 3, only_latin, |_| Some((LATIN, "j".into())));
        assert_eq!(
            out,
            vec![Run {
                face: LATIN,
                text: "jj".into()
            }]
        );
    }

    #[test]
    fn empty_text_has_no_run() {
        assert!(cut("").is_empty());
    }
}
