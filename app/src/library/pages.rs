//! The library pages: search with facets and the most-downloaded list, one product's page
//! (files and versions, links, review), the form to add a product, and the list of products
//! shown on a partnership's page. Matched words are rendered as text inside `<mark>`, never as
//! HTML.

use super::{
    fetch_product, most_downloaded, pending_products, search_library, Access, CreateProduct,
    FacetValue, FileProblem, LibraryFilter, LinkProduct, Marked, PendingProduct, ProductDetail,
    ProductKind, ProductLink, ReviewProduct, ReviewStatus, SearchResults,
};
use crate::accounts::{user_context, Role};
use crate::error::AppError;
use crate::shell::forms::{
    error_of, FieldMessage, FormAlert, InputField, SelectField, SelectOption, TextAreaField,
};
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

fn size_label(bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", (bytes + 1023) / 1024)
    }
}

fn downloads_label(n: i64) -> String {
    match n {
        1 => "1 download".to_owned(),
        n => format!("{n} downloads"),
    }
}

#[component]
pub fn LibraryPage() -> impl IntoView {
    let params = use_query_map();
    let filter = Memo::new(move |_| params.with(|p| LibraryFilter::from_params(|k| p.get(k))));
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
                f.language.clone(),
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
        <Title text="Knowledge library" />
        <h1>"Knowledge library"</h1>
        <p class="lead">"Toolkits, manuals, applied studies and case studies from the network's utilities and partners."</p>
        <Form method="GET" action="/library" attr:class="library-search" attr:role="search" attr:aria-label="Search the library">
            <div class="field">
                <label for="library-q">"Search titles, summaries and documents"</label>
                <div class="library-search__row">
                    <input id="library-q" name="q" type="search" maxlength="500"
                        placeholder="e.g. septage, non-revenue water, tariff study"
                        value=move || filter.get().map(|f| f.q).unwrap_or_default() />
                    <button type="submit" class="button">"Search"</button>
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
                                    {if curator { "Publish a product" } else { "Submit a product" }}
                                </a>
                            </p>
                            {curator.then(|| view! { <PendingList pending /> })}
                        }.into_any()
                    }
                    None => view! {
                        <p class="muted"><a href="/sign-in">"Sign in"</a>" to see members-only products and to submit your own."</p>
                    }.into_any(),
                })
            }))}
        </Transition>
        <div class="library">
            <div class="library__results">
                <Transition fallback=|| view! { <p class="muted">"Searching…"</p> }>
                    {move || Suspend::new(crate::shell::or_error_panel(async move {
                        let found = results.await?;
                        let current = filter.get_untracked().unwrap_or_default();
                        Ok::<_, AppError>(view! { <Results found current /> })
                    }))}
                </Transition>
            </div>
            <aside class="library__aside" aria-labelledby="popular-heading">
                <h2 id="popular-heading">"Most downloaded"</h2>
                <Transition fallback=|| ()>
                    {move || Suspend::new(crate::shell::or_error_panel(async move {
                        let popular = popular.await?;
                        Ok::<_, AppError>(if popular.is_empty() {
                            view! { <p class="muted">"Nothing downloaded yet."</p> }.into_any()
                        } else {
                            view! {
                                <ol class="popular-list">
                                    {popular.into_iter().map(|p| view! {
                                        <li>
                                            <a href=format!("/library/{}", p.id)>{p.title}</a>
                                            <span class="muted">{format!(" · {} · {}", p.kind.label(), downloads_label(p.downloads))}</span>
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
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let pending = pending.await?;
                Ok::<_, AppError>((!pending.is_empty()).then(|| view! {
                    <section class="panel panel--warning library-pending" aria-labelledby="pending-heading">
                        <h2 id="pending-heading">"Waiting for your review"</h2>
                        <ul class="plain-list">
                            {pending.into_iter().map(|p| view! {
                                <li>
                                    <a href=format!("/library/{}", p.id)>{p.title}</a>
                                    <span class="muted">{format!(" · {} · submitted by {}", p.kind.label(), p.submitted_by)}</span>
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
    let count = match found.total {
        0 => "No products match.".to_owned(),
        1 => "1 product".to_owned(),
        n => format!("{n} products"),
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
            <summary>"Narrow the results "<span class="muted">"by type, topic, country, year or language"</span></summary>
            <div class="facets__groups">
                <FacetGroup name="kind" title="Type" values=facets.kinds current=current.clone() />
                <FacetGroup name="topic" title="Topic" values=facets.topics current=current.clone() />
                <FacetGroup name="country" title="Country" values=facets.countries current=current.clone() />
                <FacetGroup name="year" title="Year" values=facets.years current=current.clone() />
                <FacetGroup name="language" title="Language" values=facets.languages current=current.clone() />
            </div>
            {any_filter.then(|| view! { <p><a href=clear>"Clear the filters"</a></p> })}
        </details>
        <p class="muted" role="status" id="library-count">{count}</p>
        <ol class="result-list" aria-labelledby="library-count">
            {found.hits.into_iter().map(|h| view! {
                <li class="card result">
                    <h2 class="card__title">
                        <a href=format!("/library/{}", h.id)><MarkedText text=h.title /></a>
                    </h2>
                    <p class="card__meta">
                        <span class="tag">{h.kind.label()}</span>
                        {format!(" {} · {}", h.year, h.language)}
                        {(h.access == Access::Members).then_some(" · Members only")}
                        {(h.downloads > 0).then(|| format!(" · {}", downloads_label(h.downloads)))}
                    </p>
                    <p class="result__snippet"><MarkedText text=h.snippet /></p>
                </li>
            }).collect_view()}
        </ol>
        {(pages > 1).then(|| view! {
            <nav class="pager" aria-label="Pages">
                {(page > 1).then(|| view! { <a href=prev rel="prev">"← Previous"</a> })}
                <span>{format!("Page {page} of {pages}")}</span>
                {(page < pages).then(|| view! { <a href=next rel="next">"Next →"</a> })}
            </nav>
        })}
    }
}

#[component]
fn FacetGroup(
    name: &'static str,
    title: &'static str,
    values: Vec<FacetValue>,
    current: LibraryFilter,
) -> impl IntoView {
    (!values.is_empty()).then(|| {
        view! {
            <div class="facet" role="group" aria-label=title>
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
                None => Err(AppError::NotFound(
                    "There is no knowledge product with this number.".to_owned(),
                )),
            }
        },
    );
    view! {
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let p = detail.await?;
                Ok::<_, AppError>(view! { <ProductView p /> })
            }))}
        </Transition>
    }
}

#[component]
fn ProductView(p: ProductDetail) -> impl IntoView {
    let status_note = match p.status {
        ReviewStatus::Published => None,
        ReviewStatus::Submitted => Some(
            "This product waits for review by the secretariat or a facilitator. Only you and the reviewers can see it."
                .to_owned(),
        ),
        ReviewStatus::Rejected => Some(format!(
            "This product was not accepted for the library. {}",
            p.review_note
        )),
    };
    view! {
        <Title text=p.title.clone() />
        <p><a href="/library">"← Knowledge library"</a></p>
        <h1>{p.title.clone()}</h1>
        <p class="card__meta">
            <span class="tag">{p.kind.label()}</span>
            {format!(" {} · {}", p.year, p.language)}
            {(p.access == Access::Members).then(|| view! { " · " <span class="tag tag--demo">"Members only"</span> })}
        </p>
        {status_note.map(|n| view! { <p class="notice" role="status">{n}</p> })}
        <p class="prewrap library-summary">{p.summary.clone()}</p>
        <dl class="facts">
            {(!p.authors.is_empty()).then(|| view! { <dt>"Authors"</dt><dd>{p.authors.clone()}</dd> })}
            <dt>"Topics"</dt><dd>{p.topics.join(", ")}</dd>
            {(!p.countries.is_empty()).then(|| view! { <dt>"Countries"</dt><dd>{p.countries.join(", ")}</dd> })}
            {(!p.licence.is_empty()).then(|| view! { <dt>"Licence"</dt><dd>{p.licence.clone()}</dd> })}
            <dt>"Downloads"</dt><dd id="total-downloads">{p.total_downloads.to_string()}</dd>
        </dl>
        <FilesPanel p=p.clone() />
        <LinksPanel p=p.clone() />
        {p.may_review.then(|| view! { <ReviewPanel id=p.id /> })}
    }
}

#[component]
fn FilesPanel(p: ProductDetail) -> impl IntoView {
    let query = use_query_map();
    // venue.js refuses a file over the limit before it is sent (a browser shows a refusal
    // halfway through an upload as a lost connection, not as the message).
    let max_bytes = super::MAX_FILE_BYTES.to_string();
    let too_large = FileProblem::TooLarge.message();
    let problem = move || {
        query
            .with(|q| q.get("file_error"))
            .and_then(|c| FileProblem::parse(&c))
            .map(|p| p.message())
    };
    let uploaded = move || query.with(|q| q.get("uploaded"));
    let id = p.id;
    let accept = ".pdf,.docx,.xlsx,.pptx,.odt,.ods,.doc,.xls,application/pdf";
    view! {
        <section class="panel library-files" id="files" aria-labelledby="files-heading">
            <h2 id="files-heading">"Files"</h2>
            {if p.files.is_empty() {
                view! { <p class="muted">"No file has been uploaded yet."</p> }.into_any()
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
                                    view! { <span class="tag">{format!("Latest · version {}", f.version)}</span> }.into_any()
                                } else {
                                    view! { <span class="tag tag--proposed">{format!("Version {}", f.version)}</span> }.into_any()
                                }}
                                <p class="card__meta">
                                    {format!("{}, {} · uploaded {} · ", f.format, size_label(f.size_bytes), f.uploaded_at.format("%-d %b %Y"))}
                                    <span class="downloads" data-file=f.id>{downloads_label(f.downloads)}</span>
                                </p>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {p.may_upload.then(|| view! {
                {move || uploaded().map(|v| view! {
                    <p class="form__success" role="status">{format!("Version {v} is uploaded.")}</p>
                })}
                <form class="form" method="post" enctype="multipart/form-data" action=format!("/library/{id}/files")>
                    <div class="field">
                        <label for="library-file">{if p.files.is_empty() { "Upload the file" } else { "Upload a new version" }}</label>
                        <input id="library-file" name="file" type="file" accept=accept required=true
                            data-max-bytes=max_bytes.clone() data-too-large=too_large
                            aria-describedby=move || if problem().is_some() { "library-file-hint file-error" } else { "library-file-hint" }
                            aria-invalid=move || problem().map(|_| "true") />
                        <p class="field__hint" id="library-file-hint">"PDF or office document (docx, xlsx, pptx, odt, ods, doc, xls), up to 20 MB. Earlier versions stay available."</p>
                        {move || problem().map(|m| view! {
                            <p class="field__error" id="file-error" role="alert">{m}</p>
                        })}
                    </div>
                    <button type="submit" class="button button--secondary">"Upload"</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn LinksPanel(p: ProductDetail) -> impl IntoView {
    let show = !p.partnerships.is_empty() || !p.programs.is_empty() || p.may_link;
    show.then(|| {
        view! {
            <section class="panel" aria-labelledby="links-heading">
                <h2 id="links-heading">"Where it comes from and is used"</h2>
                {(!p.partnerships.is_empty()).then(|| view! {
                    <h3>"Partnerships"</h3>
                    <ul class="plain-list">
                        {p.partnerships.iter().map(|l| view! {
                            <li><a href=format!("/partnerships/{}", l.id)>{l.title.clone()}</a></li>
                        }).collect_view()}
                    </ul>
                })}
                {(!p.programs.is_empty()).then(|| view! {
                    <h3>"Training programs"</h3>
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
    view! {
        <ActionForm action attr:class="form" attr:novalidate=true>
            <FormAlert error />
            <input type="hidden" name="product_id" value=id />
            <div class="field-row">
                <div class="field">
                    <label for="link-target">"Link to"</label>
                    <select id="link-target" name="target">
                        <option value="partnership">"Partnership"</option>
                        <option value="program">"Training program"</option>
                    </select>
                </div>
                <InputField form="link" name="target_id" label="Its number" error inputmode="numeric"
                    hint="As in its address: /partnerships/12 is number 12." />
            </div>
            <div class="button-row">
                <button type="submit" class="button button--secondary">"Link"</button>
                <button type="submit" class="link-button" name="remove" value="on">"Remove this link"</button>
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
    view! {
        <section class="panel panel--warning" aria-labelledby="review-heading">
            <h2 id="review-heading">"Review"</h2>
            <ActionForm action attr:class="form" attr:novalidate=true>
                <FormAlert error />
                <input type="hidden" name="id" value=id />
                <TextAreaField form="review" name="note" label="Note to the submitter" error rows=3
                    hint="Needed when you do not accept the product: say why." />
                <div class="button-row">
                    <button type="submit" class="button" name="decision" value="publish">"Publish"</button>
                    <button type="submit" class="button button--danger" name="decision" value="reject">"Do not accept"</button>
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
    view! {
        <Title text="Add a knowledge product" />
        <p><a href="/library">"← Knowledge library"</a></p>
        <h1>"Add a knowledge product"</h1>
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let user = user.await?;
                let topics = topics.await?;
                Ok::<_, AppError>(match user {
                    None => view! {
                        <p class="notice"><a href="/sign-in">"Sign in"</a>" to add a product to the library."</p>
                    }.into_any(),
                    Some(u) => {
                        let curator = u.has_role(Role::SecretariatAdmin) || u.has_role(Role::Facilitator);
                        view! { <ProductForm topics curator /> }.into_any()
                    }
                })
            }))}
        </Transition>
    }
}

#[component]
fn ProductForm(topics: Vec<crate::topics::Topic>, curator: bool) -> impl IntoView {
    let action = crate::shell::flash::action::<CreateProduct>();
    let error = error_of(action.value());
    let this_year = chrono::Datelike::year(&chrono::Utc::now().date_naive());
    let topics_invalid = move || {
        error
            .get()
            .and_then(|e| e.field_message("topics"))
            .is_some()
    };
    view! {
        <p class="lead">
            {if curator {
                "Products you add are published at once. Upload the file on the next page."
            } else {
                "Your product is sent to the secretariat for review before it is published. Upload the file on the next page."
            }}
        </p>
        <ActionForm action attr:class="form" attr:novalidate=true>
            <FormAlert error />
            <SelectField form="product" name="kind" label="Type" error
                options=ProductKind::ALL.iter().map(|k| SelectOption::new(k.as_code(), k.label())).collect() />
            <InputField form="product" name="title" label="Title" error />
            <TextAreaField form="product" name="summary" label="Summary" error rows=5
                hint="What it covers, for whom, and what a utility can do with it." />
            <InputField form="product" name="authors" label="Authors" error required=false
                hint="People or organizations, separated by commas." />
            <div class="field-row">
                <InputField form="product" name="year" label="Year" error inputmode="numeric" value=this_year.to_string() />
                <InputField form="product" name="language" label="Language" error value="English" />
            </div>
            <fieldset class="field" aria-describedby="topics-hint"
                aria-invalid=move || topics_invalid().then_some("true")>
                <legend>"Topics"</legend>
                <p class="field__hint" id="topics-hint">"Choose one or more."</p>
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
            <InputField form="product" name="countries" label="Countries" error required=false
                hint="Where it applies or was written, separated by commas: Philippines, Viet Nam." />
            <InputField form="product" name="licence" label="Licence" error required=false
                hint="For example CC BY 4.0, or All rights reserved." />
            <fieldset class="field">
                <legend>"Who may download the files"</legend>
                <label class="check"><input type="radio" name="access" value="public" checked=true />"Everyone"</label>
                <label class="check"><input type="radio" name="access" value="members" />"Members of the network only"</label>
                <FieldMessage error field="access" />
            </fieldset>
            <button type="submit" class="button" disabled=move || action.pending().get()>
                {if curator { "Publish" } else { "Submit for review" }}
            </button>
        </ActionForm>
    }
}

/// The products linked to a partnership, for its page (nothing when there are none).
#[component]
pub fn LinkedProducts(products: Vec<ProductLink>) -> impl IntoView {
    (!products.is_empty()).then(|| {
        view! {
            <section class="panel" aria-labelledby="knowledge-heading">
                <h2 id="knowledge-heading">"Knowledge products"</h2>
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
