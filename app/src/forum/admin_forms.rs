//! The secretariat's forms on the Forum admin page: the edition's settings and its agenda.

use super::edition_rules::EditionForm;
use super::{forum_edition_settings, AddForumSession, SaveForumEdition};
use crate::error::AppError;
use crate::shell::forms::{error_of, FieldMessage, FormAlert, InputField};
use crate::training::rules::TIME_ZONES;
use leptos::prelude::*;

/// Creates an edition (a new year) or changes the current one; prefilled with the current one.
#[component]
pub fn EditionSettings() -> impl IntoView {
    let save = crate::shell::flash::action::<SaveForumEdition>();
    let error = error_of(save.value());
    let settings = Resource::new(move || save.version().get(), |_| forum_edition_settings());
    view! {
        <section aria-labelledby="edition-heading">
            <h2 id="edition-heading">"Edition"</h2>
            <p class="muted">"Saving with a new year creates that year's edition, which then takes registrations."</p>
            <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
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
    view! {
        <ActionForm action=save attr:class="form" attr:novalidate=true>
            <FormAlert error />
            <div class="field-row">
                <InputField form="edition" name="year" label="Year" error inputmode="numeric" value=form.year />
                <InputField form="edition" name="capacity" label="Places" error inputmode="numeric" value=form.capacity />
            </div>
            <InputField form="edition" name="title" label="Title" error value=form.title />
            <InputField form="edition" name="venue" label="Venue" error value=form.venue hint="Building and city." />
            <div class="field">
                <label for="edition-time_zone">"Venue time zone"</label>
                <select id="edition-time_zone" name="time_zone">
                    {TIME_ZONES.iter().map(|(z, city)| {
                        view! { <option value=*z selected=zone == *z>{format!("{city} ({z})")}</option> }
                    }).collect_view()}
                </select>
                <FieldMessage error field="time_zone" />
            </div>
            <div class="field-row">
                <InputField form="edition" name="starts_on" label="First day" error kind="date" value=form.starts_on />
                <InputField form="edition" name="ends_on" label="Last day" error kind="date" value=form.ends_on />
            </div>
            <div class="field-row">
                <InputField form="edition" name="opens_on" label="Registration opens" error kind="date" value=form.opens_on />
                <InputField form="edition" name="closes_on" label="Registration closes" error kind="date" value=form.closes_on hint="At the end of this day, at the venue." />
            </div>
            <label class="check">
                <input type="checkbox" name="needs_approval" value="on" checked=form.needs_approval />
                " The secretariat approves each registration"
            </label>
            <button type="submit" class="button" disabled=move || save.pending().get()>"Save the edition"</button>
            <Show when=move || matches!(save.value().get(), Some(Ok(())))>
                <p class="form__success" role="status">"Saved."</p>
            </Show>
        </ActionForm>
    }
}

/// Adds a session to the agenda attendees star.
#[component]
pub fn AgendaSessionForm() -> impl IntoView {
    let add = crate::shell::flash::action::<AddForumSession>();
    let error = error_of(add.value());
    view! {
        <section aria-labelledby="agenda-heading">
            <h2 id="agenda-heading">"Add an agenda session"</h2>
            <ActionForm action=add attr:class="form" attr:novalidate=true>
                <FormAlert error />
                <InputField form="agenda" name="session_title" label="Title" error />
                <div class="field-row">
                    <InputField form="agenda" name="date" label="Day" error kind="date" />
                    <InputField form="agenda" name="starts" label="Starts (venue time)" error kind="time" />
                    <InputField form="agenda" name="ends" label="Ends (venue time)" error kind="time" />
                </div>
                <InputField form="agenda" name="room" label="Room" error />
                <InputField form="agenda" name="speakers" label="Speakers" error required=false />
                <InputField form="agenda" name="topic" label="Topic" error required=false />
                <button type="submit" class="button" disabled=move || add.pending().get()>"Add the session"</button>
                <Show when=move || matches!(add.value().get(), Some(Ok(_)))>
                    <p class="form__success" role="status">"Added to the agenda."</p>
                </Show>
            </ActionForm>
        </section>
    }
}
