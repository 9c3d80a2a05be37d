//! Awards queries and changes: live tallies, casting a vote, and the secretariat's controls.
//! Jury and nominations are in `jury.rs`.

use super::entity::{ballot, category, nomination, vote};
use super::live::TallyHub;
use super::rules::{transition, voter_key, VotingAction, VotingState};
use super::types::*;
use super::writer::Prepared;
use crate::accounts::session::new_token;
use crate::accounts::{CurrentUser, Role};
use crate::error::AppError;
use crate::forum::rules::Status;
use crate::i18n::Lang;
use crate::partners::entity::organization;
use crate::secret::SecretKey;
use crate::t;
use crate::wops::entity::partnership;
use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    AccessMode, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait,
    IsolationLevel, QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
};
use std::collections::HashMap;

fn unknown_code(lang: Lang) -> String {
    t!(lang, "awards-unknown-code")
}

/// Why a vote that arrived twice was not counted again (the writer says it, in the voter's
/// language).
pub fn replayed(lang: Lang) -> String {
    t!(lang, "awards-vote-replayed")
}

fn no_category() -> AppError {
    AppError::NotFound(t!(crate::i18n::current(), "awards-no-category-at-forum"))
}

pub fn state_of(c: &category::Model) -> VotingState {
    c.voting_state
}

fn not_open(lang: Lang, c: &category::Model) -> AppError {
    AppError::Conflict(match state_of(c) {
        VotingState::Draft => t!(lang, "awards-vote-not-open-yet", category = &c.name),
        _ => t!(lang, "awards-vote-closed", category = &c.name),
    })
}

/// Refuses with 404 unless the category exists.
pub async fn check_category(db: &DatabaseConnection, category_id: i32) -> Result<(), AppError> {
    category::Entity::find_by_id(category_id)
        .select_only()
        .column(category::Column::Id)
        .into_tuple::<i32>()
        .one(db)
        .await?
        .map(|_| ())
        .ok_or_else(no_category)
}

/// The category's tally as one consistent reading (one snapshot on PostgreSQL; SQLite's read
/// transaction is one already).
pub async fn tally(db: &DatabaseConnection, category_id: i32) -> Result<LiveTally, AppError> {
    let txn = if db.get_database_backend() == DbBackend::Postgres {
        db.begin_with_config(
            Some(IsolationLevel::RepeatableRead),
            Some(AccessMode::ReadOnly),
        )
        .await?
    } else {
        db.begin().await?
    };
    let c = category::Entity::find_by_id(category_id)
        .one(&txn)
        .await?
        .ok_or_else(no_category)?;
    let counts = counted_votes(&txn, category_id).await?;
    txn.commit().await?;
    Ok(LiveTally {
        category_id,
        revision: c.revision,
        state: state_of(&c),
        hide_results: c.hide_results,
        total: counts.iter().map(|(_, v)| v).sum(),
        counts,
    })
}

/// Counted votes per nomination, in nomination order.
pub async fn counted_votes<C: ConnectionTrait>(
    db: &C,
    category_id: i32,
) -> Result<Vec<(i32, u32)>, AppError> {
    let counts: Vec<(i32, i64)> = vote::Entity::find()
        .select_only()
        .column(vote::Column::NominationId)
        .column_as(vote::Column::Id.count(), "votes")
        .filter(vote::Column::CategoryId.eq(category_id))
        .group_by(vote::Column::NominationId)
        .order_by_asc(vote::Column::NominationId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(counts
        .into_iter()
        .map(|(n, v)| (n, u32::try_from(v).unwrap_or(0)))
        .collect())
}

/// A receipt code: 10 characters without look-alikes (no 0/O, 1/I/L).
pub(super) fn new_receipt() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..10)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect()
}

/// What an attendee's phone sends.
#[derive(Debug, Clone)]
pub struct VoteRequest<'a> {
    /// The attendee's personal code (never the badge's).
    pub personal_code: &'a str,
    pub category_id: i32,
    pub nomination_id: i32,
    /// The vote page's one-time token.
    pub nonce: &'a str,
}

