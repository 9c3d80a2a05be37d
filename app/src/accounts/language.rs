//! A person's choice of language: kept in a cookie for everyone, and saved on the account of
//! a signed-in person, so that it follows them to another device and their emails are written
//! in it.

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::Lang;
use leptos::prelude::*;

/// Keeps the chosen language (`lang`, a code of [`Lang`]); posted by the header's menu and the
/// account page's form, as plain forms that come back to the page they were on.
#[server(prefix = "/api", endpoint = "language")]
pub async fn choose_language(lang: String) -> Result<(), AppError> {
    use crate::t;
    let Some(chosen) = Lang::from_code(lang.trim()) else {
        return Err(AppError::field(
            "lang",
            t!(crate::i18n::current(), "lang-unknown"),
        ));
    };
    super::auth::remember_language(chosen);
    if let Some(user) = super::auth::optional_user().await? {
        let db = crate::state::db()?;
        ssr::save(&db, user.id, chosen).await?;
    }
    Ok(())
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use crate::accounts::entity::account;
    use crate::error::AppError;
    use crate::i18n::Lang;
    use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};

    pub async fn save(
        db: &DatabaseConnection,
        account_id: i32,
        lang: Lang,
    ) -> Result<(), AppError> {
        account::Entity::update_many()
            .col_expr(
                account::Column::Language,
                sea_orm::sea_query::Expr::value(lang.as_code()),
            )
            .filter(account::Column::Id.eq(account_id))
            .exec(db)
            .await?;
        Ok(())
    }

    /// The language a person chose, if they did: for emails written to them.
    pub async fn saved(
        db: &impl sea_orm::ConnectionTrait,
        account_id: i32,
    ) -> Result<Option<Lang>, AppError> {
        let language: Option<Option<Lang>> = account::Entity::find_by_id(account_id)
            .select_only()
            .column(account::Column::Language)
            .into_tuple()
            .one(db)
            .await?;
        Ok(language.flatten())
    }
}
