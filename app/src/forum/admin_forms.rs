//! The secretariat's forms on the Forum admin page: the edition's settings and its agenda.

use super::edition_rules::EditionForm;
use super::{forum_edition_settings, AddForumSession, SaveForumEdition};
use crate::error::AppError;
use crate::shell::forms::{error_of, FieldMessage, FormAlert, InputField};
use crate::t;
use crate::training::rules::TIME_ZONES;
use leptos::prelude::*;

/// Creates an edition (a new year) or changes the current one; prefilled with the current one.
#[component]
pub fn EditionSettings() -> impl IntoView {
    let save = crate::shell::flash::action::<SaveForumEdition>();
    let error = error_of(save.value());
    let settings = Resource::new(move || save.version().get(), |_| forum_edition_settings());
    let lang = crate::i18n::current();
    view! {
        <section aria-labelledby="edition-heading">
            <h2 id="edition-heading">{t!(lang, "forum-edition-heading")}</h2>
            <p class="muted">{t!(lang, "forum-edition-intro")}</p>
            <Transition fallback=move || view! { <p class="muted">{t!(lang, "forum-loading")}</p> }>
                {move || Suspend::new(crate::shell::or_error_panel(async move {
                    let form = settings.await?;
                    Ok::<_, AppError>(view! { <EditionFields form save error /> })
                }))}
            </Transition>
        </section>
    }
}

#[component]
fn EditionFields(
    form: EditionForm,
    save: ServerAction<SaveForumEdition>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let zone = form.time_zone.clone();
    let lang = crate::i18n::current();
    view! {
        <ActionForm action=save attr:class="form" attr:novalidate=true>
            <FormAlert error />
            <div class="field-row">
                <InputField form="edition" name="year" label=t!(lang, "forum-edition-year") error inputmode="numeric" value=form.year />
                <InputField form="edition" name="capacity" label=t!(lang, "forum-edition-capacity") error inputmode="numeric" value=form.capacity />
            </div>
            <InputField form="edition" name="title" label=t!(lang, "forum-edition-title") error value=form.title />
            <InputField form="edition" name="venue" label=t!(lang, "forum-edition-venue") error value=form.venue hint=t!(lang, "forum-edition-venue-hint") />
            <div class="field">
                <label for="edition-time_zone">{t!(lang, "forum-edition-time-zone")}</label>
                <select id="edition-time_zone" name="time_zone">
                    {TIME_ZONES.iter().map(|(z, city)| {
                        view! { <option value=*z selected=zone == *z>{format!("{city} ({z})")}</option> }
                    }).collect_view()}
                </select>
                <FieldMessage error field="time_zone" />
            </div>
            <div class="field-row">
                <InputField form="edition" name="starts_on" label=t!(lang, "forum-edition-first-day") error kind="date" value=form.starts_on />
                <InputField form="edition" name="ends_on" label=t!(lang, "forum-edition-last-day") error kind="date" value=form.ends_on />
            </div>
            <div class="field-row">
                <InputField form="edition" name="opens_on" label=t!(lang, "forum-edition-opens") error kind="date" value=form.opens_on />
                <InputField form="edition" name="closes_on" label=t!(lang, "forum-edition-closes") error kind="date" value=form.closes_on hint=t!(lang, "forum-edition-closes-hint") />
            </div>
            <label class="check">
                <input type="checkbox" name="needs_approval" value="on" checked=form.needs_approval />
                {format!(" {}", t!(lang, "forum-edition-needs-approval"))}
            </label>
            <button type="submit" class="button" disabled=move || save.pending().get()>{t!(lang, "forum-edition-save")}</button>
            <Show when=move || matches!(save.value().get(), Some(Ok(())))>
                <p class="form__success" role="status">{t!(lang, "forum-saved")}</p>
            </Show>
        </ActionForm>
    }
}

/// Adds a session to the agenda attendees star.
#[component]
pub fn AgendaSessionForm() -> impl IntoView {
    let add = crate::shell::flash::action::<AddForumSession>();
    let error = error_of(add.value());
    let lang = crate::i18n::current();
    view! {
        <section aria-labelledby="agenda-heading">
            <h2 id="agenda-heading">{t!(lang, "forum-session-add-title")}</h2>
            <ActionForm action=add attr:class="form" attr:novalidate=true>
                <FormAlert error />
                <InputField form="agenda" name="session_title" label=t!(lang, "forum-session-title") error />
                <div class="field-row">
                    <InputField form="agenda" name="date" label=t!(lang, "forum-session-day") error kind="date" />
                    <InputField form="agenda" name="starts" label=t!(lang, "forum-session-starts") error kind="time" />
                    <InputField form="agenda" name="ends" label=t!(lang, "forum-session-ends") error kind="time" />
                </div>
                <InputField form="agenda" name="room" label=t!(lang, "forum-session-room") error />
                <InputField form="agenda" name="speakers" label=t!(lang, "forum-session-speakers") error required=false />
                <InputField form="agenda" name="topic" label=t!(lang, "forum-session-topic") error required=false />
                <button type="submit" class="button" disabled=move || add.pending().get()>{t!(lang, "forum-session-add")}</button>
                <Show when=move || matches!(add.value().get(), Some(Ok(_)))>
                    <p class="form__success" role="status">{t!(lang, "forum-session-added")}</p>
                </Show>
            </ActionForm>
        </section>
    }
}
