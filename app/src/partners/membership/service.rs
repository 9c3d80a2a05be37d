//! Requests to join organizations and the network flag, as plain functions over a connection.
//! Each change writes its email(s) and audit record in its own transaction.

use super::entity as request;
use super::{JoinRequest, MembershipView, RequestStatus, Standing};
use crate::accounts::audit::{record, Actor, AuditAction};
use crate::accounts::entity::{account, account_role, organization_member};
use crate::accounts::{CurrentUser, Role};
use crate::error::AppError;
use crate::mail::{enqueue, Letter, NETWORK_NAME};
use crate::partners::entity::organization;
use crate::partners::service::may_edit;
use crate::t;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use std::collections::HashMap;

fn not_found() -> AppError {
    AppError::NotFound(t!(crate::i18n::current(), "partners-not-found"))
}

async fn find_organization<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<organization::Model, AppError> {
    organization::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(not_found)
}

/// "Rina Santos <rina@example.org>", as the audit trail names people.
fn person_words(a: &account::Model) -> String {
    format!("{} <{}>", a.name, a.email)
}

/// The membership section of an organization's page, for `user`.
pub async fn view(
    db: &DatabaseConnection,
    organization_id: i32,
    user: Option<&CurrentUser>,
) -> Result<MembershipView, AppError> {
    let org = find_organization(db, organization_id).await?;
    let standing = match user {
        None => Standing::SignedOut,
        Some(u) if u.admin_of.contains(&org.id) => Standing::Admin,
        Some(u) if u.member_of.contains(&org.id) => Standing::Member,
        Some(u) => {
            let waiting = request::Entity::find()
                .filter(request::Column::AccountId.eq(u.id))
                .filter(request::Column::OrganizationId.eq(org.id))
                .filter(request::Column::Status.eq(RequestStatus::Pending))
                .one(db)
                .await?
                .is_some();
            if waiting {
                Standing::Waiting
            } else {
                Standing::MayAsk
            }
        }
    };
    let decides = may_edit(user, org.id);
    let requests = if decides {
        pending(db, Some(org.id)).await?
    } else {
        Vec::new()
    };
    Ok(MembershipView {
        organization_id: org.id,
        organization_name: org.name,
        network_member: org.network_member,
        standing,
        decides,
        sets_network_flag: user.is_some_and(|u| u.has_role(Role::SecretariatAdmin)),
        requests,
    })
}

