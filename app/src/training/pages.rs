//! The training catalogue, the new-program form, the evaluation summary and the public
//! certificate check. One program's page is in `program_page.rs`.

use super::local_time::LocalTime;
use super::rules::{ProgramFormat, QuestionSummary, QUESTIONS, TIME_ZONES};
use super::{
    fetch_evaluation_report, training_catalogue, verify_certificate, CreateProgram, ProgramCard,
};
use crate::accounts::{user_context, Role};
use crate::error::AppError;
use crate::shell::forms::{
    error_of, FieldMessage, FormAlert, InputField, SelectField, SelectOption, TextAreaField,
    TopicFilter,
};
use crate::topics::list_topics;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn TrainingCataloguePage() -> impl IntoView {
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        query.with(|q| {
            (
                q.get("topic").unwrap_or_default(),
                q.get("format").unwrap_or_default(),
                q.get("when").unwrap_or_default(),
            )
        })
    });
    let programs = Resource::new(
        move || filter.get(),
        |(topic, format, when)| training_catalogue(topic, format, when),
    );
    let topics = Resource::new(|| (), |_| list_topics());
    let user = user_context().user;
    view! {
        <Title text="Training" />
        <h1>"Training programs"</h1>
        <p class="lead">"Courses by and for utility staff: in person, online or both. Enrol, attend, and receive a certificate."</p>
        <Transition fallback=|| ()>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let user = user.await?;
                let may_create = user.is_some_and(|u| u.has_role(Role::SecretariatAdmin) || u.has_role(Role::Trainer));
                Ok::<_, AppError>(may_create.then(|| view! {
                    <p><a class="button" href="/training/new">"New program"</a></p>
                }))
            }))}
        </Transition>
        <Transition fallback=|| ()>
            {move || {
                let (topic, format, when) = filter.get();
                Suspend::new(crate::shell::or_error_panel(async move {
                    let topics = topics.await?;
                    Ok::<_, AppError>(view! {
                        <Form method="GET" action="/training" attr:class="filters" attr:role="search" attr:aria-label="Filter training programs">
                            <TopicFilter form="training" empty="All topics" selected=topic
                                topics=topics.into_iter().map(SelectOption::from).collect() />
                            <SelectField form="training" name="format" label="Format" empty="Any format"
                                options=ProgramFormat::ALL.into_iter().map(|f| SelectOption::new(f.as_code(), f.label())).collect()
                                selected=format />
                            <SelectField form="training" name="when" label="When"
                                options=vec![
                                    SelectOption::new("upcoming", "Upcoming and running"),
                                    SelectOption::new("past", "Past"),
                                    SelectOption::new("all", "All"),
                                ]
                                selected=if when.is_empty() { "upcoming".to_owned() } else { when } />
                            <div class="filters__actions">
                                <button type="submit" class="button">"Show programs"</button>
                            </div>
                        </Form>
                    })
                }))
            }}
        </Transition>
        <Transition fallback=|| view! { <p class="muted">"Loading programs…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let programs = programs.await?;
                Ok::<_, AppError>(if programs.is_empty() {
                    view! { <p class="muted">"No programs match these filters."</p> }.into_any()
                } else {
                    view! {
                        <ul class="card-list">
                            {programs.into_iter().map(|p| view! { <ProgramCardView p /> }).collect_view()}
                        </ul>
                    }.into_any()
                })
            }))}
        </Transition>
    }
}

#[component]
fn ProgramCardView(p: ProgramCard) -> impl IntoView {
    let places = if p.is_past {
        "Finished".to_owned()
    } else if p.places_left == 0 {
        "Full: join the waitlist".to_owned()
    } else {
        format!("{} places left", p.places_left)
    };
    view! {
        <li class="card">
            <h2 class="card__title"><a href=format!("/training/{}", p.id)>{p.title.clone()}</a></h2>
            <p class="card__meta">{format!("{} · {} · {} session{}", p.format, p.language, p.sessions, if p.sessions == 1 { "" } else { "s" })}</p>
            {p.next_session.map(|s| view! {
                <p>
                    <span>{if p.is_past { "Last session: " } else { "Next session: " }}{s.venue_time.clone()}</span>
                    " "
                    <LocalTime starts_at=s.starts_at ends_at=s.ends_at />
                </p>
            })}
            <p>
                {p.topics.into_iter().map(|t| view! { <span class="tag">{t}</span> " " }).collect_view()}
                <strong class="places">{places}</strong>
            </p>
        </li>
    }
}