/// Records a vote: a ballot appended to the category's chain and the attendee's counted vote
/// replaced, in one transaction (shared with other votes arriving at the same time, see
/// `writer.rs`). Returns only once committed. `limits` applies the per-attendee
/// rate limit (none for tests that hammer the database directly).
pub async fn cast_vote(
    db: &DatabaseConnection,
    key: &SecretKey,
    hub: &TallyHub,
    req: VoteRequest<'_>,
    limits: Option<&crate::limits::Limits>,
) -> Result<VoteReceipt, AppError> {
    let lang = crate::i18n::current();
    let nonce = req.nonce.trim();
    if nonce.is_empty() || nonce.len() > 64 || !nonce.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(AppError::BadRequest(t!(lang, "awards-vote-form-stale")));
    }
    let reg = crate::forum::badges::by_personal_code(db, key, req.personal_code)
        .await?
        .ok_or_else(|| AppError::NotFound(unknown_code(lang)))?;
    if let Some(limits) = limits {
        use crate::limits::{Rule, Subject};
        limits
            .check(None, &[(Rule::VotesByAttendee, Subject::Attendee(reg.id))])
            .await??;
    }
    if reg.status != Status::Registered || reg.checked_in_at.is_none() {
        return Err(AppError::Conflict(t!(lang, "awards-vote-not-checked-in")));
    }
    let cat = category::Entity::find_by_id(req.category_id)
        .one(db)
        .await?
        .filter(|c| c.edition_id == reg.edition_id)
        .ok_or_else(no_category)?;
    if state_of(&cat) != VotingState::Open {
        return Err(not_open(lang, &cat));
    }
    let nominee = nomination::Entity::find_by_id(req.nomination_id)
        .one(db)
        .await?
        .filter(|n| n.category_id == cat.id)
        .ok_or_else(|| AppError::field("nomination", t!(lang, "awards-vote-wrong-nominee")))?;
    let title = partnership::Entity::find_by_id(nominee.partnership_id)
        .one(db)
        .await?
        .map(|p| p.title)
        .unwrap_or_default();

    hub.submit(Prepared {
        category_id: cat.id,
        category_name: cat.name.clone(),
        registration_id: reg.id,
        nomination_id: nominee.id,
        nominee: title,
        voter_key: voter_key(key, cat.id, reg.id),
        nonce: nonce.to_owned(),
        receipt: new_receipt(),
        lang,
    })
    .await
}

