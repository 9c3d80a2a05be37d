//! The partnership tables. One module per table, as sea-orm expects.

pub mod setting {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "setting")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub key: String,
        pub value: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod need {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "need")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub organization_id: i32,
        pub topic_id: i32,
        pub description: String,
        pub languages: String,
        /// open, matched or withdrawn
        pub status: crate::wops::NeedStatus,
        pub created_at: DateTimeUtc,
    }

    /// The foreign keys of `need`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::partners::entity::organization::Entity",
            from = "Column::OrganizationId",
            to = "crate::partners::entity::organization::Column::Id"
        )]
        Organization,
        #[sea_orm(
            belongs_to = "crate::topics::entity::Entity",
            from = "Column::TopicId",
            to = "crate::topics::entity::Column::Id"
        )]
        Topic,
    }

    impl Related<crate::partners::entity::organization::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Organization.def()
        }
    }

    impl Related<crate::topics::entity::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Topic.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod partnership {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "partnership")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub title: String,
        pub mentor_id: i32,
        pub recipient_id: i32,
        pub need_id: Option<i32>,
        pub facilitator_id: Option<i32>,
        pub state: crate::wops::PartnershipState,
        pub concept_note: String,
        pub mentor_signed_at: Option<DateTimeUtc>,
        pub recipient_signed_at: Option<DateTimeUtc>,
        pub closed_reason: String,
        pub is_demo: bool,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    /// The foreign keys of `partnership`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::FacilitatorId",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        Facilitator,
        #[sea_orm(
            belongs_to = "crate::partners::entity::organization::Entity",
            from = "Column::MentorId",
            to = "crate::partners::entity::organization::Column::Id"
        )]
        Mentor,
        #[sea_orm(
            belongs_to = "crate::wops::entity::need::Entity",
            from = "Column::NeedId",
            to = "crate::wops::entity::need::Column::Id"
        )]
        Need,
        #[sea_orm(
            belongs_to = "crate::partners::entity::organization::Entity",
            from = "Column::RecipientId",
            to = "crate::partners::entity::organization::Column::Id"
        )]
        Recipient,
    }

    impl Related<crate::accounts::entity::account::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Facilitator.def()
        }
    }

    impl Related<crate::wops::entity::need::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Need.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod partnership_topic {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "partnership_topic")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub partnership_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub topic_id: i32,
    }

    /// The foreign keys of `partnership_topic`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::wops::entity::partnership::Entity",
            from = "Column::PartnershipId",
            to = "crate::wops::entity::partnership::Column::Id"
        )]
        Partnership,
        #[sea_orm(
            belongs_to = "crate::topics::entity::Entity",
            from = "Column::TopicId",
            to = "crate::topics::entity::Column::Id"
        )]
        Topic,
    }

    impl Related<crate::wops::entity::partnership::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Partnership.def()
        }
    }

    impl Related<crate::topics::entity::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Topic.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod partnership_event {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "partnership_event")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub partnership_id: i32,
        pub account_id: Option<i32>,
        pub actor_name: String,
        pub action: String,
        pub detail: String,
        pub at: DateTimeUtc,
    }

    /// The foreign keys of `partnership_event`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::wops::entity::partnership::Entity",
            from = "Column::PartnershipId",
            to = "crate::wops::entity::partnership::Column::Id"
        )]
        Partnership,
    }

    impl Related<crate::wops::entity::partnership::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Partnership.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod agreement {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "agreement")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub partnership_id: i32,
        pub signatories: String,
        pub start_date: Date,
        pub end_date: Date,
        pub scope: String,
        pub document_file: Option<String>,
        pub document_name: Option<String>,
        pub document_size: Option<i64>,
        pub recorded_at: DateTimeUtc,
    }

    /// The foreign keys of `agreement`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::wops::entity::partnership::Entity",
            from = "Column::PartnershipId",
            to = "crate::wops::entity::partnership::Column::Id"
        )]
        Partnership,
    }

    impl Related<crate::wops::entity::partnership::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Partnership.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod commitment {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "commitment")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub partnership_id: i32,
        pub side: crate::wops::Side,
        pub promise: String,
    }

    /// The foreign keys of `commitment`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::wops::entity::partnership::Entity",
            from = "Column::PartnershipId",
            to = "crate::wops::entity::partnership::Column::Id"
        )]
        Partnership,
    }

    impl Related<crate::wops::entity::partnership::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Partnership.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod activity {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "activity")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub partnership_id: i32,
        pub kind: crate::wops::ActivityKind,
        pub title: String,
        pub start_date: Date,
        pub end_date: Date,
        pub responsible: crate::wops::Side,
        pub place: String,
        pub online: bool,
        pub status: crate::wops::ActivityStatus,
    }

    /// The foreign keys of `activity`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::wops::entity::partnership::Entity",
            from = "Column::PartnershipId",
            to = "crate::wops::entity::partnership::Column::Id"
        )]
        Partnership,
    }

    impl Related<crate::wops::entity::partnership::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Partnership.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod resource {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "resource")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub partnership_id: i32,
        pub amount: Option<f64>,
        pub currency: String,
        pub description: String,
        pub source: String,
    }

    /// The foreign keys of `resource`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::wops::entity::partnership::Entity",
            from = "Column::PartnershipId",
            to = "crate::wops::entity::partnership::Column::Id"
        )]
        Partnership,
    }

    impl Related<crate::wops::entity::partnership::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Partnership.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod outcome {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "outcome")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub partnership_id: i32,
        pub kpi: crate::partners::Kpi,
        pub baseline_value: f64,
        pub baseline_date: Date,
        pub target_value: f64,
        pub target_date: Date,
        pub is_public: bool,
    }

    /// The foreign keys of `outcome`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::wops::entity::partnership::Entity",
            from = "Column::PartnershipId",
            to = "crate::wops::entity::partnership::Column::Id"
        )]
        Partnership,
    }

    impl Related<crate::wops::entity::partnership::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Partnership.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod outcome_value {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "outcome_value")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub outcome_id: i32,
        pub value: f64,
        pub measured_on: Date,
    }

    /// The foreign keys of `outcome_value`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::wops::entity::outcome::Entity",
            from = "Column::OutcomeId",
            to = "crate::wops::entity::outcome::Column::Id"
        )]
        Outcome,
    }

    impl Related<crate::wops::entity::outcome::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Outcome.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod progress_report {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "progress_report")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub partnership_id: i32,
        pub period_start: Date,
        pub period_end: Date,
        pub achievements: String,
        pub challenges: String,
        pub submitted_by: String,
        pub submitted_at: DateTimeUtc,
        pub reviewed_by: Option<String>,
        pub reviewed_at: Option<DateTimeUtc>,
        pub review_comment: String,
    }

    /// The foreign keys of `progress_report`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::wops::entity::partnership::Entity",
            from = "Column::PartnershipId",
            to = "crate::wops::entity::partnership::Column::Id"
        )]
        Partnership,
    }

    impl Related<crate::wops::entity::partnership::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Partnership.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod corrective_action {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "corrective_action")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub partnership_id: i32,
        pub report_id: Option<i32>,
        pub action: String,
        pub raised_by: String,
        pub raised_at: DateTimeUtc,
        pub resolved_by: Option<String>,
        pub resolved_at: Option<DateTimeUtc>,
    }

    /// The foreign keys of `corrective_action`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::wops::entity::partnership::Entity",
            from = "Column::PartnershipId",
            to = "crate::wops::entity::partnership::Column::Id"
        )]
        Partnership,
        #[sea_orm(
            belongs_to = "crate::wops::entity::progress_report::Entity",
            from = "Column::ReportId",
            to = "crate::wops::entity::progress_report::Column::Id"
        )]
        Report,
    }

    impl Related<crate::wops::entity::partnership::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Partnership.def()
        }
    }

    impl Related<crate::wops::entity::progress_report::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Report.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}
