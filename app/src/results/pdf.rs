//! The report as a PDF: a title page block, then each table as lines of text, on as many A4
//! pages as it takes. Standard Helvetica fonts (nothing to embed), as the certificates use.

use super::report::Table;
use crate::training::certificate::win_ansi;
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

const WIDTH: f32 = 595.0; // A4 portrait, in points
const HEIGHT: f32 = 842.0;
const MARGIN: f32 = 48.0;
const LINE: f32 = 14.0;
const REGULAR: Name<'static> = Name(b"F1");
const BOLD: Name<'static> = Name(b"F2");

enum Line {
    Heading(String),
    Text(String),
    Gap,
}

/// The longest line the page takes, in characters of 9-point Helvetica (about).
const MAX_CHARS: usize = 105;

fn clip(s: String) -> String {
    if s.chars().count() > MAX_CHARS {
        let mut c: String = s.chars().take(MAX_CHARS - 1).collect();
        c.push('…');
        c
    } else {
        s
    }
}

fn lines(title: &str, tables: &[Table]) -> Vec<Line> {
    let mut out = vec![Line::Heading(title.to_owned()), Line::Gap];
    for table in tables {
        out.push(Line::Heading(table.title.to_owned()));
        if table.rows.is_empty() {
            out.push(Line::Text("None for these filters.".to_owned()));
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
            out.push(Line::Text(clip(line)));
        }
        out.push(Line::Gap);
    }
    out
}

pub fn render(title: &str, tables: &[Table]) -> Vec<u8> {
    let all = lines(title, tables);
    let per_page = ((HEIGHT - 2.0 * MARGIN) / LINE) as usize;
    let pages: Vec<&[Line]> = all.chunks(per_page.max(1)).collect();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let regular = Ref::new(3);
    let bold = Ref::new(4);
    let info = Ref::new(5);
    let page_ids: Vec<Ref> = (0..pages.len())
        .map(|i| Ref::new(10 + 2 * i as i32))
        .collect();
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_ids.iter().copied())
        .count(pages.len() as i32);
    pdf.type1_font(regular)
        .base_font(Name(b"Helvetica"))
        .encoding_predefined(Name(b"WinAnsiEncoding"));
    pdf.type1_font(bold)
        .base_font(Name(b"Helvetica-Bold"))
        .encoding_predefined(Name(b"WinAnsiEncoding"));
    pdf.document_info(info)
        .title(TextStr(title))
        .producer(TextStr("WaterLinks Hub"));
    for (i, chunk) in pages.iter().enumerate() {
        let page_id = page_ids[i];
        let contents = Ref::new(page_id.get() + 1);
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
        let mut content = Content::new();
        let mut y = HEIGHT - MARGIN;
        for line in chunk.iter() {
            let (font, size, words) = match line {
                Line::Heading(h) => (BOLD, 12.0, h.as_str()),
                Line::Text(t) => (REGULAR, 9.0, t.as_str()),
                Line::Gap => {
                    y -= LINE;
                    continue;
                }
            };
            content.begin_text();
            content.set_font(font, size);
            content.next_line(MARGIN, y);
            content.show(Str(&win_ansi(words)));
            content.end_text();
            y -= LINE;
        }
        let footer = format!("WaterLinks Hub - page {} of {}", i + 1, pages.len());
        content.begin_text();
        content.set_font(REGULAR, 8.0);
        content.next_line(MARGIN, MARGIN / 2.0);
        content.show(Str(&win_ansi(&footer)));
        content.end_text();
        pdf.stream(contents, &content.finish());
    }
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::results::report::{Cell, Table};

    #[test]
    fn a_long_report_takes_several_pages_and_stays_a_pdf() {
        let table = Table {
            name: "partnerships",
            title: "Partnerships",
            header: vec!["Id", "Title"],
            rows: (0..200)
                .map(|i| {
                    vec![
                        Cell::Number(f64::from(i)),
                        Cell::Text(format!("Partnership {i}")),
                    ]
                })
                .collect(),
        };
        let bytes = render("Network report", &[table]);
        assert!(bytes.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            text.contains("/Count 4"),
            "204 lines at 53 a page need four pages"
        );
    }

    #[test]
    fn the_figures_read_back_as_text() {
        let table = Table {
            name: "summary",
            title: "Summary",
            header: vec!["Figure", "Value"],
            rows: vec![
                vec![Cell::Text("Partnerships active".into()), Cell::Number(2.0)],
                vec![
                    Cell::Text("People with new or improved access".into()),
                    Cell::Number(12000.0),
                ],
            ],
        };
        let bytes = render("Network report", &[table]);
        let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
        assert!(text.contains("Partnerships active: 2"), "{text}");
        assert!(
            text.contains("People with new or improved access: 12000"),
            "{text}"
        );
    }
}
