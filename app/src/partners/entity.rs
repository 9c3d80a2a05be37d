//! The directory's tables: organizations, their topics, contacts and dated KPI values.

pub mod organization {
    use crate::partners::{OrganizationKind, OrganizationSummary};
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "organization")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub name: String,
        pub kind: crate::partners::OrganizationKind,
        pub country: String,
        pub city: String,
        pub latitude: Option<f64>,
        pub longitude: Option<f64>,
        pub population_served: Option<i64>,
        pub description: String,
        pub is_demo: bool,
        pub created_at: DateTimeUtc,
        /// Comma-separated [`crate::partners::ServiceType`] codes.
        pub service_types: String,
        pub connections: Option<i64>,
        pub languages: String,
        /// A member of the network (set by the secretariat): its approved members see
        /// members-only content.
        pub network_member: bool,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}

    impl Model {
        pub fn kind(&self) -> OrganizationKind {
            self.kind
        }

        pub fn summary(self) -> OrganizationSummary {
            OrganizationSummary {
                id: self.id,
                kind: self.kind(),
                name: self.name,
                country: self.country,
                city: self.city,
                population_served: self.population_served,
                network_member: self.network_member,
            }
        }
    }
}

pub mod organization_topic {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "organization_topic")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub organization_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub topic_id: i32,
        /// "offer" or "need".
        #[sea_orm(primary_key, auto_increment = false)]
        pub direction: crate::partners::TopicDirection,
        pub description: String,
        /// For an offer: the languages the mentor works in, comma-separated.
        pub languages: String,
        /// For an offer: how many partnerships it can mentor at once.
        pub capacity: i32,
    }

    /// The foreign keys of `organization_topic`.
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

pub mod organization_contact {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "organization_contact")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub organization_id: i32,
        pub name: String,
        pub position: String,
        pub email: String,
    }

    /// The foreign keys of `organization_contact`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::partners::entity::organization::Entity",
            from = "Column::OrganizationId",
            to = "crate::partners::entity::organization::Column::Id"
        )]
        Organization,
    }

    impl Related<crate::partners::entity::organization::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Organization.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod kpi_measurement {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "kpi_measurement")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub organization_id: i32,
        pub kpi: crate::partners::Kpi,
        pub value: f64,
        pub measured_on: Date,
        pub recorded_at: DateTimeUtc,
    }

    /// The foreign keys of `kpi_measurement`.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "crate::partners::entity::organization::Entity",
            from = "Column::OrganizationId",
            to = "crate::partners::entity::organization::Column::Id"
        )]
        Organization,
    }

    impl Related<crate::partners::entity::organization::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Organization.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}
