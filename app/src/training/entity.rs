//! The training tables. One module per table, as sea-orm expects.

pub mod program {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "training_program")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub title: String,
        pub description: String,
        /// in_person, online or hybrid
        pub format: crate::training::rules::ProgramFormat,
        pub venue: String,
        pub link: String,
        pub language: crate::i18n::ContentLanguage,
        pub capacity: i32,
        /// Sessions to attend for completion; `None` means all.
        pub min_sessions: Option<i32>,
        pub time_zone: String,
        pub created_by: Option<i32>,
        pub is_demo: bool,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    /// The foreign keys of `training_program`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::CreatedBy",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        CreatedBy,
    }

    impl Related<crate::accounts::entity::account::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::CreatedBy.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod program_topic {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "training_program_topic")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub program_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub topic_id: i32,
    }

    /// The foreign keys of `training_program_topic`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::training::entity::program::Entity",
            from = "Column::ProgramId",
            to = "crate::training::entity::program::Column::Id"
        )]
        Program,
        #[sea_orm(
            belongs_to = "crate::topics::entity::Entity",
            from = "Column::TopicId",
            to = "crate::topics::entity::Column::Id"
        )]
        Topic,
    }

    impl Related<crate::training::entity::program::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Program.def()
        }
    }

    impl Related<crate::topics::entity::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Topic.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod trainer {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "training_trainer")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub program_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub account_id: i32,
    }

    /// The foreign keys of `training_trainer`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::AccountId",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        Account,
        #[sea_orm(
            belongs_to = "crate::training::entity::program::Entity",
            from = "Column::ProgramId",
            to = "crate::training::entity::program::Column::Id"
        )]
        Program,
    }

    impl Related<crate::accounts::entity::account::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Account.def()
        }
    }

    impl Related<crate::training::entity::program::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Program.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod session {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "training_session")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub program_id: i32,
        pub title: String,
        pub starts_at: DateTimeUtc,
        pub ends_at: DateTimeUtc,
    }

    /// The foreign keys of `training_session`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::training::entity::program::Entity",
            from = "Column::ProgramId",
            to = "crate::training::entity::program::Column::Id"
        )]
        Program,
    }

    impl Related<crate::training::entity::program::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Program.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod enrolment {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "training_enrolment")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub program_id: i32,
        pub account_id: i32,
        /// enrolled, waitlisted or cancelled
        pub status: crate::training::rules::EnrolmentStatus,
        pub enrolled_by: Option<i32>,
        pub queued_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        pub completed_at: Option<DateTimeUtc>,
        pub certificate_code: Option<String>,
    }

    /// The foreign keys of `training_enrolment`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::AccountId",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        Account,
        #[sea_orm(
            belongs_to = "crate::training::entity::program::Entity",
            from = "Column::ProgramId",
            to = "crate::training::entity::program::Column::Id"
        )]
        Program,
    }

    impl Related<crate::accounts::entity::account::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Account.def()
        }
    }

    impl Related<crate::training::entity::program::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Program.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod attendance {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "training_attendance")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub session_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub enrolment_id: i32,
        pub present: bool,
        pub recorded_by: Option<i32>,
        pub recorded_at: DateTimeUtc,
    }

    /// The foreign keys of `training_attendance`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::training::entity::enrolment::Entity",
            from = "Column::EnrolmentId",
            to = "crate::training::entity::enrolment::Column::Id"
        )]
        Enrolment,
        #[sea_orm(
            belongs_to = "crate::training::entity::session::Entity",
            from = "Column::SessionId",
            to = "crate::training::entity::session::Column::Id"
        )]
        Session,
    }

    impl Related<crate::training::entity::enrolment::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Enrolment.def()
        }
    }

    impl Related<crate::training::entity::session::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Session.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod evaluation {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "training_evaluation")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub enrolment_id: i32,
        pub relevance: i16,
        pub clarity: i16,
        pub usefulness: i16,
        pub comments: String,
        pub submitted_at: DateTimeUtc,
    }

    /// The foreign keys of `training_evaluation`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::training::entity::enrolment::Entity",
            from = "Column::EnrolmentId",
            to = "crate::training::entity::enrolment::Column::Id"
        )]
        Enrolment,
    }

    impl Related<crate::training::entity::enrolment::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Enrolment.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}
