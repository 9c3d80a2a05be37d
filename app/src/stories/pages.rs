//! The story list and page, and the new-story form (the news pages are in `news_pages.rs`).
//! Bodies arrive as HTML that the server rendered from Markdown and sanitized; the page
//! inserts them as they are.

use super::parts::{day, LanguageName};
use super::{
    fetch_story, list_stories, stories_in_progress, story_countries, story_languages,
    story_partnerships, translatable_stories, CreateStory, Figure, StoryDetail, StoryStatus,
};
use crate::accounts::user_context;
use crate::error::AppError;
use crate::i18n::{format, ContentLanguage};
use crate::shell::forms::{
    error_of, ContentLanguageField, CountryFilter, FieldMessage, FormAlert, InputField,
    LanguageFilter, SelectField, SelectOption, TextAreaField, TopicFilter,
};
use crate::t;
use crate::topics::list_topics;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::Form;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn StoriesPage() -> impl IntoView {
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        query.with(|q| {
            (
                q.get("topic").unwrap_or_default(),
                q.get("country").unwrap_or_default(),
                q.get("language").unwrap_or_default(),
            )
        })
    });
    let stories = Resource::new(
        move || filter.get(),
        |(topic, country, language)| list_stories(topic, country, language),
    );
    let topics = Resource::new(|| (), |_| list_topics());
    let countries = Resource::new(|| (), |_| story_countries());
    let languages = Resource::new(|| (), |_| story_languages());
    let user = user_context();
    let working = Resource::new(
        move || user.version.get(),
        |_| async move { AppError::none_if_refused(stories_in_progress().await) },
    );
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "stories-title") />
        <h1>{t!(lang, "stories-title")}</h1>
        <p class="lead">{t!(lang, "stories-lead")}" "
            <a href="/news">{t!(lang, "stories-news")}</a>" · "<a href="/feed.atom" type="application/atom+xml">{t!(lang, "stories-atom-feed")}</a>
        </p>
        <Transition fallback=|| ()>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let signed_in = user.user.await?.is_some();
                let working = if signed_in { working.await?.unwrap_or_default() } else { Vec::new() };
                Ok::<_, AppError>(signed_in.then(|| view! {
                    <p><a class="button" href="/stories/new">{t!(lang, "stories-write")}</a></p>
                    {(!working.is_empty()).then(|| view! {
                        <section class="panel" aria-labelledby="working-title">
                            <h2 id="working-title">{t!(lang, "stories-in-progress")}</h2>
                            <ul>
                                {working.into_iter().map(|s| view! {
                                    <li><a href=format!("/stories/{}", s.id)>{s.title}</a>" · "{s.status.label(lang)}</li>
                                }).collect_view()}
                            </ul>
                        </section>
                    })}
                }))
            }))}
        </Transition>
        <Transition fallback=|| ()>
            {move || {
                let (topic, country, language) = filter.get();
                Suspend::new(crate::shell::or_error_panel(async move {
                    let topics = topics.await?;
                    let countries = countries.await?;
                    let languages = languages.await?;
                    Ok::<_, AppError>(view! {
                        <Form method="GET" action="/stories" attr:class="filters" attr:role="search" attr:aria-label=t!(lang, "stories-filter")>
                            <TopicFilter form="stories" empty=t!(lang, "stories-all-topics") selected=topic
                                topics=topics.into_iter().map(SelectOption::from).collect() />
                            <CountryFilter form="stories" countries selected=country />
                            <LanguageFilter form="stories" languages selected=ContentLanguage::from_code(&language) />
                            <div class="filters__actions">
                                <button type="submit" class="button">{t!(lang, "stories-show")}</button>
                            </div>
                        </Form>
                    })
                }))
            }}
        </Transition>
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "stories-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let stories = stories.await?;
                Ok::<_, AppError>(if stories.is_empty() {
                    view! { <p class="muted">{t!(lang, "stories-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="card-list">
                            {stories.into_iter().map(|s| view! {
                                <li class="card">
                                    <h2 class="card__title" lang=s.language.as_code()><a href=format!("/stories/{}", s.id)>{s.title}</a></h2>
                                    <p class="card__meta">
                                        <LanguageName language=s.language />
                                        {
                                            let mut parts = vec![String::new(), day(lang, s.published_at)];
                                            parts.extend(s.countries);
                                            parts.extend(s.topics);
                                            parts.join(" · ")
                                        }
                                    </p>
                                    <p lang=s.language.as_code()>{s.summary}</p>
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
                None => Err(AppError::NotFound(t!(
                    crate::i18n::current(),
                    "stories-not-found"
                ))),
            }
        },
    );
    let lang = crate::i18n::current();
    view! {
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "stories-loading-one")}</p> }>
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
    let lang = crate::i18n::current();
    let meta = {
        let mut parts = Vec::new();
        if s.published_at.is_some() {
            parts.push(day(lang, s.published_at));
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
        <p><a href="/stories">{t!(lang, "stories-back")}</a></p>
        {(!s.translations.is_empty()).then(|| view! { <AlsoIn translations=s.translations.clone() /> })}
        <article class="story" lang=s.language.as_code() dir=s.language.right_to_left().then_some("rtl")>
            <h1>{s.title.clone()}</h1>
            {(s.status != StoryStatus::Published).then(|| view! {
                <p class="story__status" role="status">{t!(lang, "stories-status", status = s.status.label(lang))}</p>
            })}
            {(!s.review_comment.is_empty()).then(|| view! {
                <div class="form__alert" role="note"><strong>{t!(lang, "stories-reviewer-comment")}" "</strong>{s.review_comment.clone()}</div>
            })}
            <p class="lead">{s.summary.clone()}</p>
            {s.image.clone().map(|img| view! {
                <img class="story__image" src=img.url width=img.width.to_string() height=img.height.to_string() alt="" />
            })}
            <p class="card__meta" lang=lang.as_code() dir="ltr"><LanguageName language=s.language />" · "{meta}{(!s.author.is_empty()).then(|| format!(" · {}", t!(lang, "stories-by", author = &s.author)))}</p>
            {s.partnership.clone().map(|(pid, title)| view! {
                <p>{t!(lang, "stories-from-partnership")}" "<a href=format!("/partnerships/{pid}")>{title}</a></p>
            })}
            {(!s.figures.is_empty()).then(|| view! { <Figures figures=s.figures.clone() /> })}
            <div class="story__body" inner_html=s.body_html.clone()></div>
        </article>
        {s.may_edit.then(|| view! { <PictureForm id=s.id has_picture=s.image.is_some() /> })}
        {(s.may_submit || s.may_review).then(|| view! {
            <section class="panel" aria-labelledby="workflow-title">
                <h2 id="workflow-title">{t!(lang, "stories-review")}</h2>
                <FormAlert error />
                {s.may_submit.then(|| view! {
                    <ActionForm action=step attr:class="form">
                        <input type="hidden" name="id" value=id.to_string() />
                        <input type="hidden" name="step" value="submit" />
                        <input type="hidden" name="comment" value="" />
                        <button type="submit" class="button">{t!(lang, "stories-submit")}</button>
                    </ActionForm>
                })}
                {(s.may_review && s.status == StoryStatus::InReview).then(|| view! {
                    <ActionForm action=step attr:class="form">
                        <input type="hidden" name="id" value=id.to_string() />
                        <input type="hidden" name="step" value="publish" />
                        <input type="hidden" name="comment" value="" />
                        <button type="submit" class="button">{t!(lang, "stories-publish")}</button>
                    </ActionForm>
                })}
                {s.may_review.then(|| view! {
                    <ActionForm action=step attr:class="form">
                        <input type="hidden" name="id" value=id.to_string() />
                        <input type="hidden" name="step" value="return" />
                        <TextAreaField form="story-return" name="comment" label=t!(lang, "stories-return-comment") error rows=3 />
                        <button type="submit" class="button button--secondary">{t!(lang, "stories-return")}</button>
                    </ActionForm>
                })}
            </section>
        })}
    }
}

/// The story's other languages: the original and its translations, each under its
/// language's own name, linked in that language.
#[component]
fn AlsoIn(translations: Vec<super::StoryChoice>) -> impl IntoView {
    let lang = crate::i18n::current();
    view! {
        <nav class="also-in" aria-label=t!(lang, "stories-also-in-label")>
            {t!(lang, "stories-also-in")}" "
            {translations.into_iter().enumerate().map(|(i, t)| {
                let code = t.language.as_code();
                view! {
                    {(i > 0).then_some(" · ")}
                    <a href=format!("/stories/{}", t.id) lang=code hreflang=code title=t.title
                        dir=t.language.right_to_left().then_some("rtl")>{t.language.native_name()}</a>
                }
            }).collect_view()}
        </nav>
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
    let lang = crate::i18n::current();
    let too_large = super::image_message(lang, "too_large").unwrap_or_default();
    let problem = move || {
        query.with(|q| {
            q.get("image_error")
                .and_then(|code| super::image_message(lang, &code))
        })
    };
    view! {
        <section class="panel" id="picture" aria-labelledby="picture-title">
            <h2 id="picture-title">{if has_picture { t!(lang, "stories-picture-replace") } else { t!(lang, "stories-picture-add") }}</h2>
            <form method="post" action=format!("/stories/{id}/image") enctype="multipart/form-data" class="form">
                <div class="field">
                    <label for="story-image">{t!(lang, "stories-picture-label", megabytes = 5)}</label>
                    <input id="story-image" type="file" name="image" accept="image/png,image/jpeg,image/webp"
                        data-max-bytes=max_bytes.clone() data-too-large=too_large
                        aria-describedby="image-error" aria-invalid=move || problem().is_some().to_string() />
                    <Show when=move || problem().is_some()>
                        <p class="field__error" id="image-error" data-field="image" role="alert">{problem}</p>
                    </Show>
                </div>
                <button type="submit" class="button">{t!(lang, "stories-picture-upload")}</button>
            </form>
        </section>
    }
}

#[component]
fn Figures(figures: Vec<Figure>) -> impl IntoView {
    let lang = crate::i18n::current();
    view! {
        <section class="figures" aria-labelledby="figures-title">
            <h2 id="figures-title">{t!(lang, "stories-figures")}</h2>
            <ul class="figures__list">
                {figures.into_iter().map(|f| view! {
                    <li class="figure">
                        <h3 class="figure__label">{f.label}</h3>
                        <dl class="figure__values">
                            <div><dt>{t!(lang, "stories-baseline")}</dt><dd>{f.baseline}<span class="muted">{format!(" ({})", format::date_medium(lang, f.baseline_date))}</span></dd></div>
                            <div><dt>{t!(lang, "stories-target")}</dt><dd>{f.target}<span class="muted">{format!(" ({})", t!(lang, "stories-target-by", date = format::date_medium(lang, f.target_date)))}</span></dd></div>
                            <div><dt>{t!(lang, "stories-achieved")}</dt><dd>{match f.achieved {
                                Some((value, on)) => view! { {value}<span class="muted">{format!(" ({})", format::date_medium(lang, on))}</span> }.into_any(),
                                None => view! { <span class="muted">{t!(lang, "stories-not-measured")}</span> }.into_any(),
                            }}</dd></div>
                        </dl>
                        {f.progress_percent.map(|p| view! {
                            <p class="figure__progress">{t!(lang, "stories-progress", percent = format::percent(lang, p as f64, 0))}</p>
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
    let originals = Resource::new(|| (), |_| translatable_stories());
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "stories-write") />
        <p><a href="/stories">{t!(lang, "stories-back")}</a></p>
        <h1>{t!(lang, "stories-new-title")}</h1>
        <p class="lead">{t!(lang, "stories-new-lead")}</p>
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "stories-loading-one")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let partnerships = partnerships.await?;
                let topics = topics.await?;
                let originals = originals.await?;
                Ok::<_, AppError>(view! {
                    <ActionForm action=create attr:class="form panel" attr:novalidate=true>
                        <FormAlert error />
                        <div class="field">
                            <label for="story-partnership_id">{t!(lang, "stories-partnership")}</label>
                            <select id="story-partnership_id" name="partnership_id">
                                <option value="">{t!(lang, "stories-partnership-choose")}</option>
                                {partnerships.into_iter().map(|p| view! { <option value=p.id.to_string()>{p.title}</option> }).collect_view()}
                            </select>
                            <FieldMessage error field="partnership_id" />
                        </div>
                        <ContentLanguageField form="story" error />
                        <SelectField form="story" name="translation_of" label=t!(lang, "stories-field-translation-of")
                            empty=t!(lang, "stories-field-translation-of-none") error hint=t!(lang, "stories-field-translation-of-hint")
                            options=originals.into_iter().map(|o| SelectOption {
                                value: o.id.to_string(),
                                label: format!("{} ({})", o.title, o.language.native_name()),
                                lang: Some(o.language.as_code()),
                            }).collect() />
                        <InputField form="story" name="title" label=t!(lang, "stories-field-title") error />
                        <TextAreaField form="story" name="summary" label=t!(lang, "stories-field-summary") error rows=2 hint=t!(lang, "stories-field-summary-hint") />
                        <TextAreaField form="story" name="body" label=t!(lang, "stories-field-body") error rows=12 hint=t!(lang, "stories-field-body-hint") />
                        <InputField form="story" name="countries" label=t!(lang, "stories-field-countries") error required=false hint=t!(lang, "stories-field-countries-hint") />
                        <div class="field">
                            <label for="story-topics">{t!(lang, "stories-field-topic")}</label>
                            <select id="story-topics" name="topics[]">
                                <option value="">{t!(lang, "stories-field-topic-none")}</option>
                                {topics.into_iter().map(|t| view! { <option value=t.code>{t.name}</option> }).collect_view()}
                            </select>
                            <FieldMessage error field="topics" />
                        </div>
                        <button type="submit" class="button">{t!(lang, "stories-save-draft")}</button>
                    </ActionForm>
                })
            }))}
        </Transition>
    }
}
