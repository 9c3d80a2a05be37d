//! The work plan's timeline (bars across the agreement's months, as HTML so it reflows on a
//! phone) and an outcome's chart (baseline, target and measured values, as SVG).

use super::{ActivityView, OutcomeView};
use crate::i18n::format::{date_medium, month_year};
use crate::t;
use chrono::NaiveDate;
use leptos::prelude::*;

/// Where a bar starts and how wide it is, in percent of the timeline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    pub left: f64,
    pub width: f64,
}

/// The bar of `from..=to` on a timeline running `start..=end`, clipped to it; a one-day
/// activity still gets a visible sliver.
pub fn span(start: NaiveDate, end: NaiveDate, from: NaiveDate, to: NaiveDate) -> Span {
    let total = (end - start).num_days().max(1) as f64;
    let clip = |d: NaiveDate| d.clamp(start, end);
    // A bar starting on the last day still shows its sliver inside the track.
    let left = ((clip(from) - start).num_days() as f64 / total * 100.0).min(100.0 - 1.5);
    let right = ((clip(to) - start).num_days() + 1) as f64 / total * 100.0;
    let width = (right - left).max(1.5).min(100.0 - left);
    Span {
        left: (left * 10.0).round() / 10.0,
        width: (width * 10.0).round() / 10.0,
    }
}

/// The timeline's extent: the agreement's dates, else the activities' own.
pub fn extent(
    window: Option<(NaiveDate, NaiveDate)>,
    activities: &[ActivityView],
) -> Option<(NaiveDate, NaiveDate)> {
    window.or_else(|| {
        let start = activities.iter().map(|a| a.start_date).min()?;
        let end = activities.iter().map(|a| a.end_date).max()?;
        Some((start, end))
    })
}

#[component]
pub fn ActivityTimeline(
    activities: Vec<ActivityView>,
    window: Option<(NaiveDate, NaiveDate)>,
) -> impl IntoView {
    let lang = crate::i18n::current();
    let extent = extent(window, &activities).filter(|_| !activities.is_empty());
    let Some((start, end)) = extent else {
        return view! { <p class="muted">{t!(lang, "wops-no-activities")}</p> }.into_any();
    };
    view! {
        <div class="timeline" role="list" aria-label=t!(lang, "wops-timeline-label")>
            <div class="timeline__scale" aria-hidden="true">
                <span>{month_year(lang, start)}</span>
                <span>{month_year(lang, end)}</span>
            </div>
            {activities.into_iter().map(|a| {
                let s = span(start, end, a.start_date, a.end_date);
                let status_class = format!("timeline__bar timeline__bar--{}", a.status.as_code());
                let when = if a.start_date == a.end_date {
                    date_medium(lang, a.start_date)
                } else {
                    t!(lang, "wops-date-range", from = date_medium(lang, a.start_date), to = date_medium(lang, a.end_date))
                };
                view! {
                    <div class="timeline__row" role="listitem">
                        <p class="timeline__label">
                            <strong>{a.title}</strong>
                            <span class="muted">{format!(" · {} · {} · {}", a.kind.label(lang), when, a.status.label(lang))}</span>
                        </p>
                        // SVG geometry, not a style attribute: the page's CSP allows no inline styles.
                        <svg class="timeline__track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect class=status_class x=s.left y="0" width=s.width height="10" rx="1" />
                        </svg>
                    </div>
                }
            }).collect_view()}
        </div>
    }
    .into_any()
}

const W: f64 = 320.0;
const H: f64 = 140.0;
const PAD: f64 = 12.0;

/// Chart coordinates for an outcome: x by date from baseline to the later of target and last
/// value; y spans all values with a margin.
pub struct OutcomeScale {
    start: NaiveDate,
    days: f64,
    min: f64,
    max: f64,
}

impl OutcomeScale {
    pub fn new(o: &OutcomeView) -> Self {
        let last = o
            .values
            .iter()
            .map(|v| v.measured_on)
            .max()
            .unwrap_or(o.target_date);
        let end = last.max(o.target_date);
        let values = o
            .values
            .iter()
            .map(|v| v.value)
            .chain([o.baseline_value, o.target_value]);
        let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
        let margin = ((hi - lo) * 0.1).max(0.5);
        OutcomeScale {
            start: o.baseline_date,
            days: (end - o.baseline_date).num_days().max(1) as f64,
            min: lo - margin,
            max: hi + margin,
        }
    }

    pub fn point(&self, date: NaiveDate, value: f64) -> (f64, f64) {
        let x = PAD + (date - self.start).num_days() as f64 / self.days * (W - 2.0 * PAD);
        let y = PAD + (self.max - value) / (self.max - self.min) * (H - 2.0 * PAD);
        ((x * 10.0).round() / 10.0, (y * 10.0).round() / 10.0)
    }
}

