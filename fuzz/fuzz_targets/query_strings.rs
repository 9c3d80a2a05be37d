//! Query strings, as pages read them (leptos_router's `use_query_map`) and as the API and the
//! downloads read them (axum's `Query`: serde_urlencoded). Besides never panicking, a filter
//! that was accepted must survive the links the page builds from it (paging, sharing) and the
//! trip to its server function (serde_qs, as server_fn sends and reads it).
//!
//! leptos_router 0.8 decodes query values twice (upstream leptos #4731, fixed for 0.9): a value
//! holding `%` can come back changed from the page's own link. The links' round trip is checked
//! for values without `%`; the server-function trip for all.
#![no_main]

use app::events::rules::{month_bounds, month_grid, neighbours, parse_month};
use app::forum::personal_code;
use app::i18n::Lang;
use app::library::{FileProblem, LibraryFilter, SearchLibrary};
use app::partners::{DirectoryQuery, SearchDirectory};
use app::results::paging::{Paging, MAX_PAGE, MAX_PER_PAGE};
use app::results::{FilterChoices, ResultsFilter};
use app::wops::{ListPartnerships, PartnershipFilter};
use http::Uri;
use leptos_router::location::RequestUrl;
use libfuzzer_sys::fuzz_target;
use serde::{de::DeserializeOwned, Serialize};
use std::collections::HashMap;

fuzz_target!(init: fuzz_support::report_stack_overflows(), |query: &str| {
    // A page: the request's path and query as leptos_axum hands them to the router, unless
    // the server refused the address first (`server::address`).
    let Ok(uri) = format!("/partners?{query}").parse::<Uri>() else {
        return; // not a request line hyper would accept
    };
    if server::address::unreadable(&uri) {
        return;
    }
    let page = uri.path_and_query().map_or("/", |p| p.as_str());
    if let Ok(url) = RequestUrl::new(page).parse() {
        let params = url.search_params();
        read_filters(&|k| params.get(k));
    }
    // The API and the CSV/XLSX downloads.
    if let Ok(params) = serde_urlencoded::from_str::<HashMap<String, String>>(query) {
        read_filters(&|k| params.get(k).cloned());
        if let Ok(paging) = Paging::parse(&params) {
            assert!((1..=MAX_PAGE).contains(&paging.page));
            assert!((1..=MAX_PER_PAGE).contains(&paging.per_page));
            let _ = paging.offset();
        }
    }
});

/// Messages in a language other than English: its texts take arguments too.
const LANG: Lang = Lang::Th;

