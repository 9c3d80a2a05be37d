//! The report's tables, built from [`NetworkResults`] alone: the XLSX sheets, the PDF pages and
//! the CSV files all come from these rows, so a report carries exactly the dashboard's figures.

use super::types::NetworkResults;
use super::words::{partnerships_in, state_label};
use crate::i18n::Lang;
use crate::t;
use crate::wops::PartnershipState;

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
}

impl Cell {
    pub fn text(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Number(n) if n.fract() == 0.0 => format!("{n:.0}"),
            Cell::Number(n) => format!("{n:.2}"),
        }
    }
}

fn t(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn n(v: impl Into<f64>) -> Cell {
    Cell::Number(v.into())
}

/// One table of the report: a sheet in the XLSX file, a section of the PDF, a CSV file.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The CSV file's name in the address (`/results/tables/{name}.csv`): never translated.
    pub name: &'static str,
    /// The sheet's name in the XLSX file, in the reader's language.
    pub sheet: String,
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

pub fn summary(r: &NetworkResults, lang: Lang) -> Table {
    let tr = &r.training;
    let score = |v: Option<f64>| v.map_or_else(|| t("–"), n);
    let mut rows = vec![
        vec![t(t!(lang, "results-report-scope")), t(r.scope.clone())],
        vec![
            t(t!(lang, "results-report-counted")),
            n(r.partnerships.len() as f64),
        ],
        vec![
            t(t!(lang, "results-partnerships-active")),
            n(r.count_in(PartnershipState::Active) as f64),
        ],
        vec![
            t(t!(lang, "results-partnerships-completed")),
            n(r.count_in(PartnershipState::Completed) as f64),
        ],
    ];
    for state in PartnershipState::ALL {
        if !matches!(
            state,
            PartnershipState::Active | PartnershipState::Completed
        ) {
            rows.push(vec![
                t(partnerships_in(lang, state)),
                n(r.count_in(state) as f64),
            ]);
        }
    }
    rows.extend([
        vec![
            t(t!(lang, "results-fig-utilities")),
            n(r.utilities_involved as f64),
        ],
        vec![
            t(t!(lang, "results-fig-people")),
            n(r.people_with_access as f64),
        ],
        vec![
            t(t!(lang, "results-report-programs")),
            n(tr.programs as f64),
        ],
        vec![
            t(t!(lang, "results-report-sessions")),
            n(tr.sessions as f64),
        ],
        vec![t(t!(lang, "results-enrolled")), n(tr.enrolled as f64)],
        vec![
            t(t!(lang, "results-report-trained")),
            n(tr.completions as f64),
        ],
        vec![t(t!(lang, "results-evaluations")), n(tr.evaluations as f64)],
        vec![t(t!(lang, "results-report-relevance")), score(tr.relevance)],
        vec![t(t!(lang, "results-report-clarity")), score(tr.clarity)],
        vec![
            t(t!(lang, "results-report-usefulness")),
            score(tr.usefulness),
        ],
        vec![t(t!(lang, "results-fig-downloads")), n(r.downloads as f64)],
    ]);
    Table {
        name: "summary",
        sheet: t!(lang, "results-sheet-summary"),
        title: t!(lang, "results-sheet-summary"),
        header: vec![
            t!(lang, "results-report-figure"),
            t!(lang, "results-report-value"),
        ],
        rows,
    }
}

pub fn years(r: &NetworkResults, lang: Lang) -> Table {
    let mut header = vec![t!(lang, "results-year")];
    header.extend(PartnershipState::ALL.iter().map(|s| state_label(lang, *s)));
    header.push(t!(lang, "results-total"));
    let rows = r
        .by_year
        .iter()
        .map(|y| {
            let mut row = vec![n(y.year)];
            row.extend(y.counts.iter().map(|c| n(c.count as f64)));
            row.push(n(y.total() as f64));
            row
        })
        .collect();
    Table {
        name: "years",
        sheet: t!(lang, "results-sheet-years"),
        title: t!(lang, "results-years-title"),
        header,
        rows,
    }
}

pub fn outcomes(r: &NetworkResults, lang: Lang) -> Table {
    let rows = r
        .kpis
        .iter()
        .map(|k| {
            vec![
                t(k.kpi.name(lang)),
                t(k.kpi.unit_in(lang)),
                n(k.outcomes as f64),
                n(k.measured as f64),
                n(k.improved as f64),
                n(round2(k.mean_baseline)),
                n(round2(k.mean_latest)),
                n(round2(k.mean_improvement)),
            ]
        })
        .collect();
    Table {
        name: "outcomes",
        sheet: t!(lang, "results-sheet-outcomes"),
        title: t!(lang, "results-report-outcomes-title"),
        header: vec![
            t!(lang, "results-kpi"),
            t!(lang, "results-report-unit"),
            t!(lang, "results-outcomes"),
            t!(lang, "results-report-measured"),
            t!(lang, "results-improved"),
            t!(lang, "results-report-mean-baseline"),
            t!(lang, "results-report-mean-latest"),
            t!(lang, "results-report-mean-change"),
        ],
        rows,
    }
}

pub fn partnerships(r: &NetworkResults, lang: Lang) -> Table {
    // ISO dates: a spreadsheet reads them as dates in any language.
    let date = |d: Option<chrono::NaiveDate>| t(d.map(|d| d.to_string()).unwrap_or_default());
    let rows = r
        .partnerships
        .iter()
        .map(|p| {
            vec![
                n(p.id),
                t(p.title.clone()),
                t(state_label(lang, p.state)),
                t(p.mentor.name.clone()),
                t(p.mentor.country.clone()),
                t(p.recipient.name.clone()),
                t(p.recipient.country.clone()),
                t(p.topics.join("; ")),
                date(p.start_date),
                date(p.end_date),
            ]
        })
        .collect();
    Table {
        name: "partnerships",
        sheet: t!(lang, "results-sheet-partnerships"),
        title: t!(lang, "results-partnerships"),
        header: vec![
            t!(lang, "results-report-id"),
            t!(lang, "results-report-title"),
            t!(lang, "results-status-column"),
            t!(lang, "results-mentor"),
            t!(lang, "results-report-mentor-country"),
            t!(lang, "results-recipient"),
            t!(lang, "results-report-recipient-country"),
            t!(lang, "results-report-topics"),
            t!(lang, "results-report-start"),
            t!(lang, "results-report-end"),
        ],
        rows,
    }
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// Every table of the report, summary first, in `lang`.
pub fn tables(r: &NetworkResults, lang: Lang) -> Vec<Table> {
    vec![
        summary(r, lang),
        years(r, lang),
        outcomes(r, lang),
        partnerships(r, lang),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::results::rules::count_by_state;
    use crate::results::{ResultsFilter, TrainingFigures};

    fn results() -> NetworkResults {
        NetworkResults {
            filter: ResultsFilter::default(),
            scope: "all years".into(),
            partnerships: Vec::new(),
            by_state: count_by_state(&[
                PartnershipState::Active,
                PartnershipState::Completed,
                PartnershipState::Active,
            ]),
            by_year: Vec::new(),
            utilities_involved: 5,
            kpis: Vec::new(),
            people_with_access: 12_000,
            training: TrainingFigures {
                completions: 7,
                ..Default::default()
            },
            downloads: 42,
        }
    }

    fn figure(table: &Table, label: &str) -> String {
        table
            .rows
            .iter()
            .find(|r| r[0] == Cell::Text(label.into()))
            .map(|r| r[1].text())
            .unwrap_or_default()
    }

    #[test]
    fn the_summary_carries_the_headline_figures() {
        let s = summary(&results(), Lang::En);
        assert_eq!(figure(&s, "Partnerships active"), "2");
        assert_eq!(figure(&s, "Partnerships completed"), "1");
        assert_eq!(figure(&s, "Utilities involved"), "5");
        assert_eq!(figure(&s, "People with new or improved access"), "12000");
        assert_eq!(figure(&s, "Staff trained (completions)"), "7");
        assert_eq!(figure(&s, "Knowledge products downloaded"), "42");
        assert_eq!(figure(&s, "Partnerships closed early"), "0");
        assert_eq!(tables(&results(), Lang::En).len(), 4);
    }

    #[test]
    fn the_report_speaks_the_readers_language() {
        let s = summary(&results(), Lang::ZhHans);
        assert_eq!(figure(&s, "进行中的合作伙伴关系"), "2");
        let p = partnerships(&results(), Lang::Vi);
        assert_eq!(p.name, "partnerships", "the file name stays");
        assert!(
            p.header.contains(&"Đơn vị cố vấn".to_owned()),
            "{:?}",
            p.header
        );
    }
}
