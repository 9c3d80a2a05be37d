//! The library pages: search with facets and the most-downloaded list, one product's page
//! (files and versions, links, review), the form to add a product, and the list of products
//! shown on a partnership's page. Matched words are rendered as text inside `<mark>`, never as
//! HTML.

use super::{
    fetch_product, most_downloaded, pending_products, search_library, Access, CreateProduct,
    FacetValue, FileProblem, LibraryFilter, LinkProduct, Marked, PendingProduct, ProductDetail,
    ProductKind, ProductLink, ReviewProduct, ReviewStatus, SearchResults, Translation,
};
use crate::accounts::{user_context, Role};
use crate::error::AppError;
use crate::i18n::{format as i18n_format, Lang};
use crate::shell::forms::{
    error_of, ContentLanguageField, FieldMessage, FormAlert, InputField, SelectField, SelectOption,
    TextAreaField,
};
use crate::t;
use crate::topics::list_topics;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Text with its matched words inside `<mark>`; every piece is escaped text.
#[component]
fn MarkedText(text: Marked) -> impl IntoView {
    text.0
        .into_iter()
        .map(|(piece, matched)| {
            if matched {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}

fn size_label(lang: Lang, bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        let mb = i18n_format::decimal(lang, bytes as f64 / (1024.0 * 1024.0), 1);
        t!(lang, "library-size-mb", size = mb)
    } else {
        t!(
            lang,
            "library-size-kb",
            size = i18n_format::integer(lang, (bytes + 1023) / 1024)
        )
    }
}

fn downloads_label(lang: Lang, n: i64) -> String {
    t!(lang, "library-downloads", count = n)
}

#[component]
pub fn LibraryPage() -> impl IntoView {
    let params = use_query_map();
    let lang = crate::i18n::current();
    let filter =
        Memo::new(move |_| params.with(|p| LibraryFilter::from_params(lang, |k| p.get(k))));
    let results = Resource::new(
        move || filter.get(),
        |filter| async move {
            let f = filter.map_err(AppError::BadRequest)?;
            let opt = |s: String| (!s.is_empty()).then_some(s);
            search_library(
                opt(f.q.clone()),
                f.kind.map(|k| k.as_code().to_owned()),
                f.topic.clone(),
                f.country.clone(),
                f.year.map(|y| y.to_string()),
                f.language.map(|l| l.as_code().to_owned()),
                (f.page > 1).then(|| f.page.to_string()),
            )
            .await
        },
    );
    let popular = Resource::new(|| (), |_| most_downloaded());
    let user = user_context().user;
    // Created here, not inside the curator's view: a resource created in a nested view can be
    // disposed mid-request on the server when that view re-renders. Visitors get a 401 back,
    // which the view ignores.
    let pending = Resource::new(|| (), |_| pending_products());
    view! {
        <Title text=t!(lang, "library-title") />
        <h1>{t!(lang, "library-title")}</h1>
        <p class="lead">{t!(lang, "library-lead")}</p>
        <Form method="GET" action="/library" attr:class="library-search" attr:role="search" attr:aria-label=t!(lang, "library-search-label")>
            <div class="field">
                <label for="library-q">{t!(lang, "library-search-field")}</label>
                <div class="library-search__row">
                    <input id="library-q" name="q" type="search" maxlength="500"
                        placeholder=t!(lang, "library-search-placeholder")
                        value=move || filter.get().map(|f| f.q).unwrap_or_default() />
                    <button type="submit" class="button">{t!(lang, "library-search-button")}</button>
                </div>
            </div>
        </Form>
        <Transition fallback=|| ()>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let user = user.await?;
                Ok::<_, AppError>(match user {
                    Some(u) => {
                        let curator = u.has_role(Role::SecretariatAdmin) || u.has_role(Role::Facilitator);
                        view! {
                            <p class="button-row">
                                <a class="button button--secondary" href="/library/new">
                                    {if curator { t!(lang, "library-publish-product") } else { t!(lang, "library-submit-product") }}
                                </a>
                            </p>
                            {curator.then(|| view! { <PendingList pending /> })}
                        }.into_any()
                    }
                    None => view! {
                        <p class="muted">{t!(lang, "library-sign-in-for-more")}" "<a href="/sign-in">{t!(lang, "library-sign-in")}</a></p>
                    }.into_any(),
                })
            }))}
        </Transition>
        <div class="library">
            <div class="library__results">
                <Transition fallback=move || view! { <p class="muted">{t!(lang, "library-searching")}</p> }>
                    {move || Suspend::new(crate::shell::or_error_panel(async move {
                        let found = results.await?;
                        let current = filter.get_untracked().unwrap_or_default();
                        Ok::<_, AppError>(view! { <Results found current /> })
                    }))}
                </Transition>
            </div>
            <aside class="library__aside" aria-labelledby="popular-heading">
                <h2 id="popular-heading">{t!(lang, "library-most-downloaded")}</h2>
                <Transition fallback=|| ()>
                    {move || Suspend::new(crate::shell::or_error_panel(async move {
                        let popular = popular.await?;
                        Ok::<_, AppError>(if popular.is_empty() {
                            view! { <p class="muted">{t!(lang, "library-nothing-downloaded")}</p> }.into_any()
                        } else {
                            view! {
                                <ol class="popular-list">
                                    {popular.into_iter().map(|p| view! {
                                        <li>
                                            <a href=format!("/library/{}", p.id)>{p.title}</a>
                                            <span class="muted">{format!(" · {} · {}", p.kind.label(lang), downloads_label(lang, p.downloads))}</span>
                                        </li>
                                    }).collect_view()}
                                </ol>
                            }.into_any()
                        })
                    }))}
                </Transition>
            </aside>
        </div>
    }
}

