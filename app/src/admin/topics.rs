//! Editing the topic taxonomy (on the admin page).

use crate::error::AppError;
use crate::shell::forms::{FormAlert, InputField};
use crate::t;
use crate::topics::{list_topics, Topic};
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "topics/create")]
#[tracing::instrument]
pub async fn create_topic(name: String) -> Result<Topic, AppError> {
    crate::accounts::auth::require_role(crate::accounts::Role::SecretariatAdmin).await?;
    let name = crate::topics::parse_topic_name(&name, crate::i18n::current())
        .map_err(AppError::Invalid)?;
    let db = crate::state::db()?;
    let topic = crate::topics::entity::create(&db, &name).await?;
    crate::partners::filter_cache::invalidate();
    Ok(topic)
}

#[server(prefix = "/api", endpoint = "topics/rename")]
#[tracing::instrument]
pub async fn rename_topic(id: i32, name: String) -> Result<Topic, AppError> {
    crate::accounts::auth::require_role(crate::accounts::Role::SecretariatAdmin).await?;
    let name = crate::topics::parse_topic_name(&name, crate::i18n::current())
        .map_err(AppError::Invalid)?;
    let db = crate::state::db()?;
    let topic = crate::topics::entity::rename(&db, id, &name).await?;
    crate::partners::filter_cache::invalidate();
    Ok(topic)
}

#[component]
pub fn TopicsAdmin() -> impl IntoView {
    let create = crate::shell::flash::action::<CreateTopic>();
    let rename = crate::shell::flash::action::<RenameTopic>();
    let topics = Resource::new(
        move || (create.version().get(), rename.version().get()),
        |_| list_topics(),
    );
    let create_error = Signal::derive(move || create.value().get().and_then(Result::err));
    let rename_error = Signal::derive(move || rename.value().get().and_then(Result::err));
    let lang = crate::i18n::current();
    view! {
        <section class="panel" aria-labelledby="topics-admin-heading">
            <h2 id="topics-admin-heading">{t!(lang, "admin-topics-title")}</h2>
            <FormAlert error=rename_error />
            <Transition fallback=move || view! { <p class="muted">{t!(lang, "admin-loading-topics")}</p> }>
                {move || Suspend::new(crate::shell::or_error_panel(async move {
                    let topics = topics.await?;
                    Ok::<_, AppError>(view! {
                        <ul class="plain-list">
                            {topics.into_iter().map(|t| {
                                let input_id = format!("topic-name-{}", t.id);
                                view! {
                                    <li>
                                        <ActionForm action=rename attr:class="form form--inline">
                                            <input type="hidden" name="id" value=t.id.to_string() />
                                            <label class="visually-hidden" for=input_id.clone()>{t!(lang, "admin-topic-name-of", code = t.code.clone())}</label>
                                            <input id=input_id name="name" value=t.name.clone() maxlength="120" />
                                            <button type="submit" class="button button--secondary">{t!(lang, "admin-rename")}</button>
                                        </ActionForm>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    })
                }))}
            </Transition>
            <ActionForm action=create attr:class="form" attr:novalidate=true>
                <FormAlert error=create_error />
                <InputField form="new-topic" name="name" label=t!(lang, "admin-new-topic") error=create_error />
                <button type="submit" class="button">{t!(lang, "admin-add-topic")}</button>
            </ActionForm>
        </section>
    }
}
