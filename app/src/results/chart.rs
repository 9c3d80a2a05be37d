//! The dashboard's charts as server-rendered SVG: each has a title and a description for screen
//! readers, a `<title>` on every bar with its value, and a table of the same numbers beside it.
//! Colours come from CSS classes (the CSP forbids inline styles).

use super::types::YearCounts;
use super::words::state_label;
use crate::t;
use crate::wops::PartnershipState;
use leptos::prelude::*;

const BAR_WIDTH: f64 = 300.0;
const ROW_HEIGHT: f64 = 28.0;
const LABEL_WIDTH: f64 = 120.0;

/// Bar lengths proportional to the values, the largest filling `full`.
pub fn bar_lengths(values: &[f64], full: f64) -> Vec<f64> {
    let max = values.iter().copied().fold(0.0_f64, f64::max);
    values
        .iter()
        .map(|v| {
            if max <= 0.0 {
                0.0
            } else {
                ((v.max(0.0) / max) * full * 10.0).round() / 10.0
            }
        })
        .collect()
}

/// One bar of a [`BarChart`].
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// The value as people read it ("12", "85 %").
    pub shown: String,
    /// A CSS modifier for the bar's colour.
    pub class: String,
}

/// A horizontal bar chart with its table.
#[component]
pub fn BarChart(id: &'static str, title: String, unit: String, bars: Vec<Bar>) -> impl IntoView {
    let lang = crate::i18n::current();
    let lengths = bar_lengths(&bars.iter().map(|b| b.value).collect::<Vec<_>>(), BAR_WIDTH);
    let height = ROW_HEIGHT * bars.len() as f64 + 4.0;
    let width = LABEL_WIDTH + BAR_WIDTH + 60.0;
    let desc = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, b.shown))
        .collect::<Vec<_>>()
        .join("; ");
    let title_id = format!("{id}-title");
    let region_label = t!(lang, "results-table-scroll", table = title.clone());
    let desc_id = format!("{id}-desc");
    let rows = bars.clone();
    let labelled_by = format!("{title_id} {desc_id}");
    view! {
        <figure class="chart" id=id>
            <figcaption class="chart__caption">{title.clone()}</figcaption>
            <div class="chart__body">
                <svg
                    class="chart__svg"
                    viewBox=format!("0 0 {width} {height}")
                    role="img"
                    aria-labelledby=labelled_by
                >
                    <title id=title_id>{title.clone()}</title>
                    <desc id=desc_id>{desc}</desc>
                    {bars.into_iter().zip(lengths).enumerate().map(|(i, (b, len))| {
                        let y = 2.0 + i as f64 * ROW_HEIGHT;
                        view! {
                            <g class="chart__row">
                                <text x=LABEL_WIDTH - 6.0 y=y + 18.0 text-anchor="end" class="chart__label">{b.label.clone()}</text>
                                <rect x=LABEL_WIDTH y=y + 4.0 width=len.max(1.0) height=ROW_HEIGHT - 8.0 class=format!("chart__bar chart__bar--{}", b.class)>
                                    <title>{format!("{}: {}", b.label, b.shown)}</title>
                                </rect>
                                <text x=LABEL_WIDTH + len + 6.0 y=y + 18.0 class="chart__value">{b.shown.clone()}</text>
                            </g>
                        }
                    }).collect_view()}
                </svg>
                // Each region needs its own name (two charts on one page).
                <div class="chart__scroll" tabindex="0" role="region" aria-label=region_label>
                <table class="chart__table">
                    <caption class="visually-hidden">{title}</caption>
                    <thead><tr><th scope="col">{t!(lang, "results-chart-item")}</th><th scope="col">{unit}</th></tr></thead>
                    <tbody>
                        {rows.into_iter().map(|b| view! {
                            <tr><th scope="row">{b.label}</th><td>{b.shown}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
            </div>
        </figure>
    }
}

const COL_WIDTH: f64 = 44.0;
const COL_HEIGHT: f64 = 160.0;

/// Partnerships running each year, stacked by state, with a legend and a table.
#[component]
pub fn YearChart(years: Vec<YearCounts>) -> impl IntoView {
    let lang = crate::i18n::current();
    let title = t!(lang, "results-years-title");
    let totals: Vec<f64> = years.iter().map(|y| y.total() as f64).collect();
    let heights = bar_lengths(&totals, COL_HEIGHT);
    let width = COL_WIDTH * years.len() as f64 + 10.0;
    let desc = years
        .iter()
        .map(|y| {
            let parts = y
                .counts
                .iter()
                .filter(|c| c.count > 0)
                .map(|c| {
                    t!(
                        lang,
                        "results-years-count",
                        count = c.count,
                        state = state_label(lang, c.state)
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            t!(
                lang,
                "results-years-desc",
                year = y.year.to_string(),
                total = y.total(),
                parts = if parts.is_empty() {
                    t!(lang, "results-years-none")
                } else {
                    parts
                }
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let max_total = totals.iter().copied().fold(0.0_f64, f64::max);
    let scale = if max_total > 0.0 {
        COL_HEIGHT / max_total
    } else {
        0.0
    };
    let columns = years
        .iter()
        .zip(heights)
        .enumerate()
        .map(|(i, (y, _))| {
            let x = 6.0 + i as f64 * COL_WIDTH;
            let mut top = COL_HEIGHT + 4.0;
            let segments = y
                .counts
                .iter()
                .filter(|c| c.count > 0)
                .map(|c| {
                    let h = c.count as f64 * scale;
                    top -= h;
                    view! {
                        <rect x=x y=top width=COL_WIDTH - 10.0 height=h class=format!("chart__bar chart__bar--{}", c.state.as_code())>
                            <title>{format!("{}: {}", y.year, t!(lang, "results-years-count", count = c.count, state = state_label(lang, c.state)))}</title>
                        </rect>
                    }
                })
                .collect_view();
            view! {
                <g>
                    {segments}
                    <text x=x + (COL_WIDTH - 10.0) / 2.0 y=COL_HEIGHT + 20.0 text-anchor="middle" class="chart__label">{(y.year % 100).to_string()}</text>
                </g>
            }
        })
        .collect_view();
    let states: Vec<PartnershipState> = PartnershipState::ALL
        .into_iter()
        .filter(|s| {
            years
                .iter()
                .any(|y| y.counts.iter().any(|c| c.state == *s && c.count > 0))
        })
        .collect();
    let head = states.clone();
    let region = t!(lang, "results-table-scroll", table = title.clone());
    view! {
        <figure class="chart" id="chart-years">
            <figcaption class="chart__caption">{title.clone()}</figcaption>
            <ul class="chart__legend">
                {states.iter().map(|s| view! {
                    <li><span class=format!("chart__key chart__bar--{}", s.as_code())></span>{state_label(lang, *s)}</li>
                }).collect_view()}
            </ul>
            <div class="chart__body">
                <svg class="chart__svg chart__svg--columns" viewBox=format!("0 0 {width} {}", COL_HEIGHT + 26.0) role="img" aria-labelledby="chart-years-title chart-years-desc">
                    <title id="chart-years-title">{title.clone()}</title>
                    <desc id="chart-years-desc">{desc}</desc>
                    {columns}
                </svg>
                <div class="chart__scroll" tabindex="0" role="region" aria-label=region>
                <table class="chart__table">
                    <caption class="visually-hidden">{title}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!(lang, "results-year")}</th>
                            {head.iter().map(|s| view! { <th scope="col">{state_label(lang, *s)}</th> }).collect_view()}
                            <th scope="col">{t!(lang, "results-total")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {years.iter().map(|y| {
                            let cells = head.iter().map(|s| {
                                let n = y.counts.iter().find(|c| c.state == *s).map_or(0, |c| c.count);
                                view! { <td>{n}</td> }
                            }).collect_view();
                            view! { <tr><th scope="row">{y.year}</th>{cells}<td>{y.total()}</td></tr> }
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
            </div>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_bar_fills_the_width_and_others_scale() {
        assert_eq!(bar_lengths(&[2.0, 4.0, 1.0], 300.0), [150.0, 300.0, 75.0]);
        assert_eq!(
            bar_lengths(&[0.0, 0.0], 300.0),
            [0.0, 0.0],
            "no division by zero"
        );
        assert_eq!(
            bar_lengths(&[-3.0, 3.0], 100.0),
            [0.0, 100.0],
            "no negative bars"
        );
    }
}
