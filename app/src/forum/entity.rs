//! The Forum tables. One module per table, as sea-orm expects.

pub mod edition {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "forum_edition")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub year: i32,
        pub title: String,
        pub venue: String,
        pub time_zone: String,
        pub starts_on: Date,
        pub ends_on: Date,
        pub capacity: i32,
        pub opens_at: DateTimeUtc,
        pub closes_at: DateTimeUtc,
        pub needs_approval: bool,
        pub is_demo: bool,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod question {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "forum_question")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub edition_id: i32,
        pub position: i32,
        pub prompt: String,
        pub kind: crate::forum::rules::QuestionKind,
        pub choices: String,
        pub required: bool,
        pub shown_if_question: Option<i32>,
        pub shown_if_answer: String,
    }

    /// The foreign keys of `forum_question`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::forum::entity::edition::Entity",
            from = "Column::EditionId",
            to = "crate::forum::entity::edition::Column::Id"
        )]
        Edition,
    }

    impl Related<crate::forum::entity::edition::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Edition.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod registration {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "forum_registration")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub edition_id: i32,
        pub name: String,
        pub email: String,
        pub organization: String,
        pub attendee_type: crate::forum::rules::AttendeeType,
        pub account_id: Option<i32>,
        pub answers: String,
        pub status: crate::forum::rules::Status,
        pub confirm_token_hash: Option<String>,
        pub badge_code: String,
        /// Keyed hash of the personal code (voting and cancelling), set once confirmed.
        pub personal_code_hash: Option<String>,
        pub confirmed_at: Option<DateTimeUtc>,
        pub checked_in_at: Option<DateTimeUtc>,
        pub checked_in_by: Option<i32>,
        pub queued_at: DateTimeUtc,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        /// The language the registration was made in: its emails and badge are written in it.
        pub language: Option<crate::i18n::Lang>,
    }

    /// The foreign keys of `forum_registration`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::AccountId",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        Account,
        #[sea_orm(
            belongs_to = "crate::forum::entity::edition::Entity",
            from = "Column::EditionId",
            to = "crate::forum::entity::edition::Column::Id"
        )]
        Edition,
    }

    impl Related<crate::accounts::entity::account::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Account.def()
        }
    }

    impl Related<crate::forum::entity::edition::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Edition.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod session {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "forum_session")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub edition_id: i32,
        pub title: String,
        pub starts_at: DateTimeUtc,
        pub ends_at: DateTimeUtc,
        pub room: String,
        pub speakers: String,
        pub topic: String,
    }

    /// The foreign keys of `forum_session`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::forum::entity::edition::Entity",
            from = "Column::EditionId",
            to = "crate::forum::entity::edition::Column::Id"
        )]
        Edition,
    }

    impl Related<crate::forum::entity::edition::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Edition.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod star {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "forum_star")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub session_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub account_id: i32,
    }

    /// The foreign keys of `forum_star`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::AccountId",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        Account,
        #[sea_orm(
            belongs_to = "crate::forum::entity::session::Entity",
            from = "Column::SessionId",
            to = "crate::forum::entity::session::Column::Id"
        )]
        Session,
    }

    impl Related<crate::accounts::entity::account::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Account.def()
        }
    }

    impl Related<crate::forum::entity::session::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Session.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}