#[component]
pub fn OutcomeChart(outcome: OutcomeView) -> impl IntoView {
    let lang = crate::i18n::current();
    let scale = OutcomeScale::new(&outcome);
    let kpi = outcome.kpi;
    let kpi_name = kpi.name(lang);
    let shown = |v: f64| kpi.display(v, lang);
    let (bx, by) = scale.point(outcome.baseline_date, outcome.baseline_value);
    let (tx, ty) = scale.point(outcome.target_date, outcome.target_value);
    let actual: Vec<(f64, f64)> = std::iter::once((outcome.baseline_date, outcome.baseline_value))
        .chain(outcome.values.iter().map(|v| (v.measured_on, v.value)))
        .map(|(d, v)| scale.point(d, v))
        .collect();
    let path = actual
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ");
    let plan = t!(
        lang,
        "wops-chart-plan",
        kpi = kpi_name.clone(),
        baseline = shown(outcome.baseline_value),
        baseline_date = date_medium(lang, outcome.baseline_date),
        target = shown(outcome.target_value),
        target_date = date_medium(lang, outcome.target_date)
    );
    let measured = if outcome.values.is_empty() {
        t!(lang, "wops-chart-nothing-measured")
    } else {
        let values = outcome
            .values
            .iter()
            .map(|v| {
                t!(
                    lang,
                    "wops-chart-value-on",
                    value = shown(v.value),
                    date = date_medium(lang, v.measured_on)
                )
            })
            .collect::<Vec<_>>()
            .join(&t!(lang, "wops-list-separator"));
        t!(lang, "wops-chart-measured", values = values)
    };
    let description = format!("{plan} {measured}");
    let title_id = format!("outcome-{}-title", outcome.id);
    let desc_id = format!("outcome-{}-desc", outcome.id);
    let labelled_by = format!("{title_id} {desc_id}");
    view! {
        <svg class="outcome-chart" viewBox=format!("0 0 {W} {H}") role="img"
            aria-labelledby=labelled_by>
            <title id=title_id.clone()>{t!(lang, "wops-chart-title", kpi = kpi_name)}</title>
            <desc id=desc_id.clone()>{description}</desc>
            <line class="outcome-chart__plan" x1=bx y1=by x2=tx y2=ty />
            <polyline class="outcome-chart__actual" points=path />
            <circle class="outcome-chart__baseline" cx=bx cy=by r="4" />
            <circle class="outcome-chart__target" cx=tx cy=ty r="5" />
            {actual.iter().skip(1).map(|(x, y)| view! {
                <circle class="outcome-chart__value" cx=*x cy=*y r="3.5" />
            }).collect_view()}
        </svg>
        <p class="chart-legend">
            <span class="legend legend--baseline">{t!(lang, "wops-legend-baseline")}</span>
            <span class="legend legend--target">{t!(lang, "wops-legend-target")}</span>
            <span class="legend legend--actual">{t!(lang, "wops-legend-measured")}</span>
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::partners::Kpi;
    use crate::wops::OutcomeValueView;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn bars_sit_where_their_dates_are() {
        let (start, end) = (d("2026-01-01"), d("2026-12-31"));
        let first_half = span(start, end, d("2026-01-01"), d("2026-07-01"));
        assert_eq!(first_half.left, 0.0);
        assert!((first_half.width - 50.0).abs() < 1.0, "{first_half:?}");
        let late = span(start, end, d("2026-12-01"), d("2027-02-01"));
        assert!(
            late.left + late.width <= 100.0 + f64::EPSILON,
            "clipped: {late:?}"
        );
        let last_day = span(start, end, end, end);
        assert!(
            last_day.width >= 1.5 && last_day.left + last_day.width <= 100.0,
            "{last_day:?}"
        );
        let one_day = span(start, end, d("2026-06-01"), d("2026-06-01"));
        assert_eq!(one_day.width, 1.5, "a one-day activity stays visible");
    }

    #[test]
    fn lower_values_sit_lower_on_the_outcome_chart() {
        let o = OutcomeView {
            id: 1,
            kpi: Kpi::NonRevenueWater,
            baseline_value: 40.0,
            baseline_date: d("2025-01-01"),
            target_value: 25.0,
            target_date: d("2026-12-31"),
            is_public: true,
            values: vec![OutcomeValueView {
                id: 1,
                measured_on: d("2025-12-31"),
                value: 31.0,
            }],
        };
        let scale = OutcomeScale::new(&o);
        let (bx, by) = scale.point(o.baseline_date, 40.0);
        let (tx, ty) = scale.point(o.target_date, 25.0);
        let (mx, my) = scale.point(d("2025-12-31"), 31.0);
        assert!(bx < mx && mx < tx, "time runs left to right");
        assert!(
            by < my && my < ty,
            "SVG y grows downwards: 40 above 31 above 25"
        );
        assert!(ty <= H - PAD + 0.01 && by >= PAD - 0.01, "inside the box");
    }
}
