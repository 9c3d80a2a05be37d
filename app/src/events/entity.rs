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
        pub created_by: Option<i32>,
        pub is_demo: bool,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

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

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
