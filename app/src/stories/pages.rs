//! The story list and page, the new-story form, and the news pages. Bodies arrive as HTML that
//! the server rendered from Markdown and sanitized; the page inserts them as they are.

use super::{
    fetch_news, fetch_story, list_news, list_stories, stories_in_progress, story_countries,
    story_partnerships, CreateStory, Figure, PostNews, StoryDetail, StoryStatus,
};
use crate::accounts::{user_context, Role};
use crate::error::AppError;
use crate::shell::forms::{
    error_of, CountryFilter, FieldMessage, FormAlert, InputField, SelectOption, TextAreaField,
    TopicFilter,
};
use crate::topics::list_topics;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::Form;
use leptos_router::hooks::{use_params_map, use_query_map};

fn day(at: Option<chrono::DateTime<chrono::Utc>>) -> String {
    at.map(|t| t.format("%-d %B %Y").to_string())
        .unwrap_or_default()
}

#[component]
pub fn StoriesPage() -> impl IntoView {
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        query.with(|q| {
            (
                q.get("topic").unwrap_or_default(),
                q.get("country").unwrap_or_default(),
            )
        })
    });
    let stories = Resource::new(
        move || filter.get(),
        |(topic, country)| list_stories(topic, country),
    );
    let topics = Resource::new(|| (), |_| list_topics());
    let countries = Resource::new(|| (), |_| story_countries());
    let user = user_context();
    let working = Resource::new(
        move || user.version.get(),
        |_| async move { AppError::none_if_refused(stories_in_progress().await) },
    );
    view! {
        <Title text="Good-practice stories" />
        <h1>"Good-practice stories"</h1>
        <p class="lead">"What partnerships achieved, told with their numbers. "
            <a href="/news">"News"</a>" · "<a href="/feed.atom" type="application/atom+xml">"Atom feed"</a>
        </p>
        <Transition fallback=|| ()>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let signed_in = user.user.await?.is_some();
                let working = if signed_in { working.await?.unwrap_or_default() } else { Vec::new() };
                Ok::<_, AppError>(signed_in.then(|| view! {
                    <p><a class="button" href="/stories/new">"Write a story"</a></p>
                    {(!working.is_empty()).then(|| view! {
                        <section class="panel" aria-labelledby="working-title">
                            <h2 id="working-title">"Drafts and stories in review"</h2>
                            <ul>
                                {working.into_iter().map(|s| view! {
                                    <li><a href=format!("/stories/{}", s.id)>{s.title}</a>" · "{s.status.label()}</li>
                                }).collect_view()}
                            </ul>
                        </section>
                    })}
                }))
            }))}
        </Transition>
        <Transition fallback=|| ()>
            {move || {
                let (topic, country) = filter.get();
                Suspend::new(crate::shell::or_error_panel(async move {
                    let topics = topics.await?;
                    let countries = countries.await?;
                    Ok::<_, AppError>(view! {
                        <Form method="GET" action="/stories" attr:class="filters" attr:role="search" attr:aria-label="Filter stories">
                            <TopicFilter form="stories" empty="All topics" selected=topic
                                topics=topics.into_iter().map(SelectOption::from).collect() />
                            <CountryFilter form="stories" countries selected=country />
                            <div class="filters__actions">
                                <button type="submit" class="button">"Show stories"</button>
                            </div>
                        </Form>
                    })
                }))
            }}
        </Transition>
        <Transition fallback=|| view! { <p class="muted">"Loading stories…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let stories = stories.await?;
                Ok::<_, AppError>(if stories.is_empty() {
                    view! { <p class="muted">"No stories match these filters yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="card-list">
                            {stories.into_iter().map(|s| view! {
                                <li class="card">
                                    <h2 class="card__title"><a href=format!("/stories/{}", s.id)>{s.title}</a></h2>
                                    <p class="card__meta">{
                                        let mut parts = vec![day(s.published_at)];
                                        parts.extend(s.countries);
                                        parts.extend(s.topics);
                                        parts.join(" · ")
                                    }</p>
                                    <p>{s.summary}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                })
            }))}
        </Transition>
    }
}

