//! The partnership map of the Asia-Pacific, drawn without any tile server: Natural Earth country
//! shapes shipped with the app (`app/data/asia-pacific-110m.json`, made by
//! `scripts/make_basemap.py`) projected on the server into one SVG path, cached once; utilities
//! as circles, partnerships as mentor-to-recipient lines coloured by status, each a link to the
//! partnership's page.

use super::words::state_label;
use super::ResultsFilter;
use crate::error::AppError;
use crate::t;
use crate::wops::PartnershipState;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// The view: longitudes 55°E to 205°E (155°W), latitudes 50°S to 56°N.
pub const WEST: f64 = 55.0;
pub const EAST: f64 = 205.0;
pub const SOUTH: f64 = -50.0;
pub const NORTH: f64 = 56.0;
/// SVG units per degree.
const SCALE: f64 = 6.0;
pub const WIDTH: f64 = (EAST - WEST) * SCALE;
pub const HEIGHT: f64 = (NORTH - SOUTH) * SCALE;

// The browser build has no use for the projection: the server projects everything.
/// Equirectangular projection into the view's SVG box. Longitudes west of 100°W are moved east by
/// 360°, so islands on both sides of the date line sit together in the Pacific.
#[cfg_attr(not(feature = "ssr"), allow(dead_code))]
pub fn project(lon: f64, lat: f64) -> (f64, f64) {
    let lon = if lon < -100.0 { lon + 360.0 } else { lon };
    let x = (lon - WEST) * SCALE;
    let y = (NORTH - lat) * SCALE;
    ((x * 10.0).round() / 10.0, (y * 10.0).round() / 10.0)
}

/// An SVG path's `d` for closed rings of (lon, lat).
#[cfg_attr(not(feature = "ssr"), allow(dead_code))]
pub fn rings_path(rings: &[Vec<[f64; 2]>]) -> String {
    let mut d = String::new();
    for ring in rings {
        for (i, [lon, lat]) in ring.iter().enumerate() {
            let (x, y) = project(*lon, *lat);
            d.push(if i == 0 { 'M' } else { 'L' });
            d.push_str(&format!("{x} {y}"));
        }
        d.push('Z');
    }
    d
}

/// The country shapes as one path, projected once per process.
#[cfg(feature = "ssr")]
pub fn base_map() -> &'static str {
    use std::sync::OnceLock;
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        #[derive(Deserialize)]
        struct Country {
            rings: Vec<Vec<[f64; 2]>>,
        }
        #[derive(Deserialize)]
        struct Shapes {
            countries: Vec<Country>,
        }
        let shapes: Shapes =
            match serde_json::from_str(include_str!("../../data/asia-pacific-110m.json")) {
                Ok(s) => s,
                Err(e) => {
                    tracing::error!(error = %e, "the base map's shapes could not be read");
                    return String::new();
                }
            };
        shapes
            .countries
            .iter()
            .map(|c| rings_path(&c.rings))
            .collect::<Vec<_>>()
            .join("")
    })
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapData {
    pub base: String,
    pub points: Vec<MapPoint>,
    pub lines: Vec<MapLine>,
    /// Partnerships left off because a utility has no coordinates.
    pub unplaced: Vec<(i32, String)>,
    pub filter: ResultsFilter,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapPoint {
    pub name: String,
    pub country: String,
    pub x: f64,
    pub y: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapLine {
    pub id: i32,
    pub title: String,
    pub state: PartnershipState,
    pub from: (f64, f64),
    pub to: (f64, f64),
}

#[server(prefix = "/api", endpoint = "results/map")]
#[tracing::instrument]
pub async fn results_map(
    year_from: String,
    year_to: String,
    year: String,
    country: String,
    topic: String,
    status: String,
) -> Result<MapData, AppError> {
    let data = super::dashboard_results(year_from, year_to, year, country, topic, status).await?;
    let r = data.results;
    let mut points: Vec<MapPoint> = Vec::new();
    let mut lines = Vec::new();
    let mut unplaced = Vec::new();
    for p in r.partnerships {
        let place = |u: &super::UtilityPoint| match (u.longitude, u.latitude) {
            (Some(lon), Some(lat)) => Some(project(lon, lat)),
            _ => None,
        };
        let (Some(from), Some(to)) = (place(&p.mentor), place(&p.recipient)) else {
            unplaced.push((p.id, p.title));
            continue;
        };
        for (u, (x, y)) in [(&p.mentor, from), (&p.recipient, to)] {
            if !points.iter().any(|q| q.name == u.name) {
                points.push(MapPoint {
                    name: u.name.clone(),
                    country: u.country.clone(),
                    x,
                    y,
                });
            }
        }
        lines.push(MapLine {
            id: p.id,
            title: p.title,
            state: p.state,
            from,
            to,
        });
    }
    Ok(MapData {
        base: base_map().to_owned(),
        points,
        lines,
        unplaced,
        filter: r.filter,
    })
}

#[component]
pub fn MapPage() -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        move || query.get(),
        |q| {
            let get = |k: &str| q.get(k).unwrap_or_default();
            results_map(
                get("year_from"),
                get("year_to"),
                get("year"),
                get("country"),
                get("topic"),
                get("status"),
            )
        },
    );
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "results-map-title") />
        <h1>{t!(lang, "results-map-title")}</h1>
        <p class="lead">{t!(lang, "results-map-lead")}</p>
        <Suspense fallback=move || view! { <p class="muted">{t!(lang, "results-map-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let d = data.await?;
                Ok::<_, AppError>(view! { <PartnershipMap data=d /> })
            }))}
        </Suspense>
    }
}

