//! Password hashing with argon2id at the OWASP parameters (19 MiB, 2 iterations, 1 lane).

use argon2::{
    password_hash::{phc::PasswordHash, PasswordHasher, PasswordVerifier},
    Algorithm, Argon2, Params, Version,
};
use std::fmt;

/// A stored password hash (PHC string). It cannot be serialized, and prints as redacted.
#[derive(Clone, PartialEq, Eq)]
pub struct PasswordHashString(String);

impl PasswordHashString {
    pub fn from_stored(stored: String) -> Self {
        PasswordHashString(stored)
    }

    pub fn as_stored(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for PasswordHashString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PasswordHashString([redacted])")
    }
}

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct HashError(String);

fn hasher() -> Result<Argon2<'static>, HashError> {
    let params = Params::new(19 * 1024, 2, 1, None).map_err(|e| HashError(e.to_string()))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hashes with a fresh random salt. CPU-heavy (tens of milliseconds): call it off the async
/// executor (`spawn_blocking`).
pub fn hash_password(password: &str) -> Result<PasswordHashString, HashError> {
    let hash = hasher()?
        .hash_password(password.as_bytes())
        .map_err(|e| HashError(e.to_string()))?;
    Ok(PasswordHashString(hash.to_string()))
}

/// `true` only when `password` matches; a malformed stored hash never matches.
pub fn verify_password(password: &str, stored: &PasswordHashString) -> bool {
    let Ok(parsed) = PasswordHash::new(&stored.0) else {
        return false;
    };
    match hasher() {
        Ok(argon2) => argon2.verify_password(password.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// [`hash_password`] on a blocking thread, for async callers.
pub async fn hash_off_thread(
    password: String,
) -> Result<PasswordHashString, crate::error::AppError> {
    use crate::error::AppError;
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "password hashing task failed");
            AppError::Internal
        })?
        .map_err(|e| {
            tracing::error!(error = %e, "password hashing failed");
            AppError::Internal
        })
}

/// Makes every unused password-reset link of the account stop working (a new link, a new
/// password, or a new address makes the old ones worthless).
pub async fn invalidate_reset_links<C: sea_orm::ConnectionTrait>(
    db: &C,
    account_id: i32,
) -> Result<u64, sea_orm::DbErr> {
    use super::entity::password_reset;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    Ok(password_reset::Entity::delete_many()
        .filter(password_reset::Column::AccountId.eq(account_id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(db)
        .await?
        .rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_use_argon2id_owasp_parameters() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(
            hash.as_stored()
                .starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{}",
            hash.as_stored()
        );
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("correct horse battery!", &hash));
        assert!(!verify_password(
            "anything",
            &PasswordHashString::from_stored("garbage".into())
        ));
    }

    #[test]
    fn the_same_password_gets_different_salts() {
        let a = hash_password("same password here").unwrap();
        let b = hash_password("same password here").unwrap();
        assert_ne!(a, b);
        assert!(!format!("{a:?}").contains("argon2"));
    }
}
