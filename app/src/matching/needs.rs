//! Needs (a recipient's challenge) and offers (a mentor's tested solution): forms and server
//! functions. Ranking mentors for them is in `index`.

use crate::error::{AppError, FieldErrors};
use crate::i18n::Lang;
use crate::t;
use crate::wops::NeedView;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use {super::needs_service, crate::accounts::auth::require_user, crate::state::db};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NeedForm {
    pub organization_id: i32,
    pub topic_code: String,
    pub description: String,
    pub languages: String,
}

impl NeedForm {
    pub fn parse(
        organization: &str,
        topic: &str,
        description: &str,
        languages: &str,
        lang: Lang,
    ) -> Result<NeedForm, FieldErrors> {
        let mut errors = FieldErrors::default();
        let organization_id = organization.trim().parse::<i32>().ok();
        if organization_id.is_none() {
            errors.add("organization", t!(lang, "matching-organization-choose"));
        }
        if topic.trim().is_empty() {
            errors.add("topic", t!(lang, "matching-topic-choose"));
        }
        let description = description.trim();
        if description.chars().count() < 20 {
            errors.add(
                "description",
                t!(lang, "matching-description-too-short", min = 20),
            );
        } else if description.chars().count() > 2000 {
            errors.add(
                "description",
                t!(lang, "matching-description-too-long", max = 2000),
            );
        }
        let languages = languages.trim();
        if languages.chars().count() > 200 {
            errors.add(
                "languages",
                t!(lang, "matching-languages-too-long", max = 200),
            );
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(NeedForm {
            organization_id: organization_id.unwrap_or_default(),
            topic_code: topic.trim().to_owned(),
            description: description.to_owned(),
            languages: languages.to_owned(),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfferForm {
    pub organization_id: i32,
    pub topic_code: String,
    pub description: String,
    pub languages: String,
    pub capacity: i32,
}

impl OfferForm {
    pub fn parse(
        organization: &str,
        topic: &str,
        description: &str,
        languages: &str,
        capacity: &str,
        lang: Lang,
    ) -> Result<OfferForm, FieldErrors> {
        let mut errors = match NeedForm::parse(organization, topic, description, languages, lang) {
            Ok(_) => FieldErrors::default(),
            Err(e) => e,
        };
        let capacity = match capacity.trim().parse::<i32>() {
            Ok(c) if (1..=10).contains(&c) => c,
            _ => {
                errors.add("capacity", t!(lang, "matching-capacity-range"));
                0
            }
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(OfferForm {
            organization_id: organization.trim().parse().unwrap_or_default(),
            topic_code: topic.trim().to_owned(),
            description: description.trim().to_owned(),
            languages: languages.trim().to_owned(),
            capacity,
        })
    }
}

#[server(prefix = "/api", endpoint = "wops/needs")]
pub async fn list_open_needs() -> Result<Vec<NeedView>, AppError> {
    needs_service::needs(&db()?, false).await
}

#[server(prefix = "/api", endpoint = "wops/need")]
pub async fn fetch_need(id: i32) -> Result<NeedView, AppError> {
    needs_service::need(&db()?, id).await
}

#[server(prefix = "/api", endpoint = "wops/post_need")]
#[tracing::instrument(skip(description))]
pub async fn post_need(
    organization: String,
    topic: String,
    description: String,
    languages: String,
) -> Result<i32, AppError> {
    let user = require_user().await?;
    let form = NeedForm::parse(
        &organization,
        &topic,
        &description,
        &languages,
        crate::i18n::current(),
    )
    .map_err(AppError::Invalid)?;
    needs_service::post_need(&db()?, &user, form).await
}

#[server(prefix = "/api", endpoint = "wops/withdraw_need")]
pub async fn withdraw_need(need_id: i32) -> Result<(), AppError> {
    let user = require_user().await?;
    needs_service::withdraw_need(&db()?, &user, need_id).await
}

#[server(prefix = "/api", endpoint = "wops/post_offer")]
#[tracing::instrument(skip(description))]
pub async fn post_offer(
    organization: String,
    topic: String,
    description: String,
    languages: String,
    capacity: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let form = OfferForm::parse(
        &organization,
        &topic,
        &description,
        &languages,
        &capacity,
        crate::i18n::current(),
    )
    .map_err(AppError::Invalid)?;
    needs_service::post_offer(&db()?, &user, form).await
}

/// Starts a partnership for a need: introduced at once by a facilitator (with the concept
/// note), or proposed by the recipient for a facilitator to introduce. Returns its id.
#[server(prefix = "/api", endpoint = "wops/propose")]
#[tracing::instrument(skip(note))]
pub async fn propose_partnership(
    need_id: i32,
    mentor_id: i32,
    note: String,
) -> Result<i32, AppError> {
    let user = require_user().await?;
    let id = needs_service::propose(&db()?, &user, need_id, mentor_id, &note).await?;
    crate::shell::flash::go_to(&format!("/partnerships/{id}"));
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_need_says_what_is_missing() {
        let e = NeedForm::parse("", "", "short", "", Lang::En).unwrap_err();
        assert!(e.for_field("organization").is_some());
        assert!(e.for_field("topic").is_some());
        assert!(e.for_field("description").is_some());
        let ok = NeedForm::parse(
            "3",
            "nrw",
            "NRW is 42 % and we lack a DMA strategy.",
            "English",
            Lang::En,
        )
        .unwrap();
        assert_eq!(ok.organization_id, 3);
    }

    #[test]
    fn an_offer_has_a_capacity_of_one_to_ten() {
        let text = "Reduced NRW from 38 % to 17 % with DMAs and pressure management.";
        assert_eq!(
            OfferForm::parse("3", "nrw", text, "", "2", Lang::En)
                .unwrap()
                .capacity,
            2
        );
        for bad in ["0", "11", "two", ""] {
            let e = OfferForm::parse("3", "nrw", text, "", bad, Lang::En).unwrap_err();
            assert!(e.for_field("capacity").is_some(), "{bad}");
        }
        let e = OfferForm::parse("3", "nrw", text, "", "0", Lang::Id).unwrap_err();
        assert_eq!(
            e.for_field("capacity"),
            Some("Masukkan berapa kemitraan yang dapat Anda bimbing sekaligus (1 sampai 10).")
        );
    }
}
