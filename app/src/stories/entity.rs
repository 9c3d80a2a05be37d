//! The story and news tables. One module per table, as sea-orm expects.

pub mod story {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "story")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub title: String,
        pub summary: String,
        /// Markdown; rendered and sanitized when shown.
        pub body: String,
        pub partnership_id: Option<i32>,
        /// draft, in_review or published
        pub status: crate::stories::StoryStatus,
        pub review_comment: String,
        pub author_id: Option<i32>,
        pub published_at: Option<DateTimeUtc>,
        /// Under the upload directory, e.g. `stories/4f…e1.png`.
        pub image_file: Option<String>,
        pub image_width: Option<i32>,
        pub image_height: Option<i32>,
        /// The language the story is written in.
        pub language: crate::i18n::ContentLanguage,
        /// The original story's id, when this one is a translation of it.
        pub translation_of: Option<i32>,
        pub is_demo: bool,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    /// The foreign keys of `story`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::AuthorId",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        Author,
        #[sea_orm(
            belongs_to = "crate::wops::entity::partnership::Entity",
            from = "Column::PartnershipId",
            to = "crate::wops::entity::partnership::Column::Id"
        )]
        Partnership,
    }

    impl Related<crate::accounts::entity::account::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Author.def()
        }
    }

    impl Related<crate::wops::entity::partnership::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Partnership.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod story_topic {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "story_topic")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub story_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub topic_id: i32,
    }

    /// The foreign keys of `story_topic`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::stories::entity::story::Entity",
            from = "Column::StoryId",
            to = "crate::stories::entity::story::Column::Id"
        )]
        Story,
        #[sea_orm(
            belongs_to = "crate::topics::entity::Entity",
            from = "Column::TopicId",
            to = "crate::topics::entity::Column::Id"
        )]
        Topic,
    }

    impl Related<crate::stories::entity::story::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Story.def()
        }
    }

    impl Related<crate::topics::entity::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Topic.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod story_country {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "story_country")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub story_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub country: String,
    }

    /// The foreign keys of `story_country`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::stories::entity::story::Entity",
            from = "Column::StoryId",
            to = "crate::stories::entity::story::Column::Id"
        )]
        Story,
    }

    impl Related<crate::stories::entity::story::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Story.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod news_item {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "news_item")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub title: String,
        pub summary: String,
        pub body: String,
        pub published_at: DateTimeUtc,
        pub author_id: Option<i32>,
        /// The language the item is written in.
        pub language: crate::i18n::ContentLanguage,
        pub is_demo: bool,
    }

    /// The foreign keys of `news_item`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::AuthorId",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        Author,
    }

    impl Related<crate::accounts::entity::account::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Author.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}
