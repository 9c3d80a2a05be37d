//! `/events`: the month calendar (a table, so screen readers announce day and weekday; on a
//! phone it stacks into a list of the days that have events), the upcoming and past lists, and
//! the form organisers add events with.

use super::rules::{covers, month_grid, neighbours, Scope};
use super::{event_languages, list_events, month_events, CreateEvent, EventView};
use crate::accounts::{user_context, Role};
use crate::error::AppError;
use crate::i18n::{ContentLanguage, Lang};
use crate::shell::forms::{
    error_of, ContentLanguageField, FieldMessage, FormAlert, InputField, LanguageFilter,
    TextAreaField,
};
use crate::t;
use crate::topics::list_topics;
use chrono::{Datelike, Weekday};
use leptos::prelude::*;
use leptos_meta::{Link, Title};
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

/// The weekday's short and full name in `lang`, for the calendar's columns and days.
fn weekday_names(lang: Lang, day: Weekday) -> (String, String) {
    match day {
        Weekday::Mon => (
            t!(lang, "events-weekday-mon"),
            t!(lang, "events-weekday-monday"),
        ),
        Weekday::Tue => (
            t!(lang, "events-weekday-tue"),
            t!(lang, "events-weekday-tuesday"),
        ),
        Weekday::Wed => (
            t!(lang, "events-weekday-wed"),
            t!(lang, "events-weekday-wednesday"),
        ),
        Weekday::Thu => (
            t!(lang, "events-weekday-thu"),
            t!(lang, "events-weekday-thursday"),
        ),
        Weekday::Fri => (
            t!(lang, "events-weekday-fri"),
            t!(lang, "events-weekday-friday"),
        ),
        Weekday::Sat => (
            t!(lang, "events-weekday-sat"),
            t!(lang, "events-weekday-saturday"),
        ),
        Weekday::Sun => (
            t!(lang, "events-weekday-sun"),
            t!(lang, "events-weekday-sunday"),
        ),
    }
}

/// The month's name in `lang` ("June", "tháng 6", "6月").
fn month_name(lang: Lang, month: u32) -> String {
    match month {
        1 => t!(lang, "events-month-january"),
        2 => t!(lang, "events-month-february"),
        3 => t!(lang, "events-month-march"),
        4 => t!(lang, "events-month-april"),
        5 => t!(lang, "events-month-may"),
        6 => t!(lang, "events-month-june"),
        7 => t!(lang, "events-month-july"),
        8 => t!(lang, "events-month-august"),
        9 => t!(lang, "events-month-september"),
        10 => t!(lang, "events-month-october"),
        11 => t!(lang, "events-month-november"),
        _ => t!(lang, "events-month-december"),
    }
}

const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

