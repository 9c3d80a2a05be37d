//! The server's own secret key, for keyed hashes (HMAC-SHA256) of values that must not be
//! recomputable by someone who holds a list of them: ballot voter keys (the registrant list
//! must not link ballots to people) and personal voting codes (a copy of the database alone
//! must not let anyone try codes offline).
//!
//! The key comes from the `secret_key` setting when the operator sets one; otherwise it is made
//! once, at random, and kept in the `server_secret` table, so every instance on one database
//! uses the same key without configuration.

use crate::error::AppError;
use hmac::{Hmac, Mac};
use sea_orm::sea_query::OnConflict;
use sea_orm::{DatabaseConnection, EntityTrait, Set};
use sha2::{Digest, Sha256};
use std::fmt;
use tokio::sync::OnceCell;

/// A 256-bit key. Its bytes never reach a log line.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey([u8; 32]);

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey([redacted])")
    }
}

impl SecretKey {
    /// The key of an operator's passphrase (any length; the setting requires 32 characters).
    pub fn from_passphrase(passphrase: &str) -> SecretKey {
        SecretKey(Sha256::digest(passphrase.as_bytes()).into())
    }

    /// HMAC-SHA256 of `message` under this key, for one `purpose` (so the same value hashed for
    /// two purposes gives unrelated results), as lower-case hex.
    pub fn keyed_hash(&self, purpose: &str, message: &str) -> String {
        // HMAC accepts keys of any length, so this cannot fail.
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.0) else {
            return String::new();
        };
        mac.update(purpose.as_bytes());
        mac.update(b"|");
        mac.update(message.as_bytes());
        mac.finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// The key, read (or made) on first use and then kept.
pub struct ServerSecret {
    configured: Option<SecretKey>,
    loaded: OnceCell<SecretKey>,
}

impl ServerSecret {
    /// `configured`: the operator's `secret_key`, when set.
    pub fn new(configured: Option<&str>) -> ServerSecret {
        ServerSecret {
            configured: configured.map(SecretKey::from_passphrase),
            loaded: OnceCell::new(),
        }
    }

    pub async fn key(&self, db: &DatabaseConnection) -> Result<SecretKey, AppError> {
        if let Some(key) = &self.configured {
            return Ok(key.clone());
        }
        self.loaded
            .get_or_try_init(|| stored_key(db))
            .await
            .cloned()
    }
}

const NAME: &str = "hmac";

/// The stored key, made on first use. Two instances starting at once both try to store theirs;
/// the first insert wins and both read it back. Read first, so that once the key exists loading
/// it never writes (a write could wait on another connection's write lock on SQLite).
async fn stored_key(db: &DatabaseConnection) -> Result<SecretKey, AppError> {
    use entity::{ActiveModel, Column, Entity};
    use rand::RngCore;
    if let Some(row) = Entity::find_by_id(NAME.to_owned()).one(db).await? {
        return decode_stored(&row.value);
    }
    let mut fresh = [0u8; 32];
    rand::rng().fill_bytes(&mut fresh);
    Entity::insert(ActiveModel {
        name: Set(NAME.to_owned()),
        value: Set(fresh.iter().map(|b| format!("{b:02x}")).collect()),
        created_at: Set(chrono::Utc::now()),
    })
    .on_conflict(OnConflict::column(Column::Name).do_nothing().to_owned())
    .exec_without_returning(db)
    .await?;
    let row = Entity::find_by_id(NAME.to_owned())
        .one(db)
        .await?
        .ok_or(AppError::Internal)?;
    decode_stored(&row.value)
}

fn decode_stored(value: &str) -> Result<SecretKey, AppError> {
    decode(value).ok_or_else(|| {
        tracing::error!("the stored server secret is not 64 hexadecimal digits");
        AppError::Internal
    })
}

fn decode(hex: &str) -> Option<SecretKey> {
    if hex.len() != 64 {
        return None;
    }
    let mut key = [0u8; 32];
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(SecretKey(key))
}

pub mod entity {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "server_secret")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub name: String,
        pub value: String,
        pub created_at: DateTimeUtc,
    }

    impl std::fmt::Debug for Model {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.debug_struct("ServerSecret")
                .field("name", &self.name)
                .finish_non_exhaustive()
        }
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyed_hashes_depend_on_key_purpose_and_message() {
        let a = SecretKey::from_passphrase("a passphrase of thirty-two characters");
        let b = SecretKey::from_passphrase("another passphrase of 32 characters");
        let h = a.keyed_hash("voter", "1|7");
        assert_eq!(h.len(), 64);
        assert_eq!(h, a.keyed_hash("voter", "1|7"));
        assert_ne!(h, b.keyed_hash("voter", "1|7"));
        assert_ne!(h, a.keyed_hash("code", "1|7"));
        assert_ne!(h, a.keyed_hash("voter", "1|8"));
    }

    #[test]
    fn a_stored_key_reads_back_and_garbage_does_not() {
        let hex = "0f".repeat(32);
        assert_eq!(decode(&hex), Some(SecretKey([0x0f; 32])));
        assert_eq!(decode("0f"), None);
        assert_eq!(decode(&"zz".repeat(32)), None);
        assert!(!format!("{:?}", SecretKey([7; 32])).contains('7'));
    }
}
