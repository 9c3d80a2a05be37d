//! Small line charts of a KPI over time, drawn as server-rendered SVG (no script needed).

use super::Kpi;
use chrono::NaiveDate;
use leptos::prelude::*;

const WIDTH: f64 = 240.0;
const HEIGHT: f64 = 72.0;
const PAD: f64 = 6.0;

/// Where each value sits in a `WIDTH` × `HEIGHT` box: time runs left to right, and the value
/// axis spans the values' range (or the percentage scale, when the range is tiny).
#[derive(Debug, Clone, PartialEq)]
pub struct ChartGeometry {
    pub points: Vec<(f64, f64)>,
    pub min: f64,
    pub max: f64,
}

pub fn geometry(values: &[(NaiveDate, f64)]) -> ChartGeometry {
    let Some(first) = values.first() else {
        return ChartGeometry {
            points: Vec::new(),
            min: 0.0,
            max: 0.0,
        };
    };
    let last = values.last().unwrap_or(first);
    let (mut min, mut max) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), (_, v)| {
            (lo.min(*v), hi.max(*v))
        });
    // A flat series would divide by zero; give it a band around its value.
    if (max - min).abs() < f64::EPSILON {
        min -= 1.0;
        max += 1.0;
    }
    let days = (last.0 - first.0).num_days().max(1) as f64;
    let points = values
        .iter()
        .map(|(date, value)| {
            let x = if values.len() == 1 {
                WIDTH / 2.0
            } else {
                PAD + (date.signed_duration_since(first.0).num_days() as f64 / days)
                    * (WIDTH - 2.0 * PAD)
            };
            let y = PAD + (max - value) / (max - min) * (HEIGHT - 2.0 * PAD);
            (round1(x), round1(y))
        })
        .collect();
    ChartGeometry { points, min, max }
}

fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// A KPI's history: the latest value in words, and a line over time.
#[component]
pub fn KpiChart(kpi: Kpi, values: Vec<(NaiveDate, f64)>) -> impl IntoView {
    use crate::i18n::format::{date_medium, month_year};
    use crate::t;
    let lang = crate::i18n::current();
    let name = kpi.name(lang);
    let shape = geometry(&values);
    let line = shape
        .points
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ");
    let latest = values.last().copied();
    let first = values.first().copied();
    let summary = match (first, latest) {
        (Some((d0, v0)), Some((d1, v1))) if values.len() > 1 => t!(
            lang,
            "partners-chart-summary",
            kpi = name.clone(),
            first = kpi.display(v0, lang),
            first_date = month_year(lang, d0),
            latest = kpi.display(v1, lang),
            latest_date = month_year(lang, d1)
        ),
        (_, Some((d, v))) => t!(
            lang,
            "partners-chart-single",
            kpi = name.clone(),
            value = kpi.display(v, lang),
            date = month_year(lang, d)
        ),
        _ => name.clone(),
    };
    let dots = shape
        .points
        .iter()
        .zip(values.iter())
        .map(|((x, y), (date, value))| {
            let title = t!(
                lang,
                "partners-chart-point",
                date = date_medium(lang, *date),
                value = kpi.display(*value, lang)
            );
            view! {
                <circle cx=*x cy=*y r="3" class="kpi-chart__dot">
                    <title>{title}</title>
                </circle>
            }
        })
        .collect_view();
    view! {
        <figure class="kpi-chart" data-kpi=kpi.as_code()>
            <figcaption>
                <span class="kpi-chart__label">{name}</span>
                <span class="kpi-chart__latest">
                    {latest.map(|(_, v)| kpi.display(v, lang))}
                </span>
            </figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-label=summary
                preserveAspectRatio="none"
                class="kpi-chart__svg"
            >
                <polyline points=line class="kpi-chart__line" />
                {dots}
            </svg>
            <p class="kpi-chart__range muted">
                {first.map(|(d, _)| d.format("%Y").to_string())}
                {(values.len() > 1).then_some("–")}
                {(values.len() > 1).then(|| latest.map(|(d, _)| d.format("%Y").to_string()))}
            </p>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn time_runs_left_to_right_and_higher_values_sit_higher() {
        let g = geometry(&[
            (day("2020-01-01"), 40.0),
            (day("2022-01-01"), 30.0),
            (day("2024-01-01"), 20.0),
        ]);
        let xs: Vec<f64> = g.points.iter().map(|p| p.0).collect();
        let ys: Vec<f64> = g.points.iter().map(|p| p.1).collect();
        assert_eq!(xs.first(), Some(&PAD));
        assert_eq!(xs.last(), Some(&(WIDTH - PAD)));
        assert!(xs[0] < xs[1] && xs[1] < xs[2]);
        // 40 is the top of the box (smallest y), 20 the bottom.
        assert_eq!(ys[0], PAD);
        assert_eq!(ys[2], HEIGHT - PAD);
    }

    #[test]
    fn uneven_dates_are_spaced_by_time() {
        let g = geometry(&[
            (day("2020-01-01"), 1.0),
            (day("2020-01-11"), 2.0),
            (day("2020-01-31"), 3.0),
        ]);
        let (x0, x1, x2) = (g.points[0].0, g.points[1].0, g.points[2].0);
        assert!((x1 - x0) * 2.0 - (x2 - x1) < 0.5);
    }

    #[test]
    fn a_flat_or_single_series_is_drawn_not_divided_by_zero() {
        let flat = geometry(&[(day("2020-01-01"), 24.0), (day("2021-01-01"), 24.0)]);
        assert!(flat.points.iter().all(|(_, y)| y.is_finite()));
        let single = geometry(&[(day("2020-01-01"), 5.0)]);
        assert_eq!(single.points.len(), 1);
        assert!(geometry(&[]).points.is_empty());
    }
}
