//! Form bodies of server functions, the way the server reads them: the form gate
//! (`server::input::refused_fields`) first, then server_fn's decoding of the arguments
//! (serde_qs, as for every `PostUrl` function), then the domain's parser that the function
//! calls. Besides never panicking: a form the gate let through must not give a function text
//! the gate refuses (both decoders must read the same fields), and what a parser accepts keeps
//! the rule it checked.
#![no_main]

use app::events::rules::{parse_event, EventForm};
use app::forum::rules::{parse_registrant, validate_answers, Question, QuestionKind};
use app::i18n::Lang;
use app::library::{parse_product, ProductForm};
use app::matching::{NeedForm, OfferForm};
use app::partners::TopicDirection;
use app::partners::{parse_contact, parse_measurement, parse_topic_description, ProfileForm};
use app::stories::workflow::{check_comment, parse_news, parse_story, StoryForm, StoryStep};
use app::training::evaluation_rules::parse_evaluation;
use app::training::rules::{parse_program, parse_session_in, ProgramForm};
use app::wops::{self, ActivityForm};
use app::{accounts, contact, events, forum, library, matching, partners, stories, topics};
use app::{text::check_field, training};
use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;
use std::collections::HashMap;

fuzz_target!(init: fuzz_support::report_stack_overflows(), |body: &[u8]| {
    // Messages in a language other than English: its texts take arguments too.
    let lang = Lang::Vi;
    if !server::input::refused_fields(body, lang).is_empty() {
        return; // refused at the door: no function sees it
    }
    let Ok(body) = std::str::from_utf8(body) else {
        return; // server_fn reads the body as UTF-8 text
    };
    let today = NaiveDate::from_ymd_opt(2026, 12, 5).expect("a date");

    if let Some(a) = args::<forum::RegisterForForum>(body) {
        let _ = parse_registrant(&a.name, &a.email, &a.organization, &a.attendee_type, lang);
        // forum/service.rs: answers arrive as `answers[q<id>]`.
        let answers: HashMap<i32, String> = (a.answers.iter())
            .filter_map(|(k, v)| Some((k.strip_prefix('q')?.parse().ok()?, v.clone())))
            .collect();
        if let Ok(kept) = validate_answers(&questions(), &answers, lang) {
            for (id, answer) in kept {
                let q = questions().into_iter().find(|q| q.id == id).expect("asked");
                assert!(q.kind != QuestionKind::Choice || q.choices.contains(&answer));
            }
        }
    }
    if let Some(a) = args::<events::CreateEvent>(body) {
        let form = EventForm {
            title: a.title,
            description: a.description,
            starts_on: a.starts_on,
            ends_on: a.ends_on,
            place: a.place,
            online: a.online.is_some_and(|v| !v.is_empty()),
            organizer: a.organizer,
            link: a.link,
            scope: a.scope,
            own: a.own.is_some_and(|v| !v.is_empty()),
            topics: a.topics.unwrap_or_default(),
            language: a.language.unwrap_or_default(),
        };
        if let Ok(e) = parse_event(lang, &form) {
            assert!(e.starts_on <= e.ends_on && (e.ends_on - e.starts_on).num_days() <= 60);
        }
    }
    if let Some(a) = args::<training::CreateProgram>(body) {
        let _ = parse_program(&ProgramForm {
            title: a.title,
            description: a.description,
            format: a.format,
            venue: a.venue,
            link: a.link,
            language: a.language,
            capacity: a.capacity,
            min_sessions: a.min_sessions,
            time_zone: a.time_zone,
            topic: a.topic,
            topic2: a.topic2,
            trainers: a.trainers,
        }, lang);
    }
    if let Some(a) = args::<training::AddSession>(body) {
        if let Ok(s) = parse_session_in(lang, &a.session_title, &a.date, &a.starts, &a.ends) {
            assert!(s.starts < s.ends);
        }
    }
    if let Some(a) = args::<training::EvaluateProgram>(body) {
        if let Ok(e) = parse_evaluation([&a.relevance, &a.clarity, &a.usefulness], &a.comments, lang) {
            assert!(e.ratings.iter().all(|r| (1..=5).contains(r)));
        }
    }
    if let Some(a) = args::<wops::RecordAgreement>(body) {
        if let Ok(t) = wops::parse_agreement(&a.signatories, &a.start_date, &a.end_date, &a.scope, lang) {
            assert!(t.start_date < t.end_date);
        }
    }
    if let Some(a) = args::<wops::AddActivity>(body) {
        let form = ActivityForm {
            kind: &a.kind,
            title: &a.title,
            start_date: &a.start_date,
            end_date: &a.end_date,
            responsible: &a.responsible,
            place: &a.place,
            online: a.online.is_some(),
            status: &a.status,
        };
        let window = (
            today,
            NaiveDate::from_ymd_opt(2028, 12, 31).expect("a date"),
        );
        if let Ok(p) = wops::parse_activity(&form, Some(window), lang) {
            assert!(
                window.0 <= p.start_date && p.start_date <= p.end_date && p.end_date <= window.1
            );
        }
        let _ = wops::parse_activity(&form, None, lang);
    }
    if let Some(a) = args::<wops::AddCommitment>(body) {
        let _ = wops::parse_commitment(&a.side, &a.promise, lang);
    }
    if let Some(a) = args::<wops::AddResource>(body) {
        if let Ok(r) =
            wops::parse_resource(&a.kind, &a.amount, &a.currency, &a.description, &a.source, lang)
        {
            assert!(r.amount.is_none_or(|x| x.is_finite() && x > 0.0));
        }
    }
    if let Some(a) = args::<wops::AddOutcome>(body) {
        let parsed = wops::parse_outcome(
            &a.kpi,
            &a.baseline_value,
            &a.baseline_date,
            &a.target_value,
            &a.target_date,
            today,
            lang,
        );
        if let Ok((o, _)) = parsed {
            assert!(o.baseline_value.is_finite() && o.target_value.is_finite());
            assert!(o.baseline_date <= today && o.baseline_date < o.target_date);
        }
    }
    if let Some(a) = args::<wops::SubmitProgressReport>(body) {
        let _ = wops::parse_report(
            &a.period_start,
            &a.period_end,
            &a.achievements,
            &a.challenges,
            today,
            lang,
        );
    }
    if let Some(a) = args::<app::matching::PostNeed>(body) {
        let _ = NeedForm::parse(&a.organization, &a.topic, &a.description, &a.languages, lang);
    }
    if let Some(a) = args::<app::matching::PostOffer>(body) {
        let _ = OfferForm::parse(
            &a.organization,
            &a.topic,
            &a.description,
            &a.languages,
            &a.capacity,
            lang,
        );
    }
    if let Some(a) = args::<stories::CreateStory>(body) {
        let _ = parse_story(lang, &StoryForm {
            title: a.title,
            summary: a.summary,
            body: a.body,
            partnership_id: a.partnership_id,
            countries: a.countries,
            topics: a.topics.unwrap_or_default(),
            language: a.language.unwrap_or_default(),
            translation_of: a.translation_of.unwrap_or_default(),
        });
    }
    if let Some(a) = args::<stories::PostNews>(body) {
        let _ = parse_news(lang, &a.title, &a.summary, &a.body, &a.language.unwrap_or_default());
    }
    if let Some(a) = args::<stories::TakeStoryStep>(body) {
        if let Some(step) = StoryStep::parse(a.step.trim()) {
            let _ = check_comment(lang, step, &a.comment);
        }
    }
    if let Some(a) = args::<library::CreateProduct>(body) {
        let topics = a.topics.unwrap_or_default();
        let form = ProductForm {
            kind: &a.kind,
            title: &a.title,
            summary: &a.summary,
            authors: &a.authors,
            year: &a.year,
            language: &a.language,
            licence: &a.licence,
            access: &a.access,
            topics: &topics,
            countries: &a.countries,
            translation_of: a.translation_of.as_deref().unwrap_or(""),
        };
        if let Ok(p) = parse_product(&form, 2026, lang) {
            assert!(p.year <= 2026);
        }
    }
    if let Some(a) = args::<partners::UpdateOrganization>(body) {
        let _ = ProfileForm {
            name: a.name,
            country: a.country,
            city: a.city,
            latitude: a.latitude,
            longitude: a.longitude,
            serves_water: a.serves_water,
            serves_sewerage: a.serves_sewerage,
            serves_septage: a.serves_septage,
            population_served: a.population_served,
            connections: a.connections,
            languages: a.languages,
            description: a.description,
        }
        .parse(lang);
    }
    if let Some(a) = args::<partners::AddContact>(body) {
        let _ = parse_contact(&a.contact_name, &a.position, &a.contact_email, lang);
    }
    if let Some(a) = args::<partners::RecordKpiValue>(body) {
        if let Ok((_, value, date)) = parse_measurement(&a.kpi, &a.value, &a.measured_on, today, lang) {
            assert!(value.is_finite() && date <= today);
        }
    }
    if let Some(a) = args::<partners::SetOrganizationTopic>(body) {
        if let Some(direction) = TopicDirection::from_code(&a.direction) {
            let _ = parse_topic_description(direction, &a.description, lang);
        }
    }
    if let Some(a) = args::<contact::SendContactMessage>(body) {
        let _ = contact::ContactMessage::parse(lang, &a.name, &a.email, &a.organization, &a.message);
    }
    if let Some(a) = args::<accounts::SignUp>(body) {
        let _ = accounts::validate_display_name(&a.name, lang);
        let _ = accounts::normalize_email(&a.email, lang);
        let _ = accounts::validate_new_password(&a.password, lang);
    }
    if let Some(a) = args::<app::admin::CreateTopic>(body) {
        let _ = topics::parse_topic_name(&a.name, lang);
    }
    if let Some(a) = args::<forum::SaveForumEdition>(body) {
        let _ = forum::edition_rules::parse_edition(&forum::edition_rules::EditionForm {
            year: a.year,
            title: a.title,
            venue: a.venue,
            time_zone: a.time_zone,
            starts_on: a.starts_on,
            ends_on: a.ends_on,
            capacity: a.capacity,
            opens_on: a.opens_on,
            closes_on: a.closes_on,
            needs_approval: a.needs_approval.is_some(),
        }, lang);
    }
    if let Some(a) = args::<matching::SaveMatchingWeights>(body) {
        let _ = matching::Weights::parse(&[
            ("topic_fit", &a.topic_fit),
            ("proven_results", &a.proven_results),
            ("kpi_gap", &a.kpi_gap),
            ("language", &a.language),
            ("proximity", &a.proximity),
            ("scale", &a.scale),
            ("capacity", &a.capacity),
        ], lang);
    }
});

