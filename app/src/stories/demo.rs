//! Demo stories (two, from completed demo partnerships whose outcomes are public, and a Thai
//! translation of the first) and four news items, one in Bahasa Indonesia. Idempotent:
//! nothing is added when demo stories already exist.

use super::entity::{news_item, story};
use super::service::link_story;
use super::StoryStatus;
use crate::i18n::ContentLanguage;
use crate::topics::entity as topic;
use crate::wops::entity::partnership;
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};

struct DemoStory {
    /// The demo partnership's title starts with this.
    partnership: &'static str,
    title: &'static str,
    summary: &'static str,
    body: &'static str,
    country: &'static str,
    topic: &'static str,
    days_ago: i64,
    language: ContentLanguage,
    /// The title of the demo story this one translates (listed before it).
    translation_of: Option<&'static str>,
}

const STORIES: &[DemoStory] = &[
    DemoStory {
        partnership: "Manila Water Company mentors Zamboanga City Water District",
        title: "Zamboanga brings its water losses down with district metering",
        summary: "Peer support from Manila Water helped Zamboanga City Water District split its old centre into district metered areas and cut non-revenue water by about a third in under two years.",
        body: "## Where they started\n\nMore than half of the water Zamboanga City Water District produced never reached a paying customer. The old city centre had no district metered areas (DMAs) and leak detection was done only after complaints.\n\n## What the partners did\n\n- Manila Water engineers and the district's team designed **eight DMAs** together, starting with two pilots.\n- Field crews trained on the job in step testing, night-flow analysis and acoustic leak detection.\n- A peer review of meter reading and billing found thousands of stopped meters, now replaced.\n\n> \"We stopped guessing where the water goes,\" said the district's NRW team leader.\n\n## What is next\n\nThe district is extending DMAs to the growing eastern barangays with its own staff, and now hosts study visits for neighbouring water districts.",
        country: "Philippines",
        topic: "nrw",
        days_ago: 40,
        language: ContentLanguage::En,
        translation_of: None,
    },
    DemoStory {
        partnership: "Phnom Penh Water Supply Authority mentors Siem Reap Water Supply Authority",
        title: "Siem Reap learns pressure management from Phnom Penh",
        summary: "Two years of mentoring by Phnom Penh Water Supply Authority took Siem Reap's non-revenue water below its 20 % target while the network grew with the tourist areas.",
        body: "## The challenge\n\nSiem Reap's network grew fast with new hotels and guesthouses, and losses grew with it.\n\n## The partnership\n\nPhnom Penh Water Supply Authority, itself known for reducing its own losses dramatically, shared its approach:\n\n1. pressure zones with pressure-reducing valves at night;\n2. a meter replacement plan by age and size;\n3. a small *rapid repair* team with a 24-hour target.\n\nSee the [Phnom Penh Water Supply Authority](https://www.ppwsa.com.kh/) for its own experience.\n\n## The result\n\nNon-revenue water fell from 31 % to below 20 %, and repair times went from days to hours.",
        country: "Cambodia",
        topic: "nrw",
        days_ago: 12,
        language: ContentLanguage::En,
        translation_of: None,
    },
    DemoStory {
        partnership: "Manila Water Company mentors Zamboanga City Water District",
        title: "ซัมโบอังกาลดน้ำสูญเสียด้วยการแบ่งพื้นที่จ่ายน้ำย่อย",
        summary: "ด้วยการสนับสนุนแบบเพื่อนช่วยเพื่อนจากบริษัทมะนิลาวอเตอร์ การประปาเมืองซัมโบอังกาได้แบ่งย่านใจกลางเมืองเก่าออกเป็นพื้นที่จ่ายน้ำย่อย (DMA) และลดน้ำสูญเสียลงได้ราวหนึ่งในสามภายในเวลาไม่ถึงสองปี",
        body: "## จุดเริ่มต้น\n\nน้ำที่การประปาเมืองซัมโบอังกาผลิตได้มากกว่าครึ่งหนึ่งไม่เคยไปถึงผู้ใช้น้ำที่ชำระค่าน้ำ ย่านใจกลางเมืองเก่ายังไม่มีพื้นที่จ่ายน้ำย่อย และการสำรวจหาท่อรั่วทำเฉพาะเมื่อมีผู้ร้องเรียนเท่านั้น\n\n## สิ่งที่ทั้งสองฝ่ายทำร่วมกัน\n\n- วิศวกรของมะนิลาวอเตอร์และทีมงานของการประปาร่วมกันออกแบบ**พื้นที่จ่ายน้ำย่อย 8 แห่ง** โดยเริ่มจากพื้นที่นำร่อง 2 แห่ง\n- ทีมภาคสนามฝึกปฏิบัติจริงทั้งการทดสอบแบบปิดทีละช่วง (step test) การวิเคราะห์อัตราการไหลช่วงกลางคืน และการหาท่อรั่วด้วยเครื่องฟังเสียง\n- การทบทวนงานจดมาตรและออกใบแจ้งหนี้พบมาตรวัดน้ำที่หยุดเดินหลายพันตัว ซึ่งได้เปลี่ยนใหม่ทั้งหมดแล้ว\n\n> \"เราเลิกเดาแล้วว่าน้ำหายไปไหน\" หัวหน้าทีมลดน้ำสูญเสียของการประปากล่าว\n\n## ก้าวต่อไป\n\nการประปากำลังขยายพื้นที่จ่ายน้ำย่อยไปยังบารังไกย์ทางฝั่งตะวันออกที่กำลังเติบโตโดยใช้บุคลากรของตนเอง และเปิดรับคณะศึกษาดูงานจากการประปาท้องถิ่นใกล้เคียงด้วย",
        country: "Philippines",
        topic: "nrw",
        days_ago: 20,
        language: ContentLanguage::Th,
        translation_of: Some("Zamboanga brings its water losses down with district metering"),
    },
];

