//! Writing PDFs with text in any script the network writes in: Latin with Vietnamese
//! diacritics, Thai, and Chinese. Every PDF the server makes (certificates, badges, reports)
//! goes through [`Pdf`]: it picks a font per run of characters ([`runs`]), shapes each run
//! (rustybuzz, so Thai marks sit where they belong), and lets krilla embed the fonts subset to
//! the glyphs used, with a ToUnicode map so the text extracts back as it was written (NFC).
//!
//! Coordinates are PDF points from the lower-left corner of the page, as in the PDF format.

pub mod fonts;
pub mod runs;
mod shaping;

pub use fonts::{FontFiles, MissingFont, PdfFonts, Weight};

use crate::error::AppError;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use shaping::Typesetter;

/// An sRGB colour, 0–255 a channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Color(pub u8, pub u8, pub u8);

impl Color {
    pub const BLACK: Color = Color(0, 0, 0);
    pub const INK: Color = Color(26, 26, 26);
    /// The site's blue.
    pub const BRAND: Color = Color(11, 93, 140);
}

/// How a piece of text looks.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub weight: Weight,
    pub size: f32,
    pub color: Color,
}

impl Style {
    pub fn regular(size: f32) -> Style {
        Style {
            weight: Weight::Regular,
            size,
            color: Color::INK,
        }
    }

    pub fn bold(size: f32) -> Style {
        Style {
            weight: Weight::Bold,
            ..Style::regular(size)
        }
    }

    pub fn color(self, color: Color) -> Style {
        Style { color, ..self }
    }
}

/// A PDF being written.
pub struct Pdf<'f> {
    document: krilla::Document,
    setter: Typesetter<'f>,
}

impl<'f> Pdf<'f> {
    /// A new document titled `title`; unavailable (503, with a message) when the server has no
    /// font at all.
    pub fn new(fonts: &'f PdfFonts, title: &str) -> Result<Pdf<'f>, AppError> {
        let setter = Typesetter::new(fonts)?;
        let mut document = krilla::Document::new();
        document.set_metadata(
            krilla::metadata::Metadata::new()
                .title(title.to_owned())
                .producer("WaterLinks Hub".to_owned()),
        );
        Ok(Pdf { document, setter })
    }

    /// How wide `text` is in `style`, in points.
    pub fn width(&self, text: &str, style: Style) -> f32 {
        self.setter.width(text, style)
    }

    /// Adds a page of `width` × `height` points, drawn by `draw`.
    pub fn page(&mut self, width: f32, height: f32, draw: impl FnOnce(&mut Canvas<'_, '_>)) {
        let settings = PageSettings::from_wh(width, height).unwrap_or_default();
        let mut page = self.document.start_page_with(settings);
        {
            let mut canvas = Canvas {
                surface: page.surface(),
                setter: &self.setter,
                height,
            };
            draw(&mut canvas);
            canvas.surface.finish();
        }
        page.finish();
    }

    pub fn finish(self) -> Result<Vec<u8>, AppError> {
        self.document.finish().map_err(|e| {
            tracing::error!(error = ?e, "could not write a PDF");
            AppError::Internal
        })
    }
}

/// A page being drawn on.
pub struct Canvas<'p, 'f> {
    surface: Surface<'p>,
    setter: &'p Typesetter<'f>,
    height: f32,
}

fn fill(color: Color) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

impl Canvas<'_, '_> {
    /// `text` on one line, its baseline starting at (x, y); returns its width.
    pub fn text(&mut self, x: f32, y: f32, style: Style, text: &str) -> f32 {
        self.surface.set_stroke(None);
        self.surface.set_fill(Some(fill(style.color)));
        let mut pen = x;
        for run in self.setter.shape(text, style.weight) {
            self.surface.draw_glyphs(
                Point::from_xy(pen, self.height - y),
                &run.glyphs,
                run.face.krilla.clone(),
                &run.text,
                style.size,
                false,
            );
            pen += run.advance * style.size;
        }
        pen - x
    }

    /// `text` centred on `center_x`, made smaller (down to half its size) when it is wider
    /// than `max_width`.
    pub fn text_centered(
        &mut self,
        center_x: f32,
        y: f32,
        max_width: f32,
        style: Style,
        text: &str,
    ) {
        let width = self.width(text, style);
        let style = if width > max_width && width > 0.0 {
            Style {
                size: (style.size * max_width / width).max(style.size / 2.0),
                ..style
            }
        } else {
            style
        };
        let width = self.width(text, style);
        self.text(center_x - width / 2.0, y, style, text);
    }