#[component]
fn PendingList(pending: Resource<Result<Vec<PendingProduct>, AppError>>) -> impl IntoView {
    let lang = crate::i18n::current();
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let pending = pending.await?;
                Ok::<_, AppError>((!pending.is_empty()).then(|| view! {
                    <section class="panel panel--warning library-pending" aria-labelledby="pending-heading">
                        <h2 id="pending-heading">{t!(lang, "library-pending-heading")}</h2>
                        <ul class="plain-list">
                            {pending.into_iter().map(|p| view! {
                                <li>
                                    <a href=format!("/library/{}", p.id)>{p.title}</a>
                                    <span class="muted">{format!(" · {} · {}", p.kind.label(lang), t!(lang, "library-submitted-by", name = p.submitted_by.as_str()))}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    </section>
                }))
            }))}
        </Transition>
    }
}

#[component]
fn Results(found: SearchResults, current: LibraryFilter) -> impl IntoView {
    let lang = crate::i18n::current();
    let count = match found.total {
        0 => t!(lang, "library-no-match"),
        n => t!(lang, "library-products-count", count = n),
    };
    let any_filter = current.kind.is_some()
        || current.topic.is_some()
        || current.country.is_some()
        || current.year.is_some()
        || current.language.is_some();
    let clear = LibraryFilter {
        q: current.q.clone(),
        ..Default::default()
    }
    .href();
    let (page, pages) = (found.page, found.pages);
    let prev = current.with_page(page.saturating_sub(1)).href();
    let next = current.with_page(page + 1).href();
    let facets = found.facets.clone();
    view! {
        {found.message.clone().map(|m| view! { <p class="notice" role="status" id="library-message">{m}</p> })}
        // Closed until a filter is in use: on a phone the facets would push the results a
        // screen down; open, the chosen values show so they can be cleared.
        <details class="facets" open=any_filter>
            <summary>{t!(lang, "library-narrow")}" "<span class="muted">{t!(lang, "library-narrow-by")}</span></summary>
            <div class="facets__groups">
                <FacetGroup name="kind" title=t!(lang, "library-type") values=facets.kinds current=current.clone() />
                <FacetGroup name="topic" title=t!(lang, "library-topic") values=facets.topics current=current.clone() />
                <FacetGroup name="country" title=t!(lang, "library-country") values=facets.countries current=current.clone() />
                <FacetGroup name="year" title=t!(lang, "library-year") values=facets.years current=current.clone() />
                <FacetGroup name="language" title=t!(lang, "library-language") values=facets.languages current=current.clone() />
            </div>
            {any_filter.then(|| view! { <p><a href=clear>{t!(lang, "library-clear-filters")}</a></p> })}
        </details>
        <p class="muted" role="status" id="library-count">{count}</p>
        <ol class="result-list" aria-labelledby="library-count">
            {found.hits.into_iter().map(|h| view! {
                <li class="card result">
                    <h2 class="card__title" lang=h.language.as_code()>
                        <a href=format!("/library/{}", h.id)><MarkedText text=h.title /></a>
                    </h2>
                    <p class="card__meta">
                        <span class="tag">{h.kind.label(lang)}</span>
                        {format!(" {} · ", h.year)}
                        <span lang=h.language.as_code()>{h.language.native_name()}</span>
                        {(h.access == Access::Members).then(|| format!(" · {}", t!(lang, "library-members-only")))}
                        {(h.downloads > 0).then(|| format!(" · {}", downloads_label(lang, h.downloads)))}
                    </p>
                    <p class="result__snippet" lang=h.language.as_code()><MarkedText text=h.snippet /></p>
                </li>
            }).collect_view()}
        </ol>
        {(pages > 1).then(|| view! {
            <nav class="pager" aria-label=t!(lang, "library-pages")>
                {(page > 1).then(|| view! { <a href=prev rel="prev">{t!(lang, "library-previous")}</a> })}
                <span>{t!(lang, "library-page-of", page = page, pages = pages)}</span>
                {(page < pages).then(|| view! { <a href=next rel="next">{t!(lang, "library-next")}</a> })}
            </nav>
        })}
    }
}

