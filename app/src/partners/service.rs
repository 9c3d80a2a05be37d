//! Directory queries and profile changes, as plain functions over a connection.

use super::collation;
use super::directory::{DirectoryQuery, SortOrder, PAGE_SIZE};
use super::entity::{kpi_measurement, organization, organization_contact, organization_topic};
use super::profile::{
    Contact, KpiSeries, KpiValue, OrganizationProfile, ProfileUpdate, ServiceType, TopicDirection,
    TopicEntry,
};
use super::{DirectoryResults, Kpi, OrganizationKind, OrganizationSummary};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::search::contains_ignoring_case;
use crate::topics::{self, Topic};
use chrono::NaiveDate;
use sea_orm::sea_query::{ExprTrait, NullOrdering, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, Order,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Select, Set,
};
use std::collections::BTreeMap;

/// Most rows a CSV export holds.
pub const EXPORT_LIMIT: u64 = 10_000;

fn not_found() -> AppError {
    AppError::NotFound(crate::t!(crate::i18n::current(), "partners-not-found"))
}

/// The organizations a search selects, in its order (no paging). `None` when it names a topic
/// that does not exist, which matches nothing.
async fn filtered<C: ConnectionTrait>(
    db: &C,
    query: &DirectoryQuery,
) -> Result<Option<Select<organization::Entity>>, sea_orm::DbErr> {
    use organization::Column as C;
    let mut select = organization::Entity::find();
    if !query.text.is_empty() {
        select = select.filter(
            contains_ignoring_case(C::Name, &query.text)
                .or(contains_ignoring_case(C::City, &query.text)),
        );
    }
    if let Some(country) = &query.country {
        select = select.filter(C::Country.eq(country.as_str()));
    }
    if let Some(kind) = query.kind {
        select = select.filter(C::Kind.eq(kind.as_code()));
    }
    if query.network_members {
        select = select.filter(C::NetworkMember.eq(true));
    }
    for (code, direction) in [
        (&query.offers, TopicDirection::Offer),
        (&query.needs, TopicDirection::Need),
    ] {
        let Some(code) = code else { continue };
        let Some(topic) = topics::entity::find_by_code(db, code).await? else {
            return Ok(None);
        };
        select = select.filter(
            C::Id.in_subquery(
                Query::select()
                    .column(organization_topic::Column::OrganizationId)
                    .from(organization_topic::Entity)
                    .and_where(organization_topic::Column::TopicId.eq(topic.id))
                    .and_where(organization_topic::Column::Direction.eq(direction))
                    .to_owned(),
            ),
        );
    }
    if let Some(size) = query.size {
        let (low, high) = size.bounds();
        select = select.filter(C::PopulationServed.gte(low));
        if let Some(high) = high {
            select = select.filter(C::PopulationServed.lt(high));
        }
    }
    select = match query.sort {
        SortOrder::Name => select.order_by_asc(C::Name),
        SortOrder::Country => select.order_by_asc(C::Country).order_by_asc(C::Name),
        SortOrder::LargestFirst => select
            .order_by_with_nulls(C::PopulationServed, Order::Desc, NullOrdering::Last)
            .order_by_asc(C::Name),
        SortOrder::SmallestFirst => select
            .order_by_with_nulls(C::PopulationServed, Order::Asc, NullOrdering::Last)
            .order_by_asc(C::Name),
    };
    Ok(Some(select.order_by_asc(C::Id)))
}

/// Whether a search's order is by name (or country, then name), which the database cannot
/// sort as the reader's language does: those are sorted here, with [`collation`].
fn sorted_by_name(query: &DirectoryQuery) -> bool {
    matches!(query.sort, SortOrder::Name | SortOrder::Country)
}

/// Orders rows by name (or country, then name) as `lang` sorts them.
fn collate<T>(
    lang: Lang,
    sort: SortOrder,
    rows: &mut [T],
    country: impl Fn(&T) -> &str,
    name: impl Fn(&T) -> &str,
) {
    let compare = collation::comparer(lang);
    rows.sort_by(|a, b| {
        let by_country = match sort {
            SortOrder::Country => compare(country(a), country(b)),
            _ => std::cmp::Ordering::Equal,
        };
        by_country.then_with(|| compare(name(a), name(b)))
    });
}