#[component]
pub fn StoryPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse::<i32>().ok())));
    let step = crate::shell::flash::action::<super::TakeStoryStep>();
    let user = user_context();
    let story = Resource::new(
        move || (id.get(), user.version.get(), step.version().get()),
        |(id, ..)| async move {
            match id {
                Some(id) => fetch_story(id).await,
                None => Err(AppError::NotFound(
                    "There is no story with this number.".to_owned(),
                )),
            }
        },
    );
    view! {
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let s = story.await?;
                Ok::<_, AppError>(view! { <StoryView s step /> })
            }))}
        </Transition>
    }
}

#[component]
fn StoryView(s: StoryDetail, step: ServerAction<super::TakeStoryStep>) -> impl IntoView {
    let error = error_of(step.value());
    let id = s.id;
    let meta = {
        let mut parts = Vec::new();
        if s.published_at.is_some() {
            parts.push(day(s.published_at));
        }
        parts.extend(s.countries.clone());
        parts.extend(s.topics.clone());
        parts.join(" · ")
    };
    view! {
        <Title text=s.title.clone() />
        <Meta name="description" content=s.summary.clone() />
        <Meta property="og:title" content=s.title.clone() />
        <Meta property="og:description" content=s.summary.clone() />
        <Meta property="og:type" content="article" />
        <Meta property="og:url" content=s.url.clone() />
        {s.image.clone().map(|img| {
            let base = s.url.trim_end_matches(&format!("/stories/{}", s.id)).to_owned();
            view! {
                <Meta property="og:image" content=format!("{base}{}", img.url) />
                <Meta property="og:image:width" content=img.width.to_string() />
                <Meta property="og:image:height" content=img.height.to_string() />
            }
        })}
        <p><a href="/stories">"← All stories"</a></p>
        <article class="story">
            <h1>{s.title.clone()}</h1>
            {(s.status != StoryStatus::Published).then(|| view! {
                <p class="story__status" role="status">{format!("Status: {}", s.status.label())}</p>
            })}
            {(!s.review_comment.is_empty()).then(|| view! {
                <div class="form__alert" role="note"><strong>"Reviewer's comment: "</strong>{s.review_comment.clone()}</div>
            })}
            <p class="lead">{s.summary.clone()}</p>
            {s.image.clone().map(|img| view! {
                <img class="story__image" src=img.url width=img.width.to_string() height=img.height.to_string() alt="" />
            })}
            <p class="card__meta">{meta}{(!s.author.is_empty()).then(|| format!(" · by {}", s.author))}</p>
            {s.partnership.clone().map(|(pid, title)| view! {
                <p>"From the partnership "<a href=format!("/partnerships/{pid}")>{title}</a></p>
            })}
            {(!s.figures.is_empty()).then(|| view! { <Figures figures=s.figures.clone() /> })}
            <div class="story__body" inner_html=s.body_html.clone()></div>
        </article>
        {s.may_edit.then(|| view! { <PictureForm id=s.id has_picture=s.image.is_some() /> })}
        {(s.may_submit || s.may_review).then(|| view! {
            <section class="panel" aria-labelledby="workflow-title">
                <h2 id="workflow-title">"Review"</h2>
                <FormAlert error />
                {s.may_submit.then(|| view! {
                    <ActionForm action=step attr:class="form">
                        <input type="hidden" name="id" value=id.to_string() />
                        <input type="hidden" name="step" value="submit" />
                        <input type="hidden" name="comment" value="" />
                        <button type="submit" class="button">"Submit for review"</button>
                    </ActionForm>
                })}
                {(s.may_review && s.status == StoryStatus::InReview).then(|| view! {
                    <ActionForm action=step attr:class="form">
                        <input type="hidden" name="id" value=id.to_string() />
                        <input type="hidden" name="step" value="publish" />
                        <input type="hidden" name="comment" value="" />
                        <button type="submit" class="button">"Publish"</button>
                    </ActionForm>
                })}
                {s.may_review.then(|| view! {
                    <ActionForm action=step attr:class="form">
                        <input type="hidden" name="id" value=id.to_string() />
                        <input type="hidden" name="step" value="return" />
                        <TextAreaField form="story-return" name="comment" label="What the author should change" error rows=3 />
                        <button type="submit" class="button button--secondary">"Send back to draft"</button>
                    </ActionForm>
                })}
            </section>
        })}
    }
}