#[component]
fn FacetGroup(
    name: &'static str,
    title: String,
    values: Vec<FacetValue>,
    current: LibraryFilter,
) -> impl IntoView {
    let label = title.clone();
    (!values.is_empty()).then(|| {
        view! {
            <div class="facet" role="group" aria-label=label>
                <h3 class="facet__title">{title}</h3>
                <ul class="facet__list">
                    {values.into_iter().take(12).map(|v| {
                        let on = current.has(name, &v.value);
                        let href = current.toggled(name, &v.value).href();
                        view! {
                            <li>
                                <a href=href class="chip" class:chip--on=on aria-current=on.then_some("true")
                                    data-facet=name data-value=v.value.clone()>
                                    {v.label}
                                    <span class="facet__count">{format!(" ({})", v.count)}</span>
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        }
    })
}

/// Reloads the product after a change made on its page.
#[derive(Clone, Copy)]
struct Reload(RwSignal<u32>);

#[component]
pub fn ProductPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse::<i32>().ok())));
    let reload = Reload(RwSignal::new(0));
    provide_context(reload);
    let detail = Resource::new(
        move || (id.get(), reload.0.get()),
        |(id, _)| async move {
            match id {
                Some(id) => fetch_product(id).await,
                None => Err(AppError::NotFound(t!(
                    crate::i18n::current(),
                    "library-not-found"
                ))),
            }
        },
    );
    let lang = crate::i18n::current();
    view! {
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "library-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let p = detail.await?;
                Ok::<_, AppError>(view! { <ProductView p /> })
            }))}
        </Transition>
    }
}