/// One page of a directory search, with the total count; names in the order of `lang`.
pub async fn search(
    db: &DatabaseConnection,
    query: &DirectoryQuery,
    lang: Lang,
) -> Result<DirectoryResults, AppError> {
    let Some(select) = filtered(db, query).await? else {
        return Ok(DirectoryResults::empty(query.page));
    };
    if sorted_by_name(query) {
        // Only the keys of every match are read and sorted; then the page's rows.
        let mut keys: Vec<(i32, String, String)> = select
            .select_only()
            .column(organization::Column::Id)
            .column(organization::Column::Country)
            .column(organization::Column::Name)
            .into_tuple()
            .all(db)
            .await?;
        collate(lang, query.sort, &mut keys, |k| &k.1, |k| &k.2);
        let total = keys.len() as u64;
        let skip = usize::try_from(query.page.saturating_sub(1).saturating_mul(PAGE_SIZE))
            .unwrap_or(usize::MAX);
        let ids: Vec<i32> = keys
            .iter()
            .skip(skip)
            .take(PAGE_SIZE as usize)
            .map(|k| k.0)
            .collect();
        let mut rows: BTreeMap<i32, organization::Model> = organization::Entity::find()
            .filter(organization::Column::Id.is_in(ids.clone()))
            .all(db)
            .await?
            .into_iter()
            .map(|m| (m.id, m))
            .collect();
        let organizations = ids
            .iter()
            .filter_map(|id| rows.remove(id))
            .map(organization::Model::summary)
            .collect();
        return Ok(DirectoryResults {
            organizations,
            total,
            page: query.page,
        });
    }
    let paginator = select.paginate(db, PAGE_SIZE);
    let total = paginator.num_items().await?;
    let organizations = paginator
        .fetch_page(query.page.saturating_sub(1))
        .await?
        .into_iter()
        .map(organization::Model::summary)
        .collect();
    Ok(DirectoryResults {
        organizations,
        total,
        page: query.page,
    })
}

/// Every organization a search selects (up to [`EXPORT_LIMIT`]), for the CSV export.
pub async fn export(
    db: &DatabaseConnection,
    query: &DirectoryQuery,
    lang: Lang,
) -> Result<Vec<organization::Model>, AppError> {
    let Some(select) = filtered(db, query).await? else {
        return Ok(Vec::new());
    };
    let mut rows = select.limit(EXPORT_LIMIT).all(db).await?;
    if sorted_by_name(query) {
        collate(lang, query.sort, &mut rows, |r| &r.country, |r| &r.name);
    }
    Ok(rows)
}

/// The countries that have organizations, for the country filter (in the database's order:
/// the filter's list is cached for every language alike).
pub async fn countries(db: &DatabaseConnection) -> Result<Vec<String>, AppError> {
    Ok(organization::Entity::find()
        .select_only()
        .column(organization::Column::Country)
        .distinct()
        .order_by_asc(organization::Column::Country)
        .into_tuple()
        .all(db)
        .await?)
}

/// Counts for the home page: organizations, utilities, distinct countries.
pub async fn network_counts(db: &DatabaseConnection) -> Result<(u64, u64, u64), sea_orm::DbErr> {
    let organizations = organization::Entity::find().count(db).await?;
    let utilities = organization::Entity::find()
        .filter(organization::Column::Kind.eq(OrganizationKind::Utility))
        .count(db)
        .await?;
    let countries = organization::Entity::find()
        .select_only()
        .column(organization::Column::Country)
        .distinct()
        .into_tuple::<String>()
        .all(db)
        .await?
        .len() as u64;
    Ok((organizations, utilities, countries))
}

/// Whether `user` may edit organization `id`: its organization admins and secretariat admins.
pub fn may_edit(user: Option<&crate::accounts::CurrentUser>, id: i32) -> bool {
    user.is_some_and(|u| {
        u.has_role(crate::accounts::Role::SecretariatAdmin) || u.admin_of.contains(&id)
    })
}

