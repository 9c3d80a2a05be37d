//! The report as a PDF: a title page block, then each table as lines of text, on as many A4
//! pages as it takes. Organization names print in their own script (`crate::pdf`).

use super::report::Table;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::pdf::{Pdf, PdfFonts, Style};

const WIDTH: f32 = 595.0; // A4 portrait, in points
const HEIGHT: f32 = 842.0;
const MARGIN: f32 = 48.0;
const LINE: f32 = 14.0;

enum Line {
    Heading(String),
    Text(String),
    Gap,
}

fn heading() -> Style {
    Style::bold(12.0)
}

fn body() -> Style {
    Style::regular(9.0)
}

/// `s` cut with an ellipsis to fit `max_width` points, as `width` measures.
fn clip(s: String, max_width: f32, width: impl Fn(&str) -> f32) -> String {
    if width(&s) <= max_width {
        return s;
    }
    let mut chars: Vec<char> = s.chars().collect();
    while !chars.is_empty() {
        chars.pop();
        let candidate: String = chars.iter().chain(['…'].iter()).collect();
        if width(&candidate) <= max_width {
            return candidate;
        }
    }
    "…".to_owned()
}

fn lines(title: &str, tables: &[Table], lang: Lang, width: impl Fn(&str) -> f32) -> Vec<Line> {
    let mut out = vec![Line::Heading(title.to_owned()), Line::Gap];
    for table in tables {
        out.push(Line::Heading(table.title.clone()));
        if table.rows.is_empty() {
            out.push(Line::Text(crate::t!(lang, "results-pdf-none")));
        }
        // The summary reads as "Figure: value"; other tables as one row per line.
        for row in &table.rows {
            let cells: Vec<String> = row.iter().map(|c| c.text()).collect();
            let line = if table.name == "summary" {
                format!("{}: {}", cells[0], cells[1..].join(" "))
            } else {
                table
                    .header
                    .iter()
                    .zip(cells.iter())
                    .filter(|(_, c)| !c.is_empty())
                    .map(|(h, c)| format!("{h} {c}"))
                    .collect::<Vec<_>>()
                    .join(" | ")
            };
            out.push(Line::Text(clip(line, WIDTH - 2.0 * MARGIN, &width)));
        }
        out.push(Line::Gap);
    }
    out
}

/// The report with its own words in `lang`.
pub fn render(
    fonts: &PdfFonts,
    title: &str,
    tables: &[Table],
    lang: Lang,
) -> Result<Vec<u8>, AppError> {
    let mut pdf = Pdf::new(fonts, title)?;
    let all = lines(title, tables, lang, |text| pdf.width(text, body()));
    let per_page = ((HEIGHT - 2.0 * MARGIN) / LINE) as usize;
    let pages: Vec<&[Line]> = all.chunks(per_page.max(1)).collect();
    let count = pages.len();
    for (i, chunk) in pages.iter().enumerate() {
        pdf.page(WIDTH, HEIGHT, |page| {
            let mut y = HEIGHT - MARGIN;
            for line in chunk.iter() {
                match line {
                    Line::Heading(h) => page.text(MARGIN, y, heading(), h),
                    Line::Text(t) => page.text(MARGIN, y, body(), t),
                    Line::Gap => 0.0,
                };
                y -= LINE;
            }
            let footer = crate::t!(lang, "results-pdf-footer", page = i + 1, pages = count);
            page.text(MARGIN, MARGIN / 2.0, Style::regular(8.0), &footer);
        });
    }
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::FontFiles;
    use crate::results::report::{Cell, Table};

    fn fonts() -> PdfFonts {
        PdfFonts::new(&FontFiles::default())
    }

    #[test]
    fn a_line_too_wide_is_clipped_with_an_ellipsis() {
        let tens = |t: &str| t.chars().count() as f32 * 10.0;
        assert_eq!(clip("short".into(), 100.0, tens), "short");
        let clipped = clip("Công ty Cấp nước Đà Nẵng".into(), 100.0, tens);
        assert_eq!(clipped, "Công ty C…");
    }

    #[test]
    fn a_long_report_takes_several_pages_and_stays_a_pdf() {
        let table = Table {
            name: "partnerships",
            sheet: "Partnerships".into(),
            title: "Partnerships".into(),
            header: vec!["Id".into(), "Title".into()],
            rows: (0..200)
                .map(|i| {
                    vec![
                        Cell::Number(f64::from(i)),
                        Cell::Text(format!("Partnership {i}")),
                    ]
                })
                .collect(),
        };
        let bytes = render(&fonts(), "Network report", &[table], Lang::En).expect("rendered");
        assert!(bytes.starts_with(b"%PDF-"));
        let text = pdf_extract::extract_text_from_mem(&bytes).expect("text");
        assert!(
            text.contains("page 4 of 4") && !text.contains("page 5"),
            "204 lines at 53 a page need four pages: {text}"
        );
    }

    #[test]
    fn the_figures_read_back_as_text() {
        let table = Table {
            name: "summary",
            sheet: "Summary".into(),
            title: "Summary".into(),
            header: vec!["Figure".into(), "Value".into()],
            rows: vec![
                vec![Cell::Text("Partnerships active".into()), Cell::Number(2.0)],
                vec![
                    Cell::Text("People with new or improved access".into()),
                    Cell::Number(12000.0),
                ],
            ],
        };
        let bytes = render(&fonts(), "Network report", &[table], Lang::En).expect("rendered");
        let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
        assert!(text.contains("Partnerships active: 2"), "{text}");
        assert!(
            text.contains("People with new or improved access: 12000"),
            "{text}"
        );
    }
}