/// Every reader of a query parameter, each with the oracle that fits it.
fn read_filters(get: &dyn Fn(&str) -> Option<String>) {
    // Partner directory: malformed values are dropped, never refused.
    let directory = DirectoryQuery::from_params(get);
    if let Some(link) = read_back(&directory.to_query_string()) {
        let again = DirectoryQuery::from_params(link);
        assert_eq!(
            again, directory,
            "the directory's own links change the search"
        );
    }
    let sent = server_fn_trip(&SearchDirectory {
        query: directory.clone(),
    });
    assert_eq!(
        sent.query, directory,
        "the search changes on its way to the server"
    );

    // Library search.
    if let Ok(filter) = LibraryFilter::from_params(LANG, get) {
        if let Some(link) = read_back(&filter.to_query_string()) {
            let again = LibraryFilter::from_params(LANG, link);
            assert_eq!(
                again.as_ref(),
                Ok(&filter),
                "the library's own links change the search"
            );
        }
        // What the page sends (library/pages.rs) and the server function reads back.
        let sent = server_fn_trip(&SearchLibrary {
            q: (!filter.q.is_empty()).then(|| filter.q.clone()),
            kind: filter.kind.map(|k| k.as_code().to_owned()),
            topic: filter.topic.clone(),
            country: filter.country.clone(),
            year: filter.year.map(|y| y.to_string()),
            language: filter.language.map(|l| l.as_code().to_owned()),
            page: (filter.page > 1).then(|| filter.page.to_string()),
        });
        let on_server = LibraryFilter::from_params(LANG, |k| match k {
            "q" => sent.q.clone(),
            "kind" => sent.kind.clone(),
            "topic" => sent.topic.clone(),
            "country" => sent.country.clone(),
            "year" => sent.year.clone(),
            "language" => sent.language.clone(),
            "page" => sent.page.clone(),
            _ => None,
        });
        assert_eq!(
            on_server,
            Ok(filter.clone()),
            "the search changes on its way to the server"
        );
        for (facet, value) in [
            ("kind", "manual"),
            ("topic", "nrw"),
            ("country", "Viet Nam"),
        ] {
            let toggled = filter.toggled(facet, value);
            if let Some(link) = read_back(&toggled.to_query_string()) {
                let _ = LibraryFilter::from_params(LANG, link);
            }
        }
    }

    // Partnership list.
    if let Ok(filter) = PartnershipFilter::from_params(get, LANG) {
        if let Some(link) = read_back(&filter.to_query_string()) {
            let again = PartnershipFilter::from_params(link, LANG);
            assert_eq!(
                again.as_ref(),
                Ok(&filter),
                "the partnership list's links change it"
            );
        }
        let sent = server_fn_trip(&ListPartnerships {
            status: filter.state.map(|s| s.as_code().to_owned()),
            country: filter.country.clone(),
            topic: filter.topic.clone(),
            year: filter.year.map(|y| y.to_string()),
        });
        let on_server = PartnershipFilter::from_params(
            |k| match k {
                "status" => sent.status.clone(),
                "country" => sent.country.clone(),
                "topic" => sent.topic.clone(),
                "year" => sent.year.clone(),
                _ => None,
            },
            LANG,
        );
        assert_eq!(
            on_server,
            Ok(filter),
            "the filter changes on its way to the server"
        );
    }

    // Results dashboard, reports and the results API.
    let choices = FilterChoices {
        countries: vec!["Philippines".into(), "Viet Nam".into(), "Lao PDR".into()],
        topics: vec![("nrw".into(), "Non-revenue water".into())],
    };
    if let Ok(filter) = ResultsFilter::parse(get, &choices, LANG) {
        if let Some(link) = read_back(&filter.to_query_string()) {
            let again = ResultsFilter::parse(link, &choices, LANG);
            assert_eq!(
                again,
                Ok(filter),
                "the results' report links change the filter"
            );
        }
    }

    // Events calendar: `?month=YYYY-MM`, then the grid and the links either side.
    if let Some((year, month)) = get("month").as_deref().and_then(parse_month) {
        if month_bounds(year, month).is_some() {
            let _ = month_grid(year, month);
            let _ = neighbours(year, month);
        }
    }
    // The awards' code box sends people to `/awards/vote/{code}`, which reads the code again.
    if let Some(raw) = get("code").as_deref().and_then(personal_code::normalize) {
        assert_eq!(
            personal_code::normalize(&personal_code::display(&raw)),
            Some(raw)
        );
    }
    // Messages chosen by a code in the address (after a refused upload), the catalogue's format.
    let _ = get("file_error").as_deref().and_then(FileProblem::parse);
    let _ = get("image_error")
        .as_deref()
        .and_then(|code| app::stories::image_message(LANG, code));
    let _ = get("format")
        .as_deref()
        .and_then(app::training::rules::ProgramFormat::from_code);
}

/// Reads back a query string the app wrote, as a page would; `None` when a value holds `%`,
/// which leptos_router 0.8 decodes twice (see the top of this file).
fn read_back(query: &str) -> Option<impl Fn(&str) -> Option<String>> {
    if query.contains("%25") {
        return None;
    }
    let params = RequestUrl::new(&format!("/p?{query}"))
        .parse()
        .unwrap_or_else(|e| {
            panic!("the app wrote a query string that does not parse: {query:?}: {e}")
        })
        .search_params()
        .clone();
    Some(move |k: &str| params.get(k))
}

/// A server function's arguments as the browser sends them and the server reads them.
fn server_fn_trip<T: Serialize + DeserializeOwned>(args: &T) -> T {
    let body = serde_qs::to_string(args).expect("arguments encode");
    serde_qs::Config::new(5, false)
        .deserialize_str(&body)
        .unwrap_or_else(|e| panic!("the server cannot read {body:?}: {e}"))
}