/// The whole profile of an organization.
pub async fn profile(
    db: &DatabaseConnection,
    id: i32,
    can_edit: bool,
) -> Result<OrganizationProfile, AppError> {
    let org = organization::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(not_found)?;
    let contacts = organization_contact::Entity::find()
        .filter(organization_contact::Column::OrganizationId.eq(id))
        .order_by_asc(organization_contact::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|c| Contact {
            id: c.id,
            name: c.name,
            position: c.position,
            email: c.email,
        })
        .collect();
    let all_topics: BTreeMap<i32, Topic> = topics::entity::list(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let mut offers = Vec::new();
    let mut needs = Vec::new();
    for row in organization_topic::Entity::find()
        .filter(organization_topic::Column::OrganizationId.eq(id))
        .order_by_asc(organization_topic::Column::TopicId)
        .all(db)
        .await?
    {
        let Some(topic) = all_topics.get(&row.topic_id).cloned() else {
            continue;
        };
        let entry = TopicEntry {
            topic,
            description: row.description,
        };
        match row.direction {
            TopicDirection::Offer => offers.push(entry),
            TopicDirection::Need => needs.push(entry),
        }
    }
    let mut series: BTreeMap<Kpi, Vec<KpiValue>> = BTreeMap::new();
    for m in kpi_measurement::Entity::find()
        .filter(kpi_measurement::Column::OrganizationId.eq(id))
        .order_by_asc(kpi_measurement::Column::MeasuredOn)
        .all(db)
        .await?
    {
        let kpi = m.kpi;
        series.entry(kpi).or_default().push(KpiValue {
            id: m.id,
            measured_on: m.measured_on,
            value: m.value,
        });
    }
    Ok(OrganizationProfile {
        id: org.id,
        kind: org.kind(),
        service_types: ServiceType::parse_list(&org.service_types),
        name: org.name,
        country: org.country,
        city: org.city,
        latitude: org.latitude,
        longitude: org.longitude,
        population_served: org.population_served,
        connections: org.connections,
        languages: org.languages,
        description: org.description,
        is_demo: org.is_demo,
        network_member: org.network_member,
        contacts,
        offers,
        needs,
        kpis: series
            .into_iter()
            .map(|(kpi, values)| KpiSeries { kpi, values })
            .collect(),
        can_edit,
    })
}

fn duplicate_name(e: sea_orm::DbErr) -> AppError {
    match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => AppError::field(
            "name",
            crate::t!(crate::i18n::current(), "partners-name-taken"),
        ),
        _ => AppError::from(e),
    }
}

/// Saves an edited profile. A name already used in the same country is refused.
pub async fn update_profile(
    db: &DatabaseConnection,
    id: i32,
    update: ProfileUpdate,
) -> Result<(), AppError> {
    let org = organization::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(not_found)?;
    let mut active: organization::ActiveModel = org.into();
    active.name = Set(update.name);
    active.country = Set(update.country);
    active.city = Set(update.city);
    active.latitude = Set(update.location.map(|l| l.0));
    active.longitude = Set(update.location.map(|l| l.1));
    active.service_types = Set(ServiceType::join(&update.service_types));
    active.population_served = Set(update.population_served);
    active.connections = Set(update.connections);
    active.languages = Set(update.languages);
    active.description = Set(update.description);
    active.update(db).await.map_err(duplicate_name)?;
    Ok(())
}

/// Adds an organization (secretariat admins), refusing a duplicate name in its country.
pub async fn create(
    db: &DatabaseConnection,
    kind: OrganizationKind,
    update: ProfileUpdate,
) -> Result<i32, AppError> {
    let created = organization::ActiveModel {
        name: Set(update.name),
        kind: Set(kind),
        country: Set(update.country),
        city: Set(update.city),
        latitude: Set(update.location.map(|l| l.0)),
        longitude: Set(update.location.map(|l| l.1)),
        population_served: Set(update.population_served),
        description: Set(update.description),
        is_demo: Set(false),
        created_at: Set(chrono::Utc::now()),
        service_types: Set(ServiceType::join(&update.service_types)),
        connections: Set(update.connections),
        languages: Set(update.languages),
        // The secretariat admits an organization to the network separately (admin page).
        network_member: Set(false),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(duplicate_name)?;
    Ok(created.id)
}

async fn ensure_exists(db: &DatabaseConnection, id: i32) -> Result<(), AppError> {
    organization::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|_| ())
        .ok_or_else(not_found)
}

