//! The library tables. One module per table, as sea-orm expects. The full-text table
//! (`knowledge_search`) differs per backend and is written by `search.rs` with SQL.

pub mod product {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "knowledge_product")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub kind: crate::library::ProductKind,
        pub title: String,
        pub summary: String,
        pub authors: String,
        pub year: i32,
        pub language: crate::i18n::ContentLanguage,
        pub licence: String,
        /// public or members
        pub access: crate::library::Access,
        /// submitted, published or rejected
        pub status: crate::library::ReviewStatus,
        pub review_note: String,
        pub submitted_by: Option<i32>,
        pub reviewed_by: Option<i32>,
        pub is_demo: bool,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        /// The original product this one translates.
        pub translation_of: Option<i32>,
    }

    /// The foreign keys of `knowledge_product`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::ReviewedBy",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        ReviewedBy,
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::SubmittedBy",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        SubmittedBy,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod product_topic {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "knowledge_product_topic")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub product_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub topic_id: i32,
    }

    /// The foreign keys of `knowledge_product_topic`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::library::entity::product::Entity",
            from = "Column::ProductId",
            to = "crate::library::entity::product::Column::Id"
        )]
        Product,
        #[sea_orm(
            belongs_to = "crate::topics::entity::Entity",
            from = "Column::TopicId",
            to = "crate::topics::entity::Column::Id"
        )]
        Topic,
    }

    impl Related<crate::library::entity::product::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Product.def()
        }
    }

    impl Related<crate::topics::entity::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Topic.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod product_country {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "knowledge_product_country")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub product_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub country: String,
    }

    /// The foreign keys of `knowledge_product_country`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::library::entity::product::Entity",
            from = "Column::ProductId",
            to = "crate::library::entity::product::Column::Id"
        )]
        Product,
    }

    impl Related<crate::library::entity::product::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Product.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod file {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "knowledge_file")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub product_id: i32,
        pub version: i32,
        pub file_name: String,
        pub stored_as: String,
        pub media_type: String,
        pub size_bytes: i64,
        pub content: String,
        pub downloads: i64,
        pub uploaded_by: Option<i32>,
        pub uploaded_at: DateTimeUtc,
    }

    /// The foreign keys of `knowledge_file`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::library::entity::product::Entity",
            from = "Column::ProductId",
            to = "crate::library::entity::product::Column::Id"
        )]
        Product,
        #[sea_orm(
            belongs_to = "crate::accounts::entity::account::Entity",
            from = "Column::UploadedBy",
            to = "crate::accounts::entity::account::Column::Id"
        )]
        UploadedBy,
    }

    impl Related<crate::library::entity::product::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Product.def()
        }
    }

    impl Related<crate::accounts::entity::account::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::UploadedBy.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod product_partnership {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "knowledge_product_partnership")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub product_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub partnership_id: i32,
    }

    /// The foreign keys of `knowledge_product_partnership`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        // `partnership_id` is a foreign key to `partnership` too (migrations), not declared
        // here: the library sits below wops (ARCHITECTURE.md).
        #[sea_orm(
            belongs_to = "crate::library::entity::product::Entity",
            from = "Column::ProductId",
            to = "crate::library::entity::product::Column::Id"
        )]
        Product,
    }

    impl Related<crate::library::entity::product::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Product.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod product_program {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "knowledge_product_program")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub product_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub program_id: i32,
    }

    /// The foreign keys of `knowledge_product_program`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::library::entity::product::Entity",
            from = "Column::ProductId",
            to = "crate::library::entity::product::Column::Id"
        )]
        Product,
    }

    impl Related<crate::library::entity::product::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Product.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}
