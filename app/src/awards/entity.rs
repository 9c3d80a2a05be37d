//! The awards tables. One module per table, as sea-orm expects.

pub mod category {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "award_category")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub edition_id: i32,
        pub position: i32,
        pub name: String,
        pub description: String,
        pub topic_id: Option<i32>,
        pub eligible_from: Date,
        pub eligible_until: Date,
        pub voting_state: crate::awards::rules::VotingState,
        pub jury_weight: i32,
        pub hide_results: bool,
        pub revision: i64,
        pub last_hash: String,
        /// The result as revealed (JSON of `types::RevealedResult`): what the page shows from
        /// then on, whatever changes later.
        pub revealed_result: Option<String>,
        pub updated_at: DateTimeUtc,
    }

    /// The foreign keys of `award_category`.
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

pub mod nomination {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "award_nomination")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub category_id: i32,
        pub partnership_id: i32,
        pub statement: String,
        pub nominated_by: Option<i32>,
        pub created_at: DateTimeUtc,
    }

    /// The foreign keys of `award_nomination`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::awards::entity::category::Entity",
            from = "Column::CategoryId",
            to = "crate::awards::entity::category::Column::Id"
        )]
        Category,
        #[sea_orm(
            belongs_to = "crate::wops::entity::partnership::Entity",
            from = "Column::PartnershipId",
            to = "crate::wops::entity::partnership::Column::Id"
        )]
        Partnership,
    }

    impl Related<crate::awards::entity::category::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Category.def()
        }
    }

    impl Related<crate::wops::entity::partnership::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Partnership.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod criterion {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "award_criterion")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub category_id: i32,
        pub name: String,
        pub weight: i32,
    }

    /// The foreign keys of `award_criterion`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::awards::entity::category::Entity",
            from = "Column::CategoryId",
            to = "crate::awards::entity::category::Column::Id"
        )]
        Category,
    }

    impl Related<crate::awards::entity::category::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Category.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod juror {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "award_juror")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub category_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub account_id: i32,
    }

    /// The foreign keys of `award_juror`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::AccountId",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        Account,
        #[sea_orm(
            belongs_to = "crate::awards::entity::category::Entity",
            from = "Column::CategoryId",
            to = "crate::awards::entity::category::Column::Id"
        )]
        Category,
    }

    impl Related<crate::accounts::entity::account::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Account.def()
        }
    }

    impl Related<crate::awards::entity::category::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Category.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod score {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "award_score")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub nomination_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub criterion_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub juror_id: i32,
        pub score: i32,
        pub scored_at: DateTimeUtc,
    }

    /// The foreign keys of `award_score`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::awards::entity::criterion::Entity",
            from = "Column::CriterionId",
            to = "crate::awards::entity::criterion::Column::Id"
        )]
        Criterion,
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::JurorId",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        Juror,
        #[sea_orm(
            belongs_to = "crate::awards::entity::nomination::Entity",
            from = "Column::NominationId",
            to = "crate::awards::entity::nomination::Column::Id"
        )]
        Nomination,
    }

    impl Related<crate::awards::entity::criterion::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Criterion.def()
        }
    }

    impl Related<crate::accounts::entity::account::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Juror.def()
        }
    }

    impl Related<crate::awards::entity::nomination::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Nomination.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod ballot {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "award_ballot")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub category_id: i32,
        pub voter_key: String,
        pub nomination_id: i32,
        pub nonce: String,
        pub prev_hash: String,
        pub hash: String,
        pub receipt: String,
        pub cast_at: DateTimeUtc,
        /// Takes back the voter's vote (their registration was cancelled or rejected).
        pub withdrawn: bool,
    }

    /// The foreign keys of `award_ballot`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::awards::entity::category::Entity",
            from = "Column::CategoryId",
            to = "crate::awards::entity::category::Column::Id"
        )]
        Category,
    }

    impl Related<crate::awards::entity::category::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Category.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod vote {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "award_vote")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub category_id: i32,
        pub registration_id: i32,
        pub nomination_id: i32,
        pub ballot_id: i32,
        pub updated_at: DateTimeUtc,
    }

    /// The foreign keys of `award_vote`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::awards::entity::category::Entity",
            from = "Column::CategoryId",
            to = "crate::awards::entity::category::Column::Id"
        )]
        Category,
        #[sea_orm(
            belongs_to = "crate::forum::entity::registration::Entity",
            from = "Column::RegistrationId",
            to = "crate::forum::entity::registration::Column::Id"
        )]
        Registration,
    }

    impl Related<crate::awards::entity::category::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Category.def()
        }
    }

    impl Related<crate::forum::entity::registration::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Registration.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}
