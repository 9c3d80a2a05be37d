//! The story and news tables. One module per table, as sea-orm expects.

macro_rules! no_relations {
    () => {
        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}

        impl ActiveModelBehavior for ActiveModel {}
    };
}

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
        pub is_demo: bool,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }
    no_relations!();
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
    no_relations!();
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
    no_relations!();
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
        pub is_demo: bool,
    }
    no_relations!();
}
