//! The badge's QR code as SVG: one path of unit squares, sized and coloured by attributes only,
//! because the page's CSP forbids inline styles.

use qrcode::{Color, QrCode};

/// The badge's QR code of `code`. Empty when the text cannot be encoded (it always can: a
/// badge code is 32 characters).
pub fn svg(code: &str) -> String {
    labelled_svg(code, "badge__qr", "QR code of the badge")
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

#[cfg(test)]
mod tests {
    #[test]
    fn draws_dark_modules_with_attributes_only() {
        let svg = super::svg("0123456789abcdef0123456789abcdef");
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("M4 4h1v1h-1z"), "the finder pattern's corner");
        assert!(!svg.contains("style"));
    }
}