/// A plain multipart form (works before and without the WASM): the server answers with a
/// redirect back here, with `image_error` when the picture was refused.
#[component]
fn PictureForm(id: i32, has_picture: bool) -> impl IntoView {
    let query = use_query_map();
    // venue.js refuses a file over the limit before it is sent (a browser shows a refusal
    // halfway through an upload as a lost connection, not as the message).
    let max_bytes = super::MAX_IMAGE_BYTES.to_string();
    let too_large = super::image_message("too_large").unwrap_or_default();
    let problem = move || {
        query.with(|q| {
            q.get("image_error")
                .and_then(|code| super::image_message(&code).map(str::to_owned))
        })
    };
    view! {
        <section class="panel" id="picture" aria-labelledby="picture-title">
            <h2 id="picture-title">{if has_picture { "Replace the picture" } else { "Add a picture" }}</h2>
            <form method="post" action=format!("/stories/{id}/image") enctype="multipart/form-data" class="form">
                <div class="field">
                    <label for="story-image">"Picture (PNG, JPEG or WebP, up to 5 MB)"</label>
                    <input id="story-image" type="file" name="image" accept="image/png,image/jpeg,image/webp"
                        data-max-bytes=max_bytes.clone() data-too-large=too_large
                        aria-describedby="image-error" aria-invalid=move || problem().is_some().to_string() />
                    <Show when=move || problem().is_some()>
                        <p class="field__error" id="image-error" data-field="image" role="alert">{problem}</p>
                    </Show>
                </div>
                <button type="submit" class="button">"Upload the picture"</button>
            </form>
        </section>
    }
}