/// The arguments of a server function as server_fn 0.8 decodes a `PostUrl` body
/// (`server_fn::codec::url`), checked against the gate: every text the function receives must
/// pass `check_field` under the name the browser sent it by.
fn args<T: DeserializeOwned + Serialize>(body: &str) -> Option<T> {
    let args: T = serde_qs::Config::new(5, false).deserialize_str(body).ok()?;
    let Value::Object(fields) = serde_json::to_value(&args).expect("arguments encode") else {
        return Some(args);
    };
    for (name, value) in &fields {
        match value {
            Value::String(text) => {
                let verdict = check_field(name, text);
                assert_eq!(verdict, None, "the gate let {name}={text:?} through");
            }
            // Lists and maps (`topics[]`, `answers[q3]`): one-line fields at the gate.
            Value::Array(items) => items.iter().for_each(|v| one_line(name, v)),
            Value::Object(map) => map.values().for_each(|v| one_line(name, v)),
            _ => {}
        }
    }
    Some(args)
}

fn one_line(name: &str, value: &Value) {
    if let Value::String(text) = value {
        let verdict = check_field(&format!("{name}[]"), text);
        assert_eq!(verdict, None, "the gate let {name}[]={text:?} through");
    }
}

/// A registration form's questions, as the Forum's demo edition asks them.
fn questions() -> Vec<Question> {
    let question = |id, kind, choices: &[&str], required, shown_if: Option<(i32, &str)>| Question {
        id,
        prompt: format!("Question {id}"),
        kind,
        choices: choices.iter().map(|c| c.to_string()).collect(),
        required,
        shown_if: shown_if.map(|(q, a)| (q, a.to_owned())),
    };
    vec![
        question(1, QuestionKind::YesNo, &[], true, None),
        question(2, QuestionKind::Text, &[], true, Some((1, "yes"))),
        question(
            3,
            QuestionKind::Choice,
            &["Septage plant", "DMA inlet"],
            false,
            None,
        ),
    ]
}