/// Pending requests, oldest first: of one organization, or of all.
pub async fn pending(
    db: &DatabaseConnection,
    organization_id: Option<i32>,
) -> Result<Vec<JoinRequest>, AppError> {
    let mut select = request::Entity::find()
        .filter(request::Column::Status.eq(RequestStatus::Pending))
        .order_by_asc(request::Column::CreatedAt)
        .order_by_asc(request::Column::Id);
    if let Some(id) = organization_id {
        select = select.filter(request::Column::OrganizationId.eq(id));
    }
    let rows = select.all(db).await?;
    let people: HashMap<i32, account::Model> = account::Entity::find()
        .filter(account::Column::Id.is_in(rows.iter().map(|r| r.account_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let names: HashMap<i32, String> = organization::Entity::find()
        .filter(organization::Column::Id.is_in(rows.iter().map(|r| r.organization_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let person = people.get(&r.account_id)?;
            Some(JoinRequest {
                id: r.id,
                person_name: person.name.clone(),
                person_email: person.email.clone(),
                organization_id: r.organization_id,
                organization_name: names.get(&r.organization_id).cloned().unwrap_or_default(),
                message: r.message,
                created_at: r.created_at,
            })
        })
        .collect())
}

/// Who decides requests to join `org`: its admins, or the secretariat admins when it has none.
async fn deciders<C: ConnectionTrait>(db: &C, org: i32) -> Result<Vec<account::Model>, AppError> {
    let admins: Vec<i32> = organization_member::Entity::find()
        .filter(organization_member::Column::OrganizationId.eq(org))
        .filter(organization_member::Column::IsAdmin.eq(true))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.account_id)
        .collect();
    let ids = if admins.is_empty() {
        account_role::Entity::find()
            .filter(account_role::Column::Role.eq(Role::SecretariatAdmin))
            .all(db)
            .await?
            .into_iter()
            .map(|r| r.account_id)
            .collect()
    } else {
        admins
    };
    Ok(account::Entity::find()
        .filter(account::Column::Id.is_in(ids))
        .order_by_asc(account::Column::Id)
        .all(db)
        .await?)
}

/// `user` asks to join organization `organization_id`; its deciders are emailed.
pub async fn ask(
    db: &DatabaseConnection,
    base_url: &str,
    user: &CurrentUser,
    organization_id: i32,
    note: &str,
) -> Result<(), AppError> {
    let lang = crate::i18n::current();
    let txn = crate::db::begin_write(db).await?;
    let org = find_organization(&txn, organization_id).await?;
    if organization_member::Entity::find_by_id((user.id, org.id))
        .one(&txn)
        .await?
        .is_some()
    {
        return Err(AppError::Conflict(t!(
            lang,
            "partners-already-member",
            organization = org.name.clone()
        )));
    }
    let waiting = || {
        AppError::Conflict(t!(
            lang,
            "partners-already-waiting",
            organization = org.name.clone()
        ))
    };
    request::ActiveModel {
        account_id: Set(user.id),
        organization_id: Set(org.id),
        message: Set(note.to_owned()),
        status: Set(RequestStatus::Pending),
        created_at: Set(chrono::Utc::now()),
        decided_at: Set(None),
        decided_by: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await
    // One pending request per person and organization: the partial unique index decides.
    .map_err(|e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => waiting(),
        _ => AppError::from(e),
    })?;
    let url = format!("{base_url}/partners/{}#join-requests", org.id);
    for admin in deciders(&txn, org.id).await? {
        // Each decider reads it in the language they chose (the account's saved choice).
        let to = admin.language.unwrap_or_default();
        let mut letter = Letter::new(
            admin.email.clone(),
            t!(
                to,
                "partners-mail-ask-subject",
                person = user.name.clone(),
                organization = org.name.clone()
            ),
        )
        .lang(to)
        .greeting(admin.name.clone())
        .paragraph(t!(
            to,
            "partners-mail-ask-text",
            person = user.name.clone(),
            email = user.email.clone(),
            organization = org.name.clone(),
            network = NETWORK_NAME
        ));
        if !note.is_empty() {
            letter = letter.paragraph(t!(to, "partners-mail-ask-note", note = note));
        }
        let letter = letter
            .action(t!(to, "partners-mail-ask-action"), url.clone())
            .paragraph(t!(to, "partners-mail-ask-members-only"));
        enqueue(&txn, &letter).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// `user` withdraws their waiting request to join `organization_id`.
pub async fn withdraw(
    db: &DatabaseConnection,
    user: &CurrentUser,
    organization_id: i32,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let found = request::Entity::find()
        .filter(request::Column::AccountId.eq(user.id))
        .filter(request::Column::OrganizationId.eq(organization_id))
        .filter(request::Column::Status.eq(RequestStatus::Pending))
        .one(&txn)
        .await?
        .ok_or_else(|| {
            AppError::Conflict(t!(crate::i18n::current(), "partners-no-request-waiting"))
        })?;
    let mut active: request::ActiveModel = found.into();
    active.status = Set(RequestStatus::Withdrawn);
    active.decided_at = Set(Some(chrono::Utc::now()));
    active.decided_by = Set(Some(user.id));
    active.update(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// Approves or refuses request `request_id` as `user` (its organization's admins and
/// secretariat admins): the person is emailed, the decision audited, and on approval they
/// become a member of the organization.
pub async fn decide(
    db: &DatabaseConnection,
    base_url: &str,
    user: &CurrentUser,
    request_id: i32,
    approve: bool,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let found = request::Entity::find_by_id(request_id)
        .one(&txn)
        .await?
        .ok_or_else(|| {
            AppError::NotFound(t!(crate::i18n::current(), "partners-no-such-request"))
        })?;
    if !may_edit(Some(user), found.organization_id) {
        return Err(AppError::Forbidden);
    }
    if found.status != RequestStatus::Pending {
        return Err(AppError::Conflict(
            found.status.already(crate::i18n::current()),
        ));
    }
    let org = find_organization(&txn, found.organization_id).await?;
    let person = account::Entity::find_by_id(found.account_id)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::NotFound(t!(crate::i18n::current(), "partners-person-gone")))?;
    let now = chrono::Utc::now();
    let mut active: request::ActiveModel = found.clone().into();
    active.status = Set(if approve {
        RequestStatus::Approved
    } else {
        RequestStatus::Refused
    });
    active.decided_at = Set(Some(now));
    active.decided_by = Set(Some(user.id));
    active.update(&txn).await?;

    let already = organization_member::Entity::find_by_id((person.id, org.id))
        .one(&txn)
        .await?
        .is_some();
    if approve && !already {
        organization_member::ActiveModel {
            account_id: Set(person.id),
            organization_id: Set(org.id),
            is_admin: Set(false),
            joined_at: Set(now),
        }
        .insert(&txn)
        .await?;
    }
    let mut details = format!("Request to join {}", org.name);
    if !found.message.is_empty() {
        details.push_str(&format!(" (note: “{}”)", found.message));
    }
    record(
        &txn,
        &Actor::person(user),
        if approve {
            AuditAction::MembershipApproved
        } else {
            AuditAction::MembershipRefused
        },
        &format!("{}, {}", person_words(&person), org.name),
        &details,
    )
    .await?;

    let url = format!("{base_url}/partners/{}", org.id);
    // In the language the person chose (the account's saved choice), not the decider's.
    let to = person.language.unwrap_or_default();
    let name = || org.name.clone();
    let letter = if approve {
        let network = if org.network_member {
            t!(to, "partners-mail-approved-network", organization = name())
        } else {
            t!(to, "partners-mail-approved-listed", organization = name())
        };
        Letter::new(
            person.email.clone(),
            t!(to, "partners-mail-approved-subject", organization = name()),
        )
        .lang(to)
        .greeting(person.name.clone())
        .paragraph(t!(
            to,
            "partners-mail-approved-text",
            organization = name(),
            network = NETWORK_NAME
        ))
        .paragraph(network)
        .action(t!(to, "partners-mail-open", organization = name()), url)
    } else {
        Letter::new(
            person.email.clone(),
            t!(to, "partners-mail-refused-subject", organization = name()),
        )
        .lang(to)
        .greeting(person.name.clone())
        .paragraph(t!(
            to,
            "partners-mail-refused-text",
            organization = name(),
            network = NETWORK_NAME
        ))
        .action(t!(to, "partners-mail-open", organization = name()), url)
    };
    enqueue(&txn, &letter).await?;
    txn.commit().await?;
    Ok(())
}

/// Makes `organization_id` a member of the network or no longer one, as `user` (a secretariat
/// admin), and audits the change. Setting the flag it already has changes nothing.
pub async fn set_network_member(
    db: &DatabaseConnection,
    user: &CurrentUser,
    organization_id: i32,
    network_member: bool,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    let org = find_organization(&txn, organization_id).await?;
    if org.network_member == network_member {
        return Ok(());
    }
    let name = org.name.clone();
    let mut active: organization::ActiveModel = org.into();
    active.network_member = Set(network_member);
    active.update(&txn).await?;
    record(
        &txn,
        &Actor::person(user),
        AuditAction::NetworkMembershipChanged,
        &name,
        if network_member {
            crate::accounts::audit::detail::JOINED_NETWORK
        } else {
            crate::accounts::audit::detail::LEFT_NETWORK
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