#[component]
pub fn NewProgramPage() -> impl IntoView {
    let create = crate::shell::flash::action::<CreateProgram>();
    let error = error_of(create.value());
    let topics = Resource::new(|| (), |_| list_topics());
    // Saved: the server sends the browser on to the new program's page, where sessions are added.
    view! {
        <Title text="New training program" />
        <p><a href="/training">"← All programs"</a></p>
        <h1>"New training program"</h1>
        <p class="lead">"Sessions are added on the program's page once it is saved."</p>
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let topics = topics.await?;
                let second = topics.clone();
                Ok::<_, AppError>(view! {
                    <ActionForm action=create attr:class="form panel" attr:novalidate=true>
                        <FormAlert error />
                        <InputField form="program" name="title" label="Title" error />
                        <TextAreaField form="program" name="description" label="What participants learn" error rows=5 />
                        <div class="field-row">
                            <SelectField form="program" name="format" label="Format" error
                                options=ProgramFormat::ALL.into_iter().map(|f| SelectOption::new(f.as_code(), f.label())).collect() />
                            <SelectField form="program" name="time_zone" label="Venue time zone" error
                                options=TIME_ZONES.iter().map(|(zone, city)| SelectOption::new(*zone, format!("{city} ({zone})"))).collect() />
                        </div>
                        <InputField form="program" name="venue" label="Venue" error required=false hint="Building and city; for in-person and hybrid programs." />
                        <InputField form="program" name="link" label="Meeting link" error required=false kind="url" hint="For online and hybrid programs; shown only to people with a place." />
                        <div class="field-row">
                            <InputField form="program" name="language" label="Language" error value="English" />
                            <InputField form="program" name="capacity" label="Places" error kind="number" inputmode="numeric" value="25" />
                            <InputField form="program" name="min_sessions" label="Sessions needed to complete" error required=false inputmode="numeric" hint="Leave empty: all sessions." />
                        </div>
                        <div class="field-row">
                            <SelectField form="program" name="topic" label="Main topic" empty="Choose a topic" error
                                options=topics.into_iter().map(SelectOption::from).collect() />
                            <SelectField form="program" name="topic2" label="Second topic (optional)" empty="None"
                                options=second.into_iter().map(SelectOption::from).collect() />
                        </div>
                        <InputField form="program" name="trainers" label="Trainers' emails" error required=false hint="Comma-separated; each needs an account. Trainers mark attendance." />
                        <button type="submit" class="button">"Save the program"</button>
                    </ActionForm>
                })
            }))}
        </Transition>
    }
}

#[component]
pub fn CertificatePage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| params.with(|p| p.get("code").unwrap_or_default()));
    let found = Resource::new(move || code.get(), verify_certificate);
    view! {
        <Title text="Certificate check" />
        <h1>"Certificate check"</h1>
        <Transition fallback=|| view! { <p class="muted">"Checking…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                Ok::<_, AppError>(match found.await? {
                    Some(c) => view! {
                        <section class="panel panel--success" aria-labelledby="certificate-valid">
                            <h2 id="certificate-valid">"Valid certificate"</h2>
                            <p><strong>{c.name.clone()}</strong>" completed "
                                <a href=format!("/training/{}", c.program_id)>{c.program.clone()}</a>
                                {format!(" on {}, attending {} session{}.", c.completed_on, c.sessions_attended, if c.sessions_attended == 1 { "" } else { "s" })}
                            </p>
                            <p class="muted certificate-code">{format!("Certificate code {}", c.code)}</p>
                            <p><a class="button button--secondary" href=format!("/certificates/{}/certificate.pdf", c.code) rel="external">"Download the certificate (PDF)"</a></p>
                        </section>
                    }.into_any(),
                    None => {
                        // An unknown code: a 404, so a verifier can tell it from a real one.
                        crate::shell::set_page_status(http::StatusCode::NOT_FOUND);
                        view! {
                            <section class="panel panel--error">
                                <h2>"No valid certificate"</h2>
                                <p>"There is no valid certificate with this code. Check the address against the certificate, or ask the program's trainers."</p>
                            </section>
                        }.into_any()
                    }
                })
            }))}
        </Transition>
    }
}