/// Opens, closes or reveals a category's vote (secretariat admins).
pub async fn set_state(
    db: &DatabaseConnection,
    hub: &TallyHub,
    user: &CurrentUser,
    category_id: i32,
    action: &str,
) -> Result<VotingState, AppError> {
    if !user.has_role(Role::SecretariatAdmin) {
        return Err(AppError::Forbidden);
    }
    let action = VotingAction::parse(action).ok_or_else(|| {
        AppError::BadRequest(t!(crate::i18n::current(), "awards-voting-action-unknown"))
    })?;
    let c = category::Entity::find_by_id(category_id)
        .one(db)
        .await?
        .ok_or_else(no_category)?;
    let from = state_of(&c);
    let to = transition(crate::i18n::current(), from, action).map_err(AppError::Conflict)?;
    let txn = crate::db::begin_write(db).await?;
    // Conditional on the state read, so two clicks at once make one change.
    let done = category::Entity::update_many()
        .col_expr(category::Column::VotingState, Expr::value(to))
        .col_expr(
            category::Column::Revision,
            Expr::col(category::Column::Revision).add(1),
        )
        .col_expr(category::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(category::Column::Id.eq(category_id))
        .filter(category::Column::VotingState.eq(from))
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        return Err(AppError::Conflict(t!(
            crate::i18n::current(),
            "awards-voting-changed-meanwhile"
        )));
    }
    if to == VotingState::Revealed {
        // The result as it stands now is the result: kept, so nothing later can move it.
        let result = super::overview::compute_result(&txn, &c).await?;
        let json = serde_json::to_string(&result).map_err(|e| {
            tracing::error!(error = %e, "award result not encodable");
            AppError::Internal
        })?;
        category::Entity::update_many()
            .col_expr(category::Column::RevealedResult, Expr::value(Some(json)))
            .filter(category::Column::Id.eq(category_id))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    hub.changed(category_id);
    Ok(to)
}

/// Partnership titles and "mentor → recipient" for nominations.
pub async fn nominee_names<C: ConnectionTrait>(
    db: &C,
    partnership_ids: Vec<i32>,
) -> Result<HashMap<i32, (String, String)>, AppError> {
    let ships = partnership::Entity::find()
        .filter(partnership::Column::Id.is_in(partnership_ids))
        .all(db)
        .await?;
    let org_ids: Vec<i32> = ships
        .iter()
        .flat_map(|p| [p.mentor_id, p.recipient_id])
        .collect();
    let orgs: HashMap<i32, String> = organization::Entity::find()
        .filter(organization::Column::Id.is_in(org_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let name = |id: i32| orgs.get(&id).cloned().unwrap_or_default();
    Ok(ships
        .into_iter()
        .map(|p| {
            let partners = format!("{} → {}", name(p.mentor_id), name(p.recipient_id));
            (p.id, (p.title, partners))
        })
        .collect())
}

/// The categories of the edition, in order.
pub async fn categories_of<C: ConnectionTrait>(
    db: &C,
    edition_id: i32,
) -> Result<Vec<category::Model>, AppError> {
    Ok(category::Entity::find()
        .filter(category::Column::EditionId.eq(edition_id))
        .order_by_asc(category::Column::Position)
        .order_by_asc(category::Column::Id)
        .all(db)
        .await?)
}

pub async fn nominations_of<C: ConnectionTrait>(
    db: &C,
    category_id: i32,
) -> Result<Vec<nomination::Model>, AppError> {
    Ok(nomination::Entity::find()
        .filter(nomination::Column::CategoryId.eq(category_id))
        .order_by_asc(nomination::Column::Id)
        .all(db)
        .await?)
}

/// An attendee's voting page: each category of their Forum with their counted vote.
pub async fn ballot_view(
    db: &DatabaseConnection,
    key: &SecretKey,
    code: &str,
) -> Result<BallotView, AppError> {
    let lang = crate::i18n::current();
    let reg = crate::forum::badges::by_personal_code(db, key, code)
        .await?
        .ok_or_else(|| AppError::NotFound(unknown_code(lang)))?;
    // The badge of a cancelled or declined registration no longer votes: gone (410), not
    // unknown, and not a ballot that looks valid.
    if reg.status == Status::Cancelled || reg.status == Status::Rejected {
        return Err(AppError::Gone(t!(lang, "awards-registration-cancelled")));
    }
    let checked_in = reg.status == Status::Registered && reg.checked_in_at.is_some();
    let mut categories = Vec::new();
    for c in categories_of(db, reg.edition_id).await? {
        let noms = nominations_of(db, c.id).await?;
        let names = nominee_names(db, noms.iter().map(|n| n.partnership_id).collect()).await?;
        let chosen = vote::Entity::find()
            .filter(vote::Column::CategoryId.eq(c.id))
            .filter(vote::Column::RegistrationId.eq(reg.id))
            .one(db)
            .await?
            .map(|v| v.nomination_id);
        categories.push(BallotCategory {
            id: c.id,
            name: c.name.clone(),
            state: state_of(&c),
            nominees: noms
                .iter()
                .map(|n| {
                    let title = names
                        .get(&n.partnership_id)
                        .map(|(t, _)| t.clone())
                        .unwrap_or_default();
                    (n.id, title)
                })
                .collect(),
            chosen,
            nonce: new_token(),
        });
    }
    Ok(BallotView {
        attendee: reg.name,
        checked_in,
        categories,
    })
}

/// A voter's check of their receipt, once the category's results are revealed.
pub async fn check_receipt(db: &DatabaseConnection, code: &str) -> Result<ReceiptCheck, AppError> {
    let code = code.trim().to_uppercase();
    let lang = crate::i18n::current();
    let unknown = || AppError::NotFound(t!(lang, "awards-receipt-unknown"));
    let b = ballot::Entity::find()
        .filter(ballot::Column::Receipt.eq(code.as_str()))
        .one(db)
        .await?
        .ok_or_else(unknown)?;
    let c = category::Entity::find_by_id(b.category_id)
        .one(db)
        .await?
        .ok_or_else(unknown)?;
    if state_of(&c) != VotingState::Revealed {
        return Err(AppError::NotFound(t!(lang, "awards-receipt-not-yet")));
    }
    let last = ballot::Entity::find()
        .filter(ballot::Column::CategoryId.eq(b.category_id))
        .filter(ballot::Column::VoterKey.eq(b.voter_key.as_str()))
        .order_by_desc(ballot::Column::Id)
        .one(db)
        .await?;
    let counted = !b.withdrawn && last.is_some_and(|l| l.id == b.id);
    let nominee = match nomination::Entity::find_by_id(b.nomination_id)
        .one(db)
        .await?
    {
        Some(n) => nominee_names(db, vec![n.partnership_id])
            .await?
            .remove(&n.partnership_id)
            .map(|(t, _)| t)
            .unwrap_or_default(),
        None => String::new(),
    };
    Ok(ReceiptCheck {
        receipt: b.receipt,
        category: c.name,
        nominee,
        cast_at: t!(
            lang,
            "awards-receipt-cast-at",
            date = crate::i18n::format::date_medium(lang, b.cast_at.date_naive()),
            time = crate::i18n::format::time(lang, b.cast_at.time())
        ),
        counted,
        withdrawn: b.withdrawn,
        hash: b.hash,
    })
}

/// The category's ballots in order, with whether each is its voter's counted one (their last
/// entry, unless that entry is a withdrawal).
pub async fn ballot_log(
    db: &DatabaseConnection,
    category_id: i32,
) -> Result<(category::Model, Vec<(ballot::Model, bool)>), AppError> {
    let c = category::Entity::find_by_id(category_id)
        .one(db)
        .await?
        .ok_or_else(no_category)?;
    let all = ballot::Entity::find()
        .filter(ballot::Column::CategoryId.eq(category_id))
        .order_by_asc(ballot::Column::Id)
        .all(db)
        .await?;
    let mut last: HashMap<&str, i32> = HashMap::new();
    for b in &all {
        last.insert(b.voter_key.as_str(), b.id);
    }
    let counted: Vec<bool> = all
        .iter()
        .map(|b| !b.withdrawn && last.get(b.voter_key.as_str()) == Some(&b.id))
        .collect();
    Ok((c, all.into_iter().zip(counted).collect()))
}
