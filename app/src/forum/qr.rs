//! The badge's QR code as SVG: one path of unit squares, sized and coloured by attributes only,
//! because the page's CSP forbids inline styles; and as a PNG for email, where mail clients
//! show pictures but not SVG.

use qrcode::{Color, QrCode};

/// The badge's QR code of `code`. Empty when the text cannot be encoded (it always can: a
/// badge code is 32 characters).
pub fn svg(code: &str, lang: crate::i18n::Lang) -> String {
    labelled_svg(code, "badge__qr", &crate::t!(lang, "forum-badge-qr-label"))
}

/// The QR code of `text`, with the four-module quiet zone scanners expect, drawn with `class`
/// and described to screen readers by `label`.
pub fn labelled_svg(text: &str, class: &str, label: &str) -> String {
    let Ok(qr) = QrCode::new(text.as_bytes()) else {
        return String::new();
    };
    let modules = qr.width();
    let side = modules + 8;
    let mut path = String::new();
    for (i, color) in qr.to_colors().iter().enumerate() {
        if *color == Color::Dark {
            let (x, y) = (i % modules + 4, i / modules + 4);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" \
         class=\"{class}\" role=\"img\" aria-label=\"{label}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" \
         fill=\"#ffffff\"/><path d=\"{path}\" fill=\"#000000\"/></svg>"
    )
}

/// Pixels per module in the PNG: a 33-module badge code becomes 246 pixels square.
const PNG_MODULE_PIXELS: u32 = 6;

/// The QR code of `text` as a black-on-white PNG with the quiet zone; `None` when it cannot be
/// encoded or written (logged).
pub fn png(text: &str) -> Option<Vec<u8>> {
    let qr = QrCode::new(text.as_bytes()).ok()?;
    let modules = qr.width() as u32;
    let colors = qr.to_colors();
    let side = (modules + 8) * PNG_MODULE_PIXELS;
    let picture = image::GrayImage::from_fn(side, side, |x, y| {
        let (mx, my) = (x / PNG_MODULE_PIXELS, y / PNG_MODULE_PIXELS);
        let dark = (4..modules + 4).contains(&mx)
            && (4..modules + 4).contains(&my)
            && colors[((my - 4) * modules + (mx - 4)) as usize] == Color::Dark;
        image::Luma([if dark { 0 } else { 255 }])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    match picture.write_to(&mut out, image::ImageFormat::Png) {
        Ok(()) => Some(out.into_inner()),
        Err(e) => {
            tracing::error!(error = %e, "could not write the QR code as PNG");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_png_is_square_with_a_white_quiet_zone_and_a_dark_finder_corner() {
        let bytes = super::png("0123456789abcdef0123456789abcdef").unwrap();
        let picture = image::load_from_memory(&bytes).unwrap().to_luma8();
        assert_eq!(picture.width(), picture.height());
        assert_eq!(picture.get_pixel(0, 0).0, [255], "quiet zone");
        let corner = 4 * super::PNG_MODULE_PIXELS;
        assert_eq!(picture.get_pixel(corner, corner).0, [0], "finder pattern");
    }

    #[test]
    fn draws_dark_modules_with_attributes_only() {
        let svg = super::svg("0123456789abcdef0123456789abcdef", crate::i18n::Lang::En);
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("M4 4h1v1h-1z"), "the finder pattern's corner");
        assert!(!svg.contains("style"));
    }
}
