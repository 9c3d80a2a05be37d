//! `/events`: the month calendar (a table, so screen readers announce day and weekday; on a
//! phone it stacks into a list of the days that have events), the upcoming and past lists, and
//! the form organisers add events with.

use super::rules::{covers, month_grid, neighbours, Scope};
use super::{list_events, month_events, CreateEvent, EventView};
use crate::accounts::{user_context, Role};
use crate::error::AppError;
use crate::shell::forms::{error_of, FieldMessage, FormAlert, InputField, TextAreaField};
use crate::topics::list_topics;
use leptos::prelude::*;
use leptos_meta::{Link, Title};
use leptos_router::hooks::use_query_map;

const WEEKDAYS: [(&str, &str); 7] = [
    ("Mon", "Monday"),
    ("Tue", "Tuesday"),
    ("Wed", "Wednesday"),
    ("Thu", "Thursday"),
    ("Fri", "Friday"),
    ("Sat", "Saturday"),
    ("Sun", "Sunday"),
];

#[component]
pub fn EventsPage() -> impl IntoView {
    let query = use_query_map();
    let view_mode = Memo::new(move |_| query.with(|q| q.get("view").unwrap_or_default()));
    let month = Memo::new(move |_| query.with(|q| q.get("month").unwrap_or_default()));
    let create = crate::shell::flash::action::<CreateEvent>();
    let calendar = Resource::new(
        move || (month.get(), create.version().get()),
        |(m, _)| month_events(m),
    );
    let list = Resource::new(
        move || (view_mode.get(), create.version().get()),
        |(v, _)| async move {
            let when = if v == "past" { "past" } else { "upcoming" };
            list_events(when.to_owned()).await
        },
    );
    let user = user_context().user;
    let tab = move |code: &'static str, label: &'static str| {
        let current = move || {
            let v = view_mode.get();
            (v == code || (v.is_empty() && code == "calendar")).then_some("page")
        };
        view! { <a href=format!("/events?view={code}") aria-current=current class="tabs__tab">{label}</a> }
    };
    view! {
        <Title text="Events" />
        <Link rel="alternate" type_="text/calendar" href="/events.ics" />
        <h1>"Events"</h1>
        <p class="lead">"Global, regional and national water sector events, and the network's own. "
            <a href="/events.ics">"Subscribe to the calendar"</a>
        </p>
        <nav class="tabs" aria-label="Event views">
            {tab("calendar", "Month")}
            {tab("upcoming", "Upcoming")}
            {tab("past", "Past")}
        </nav>
        <Show
            when=move || { let v = view_mode.get(); v.is_empty() || v == "calendar" }
            fallback=move || view! {
                <Transition fallback=|| view! { <p class="muted">"Loading events…"</p> }>
                    {move || Suspend::new(crate::shell::or_error_panel(async move {
                        let events = list.await?;
                        Ok::<_, AppError>(if events.is_empty() {
                            view! { <p class="muted">"No events here yet."</p> }.into_any()
                        } else {
                            view! {
                                <ul class="card-list">
                                    {events.into_iter().map(|e| view! { <EventCard e /> }).collect_view()}
                                </ul>
                            }.into_any()
                        })
                    }))}
                </Transition>
            }
        >
            <Transition fallback=|| view! { <p class="muted">"Loading the calendar…"</p> }>
                {move || Suspend::new(crate::shell::or_error_panel(async move {
                    let m = calendar.await?;
                    Ok::<_, AppError>(view! { <MonthGrid year=m.year month=m.month events=m.events /> })
                }))}
            </Transition>
        </Show>
        <Transition fallback=|| ()>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let user = user.await?;
                let may_add = user.is_some_and(|u| u.has_role(Role::Facilitator) || u.has_role(Role::SecretariatAdmin));
                Ok::<_, AppError>(may_add.then(|| view! { <NewEventForm create /> }))
            }))}
        </Transition>
    }
}

