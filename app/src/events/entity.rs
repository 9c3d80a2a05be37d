//! The event tables. One module per table, as sea-orm expects.

pub mod sector_event {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "sector_event")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub title: String,
        pub description: String,
        /// First day, inclusive.
        pub starts_on: Date,
        /// Last day, inclusive.
        pub ends_on: Date,
        pub place: String,
        pub online: bool,
        pub organizer: String,
        pub link: String,
        /// global, regional or national
        pub scope: crate::events::Scope,
        /// One of the network's own events.
        pub own: bool,
        /// The language the event is announced in.
        pub language: crate::i18n::ContentLanguage,
        pub created_by: Option<i32>,
        pub is_demo: bool,
        pub created_at: DateTimeUtc,
    }

    /// The foreign keys of `sector_event`.
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

pub mod sector_event_topic {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "sector_event_topic")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub event_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub topic_id: i32,
    }

    /// The foreign keys of `sector_event_topic`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::events::entity::sector_event::Entity",
            from = "Column::EventId",
            to = "crate::events::entity::sector_event::Column::Id"
        )]
        Event,
        #[sea_orm(
            belongs_to = "crate::topics::entity::Entity",
            from = "Column::TopicId",
            to = "crate::topics::entity::Column::Id"
        )]
        Topic,
    }

    impl Related<crate::events::entity::sector_event::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Event.def()
        }
    }

    impl Related<crate::topics::entity::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Topic.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}
