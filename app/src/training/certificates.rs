//! Looking up a completion certificate by its code (the PDF itself is drawn in `certificate.rs`).

use super::entity::{enrolment, program};
use super::rules::EnrolmentStatus;
use super::service::{attended_sessions, zone_of};
use super::types::*;
use crate::accounts::entity::account;
use crate::error::AppError;
use crate::i18n::Lang;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

/// The certificate with this code: `None` when there is none (404), an [`AppError::Gone`]
/// when it was withdrawn (410).
/// Its texts (the completion date) are in `lang`.
pub async fn certificate(
    db: &DatabaseConnection,
    code: &str,
    lang: Lang,
) -> Result<Option<CertificateView>, AppError> {
    let code = code.trim().to_lowercase();
    if code.is_empty() || code.len() > 40 {
        return Ok(None);
    }
    let Some(e) = enrolment::Entity::find()
        .filter(enrolment::Column::CertificateCode.eq(code.clone()))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    // Issued once, then withdrawn: the enrolment was cancelled or the attendance that
    // completed it was corrected. A 410, so a verifier can tell it from a forged code.
    let completed_at = match e.completed_at {
        Some(at) if e.status == EnrolmentStatus::Enrolled => at,
        _ => {
            return Err(AppError::Gone(crate::t!(
                lang,
                "training-certificate-withdrawn"
            )))
        }
    };
    let (Some(person), Some(p)) = (
        account::Entity::find_by_id(e.account_id).one(db).await?,
        program::Entity::find_by_id(e.program_id).one(db).await?,
    ) else {
        return Ok(None);
    };
    let attended = attended_sessions(db, &[e.id])
        .await?
        .get(&e.id)
        .map_or(0, Vec::len);
    let completed_on = crate::i18n::format::date_long(
        lang,
        completed_at.with_timezone(&zone_of(&p)?).date_naive(),
    );
    Ok(Some(CertificateView {
        code,
        name: person.name,
        program: p.title,
        program_id: p.id,
        completed_on,
        sessions_attended: attended,
    }))
}