#[component]
fn MonthGrid(year: i32, month: u32, events: Vec<EventView>) -> impl IntoView {
    let title = chrono::NaiveDate::from_ymd_opt(year, month, 1)
        .map(|d| d.format("%B %Y").to_string())
        .unwrap_or_default();
    let (prev, next) = neighbours(year, month);
    let weeks = month_grid(year, month);
    let today = chrono::Utc::now().date_naive();
    view! {
        <div class="calendar">
            <div class="calendar__nav">
                <a href=format!("/events?view=calendar&month={prev}") rel="prev">"← Previous month"</a>
                <a href=format!("/events?view=calendar&month={next}") rel="next">"Next month →"</a>
            </div>
            <table class="calendar__grid">
                <caption>{title}</caption>
                <thead>
                    <tr>
                        {WEEKDAYS.iter().map(|(short, long)| view! {
                            <th scope="col"><abbr title=*long>{*short}</abbr></th>
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {weeks.into_iter().map(|week| view! {
                        <tr>
                            {week.into_iter().map(|day| match day {
                                None => view! { <td class="calendar__day calendar__day--outside"></td> }.into_any(),
                                Some(day) => {
                                    let on: Vec<&EventView> = events.iter().filter(|e| covers(e.starts_on, e.ends_on, day)).collect();
                                    let class = match (on.is_empty(), day == today) {
                                        (true, true) => "calendar__day calendar__day--empty calendar__day--today",
                                        (true, false) => "calendar__day calendar__day--empty",
                                        (false, true) => "calendar__day calendar__day--busy calendar__day--today",
                                        (false, false) => "calendar__day calendar__day--busy",
                                    };
                                    view! {
                                        <td class=class>
                                            <span class="calendar__date">
                                                <span class="calendar__weekday">{day.format("%a ").to_string()}</span>
                                                {day.format("%-d").to_string()}
                                                <span class="calendar__month">{day.format(" %B").to_string()}</span>
                                            </span>
                                            {(!on.is_empty()).then(|| view! {
                                                <ul class="calendar__events">
                                                    {on.into_iter().map(|e| view! {
                                                        <li class=if e.own { "calendar__event calendar__event--own" } else { "calendar__event" }>
                                                            <a href=format!("/events/{}/event.ics", e.id) title=format!("{}: {}", e.title, e.dates())>{e.title.clone()}</a>
                                                        </li>
                                                    }).collect_view()}
                                                </ul>
                                            })}
                                        </td>
                                    }.into_any()
                                }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            {events.is_empty().then(|| view! { <p class="muted">"No events this month."</p> })}
        </div>
    }
}

#[component]
fn EventCard(e: EventView) -> impl IntoView {
    let meta = format!("{} · {} · {}", e.dates(), e.where_(), e.scope.label());
    view! {
        <li class="card" id=format!("event-{}", e.id)>
            <h2 class="card__title">
                {if e.link.is_empty() {
                    view! { <span>{e.title.clone()}</span> }.into_any()
                } else {
                    view! { <a href=e.link.clone() rel="noopener noreferrer">{e.title.clone()}</a> }.into_any()
                }}
                {e.own.then(|| view! { <span class="pill">"WaterLinks event"</span> })}
            </h2>
            <p class="card__meta">{meta}</p>
            <p class="card__meta">{format!("Organized by {}", e.organizer)}{(!e.topics.is_empty()).then(|| format!(" · {}", e.topics.join(", ")))}</p>
            {(!e.description.is_empty()).then(|| view! { <p>{e.description.clone()}</p> })}
            <p><a href=format!("/events/{}/event.ics", e.id) download="">"Add to calendar (.ics)"</a></p>
        </li>
    }
}

#[component]
fn NewEventForm(create: ServerAction<CreateEvent>) -> impl IntoView {
    let error = error_of(create.value());
    let topics = Resource::new(|| (), |_| list_topics());
    view! {
        <section class="panel" aria-labelledby="new-event-title">
            <h2 id="new-event-title">"Add an event"</h2>
            <ActionForm action=create attr:class="form" attr:novalidate=true>
                <FormAlert error />
                <Show when=move || matches!(create.value().get(), Some(Ok(_)))>
                    <p class="form__saved" role="status">"Event added."</p>
                </Show>
                <InputField form="event" name="title" label="Name" error />
                <div class="field-row">
                    <InputField form="event" name="starts_on" label="First day" error kind="date" />
                    <InputField form="event" name="ends_on" label="Last day" error kind="date" required=false hint="Leave empty for a one-day event." />
                </div>
                <InputField form="event" name="place" label="Place" error required=false hint="City and venue." />
                <label class="check"><input type="checkbox" name="online" value="on" />"Online (or also online)"</label>
                <InputField form="event" name="organizer" label="Organizer" error />
                <InputField form="event" name="link" label="Web page" error kind="url" required=false />
                <div class="field">
                    <label for="event-scope">"Scope"</label>
                    <select id="event-scope" name="scope">
                        {Scope::ALL.into_iter().map(|s| view! { <option value=s.as_code()>{s.label()}</option> }).collect_view()}
                    </select>
                    <FieldMessage error field="scope" />
                </div>
                <label class="check"><input type="checkbox" name="own" value="on" />"One of the network's own events"</label>
                <Transition fallback=|| ()>
                    {move || Suspend::new(crate::shell::or_error_panel(async move {
                        let topics = topics.await?;
                        Ok::<_, AppError>(view! {
                            <div class="field">
                                <label for="event-topics">"Topic"</label>
                                <select id="event-topics" name="topics[]">
                                    <option value="">"None"</option>
                                    {topics.into_iter().map(|t| view! { <option value=t.code>{t.name}</option> }).collect_view()}
                                </select>
                                <FieldMessage error field="topics" />
                            </div>
                        })
                    }))}
                </Transition>
                <TextAreaField form="event" name="description" label="Description" error rows=3 />
                <button type="submit" class="button">"Add event"</button>
            </ActionForm>
        </section>
    }
}
