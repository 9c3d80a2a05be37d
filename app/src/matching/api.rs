//! Matching's server functions: mentors ranked for one need, a proposal for every open need at
//! once, and the weights admins set.

use super::{RankedMentor, Weights};
use crate::error::AppError;
use crate::wops::NeedView;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use {
    super::assign::Proposal,
    super::{needs_service, scoring_data},
    crate::accounts::{auth::require_user, Role},
    crate::state::db,
};

/// How many candidates the need's page shows.
pub const SHOWN_CANDIDATES: usize = 10;

/// One line of the network-wide proposal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkProposal {
    pub need: NeedView,
    pub mentor: RankedMentor,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchingProposals {
    pub proposals: Vec<NetworkProposal>,
    /// Open needs no mentor with spare capacity offers.
    pub unmatched: Vec<NeedView>,
}

#[cfg(feature = "ssr")]
fn facilitating(user: &crate::accounts::CurrentUser) -> bool {
    user.has_role(Role::Facilitator) || user.has_role(Role::SecretariatAdmin)
}

/// Facilitators, the secretariat and the need's own organization see its candidates.
#[server(prefix = "/api", endpoint = "matching/rank")]
pub async fn rank_mentors(need_id: i32) -> Result<Vec<RankedMentor>, AppError> {
    let user = require_user().await?;
    let db = db()?;
    let need = needs_service::need(&db, need_id).await?;
    if !facilitating(&user) && !user.admin_of.contains(&need.organization.id) {
        return Err(AppError::Forbidden);
    }
    let weights = scoring_data::weights(&db).await?;
    let data = scoring_data::matching_data(&db, Some(need_id)).await?;
    let Some(profile) = data.needs.first() else {
        return Ok(Vec::new());
    };
    Ok(data
        .index
        .rank_in(profile, &weights, SHOWN_CANDIDATES, crate::i18n::current()))
}

#[server(prefix = "/api", endpoint = "matching/network")]
pub async fn network_matching() -> Result<MatchingProposals, AppError> {
    let user = require_user().await?;
    if !facilitating(&user) {
        return Err(AppError::Forbidden);
    }
    let db = db()?;
    let weights = scoring_data::weights(&db).await?;
    let data = scoring_data::matching_data(&db, None).await?;
    let assignment =
        super::assign::assign_in(&data.index, &data.needs, &weights, crate::i18n::current());
    let mut needs: std::collections::HashMap<i32, NeedView> = needs_service::needs(&db, false)
        .await?
        .into_iter()
        .map(|n| (n.id, n))
        .collect();
    let proposals = assignment
        .proposals
        .into_iter()
        .filter_map(|Proposal { need_id, mentor }| {
            Some(NetworkProposal {
                need: needs.remove(&need_id)?,
                mentor,
            })
        })
        .collect();
    let mut unmatched: Vec<NeedView> = needs.into_values().collect();
    unmatched.sort_by_key(|n| n.id);
    Ok(MatchingProposals {
        proposals,
        unmatched,
    })
}

#[server(prefix = "/api", endpoint = "matching/weights")]
pub async fn fetch_matching_weights() -> Result<Weights, AppError> {
    scoring_data::weights(&db()?).await
}

#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "matching/save_weights")]
pub async fn save_matching_weights(
    topic_fit: String,
    proven_results: String,
    kpi_gap: String,
    language: String,
    proximity: String,
    scale: String,
    capacity: String,
) -> Result<(), AppError> {
    crate::accounts::auth::require_role(Role::SecretariatAdmin).await?;
    let weights = Weights::parse(
        &[
            ("topic_fit", &topic_fit),
            ("proven_results", &proven_results),
            ("kpi_gap", &kpi_gap),
            ("language", &language),
            ("proximity", &proximity),
            ("scale", &scale),
            ("capacity", &capacity),
        ],
        crate::i18n::current(),
    )
    .map_err(AppError::Invalid)?;
    scoring_data::save_weights(&db()?, &weights).await
}
