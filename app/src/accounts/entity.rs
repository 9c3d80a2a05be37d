//! The `account` and `account_role` tables.

pub mod account {
    use sea_orm::entity::prelude::*;

    // `Debug` by hand below: a logged account must never carry its password hash.
    #[derive(Clone, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "account")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        /// Trimmed and lower-cased; unique.
        pub email: String,
        pub name: String,
        pub password_hash: String,
        pub created_at: DateTimeUtc,
        pub password_changed_at: DateTimeUtc,
        /// When the owner confirmed the address; until then the account is a visitor.
        pub email_verified_at: Option<DateTimeUtc>,
        /// Set by the secretariat (or when the owner deletes the account): no sign-in.
        pub deactivated_at: Option<DateTimeUtc>,
        /// The language the person chose for the hub and its emails; none: the browser's.
        pub language: Option<crate::i18n::Lang>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    impl std::fmt::Debug for Model {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.debug_struct("Account")
                .field("id", &self.id)
                .field("email", &self.email)
                .field("name", &self.name)
                .field("password_hash", &"[hidden]")
                .field("created_at", &self.created_at)
                .field("password_changed_at", &self.password_changed_at)
                .field("email_verified_at", &self.email_verified_at)
                .field("deactivated_at", &self.deactivated_at)
                .finish()
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn debug_never_prints_the_password_hash() {
            let now = chrono::Utc::now();
            let account = Model {
                id: 7,
                email: "ana@example.org".into(),
                name: "Ana".into(),
                password_hash: "$argon2id$v=19$secret-hash".into(),
                created_at: now,
                password_changed_at: now,
                email_verified_at: None,
                deactivated_at: None,
                language: None,
            };
            let printed = format!("{account:?}");
            assert!(printed.contains("ana@example.org"), "{printed}");
            assert!(!printed.contains("argon2id"), "{printed}");
        }
    }
}

pub mod account_role {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "account_role")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub account_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub role: crate::accounts::Role,
        pub granted_at: DateTimeUtc,
    }

    /// The foreign keys of `account_role`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::AccountId",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        Account,
    }

    impl Related<crate::accounts::entity::account::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Account.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod session {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "session")]
    pub struct Model {
        /// SHA-256 (hex) of the cookie token.
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        pub account_id: i32,
        pub created_at: DateTimeUtc,
        pub last_seen_at: DateTimeUtc,
    }

    /// The foreign keys of `session`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::AccountId",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        Account,
    }

    impl Related<crate::accounts::entity::account::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Account.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod organization_member {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "organization_member")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub account_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub organization_id: i32,
        pub is_admin: bool,
        pub joined_at: DateTimeUtc,
    }

    /// The foreign keys of `organization_member`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::AccountId",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        Account,
        // `organization_id` is a foreign key to `organization` too (migrations), not declared
        // here: accounts sit below partners (ARCHITECTURE.md), and nothing joins that way.
    }

    impl Related<crate::accounts::entity::account::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Account.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod password_reset {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "password_reset")]
    pub struct Model {
        /// SHA-256 (hex) of the emailed token.
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        pub account_id: i32,
        pub created_at: DateTimeUtc,
        pub expires_at: DateTimeUtc,
        pub used_at: Option<DateTimeUtc>,
    }

    /// The foreign keys of `password_reset`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::AccountId",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        Account,
    }

    impl Related<crate::accounts::entity::account::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Account.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod email_confirmation {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "email_confirmation")]
    pub struct Model {
        /// SHA-256 (hex) of the emailed token.
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        pub account_id: i32,
        /// The address the link confirms: the account's own, or the one it changes to.
        pub email: String,
        pub created_at: DateTimeUtc,
        pub expires_at: DateTimeUtc,
        pub used_at: Option<DateTimeUtc>,
    }

    /// The foreign keys of `email_confirmation`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::AccountId",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        Account,
    }

    impl Related<crate::accounts::entity::account::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Account.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}
