//! Who may see and do what in the library, decided here for every query (`submission`,
//! `browse`, `detail`, `links`, `file_versions`) and every caller: published public products
//! are for everyone, members-only ones for members of the network
//! ([`CurrentUser::is_network_member`]: any account from open sign-up is not one), unpublished
//! ones for their submitter and the curators (secretariat admins and facilitators), who also
//! publish, review and link products.

use super::entity::product;
use super::{Access, ProductKind, ReviewStatus};
use crate::accounts::{CurrentUser, Role};
use crate::error::AppError;
use sea_orm::{ConnectionTrait, EntityTrait};

/// Secretariat admins and facilitators: they publish, review and link products.
pub fn is_curator(user: &CurrentUser) -> bool {
    user.has_role(Role::SecretariatAdmin) || user.has_role(Role::Facilitator)
}

fn not_found() -> AppError {
    AppError::NotFound(crate::t!(crate::i18n::current(), "library-not-found"))
}

pub(super) fn kind_of(m: &product::Model) -> ProductKind {
    m.kind
}

pub(super) fn access_of(m: &product::Model) -> Access {
    m.access
}

pub(super) fn status_of(m: &product::Model) -> ReviewStatus {
    m.status
}

/// Whether `user` sees members-only products: members of the network, not any account.
pub fn sees_members_only(user: Option<&CurrentUser>) -> bool {
    crate::accounts::is_network_member(user)
}

/// Whether `user` may see the product's page at all. An unpublished product is hidden as if
/// it did not exist (404); a members-only one asks visitors to sign in (401) and refuses
/// accounts that are not members of the network (403). Its submitter always sees it.
pub(super) fn check_visible(
    m: &product::Model,
    user: Option<&CurrentUser>,
) -> Result<(), AppError> {
    let own = user.is_some_and(|u| is_curator(u) || m.submitted_by == Some(u.id));
    if status_of(m) != ReviewStatus::Published && !own {
        return Err(not_found());
    }
    if access_of(m) == Access::Members && !own && !sees_members_only(user) {
        return Err(match user {
            None => AppError::Unauthenticated,
            Some(_) => AppError::Forbidden,
        });
    }
    Ok(())
}

/// Curators always; the submitter while the product waits for review.
pub(super) fn may_upload(m: &product::Model, user: &CurrentUser) -> bool {
    is_curator(user) || (m.submitted_by == Some(user.id) && status_of(m) == ReviewStatus::Submitted)
}

pub async fn find<C: ConnectionTrait>(db: &C, id: i32) -> Result<product::Model, AppError> {
    product::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(not_found)
}
