//! An organization's public page, and the page where its admins keep it up to date.

use super::chart::KpiChart;
use super::{
    fetch_organization_profile, AddContact, DeleteKpiValue, Kpi, OrganizationProfile,
    RecordKpiValue, RemoveContact, RemoveOrganizationTopic, SetOrganizationTopic, TopicDirection,
    TopicEntry, UpdateOrganization,
};
use crate::error::AppError;
use crate::i18n::format::{date_medium, integer};
use crate::shell::forms::{error_of, saved, FieldMessage, FormAlert, InputField, TextAreaField};
use crate::t;
use crate::topics::list_topics;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

fn organization_id() -> Memo<Option<i32>> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse::<i32>().ok())))
}

async fn load(id: Option<i32>) -> Result<OrganizationProfile, AppError> {
    match id {
        Some(id) => fetch_organization_profile(id).await,
        None => Err(AppError::NotFound(t!(
            crate::i18n::current(),
            "partners-not-found"
        ))),
    }
}

#[component]
pub fn OrganizationPage() -> impl IntoView {
    let id = organization_id();
    let profile = Resource::new(move || id.get(), load);
    let lang = crate::i18n::current();
    view! {
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "partners-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let org = profile.await?;
                Ok::<_, AppError>(view! { <ProfileView org /> })
            }))}
        </Transition>
    }
}

