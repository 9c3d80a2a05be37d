//! The public directory: search, filters, sorting and pages, all carried in the URL.

use super::{
    fetch_directory_filters, page_count, search_directory, DirectoryQuery, OrganizationKind,
    SizeBand, SortOrder,
};
use crate::error::AppError;
use crate::shell::forms::{CountryFilter, SelectField, SelectOption, TopicFilter};
use crate::t;
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
    let lang = crate::i18n::current();

    view! {
        <Title text=t!(lang, "partners-directory-title") />
        <h1>{t!(lang, "partners-directory-heading")}</h1>
        <p class="lead">{t!(lang, "partners-directory-lead")}</p>
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
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "partners-directory-loading")}</p> }>
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
    let lang = crate::i18n::current();
    view! {
        <Form method="GET" action="/partners" attr:class="filters" attr:role="search" attr:aria-label=t!(lang, "partners-search-label")>
            <div class="field filters__search">
                <label for="directory-q">{t!(lang, "partners-search-text")}</label>
                <input id="directory-q" name="q" type="search" value=q.text.clone() maxlength="100" />
            </div>
            <CountryFilter form="directory" countries=filters.countries selected=q.country.clone() />
            <SelectField form="directory" name="kind" label=t!(lang, "partners-filter-kind") empty=t!(lang, "partners-filter-all-kinds")
                options=OrganizationKind::ALL.into_iter().map(|k| SelectOption::new(k.as_code(), k.name(lang))).collect()
                selected=q.kind.map(|k| k.as_code().to_owned()) />
            <TopicFilter form="directory" name="offers" label=t!(lang, "partners-can-mentor-on") selected=q.offers.clone()
                topics=filters.topics.iter().cloned().map(SelectOption::from).collect() />
            <TopicFilter form="directory" name="needs" label=t!(lang, "partners-needs-help-with") selected=q.needs.clone()
                topics=filters.topics.into_iter().map(SelectOption::from).collect() />
            <SelectField form="directory" name="size" label=t!(lang, "partners-filter-size") empty=t!(lang, "partners-filter-any-size")
                options=SizeBand::ALL.into_iter().map(|s| SelectOption::new(s.code(), s.label(lang))).collect()
                selected=q.size.map(|s| s.code().to_owned()) />
            <div class="field">
                <label class="check" for="directory-network">
                    <input id="directory-network" type="checkbox" name="network" value="members" checked=q.network_members />
                    " " {t!(lang, "partners-filter-members-only")}
                </label>
            </div>
            <SelectField form="directory" name="sort" label=t!(lang, "partners-sort-by")
                options=SortOrder::ALL.into_iter().map(|s| SelectOption::new(s.code(), s.label(lang))).collect()
                selected=q.sort.code().to_owned() />
            <div class="button-row filters__actions">
                <button type="submit" class="button">{t!(lang, "partners-search")}</button>
                <a href="/partners" class="button button--secondary">{t!(lang, "partners-clear")}</a>
            </div>
        </Form>
    }
}

#[component]
fn DirectoryResultsList(found: super::DirectoryResults, query: DirectoryQuery) -> impl IntoView {
    let lang = crate::i18n::current();
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
        0 => t!(lang, "partners-none-match"),
        n => t!(
            lang,
            "partners-count",
            count = n,
            shown = crate::i18n::format::integer(lang, i64::try_from(n).unwrap_or(i64::MAX))
        ),
    };
    view! {
        <div class="results-bar">
            <p class="muted" role="status" id="directory-count">{count}</p>
            <a href=csv_href class="button button--secondary" rel="external" download="">{t!(lang, "partners-download-csv")}</a>
        </div>
        <ul class="card-list" aria-labelledby="directory-count">
            {found.organizations.into_iter().map(|org| {
                view! {
                    <li class="card">
                        <h2 class="card__title"><a href=format!("/partners/{}", org.id)>{org.name}</a></h2>
                        <p class="card__meta">
                            <span class="tag">{org.kind.name(lang)}</span>
                            {org.network_member.then(|| view! { " " <span class="tag tag--member">{t!(lang, "partners-network-member")}</span> })}
                            {format!(" {}, {}", org.city, org.country)}
                        </p>
                        {org.population_served.map(|p| view! {
                            <p class="card__meta">{t!(lang, "partners-serves-people", count = p, people = crate::i18n::format::integer(lang, p))}</p>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
        {(pages > 1).then(|| view! {
            <nav class="pager" aria-label=t!(lang, "partners-pages")>
                {(page > 1).then(|| view! { <a href=link(page - 1) rel="prev">{t!(lang, "partners-previous")}</a> })}
                <span>{t!(lang, "partners-page-of", page = page, pages = pages)}</span>
                {(page < pages).then(|| view! { <a href=link(page + 1) rel="next">{t!(lang, "partners-next")}</a> })}
            </nav>
        })}
    }
}

/// 1234567 → "1,234,567", in English (other domains' pages until they use
/// `crate::i18n::format::integer`).
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
