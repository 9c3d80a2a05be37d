//! An organization's public page, and the page where its admins keep it up to date.

use super::chart::KpiChart;
use super::{
    fetch_organization_profile, group_thousands, AddContact, DeleteKpiValue, Kpi,
    OrganizationProfile, RecordKpiValue, RemoveContact, RemoveOrganizationTopic,
    SetOrganizationTopic, TopicDirection, TopicEntry, UpdateOrganization,
};
use crate::error::AppError;
use crate::shell::forms::{error_of, saved, FieldMessage, FormAlert, InputField, TextAreaField};
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
        None => Err(AppError::NotFound(
            "This organization is not in the directory.".to_owned(),
        )),
    }
}

#[component]
pub fn OrganizationPage() -> impl IntoView {
    let id = organization_id();
    let profile = Resource::new(move || id.get(), load);
    view! {
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let org = profile.await?;
                Ok::<_, AppError>(view! { <ProfileView org /> })
            }))}
        </Transition>
    }
}

#[component]
fn ProfileView(org: OrganizationProfile) -> impl IntoView {
    let place = if org.city.is_empty() {
        org.country.clone()
    } else {
        format!("{}, {}", org.city, org.country)
    };
    let services = org
        .service_types
        .iter()
        .map(|t| t.label())
        .collect::<Vec<_>>()
        .join(", ");
    let edit_href = format!("/partners/{}/edit", org.id);
    view! {
        <Title text=org.name.clone() />
        <p><A href="/partners">"← Partner directory"</A></p>
        <article class="profile">
            <header class="profile__header">
                <h1>{org.name.clone()}</h1>
                <p class="card__meta">
                    <span class="tag">{org.kind.label()}</span>
                    {org.network_member.then(|| view! { " " <span class="tag tag--member">"Network member"</span> })}
                    " " {place}
                    {org.is_demo.then(|| view! { " " <span class="tag tag--demo">"Demo data"</span> })}
                </p>
                {org.can_edit.then(|| view! { <A href=edit_href attr:class="button">"Edit profile"</A> })}
            </header>
            <dl class="facts">
                {(!services.is_empty()).then(|| view! { <dt>"Services"</dt><dd>{services}</dd> })}
                {org.population_served.map(|p| view! { <dt>"Population served"</dt><dd>{group_thousands(p)}</dd> })}
                {org.connections.map(|c| view! { <dt>"Connections"</dt><dd>{group_thousands(c)}</dd> })}
                {(!org.languages.is_empty()).then(|| view! { <dt>"Languages"</dt><dd>{org.languages.clone()}</dd> })}
                {org.latitude.zip(org.longitude).map(|(lat, lon)| view! {
                    <dt>"Location"</dt><dd>{format!("{lat:.4}, {lon:.4}")}</dd>
                })}
            </dl>
            {(!org.description.is_empty()).then(|| view! { <p class="profile__description">{org.description.clone()}</p> })}

            <section aria-labelledby="kpis-heading">
                <h2 id="kpis-heading">"Service performance"</h2>
                {if org.kpis.is_empty() {
                    view! { <p class="muted">"No KPI values recorded yet."</p> }.into_any()
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

            <TopicList heading="Can mentor on" entries=org.offers.clone() empty="No mentoring topics listed yet." />
            <TopicList heading="Needs help with" entries=org.needs.clone() empty="No needs listed yet." />

            <super::membership::MembershipPanel organization_id=org.id />

            <section aria-labelledby="contacts-heading">
                <h2 id="contacts-heading">"Contacts"</h2>
                {if org.contacts.is_empty() {
                    view! { <p class="muted">"No contact people listed yet."</p> }.into_any()
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
fn TopicList(
    heading: &'static str,
    entries: Vec<TopicEntry>,
    empty: &'static str,
) -> impl IntoView {
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
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
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

    view! {
        <Title text=format!("Edit {}", org.name) />
        <p><A href=view_href>"← Back to the profile"</A></p>
        <h1>{format!("Edit {}", org.name)}</h1>

        <section class="panel" aria-labelledby="profile-heading">
            <h2 id="profile-heading">"Profile"</h2>
            <ActionForm action=update attr:class="form" attr:novalidate=true>
                <FormAlert error=update_error />
                <Show when=saved(update.value())>
                    <p class="form__success" role="status">"Profile saved."</p>
                </Show>
                <input type="hidden" name="id" value=id.to_string() />
                <InputField form="profile" name="name" label="Name" error=update_error value=org.name.clone() />
                <InputField form="profile" name="country" label="Country" error=update_error value=org.country.clone() />
                <InputField form="profile" name="city" label="City" error=update_error required=false value=org.city.clone() />
                <div class="field-row">
                    <InputField form="profile" name="latitude" label="Latitude" error=update_error required=false inputmode="decimal" value=org.latitude.map(|v| v.to_string()).unwrap_or_default() />
                    <InputField form="profile" name="longitude" label="Longitude" error=update_error required=false inputmode="decimal" value=org.longitude.map(|v| v.to_string()).unwrap_or_default() />
                </div>
                <fieldset class="field">
                    <legend>"Services"</legend>
                    <label class="check"><input type="checkbox" name="serves_water" value="on" checked=has(super::ServiceType::Water) />" Water supply"</label>
                    <label class="check"><input type="checkbox" name="serves_sewerage" value="on" checked=has(super::ServiceType::Sewerage) />" Sewerage"</label>
                    <label class="check"><input type="checkbox" name="serves_septage" value="on" checked=has(super::ServiceType::Septage) />" Septage management"</label>
                </fieldset>
                <div class="field-row">
                    <InputField form="profile" name="population_served" label="Population served" error=update_error required=false inputmode="numeric" value=org.population_served.map(|v| v.to_string()).unwrap_or_default() />
                    <InputField form="profile" name="connections" label="Connections" error=update_error required=false inputmode="numeric" value=org.connections.map(|v| v.to_string()).unwrap_or_default() />
                </div>
                <InputField form="profile" name="languages" label="Languages" error=update_error required=false hint="For example: English, Khmer" value=org.languages.clone() />
                <TextAreaField form="profile" name="description" label="Description" error=update_error value=org.description.clone() rows=5 />
                <button type="submit" class="button" disabled=move || update.pending().get()>"Save profile"</button>
            </ActionForm>
        </section>

        <section class="panel" aria-labelledby="kpi-heading">
            <h2 id="kpi-heading">"KPI values"</h2>
            <p class="muted">"Each value carries the date it was measured. A second value for the same KPI and date replaces the first."</p>
            <ActionForm action=record attr:class="form" attr:novalidate=true>
                <FormAlert error=record_error />
                <Show when=saved(record.value())>
                    <p class="form__success" role="status">"Value recorded."</p>
                </Show>
                <input type="hidden" name="id" value=id.to_string() />
                <div class="field">
                    <label for="kpi-kpi">"KPI"</label>
                    <select id="kpi-kpi" name="kpi">
                        {Kpi::ALL.into_iter().map(|k| view! { <option value=k.as_code()>{format!("{} ({})", k.label(), k.unit())}</option> }).collect_view()}
                    </select>
                    <FieldMessage error=record_error field="kpi" />
                </div>
                <div class="field-row">
                    <InputField form="kpi" name="value" label="Value" error=record_error inputmode="decimal" />
                    <InputField form="kpi" name="measured_on" label="Measured on" error=record_error kind="date" value=today.clone() />
                </div>
                <button type="submit" class="button" disabled=move || record.pending().get()>"Record value"</button>
            </ActionForm>
            // One folded list per KPI, newest first, so a long history does not bury the page.
            {org.kpis.clone().into_iter().map(|series| {
                let kpi = series.kpi;
                let latest = series.values.last().map(|v| format!(
                    " · latest {} ({})", kpi.format(v.value), v.measured_on.format("%Y-%m-%d")
                ));
                let count = match series.values.len() {
                    1 => "1 value".to_owned(),
                    n => format!("{n} values"),
                };
                view! {
                    <details class="kpi-values" data-kpi-values=kpi.as_code()>
                        <summary>
                            <strong>{kpi.label()}</strong>
                            {format!(" · {count}")}
                            {latest}
                        </summary>
                        <div class="table-wrap">
                            <table class="table">
                                <caption class="visually-hidden">{format!("Recorded values of {}", kpi.label())}</caption>
                                <thead><tr><th scope="col">"Date"</th><th scope="col">"Value"</th><th scope="col"><span class="visually-hidden">"Actions"</span></th></tr></thead>
                                <tbody>
                                    {series.values.into_iter().rev().map(|v| view! {
                                        <tr>
                                            <td>{v.measured_on.format("%Y-%m-%d").to_string()}</td>
                                            <td>{kpi.format(v.value)}</td>
                                            <td>
                                                <ActionForm action=delete_kpi>
                                                    <input type="hidden" name="id" value=id.to_string() />
                                                    <input type="hidden" name="value_id" value=v.id.to_string() />
                                                    <button type="submit" class="link-button" aria-label=format!("Delete {} of {}", kpi.label(), v.measured_on)>"Delete"</button>
                                                </ActionForm>
                                            </td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    </details>
                }
            }).collect_view()}
        </section>

        <section class="panel" aria-labelledby="topics-heading">
            <h2 id="topics-heading">"Topics"</h2>
            <ActionForm action=set_topic attr:class="form" attr:novalidate=true>
                <FormAlert error=topic_error />
                <input type="hidden" name="id" value=id.to_string() />
                <div class="field">
                    <label for="topic-direction">"This organization"</label>
                    <select id="topic-direction" name="direction">
                        <option value="offer">"can mentor on"</option>
                        <option value="need">"needs help with"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="topic-topic">"Topic"</label>
                    <select id="topic-topic" name="topic">
                        {topics.iter().map(|t| view! { <option value=t.code.clone()>{t.name.clone()}</option> }).collect_view()}
                    </select>
                    <FieldMessage error=topic_error field="topic" />
                </div>
                <TextAreaField form="topic" name="description" label="Tested solution or challenge" error=topic_error hint="For an offer, describe the solution you have tested and its results." rows=3 />
                <button type="submit" class="button" disabled=move || set_topic.pending().get()>"Add topic"</button>
            </ActionForm>
            <TopicRemovals id direction=TopicDirection::Offer entries=org.offers.clone() action=remove_topic />
            <TopicRemovals id direction=TopicDirection::Need entries=org.needs.clone() action=remove_topic />
        </section>

        <section class="panel" aria-labelledby="contacts-edit-heading">
            <h2 id="contacts-edit-heading">"Contacts"</h2>
            <ul class="plain-list">
                {org.contacts.clone().into_iter().map(|c| {
                    view! {
                        <li>
                            {format!("{}, {} · {}", c.name, c.position, c.email)}
                            <ActionForm action=remove_contact attr:class="inline-form">
                                <input type="hidden" name="id" value=id.to_string() />
                                <input type="hidden" name="contact_id" value=c.id.to_string() />
                                <button type="submit" class="link-button" aria-label=format!("Remove {}", c.name)>"Remove"</button>
                            </ActionForm>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <ActionForm action=add_contact attr:class="form" attr:novalidate=true>
                <FormAlert error=contact_error />
                <input type="hidden" name="id" value=id.to_string() />
                <InputField form="contact" name="contact_name" label="Name" error=contact_error />
                <InputField form="contact" name="position" label="Position" error=contact_error required=false />
                <InputField form="contact" name="contact_email" label="Email" error=contact_error kind="email" />
                <button type="submit" class="button" disabled=move || add_contact.pending().get()>"Add contact"</button>
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
    let heading = match direction {
        TopicDirection::Offer => "Can mentor on",
        TopicDirection::Need => "Needs help with",
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
                            <button type="submit" class="link-button" aria-label=format!("Remove {}", e.topic.name)>"Remove"</button>
                        </ActionForm>
                    </li>
                }
            }).collect_view()}
        </ul>
    })
}