#[component]
fn Figures(figures: Vec<Figure>) -> impl IntoView {
    view! {
        <section class="figures" aria-labelledby="figures-title">
            <h2 id="figures-title">"The partnership's results"</h2>
            <ul class="figures__list">
                {figures.into_iter().map(|f| view! {
                    <li class="figure">
                        <h3 class="figure__label">{f.label}</h3>
                        <dl class="figure__values">
                            <div><dt>"Baseline"</dt><dd>{f.baseline}<span class="muted">{format!(" ({})", f.baseline_date)}</span></dd></div>
                            <div><dt>"Target"</dt><dd>{f.target}<span class="muted">{format!(" (by {})", f.target_date)}</span></dd></div>
                            <div><dt>"Achieved"</dt><dd>{match f.achieved {
                                Some((value, on)) => view! { {value}<span class="muted">{format!(" ({on})")}</span> }.into_any(),
                                None => view! { <span class="muted">"Not measured yet"</span> }.into_any(),
                            }}</dd></div>
                        </dl>
                        {f.progress_percent.map(|p| view! {
                            <p class="figure__progress">{format!("{p} % of the way to the target")}</p>
                        })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
pub fn NewStoryPage() -> impl IntoView {
    let create = crate::shell::flash::action::<CreateStory>();
    let error = error_of(create.value());
    let topics = Resource::new(|| (), |_| list_topics());
    let partnerships = Resource::new(|| (), |_| story_partnerships());
    view! {
        <Title text="Write a story" />
        <p><a href="/stories">"← All stories"</a></p>
        <h1>"Write a good-practice story"</h1>
        <p class="lead">"Saved as a draft. The partnership's public results are added to the story automatically; a facilitator reviews it before it is published."</p>
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let partnerships = partnerships.await?;
                let topics = topics.await?;
                Ok::<_, AppError>(view! {
                    <ActionForm action=create attr:class="form panel" attr:novalidate=true>
                        <FormAlert error />
                        <div class="field">
                            <label for="story-partnership_id">"Partnership"</label>
                            <select id="story-partnership_id" name="partnership_id">
                                <option value="">"Choose the partnership"</option>
                                {partnerships.into_iter().map(|p| view! { <option value=p.id.to_string()>{p.title}</option> }).collect_view()}
                            </select>
                            <FieldMessage error field="partnership_id" />
                        </div>
                        <InputField form="story" name="title" label="Title" error />
                        <TextAreaField form="story" name="summary" label="Summary" error rows=2 hint="One or two sentences, shown in lists and when shared." />
                        <TextAreaField form="story" name="body" label="The story" error rows=12 hint="Markdown: **bold**, *italic*, lists, [links](https://…)." />
                        <InputField form="story" name="countries" label="Countries" error required=false hint="Comma-separated, e.g. Philippines, Viet Nam." />
                        <div class="field">
                            <label for="story-topics">"Topic"</label>
                            <select id="story-topics" name="topics[]">
                                <option value="">"None"</option>
                                {topics.into_iter().map(|t| view! { <option value=t.code>{t.name}</option> }).collect_view()}
                            </select>
                            <FieldMessage error field="topics" />
                        </div>
                        <button type="submit" class="button">"Save draft"</button>
                    </ActionForm>
                })
            }))}
        </Transition>
    }
}

#[component]
pub fn NewsPage() -> impl IntoView {
    let post = crate::shell::flash::action::<PostNews>();
    let error = error_of(post.value());
    let news = Resource::new(move || post.version().get(), |_| list_news());
    let user = user_context().user;
    view! {
        <Title text="News" />
        <h1>"News"</h1>
        <p class="lead">"From the network and its partners. "<a href="/feed.atom" type="application/atom+xml">"Atom feed"</a></p>
        <Transition fallback=|| view! { <p class="muted">"Loading news…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let news = news.await?;
                Ok::<_, AppError>(view! {
                    <ul class="card-list">
                        {news.into_iter().map(|n| view! {
                            <li class="card">
                                <h2 class="card__title"><a href=format!("/news/{}", n.id)>{n.title}</a></h2>
                                <p class="card__meta">{day(Some(n.published_at))}</p>
                                <p>{n.summary}</p>
                            </li>
                        }).collect_view()}
                    </ul>
                })
            }))}
        </Transition>
        <Transition fallback=|| ()>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let user = user.await?;
                let may_post = user.is_some_and(|u| u.has_role(Role::Facilitator) || u.has_role(Role::SecretariatAdmin));
                Ok::<_, AppError>(may_post.then(|| view! {
                    <section class="panel" aria-labelledby="post-news-title">
                        <h2 id="post-news-title">"Post news"</h2>
                        <ActionForm action=post attr:class="form" attr:novalidate=true>
                            <FormAlert error />
                            <InputField form="news" name="title" label="Title" error />
                            <TextAreaField form="news" name="summary" label="Summary" error rows=2 />
                            <TextAreaField form="news" name="body" label="Text" error rows=8 hint="Markdown." />
                            <button type="submit" class="button">"Publish news"</button>
                        </ActionForm>
                    </section>
                }))
            }))}
        </Transition>
    }
}

#[component]
pub fn NewsItemPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse::<i32>().ok())));
    let item = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => fetch_news(id).await,
                None => Err(AppError::NotFound(
                    "There is no news item with this number.".to_owned(),
                )),
            }
        },
    );
    view! {
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let n = item.await?;
                Ok::<_, AppError>(view! {
                    <Title text=n.title.clone() />
                    <Meta name="description" content=n.summary.clone() />
                    <Meta property="og:title" content=n.title.clone() />
                    <Meta property="og:description" content=n.summary.clone() />
                    <Meta property="og:type" content="article" />
                    <Meta property="og:url" content=n.url.clone() />
                    <p><a href="/news">"← All news"</a></p>
                    <article class="story">
                        <h1>{n.title}</h1>
                        <p class="card__meta">{day(Some(n.published_at))}</p>
                        <p class="lead">{n.summary}</p>
                        <div class="story__body" inner_html=n.body_html></div>
                    </article>
                })
            }))}
        </Transition>
    }
}
