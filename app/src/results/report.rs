//! The report's tables, built from [`NetworkResults`] alone: the XLSX sheets, the PDF pages and
//! the CSV files all come from these rows, so a report carries exactly the dashboard's figures.

use super::types::NetworkResults;
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
    /// Also the CSV file's and the sheet's name.
    pub name: &'static str,
    pub title: &'static str,
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
}

/// The labels of the summary's figures, used by tests and readers to find them.
pub const ACTIVE: &str = "Partnerships active";
pub const COMPLETED: &str = "Partnerships completed";
pub const UTILITIES: &str = "Utilities involved";
pub const PEOPLE: &str = "People with new or improved access";
pub const TRAINED: &str = "Staff trained (completions)";
pub const DOWNLOADS: &str = "Knowledge products downloaded";

pub fn summary(r: &NetworkResults) -> Table {
    let tr = &r.training;
    let score = |v: Option<f64>| v.map_or_else(|| t("–"), n);
    let mut rows = vec![
        vec![t("Scope"), t(r.scope.clone())],
        vec![t("Partnerships counted"), n(r.partnerships.len() as f64)],
        vec![t(ACTIVE), n(r.count_in(PartnershipState::Active) as f64)],
        vec![
            t(COMPLETED),
            n(r.count_in(PartnershipState::Completed) as f64),
        ],
    ];
    for state in PartnershipState::ALL {
        if !matches!(
            state,
            PartnershipState::Active | PartnershipState::Completed
        ) {
            rows.push(vec![
                t(format!("Partnerships {}", state.in_words())),
                n(r.count_in(state) as f64),
            ]);
        }
    }
    rows.extend([
        vec![t(UTILITIES), n(r.utilities_involved as f64)],
        vec![t(PEOPLE), n(r.people_with_access as f64)],
        vec![t("Training programs delivered"), n(tr.programs as f64)],
        vec![t("Training sessions"), n(tr.sessions as f64)],
        vec![t("Enrolled"), n(tr.enrolled as f64)],
        vec![t(TRAINED), n(tr.completions as f64)],
        vec![t("Evaluations"), n(tr.evaluations as f64)],
        vec![t("Relevance (mean of 5)"), score(tr.relevance)],
        vec![t("Clarity (mean of 5)"), score(tr.clarity)],
        vec![t("Usefulness (mean of 5)"), score(tr.usefulness)],
        vec![t(DOWNLOADS), n(r.downloads as f64)],
    ]);
    Table {
        name: "summary",
        title: "Summary",
        header: vec!["Figure", "Value"],
        rows,
    }
}

pub fn years(r: &NetworkResults) -> Table {
    let mut header = vec!["Year"];
    header.extend(PartnershipState::ALL.iter().map(|s| s.label()));
    header.push("Total");
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
        title: "Partnerships running each year, by status",
        header,
        rows,
    }
}

pub fn outcomes(r: &NetworkResults) -> Table {
    let rows = r
        .kpis
        .iter()
        .map(|k| {
            vec![
                t(k.kpi.label()),
                t(k.kpi.unit()),
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
        title: "Outcomes by KPI (baseline to latest, change positive when better)",
        header: vec![
            "KPI",
            "Unit",
            "Outcomes",
            "Measured",
            "Improved",
            "Mean baseline",
            "Mean latest",
            "Mean change (better > 0)",
        ],
        rows,
    }
}

pub fn partnerships(r: &NetworkResults) -> Table {
    let date = |d: Option<chrono::NaiveDate>| t(d.map(|d| d.to_string()).unwrap_or_default());
    let rows = r
        .partnerships
        .iter()
        .map(|p| {
            vec![
                n(p.id),
                t(p.title.clone()),
                t(p.state.label()),
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
        title: "Partnerships",
        header: vec![
            "Id",
            "Title",
            "Status",
            "Mentor",
            "Mentor country",
            "Recipient",
            "Recipient country",
            "Topics",
            "Start",
            "End",
        ],
        rows,
    }
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// Every table of the report, summary first.
pub fn tables(r: &NetworkResults) -> Vec<Table> {
    vec![summary(r), years(r), outcomes(r), partnerships(r)]
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
        let s = summary(&results());
        assert_eq!(figure(&s, ACTIVE), "2");
        assert_eq!(figure(&s, COMPLETED), "1");
        assert_eq!(figure(&s, UTILITIES), "5");
        assert_eq!(figure(&s, PEOPLE), "12000");
        assert_eq!(figure(&s, TRAINED), "7");
        assert_eq!(figure(&s, DOWNLOADS), "42");
        assert_eq!(figure(&s, "Partnerships closed early"), "0");
        assert_eq!(tables(&results()).len(), 4);
    }
}
