//! The needs board (open needs, and forms to post needs and offers) and one need's page with
//! its ranked mentor candidates.

use super::MentorCandidates;
use super::{fetch_need, list_open_needs, PostNeed, PostOffer};
use crate::accounts::{user_context, CurrentUser, Role};
use crate::error::AppError;
use crate::i18n::format::date_medium;
use crate::shell::forms::{
    error_of, saved, FieldMessage, FormAlert, SelectField, SelectOption, TextAreaField,
};
use crate::t;
use crate::topics::{list_topics, Topic};
use crate::wops::NeedView;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn NeedsPage() -> impl IntoView {
    let post_need = crate::shell::flash::action::<PostNeed>();
    let post_offer = crate::shell::flash::action::<PostOffer>();
    let needs = Resource::new(move || post_need.version().get(), |_| list_open_needs());
    let topics = Resource::new(|| (), |_| list_topics());
    let user = user_context().user;
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "matching-needs-title") />
        <h1>{t!(lang, "matching-needs-title")}</h1>
        <p class="lead">{t!(lang, "matching-needs-lead")}</p>
        <Transition fallback=|| ()>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let user = user.await?;
                let topics = topics.await?;
                Ok::<_, AppError>(match user {
                    Some(user) if !user.admin_of.is_empty() => view! {
                        <PostForms user topics post_need post_offer />
                    }.into_any(),
                    Some(user) if user.has_role(Role::Facilitator) || user.has_role(Role::SecretariatAdmin) => view! {
                        <p><a class="button" href="/matching">{t!(lang, "matching-match-all")}</a></p>
                    }.into_any(),
                    Some(_) => view! {
                        <p class="muted">{t!(lang, "matching-admins-post")}</p>
                    }.into_any(),
                    None => view! {
                        <p class="muted"><a href="/sign-in">{t!(lang, "matching-sign-in")}</a>" " {t!(lang, "matching-sign-in-to-post")}</p>
                    }.into_any(),
                })
            }))}
        </Transition>
        <h2>{t!(lang, "matching-open-needs")}</h2>
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "matching-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let needs = needs.await?;
                Ok::<_, AppError>(if needs.is_empty() {
                    view! { <p class="muted">{t!(lang, "matching-no-open-needs")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="card-list">
                            {needs.into_iter().map(|n| view! { <NeedCard n /> }).collect_view()}
                        </ul>
                    }.into_any()
                })
            }))}
        </Transition>
    }
}

#[component]
fn NeedCard(n: NeedView) -> impl IntoView {
    let lang = crate::i18n::current();
    view! {
        <li class="card">
            <h3 class="card__title"><a href=format!("/needs/{}", n.id)>{t!(lang, "matching-need-title", organization = n.organization.name.clone(), topic = n.topic.clone())}</a></h3>
            <p class="card__meta">{t!(lang, "matching-need-posted", country = n.organization.country.clone(), date = date_medium(lang, n.created_at.date_naive()))}</p>
            <p>{n.description.clone()}</p>
        </li>
    }
}

#[component]
fn OrganizationSelect(
    form: &'static str,
    user: CurrentUser,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let options = user
        .admin_of
        .iter()
        .zip(user.admin_of_names.iter())
        .map(|(id, name)| SelectOption::new(id.to_string(), name.clone()))
        .collect();
    let lang = crate::i18n::current();
    view! { <SelectField form name="organization" label=t!(lang, "matching-field-utility") options error /> }
}

#[component]
fn TopicSelect(
    form: &'static str,
    topics: Vec<Topic>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let options = topics.into_iter().map(SelectOption::from).collect();
    let lang = crate::i18n::current();
    view! { <SelectField form name="topic" label=t!(lang, "matching-field-topic") empty=t!(lang, "matching-field-topic-empty") options error /> }
}