/// Records a KPI value; a second value for the same KPI and date replaces the first.
pub async fn record_kpi(
    db: &DatabaseConnection,
    id: i32,
    kpi: Kpi,
    value: f64,
    measured_on: NaiveDate,
) -> Result<(), AppError> {
    ensure_exists(db, id).await?;
    let txn = crate::db::begin_write(db).await?;
    kpi_measurement::Entity::delete_many()
        .filter(kpi_measurement::Column::OrganizationId.eq(id))
        .filter(kpi_measurement::Column::Kpi.eq(kpi))
        .filter(kpi_measurement::Column::MeasuredOn.eq(measured_on))
        .exec(&txn)
        .await?;
    kpi_measurement::ActiveModel {
        organization_id: Set(id),
        kpi: Set(kpi),
        value: Set(value),
        measured_on: Set(measured_on),
        recorded_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

pub async fn delete_kpi(db: &DatabaseConnection, id: i32, value_id: i32) -> Result<(), AppError> {
    let deleted = kpi_measurement::Entity::delete_many()
        .filter(kpi_measurement::Column::OrganizationId.eq(id))
        .filter(kpi_measurement::Column::Id.eq(value_id))
        .exec(db)
        .await?;
    if deleted.rows_affected == 0 {
        return Err(AppError::NotFound(crate::t!(
            crate::i18n::current(),
            "partners-value-gone"
        )));
    }
    Ok(())
}

pub async fn add_contact(
    db: &DatabaseConnection,
    id: i32,
    name: String,
    position: String,
    email: String,
) -> Result<(), AppError> {
    ensure_exists(db, id).await?;
    organization_contact::ActiveModel {
        organization_id: Set(id),
        name: Set(name),
        position: Set(position),
        email: Set(email),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

pub async fn remove_contact(
    db: &DatabaseConnection,
    id: i32,
    contact_id: i32,
) -> Result<(), AppError> {
    organization_contact::Entity::delete_many()
        .filter(organization_contact::Column::OrganizationId.eq(id))
        .filter(organization_contact::Column::Id.eq(contact_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Adds or updates an offered or needed topic.
pub async fn set_topic(
    db: &DatabaseConnection,
    id: i32,
    topic_code: &str,
    direction: TopicDirection,
    description: String,
) -> Result<(), AppError> {
    ensure_exists(db, id).await?;
    let topic = topics::entity::find_by_code(db, topic_code)
        .await?
        .ok_or_else(|| {
            AppError::field(
                "topic",
                crate::t!(crate::i18n::current(), "partners-topic-choose"),
            )
        })?;
    let txn = crate::db::begin_write(db).await?;
    organization_topic::Entity::delete_by_id((id, topic.id, direction))
        .exec(&txn)
        .await?;
    organization_topic::ActiveModel {
        organization_id: Set(id),
        topic_id: Set(topic.id),
        direction: Set(direction),
        description: Set(description),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

pub async fn remove_topic(
    db: &DatabaseConnection,
    id: i32,
    topic_id: i32,
    direction: TopicDirection,
) -> Result<(), AppError> {
    organization_topic::Entity::delete_by_id((id, topic_id, direction))
        .exec(db)
        .await?;
    Ok(())
}

impl DirectoryResults {
    fn empty(page: u64) -> DirectoryResults {
        DirectoryResults {
            organizations: Vec::<OrganizationSummary>::new(),
            total: 0,
            page,
        }
    }
}

pub async fn all_by_name(
    db: &DatabaseConnection,
    lang: Lang,
) -> Result<Vec<OrganizationSummary>, AppError> {
    let mut all: Vec<OrganizationSummary> = organization::Entity::find()
        .order_by_asc(organization::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(organization::Model::summary)
        .collect();
    collation::sort_by_name(lang, &mut all, |o| &o.name);
    Ok(all)
}