#[component]
pub fn EvaluationsPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse::<i32>().ok())));
    let report = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => fetch_evaluation_report(id).await,
                None => Err(AppError::NotFound("There is no such program.".to_owned())),
            }
        },
    );
    view! {
        <Title text="Evaluations" />
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let r = report.await?;
                Ok::<_, AppError>(view! {
                    <p><a href=format!("/training/{}", r.program_id)>{format!("← {}", r.program)}</a></p>
                    <h1>"Evaluations"</h1>
                    <p class="lead">{format!("{} of {} people who completed the program answered.", r.responses, r.completed)}</p>
                    <p><a class="button button--secondary" href=format!("/training/{}/evaluations.csv", r.program_id) rel="external">"Download evaluations (CSV)"</a></p>
                    <div class="kpi-grid">
                        {r.questions.into_iter().map(|q| view! { <RatingChart q /> }).collect_view()}
                    </div>
                    <h2>"Comments"</h2>
                    {if r.comments.is_empty() {
                        view! { <p class="muted">"No comments yet."</p> }.into_any()
                    } else {
                        view! { <ul class="plain-list">{r.comments.into_iter().map(|c| view! { <li class="prewrap panel">{c}</li> }).collect_view()}</ul> }.into_any()
                    }}
                })
            }))}
        </Transition>
    }
}

/// How many gave each rating, as horizontal bars (drawn in SVG: the CSP forbids inline styles).
#[component]
fn RatingChart(q: QuestionSummary) -> impl IntoView {
    let most = q.counts.iter().copied().max().unwrap_or(0).max(1);
    let summary = match q.average {
        Some(avg) => format!("Average {avg:.1} of 5"),
        None => "No answers yet".to_owned(),
    };
    let described = format!(
        "{}: {}. Ratings 1 to 5: {}",
        q.question,
        summary,
        q.counts
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    );
    view! {
        <figure class="panel rating-chart">
            <figcaption><strong>{q.question.clone()}</strong><br /><span class="muted">{summary}</span></figcaption>
            <svg viewBox="0 0 300 130" role="img" aria-label=described class="rating-chart__svg">
                {q.counts.iter().enumerate().map(|(i, n)| {
                    let y = 5 + i as u32 * 25;
                    let width = 230 * n / most;
                    view! {
                        <text x="0" y=y + 15 class="rating-chart__label">{(i + 1).to_string()}</text>
                        <rect x="20" y=y width=width.max(1) height="18" class="rating-chart__bar" />
                        <text x=26 + width y=y + 15 class="rating-chart__label">{n.to_string()}</text>
                    }
                }).collect_view()}
            </svg>
        </figure>
    }
}

/// The evaluation questions, for the form on a program's page: one group of five choices each,
/// with what the ends of the scale mean and the group's own error message.
pub fn question_fields(error: Signal<Option<AppError>>) -> impl IntoView {
    QUESTIONS
        .iter()
        .map(|(field, question)| {
            let name = *field;
            let scale_id = format!("rating-{name}-scale");
            let described_by = scale_id.clone();
            view! {
                <fieldset class="rating" aria-describedby=described_by>
                    <legend>{*question}</legend>
                    <p class="field__hint rating__scale" id=scale_id>"1 = strongly disagree, 5 = strongly agree"</p>
                    {(1..=5).map(|n| {
                        let id = format!("rating-{name}-{n}");
                        let input_id = id.clone();
                        view! {
                            <label for=id class="rating__choice">
                                <input type="radio" id=input_id name=name value=n.to_string() required=true />
                                {n.to_string()}
                            </label>
                        }
                    }).collect_view()}
                    <FieldMessage error field=name />
                </fieldset>
            }
        })
        .collect_view()
}