#[component]
fn ProductView(p: ProductDetail) -> impl IntoView {
    let lang = crate::i18n::current();
    let status_note = match p.status {
        ReviewStatus::Published => None,
        ReviewStatus::Submitted => Some(t!(lang, "library-status-note-submitted")),
        ReviewStatus::Rejected => Some(t!(
            lang,
            "library-status-note-rejected",
            note = p.review_note.as_str()
        )),
    };
    view! {
        <Title text=p.title.clone() />
        <p><a href="/library">{t!(lang, "library-back")}</a></p>
        <h1 lang=p.language.as_code()>{p.title.clone()}</h1>
        <p class="card__meta">
            <span class="tag">{p.kind.label(lang)}</span>
            {format!(" {} · ", p.year)}
            <span lang=p.language.as_code()>{p.language.native_name()}</span>
            {(p.access == Access::Members).then(|| view! { " · " <span class="tag tag--demo">{t!(lang, "library-members-only")}</span> })}
        </p>
        {status_note.map(|n| view! { <p class="notice" role="status">{n}</p> })}
        <p class="prewrap library-summary" lang=p.language.as_code()>{p.summary.clone()}</p>
        <Translations p=p.clone() />
        <dl class="facts">
            {(!p.authors.is_empty()).then(|| view! { <dt>{t!(lang, "library-authors")}</dt><dd>{p.authors.clone()}</dd> })}
            <dt>{t!(lang, "library-topics")}</dt><dd>{p.topics.join(", ")}</dd>
            {(!p.countries.is_empty()).then(|| view! { <dt>{t!(lang, "library-countries")}</dt><dd>{p.countries.join(", ")}</dd> })}
            {(!p.licence.is_empty()).then(|| view! { <dt>{t!(lang, "library-licence")}</dt><dd>{p.licence.clone()}</dd> })}
            <dt>{t!(lang, "library-downloads-heading")}</dt><dd id="total-downloads">{p.total_downloads.to_string()}</dd>
        </dl>
        <FilesPanel p=p.clone() />
        <LinksPanel p=p.clone() />
        {p.may_review.then(|| view! { <ReviewPanel id=p.id /> })}
    }
}

/// The product in its other languages, and (for anyone who may add products) a link to add
/// another translation.
#[component]
fn Translations(p: ProductDetail) -> impl IntoView {
    let lang = crate::i18n::current();
    let signed_in = user_context().user;
    let original = p.translation_of.unwrap_or(p.id);
    let others = (!p.translations.is_empty()).then(|| {
        view! {
            <p class="translations" id="translations">
                {t!(lang, "library-translations")}": "
                {p.translations.into_iter().enumerate().map(|(i, t)| view! {
                    {(i > 0).then_some(" · ")}
                    <a href=format!("/library/{}", t.id) lang=t.language.as_code() hreflang=t.language.as_code()
                        title=t.title>{t.language.native_name()}</a>
                }).collect_view()}
            </p>
        }
    });
    view! {
        {others}
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                signed_in.await.ok().flatten().map(|_| view! {
                    <p><a href=format!("/library/new?translation_of={original}")>{t!(lang, "library-add-translation")}</a></p>
                })
            })}
        </Transition>
    }
}

