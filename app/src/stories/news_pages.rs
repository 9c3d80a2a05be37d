//! The news list, filtered by language, with the form facilitators post news with, and one
//! news item's page.

use super::parts::{day, LanguageName};
use super::{fetch_news, list_news, news_languages, PostNews};
use crate::accounts::{user_context, Role};
use crate::error::AppError;
use crate::i18n::ContentLanguage;
use crate::shell::forms::{
    error_of, ContentLanguageField, FormAlert, InputField, LanguageFilter, TextAreaField,
};
use crate::t;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::Form;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn NewsPage() -> impl IntoView {
    let post = crate::shell::flash::action::<PostNews>();
    let error = error_of(post.value());
    let query = use_query_map();
    let language = Memo::new(move |_| query.with(|q| q.get("language").unwrap_or_default()));
    let news = Resource::new(
        move || (language.get(), post.version().get()),
        |(language, _)| list_news(language),
    );
    let languages = Resource::new(move || post.version().get(), |_| news_languages());
    let user = user_context().user;
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "stories-news") />
        <h1>{t!(lang, "stories-news")}</h1>
        <p class="lead">{t!(lang, "stories-news-lead")}" "<a href="/feed.atom" type="application/atom+xml">{t!(lang, "stories-atom-feed")}</a></p>
        <Transition fallback=|| ()>
            {move || {
                let selected = ContentLanguage::from_code(&language.get());
                Suspend::new(crate::shell::or_error_panel(async move {
                    let languages = languages.await?;
                    Ok::<_, AppError>(view! {
                        <Form method="GET" action="/news" attr:class="filters" attr:role="search" attr:aria-label=t!(lang, "stories-news-filter")>
                            <LanguageFilter form="news-filter" languages selected />
                            <div class="filters__actions">
                                <button type="submit" class="button">{t!(lang, "stories-news-show")}</button>
                            </div>
                        </Form>
                    })
                }))
            }}
        </Transition>
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "stories-news-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let news = news.await?;
                Ok::<_, AppError>(if news.is_empty() {
                    view! { <p class="muted">{t!(lang, "stories-news-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="card-list">
                            {news.into_iter().map(|n| view! {
                                <li class="card">
                                    <h2 class="card__title" lang=n.language.as_code()><a href=format!("/news/{}", n.id)>{n.title}</a></h2>
                                    <p class="card__meta"><LanguageName language=n.language />" · "{day(lang, Some(n.published_at))}</p>
                                    <p lang=n.language.as_code()>{n.summary}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                })
            }))}
        </Transition>
        <Transition fallback=|| ()>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let user = user.await?;
                let may_post = user.is_some_and(|u| u.has_role(Role::Facilitator) || u.has_role(Role::SecretariatAdmin));
                Ok::<_, AppError>(may_post.then(|| view! {
                    <section class="panel" aria-labelledby="post-news-title">
                        <h2 id="post-news-title">{t!(lang, "stories-news-post-title")}</h2>
                        <ActionForm action=post attr:class="form" attr:novalidate=true>
                            <FormAlert error />
                            <ContentLanguageField form="news" error />
                            <InputField form="news" name="title" label=t!(lang, "stories-field-title") error />
                            <TextAreaField form="news" name="summary" label=t!(lang, "stories-field-summary") error rows=2 />
                            <TextAreaField form="news" name="body" label=t!(lang, "stories-news-text") error rows=8 hint=t!(lang, "stories-news-text-hint") />
                            <button type="submit" class="button">{t!(lang, "stories-news-publish")}</button>
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
                None => Err(AppError::NotFound(t!(
                    crate::i18n::current(),
                    "stories-news-not-found"
                ))),
            }
        },
    );
    let lang = crate::i18n::current();
    view! {
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "stories-loading-one")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let n = item.await?;
                Ok::<_, AppError>(view! {
                    <Title text=n.title.clone() />
                    <Meta name="description" content=n.summary.clone() />
                    <Meta property="og:title" content=n.title.clone() />
                    <Meta property="og:description" content=n.summary.clone() />
                    <Meta property="og:type" content="article" />
                    <Meta property="og:url" content=n.url.clone() />
                    <p><a href="/news">{t!(lang, "stories-news-back")}</a></p>
                    <article class="story" lang=n.language.as_code() dir=n.language.right_to_left().then_some("rtl")>
                        <h1>{n.title}</h1>
                        <p class="card__meta" lang=lang.as_code() dir="ltr"><LanguageName language=n.language />" · "{day(lang, Some(n.published_at))}</p>
                        <p class="lead">{n.summary}</p>
                        <div class="story__body" inner_html=n.body_html></div>
                    </article>
                })
            }))}
        </Transition>
    }
}
