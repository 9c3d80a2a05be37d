//! The training catalogue, the new-program form, the evaluation summary and the public
//! certificate check. One program's page is in `program_page.rs`.

use super::evaluation_rules::{question_text, QuestionSummary, QUESTIONS};
use super::local_time::LocalTime;
use super::rules::{ProgramFormat, TIME_ZONES};
use super::{
    fetch_evaluation_report, training_catalogue, training_languages, verify_certificate,
    CreateProgram, ProgramCard,
};
use crate::accounts::{user_context, Role};
use crate::error::AppError;
use crate::i18n::ContentLanguage;
use crate::shell::forms::{
    error_of, ContentLanguageField, FieldMessage, FormAlert, InputField, LanguageFilter,
    SelectField, SelectOption, TextAreaField, TopicFilter,
};
use crate::t;
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
                q.get("language").unwrap_or_default(),
            )
        })
    });
    let programs = Resource::new(
        move || filter.get(),
        |(topic, format, when, language)| training_catalogue(topic, format, when, language),
    );
    let topics = Resource::new(|| (), |_| list_topics());
    let languages = Resource::new(|| (), |_| training_languages());
    let user = user_context().user;
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "training-catalogue-title") />
        <h1>{t!(lang, "training-catalogue-heading")}</h1>
        <p class="lead">{t!(lang, "training-catalogue-lead")}</p>
        <Transition fallback=|| ()>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let user = user.await?;
                let may_create = user.is_some_and(|u| u.has_role(Role::SecretariatAdmin) || u.has_role(Role::Trainer));
                Ok::<_, AppError>(may_create.then(|| view! {
                    <p><a class="button" href="/training/new">{t!(lang, "training-new-program")}</a></p>
                }))
            }))}
        </Transition>
        <Transition fallback=|| ()>
            {move || {
                let (topic, format, when, language) = filter.get();
                Suspend::new(crate::shell::or_error_panel(async move {
                    let topics = topics.await?;
                    let languages = languages.await?;
                    Ok::<_, AppError>(view! {
                        <Form method="GET" action="/training" attr:class="filters" attr:role="search" attr:aria-label=t!(lang, "training-filter-label")>
                            <TopicFilter form="training" empty=t!(lang, "training-filter-all-topics") selected=topic
                                topics=topics.into_iter().map(SelectOption::from).collect() />
                            <SelectField form="training" name="format" label=t!(lang, "training-format") empty=t!(lang, "training-filter-any-format")
                                options=ProgramFormat::ALL.into_iter().map(|f| SelectOption::new(f.as_code(), f.label(lang))).collect()
                                selected=format />
                            <SelectField form="training" name="when" label=t!(lang, "training-filter-when")
                                options=vec![
                                    SelectOption::new("upcoming", t!(lang, "training-filter-upcoming")),
                                    SelectOption::new("past", t!(lang, "training-filter-past")),
                                    SelectOption::new("all", t!(lang, "training-filter-all")),
                                ]
                                selected=if when.is_empty() { "upcoming".to_owned() } else { when } />
                            <LanguageFilter form="training" languages selected=ContentLanguage::from_code(&language) />
                            <div class="filters__actions">
                                <button type="submit" class="button">{t!(lang, "training-filter-show")}</button>
                            </div>
                        </Form>
                    })
                }))
            }}
        </Transition>
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "training-loading-programs")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let programs = programs.await?;
                Ok::<_, AppError>(if programs.is_empty() {
                    view! { <p class="muted">{t!(lang, "training-no-programs")}</p> }.into_any()
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
    let lang = crate::i18n::current();
    let places = if p.is_past {
        t!(lang, "training-card-finished")
    } else if p.places_left == 0 {
        t!(lang, "training-card-full")
    } else {
        t!(lang, "training-places-left", count = p.places_left)
    };
    view! {
        <li class="card">
            <h2 class="card__title" lang=p.language.as_code() dir=p.language.right_to_left().then_some("rtl")>
                <a href=format!("/training/{}", p.id)>{p.title.clone()}</a>
            </h2>
            <p class="card__meta">
                <span class="content-language" lang=p.language.as_code() dir=p.language.right_to_left().then_some("rtl")>{p.language.native_name()}</span>
                " · "{t!(lang, "training-card-meta", format = p.format.as_str(), count = p.sessions)}
            </p>
            {p.next_session.map(|s| view! {
                <p>
                    <span>{if p.is_past {
                        t!(lang, "training-card-last-session", time = s.venue_time.as_str())
                    } else {
                        t!(lang, "training-card-next-session", time = s.venue_time.as_str())
                    }}</span>
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
    let lang = crate::i18n::current();
    // Saved: the server sends the browser on to the new program's page, where sessions are added.
    view! {
        <Title text=t!(lang, "training-new-title") />
        <p><a href="/training">{t!(lang, "training-back-to-all")}</a></p>
        <h1>{t!(lang, "training-new-title")}</h1>
        <p class="lead">{t!(lang, "training-new-lead")}</p>
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "training-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let topics = topics.await?;
                let second = topics.clone();
                Ok::<_, AppError>(view! {
                    <ActionForm action=create attr:class="form panel" attr:novalidate=true>
                        <FormAlert error />
                        <InputField form="program" name="title" label=t!(lang, "training-field-title") error />
                        <TextAreaField form="program" name="description" label=t!(lang, "training-field-description") error rows=5 />
                        <div class="field-row">
                            <SelectField form="program" name="format" label=t!(lang, "training-format") error
                                options=ProgramFormat::ALL.into_iter().map(|f| SelectOption::new(f.as_code(), f.label(lang))).collect() />
                            <SelectField form="program" name="time_zone" label=t!(lang, "training-field-time-zone") error
                                options=TIME_ZONES.iter().map(|(zone, city)| SelectOption::new(*zone, format!("{city} ({zone})"))).collect() />
                        </div>
                        <InputField form="program" name="venue" label=t!(lang, "training-field-venue") error required=false hint=t!(lang, "training-field-venue-hint") />
                        <InputField form="program" name="link" label=t!(lang, "training-field-link") error required=false kind="url" hint=t!(lang, "training-field-link-hint") />
                        <div class="field-row">
                            <ContentLanguageField form="program" error />
                            <InputField form="program" name="capacity" label=t!(lang, "training-field-capacity") error kind="number" inputmode="numeric" value="25" />
                            <InputField form="program" name="min_sessions" label=t!(lang, "training-field-min-sessions") error required=false inputmode="numeric" hint=t!(lang, "training-field-min-sessions-hint") />
                        </div>
                        <div class="field-row">
                            <SelectField form="program" name="topic" label=t!(lang, "training-field-topic") empty=t!(lang, "training-field-topic-choose") error
                                options=topics.into_iter().map(SelectOption::from).collect() />
                            <SelectField form="program" name="topic2" label=t!(lang, "training-field-topic2") empty=t!(lang, "training-field-topic2-none")
                                options=second.into_iter().map(SelectOption::from).collect() />
                        </div>
                        <InputField form="program" name="trainers" label=t!(lang, "training-field-trainers") error required=false hint=t!(lang, "training-field-trainers-hint") />
                        <button type="submit" class="button">{t!(lang, "training-save-program")}</button>
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
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "training-certificate-check") />
        <h1>{t!(lang, "training-certificate-check")}</h1>
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "training-checking")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                Ok::<_, AppError>(match found.await? {
                    Some(c) => view! {
                        <section class="panel panel--success" aria-labelledby="certificate-valid">
                            <h2 id="certificate-valid">{t!(lang, "training-certificate-valid")}</h2>
                            <p>{t!(lang, "training-certificate-statement", name = c.name.as_str(), program = c.program.as_str(), date = c.completed_on.as_str(), count = c.sessions_attended)}</p>
                            <p><a href=format!("/training/{}", c.program_id)>{t!(lang, "training-certificate-program-link")}</a></p>
                            <p class="muted certificate-code">{t!(lang, "training-certificate-code", code = c.code.as_str())}</p>
                            <p><a class="button button--secondary" href=format!("/certificates/{}/certificate.pdf", c.code) rel="external">{t!(lang, "training-certificate-download")}</a></p>
                        </section>
                    }.into_any(),
                    None => {
                        // An unknown code: a 404, so a verifier can tell it from a real one.
                        crate::shell::set_page_status(http::StatusCode::NOT_FOUND);
                        view! {
                            <section class="panel panel--error">
                                <h2>{t!(lang, "training-certificate-invalid")}</h2>
                                <p>{t!(lang, "training-certificate-invalid-text")}</p>
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
    let lang = crate::i18n::current();
    let report = Resource::new(
        move || id.get(),
        move |id| async move {
            match id {
                Some(id) => fetch_evaluation_report(id).await,
                None => Err(AppError::NotFound(t!(lang, "training-no-such-program"))),
            }
        },
    );
    view! {
        <Title text=t!(lang, "training-evaluations") />
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "training-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let r = report.await?;
                Ok::<_, AppError>(view! {
                    <p><a href=format!("/training/{}", r.program_id)>{format!("← {}", r.program)}</a></p>
                    <h1>{t!(lang, "training-evaluations")}</h1>
                    <p class="lead">{t!(lang, "training-evaluations-lead", responses = r.responses, completed = r.completed)}</p>
                    <p><a class="button button--secondary" href=format!("/training/{}/evaluations.csv", r.program_id) rel="external">{t!(lang, "training-evaluations-download")}</a></p>
                    <div class="kpi-grid">
                        {r.questions.into_iter().map(|q| view! { <RatingChart q /> }).collect_view()}
                    </div>
                    <h2>{t!(lang, "training-comments")}</h2>
                    {if r.comments.is_empty() {
                        view! { <p class="muted">{t!(lang, "training-no-comments")}</p> }.into_any()
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
    let lang = crate::i18n::current();
    let summary = match q.average {
        Some(avg) => t!(
            lang,
            "training-rating-average",
            average = crate::i18n::format::decimal(lang, avg, 1)
        ),
        None => t!(lang, "training-rating-none"),
    };
    let described = t!(
        lang,
        "training-rating-chart",
        question = q.question.as_str(),
        summary = summary.as_str(),
        counts = q
            .counts
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
    let lang = crate::i18n::current();
    QUESTIONS
        .iter()
        .map(move |field| {
            let name = *field;
            let scale_id = format!("rating-{name}-scale");
            let described_by = scale_id.clone();
            view! {
                <fieldset class="rating" aria-describedby=described_by>
                    <legend>{question_text(name, lang)}</legend>
                    <p class="field__hint rating__scale" id=scale_id>{t!(lang, "training-rating-scale")}</p>
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