#[component]
fn PostForms(
    user: CurrentUser,
    topics: Vec<Topic>,
    post_need: ServerAction<PostNeed>,
    post_offer: ServerAction<PostOffer>,
) -> impl IntoView {
    let need_error = error_of(post_need.value());
    let offer_error = error_of(post_offer.value());
    let need_saved = saved(post_need.value());
    let offer_saved = saved(post_offer.value());
    let (need_user, need_topics) = (user.clone(), topics.clone());
    let lang = crate::i18n::current();
    view! {
        <div class="two-columns">
            <section class="panel" aria-labelledby="post-need-heading">
                <h2 id="post-need-heading">{t!(lang, "matching-post-need")}</h2>
                <ActionForm action=post_need attr:class="form" attr:novalidate=true>
                    <FormAlert error=need_error />
                    <OrganizationSelect form="need" user=need_user error=need_error />
                    <TopicSelect form="need" topics=need_topics error=need_error />
                    <TextAreaField form="need" name="description" label=t!(lang, "matching-field-challenge") error=need_error
                        hint=t!(lang, "matching-field-challenge-hint") />
                    <div class="field">
                        <label for="need-languages">{t!(lang, "matching-field-preferred-languages")}</label>
                        <input id="need-languages" name="languages" placeholder="English, Bahasa Indonesia" />
                        <FieldMessage error=need_error field="languages" />
                    </div>
                    <button type="submit" class="button">{t!(lang, "matching-post-need-button")}</button>
                    <Show when=need_saved><p class="form__saved" role="status">{t!(lang, "matching-need-posted-ok")}</p></Show>
                </ActionForm>
            </section>
            <section class="panel" aria-labelledby="post-offer-heading">
                <h2 id="post-offer-heading">{t!(lang, "matching-post-offer")}</h2>
                <ActionForm action=post_offer attr:class="form" attr:novalidate=true>
                    <FormAlert error=offer_error />
                    <OrganizationSelect form="offer" user error=offer_error />
                    <TopicSelect form="offer" topics error=offer_error />
                    <TextAreaField form="offer" name="description" label=t!(lang, "matching-field-solution") error=offer_error
                        hint=t!(lang, "matching-field-solution-hint") />
                    <div class="field">
                        <label for="offer-languages">{t!(lang, "matching-field-mentor-languages")}</label>
                        <input id="offer-languages" name="languages" placeholder="English" />
                        <FieldMessage error=offer_error field="languages" />
                    </div>
                    <div class="field">
                        <label for="offer-capacity">{t!(lang, "matching-field-capacity")}</label>
                        <input id="offer-capacity" name="capacity" type="number" min="1" max="10" value="1" inputmode="numeric" />
                        <FieldMessage error=offer_error field="capacity" />
                    </div>
                    <button type="submit" class="button">{t!(lang, "matching-post-offer-button")}</button>
                    <Show when=offer_saved><p class="form__saved" role="status">{t!(lang, "matching-offer-posted-ok")}</p></Show>
                </ActionForm>
            </section>
        </div>
    }
}

#[component]
pub fn NeedPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse::<i32>().ok())));
    let need = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => fetch_need(id).await,
                None => Err(AppError::NotFound(t!(
                    crate::i18n::current(),
                    "matching-need-not-found"
                ))),
            }
        },
    );
    let user = user_context().user;
    let lang = crate::i18n::current();
    view! {
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "matching-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let n = need.await?;
                let user = user.await?;
                let may_match = user.as_ref().is_some_and(|u| {
                    u.has_role(Role::Facilitator) || u.has_role(Role::SecretariatAdmin) || u.admin_of.contains(&n.organization.id)
                });
                let facilitating = user.as_ref().is_some_and(|u| u.has_role(Role::Facilitator) || u.has_role(Role::SecretariatAdmin));
                Ok::<_, AppError>(view! {
                    <Title text=t!(lang, "matching-need-page-title", topic = n.topic.clone()) />
                    <p><a href="/needs">{t!(lang, "matching-all-needs")}</a></p>
                    <h1>{t!(lang, "matching-need-title", organization = n.organization.name.clone(), topic = n.topic.clone())}</h1>
                    <p class="lead">{t!(lang, "matching-need-lead")}</p>
                    <p class="card__meta">{t!(lang, "matching-need-posted-status", country = n.organization.country.clone(), date = date_medium(lang, n.created_at.date_naive()), status = need_status(lang, &n.status))}</p>
                    <p class="prewrap">{n.description.clone()}</p>
                    {(!n.languages.is_empty()).then(|| view! { <p class="muted">{t!(lang, "matching-need-languages", languages = n.languages.clone())}</p> })}
                    {n.partnership_id.map(|p| view! {
                        <p class="notice"><a href=format!("/partnerships/{p}")>{t!(lang, "matching-need-partnership")}</a></p>
                    })}
                    {(may_match && n.status == "open").then(|| view! { <MentorCandidates need_id=n.id facilitating /> })}
                })
            }))}
        </Transition>
    }
}

/// A need's state in words (`NeedView::status` carries its stored code).
fn need_status(lang: crate::i18n::Lang, code: &str) -> String {
    match crate::wops::NeedStatus::from_code(code) {
        Some(crate::wops::NeedStatus::Open) => t!(lang, "matching-need-status-open"),
        Some(crate::wops::NeedStatus::Matched) => t!(lang, "matching-need-status-matched"),
        Some(crate::wops::NeedStatus::Withdrawn) => t!(lang, "matching-need-status-withdrawn"),
        None => code.to_owned(),
    }
}