#[component]
fn ProfileView(org: OrganizationProfile) -> impl IntoView {
    let lang = crate::i18n::current();
    let place = if org.city.is_empty() {
        org.country.clone()
    } else {
        t!(
            lang,
            "partners-place",
            city = org.city.clone(),
            country = org.country.clone()
        )
    };
    let services = org
        .service_types
        .iter()
        .map(|t| t.name(lang))
        .collect::<Vec<_>>()
        .join(&t!(lang, "partners-list-separator"));
    let edit_href = format!("/partners/{}/edit", org.id);
    view! {
        <Title text=org.name.clone() />
        <p><A href="/partners">{t!(lang, "partners-back-to-directory")}</A></p>
        <article class="profile">
            <header class="profile__header">
                <h1>{org.name.clone()}</h1>
                <p class="card__meta">
                    <span class="tag">{org.kind.name(lang)}</span>
                    {org.network_member.then(|| view! { " " <span class="tag tag--member">{t!(lang, "partners-network-member")}</span> })}
                    " " {place}
                    {org.is_demo.then(|| view! { " " <span class="tag tag--demo">{t!(lang, "partners-demo-data")}</span> })}
                </p>
                {org.can_edit.then(|| view! { <A href=edit_href attr:class="button">{t!(lang, "partners-edit-profile")}</A> })}
            </header>
            <dl class="facts">
                {(!services.is_empty()).then(|| view! { <dt>{t!(lang, "partners-services")}</dt><dd>{services}</dd> })}
                {org.population_served.map(|p| view! { <dt>{t!(lang, "partners-population-served")}</dt><dd>{integer(lang, p)}</dd> })}
                {org.connections.map(|c| view! { <dt>{t!(lang, "partners-connections")}</dt><dd>{integer(lang, c)}</dd> })}
                {(!org.languages.is_empty()).then(|| view! { <dt>{t!(lang, "partners-languages")}</dt><dd>{org.languages.clone()}</dd> })}
                {org.latitude.zip(org.longitude).map(|(lat, lon)| view! {
                    <dt>{t!(lang, "partners-location")}</dt><dd>{format!("{lat:.4}, {lon:.4}")}</dd>
                })}
            </dl>
            {(!org.description.is_empty()).then(|| view! { <p class="profile__description">{org.description.clone()}</p> })}

            <section aria-labelledby="kpis-heading">
                <h2 id="kpis-heading">{t!(lang, "partners-service-performance")}</h2>
                {if org.kpis.is_empty() {
                    view! { <p class="muted">{t!(lang, "partners-no-kpis")}</p> }.into_any()
                } else {
                    view! {
                        <div class="kpi-grid">
                            {org.kpis.iter().map(|s| {
                                let values = s.values.iter().map(|v| (v.measured_on, v.value)).collect();
                                view! { <KpiChart kpi=s.kpi values /> }
                            }).collect_view()}
                        </div>
                    }.into_any()
                }}
            </section>

            <TopicList heading=t!(lang, "partners-can-mentor-on") entries=org.offers.clone() empty=t!(lang, "partners-no-offers") />
            <TopicList heading=t!(lang, "partners-needs-help-with") entries=org.needs.clone() empty=t!(lang, "partners-no-needs") />

            <super::membership::MembershipPanel organization_id=org.id />

            <section aria-labelledby="contacts-heading">
                <h2 id="contacts-heading">{t!(lang, "partners-contacts")}</h2>
                {if org.contacts.is_empty() {
                    view! { <p class="muted">{t!(lang, "partners-no-contacts")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list">
                            {org.contacts.iter().map(|c| view! {
                                <li>
                                    <strong>{c.name.clone()}</strong>
                                    {(!c.position.is_empty()).then(|| format!(", {}", c.position))}
                                    " · " <a href=format!("mailto:{}", c.email)>{c.email.clone()}</a>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        </article>
    }
}

#[component]
fn TopicList(heading: String, entries: Vec<TopicEntry>, empty: String) -> impl IntoView {
    view! {
        <section>
            <h2>{heading}</h2>
            {if entries.is_empty() {
                view! { <p class="muted">{empty}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list">
                        {entries.into_iter().map(|e| view! {
                            <li>
                                <strong>{e.topic.name}</strong>
                                {(!e.description.is_empty()).then(|| view! { <p class="muted">{e.description}</p> })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// The edit page: profile, KPI values, topics and contacts, each its own form.
#[component]
pub fn OrganizationEditPage() -> impl IntoView {
    let id = organization_id();
    let update = crate::shell::flash::action::<UpdateOrganization>();
    let record = crate::shell::flash::action::<RecordKpiValue>();
    let delete_kpi = crate::shell::flash::action::<DeleteKpiValue>();
    let add_contact = crate::shell::flash::action::<AddContact>();
    let remove_contact = crate::shell::flash::action::<RemoveContact>();
    let set_topic = crate::shell::flash::action::<SetOrganizationTopic>();
    let remove_topic = crate::shell::flash::action::<RemoveOrganizationTopic>();
    // Reload the profile after every change that succeeded.
    let profile = Resource::new(
        move || {
            (
                id.get(),
                update.version().get(),
                record.version().get(),
                delete_kpi.version().get(),
                add_contact.version().get(),
                remove_contact.version().get(),
                set_topic.version().get(),
                remove_topic.version().get(),
            )
        },
        move |(id, ..)| load(id),
    );
    let topics = Resource::new(|| (), |_| list_topics());
    let lang = crate::i18n::current();
    let actions = EditActions {
        update,
        record,
        delete_kpi,
        add_contact,
        remove_contact,
        set_topic,
        remove_topic,
    };

    view! {
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "partners-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let org = profile.await?;
                let topics = topics.await?;
                if !org.can_edit {
                    return Err(AppError::Forbidden);
                }
                Ok::<_, AppError>(view! { <EditForms org topics actions /> })
            }))}
        </Transition>
    }
}

#[derive(Clone, Copy)]
struct EditActions {
    update: ServerAction<UpdateOrganization>,
    record: ServerAction<RecordKpiValue>,
    delete_kpi: ServerAction<DeleteKpiValue>,
    add_contact: ServerAction<AddContact>,
    remove_contact: ServerAction<RemoveContact>,
    set_topic: ServerAction<SetOrganizationTopic>,
    remove_topic: ServerAction<RemoveOrganizationTopic>,
}

#[component]
fn EditForms(
    org: OrganizationProfile,
    topics: Vec<crate::topics::Topic>,
    actions: EditActions,
) -> impl IntoView {
    let EditActions {
        update,
        record,
        delete_kpi,
        add_contact,
        remove_contact,
        set_topic,
        remove_topic,
    } = actions;
    let id = org.id;
    let update_error = error_of(update.value());
    let record_error = error_of(record.value());
    let contact_error = error_of(add_contact.value());
    let topic_error = error_of(set_topic.value());
    let service_types = org.service_types.clone();
    let has = move |t| service_types.contains(&t);
    let today = chrono::Utc::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    let view_href = format!("/partners/{}", org.id);
    let lang = crate::i18n::current();
    let edit_title = t!(lang, "partners-edit-title", name = org.name.clone());

    view! {
        <Title text=edit_title.clone() />
        <p><A href=view_href>{t!(lang, "partners-back-to-profile")}</A></p>
        <h1>{edit_title}</h1>

        <section class="panel" aria-labelledby="profile-heading">
            <h2 id="profile-heading">{t!(lang, "partners-profile")}</h2>
            <ActionForm action=update attr:class="form" attr:novalidate=true>
                <FormAlert error=update_error />
                <Show when=saved(update.value())>
                    <p class="form__success" role="status">{t!(lang, "partners-profile-saved")}</p>
                </Show>
                <input type="hidden" name="id" value=id.to_string() />
                <InputField form="profile" name="name" label=t!(lang, "partners-field-name") error=update_error value=org.name.clone() />
                <InputField form="profile" name="country" label=t!(lang, "partners-field-country") error=update_error value=org.country.clone() />
                <InputField form="profile" name="city" label=t!(lang, "partners-field-city") error=update_error required=false value=org.city.clone() />
                <div class="field-row">
                    <InputField form="profile" name="latitude" label=t!(lang, "partners-field-latitude") error=update_error required=false inputmode="decimal" value=org.latitude.map(|v| v.to_string()).unwrap_or_default() />
                    <InputField form="profile" name="longitude" label=t!(lang, "partners-field-longitude") error=update_error required=false inputmode="decimal" value=org.longitude.map(|v| v.to_string()).unwrap_or_default() />
                </div>
                <fieldset class="field">
                    <legend>{t!(lang, "partners-services")}</legend>
                    <label class="check"><input type="checkbox" name="serves_water" value="on" checked=has(super::ServiceType::Water) />" " {super::ServiceType::Water.name(lang)}</label>
                    <label class="check"><input type="checkbox" name="serves_sewerage" value="on" checked=has(super::ServiceType::Sewerage) />" " {super::ServiceType::Sewerage.name(lang)}</label>
                    <label class="check"><input type="checkbox" name="serves_septage" value="on" checked=has(super::ServiceType::Septage) />" " {super::ServiceType::Septage.name(lang)}</label>
                </fieldset>
                <div class="field-row">
                    <InputField form="profile" name="population_served" label=t!(lang, "partners-population-served") error=update_error required=false inputmode="numeric" value=org.population_served.map(|v| v.to_string()).unwrap_or_default() />
                    <InputField form="profile" name="connections" label=t!(lang, "partners-connections") error=update_error required=false inputmode="numeric" value=org.connections.map(|v| v.to_string()).unwrap_or_default() />
                </div>
                <InputField form="profile" name="languages" label=t!(lang, "partners-languages") error=update_error required=false hint=t!(lang, "partners-languages-hint") value=org.languages.clone() />
                <TextAreaField form="profile" name="description" label=t!(lang, "partners-field-description") error=update_error value=org.description.clone() rows=5 />
                <button type="submit" class="button" disabled=move || update.pending().get()>{t!(lang, "partners-save-profile")}</button>
            </ActionForm>
        </section>

        <section class="panel" aria-labelledby="kpi-heading">
            <h2 id="kpi-heading">{t!(lang, "partners-kpi-values")}</h2>
            <p class="muted">{t!(lang, "partners-kpi-values-hint")}</p>
            <ActionForm action=record attr:class="form" attr:novalidate=true>
                <FormAlert error=record_error />
                <Show when=saved(record.value())>
                    <p class="form__success" role="status">{t!(lang, "partners-value-recorded")}</p>
                </Show>
                <input type="hidden" name="id" value=id.to_string() />
                <div class="field">
                    <label for="kpi-kpi">{t!(lang, "partners-field-kpi")}</label>
                    <select id="kpi-kpi" name="kpi">
                        {Kpi::ALL.into_iter().map(|k| view! { <option value=k.as_code()>{k.name_with_unit(lang)}</option> }).collect_view()}
                    </select>
                    <FieldMessage error=record_error field="kpi" />
                </div>
                <div class="field-row">
                    <InputField form="kpi" name="value" label=t!(lang, "partners-field-value") error=record_error inputmode="decimal" />
                    <InputField form="kpi" name="measured_on" label=t!(lang, "partners-field-measured-on") error=record_error kind="date" value=today.clone() />
                </div>
                <button type="submit" class="button" disabled=move || record.pending().get()>{t!(lang, "partners-record-value")}</button>
            </ActionForm>
            // One folded list per KPI, newest first, so a long history does not bury the page.
            {org.kpis.clone().into_iter().map(|series| {
                let kpi = series.kpi;
                let name = kpi.name(lang);
                let latest = series.values.last().map(|v| t!(
                    lang,
                    "partners-kpi-latest",
                    value = kpi.display(v.value, lang),
                    date = date_medium(lang, v.measured_on)
                ));
                let count = t!(lang, "partners-value-count", count = series.values.len());
                view! {
                    <details class="kpi-values" data-kpi-values=kpi.as_code()>
                        <summary>
                            <strong>{name.clone()}</strong>
                            {format!(" · {count}")}
                            {latest.map(|l| format!(" · {l}"))}
                        </summary>
                        <div class="table-wrap">
                            <table class="table">
                                <caption class="visually-hidden">{t!(lang, "partners-kpi-recorded-values", kpi = name.clone())}</caption>
                                <thead><tr><th scope="col">{t!(lang, "partners-date")}</th><th scope="col">{t!(lang, "partners-field-value")}</th><th scope="col"><span class="visually-hidden">{t!(lang, "partners-actions")}</span></th></tr></thead>
                                <tbody>
                                    {series.values.into_iter().rev().map(|v| { let name = name.clone(); view! {
                                        <tr>
                                            <td><time datetime=v.measured_on.format("%Y-%m-%d").to_string()>{date_medium(lang, v.measured_on)}</time></td>
                                            <td>{kpi.display(v.value, lang)}</td>
                                            <td>
                                                <ActionForm action=delete_kpi>
                                                    <input type="hidden" name="id" value=id.to_string() />
                                                    <input type="hidden" name="value_id" value=v.id.to_string() />
                                                    <button type="submit" class="link-button" aria-label=t!(lang, "partners-delete-value-label", kpi = name.clone(), date = date_medium(lang, v.measured_on))>{t!(lang, "partners-delete")}</button>
                                                </ActionForm>
                                            </td>
                                        </tr>
                                    }}).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    </details>
                }
            }).collect_view()}
        </section>

        <section class="panel" aria-labelledby="topics-heading">
            <h2 id="topics-heading">{t!(lang, "partners-topics")}</h2>
            <ActionForm action=set_topic attr:class="form" attr:novalidate=true>
                <FormAlert error=topic_error />
                <input type="hidden" name="id" value=id.to_string() />
                <div class="field">
                    <label for="topic-direction">{t!(lang, "partners-direction-label")}</label>
                    <select id="topic-direction" name="direction">
                        <option value="offer">{t!(lang, "partners-direction-offer")}</option>
                        <option value="need">{t!(lang, "partners-direction-need")}</option>
                    </select>
                </div>
                <div class="field">
                    <label for="topic-topic">{t!(lang, "partners-field-topic")}</label>
                    <select id="topic-topic" name="topic">
                        {topics.iter().map(|t| view! { <option value=t.code.clone()>{t.name.clone()}</option> }).collect_view()}
                    </select>
                    <FieldMessage error=topic_error field="topic" />
                </div>
                <TextAreaField form="topic" name="description" label=t!(lang, "partners-field-solution") error=topic_error hint=t!(lang, "partners-field-solution-hint") rows=3 />
                <button type="submit" class="button" disabled=move || set_topic.pending().get()>{t!(lang, "partners-add-topic")}</button>
            </ActionForm>
            <TopicRemovals id direction=TopicDirection::Offer entries=org.offers.clone() action=remove_topic />
            <TopicRemovals id direction=TopicDirection::Need entries=org.needs.clone() action=remove_topic />
        </section>

        <section class="panel" aria-labelledby="contacts-edit-heading">
            <h2 id="contacts-edit-heading">{t!(lang, "partners-contacts")}</h2>
            <ul class="plain-list">
                {org.contacts.clone().into_iter().map(|c| {
                    view! {
                        <li>
                            {format!("{}, {} · {}", c.name, c.position, c.email)}
                            <ActionForm action=remove_contact attr:class="inline-form">
                                <input type="hidden" name="id" value=id.to_string() />
                                <input type="hidden" name="contact_id" value=c.id.to_string() />
                                <button type="submit" class="link-button" aria-label=t!(lang, "partners-remove-label", name = c.name.clone())>{t!(lang, "partners-remove")}</button>
                            </ActionForm>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <ActionForm action=add_contact attr:class="form" attr:novalidate=true>
                <FormAlert error=contact_error />
                <input type="hidden" name="id" value=id.to_string() />
                <InputField form="contact" name="contact_name" label=t!(lang, "partners-field-contact-name") error=contact_error />
                <InputField form="contact" name="position" label=t!(lang, "partners-field-position") error=contact_error required=false />
                <InputField form="contact" name="contact_email" label=t!(lang, "partners-field-email") error=contact_error kind="email" />
                <button type="submit" class="button" disabled=move || add_contact.pending().get()>{t!(lang, "partners-add-contact")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn TopicRemovals(
    id: i32,
    direction: TopicDirection,
    entries: Vec<TopicEntry>,
    action: ServerAction<RemoveOrganizationTopic>,
) -> impl IntoView {
    let lang = crate::i18n::current();
    let heading = match direction {
        TopicDirection::Offer => t!(lang, "partners-can-mentor-on"),
        TopicDirection::Need => t!(lang, "partners-needs-help-with"),
    };
    (!entries.is_empty()).then(|| view! {
        <h3>{heading}</h3>
        <ul class="plain-list">
            {entries.into_iter().map(|e| {
                view! {
                    <li>
                        <strong>{e.topic.name.clone()}</strong>
                        {(!e.description.is_empty()).then(|| format!(": {}", e.description))}
                        <ActionForm action attr:class="inline-form">
                            <input type="hidden" name="id" value=id.to_string() />
                            <input type="hidden" name="direction" value=direction.as_code() />
                            <input type="hidden" name="topic_id" value=e.topic.id.to_string() />
                            <button type="submit" class="link-button" aria-label=t!(lang, "partners-remove-label", name = e.topic.name.clone())>{t!(lang, "partners-remove")}</button>
                        </ActionForm>
                    </li>
                }
            }).collect_view()}
        </ul>
    })
}
