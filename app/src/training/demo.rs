//! Demo training programs, placed around today so the catalogue has upcoming and past ones.
//! Idempotent: nothing is added when demo programs exist.

use super::entity::{program, program_topic, session};
use super::rules::ProgramFormat;
use crate::i18n::ContentLanguage;
use crate::topics::entity as topic;
use chrono::{Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};
use std::collections::HashMap;

struct DemoProgram {
    title: &'static str,
    description: &'static str,
    format: ProgramFormat,
    venue: &'static str,
    link: &'static str,
    language: ContentLanguage,
    capacity: i32,
    time_zone: &'static str,
    topics: &'static [&'static str],
    /// Days from today of each session, and its local start and end hours.
    sessions: &'static [(i64, u32, u32)],
}

const PROGRAMS: &[DemoProgram] = &[
    DemoProgram {
        title: "Designing district metered areas for non-revenue water reduction",
        description: "A three-day course with Manila Water's NRW team: sizing and isolating DMAs, \
                      step testing, night-flow analysis and building the business case for \
                      pressure management. Includes a field visit to a DMA inlet chamber.",
        format: ProgramFormat::Hybrid,
        venue: "Manila Water Training Centre, Balara, Quezon City",
        link: "https://meet.example.org/waterlinks-dma",
        language: ContentLanguage::En,
        capacity: 30,
        time_zone: "Asia/Manila",
        topics: &["nrw", "gis_modelling"],
        sessions: &[(21, 9, 12), (22, 9, 16), (23, 9, 12)],
    },
    DemoProgram {
        title: "Water safety planning: from risk assessment to verification",
        description: "Online course following the WHO water safety plan manual, with case studies \
                      from Vientiane and Hue: forming the team, mapping the system from catchment \
                      to tap, scoring hazards, and planning verification monitoring.",
        format: ProgramFormat::Online,
        venue: "",
        link: "https://meet.example.org/waterlinks-wsp",
        language: ContentLanguage::En,
        capacity: 60,
        time_zone: "Asia/Bangkok",
        topics: &["water_quality"],
        sessions: &[(10, 14, 16), (17, 14, 16), (24, 14, 16), (31, 14, 16)],
    },
    DemoProgram {
        title: "Scheduled desludging and septage treatment for water districts",
        description: "Hands-on training at the Dumaguete septage treatment plant: setting up a \
                      scheduled desludging programme, tariff design with a septage fee, and \
                      operating a low-cost treatment plant.",
        format: ProgramFormat::InPerson,
        venue: "Dumaguete City Water District, Negros Oriental",
        link: "",
        language: ContentLanguage::En,
        capacity: 20,
        time_zone: "Asia/Manila",
        topics: &["sanitation_fsm", "tariffs_finance"],
        sessions: &[(45, 8, 17), (46, 8, 12)],
    },
    DemoProgram {
        title: "Energy audits for pumping stations",
        description: "How to measure wire-to-water efficiency, find the pumps that waste most \
                      energy, and plan replacements that pay back within three years.",
        format: ProgramFormat::Online,
        venue: "",
        link: "https://meet.example.org/waterlinks-energy",
        language: ContentLanguage::En,
        capacity: 40,
        time_zone: "Asia/Jakarta",
        topics: &["energy", "asset_management"],
        sessions: &[(-60, 10, 12), (-53, 10, 12)],
    },
    DemoProgram {
        title: "Pengelolaan aset jaringan perpipaan untuk PDAM",
        description: "Pelatihan daring tiga sesi bersama PDAM Tirta Pakuan Kota Bogor: menyusun \
                      daftar aset dari data SIG dan riwayat perbaikan, menilai kondisi dan tingkat \
                      kekritisan pipa, lalu menyusun rencana penggantian pipa sepuluh tahun yang \
                      mudah dipahami direksi dan pemerintah daerah.",
        format: ProgramFormat::Online,
        venue: "",
        link: "https://meet.example.org/waterlinks-aset",
        language: ContentLanguage::Id,
        capacity: 40,
        time_zone: "Asia/Jakarta",
        topics: &["asset_management", "gis_modelling"],
        sessions: &[(28, 9, 12), (35, 9, 12), (42, 9, 12)],
    },
];

pub async fn seed(db: &DatabaseConnection) -> Result<usize, DbErr> {
    if program::Entity::find()
        .filter(program::Column::IsDemo.eq(true))
        .count(db)
        .await?
        > 0
    {
        return Ok(0);
    }
    let topics: HashMap<String, i32> = topic::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.code, t.id))
        .collect();
    let now = Utc::now();
    let today = now.date_naive();
    let txn = crate::db::begin_write(db).await?;
    for d in PROGRAMS {
        let saved = program::ActiveModel {
            title: Set(d.title.to_owned()),
            description: Set(d
                .description
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")),
            format: Set(d.format),
            venue: Set(d.venue.to_owned()),
            link: Set(d.link.to_owned()),
            language: Set(d.language),
            capacity: Set(d.capacity),
            min_sessions: Set(None),
            time_zone: Set(d.time_zone.to_owned()),
            created_by: Set(None),
            is_demo: Set(true),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for code in d.topics {
            if let Some(&topic_id) = topics.get(*code) {
                program_topic::ActiveModel {
                    program_id: Set(saved.id),
                    topic_id: Set(topic_id),
                }
                .insert(&txn)
                .await?;
            }
        }
        let zone: Tz = d
            .time_zone
            .parse()
            .map_err(|_| DbErr::Custom(format!("unknown demo time zone {}", d.time_zone)))?;
        for &(days, start, end) in d.sessions {
            let day = today + Duration::days(days);
            let at = |hour| {
                NaiveTime::from_hms_opt(hour, 0, 0)
                    .and_then(|t| zone.from_local_datetime(&day.and_time(t)).single())
                    .map(|t| t.with_timezone(&Utc))
            };
            if let (Some(starts_at), Some(ends_at)) = (at(start), at(end)) {
                session::ActiveModel {
                    program_id: Set(saved.id),
                    title: Set(String::new()),
                    starts_at: Set(starts_at),
                    ends_at: Set(ends_at),
                    ..Default::default()
                }
                .insert(&txn)
                .await?;
            }
        }
    }
    txn.commit().await?;
    Ok(PROGRAMS.len())
}
