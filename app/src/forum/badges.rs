//! A registration found by its badge code or personal code: the badge, and the cancel page.

use super::entity::{edition, registration};
use super::rules::{normalize_code, Status};
use super::service::{dates_in, no_edition, unknown_personal_code};
use super::types::*;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::secret::SecretKey;
use crate::t;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

/// The registration a personal code belongs to (its latest code only).
pub async fn by_personal_code(
    db: &DatabaseConnection,
    key: &SecretKey,
    code: &str,
) -> Result<Option<registration::Model>, AppError> {
    let Some(normalized) = super::personal_code::normalize(code) else {
        return Ok(None);
    };
    Ok(registration::Entity::find()
        .filter(
            registration::Column::PersonalCodeHash.eq(super::personal_code::hash(key, &normalized)),
        )
        .one(db)
        .await?)
}

pub async fn by_code(
    db: &DatabaseConnection,
    code: &str,
) -> Result<Option<registration::Model>, AppError> {
    let Some(code) = normalize_code(code) else {
        return Ok(None);
    };
    Ok(registration::Entity::find()
        .filter(registration::Column::BadgeCode.eq(code))
        .one(db)
        .await?)
}
/// What the cancel link's page shows before the button is pressed: whose registration the
/// personal code opens. Unknown codes are 404, registrations already ended 410.
pub async fn cancellation(
    db: &DatabaseConnection,
    key: &SecretKey,
    code: &str,
) -> Result<Cancellation, AppError> {
    let r = by_personal_code(db, key, code)
        .await?
        .ok_or_else(|| AppError::NotFound(unknown_personal_code(crate::i18n::current())))?;
    if matches!(r.status, Status::Cancelled | Status::Rejected) {
        return Err(AppError::Gone(t!(
            crate::i18n::current(),
            "forum-cancel-already-ended"
        )));
    }
    let e = edition::Entity::find_by_id(r.edition_id)
        .one(db)
        .await?
        .ok_or_else(no_edition)?;
    Ok(Cancellation {
        name: r.name,
        edition: e.title,
    })
}

/// The badge of `code` written in the registration's own language, as shown and printed (the
/// page's badge and the PDF): the attendee reads their badge in the language they registered
/// in, whoever prints it.
pub async fn badge(db: &DatabaseConnection, code: &str) -> Result<Option<BadgeView>, AppError> {
    badge_in(db, code, None).await
}

/// The badge of `code` with its texts in `lang` (the page's language), or in the
/// registration's own language when `None`. Refusals are said in the request's language.
pub async fn badge_in(
    db: &DatabaseConnection,
    code: &str,
    lang: Option<Lang>,
) -> Result<Option<BadgeView>, AppError> {
    let Some(r) = by_code(db, code).await? else {
        return Ok(None);
    };
    let asking = lang.unwrap_or_else(crate::i18n::current);
    let lang = lang.unwrap_or_else(|| r.language.unwrap_or_default());
    // An unconfirmed email has no badge yet: the code is only shown after confirming.
    let status = r.status;
    match status {
        Status::Unconfirmed => return Ok(None),
        // A badge that was valid is gone (410), so a scanner tells it from a forged code.
        Status::Cancelled => return Err(AppError::Gone(t!(asking, "forum-badge-cancelled"))),
        Status::Rejected => return Err(AppError::Gone(t!(asking, "forum-badge-declined"))),
        _ => {}
    }
    let Some(e) = edition::Entity::find_by_id(r.edition_id).one(db).await? else {
        return Ok(None);
    };
    Ok(Some(BadgeView {
        qr_svg: super::qr::svg(&r.badge_code, lang),
        code: r.badge_code,
        name: r.name,
        organization: r.organization,
        attendee_type: r.attendee_type.label(lang),
        edition: e.title,
        dates: dates_in(lang, e.starts_on, e.ends_on),
        venue: e.venue,
        status: status.as_code().to_owned(),
        status_label: status.label(lang),
        lang,
    }))
}

/// The line under the QR code: "Code 0123…".
pub fn code_line(badge: &BadgeView) -> String {
    t!(badge.lang, "forum-badge-code", code = badge.code.as_str())
}

/// The printed badge's document title.
pub fn pdf_title(badge: &BadgeView) -> String {
    t!(
        badge.lang,
        "forum-badge-pdf-title",
        name = badge.name.as_str(),
        edition = badge.edition.as_str()
    )
}

/// What a badge printed before its holder has a place says on paper.
pub fn not_valid_yet(badge: &BadgeView) -> String {
    t!(
        badge.lang,
        "forum-badge-not-valid-yet",
        status = badge.status_label.as_str()
    )
}
