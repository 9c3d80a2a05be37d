//! The public awards page's data: categories with their nominees and measured outcomes, the
//! live counts as a screen may show them, and the ranking once revealed.

use super::entity::{ballot, category, criterion, score};
use super::rules::{combine, jury_score, recount, LoggedBallot, Score, Standing, VotingState};
use super::service::{counted_votes, nominations_of, nominee_names, state_of, tally};
use super::types::*;
use crate::accounts::{CurrentUser, Role};
use crate::error::AppError;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};

/// Each nomination's jury score on 0..100 (`None` while unscored).
pub async fn jury_scores<C: ConnectionTrait>(
    db: &C,
    category_id: i32,
    nominations: &[i32],
) -> Result<Vec<(i32, Option<f64>)>, AppError> {
    let criteria: Vec<(i32, i32)> = criterion::Entity::find()
        .filter(criterion::Column::CategoryId.eq(category_id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.weight))
        .collect();
    let scores = score::Entity::find()
        .filter(score::Column::NominationId.is_in(nominations.to_vec()))
        .all(db)
        .await?;
    Ok(nominations
        .iter()
        .map(|&n| {
            let given: Vec<Score> = scores
                .iter()
                .filter(|s| s.nomination_id == n)
                .map(|s| Score {
                    juror: s.juror_id,
                    criterion: s.criterion_id,
                    score: s.score,
                })
                .collect();
            (n, jury_score(&criteria, &given))
        })
        .collect())
}

pub async fn category_view(
    db: &DatabaseConnection,
    c: &category::Model,
) -> Result<CategoryView, AppError> {
    let noms = nominations_of(db, c.id).await?;
    let names = nominee_names(db, noms.iter().map(|n| n.partnership_id).collect()).await?;
    let mut nominees = Vec::new();
    for n in &noms {
        let (title, partners) = names.get(&n.partnership_id).cloned().unwrap_or_default();
        let outcomes = crate::wops::service::outcomes_of(db, n.partnership_id)
            .await?
            .into_iter()
            .filter(|o| o.is_public)
            .map(|o| o.headline())
            .collect();
        nominees.push(NomineeView {
            nomination_id: n.id,
            partnership_id: n.partnership_id,
            title,
            partners,
            statement: n.statement.clone(),
            outcomes,
        });
    }
    let full = tally(db, c.id).await?;
    let state = state_of(c);
    let revealed = if state == VotingState::Revealed {
        revealed_result(db, c).await?
    } else {
        RevealedResult::default()
    };
    Ok(CategoryView {
        id: c.id,
        name: c.name.clone(),
        description: c.description.clone(),
        state,
        jury_weight: c.jury_weight,
        hide_results: c.hide_results,
        nominees,
        tally: full.for_screen(),
        results: revealed.rows,
        votes_withdrawn: revealed.withdrawn,
    })
}

/// The result kept when the category was revealed. Categories revealed before results were
/// kept have none: theirs is computed as it stands.
async fn revealed_result(
    db: &DatabaseConnection,
    c: &category::Model,
) -> Result<RevealedResult, AppError> {
    match c.revealed_result.as_deref().map(serde_json::from_str) {
        Some(Ok(kept)) => Ok(kept),
        Some(Err(e)) => {
            tracing::error!(category = c.id, error = %e, "the kept award result cannot be read");
            Err(AppError::Internal)
        }
        None => compute_result(db, c).await,
    }
}

