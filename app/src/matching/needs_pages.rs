//! The needs board (open needs, and forms to post needs and offers) and one need's page with
//! its ranked mentor candidates.

use super::MentorCandidates;
use super::{fetch_need, list_open_needs, PostNeed, PostOffer};
use crate::accounts::{user_context, CurrentUser, Role};
use crate::error::AppError;
use crate::shell::forms::{
    error_of, saved, FieldMessage, FormAlert, SelectField, SelectOption, TextAreaField,
};
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
    view! {
        <Title text="Needs and offers" />
        <h1>"Needs and offers"</h1>
        <p class="lead">"Utilities post the challenges they need help with and the tested solutions they can share. Facilitators match them into partnerships."</p>
        <Transition fallback=|| ()>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let user = user.await?;
                let topics = topics.await?;
                Ok::<_, AppError>(match user {
                    Some(user) if !user.admin_of.is_empty() => view! {
                        <PostForms user topics post_need post_offer />
                    }.into_any(),
                    Some(user) if user.has_role(Role::Facilitator) || user.has_role(Role::SecretariatAdmin) => view! {
                        <p><a class="button" href="/matching">"Match all open needs"</a></p>
                    }.into_any(),
                    Some(_) => view! {
                        <p class="muted">"Organization admins post needs and offers for their utility."</p>
                    }.into_any(),
                    None => view! {
                        <p class="muted"><a href="/sign-in">"Sign in"</a>" as an organization admin to post needs and offers."</p>
                    }.into_any(),
                })
            }))}
        </Transition>
        <h2>"Open needs"</h2>
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let needs = needs.await?;
                Ok::<_, AppError>(if needs.is_empty() {
                    view! { <p class="muted">"No open needs right now."</p> }.into_any()
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
    view! {
        <li class="card">
            <h3 class="card__title"><a href=format!("/needs/{}", n.id)>{format!("{}: {}", n.organization.name, n.topic)}</a></h3>
            <p class="card__meta">{format!("{} · posted {}", n.organization.country, n.created_at.format("%-d %b %Y"))}</p>
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
    view! { <SelectField form name="organization" label="Utility" options error /> }
}

#[component]
fn TopicSelect(
    form: &'static str,
    topics: Vec<Topic>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let options = topics.into_iter().map(SelectOption::from).collect();
    view! { <SelectField form name="topic" label="Topic" empty="Choose a topic" options error /> }
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
    view! {
        <div class="two-columns">
            <section class="panel" aria-labelledby="post-need-heading">
                <h2 id="post-need-heading">"Post a need"</h2>
                <ActionForm action=post_need attr:class="form" attr:novalidate=true>
                    <FormAlert error=need_error />
                    <OrganizationSelect form="need" user=need_user error=need_error />
                    <TopicSelect form="need" topics=need_topics error=need_error />
                    <TextAreaField form="need" name="description" label="The challenge" error=need_error
                        hint="What is the problem, and what has been tried? Include figures where you have them." />
                    <div class="field">
                        <label for="need-languages">"Preferred languages"</label>
                        <input id="need-languages" name="languages" placeholder="English, Bahasa Indonesia" />
                        <FieldMessage error=need_error field="languages" />
                    </div>
                    <button type="submit" class="button">"Post the need"</button>
                    <Show when=need_saved><p class="form__saved" role="status">"Your need is posted."</p></Show>
                </ActionForm>
            </section>
            <section class="panel" aria-labelledby="post-offer-heading">
                <h2 id="post-offer-heading">"Post an offer"</h2>
                <ActionForm action=post_offer attr:class="form" attr:novalidate=true>
                    <FormAlert error=offer_error />
                    <OrganizationSelect form="offer" user error=offer_error />
                    <TopicSelect form="offer" topics error=offer_error />
                    <TextAreaField form="offer" name="description" label="Your tested solution" error=offer_error
                        hint="What did you do, and what changed? For example: NRW fell from 38 % to 17 % with DMAs." />
                    <div class="field">
                        <label for="offer-languages">"Languages you can mentor in"</label>
                        <input id="offer-languages" name="languages" placeholder="English" />
                        <FieldMessage error=offer_error field="languages" />
                    </div>
                    <div class="field">
                        <label for="offer-capacity">"Partnerships you can mentor at once"</label>
                        <input id="offer-capacity" name="capacity" type="number" min="1" max="10" value="1" inputmode="numeric" />
                        <FieldMessage error=offer_error field="capacity" />
                    </div>
                    <button type="submit" class="button">"Post the offer"</button>
                    <Show when=offer_saved><p class="form__saved" role="status">"Your offer is posted."</p></Show>
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
                None => Err(AppError::NotFound(
                    "There is no need with this number.".to_owned(),
                )),
            }
        },
    );
    let user = user_context().user;
    view! {
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let n = need.await?;
                let user = user.await?;
                let may_match = user.as_ref().is_some_and(|u| {
                    u.has_role(Role::Facilitator) || u.has_role(Role::SecretariatAdmin) || u.admin_of.contains(&n.organization.id)
                });
                let facilitating = user.as_ref().is_some_and(|u| u.has_role(Role::Facilitator) || u.has_role(Role::SecretariatAdmin));
                Ok::<_, AppError>(view! {
                    <Title text=format!("Need: {}", n.topic) />
                    <p><a href="/needs">"← All needs"</a></p>
                    <h1>{format!("{}: {}", n.organization.name, n.topic)}</h1>
                    <p class="lead">"A need posted for a mentor's help."</p>
                    <p class="card__meta">{format!("{} · posted {} · {}", n.organization.country, n.created_at.format("%-d %b %Y"), n.status)}</p>
                    <p class="prewrap">{n.description.clone()}</p>
                    {(!n.languages.is_empty()).then(|| view! { <p class="muted">{format!("Preferred languages: {}", n.languages)}</p> })}
                    {n.partnership_id.map(|p| view! {
                        <p class="notice"><a href=format!("/partnerships/{p}")>"See the partnership this need led to"</a></p>
                    })}
                    {(may_match && n.status == "open").then(|| view! { <MentorCandidates need_id=n.id facilitating /> })}
                })
            }))}
        </Transition>
    }
}