    pub fn width(&self, text: &str, style: Style) -> f32 {
        self.setter.width(text, style)
    }

    fn rect(&self, x: f32, y: f32, w: f32, h: f32) -> Option<krilla::geom::Path> {
        let mut path = PathBuilder::new();
        path.push_rect(Rect::from_xywh(x, self.height - y - h, w, h)?);
        path.finish()
    }

    /// The outline of a rectangle with its lower-left corner at (x, y).
    pub fn stroke_rect(&mut self, x: f32, y: f32, w: f32, h: f32, line: f32, color: Color) {
        if let Some(path) = self.rect(x, y, w, h) {
            self.surface.set_fill(None);
            self.surface.set_stroke(Some(Stroke {
                paint: rgb::Color::new(color.0, color.1, color.2).into(),
                width: line,
                ..Stroke::default()
            }));
            self.surface.draw_path(&path);
            self.surface.set_stroke(None);
        }
    }

    /// A filled rectangle with its lower-left corner at (x, y).
    pub fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Color) {
        if let Some(path) = self.rect(x, y, w, h) {
            self.surface.set_stroke(None);
            self.surface.set_fill(Some(fill(color)));
            self.surface.draw_path(&path);
        }
    }

    /// A QR code of `data`, `size` points wide with its quiet zone, lower-left at (x, y).
    pub fn qr(&mut self, data: &str, x: f32, y: f32, size: f32) {
        let Ok(code) = qrcode::QrCode::new(data.as_bytes()) else {
            return;
        };
        let modules = code.width();
        // A quiet zone of four modules on each side, as scanners expect.
        let cell = size / (modules + 8) as f32;
        let mut path = PathBuilder::new();
        for (i, color) in code.to_colors().iter().enumerate() {
            if *color == qrcode::Color::Dark {
                let (col, row) = (i % modules, i / modules);
                let left = x + (col + 4) as f32 * cell;
                let top = self.height - (y + size) + (row + 4) as f32 * cell;
                if let Some(rect) = Rect::from_xywh(left, top, cell, cell) {
                    path.push_rect(rect);
                }
            }
        }
        if let Some(path) = path.finish() {
            self.surface.set_stroke(None);
            self.surface.set_fill(Some(fill(Color::BLACK)));
            self.surface.draw_path(&path);
        }
    }
}

/// The text of a PDF as pdf-extract reads it, without whitespace. pdf-extract 0.12.1 misreads
/// the `/W` (glyph widths) ranges krilla writes (`first last width`: it takes the first number
/// thrice), so it sees every glyph as zero-wide and adds a space wherever a new text string
/// starts after a glyph (a change of font, a mark raised over its consonant). The characters
/// and their order are right; only the spaces are not, so tests compare without them and check
/// the exact text with poppler's `pdftotext` (the integration tests) as well.
#[cfg(test)]
pub fn squeezed_text(pdf: &[u8]) -> String {
    pdf_extract::extract_text_from_mem(pdf)
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// `text` without whitespace, to compare with [`squeezed_text`].
#[cfg(test)]
pub fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str) -> Vec<u8> {
        let fonts = PdfFonts::new(&FontFiles::default());
        let mut pdf = Pdf::new(&fonts, "Test").expect("fonts installed");
        pdf.page(300.0, 100.0, |page| {
            page.text(10.0, 50.0, Style::regular(12.0), text);
        });
        pdf.finish().expect("written")
    }

    #[test]
    fn a_thai_name_reads_back() {
        let text = squeezed_text(&render("สมชาย ใจดี"));
        assert!(text.contains(&squeeze("สมชาย ใจดี")), "{text:?}");
    }

    #[test]
    fn decomposed_input_is_written_and_read_back_composed() {
        let decomposed = "Nguye\u{302}\u{303}n";
        let text = squeezed_text(&render(decomposed));
        assert!(text.contains("Nguyễn"), "{text:?}");
    }

    #[test]
    fn a_line_mixing_scripts_reads_back_whole() {
        let line = "Nguyễn 王秀英 สมชาย (Đà Nẵng)";
        let text = squeezed_text(&render(line));
        assert!(text.contains(&squeeze(line)), "{text:?}");
    }
}