#[component]
fn PartnershipMap(data: MapData) -> impl IntoView {
    let qs = data.filter.to_query_string();
    let back = if qs.is_empty() {
        "/results".to_owned()
    } else {
        format!("/results?{qs}")
    };
    let states: Vec<PartnershipState> = PartnershipState::ALL
        .into_iter()
        .filter(|s| data.lines.iter().any(|l| l.state == *s))
        .collect();
    let lang = crate::i18n::current();
    let summary = t!(
        lang,
        "results-map-summary",
        count = data.lines.len(),
        utilities = data.points.len()
    );
    view! {
        <p><a href=back>{t!(lang, "results-map-back")}</a></p>
        <ul class="chart__legend" aria-label=t!(lang, "results-map-legend")>
            {states.iter().map(|s| view! {
                <li><span class=format!("chart__key chart__bar--{}", s.as_code())></span>{state_label(lang, *s)}</li>
            }).collect_view()}
        </ul>
        <figure class="results-map">
            <svg
                class="results-map__svg"
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="group"
                aria-label=summary
                data-testid="partnership-map"
            >
                <rect x="0" y="0" width=WIDTH height=HEIGHT class="results-map__sea" />
                <path d=data.base class="results-map__land" aria-hidden="true" />
                {data.lines.iter().map(|l| {
                    let label = format!("{} ({})", l.title, state_label(lang, l.state));
                    let aria = label.clone();
                    view! {
                        <a href=format!("/partnerships/{}", l.id) class="results-map__link" aria-label=aria>
                            <line
                                x1=l.from.0 y1=l.from.1 x2=l.to.0 y2=l.to.1
                                class=format!("results-map__line results-map__line--{}", l.state.as_code())
                                data-partnership=l.id
                            >
                                <title>{label}</title>
                            </line>
                        </a>
                    }
                }).collect_view()}
                {data.points.iter().map(|p| view! {
                    <circle cx=p.x cy=p.y r="5" class="results-map__utility">
                        <title>{format!("{} ({})", p.name, p.country)}</title>
                    </circle>
                }).collect_view()}
            </svg>
            <figcaption class="muted">{t!(lang, "results-map-credit")}</figcaption>
        </figure>
        {(!data.unplaced.is_empty()).then(|| view! {
            <p class="muted">{t!(lang, "results-map-unplaced")} " "
                {data.unplaced.iter().map(|(id, t)| view! { <a href=format!("/partnerships/{id}")>{t.clone()}</a>" " }).collect_view()}
            </p>
        })}
        <h2>{t!(lang, "results-map-list")}</h2>
        <ul class="plain-list">
            {data.lines.into_iter().map(|l| view! {
                <li><a href=format!("/partnerships/{}", l.id)>{l.title}</a>{format!(" · {}", state_label(lang, l.state))}</li>
            }).collect_view()}
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_view_runs_west_to_east_and_north_to_south() {
        assert_eq!(project(WEST, NORTH), (0.0, 0.0));
        assert_eq!(project(EAST - 360.0, SOUTH), (WIDTH, HEIGHT));
        let manila = project(121.0, 14.6);
        let apia = project(-171.8, -13.8);
        assert!(
            apia.0 > manila.0,
            "Samoa lies east of Manila, across the date line"
        );
        assert!(apia.1 > manila.1, "and south of it");
    }

    #[test]
    fn rings_become_closed_paths() {
        let d = rings_path(&[vec![[100.0, 10.0], [110.0, 10.0], [110.0, 0.0]]]);
        assert_eq!(d, "M270 276L330 276L330 336Z");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_shipped_shapes_draw_a_base_map() {
        let base = base_map();
        assert!(base.matches('M').count() > 40, "dozens of country rings");
    }
}
