//! The completion certificate as a one-page PDF: who completed what and when, and a QR code of
//! the public verification URL. Written with pdf-writer in the standard Helvetica fonts, which
//! every PDF reader has, so nothing needs embedding.

use super::types::CertificateView;
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use qrcode::{Color, QrCode};

const WIDTH: f32 = 842.0; // A4 landscape, in points
const HEIGHT: f32 = 595.0;
const REGULAR: Name<'static> = Name(b"F1");
const BOLD: Name<'static> = Name(b"F2");

/// Text in the standard fonts' WinAnsi encoding. Latin-1 letters pass through; other scripts
/// are transliterated (Nguyễn → Nguyen), since the standard fonts have no such glyphs.
pub fn win_ansi(text: &str) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(text.len());
    for c in text.chars() {
        let code = c as u32;
        if (0x20..0x7f).contains(&code) || (0xa0..=0xff).contains(&code) {
            bytes.push(code as u8);
        } else {
            match deunicode::deunicode_char(c) {
                Some(ascii) => bytes.extend(ascii.bytes().filter(|b| (0x20..0x7f).contains(b))),
                None => bytes.push(b'?'),
            }
        }
    }
    bytes
}

/// Splits `text` into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn text(content: &mut Content, font: Name, size: f32, x: f32, y: f32, words: &str) {
    content.begin_text();
    content.set_font(font, size);
    content.next_line(x, y);
    content.show(Str(&win_ansi(words)));
    content.end_text();
}

/// The QR code's dark modules as filled squares, `size` points wide, lower-left at (x, y).
fn draw_qr(content: &mut Content, url: &str, x: f32, y: f32, size: f32) {
    let Ok(code) = QrCode::new(url.as_bytes()) else {
        return;
    };
    let modules = code.width();
    let colors = code.to_colors();
    // A quiet zone of four modules on each side, as scanners expect.
    let cell = size / (modules + 8) as f32;
    content.set_fill_rgb(0.0, 0.0, 0.0);
    for (i, color) in colors.iter().enumerate() {
        if *color == Color::Dark {
            let (col, row) = (i % modules, i / modules);
            content.rect(
                x + (col + 4) as f32 * cell,
                y + size - (row + 5) as f32 * cell,
                cell,
                cell,
            );
        }
    }
    content.fill_nonzero();
}

pub fn render(certificate: &CertificateView, verify_url: &str) -> Vec<u8> {
    let (catalog, tree, page_id, regular, bold, contents, info) = (
        Ref::new(1),
        Ref::new(2),
        Ref::new(3),
        Ref::new(4),
        Ref::new(5),
        Ref::new(6),
        Ref::new(7),
    );
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree).kids([page_id]).count(1);
    let mut page = pdf.page(page_id);
    page.media_box(Rect::new(0.0, 0.0, WIDTH, HEIGHT));
    page.parent(tree);
    page.contents(contents);
    let mut resources = page.resources();
    let mut fonts = resources.fonts();
    fonts.pair(REGULAR, regular);
    fonts.pair(BOLD, bold);
    fonts.finish();
    resources.finish();
    page.finish();
    pdf.type1_font(regular)
        .base_font(Name(b"Helvetica"))
        .encoding_predefined(Name(b"WinAnsiEncoding"));
    pdf.type1_font(bold)
        .base_font(Name(b"Helvetica-Bold"))
        .encoding_predefined(Name(b"WinAnsiEncoding"));
    let title = format!(
        "Certificate: {} - {}",
        certificate.name, certificate.program
    );
    pdf.document_info(info)
        .title(TextStr(&title))
        .producer(TextStr("WaterLinks Hub"));

    let mut content = Content::new();
    // Frame in the site's blue.
    content.set_stroke_rgb(0.043, 0.365, 0.549);
    content.set_line_width(6.0);
    content.rect(24.0, 24.0, WIDTH - 48.0, HEIGHT - 48.0);
    content.stroke();
    content.set_fill_rgb(0.043, 0.365, 0.549);
    text(&mut content, BOLD, 14.0, 70.0, 520.0, "WaterLinks Hub");
    content.set_fill_rgb(0.1, 0.1, 0.1);
    text(
        &mut content,
        BOLD,
        34.0,
        70.0,
        450.0,
        "Certificate of completion",
    );
    text(
        &mut content,
        REGULAR,
        14.0,
        70.0,
        405.0,
        "This certifies that",
    );
    text(&mut content, BOLD, 26.0, 70.0, 368.0, &certificate.name);
    text(
        &mut content,
        REGULAR,
        14.0,
        70.0,
        330.0,
        "has completed the training program",
    );
    let mut y = 298.0;
    for line in wrap(&certificate.program, 48).into_iter().take(3) {
        text(&mut content, BOLD, 20.0, 70.0, y, &line);
        y -= 26.0;
    }
    let sessions = match certificate.sessions_attended {
        1 => "1 session".to_owned(),
        n => format!("{n} sessions"),
    };
    text(
        &mut content,
        REGULAR,
        14.0,
        70.0,
        y - 10.0,
        &format!(
            "on {}, having attended {sessions}.",
            certificate.completed_on
        ),
    );
    text(
        &mut content,
        REGULAR,
        10.0,
        70.0,
        70.0,
        &format!("Verify this certificate: {verify_url}"),
    );
    text(
        &mut content,
        REGULAR,
        10.0,
        70.0,
        56.0,
        &format!("Certificate code: {}", certificate.code),
    );
    draw_qr(&mut content, verify_url, WIDTH - 210.0, 50.0, 150.0);
    pdf.stream(contents, &content.finish());
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_encoded_for_the_standard_fonts() {
        assert_eq!(win_ansi("José"), b"Jos\xe9".to_vec());
        assert_eq!(win_ansi("Nguyễn Thị Lan"), b"Nguyen Thi Lan".to_vec());
    }

    #[test]
    fn long_titles_wrap_at_spaces() {
        let lines = wrap(
            "Non-revenue water reduction through district metered areas",
            30,
        );
        assert!(lines.iter().all(|l| l.chars().count() <= 30), "{lines:?}");
        assert_eq!(
            lines.join(" "),
            "Non-revenue water reduction through district metered areas"
        );
    }

    #[test]
    fn the_certificate_is_a_pdf_naming_the_person_and_program() {
        let pdf = render(
            &CertificateView {
                code: "abc123".into(),
                name: "Maria Santos".into(),
                program: "DMA design".into(),
                program_id: 1,
                completed_on: "3 March 2026".into(),
                sessions_attended: 3,
            },
            "https://hub.example/certificates/abc123",
        );
        assert!(pdf.starts_with(b"%PDF-"));
        let body = String::from_utf8_lossy(&pdf);
        assert!(body.contains("(Maria Santos)"));
        assert!(body.contains("(DMA design)"));
        assert!(body.contains("hub.example/certificates/abc123"));
    }
}
