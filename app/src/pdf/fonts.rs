//! The fonts PDFs embed: Noto Sans for Latin and Vietnamese, Noto Sans Thai, and Noto Sans CJK
//! SC for Chinese, read from the files Debian's `fonts-noto-core` and `fonts-noto-cjk` install
//! (paths configurable). The files are only checked at start-up ([`PdfFonts::missing`], which
//! the server logs) and read on the first PDF that needs them: the CJK collections are 20 MB
//! each, and most PDFs never need them.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// Where the font files are. `pdf_fonts.*` in the server's settings.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct FontFiles {
    pub latin_regular: PathBuf,
    pub latin_bold: PathBuf,
    pub thai_regular: PathBuf,
    pub thai_bold: PathBuf,
    /// OpenType collections (`.ttc`): `cjk_index` picks the face (2 is Simplified Chinese in
    /// Noto Sans CJK: JP, KR, SC, TC, HK).
    pub cjk_regular: PathBuf,
    pub cjk_bold: PathBuf,
    pub cjk_index: u32,
}

const NOTO_CORE: &str = "/usr/share/fonts/truetype/noto";
const NOTO_CJK: &str = "/usr/share/fonts/opentype/noto";

impl Default for FontFiles {
    fn default() -> Self {
        let core = |name: &str| Path::new(NOTO_CORE).join(name);
        let cjk = |name: &str| Path::new(NOTO_CJK).join(name);
        FontFiles {
            latin_regular: core("NotoSans-Regular.ttf"),
            latin_bold: core("NotoSans-Bold.ttf"),
            thai_regular: core("NotoSansThai-Regular.ttf"),
            thai_bold: core("NotoSansThai-Bold.ttf"),
            cjk_regular: cjk("NotoSansCJK-Regular.ttc"),
            cjk_bold: cjk("NotoSansCJK-Bold.ttc"),
            cjk_index: 2,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// A face ready to shape with and to embed.
pub struct Face {
    data: Arc<Vec<u8>>,
    index: u32,
    pub(super) krilla: krilla::text::Font,
}

impl Face {
    fn load(path: &Path, index: u32) -> Result<Face, String> {
        let data = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let data = Arc::new(data);
        // Parsed once here so that shaping later can rely on it.
        rustybuzz::Face::from_slice(&data, index)
            .ok_or_else(|| format!("{}: not a font (face {index})", path.display()))?;
        let krilla = krilla::text::Font::new(data.clone().into(), index)
            .ok_or_else(|| format!("{}: not a font (face {index})", path.display()))?;
        Ok(Face {
            data,
            index,
            krilla,
        })
    }

    /// The face for shaping; it borrows the font's bytes, so it is made where it is used.
    pub(super) fn shaper(&self) -> Option<rustybuzz::Face<'_>> {
        rustybuzz::Face::from_slice(&self.data, self.index)
    }
}

/// One font file, read when first needed.
struct Slot {
    path: PathBuf,
    index: u32,
    /// The Debian package that installs the default file, for the warning.
    package: &'static str,
    /// What PDFs lose without it, for the warning.
    loses: &'static str,
    face: OnceLock<Option<Face>>,
}

impl Slot {
    fn new(path: &Path, index: u32, package: &'static str, loses: &'static str) -> Slot {
        Slot {
            path: path.to_owned(),
            index,
            package,
            loses,
            face: OnceLock::new(),
        }
    }

    fn face(&self) -> Option<&Face> {
        self.face
            .get_or_init(|| match Face::load(&self.path, self.index) {
                Ok(face) => Some(face),
                Err(error) => {
                    tracing::warn!(%error, package = self.package, "PDF font unreadable");
                    None
                }
            })
            .as_ref()
    }
}

/// A font file that is not there, as the server reports it at start-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingFont {
    pub path: PathBuf,
    pub package: &'static str,
    pub loses: &'static str,
}

/// The fonts of every PDF the server writes, in fallback order: Latin first, then Thai, then
/// CJK (which covers Latin too, but less well).
pub struct PdfFonts {
    regular: [Slot; 3],
    bold: [Slot; 3],
}

const CORE: &str = "fonts-noto-core";
const CJK: &str = "fonts-noto-cjk";

impl PdfFonts {
    pub fn new(files: &FontFiles) -> PdfFonts {
        const LATIN: &str = "Vietnamese diacritics (printed without them)";
        const THAI: &str = "Thai text (printed transliterated)";
        const HAN: &str = "Chinese text (printed transliterated)";
        PdfFonts {
            regular: [
                Slot::new(&files.latin_regular, 0, CORE, LATIN),
                Slot::new(&files.thai_regular, 0, CORE, THAI),
                Slot::new(&files.cjk_regular, files.cjk_index, CJK, HAN),
            ],
            bold: [
                Slot::new(&files.latin_bold, 0, CORE, LATIN),
                Slot::new(&files.thai_bold, 0, CORE, THAI),
                Slot::new(&files.cjk_bold, files.cjk_index, CJK, HAN),
            ],
        }
    }

    /// The configured files that do not exist, for a warning at start-up.
    pub fn missing(&self) -> Vec<MissingFont> {
        self.regular
            .iter()
            .chain(self.bold.iter())
            .filter(|slot| !slot.path.is_file())
            .map(|slot| MissingFont {
                path: slot.path.clone(),
                package: slot.package,
                loses: slot.loses,
            })
            .collect()
    }

    /// The face of script `i` (0 Latin, 1 Thai, 2 CJK) in a weight; `None` where the file is
    /// missing or unreadable. A bold face that is missing is replaced by the regular one.
    pub(super) fn face(&self, weight: Weight, i: usize) -> Option<&Face> {
        let regular = self.regular.get(i)?;
        match weight {
            Weight::Regular => regular.face(),
            Weight::Bold => self.bold.get(i)?.face().or_else(|| regular.face()),
        }
    }

    /// How many scripts [`PdfFonts::face`] knows.
    pub(super) const SCRIPTS: usize = 3;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_files_are_named_with_their_package() {
        let files = FontFiles {
            latin_regular: "/nonexistent/NotoSans-Regular.ttf".into(),
            cjk_bold: "/nonexistent/NotoSansCJK-Bold.ttc".into(),
            ..FontFiles::default()
        };
        let missing = PdfFonts::new(&files).missing();
        let named: Vec<(&str, &str)> = missing
            .iter()
            .filter(|m| m.path.starts_with("/nonexistent"))
            .map(|m| (m.path.to_str().unwrap_or(""), m.package))
            .collect();
        assert_eq!(
            named,
            vec![
                ("/nonexistent/NotoSans-Regular.ttf", "fonts-noto-core"),
                ("/nonexistent/NotoSansCJK-Bold.ttc", "fonts-noto-cjk"),
            ]
        );
    }

    #[test]
    fn a_missing_font_is_no_face_rather_than_a_panic() {
        let files = FontFiles {
            thai_regular: "/nonexistent/thai.ttf".into(),
            thai_bold: "/nonexistent/thai-bold.ttf".into(),
            ..FontFiles::default()
        };
        let fonts = PdfFonts::new(&files);
        assert!(fonts.face(Weight::Regular, 1).is_none());
        assert!(fonts.face(Weight::Bold, 1).is_none());
        assert!(
            fonts.face(Weight::Bold, 0).is_some(),
            "Noto Sans Bold is installed"
        );
    }
}
