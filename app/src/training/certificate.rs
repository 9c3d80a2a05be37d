//! The completion certificate as a one-page PDF: who completed what and when, and a QR code of
//! the public verification URL. Names and titles print in their own script (`crate::pdf`
//! embeds the fonts they need).

use super::types::CertificateView;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::pdf::{Canvas, Color, Pdf, PdfFonts, Style};
use crate::t;

const WIDTH: f32 = 842.0; // A4 landscape, in points
const HEIGHT: f32 = 595.0;
const LEFT: f32 = 70.0;
/// Room for text left of the QR code.
const TEXT_WIDTH: f32 = WIDTH - LEFT - 230.0;

/// Splits `text` into lines no wider than `max_width` points, at spaces. A single word wider
/// than that (a Chinese or Thai title has no spaces) is cut where it overflows.
fn wrap(text: &str, max_width: f32, width: impl Fn(&str) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if width(&candidate) <= max_width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            line.push(c);
            if width(&line) > max_width && line.chars().count() > 1 {
                line.pop();
                lines.push(std::mem::replace(&mut line, c.to_string()));
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn draw(page: &mut Canvas<'_, '_>, certificate: &CertificateView, verify_url: &str, lang: Lang) {
    // Frame in the site's blue.
    page.stroke_rect(24.0, 24.0, WIDTH - 48.0, HEIGHT - 48.0, 6.0, Color::BRAND);
    page.text(
        LEFT,
        520.0,
        Style::bold(14.0).color(Color::BRAND),
        "WaterLinks Hub",
    );
    page.text(
        LEFT,
        450.0,
        Style::bold(34.0),
        &t!(lang, "training-pdf-heading"),
    );
    page.text(
        LEFT,
        405.0,
        Style::regular(14.0),
        &t!(lang, "training-pdf-certifies"),
    );
    page.text(LEFT, 368.0, Style::bold(26.0), &certificate.name);
    page.text(
        LEFT,
        330.0,
        Style::regular(14.0),
        &t!(lang, "training-pdf-completed"),
    );
    let title = Style::bold(20.0);
    let mut y = 298.0;
    for line in wrap(&certificate.program, TEXT_WIDTH, |t| page.width(t, title))
        .into_iter()
        .take(3)
    {
        page.text(LEFT, y, title, &line);
        y -= 26.0;
    }
    page.text(
        LEFT,
        y - 10.0,
        Style::regular(14.0),
        &t!(
            lang,
            "training-pdf-when",
            date = certificate.completed_on.as_str(),
            count = certificate.sessions_attended
        ),
    );
    page.text(
        LEFT,
        70.0,
        Style::regular(10.0),
        &t!(lang, "training-pdf-verify", url = verify_url),
    );
    page.text(
        LEFT,
        56.0,
        Style::regular(10.0),
        &t!(lang, "training-pdf-code", code = certificate.code.as_str()),
    );
    page.qr(verify_url, WIDTH - 210.0, 50.0, 150.0);
}

/// The certificate with its texts in `lang`.
pub fn render(
    fonts: &PdfFonts,
    certificate: &CertificateView,
    verify_url: &str,
    lang: Lang,
) -> Result<Vec<u8>, AppError> {
    let title = t!(
        lang,
        "training-pdf-title",
        name = certificate.name.as_str(),
        program = certificate.program.as_str()
    );
    let mut pdf = Pdf::new(fonts, &title)?;
    pdf.page(WIDTH, HEIGHT, |page| {
        draw(page, certificate, verify_url, lang)
    });
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::{squeeze, squeezed_text, FontFiles};

    /// Every character 10 points wide, to test wrapping without fonts.
    fn tens(text: &str) -> f32 {
        text.chars().count() as f32 * 10.0
    }

    #[test]
    fn long_titles_wrap_at_spaces() {
        let title = "Non-revenue water reduction through district metered areas";
        let lines = wrap(title, 300.0, tens);
        assert!(lines.iter().all(|l| tens(l) <= 300.0), "{lines:?}");
        assert_eq!(lines.join(" "), title);
        assert_eq!(lines.len(), 2, "{lines:?}");
    }

    #[test]
    fn a_title_without_spaces_is_cut_where_it_overflows() {
        let title = "减少无收益水量的分区计量管理培训课程";
        let lines = wrap(title, 100.0, tens);
        assert_eq!(lines.concat(), title);
        assert!(lines.iter().all(|l| tens(l) <= 100.0), "{lines:?}");
    }

    fn view(name: &str, program: &str) -> CertificateView {
        CertificateView {
            code: "abc123".into(),
            name: name.into(),
            program: program.into(),
            program_id: 1,
            completed_on: "3 March 2026".into(),
            sessions_attended: 3,
        }
    }

    #[test]
    fn the_certificate_reads_back_with_the_name_in_its_own_script() {
        let fonts = PdfFonts::new(&FontFiles::default());
        for (name, program) in [
            ("Nguyễn Thị Minh Khai", "Giảm thất thoát nước"),
            ("สมชาย ใจดี", "หลักสูตรการจัดการแรงดัน"),
            ("王秀英", "减少无收益水"),
        ] {
            let pdf = render(
                &fonts,
                &view(name, program),
                "https://hub.example/certificates/abc123",
                Lang::En,
            )
            .expect("rendered");
            let text = squeezed_text(&pdf);
            assert!(
                text.contains(&squeeze(name)),
                "{name} missing from {text:?}"
            );
            assert!(
                text.contains(&squeeze(program)),
                "{program} missing from {text:?}"
            );
            assert!(text.contains("hub.example/certificates/abc123"), "{text}");
        }
    }

    #[test]
    fn without_the_cjk_font_a_chinese_name_is_transliterated_not_lost() {
        let fonts = PdfFonts::new(&FontFiles {
            cjk_regular: "/nonexistent/cjk.ttc".into(),
            cjk_bold: "/nonexistent/cjk-bold.ttc".into(),
            ..FontFiles::default()
        });
        let pdf = render(
            &fonts,
            &view("王秀英", "DMA design"),
            "https://hub.example/c",
            Lang::En,
        )
        .expect("rendered");
        let text = squeezed_text(&pdf);
        assert!(text.contains("WangXiuYing"), "{text}");
    }

    #[test]
    fn without_any_font_the_certificate_is_unavailable_with_a_message() {
        let nowhere = std::path::PathBuf::from("/nonexistent/font.ttf");
        let fonts = PdfFonts::new(&FontFiles {
            latin_regular: nowhere.clone(),
            latin_bold: nowhere.clone(),
            thai_regular: nowhere.clone(),
            thai_bold: nowhere.clone(),
            cjk_regular: nowhere.clone(),
            cjk_bold: nowhere,
            cjk_index: 2,
        });
        let error = render(
            &fonts,
            &view("Maria", "DMA"),
            "https://hub.example/c",
            Lang::En,
        )
        .expect_err("no font");
        assert_eq!(error.status(), http::StatusCode::SERVICE_UNAVAILABLE);
        assert!(error.to_string().contains("fonts"), "{error}");
    }
}