#[component]
pub fn EventsPage() -> impl IntoView {
    let query = use_query_map();
    let view_mode = Memo::new(move |_| query.with(|q| q.get("view").unwrap_or_default()));
    let month = Memo::new(move |_| query.with(|q| q.get("month").unwrap_or_default()));
    let language = Memo::new(move |_| query.with(|q| q.get("language").unwrap_or_default()));
    let create = crate::shell::flash::action::<CreateEvent>();
    let calendar = Resource::new(
        move || (month.get(), language.get(), create.version().get()),
        |(m, language, _)| month_events(m, language),
    );
    let list = Resource::new(
        move || (view_mode.get(), language.get(), create.version().get()),
        |(v, language, _)| async move {
            let when = if v == "past" { "past" } else { "upcoming" };
            list_events(when.to_owned(), language).await
        },
    );
    let languages = Resource::new(move || create.version().get(), |_| event_languages());
    let user = user_context().user;
    let lang = crate::i18n::current();
    let tab = move |code: &'static str, label: String| {
        let current = move || {
            let v = view_mode.get();
            (v == code || (v.is_empty() && code == "calendar")).then_some("page")
        };
        let href = move || match ContentLanguage::from_code(&language.get()) {
            Some(l) => format!("/events?view={code}&language={}", l.as_code()),
            None => format!("/events?view={code}"),
        };
        view! { <a href=href aria-current=current class="tabs__tab">{label}</a> }
    };
    view! {
        <Title text=t!(lang, "events-title") />
        <Link rel="alternate" type_="text/calendar" href="/events.ics" />
        <h1>{t!(lang, "events-title")}</h1>
        <p class="lead">{t!(lang, "events-lead")}" "
            <a href="/events.ics">{t!(lang, "events-subscribe")}</a>
        </p>
        <nav class="tabs" aria-label=t!(lang, "events-views")>
            {tab("calendar", t!(lang, "events-view-month"))}
            {tab("upcoming", t!(lang, "events-view-upcoming"))}
            {tab("past", t!(lang, "events-view-past"))}
        </nav>
        <Transition fallback=|| ()>
            {move || {
                let (view_mode, month) = (view_mode.get(), month.get());
                let selected = ContentLanguage::from_code(&language.get());
                Suspend::new(crate::shell::or_error_panel(async move {
                    let languages = languages.await?;
                    Ok::<_, AppError>(view! {
                        <Form method="GET" action="/events" attr:class="filters" attr:role="search" attr:aria-label=t!(lang, "events-filter")>
                            {(!view_mode.is_empty()).then(|| view! { <input type="hidden" name="view" value=view_mode /> })}
                            {(!month.is_empty()).then(|| view! { <input type="hidden" name="month" value=month /> })}
                            <LanguageFilter form="events" languages selected />
                            <div class="filters__actions">
                                <button type="submit" class="button">{t!(lang, "events-show")}</button>
                            </div>
                        </Form>
                    })
                }))
            }}
        </Transition>
        <Show
            when=move || { let v = view_mode.get(); v.is_empty() || v == "calendar" }
            fallback=move || view! {
                <Transition fallback=move || view! { <p class="muted">{t!(lang, "events-loading")}</p> }>
                    {move || Suspend::new(crate::shell::or_error_panel(async move {
                        let events = list.await?;
                        Ok::<_, AppError>(if events.is_empty() {
                            view! { <p class="muted">{t!(lang, "events-none")}</p> }.into_any()
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
            <Transition fallback=move || view! { <p class="muted">{t!(lang, "events-loading-calendar")}</p> }>
                {move || Suspend::new(crate::shell::or_error_panel(async move {
                    let m = calendar.await?;
                    let language = ContentLanguage::from_code(&language.get_untracked());
                    Ok::<_, AppError>(view! { <MonthGrid year=m.year month=m.month events=m.events language /> })
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
fn MonthGrid(
    year: i32,
    month: u32,
    events: Vec<EventView>,
    /// The language filter, kept by the month links.
    language: Option<ContentLanguage>,
) -> impl IntoView {
    let lang = crate::i18n::current();
    let title = t!(
        lang,
        "events-calendar-caption",
        month = month_name(lang, month),
        year = year.to_string()
    );
    let (prev, next) = neighbours(year, month);
    let keep = language
        .map(|l| format!("&language={}", l.as_code()))
        .unwrap_or_default();
    let weeks = month_grid(year, month);
    let today = chrono::Utc::now().date_naive();
    view! {
        <div class="calendar">
            <div class="calendar__nav">
                <a href=format!("/events?view=calendar&month={prev}{keep}") rel="prev">{t!(lang, "events-previous-month")}</a>
                <a href=format!("/events?view=calendar&month={next}{keep}") rel="next">{t!(lang, "events-next-month")}</a>
            </div>
            <table class="calendar__grid">
                <caption>{title}</caption>
                <thead>
                    <tr>
                        {WEEK.into_iter().map(|day| {
                            let (short, long) = weekday_names(lang, day);
                            view! { <th scope="col"><abbr title=long>{short}</abbr></th> }
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
                                                <span class="calendar__weekday">{format!("{} ", weekday_names(lang, day.weekday()).0)}</span>
                                                {day.day().to_string()}
                                                <span class="calendar__month">{format!(" {}", month_name(lang, day.month()))}</span>
                                            </span>
                                            {(!on.is_empty()).then(|| view! {
                                                <ul class="calendar__events">
                                                    {on.into_iter().map(|e| view! {
                                                        <li class=if e.own { "calendar__event calendar__event--own" } else { "calendar__event" }>
                                                            <a href=format!("/events/{}/event.ics", e.id) lang=e.language.as_code()
                                                                title=format!("{}: {}", e.title, e.dates(lang))>{e.title.clone()}</a>
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
            {events.is_empty().then(|| view! { <p class="muted">{t!(lang, "events-none-this-month")}</p> })}
        </div>
    }
}

#[component]
fn EventCard(e: EventView) -> impl IntoView {
    let lang = crate::i18n::current();
    let meta = format!(
        " · {} · {} · {}",
        e.dates(lang),
        e.where_(lang),
        e.scope.label(lang)
    );
    let code = e.language.as_code();
    let dir = e.language.right_to_left().then_some("rtl");
    view! {
        <li class="card" id=format!("event-{}", e.id)>
            <h2 class="card__title" lang=code dir=dir>
                {if e.link.is_empty() {
                    view! { <span>{e.title.clone()}</span> }.into_any()
                } else {
                    view! { <a href=e.link.clone() rel="noopener noreferrer">{e.title.clone()}</a> }.into_any()
                }}
                {e.own.then(|| view! { <span class="pill" lang=lang.as_code() dir="ltr">{t!(lang, "events-own")}</span> })}
            </h2>
            <p class="card__meta">
                <span class="content-language" lang=code dir=dir>{e.language.native_name()}</span>
                {meta}
            </p>
            <p class="card__meta">{t!(lang, "events-organized-by", organizer = &e.organizer)}{(!e.topics.is_empty()).then(|| format!(" · {}", e.topics.join(", ")))}</p>
            {(!e.description.is_empty()).then(|| view! { <p lang=code dir=dir>{e.description.clone()}</p> })}
            <p><a href=format!("/events/{}/event.ics", e.id) download="">{t!(lang, "events-add-to-calendar")}</a></p>
        </li>
    }
}

#[component]
fn NewEventForm(create: ServerAction<CreateEvent>) -> impl IntoView {
    let error = error_of(create.value());
    let topics = Resource::new(|| (), |_| list_topics());
    let lang = crate::i18n::current();
    view! {
        <section class="panel" aria-labelledby="new-event-title">
            <h2 id="new-event-title">{t!(lang, "events-new-title")}</h2>
            <ActionForm action=create attr:class="form" attr:novalidate=true>
                <FormAlert error />
                <Show when=move || matches!(create.value().get(), Some(Ok(_)))>
                    <p class="form__saved" role="status">{t!(lang, "events-added")}</p>
                </Show>
                <ContentLanguageField form="event" error />
                <InputField form="event" name="title" label=t!(lang, "events-name") error />
                <div class="field-row">
                    <InputField form="event" name="starts_on" label=t!(lang, "events-first-day") error kind="date" />
                    <InputField form="event" name="ends_on" label=t!(lang, "events-last-day") error kind="date" required=false hint=t!(lang, "events-last-day-hint") />
                </div>
                <InputField form="event" name="place" label=t!(lang, "events-place") error required=false hint=t!(lang, "events-place-hint") />
                <label class="check"><input type="checkbox" name="online" value="on" />{t!(lang, "events-online-check")}</label>
                <InputField form="event" name="organizer" label=t!(lang, "events-organizer") error />
                <InputField form="event" name="link" label=t!(lang, "events-link") error kind="url" required=false />
                <div class="field">
                    <label for="event-scope">{t!(lang, "events-scope")}</label>
                    <select id="event-scope" name="scope">
                        {Scope::ALL.into_iter().map(|s| view! { <option value=s.as_code()>{s.label(lang)}</option> }).collect_view()}
                    </select>
                    <FieldMessage error field="scope" />
                </div>
                <label class="check"><input type="checkbox" name="own" value="on" />{t!(lang, "events-own-check")}</label>
                <Transition fallback=|| ()>
                    {move || Suspend::new(crate::shell::or_error_panel(async move {
                        let topics = topics.await?;
                        Ok::<_, AppError>(view! {
                            <div class="field">
                                <label for="event-topics">{t!(lang, "events-topic")}</label>
                                <select id="event-topics" name="topics[]">
                                    <option value="">{t!(lang, "events-topic-none")}</option>
                                    {topics.into_iter().map(|t| view! { <option value=t.code>{t.name}</option> }).collect_view()}
                                </select>
                                <FieldMessage error field="topics" />
                            </div>
                        })
                    }))}
                </Transition>
                <TextAreaField form="event" name="description" label=t!(lang, "events-description") error rows=3 />
                <button type="submit" class="button">{t!(lang, "events-add")}</button>
            </ActionForm>
        </section>
    }
}