const NEWS: &[(&str, &str, &str, i64, ContentLanguage)] = &[
    (
        "Call for good-practice stories from completed partnerships",
        "Partners of completed WOPs are invited to tell what they achieved, with their numbers.",
        "The secretariat invites mentor and recipient utilities of completed partnerships to write a **good-practice story**. Stories are reviewed by a facilitator and published with the partnership's public outcome figures.\n\nSign in, open *Stories* and choose *Write a story*.",
        5,
        ContentLanguage::En,
    ),
    (
        "New training calendar on non-revenue water",
        "Three new courses on DMAs, pressure management and leak detection open for enrolment.",
        "The training calendar for the coming months includes three courses on non-revenue water reduction, given by trainers from mentor utilities. Places are limited; a waitlist opens when a course is full.",
        18,
        ContentLanguage::En,
    ),
    (
        "Twelve partnerships now report their outcomes publicly",
        "Partnership outcome figures are now shown on the public partnership pages.",
        "Partnerships can mark outcomes as public. Their baseline, target and latest measured value are shown on the partnership's page and in its good-practice stories.",
        33,
        ContentLanguage::En,
    ),
    (
        "Lokakarya pengelolaan tekanan untuk PDAM digelar di Surabaya",
        "Tiga puluh peserta dari dua belas PDAM belajar merancang zona tekanan bersama PDAM Surya Sembada.",
        "PDAM Surya Sembada Kota Surabaya menjadi tuan rumah lokakarya tiga hari tentang **pengelolaan tekanan** bagi PDAM anggota jaringan WaterLinks. Peserta belajar menentukan batas zona meter distrik, membaca data aliran malam hari, dan memilih katup pengatur tekanan (PRV) yang sesuai dengan kondisi jaringan masing-masing.\n\nPada hari terakhir, peserta mengunjungi zona percontohan di Surabaya Barat. Di sana tekanan malam hari diturunkan secara bertahap, dan jumlah pipa bocor yang harus diperbaiki berkurang hampir separuhnya dalam setahun.\n\nPDAM yang ingin menjadi tuan rumah lokakarya berikutnya dapat menghubungi sekretariat.",
        9,
        ContentLanguage::Id,
    ),
];

pub async fn seed(db: &DatabaseConnection) -> Result<usize, DbErr> {
    if story::Entity::find()
        .filter(story::Column::IsDemo.eq(true))
        .count(db)
        .await?
        > 0
    {
        return Ok(0);
    }
    let now = Utc::now();
    let txn = crate::db::begin_write(db).await?;
    let mut added = 0;
    let mut saved_ids: Vec<(&str, i32)> = Vec::new();
    for d in STORIES {
        let Some(p) = partnership::Entity::find()
            .filter(partnership::Column::Title.starts_with(d.partnership))
            .one(&txn)
            .await?
        else {
            continue;
        };
        let topic_ids: Vec<i32> = topic::Entity::find()
            .filter(topic::Column::Code.eq(d.topic))
            .all(&txn)
            .await?
            .into_iter()
            .map(|t| t.id)
            .collect();
        let at = now - Duration::days(d.days_ago);
        let saved = story::ActiveModel {
            title: Set(d.title.to_owned()),
            summary: Set(d.summary.to_owned()),
            body: Set(d.body.to_owned()),
            partnership_id: Set(Some(p.id)),
            status: Set(StoryStatus::Published),
            review_comment: Set(String::new()),
            author_id: Set(None),
            published_at: Set(Some(at)),
            language: Set(d.language),
            translation_of: Set(d.translation_of.and_then(|original| {
                saved_ids
                    .iter()
                    .find(|(title, _)| *title == original)
                    .map(|(_, id)| *id)
            })),
            is_demo: Set(true),
            created_at: Set(at),
            updated_at: Set(at),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        link_story(&txn, saved.id, &topic_ids, &[d.country.to_owned()])
            .await
            .map_err(|e| DbErr::Custom(e.to_string()))?;
        saved_ids.push((d.title, saved.id));
        added += 1;
    }
    for (title, summary, body, days_ago, language) in NEWS {
        news_item::ActiveModel {
            title: Set((*title).to_owned()),
            summary: Set((*summary).to_owned()),
            body: Set((*body).to_owned()),
            published_at: Set(now - Duration::days(*days_ago)),
            author_id: Set(None),
            language: Set(*language),
            is_demo: Set(true),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(added)
}
