//! Demo sector events in Asia and the Pacific, dated from today so the calendar always has
//! something coming. Idempotent.

use super::entity::sector_event;
use super::rules::{EventDraft, Scope};
use super::service::insert;
use crate::i18n::ContentLanguage;
use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter};

/// (title, description, days from today, length in days, place, online, organizer, link, scope,
/// own, language)
type DemoEvent = (
    &'static str,
    &'static str,
    i64,
    i64,
    &'static str,
    bool,
    &'static str,
    &'static str,
    Scope,
    bool,
    ContentLanguage,
);

const EVENTS: &[DemoEvent] = &[
    ("Singapore International Water Week", "Global platform for water solutions: leaders' summit, technology expo and utility site visits.", 200, 5, "Sands Expo and Convention Centre, Singapore", false, "PUB, Singapore's National Water Agency", "https://www.siww.com.sg/", Scope::Global, false, ContentLanguage::En),
    ("Asia Water Forum", "Water security, climate resilience and utility finance in Asia and the Pacific.", 45, 3, "ADB Headquarters, Mandaluyong, Metro Manila", true, "Asian Development Bank", "https://www.adb.org/", Scope::Regional, false, ContentLanguage::En),
    ("National Convention of Water Districts", "Annual convention of Philippine water districts: regulation, NRW and customer service.", 75, 3, "Waterfront Cebu City Hotel, Cebu City", false, "Philippine Association of Water Districts", "", Scope::National, false, ContentLanguage::En),
    ("WaterLinks webinar: starting a DMA programme", "Mentors from three utilities share how they set up their first district metered areas.", 14, 1, "", true, "WaterLinks Secretariat", "", Scope::Regional, true, ContentLanguage::En),
    ("Hội thảo quốc gia về giảm thất thoát, thất thu nước sạch", "Các công ty cấp nước chia sẻ kinh nghiệm phân vùng tách mạng (DMA), quản lý áp lực và dùng đồng hồ nước thông minh để giảm tỷ lệ thất thoát, thất thu nước sạch; tham quan khu vực thí điểm của công ty cấp nước chủ nhà.", 60, 2, "Thành phố Đà Nẵng", false, "Hội Cấp Thoát nước Việt Nam (VWSA)", "", Scope::National, false, ContentLanguage::Vi),
    ("Pacific Water and Wastewater Conference", "Utilities of the Pacific islands on resilience, water safety and asset management.", -30, 3, "Nadi, Fiji", false, "Pacific Water and Wastewater Association", "", Scope::Regional, false, ContentLanguage::En),
];

pub async fn seed(db: &DatabaseConnection) -> Result<usize, DbErr> {
    if sector_event::Entity::find()
        .filter(sector_event::Column::IsDemo.eq(true))
        .count(db)
        .await?
        > 0
    {
        return Ok(0);
    }
    let today = Utc::now().date_naive();
    let txn = crate::db::begin_write(db).await?;
    for (title, description, from, days, place, online, organizer, link, scope, own, language) in
        EVENTS
    {
        let starts_on = today + Duration::days(*from);
        let draft = EventDraft {
            title: (*title).to_owned(),
            description: (*description).to_owned(),
            starts_on,
            ends_on: starts_on + Duration::days(days - 1),
            place: (*place).to_owned(),
            online: *online,
            organizer: (*organizer).to_owned(),
            link: (*link).to_owned(),
            scope: *scope,
            own: *own,
            topics: Vec::new(),
            language: *language,
        };
        insert(&txn, &draft, None, true)
            .await
            .map_err(|e| DbErr::Custom(e.to_string()))?;
    }
    txn.commit().await?;
    Ok(EVENTS.len())
}