#[component]
fn FilesPanel(p: ProductDetail) -> impl IntoView {
    let query = use_query_map();
    // venue.js refuses a file over the limit before it is sent (a browser shows a refusal
    // halfway through an upload as a lost connection, not as the message).
    let max_bytes = super::MAX_FILE_BYTES.to_string();
    let lang = crate::i18n::current();
    let too_large = FileProblem::TooLarge.message(lang);
    let problem = move || {
        query
            .with(|q| q.get("file_error"))
            .and_then(|c| FileProblem::parse(&c))
            .map(|p| p.message(lang))
    };
    let uploaded = move || query.with(|q| q.get("uploaded"));
    let id = p.id;
    let accept = ".pdf,.docx,.xlsx,.pptx,.odt,.ods,.doc,.xls,application/pdf";
    view! {
        <section class="panel library-files" id="files" aria-labelledby="files-heading">
            <h2 id="files-heading">{t!(lang, "library-files")}</h2>
            {if p.files.is_empty() {
                view! { <p class="muted">{t!(lang, "library-no-files")}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list file-list">
                        {p.files.iter().map(|f| view! {
                            <li class="file" class:file--latest=f.latest data-version=f.version>
                                <a href=format!("/library/files/{}", f.id) rel="external" download=f.file_name.clone()>
                                    {f.file_name.clone()}
                                </a>
                                " "
                                {if f.latest {
                                    view! { <span class="tag">{t!(lang, "library-version-latest", version = f.version)}</span> }.into_any()
                                } else {
                                    view! { <span class="tag tag--proposed">{t!(lang, "library-version", version = f.version)}</span> }.into_any()
                                }}
                                <p class="card__meta">
                                    {format!("{} · ", t!(
                                        lang,
                                        "library-file-meta",
                                        format = f.format.as_str(),
                                        size = size_label(lang, f.size_bytes),
                                        date = i18n_format::date_medium(lang, f.uploaded_at.date_naive())
                                    ))}
                                    <span class="downloads" data-file=f.id>{downloads_label(lang, f.downloads)}</span>
                                </p>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {p.may_upload.then(|| view! {
                {move || uploaded().map(|v| view! {
                    <p class="form__success" role="status">{t!(lang, "library-version-uploaded", version = v)}</p>
                })}
                <form class="form" method="post" enctype="multipart/form-data" action=format!("/library/{id}/files")>
                    <div class="field">
                        <label for="library-file">{if p.files.is_empty() { t!(lang, "library-upload-file") } else { t!(lang, "library-upload-version") }}</label>
                        <input id="library-file" name="file" type="file" accept=accept required=true
                            data-max-bytes=max_bytes.clone() data-too-large=too_large
                            aria-describedby=move || if problem().is_some() { "library-file-hint file-error" } else { "library-file-hint" }
                            aria-invalid=move || problem().map(|_| "true") />
                        <p class="field__hint" id="library-file-hint">{t!(lang, "library-upload-hint")}</p>
                        {move || problem().map(|m| view! {
                            <p class="field__error" id="file-error" role="alert">{m}</p>
                        })}
                    </div>
                    <button type="submit" class="button button--secondary">{t!(lang, "library-upload")}</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn LinksPanel(p: ProductDetail) -> impl IntoView {
    let show = !p.partnerships.is_empty() || !p.programs.is_empty() || p.may_link;
    let lang = crate::i18n::current();
    show.then(|| {
        view! {
            <section class="panel" aria-labelledby="links-heading">
                <h2 id="links-heading">{t!(lang, "library-links-heading")}</h2>
                {(!p.partnerships.is_empty()).then(|| view! {
                    <h3>{t!(lang, "library-partnerships")}</h3>
                    <ul class="plain-list">
                        {p.partnerships.iter().map(|l| view! {
                            <li><a href=format!("/partnerships/{}", l.id)>{l.title.clone()}</a></li>
                        }).collect_view()}
                    </ul>
                })}
                {(!p.programs.is_empty()).then(|| view! {
                    <h3>{t!(lang, "library-training-programs")}</h3>
                    <ul class="plain-list">
                        {p.programs.iter().map(|l| view! {
                            <li><a href=format!("/training/{}", l.id)>{l.title.clone()}</a></li>
                        }).collect_view()}
                    </ul>
                })}
                {p.may_link.then(|| view! { <LinkForm id=p.id /> })}
            </section>
        }
    })
}

#[component]
fn LinkForm(id: i32) -> impl IntoView {
    let action = crate::shell::flash::action::<LinkProduct>();
    let error = error_of(action.value());
    let reload = use_context::<Reload>();
    Effect::new(move |_| {
        if matches!(action.value().get(), Some(Ok(()))) {
            if let Some(r) = reload {
                r.0.update(|n| *n += 1);
            }
        }
    });
    let lang = crate::i18n::current();
    view! {
        <ActionForm action attr:class="form" attr:novalidate=true>
            <FormAlert error />
            <input type="hidden" name="product_id" value=id />
            <div class="field-row">
                <div class="field">
                    <label for="link-target">{t!(lang, "library-link-to")}</label>
                    <select id="link-target" name="target">
                        <option value="partnership">{t!(lang, "library-link-partnership")}</option>
                        <option value="program">{t!(lang, "library-link-program")}</option>
                    </select>
                </div>
                <InputField form="link" name="target_id" label=t!(lang, "library-link-its-number") error inputmode="numeric"
                    hint=t!(lang, "library-link-its-number-hint") />
            </div>
            <div class="button-row">
                <button type="submit" class="button button--secondary">{t!(lang, "library-link")}</button>
                <button type="submit" class="link-button" name="remove" value="on">{t!(lang, "library-link-remove")}</button>
            </div>
        </ActionForm>
    }
}

#[component]
fn ReviewPanel(id: i32) -> impl IntoView {
    let action = crate::shell::flash::action::<ReviewProduct>();
    let error = error_of(action.value());
    let reload = use_context::<Reload>();
    Effect::new(move |_| {
        if matches!(action.value().get(), Some(Ok(()))) {
            if let Some(r) = reload {
                r.0.update(|n| *n += 1);
            }
        }
    });
    let lang = crate::i18n::current();
    view! {
        <section class="panel panel--warning" aria-labelledby="review-heading">
            <h2 id="review-heading">{t!(lang, "library-review")}</h2>
            <ActionForm action attr:class="form" attr:novalidate=true>
                <FormAlert error />
                <input type="hidden" name="id" value=id />
                <TextAreaField form="review" name="note" label=t!(lang, "library-review-note") error rows=3
                    hint=t!(lang, "library-review-note-hint") />
                <div class="button-row">
                    <button type="submit" class="button" name="decision" value="publish">{t!(lang, "library-publish")}</button>
                    <button type="submit" class="button button--danger" name="decision" value="reject">{t!(lang, "library-reject")}</button>
                </div>
                <FieldMessage error field="decision" />
            </ActionForm>
        </section>
    }
}

#[component]
pub fn NewProductPage() -> impl IntoView {
    let user = user_context().user;
    let topics = Resource::new(|| (), |_| list_topics());
    // `?translation_of=ID` (the "add a translation" link): the new product translates that one.
    let query = use_query_map();
    let original_id =
        query.with_untracked(|q| q.get("translation_of").and_then(|v| v.parse::<i32>().ok()));
    let original = Resource::new(
        move || original_id,
        |id| async move {
            match id {
                Some(id) => fetch_product(id).await.ok().map(|p| Translation {
                    id: p.id,
                    title: p.title,
                    language: p.language,
                }),
                None => None,
            }
        },
    );
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "library-new-title") />
        <p><a href="/library">{t!(lang, "library-back")}</a></p>
        <h1>{t!(lang, "library-new-title")}</h1>
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "library-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let user = user.await?;
                let topics = topics.await?;
                let original = original.await;
                Ok::<_, AppError>(match user {
                    None => view! {
                        <p class="notice">{t!(lang, "library-sign-in-to-add")}" "<a href="/sign-in">{t!(lang, "library-sign-in")}</a></p>
                    }.into_any(),
                    Some(u) => {
                        let curator = u.has_role(Role::SecretariatAdmin) || u.has_role(Role::Facilitator);
                        view! { <ProductForm topics curator original /> }.into_any()
                    }
                })
            }))}
        </Transition>
    }
}

#[component]
fn ProductForm(
    topics: Vec<crate::topics::Topic>,
    curator: bool,
    original: Option<Translation>,
) -> impl IntoView {
    let action = crate::shell::flash::action::<CreateProduct>();
    let error = error_of(action.value());
    let this_year = chrono::Datelike::year(&chrono::Utc::now().date_naive());
    let topics_invalid = move || {
        error
            .get()
            .and_then(|e| e.field_message("topics"))
            .is_some()
    };
    let lang = crate::i18n::current();
    view! {
        <p class="lead">
            {if curator {
                t!(lang, "library-new-lead-curator")
            } else {
                t!(lang, "library-new-lead-member")
            }}
        </p>
        <ActionForm action attr:class="form" attr:novalidate=true>
            <FormAlert error />
            <SelectField form="product" name="kind" label=t!(lang, "library-type") error
                options=ProductKind::ALL.iter().map(|k| SelectOption::new(k.as_code(), k.label(lang))).collect() />
            <InputField form="product" name="title" label=t!(lang, "library-field-title") error />
            <TextAreaField form="product" name="summary" label=t!(lang, "library-field-summary") error rows=5
                hint=t!(lang, "library-field-summary-hint") />
            <InputField form="product" name="authors" label=t!(lang, "library-authors") error required=false
                hint=t!(lang, "library-field-authors-hint") />
            <div class="field-row">
                <InputField form="product" name="year" label=t!(lang, "library-year") error inputmode="numeric" value=this_year.to_string() />
                <ContentLanguageField form="product" error />
            </div>
            {original.map(|o| view! {
                <input type="hidden" name="translation_of" value=o.id />
                <p class="notice" id="product-translation-of">
                    {t!(lang, "library-translation-of")}": "
                    <a href=format!("/library/{}", o.id) lang=o.language.as_code()>{o.title}</a>
                </p>
            })}
            <FieldMessage error field="translation_of" />
            <fieldset class="field" aria-describedby="topics-hint"
                aria-invalid=move || topics_invalid().then_some("true")>
                <legend>{t!(lang, "library-topics")}</legend>
                <p class="field__hint" id="topics-hint">{t!(lang, "library-field-topics-hint")}</p>
                <div class="topic-choices">
                    {topics.into_iter().map(|t| {
                        let id = format!("product-topic-{}", t.code);
                        let label_for = id.clone();
                        view! {
                            <label class="check" for=label_for>
                                <input type="checkbox" id=id name="topics[]" value=t.code />
                                {t.name}
                            </label>
                        }
                    }).collect_view()}
                </div>
                <FieldMessage error field="topics" />
            </fieldset>
            <InputField form="product" name="countries" label=t!(lang, "library-countries") error required=false
                hint=t!(lang, "library-field-countries-hint") />
            <InputField form="product" name="licence" label=t!(lang, "library-licence") error required=false
                hint=t!(lang, "library-field-licence-hint") />
            <fieldset class="field">
                <legend>{t!(lang, "library-field-access")}</legend>
                <label class="check"><input type="radio" name="access" value="public" checked=true />{t!(lang, "library-access-everyone")}</label>
                <label class="check"><input type="radio" name="access" value="members" />{t!(lang, "library-access-members")}</label>
                <FieldMessage error field="access" />
            </fieldset>
            <button type="submit" class="button" disabled=move || action.pending().get()>
                {if curator { t!(lang, "library-publish") } else { t!(lang, "library-submit-for-review") }}
            </button>
        </ActionForm>
    }
}

/// The products linked to a partnership, for its page (nothing when there are none).
#[component]
pub fn LinkedProducts(products: Vec<ProductLink>) -> impl IntoView {
    let lang = crate::i18n::current();
    (!products.is_empty()).then(|| {
        view! {
            <section class="panel" aria-labelledby="knowledge-heading">
                <h2 id="knowledge-heading">{t!(lang, "library-knowledge-products")}</h2>
                <ul class="plain-list">
                    {products.into_iter().map(|p| view! {
                        <li>
                            <a href=format!("/library/{}", p.id)>{p.title}</a>
                            <span class="muted">{format!(" · {}", p.kind)}</span>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}
