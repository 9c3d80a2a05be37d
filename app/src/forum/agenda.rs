//! The current edition as its page shows it, the agenda's stars, and the questions of its
//! registration form.

use super::entity::{question, session, star};
use super::rules::{window, QuestionKind, Status};
use super::service::{count_status, current, dates_in, questions, zone_of};
use super::types::*;
use crate::accounts::CurrentUser;
use crate::error::AppError;
use crate::i18n::format;
use crate::t;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};
use std::collections::HashSet;

pub async fn edition_view(
    db: &DatabaseConnection,
    viewer: Option<&CurrentUser>,
    now: DateTime<Utc>,
) -> Result<EditionView, AppError> {
    let lang = crate::i18n::current();
    let e = current(db).await?;
    let zone = zone_of(&e)?;
    let registered = count_status(db, e.id, Status::Registered).await?;
    let waiting = count_status(db, e.id, Status::Waitlisted).await?;
    let sessions = session::Entity::find()
        .filter(session::Column::EditionId.eq(e.id))
        .order_by_asc(session::Column::StartsAt)
        .all(db)
        .await?;
    let starred: HashSet<i32> = match viewer {
        Some(user) => star::Entity::find()
            .filter(star::Column::AccountId.eq(user.id))
            .all(db)
            .await?
            .into_iter()
            .map(|s| s.session_id)
            .collect(),
        None => HashSet::new(),
    };
    let prefill = match viewer {
        Some(user) => {
            let org = crate::accounts::entity::organization_member::Entity::find()
                .filter(crate::accounts::entity::organization_member::Column::AccountId.eq(user.id))
                .one(db)
                .await?;
            let org_name = match org {
                Some(m) => {
                    crate::partners::entity::organization::Entity::find_by_id(m.organization_id)
                        .one(db)
                        .await?
                        .map(|o| o.name)
                        .unwrap_or_default()
                }
                None => String::new(),
            };
            Some((user.name.clone(), user.email.clone(), org_name))
        }
        None => None,
    };
    Ok(EditionView {
        id: e.id,
        title: e.title.clone(),
        venue: e.venue.clone(),
        dates: dates_in(lang, e.starts_on, e.ends_on),
        time_zone: e.time_zone.clone(),
        window: window(e.opens_at, e.closes_at, now),
        opens: format::date_long(lang, e.opens_at.with_timezone(&zone).date_naive()),
        closes: format::date_long(lang, e.closes_at.with_timezone(&zone).date_naive()),
        needs_approval: e.needs_approval,
        places_left: (i64::from(e.capacity) - registered).max(0),
        waiting,
        questions: questions(db, e.id).await?,
        agenda: sessions
            .into_iter()
            .map(|s| {
                let starts = s.starts_at.with_timezone(&zone);
                let ends = s.ends_at.with_timezone(&zone);
                AgendaSession {
                    id: s.id,
                    when: t!(
                        lang,
                        "forum-session-when",
                        day = format::date_medium(lang, starts.date_naive()),
                        starts = format::time(lang, starts.time()),
                        ends = format::time(lang, ends.time())
                    ),
                    starred: starred.contains(&s.id),
                    title: s.title,
                    room: s.room,
                    speakers: s.speakers,
                    topic: s.topic,
                }
            })
            .collect(),
        signed_in: viewer.is_some(),
        prefill,
    })
}
/// Stars or unstars a session of the agenda for a signed-in person.
pub async fn set_star(
    db: &DatabaseConnection,
    user: &CurrentUser,
    session_id: i32,
    starred: bool,
) -> Result<(), AppError> {
    if session::Entity::find_by_id(session_id)
        .one(db)
        .await?
        .is_none()
    {
        return Err(AppError::NotFound(t!(
            crate::i18n::current(),
            "forum-no-such-session"
        )));
    }
    let existing = star::Entity::find_by_id((session_id, user.id))
        .one(db)
        .await?;
    match (starred, existing) {
        (true, None) => {
            star::Entity::insert(star::ActiveModel {
                session_id: Set(session_id),
                account_id: Set(user.id),
            })
            .on_conflict_do_nothing()
            .exec(db)
            .await?;
        }
        (false, Some(_)) => {
            star::Entity::delete_by_id((session_id, user.id))
                .exec(db)
                .await?;
        }
        _ => {}
    }
    Ok(())
}

/// Adds a question to the current edition's form (secretariat admins).
pub async fn add_question(
    db: &DatabaseConnection,
    prompt: &str,
    kind: &str,
    choices: &str,
    required: bool,
    shown_if_question: Option<i32>,
    shown_if_answer: &str,
) -> Result<i32, AppError> {
    let lang = crate::i18n::current();
    let e = current(db).await?;
    let mut errors = crate::error::FieldErrors::default();
    let prompt = prompt.trim();
    if prompt.is_empty() || prompt.chars().count() > 300 {
        errors.add("prompt", t!(lang, "forum-question-prompt-invalid"));
    }
    let kind = QuestionKind::from_code(kind.trim());
    if kind.is_none() {
        errors.add("kind", t!(lang, "forum-question-kind-invalid"));
    }
    let options: Vec<&str> = choices
        .lines()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    if kind == Some(QuestionKind::Choice) && options.len() < 2 {
        errors.add("choices", t!(lang, "forum-question-choices-too-few"));
    }
    let existing = questions(db, e.id).await?;
    if let Some(parent) = shown_if_question {
        match existing.iter().find(|q| q.id == parent) {
            None => errors.add(
                "shown_if_question",
                t!(lang, "forum-question-parent-unknown"),
            ),
            Some(p)
                if p.kind != QuestionKind::Text
                    && !p
                        .options()
                        .iter()
                        .any(|o| o.eq_ignore_ascii_case(shown_if_answer.trim())) =>
            {
                errors.add(
                    "shown_if_answer",
                    t!(
                        lang,
                        "forum-question-parent-answer-unknown",
                        options = p.options().join(", ")
                    ),
                )
            }
            Some(_) if shown_if_answer.trim().is_empty() => errors.add(
                "shown_if_answer",
                t!(lang, "forum-question-parent-answer-missing"),
            ),
            _ => {}
        }
    }
    // `None` was reported above, with the other fields' messages.
    let Some(kind) = kind else {
        return Err(AppError::Invalid(errors));
    };
    errors.into_result()?;
    let saved = question::ActiveModel {
        edition_id: Set(e.id),
        position: Set(existing.len() as i32 + 1),
        prompt: Set(prompt.to_owned()),
        kind: Set(kind),
        choices: Set(options.join("\n")),
        required: Set(required),
        shown_if_question: Set(shown_if_question),
        shown_if_answer: Set(shown_if_answer.trim().to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(saved.id)
}
