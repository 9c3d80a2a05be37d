//! The audit trail: who granted or revoked a role, decided a membership, deactivated an account
//! or merged organizations, and when. Written in the same transaction as the change it records.

use crate::stored::stored_enum;
use serde::{Deserialize, Serialize};

stored_enum! {
    /// What was done (`audit_event.action`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum AuditAction {
        RoleGranted = "role_granted",
        RoleRevoked = "role_revoked",
        MembershipApproved = "membership_approved",
        MembershipRefused = "membership_refused",
        MembershipEnded = "membership_ended",
        NetworkMembershipChanged = "network_membership_changed",
        AccountDeactivated = "account_deactivated",
        AccountReactivated = "account_reactivated",
        AccountDeleted = "account_deleted",
        OrganizationsMerged = "organizations_merged",
    }
}

impl AuditAction {
    /// How the admin page names the action.
    pub fn label(self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        match self {
            AuditAction::RoleGranted => t!(lang, "accounts-audit-role-granted"),
            AuditAction::RoleRevoked => t!(lang, "accounts-audit-role-revoked"),
            AuditAction::MembershipApproved => t!(lang, "accounts-audit-membership-approved"),
            AuditAction::MembershipRefused => t!(lang, "accounts-audit-membership-refused"),
            AuditAction::MembershipEnded => t!(lang, "accounts-audit-membership-ended"),
            AuditAction::NetworkMembershipChanged => {
                t!(lang, "accounts-audit-network-membership-changed")
            }
            AuditAction::AccountDeactivated => t!(lang, "accounts-audit-account-deactivated"),
            AuditAction::AccountReactivated => t!(lang, "accounts-audit-account-reactivated"),
            AuditAction::AccountDeleted => t!(lang, "accounts-audit-account-deleted"),
            AuditAction::OrganizationsMerged => t!(lang, "accounts-audit-organizations-merged"),
        }
    }
}

/// One recorded change, as the admin page and the CSV export show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: i32,
    pub at: chrono::DateTime<chrono::Utc>,
    /// Who did it, as named when they did (kept when their account is later deleted).
    pub actor: String,
    pub action: AuditAction,
    /// Whom or what it was done to, in words ("Rina Santos <rina@…>", "DCWD").
    pub subject: String,
    pub details: String,
}

/// Details kept as a code and told in the reader's language; other details are names and
/// numbers, shown as written (as are entries written before details were codes).
pub mod detail {
    pub const JOINED_NETWORK: &str = "joined_network";
    pub const LEFT_NETWORK: &str = "left_network";
    pub const REMOVED_BY_SECRETARIAT: &str = "removed_by_secretariat";
}

impl AuditEntry {
    /// The entry as a reader of `lang` sees it: its coded details in words of that language.
    pub fn told_in(mut self, lang: crate::i18n::Lang) -> Self {
        use crate::t;
        let told = match (self.action, self.details.as_str()) {
            (AuditAction::RoleGranted | AuditAction::RoleRevoked, code) => {
                crate::accounts::Role::from_code(code).map(|role| role.label(lang))
            }
            (_, detail::JOINED_NETWORK) => Some(t!(lang, "accounts-audit-joined-network")),
            (_, detail::LEFT_NETWORK) => Some(t!(lang, "accounts-audit-left-network")),
            (_, detail::REMOVED_BY_SECRETARIAT) => {
                Some(t!(lang, "accounts-audit-removed-by-secretariat"))
            }
            _ => None,
        };
        if let Some(told) = told {
            self.details = told;
        }
        self
    }
}

#[cfg(feature = "ssr")]
pub use store::{record, Actor};

#[cfg(feature = "ssr")]
pub mod entity {
    use super::AuditAction;
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "audit_event")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub at: DateTimeUtc,
        /// Null once the actor's account is gone; `actor_name` keeps who it was.
        pub actor_account_id: Option<i32>,
        pub actor_name: String,
        pub action: AuditAction,
        pub subject: String,
        pub details: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::ActorAccountId",
            to = "crate::accounts::entity::account::Column::Id",
            on_delete = "SetNull"
        )]
        Actor,
    }

    impl ActiveModelBehavior for ActiveModel {}

    impl From<Model> for super::AuditEntry {
        fn from(m: Model) -> Self {
            super::AuditEntry {
                id: m.id,
                at: m.at,
                actor: m.actor_name,
                action: m.action,
                subject: m.subject,
                details: m.details,
            }
        }
    }
}

#[cfg(feature = "ssr")]
mod store {
    use super::{entity, AuditAction};
    use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

    /// Who acts: a signed-in person, or the system (a background task, the command line).
    #[derive(Debug, Clone)]
    pub struct Actor {
        pub account_id: Option<i32>,
        pub name: String,
    }

    impl Actor {
        pub fn person(user: &crate::accounts::CurrentUser) -> Actor {
            Actor {
                account_id: Some(user.id),
                name: format!("{} <{}>", user.name, user.email),
            }
        }

        pub fn system(what: &str) -> Actor {
            Actor {
                account_id: None,
                name: what.to_owned(),
            }
        }
    }

    /// Records `action` on `subject` by `actor`; call it on the transaction of the change.
    pub async fn record<C: ConnectionTrait>(
        db: &C,
        actor: &Actor,
        action: AuditAction,
        subject: &str,
        details: &str,
    ) -> Result<(), DbErr> {
        entity::ActiveModel {
            at: Set(chrono::Utc::now()),
            actor_account_id: Set(actor.account_id),
            actor_name: Set(actor.name.clone()),
            action: Set(action),
            subject: Set(subject.to_owned()),
            details: Set(details.to_owned()),
            ..Default::default()
        }
        .insert(db)
        .await?;
        Ok(())
    }
}
