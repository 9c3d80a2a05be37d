//! A registration found by its badge code or personal code: the badge, and the cancel page.

use super::entity::{edition, registration};
use super::rules::{normalize_code, Status};
use super::service::{dates_of, no_edition, UNKNOWN_PERSONAL_CODE};
use super::types::*;
use crate::error::AppError;
use crate::secret::SecretKey;
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
        .ok_or_else(|| AppError::NotFound(UNKNOWN_PERSONAL_CODE.to_owned()))?;
    if matches!(r.status, Status::Cancelled | Status::Rejected) {
        return Err(AppError::Gone(
            "This registration is already cancelled or was declined.".to_owned(),
        ));
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

pub async fn badge(db: &DatabaseConnection, code: &str) -> Result<Option<BadgeView>, AppError> {
    let Some(r) = by_code(db, code).await? else {
        return Ok(None);
    };
    // An unconfirmed email has no badge yet: the code is only shown after confirming.
    let status = r.status;
    match status {
        Status::Unconfirmed => return Ok(None),
        // A badge that was valid is gone (410), so a scanner tells it from a forged code.
        Status::Cancelled => {
            return Err(AppError::Gone(
                "This registration was cancelled, so its badge is no longer valid. Register \
                 again on the Forum page if you can come after all."
                    .to_owned(),
            ))
        }
        Status::Rejected => {
            return Err(AppError::Gone(
                "This registration was declined, so there is no badge. Please contact the \
                 secretariat."
                    .to_owned(),
            ))
        }
        _ => {}
    }
    let Some(e) = edition::Entity::find_by_id(r.edition_id).one(db).await? else {
        return Ok(None);
    };
    Ok(Some(BadgeView {
        qr_svg: super::qr::svg(&r.badge_code),
        code: r.badge_code,
        name: r.name,
        organization: r.organization,
        attendee_type: r.attendee_type.label().to_owned(),
        edition: e.title,
        dates: dates_of(e.starts_on, e.ends_on),
        venue: e.venue,
        status: status.as_code().to_owned(),
        status_label: status.label().to_owned(),
    }))
}
