//! Links between products and partnerships or training programs, both ways.

use super::detail::{partnership_titles, program_titles};
use super::entity::{product, product_partnership, product_program};
use super::service::{find, is_curator, kind_of};
use super::{Access, ProductLink, ReviewStatus};
use crate::accounts::CurrentUser;
use crate::error::AppError;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, Set,
};

/// What a link joins a product to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkTarget {
    Partnership,
    Program,
}

/// A curator links a product to (or unlinks it from) a partnership or training program.
#[tracing::instrument(skip(db, user))]
pub async fn link(
    db: &DatabaseConnection,
    user: &CurrentUser,
    product_id: i32,
    target: LinkTarget,
    target_id: i32,
    linked: bool,
) -> Result<(), AppError> {
    if !is_curator(user) {
        return Err(AppError::Forbidden);
    }
    find(db, product_id).await?;
    match target {
        LinkTarget::Partnership => {
            partnership_titles(db, &[target_id])
                .await?
                .pop()
                .ok_or_else(|| {
                    AppError::field(
                        "target_id",
                        crate::t!(crate::i18n::current(), "library-link-no-partnership"),
                    )
                })?;
            product_partnership::Entity::delete_many()
                .filter(product_partnership::Column::ProductId.eq(product_id))
                .filter(product_partnership::Column::PartnershipId.eq(target_id))
                .exec(db)
                .await?;
            if linked {
                product_partnership::ActiveModel {
                    product_id: Set(product_id),
                    partnership_id: Set(target_id),
                }
                .insert(db)
                .await?;
            }
        }
        LinkTarget::Program => {
            if linked
                && !program_titles(db, &[target_id])
                    .await?
                    .contains_key(&target_id)
            {
                return Err(AppError::field(
                    "target_id",
                    crate::t!(crate::i18n::current(), "library-link-no-program"),
                ));
            }
            product_program::Entity::delete_many()
                .filter(product_program::Column::ProductId.eq(product_id))
                .filter(product_program::Column::ProgramId.eq(target_id))
                .exec(db)
                .await?;
            if linked {
                product_program::ActiveModel {
                    product_id: Set(product_id),
                    program_id: Set(target_id),
                }
                .insert(db)
                .await?;
            }
        }
    }
    Ok(())
}

/// Published products in `ids` as links, for a partnership's or program's page: anyone but
/// members of the network (`members == false`, see [`sees_members_only`]) gets the public
/// ones only.
async fn links_for<C: ConnectionTrait>(
    db: &C,
    ids: Vec<i32>,
    members: bool,
) -> Result<Vec<ProductLink>, DbErr> {
    // The kind is written in the language of the page that lists the products.
    let lang = crate::i18n::current();
    let mut query = product::Entity::find()
        .filter(product::Column::Id.is_in(ids))
        .filter(product::Column::Status.eq(ReviewStatus::Published));
    if !members {
        query = query.filter(product::Column::Access.eq(Access::Public));
    }
    Ok(query
        .order_by_desc(product::Column::Year)
        .order_by_asc(product::Column::Title)
        .all(db)
        .await?
        .into_iter()
        .map(|p| ProductLink {
            kind: kind_of(&p).label(lang),
            id: p.id,
            title: p.title,
        })
        .collect())
}

/// The products that came out of or serve a partnership.
pub async fn products_for_partnership<C: ConnectionTrait>(
    db: &C,
    partnership_id: i32,
    members: bool,
) -> Result<Vec<ProductLink>, DbErr> {
    let ids = product_partnership::Entity::find()
        .filter(product_partnership::Column::PartnershipId.eq(partnership_id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.product_id)
        .collect();
    links_for(db, ids, members).await
}

/// The published public products linked to a training program, for its page. (Members-only
/// products are left out, so a visitor never sees their titles; use
/// [`products_for_program_as`] to include them for a signed-in person.)
pub async fn products_for_program<C: ConnectionTrait>(
    db: &C,
    program_id: i32,
) -> Result<Vec<ProductLink>, DbErr> {
    products_for_program_as(db, program_id, false).await
}

pub async fn products_for_program_as<C: ConnectionTrait>(
    db: &C,
    program_id: i32,
    members: bool,
) -> Result<Vec<ProductLink>, DbErr> {
    let ids = product_program::Entity::find()
        .filter(product_program::Column::ProgramId.eq(program_id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.product_id)
        .collect();
    links_for(db, ids, members).await
}
