//! The awards tables. One module per table, as sea-orm expects.

macro_rules! no_relations {
    () => {
        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}

        impl ActiveModelBehavior for ActiveModel {}
    };
}

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
    no_relations!();
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
    no_relations!();
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
    no_relations!();
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
    no_relations!();
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
    no_relations!();
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
    no_relations!();
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
    no_relations!();
}