/// The category's result from the counted votes and the jury's scores as they stand, with the
/// number of votes withdrawn from the public log.
pub async fn compute_result<C: ConnectionTrait>(
    db: &C,
    c: &category::Model,
) -> Result<RevealedResult, AppError> {
    let noms = nominations_of(db, c.id).await?;
    let names = nominee_names(db, noms.iter().map(|n| n.partnership_id).collect()).await?;
    let votes = counted_votes(db, c.id).await?;
    let ids: Vec<i32> = noms.iter().map(|n| n.id).collect();
    let standings: Vec<Standing> = jury_scores(db, c.id, &ids)
        .await?
        .into_iter()
        .map(|(n, jury)| Standing {
            nomination: n,
            jury,
            votes: votes.iter().find(|(id, _)| *id == n).map_or(0, |(_, v)| *v),
        })
        .collect();
    let title = |nomination: i32| {
        noms.iter()
            .find(|n| n.id == nomination)
            .and_then(|n| names.get(&n.partnership_id))
            .map(|(t, _)| t.clone())
            .unwrap_or_default()
    };
    let rows = combine(c.jury_weight, &standings)
        .into_iter()
        .map(|r| ResultRow {
            nomination_id: r.nomination,
            title: title(r.nomination),
            jury: r.jury,
            audience: r.audience,
            combined: r.combined,
            votes: r.votes,
        })
        .collect();
    let log = ballot::Entity::find()
        .filter(ballot::Column::CategoryId.eq(c.id))
        .order_by_asc(ballot::Column::Id)
        .all(db)
        .await?;
    let from_log = recount(log.iter().map(|b| LoggedBallot {
        voter: &b.voter_key,
        nomination: b.nomination_id,
        withdrawn: b.withdrawn,
    }));
    let counted: u32 = votes.iter().map(|(_, v)| v).sum();
    if from_log.votes.values().sum::<u32>() != counted {
        // The log and the counted votes disagree: say so loudly; the counted votes decide.
        tracing::error!(
            category = c.id,
            counted,
            recounted = from_log.votes.values().sum::<u32>(),
            "the ballot log does not recount to the counted votes"
        );
    }
    Ok(RevealedResult {
        rows,
        withdrawn: from_log.withdrawn,
    })
}

pub async fn overview(
    db: &DatabaseConnection,
    viewer: Option<&CurrentUser>,
    public_base_url: &str,
) -> Result<AwardsView, AppError> {
    let lang = crate::i18n::current();
    let edition = crate::forum::service::current(db).await?;
    let vote_url = format!("{}/awards/vote", public_base_url.trim_end_matches('/'));
    let mut categories = Vec::new();
    for c in super::service::categories_of(db, edition.id).await? {
        categories.push(category_view(db, &c).await?);
    }
    Ok(AwardsView {
        edition_title: edition.title,
        categories,
        tie_break: super::rules::tie_break(lang),
        is_admin: viewer.is_some_and(|u| u.has_role(Role::SecretariatAdmin)),
        vote_qr_svg: crate::forum::qr::labelled_svg(
            &vote_url,
            "screen__qr",
            &crate::t!(lang, "awards-vote-qr-label"),
        ),
        vote_url,
    })
}

/// The awards' answer to what a partnership won (`crate::wops::honours`), for its page.
pub struct Winners;

impl crate::wops::honours::Honours for Winners {
    fn won_by<'a>(
        &'a self,
        db: &'a DatabaseConnection,
        partnership_id: i32,
    ) -> std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<Vec<String>, AppError>> + Send + 'a>,
    > {
        Box::pin(won_by(db, partnership_id))
    }
}

/// The award categories a partnership won (revealed ones only), with the edition's title.
pub async fn won_by(db: &DatabaseConnection, partnership_id: i32) -> Result<Vec<String>, AppError> {
    use super::entity::nomination;
    use crate::forum::entity::edition;
    let mut won = Vec::new();
    for n in nomination::Entity::find()
        .filter(nomination::Column::PartnershipId.eq(partnership_id))
        .all(db)
        .await?
    {
        let Some(c) = category::Entity::find_by_id(n.category_id).one(db).await? else {
            continue;
        };
        if state_of(&c) != VotingState::Revealed {
            continue;
        }
        let view = category_view(db, &c).await?;
        if view
            .results
            .first()
            .is_some_and(|r| r.nomination_id == n.id)
        {
            let forum = edition::Entity::find_by_id(c.edition_id)
                .one(db)
                .await?
                .map(|e| e.title)
                .unwrap_or_default();
            won.push(format!("{}, {forum}", c.name));
        }
    }
    Ok(won)
}
