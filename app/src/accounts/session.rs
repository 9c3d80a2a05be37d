//! Server-side sessions: a random 128-bit token in an HttpOnly cookie, its SHA-256 in the
//! database, an idle timeout that depends on the role, and an absolute lifetime of 30 days
//! however active the session is (a stolen cookie does not work for ever).

use super::entity::{account, session};
use super::{CurrentUser, Role};
use crate::error::AppError;
use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};

pub const COOKIE_NAME: &str = "wl_session";

/// Admins are signed out sooner: their sessions can do the most harm.
pub fn idle_timeout(roles: &[Role]) -> Duration {
    if roles.contains(&Role::SecretariatAdmin) {
        Duration::minutes(30)
    } else {
        longest_idle_timeout()
    }
}

/// The longest any session lasts, active or not.
pub fn absolute_lifetime() -> Duration {
    Duration::days(30)
}

/// The longest idle timeout of any role: a session idle this long has expired for everyone.
pub fn longest_idle_timeout() -> Duration {
    Duration::hours(12)
}

/// Whether a session started at `created` and last seen at `last_seen` has expired at `now`.
pub fn is_expired(
    created: DateTime<Utc>,
    last_seen: DateTime<Utc>,
    now: DateTime<Utc>,
    roles: &[Role],
) -> bool {
    now - last_seen > idle_timeout(roles) || now - created > absolute_lifetime()
}

/// A new random token (128 bits, hex) for the cookie.
pub fn new_token() -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    hex(&bytes)
}

/// What the database keeps instead of the token.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The `Set-Cookie` value that stores `token`; `Secure` when the site is served over HTTPS.
pub fn session_cookie(token: &str, secure: bool) -> String {
    cookie::Cookie::build((COOKIE_NAME, token.to_owned()))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(cookie::SameSite::Lax)
        .build()
        .to_string()
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn removal_cookie(secure: bool) -> String {
    cookie::Cookie::build((COOKIE_NAME, ""))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(cookie::SameSite::Lax)
        .max_age(cookie::time::Duration::ZERO)
        .build()
        .to_string()
}

/// The session token in a `Cookie` request header, if any.
pub fn token_from_cookie_header(header: &str) -> Option<String> {
    cookie::Cookie::split_parse(header)
        .filter_map(Result::ok)
        .find(|c| c.name() == COOKIE_NAME && !c.value().is_empty())
        .map(|c| c.value().to_owned())
}

/// Starts a session for `account_id` and returns its token.
pub async fn start(db: &DatabaseConnection, account_id: i32) -> Result<String, AppError> {
    let token = new_token();
    let now = Utc::now();
    session::ActiveModel {
        token_hash: Set(token_hash(&token)),
        account_id: Set(account_id),
        created_at: Set(now),
        last_seen_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The signed-in user for `token`, or `None` when the session is unknown, idle too long or
/// too old, or its account is deactivated (an expired session is deleted). Activity moves the
/// idle deadline, never the absolute one.
pub async fn resolve(
    db: &DatabaseConnection,
    token: &str,
) -> Result<Option<CurrentUser>, AppError> {
    let hash = token_hash(token);
    let Some(found) = session::Entity::find_by_id(hash.clone()).one(db).await? else {
        return Ok(None);
    };
    let Some(account) = account::Entity::find_by_id(found.account_id)
        .one(db)
        .await?
        .filter(|a| a.deactivated_at.is_none())
    else {
        return Ok(None);
    };
    let user = super::current_user::current_user_for(db, account).await?;
    let now = Utc::now();
    if is_expired(found.created_at, found.last_seen_at, now, &user.roles) {
        session::Entity::delete_by_id(hash).exec(db).await?;
        return Ok(None);
    }
    // Writing on every request would serialise readers on SQLite: a minute's precision is enough.
    if now - found.last_seen_at > Duration::minutes(1) {
        let mut active: session::ActiveModel = found.into();
        active.last_seen_at = Set(now);
        active.update(db).await?;
    }
    Ok(Some(user))
}

pub async fn end(db: &DatabaseConnection, token: &str) -> Result<(), AppError> {
    session::Entity::delete_by_id(token_hash(token))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every session of the account except `keep` (the caller's own, when it stays signed in).
pub async fn end_all<C: sea_orm::ConnectionTrait>(
    db: &C,
    account_id: i32,
    keep: Option<&str>,
) -> Result<u64, AppError> {
    let mut delete =
        session::Entity::delete_many().filter(session::Column::AccountId.eq(account_id));
    if let Some(token) = keep {
        delete = delete.filter(session::Column::TokenHash.ne(token_hash(token)));
    }
    Ok(delete.exec(db).await?.rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_128_bit_and_unique() {
        let a = new_token();
        assert_eq!(a.len(), 32);
        assert_ne!(a, new_token());
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
    }

    #[test]
    fn admins_time_out_after_30_minutes_others_after_12_hours() {
        let seen = Utc::now();
        let admin = [Role::SecretariatAdmin, Role::Member];
        assert!(!is_expired(
            seen,
            seen,
            seen + Duration::minutes(29),
            &admin
        ));
        assert!(is_expired(seen, seen, seen + Duration::minutes(31), &admin));
        let member = [Role::Member];
        assert!(!is_expired(seen, seen, seen + Duration::hours(11), &member));
        assert!(is_expired(seen, seen, seen + Duration::hours(13), &member));
        assert!(longest_idle_timeout() >= idle_timeout(&member));
    }

    #[test]
    fn no_session_outlives_30_days_however_active() {
        let started = Utc::now();
        let member = [Role::Member];
        let day_29 = started + Duration::days(29);
        assert!(!is_expired(
            started,
            day_29,
            day_29 + Duration::minutes(5),
            &member
        ));
        let day_31 = started + Duration::days(31);
        assert!(is_expired(
            started,
            day_31 - Duration::minutes(1),
            day_31,
            &member
        ));
    }

    #[test]
    fn cookies_are_http_only_lax_and_secure_on_https() {
        let c = session_cookie("abc", true);
        assert!(
            c.contains("HttpOnly") && c.contains("SameSite=Lax") && c.contains("Secure"),
            "{c}"
        );
        assert!(!session_cookie("abc", false).contains("Secure"));
        assert!(removal_cookie(false).contains("Max-Age=0"));
    }

    #[test]
    fn finds_the_token_among_other_cookies() {
        assert_eq!(
            token_from_cookie_header("theme=dark; wl_session=abc123; x=1"),
            Some("abc123".to_owned())
        );
        assert_eq!(token_from_cookie_header("theme=dark"), None);
        assert_eq!(token_from_cookie_header("wl_session="), None);
    }
}
