//! The Forum tables. One module per table, as sea-orm expects.

macro_rules! no_relations {
    () => {
        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}

        impl ActiveModelBehavior for ActiveModel {}
    };
}

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
    no_relations!();
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
    no_relations!();
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
    }
    no_relations!();
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
    no_relations!();
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
    no_relations!();
}
