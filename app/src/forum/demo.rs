//! The demo Forum edition: WaterLinks Forum 2027 in Manila, with its registration questions
//! (one asked only of dinner guests) and an agenda of six sessions. Idempotent: nothing is added
//! when the 2027 edition exists.

use super::entity::{edition, question, session};
use super::rules::QuestionKind;
use chrono::{NaiveDate, TimeZone, Utc};
use chrono_tz::Asia::Manila;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};

/// Day, start hour and minute, end hour and minute, title, room, speakers, topic.
type DemoSession = (
    u32,
    u32,
    u32,
    u32,
    u32,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const SESSIONS: &[DemoSession] = &[
    (
        9,
        9,
        0,
        10,
        30,
        "Opening plenary: ten years of water operator partnerships in Asia",
        "Plenary Hall",
        "WaterLinks Secretariat; ADB Water Sector Group",
        "Partnerships",
    ),
    (
        9,
        11,
        0,
        12,
        30,
        "Cutting non-revenue water: DMAs, pressure and people",
        "Room Narra",
        "Manila Water NRW team; Hue Water Supply JSC",
        "Non-revenue water reduction",
    ),
    (
        9,
        14,
        0,
        15,
        30,
        "Scheduled desludging that pays for itself",
        "Room Molave",
        "Dumaguete City Water District; USAID SURGE",
        "Sanitation and faecal sludge management",
    ),
    (
        10,
        9,
        0,
        10,
        30,
        "Climate-resilient utilities: lessons from typhoon seasons",
        "Plenary Hall",
        "Davao City Water District; Asian Institute of Technology",
        "Climate resilience and disaster risk",
    ),
    (
        10,
        11,
        0,
        12,
        30,
        "Smart meters and billing: what worked, what did not",
        "Room Narra",
        "PDAM Surabaya; IHE Delft",
        "SCADA, smart metering and digital tools",
    ),
    (
        10,
        14,
        0,
        15,
        30,
        "Awards ceremony and closing",
        "Plenary Hall",
        "WaterLinks Secretariat",
        "Partnerships",
    ),
];

pub async fn seed(db: &DatabaseConnection) -> Result<usize, DbErr> {
    if edition::Entity::find()
        .filter(edition::Column::Year.eq(2027))
        .count(db)
        .await?
        > 0
    {
        return Ok(0);
    }
    let day = |d: u32| NaiveDate::from_ymd_opt(2027, 3, d).ok_or(DbErr::Custom("date".into()));
    let at = |d: u32, h: u32, m: u32| {
        Manila
            .with_ymd_and_hms(2027, 3, d, h, m, 0)
            .single()
            .map(|t| t.with_timezone(&Utc))
            .ok_or(DbErr::Custom("time".into()))
    };
    let txn = crate::db::begin_write(db).await?;
    let e = edition::ActiveModel {
        year: Set(2027),
        title: Set("WaterLinks Forum 2027".into()),
        venue: Set("Philippine International Convention Center, Manila".into()),
        time_zone: Set("Asia/Manila".into()),
        starts_on: Set(day(9)?),
        ends_on: Set(day(11)?),
        capacity: Set(400),
        opens_at: Set(Utc
            .with_ymd_and_hms(2026, 9, 1, 0, 0, 0)
            .single()
            .ok_or(DbErr::Custom("time".into()))?),
        closes_at: Set(at(1, 0, 0)?),
        needs_approval: Set(false),
        is_demo: Set(true),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let ask = |position: i32,
               prompt: &str,
               kind: QuestionKind,
               choices: &str,
               required: bool,
               shown_if: Option<(i32, &str)>| {
        question::ActiveModel {
            edition_id: Set(e.id),
            position: Set(position),
            prompt: Set(prompt.to_owned()),
            kind: Set(kind),
            choices: Set(choices.to_owned()),
            required: Set(required),
            shown_if_question: Set(shown_if.map(|(id, _)| id)),
            shown_if_answer: Set(shown_if.map(|(_, a)| a.to_owned()).unwrap_or_default()),
            ..Default::default()
        }
    };
    let dinner = ask(
        1,
        "Attending the welcome dinner on 9 March?",
        QuestionKind::YesNo,
        "",
        true,
        None,
    )
    .insert(&txn)
    .await?;
    ask(
        2,
        "Dietary needs for the dinner?",
        QuestionKind::Text,
        "",
        true,
        Some((dinner.id, "yes")),
    )
    .insert(&txn)
    .await?;
    ask(
        3,
        "Which field visit would you like to join on 11 March?",
        QuestionKind::Choice,
        "Manila Water NRW control room\nMaynilad La Mesa treatment plant\nNo field visit",
        true,
        None,
    )
    .insert(&txn)
    .await?;
    ask(
        4,
        "Do you need a visa invitation letter?",
        QuestionKind::YesNo,
        "",
        false,
        None,
    )
    .insert(&txn)
    .await?;
    ask(
        5,
        "Anything else the secretariat should know?",
        QuestionKind::Text,
        "",
        false,
        None,
    )
    .insert(&txn)
    .await?;
    for (d, sh, sm, eh, em, title, room, speakers, topic) in SESSIONS {
        session::ActiveModel {
            edition_id: Set(e.id),
            title: Set((*title).to_owned()),
            starts_at: Set(at(*d, *sh, *sm)?),
            ends_at: Set(at(*d, *eh, *em)?),
            room: Set((*room).to_owned()),
            speakers: Set((*speakers).to_owned()),
            topic: Set((*topic).to_owned()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(1)
}
