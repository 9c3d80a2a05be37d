//! The badge as a PDF to print (A6, the size of a badge holder): the person's name in their own
//! script, large; the organization, the attendee type and the QR code the desk scans. The page
//! at `/forum/badge/{code}` shows the same, for screens.

use super::badges;
use super::rules::Status;
use super::types::BadgeView;
use crate::error::AppError;
use crate::pdf::{Canvas, Color, Pdf, PdfFonts, Style};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

const WIDTH: f32 = 298.0; // A6 portrait, in points
const HEIGHT: f32 = 420.0;
const CENTER: f32 = WIDTH / 2.0;
/// The widest a line may be; longer names are set smaller.
const LINE: f32 = WIDTH - 40.0;
const QR: f32 = 150.0;

fn draw(page: &mut Canvas<'_, '_>, badge: &BadgeView) {
    let white = Color(255, 255, 255);
    page.fill_rect(0.0, HEIGHT - 78.0, WIDTH, 78.0, Color::BRAND);
    page.text_centered(
        CENTER,
        HEIGHT - 32.0,
        LINE,
        Style::bold(13.0).color(white),
        &badge.edition,
    );
    page.text_centered(
        CENTER,
        HEIGHT - 50.0,
        LINE,
        Style::regular(9.0).color(white),
        &badge.dates,
    );
    page.text_centered(
        CENTER,
        HEIGHT - 64.0,
        LINE,
        Style::regular(8.0).color(white),
        &badge.venue,
    );
    page.text_centered(CENTER, 292.0, LINE, Style::bold(26.0), &badge.name);
    page.text_centered(
        CENTER,
        268.0,
        LINE,
        Style::regular(13.0),
        &badge.organization,
    );
    page.text_centered(
        CENTER,
        248.0,
        LINE,
        Style::bold(11.0).color(Color::BRAND),
        &badge.attendee_type,
    );
    page.qr(&badge.code, CENTER - QR / 2.0, 72.0, QR);
    page.text_centered(
        CENTER,
        60.0,
        LINE,
        Style::regular(7.0),
        &badges::code_line(badge),
    );
    if badge.status != Status::Registered.as_code() {
        // A badge printed while waiting is not an admission: say so on the paper too.
        page.text_centered(
            CENTER,
            30.0,
            LINE,
            Style::bold(10.0),
            &badges::not_valid_yet(badge),
        );
    }
}

pub fn render(fonts: &PdfFonts, badge: &BadgeView) -> Result<Vec<u8>, AppError> {
    let mut pdf = Pdf::new(fonts, &badges::pdf_title(badge))?;
    pdf.page(WIDTH, HEIGHT, |page| draw(page, badge));
    pdf.finish()
}

/// `GET /forum/badge/{code}/badge.pdf`: whoever holds the badge code may print it, as they may
/// open the badge page; unknown and unconfirmed codes are 404, ended registrations 410.
pub async fn download(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: axum::http::HeaderMap,
) -> Response {
    let badge = match badges::badge(&state.db, &code).await {
        Ok(Some(badge)) => badge,
        Ok(None) => {
            let lang = crate::i18n::request::of_headers(&headers);
            return AppError::NotFound(crate::t!(lang, "forum-badge-pdf-none")).into_response();
        }
        Err(e) => return e.into_response(),
    };
    match render(&state.pdf_fonts, &badge) {
        Ok(body) => (
            [
                (header::CONTENT_TYPE, "application/pdf".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    "inline; filename=\"badge.pdf\"".to_owned(),
                ),
                (header::CACHE_CONTROL, "private, no-store".to_owned()),
            ],
            body,
        )
            .into_response(),
        Err(e) => e.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::{squeeze, squeezed_text, FontFiles};

    fn badge(name: &str, organization: &str, status: Status) -> BadgeView {
        BadgeView {
            code: "K7M2Q9XW4RT8PLZ3H6VN5BJC1DF0GSAE".into(),
            name: name.into(),
            organization: organization.into(),
            attendee_type: "Utility".into(),
            edition: "Annual Forum 2026".into(),
            dates: "3–5 June 2026".into(),
            venue: "Đà Nẵng".into(),
            status: status.as_code().into(),
            status_label: status.label(crate::i18n::Lang::En),
            qr_svg: String::new(),
            lang: crate::i18n::Lang::En,
        }
    }

    #[test]
    fn the_badge_reads_back_with_name_and_organization() {
        let fonts = PdfFonts::new(&FontFiles::default());
        let pdf = render(
            &fonts,
            &badge("สมชาย ใจดี", "การประปานครหลวง", Status::Registered),
        )
        .expect("rendered");
        let text = squeezed_text(&pdf);
        assert!(text.contains(&squeeze("สมชาย ใจดี")), "{text}");
        assert!(text.contains("การประปานครหลวง"), "{text}");
        assert!(text.contains(&squeeze("Đà Nẵng")), "{text}");
        assert!(!text.contains("Notvalid"), "{text}");
    }

    #[test]
    fn a_badge_still_waiting_says_so_on_paper() {
        let fonts = PdfFonts::new(&FontFiles::default());
        let pdf = render(&fonts, &badge("Lê Văn", "Sawaco", Status::Waitlisted)).expect("rendered");
        let text = squeezed_text(&pdf);
        assert!(
            text.contains(&squeeze("Not valid for check-in yet")),
            "{text}"
        );
    }
}
