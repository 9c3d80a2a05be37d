//! The public directory: search, filters, sorting and pages, all carried in the URL.

use super::{
    fetch_directory_filters, page_count, search_directory, DirectoryQuery, OrganizationKind,
    SizeBand, SortOrder,
};
use crate::error::AppError;
use crate::shell::forms::{CountryFilter, SelectField, SelectOption, TopicFilter};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| DirectoryQuery::from_params(|k| p.get(k))));
    let results = Resource::new(move || query.get(), search_directory);
    let filters = Resource::new(|| (), |_| fetch_directory_filters());

    view! {
        <Title text="Partners" />
        <h1>"Partner directory"</h1>
        <p class="lead">
            "Utilities, facilitators and partners of the WaterLinks network across Asia and the Pacific."
        </p>
        <Transition fallback=|| ()>
            // Re-rendered when the URL changes, so "Clear" and the back button reset the form.
            {move || {
                let current = query.get();
                Suspend::new(crate::shell::or_error_panel(async move {
                    let filters = filters.await?;
                    Ok::<_, AppError>(view! { <DirectoryFilterForm q=current filters /> })
                }))
            }}
        </Transition>
        <Transition fallback=|| view! { <p class="muted">"Loading the directory…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let found = results.await?;
                let q = query.get_untracked();
                Ok::<_, AppError>(view! { <DirectoryResultsList found query=q /> })
            }))}
        </Transition>
    }
}

/// Filters as a GET form: submitting it changes the URL, which reloads the results.
#[component]
fn DirectoryFilterForm(q: DirectoryQuery, filters: super::DirectoryFilters) -> impl IntoView {
    view! {
        <Form method="GET" action="/partners" attr:class="filters" attr:role="search" attr:aria-label="Search the directory">
            <div class="field filters__search">
                <label for="directory-q">"Search by name or city"</label>
                <input id="directory-q" name="q" type="search" value=q.text.clone() maxlength="100" />
            </div>
            <CountryFilter form="directory" countries=filters.countries selected=q.country.clone() />
            <SelectField form="directory" name="kind" label="Kind" empty="All kinds"
                options=OrganizationKind::ALL.into_iter().map(|k| SelectOption::new(k.as_code(), k.label())).collect()
                selected=q.kind.map(|k| k.as_code().to_owned()) />
            <TopicFilter form="directory" name="offers" label="Can mentor on" selected=q.offers.clone()
                topics=filters.topics.iter().cloned().map(SelectOption::from).collect() />
            <TopicFilter form="directory" name="needs" label="Needs help with" selected=q.needs.clone()
                topics=filters.topics.into_iter().map(SelectOption::from).collect() />
            <SelectField form="directory" name="size" label="Size" empty="Any size"
                options=SizeBand::ALL.into_iter().map(|s| SelectOption::new(s.code(), s.label())).collect()
                selected=q.size.map(|s| s.code().to_owned()) />
            <div class="field">
                <label class="check" for="directory-network">
                    <input id="directory-network" type="checkbox" name="network" value="members" checked=q.network_members />
                    " Network members only"
                </label>
            </div>
            <SelectField form="directory" name="sort" label="Sort by"
                options=SortOrder::ALL.into_iter().map(|s| SelectOption::new(s.code(), s.label())).collect()
                selected=q.sort.code().to_owned() />
            <div class="button-row filters__actions">
                <button type="submit" class="button">"Search"</button>
                <a href="/partners" class="button button--secondary">"Clear"</a>
            </div>
        </Form>
    }
}

#[component]
fn DirectoryResultsList(found: super::DirectoryResults, query: DirectoryQuery) -> impl IntoView {
    let pages = page_count(found.total);
    let page = found.page.min(pages);
    let csv_href = {
        let qs = query.with_page(1).to_query_string();
        if qs.is_empty() {
            "/partners.csv".to_owned()
        } else {
            format!("/partners.csv?{qs}")
        }
    };
    let link = move |p: u64| {
        let qs = query.with_page(p).to_query_string();
        if qs.is_empty() {
            "/partners".to_owned()
        } else {
            format!("/partners?{qs}")
        }
    };
    let count = match found.total {
        0 => "No organizations match this search.".to_owned(),
        1 => "1 organization".to_owned(),
        n => format!("{} organizations", group_thousands(n as i64)),
    };
    view! {
        <div class="results-bar">
            <p class="muted" role="status" id="directory-count">{count}</p>
            <a href=csv_href class="button button--secondary" rel="external" download="">"Download CSV"</a>
        </div>
        <ul class="card-list" aria-labelledby="directory-count">
            {found.organizations.into_iter().map(|org| {
                view! {
                    <li class="card">
                        <h2 class="card__title"><a href=format!("/partners/{}", org.id)>{org.name}</a></h2>
                        <p class="card__meta">
                            <span class="tag">{org.kind.label()}</span>
                            {org.network_member.then(|| view! { " " <span class="tag tag--member">"Network member"</span> })}
                            {format!(" {}, {}", org.city, org.country)}
                        </p>
                        {org.population_served.map(|p| view! {
                            <p class="card__meta">{format!("Serves {} people", group_thousands(p))}</p>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
        {(pages > 1).then(|| view! {
            <nav class="pager" aria-label="Pages">
                {(page > 1).then(|| view! { <a href=link(page - 1) rel="prev">"← Previous"</a> })}
                <span>{format!("Page {page} of {pages}")}</span>
                {(page < pages).then(|| view! { <a href=link(page + 1) rel="next">"Next →"</a> })}
            </nav>
        })}
    }
}

/// 1234567 → "1,234,567"
pub fn group_thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::group_thousands;

    #[test]
    fn groups_digits_by_thousands() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(1000), "1,000");
        assert_eq!(group_thousands(7_250_000), "7,250,000");
        assert_eq!(group_thousands(-12_345), "-12,345");
    }
}
