//! Demo knowledge products (a dozen, as the network's library could hold) and synthetic
//! products for the search benchmark. Both idempotent: demo products are found by title, and
//! the benchmark tops the library up to the number asked for.

use super::entity::product;
use super::submission::insert;
use super::{search, Access, ProductDraft, ProductKind, ReviewStatus};
use crate::i18n::ContentLanguage;
use crate::topics::entity as topic;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter,
};
use std::collections::HashMap;

struct Demo {
    kind: ProductKind,
    title: &'static str,
    summary: &'static str,
    authors: &'static str,
    year: i32,
    language: ContentLanguage,
    topics: &'static [&'static str],
    countries: &'static [&'static str],
    licence: &'static str,
    access: Access,
    /// The title of the demo product this one translates (listed before it).
    translation_of: Option<&'static str>,
}

const PRODUCTS: &[Demo] = &[
    Demo { kind: ProductKind::Toolkit, title: "Non-Revenue Water Reduction Toolkit", summary: "A step-by-step toolkit for utilities starting an NRW programme: water balance (IWA method), district metered areas, step testing, pressure management, active leak detection and customer meter replacement. With spreadsheets for the water balance and a DMA design checklist.", authors: "WaterLinks Secretariat; Manila Water Company", year: 2024, language: ContentLanguage::En, topics: &["nrw", "gis_modelling"], countries: &["Philippines", "Cambodia", "Viet Nam"], licence: "CC BY 4.0", access: Access::Public, translation_of: None },
    Demo { kind: ProductKind::Manual, title: "Septage Management Manual for Philippine Water Districts", summary: "How a water district sets up scheduled desludging: septic tank inventory, desludging contracts, septage treatment plant options (lagoons, drying beds, co-treatment), tariffs on the water bill and local ordinances. Based on the experience of districts in Mindanao and the Visayas.", authors: "Davao City Water District; Philippine Association of Water Districts", year: 2023, language: ContentLanguage::En, topics: &["sanitation_fsm", "tariffs_finance"], countries: &["Philippines"], licence: "CC BY-NC 4.0", access: Access::Public, translation_of: None },
    Demo { kind: ProductKind::AppliedStudy, title: "Pressure Management and Leakage in Intermittent Supply: Evidence from Lahore", summary: "An applied study of 14 pilot zones moving from intermittent to continuous supply: how pressure-reducing valves and DMA boundaries changed burst frequency, night flows and customer hours of supply over two years.", authors: "Lahore WASA; University of Engineering and Technology Lahore", year: 2025, language: ContentLanguage::En, topics: &["nrw", "asset_management"], countries: &["Pakistan"], licence: "All rights reserved", access: Access::Members, translation_of: None },
    Demo { kind: ProductKind::CaseStudy, title: "From 72% to 8%: How Phnom Penh Cut Its Water Losses", summary: "The case of the Phnom Penh Water Supply Authority: metering every connection, tackling illegal connections, a culture of accountability and a tariff that recovers costs. What other utilities in the region can reuse.", authors: "Phnom Penh Water Supply Authority", year: 2022, language: ContentLanguage::En, topics: &["nrw", "governance"], countries: &["Cambodia"], licence: "CC BY 4.0", access: Access::Public, translation_of: None },
    Demo { kind: ProductKind::Toolkit, title: "Water Safety Planning Toolkit for Small Island Utilities", summary: "Templates and worked examples for a water safety plan where supplies depend on rainwater, shallow groundwater and small treatment plants: hazard identification, risk scoring, control measures and verification monitoring after cyclones.", authors: "Tonga Water Board; Samoa Water Authority", year: 2024, language: ContentLanguage::En, topics: &["water_quality", "climate"], countries: &["Tonga", "Samoa", "Fiji"], licence: "CC BY 4.0", access: Access::Public, translation_of: None },
    Demo { kind: ProductKind::Manual, title: "Sổ tay quản lý chất lượng nước cho các công ty cấp nước", summary: "Hướng dẫn lập kế hoạch cấp nước an toàn, giám sát chất lượng nước tại nhà máy và mạng lưới phân phối, và quy trình xử lý sự cố ô nhiễm cho các công ty cấp nước đô thị.", authors: "Saigon Water Corporation (SAWACO)", year: 2023, language: ContentLanguage::Vi, topics: &["water_quality"], countries: &["Viet Nam"], licence: "CC BY 4.0", access: Access::Public, translation_of: None },
    Demo { kind: ProductKind::AppliedStudy, title: "Energy Efficiency in Pumping: Audits of Six Utilities in South-East Asia", summary: "Energy audits of pumping stations in six utilities, with the measures that paid back within three years: pump replacement, variable speed drives, scheduling against time-of-use tariffs and reduced pressure.", authors: "Hai Phong Water Supply JSC; Asian Institute of Technology", year: 2024, language: ContentLanguage::En, topics: &["energy", "digital"], countries: &["Viet Nam", "Thailand", "Indonesia", "Malaysia"], licence: "CC BY 4.0", access: Access::Public, translation_of: None },
    Demo { kind: ProductKind::CaseStudy, title: "Billing Reform in Vientiane: Mobile Meter Reading and Collection", summary: "How Nam Papa Nakhone Luang moved from paper meter books to handheld meter reading, mobile payments and a customer database, and raised collection efficiency from 78% to 93% in eighteen months.", authors: "Nam Papa Nakhone Luang; Penang Water Supply Corporation", year: 2023, language: ContentLanguage::En, topics: &["billing", "customer_service", "digital"], countries: &["Lao PDR", "Malaysia"], licence: "CC BY 4.0", access: Access::Public, translation_of: None },
    Demo { kind: ProductKind::Toolkit, title: "Pro-Poor Connection Programmes: A Toolkit for Utilities", summary: "Designs for connecting informal settlements: community-managed bulk meters, connection fee instalments, lifeline tariffs and working with local government on land tenure. With examples from Manila, Dhaka and Jakarta.", authors: "WaterLinks Secretariat", year: 2021, language: ContentLanguage::En, topics: &["urban_poor", "tariffs_finance"], countries: &["Philippines", "Bangladesh", "Indonesia"], licence: "CC BY 4.0", access: Access::Public, translation_of: None },
    Demo { kind: ProductKind::Manual, title: "Asset Management Manual: From Register to Renewal Plan", summary: "Building an asset register from GIS and work orders, condition and criticality scoring, and a ten-year renewal plan that the board and regulator can follow. Includes a data model and field survey forms.", authors: "Air Selangor; Water Authority of Fiji", year: 2025, language: ContentLanguage::En, topics: &["asset_management", "gis_modelling"], countries: &["Malaysia", "Fiji"], licence: "All rights reserved", access: Access::Members, translation_of: None },
    Demo { kind: ProductKind::AppliedStudy, title: "Faecal Sludge Treatment Options for Kathmandu Valley", summary: "A comparison of co-composting, planted drying beds and co-treatment at wastewater plants for the valley's septage, with costs per cubic metre and land needs for each.", authors: "Kathmandu Upatyaka Khanepani Limited; Bangalore Water Supply and Sewerage Board", year: 2024, language: ContentLanguage::En, topics: &["sanitation_fsm", "wastewater"], countries: &["Nepal", "India"], licence: "CC BY 4.0", access: Access::Public, translation_of: None },
    Demo { kind: ProductKind::CaseStudy, title: "Keeping the Water On: Cyclone Recovery in Fiji's Western Division", summary: "What the Water Authority of Fiji learned restoring supply after tropical cyclones: standby generators at booster stations, mutual aid from other utilities, emergency chlorination and communicating with customers.", authors: "Water Authority of Fiji", year: 2022, language: ContentLanguage::En, topics: &["climate", "customer_service"], countries: &["Fiji"], licence: "CC BY 4.0", access: Access::Public, translation_of: None },
    Demo { kind: ProductKind::Toolkit, title: "ชุดเครื่องมือการลดน้ำสูญเสียสำหรับการประปา", summary: "คู่มือทีละขั้นตอนสำหรับการประปาที่เริ่มโครงการลดน้ำสูญเสีย ตั้งแต่การทำสมดุลน้ำตามวิธีของ IWA การแบ่งพื้นที่จ่ายน้ำย่อย (DMA) การบริหารแรงดันน้ำ การสำรวจหาท่อรั่ว ไปจนถึงการเปลี่ยนมาตรวัดน้ำของผู้ใช้น้ำ พร้อมตารางคำนวณสมดุลน้ำ", authors: "การประปาส่วนภูมิภาค; WaterLinks Secretariat", year: 2025, language: ContentLanguage::Th, topics: &["nrw"], countries: &["Thailand"], licence: "CC BY 4.0", access: Access::Public, translation_of: Some("Non-Revenue Water Reduction Toolkit") },
    Demo { kind: ProductKind::Manual, title: "供水管网漏损控制手册", summary: "面向城市供水企业的管网漏损控制指南：分区计量、压力管理、主动检漏、老旧管网更新改造以及漏损率考核，并附水量平衡计算表和分区计量设计清单。", authors: "深圳市水务（集团）有限公司", year: 2024, language: ContentLanguage::ZhHans, topics: &["nrw", "asset_management"], countries: &["China"], licence: "CC BY 4.0", access: Access::Public, translation_of: None },
    Demo { kind: ProductKind::AppliedStudy, title: "Menurunkan Kehilangan Air di PDAM Surya Sembada Kota Surabaya", summary: "Studi terapan tentang pembentukan zona meter distrik, pengelolaan tekanan, dan penggantian meter pelanggan yang menurunkan tingkat kehilangan air dari 34% menjadi 24% dalam empat tahun, beserta biaya dan pelajaran bagi PDAM lain.", authors: "PDAM Surya Sembada Kota Surabaya", year: 2023, language: ContentLanguage::Id, topics: &["nrw", "billing"], countries: &["Indonesia"], licence: "CC BY 4.0", access: Access::Public, translation_of: None },
];

/// Adds the demo products that are not there yet (by title). Returns how many were added.
pub async fn seed(db: &DatabaseConnection) -> Result<usize, DbErr> {
    let topics = topic_ids(db).await?;
    let txn = crate::db::begin_write(db).await?;
    let mut added = 0;
    for d in PRODUCTS {
        let exists = product::Entity::find()
            .filter(product::Column::Title.eq(d.title))
            .count(&txn)
            .await?
            > 0;
        if exists {
            continue;
        }
        let draft = ProductDraft {
            kind: d.kind,
            title: d.title.to_owned(),
            summary: d.summary.to_owned(),
            authors: d.authors.to_owned(),
            year: d.year,
            language: d.language,
            licence: d.licence.to_owned(),
            access: d.access,
            topics: Vec::new(),
            countries: d.countries.iter().map(|c| (*c).to_owned()).collect(),
            translation_of: match d.translation_of {
                Some(title) => product::Entity::find()
                    .filter(product::Column::Title.eq(title))
                    .one(&txn)
                    .await?
                    .map(|original| original.id),
                None => None,
            },
        };
        let ids: Vec<i32> = d
            .topics
            .iter()
            .filter_map(|t| topics.get(*t).copied())
            .collect();
        insert(&txn, &draft, &ids, ReviewStatus::Published, None, true).await?;
        added += 1;
    }
    txn.commit().await?;
    Ok(added)
}

async fn topic_ids(db: &DatabaseConnection) -> Result<HashMap<String, i32>, DbErr> {
    Ok(topic::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.code, t.id))
        .collect())
}

const WORDS: &[&str] = &[
    "water",
    "supply",
    "network",
    "leak",
    "leakage",
    "meter",
    "metering",
    "district",
    "pressure",
    "valve",
    "pump",
    "energy",
    "tariff",
    "billing",
    "collection",
    "customer",
    "complaint",
    "septage",
    "sludge",
    "desludging",
    "sewer",
    "wastewater",
    "treatment",
    "plant",
    "chlorine",
    "quality",
    "sampling",
    "laboratory",
    "reservoir",
    "intake",
    "groundwater",
    "aquifer",
    "drought",
    "flood",
    "cyclone",
    "resilience",
    "asset",
    "renewal",
    "pipe",
    "main",
    "burst",
    "connection",
    "household",
    "settlement",
    "informal",
    "lifeline",
    "subsidy",
    "regulator",
    "governance",
    "board",
    "staff",
    "training",
    "mentor",
    "partnership",
    "utility",
    "operator",
    "scada",
    "telemetry",
    "gis",
    "hydraulic",
    "model",
    "calibration",
    "survey",
    "audit",
    "benchmark",
    "indicator",
    "continuity",
    "coverage",
    "revenue",
    "cost",
    "finance",
    "loan",
    "investment",
    "procurement",
    "contract",
    "performance",
    "monitoring",
    "evaluation",
];

const COUNTRIES: &[&str] = &[
    "Philippines",
    "Viet Nam",
    "Indonesia",
    "Cambodia",
    "Thailand",
    "Malaysia",
    "Bangladesh",
    "Pakistan",
    "India",
    "Nepal",
    "Sri Lanka",
    "Fiji",
    "Samoa",
    "Tonga",
    "Lao PDR",
    "Mongolia",
];

const LANGUAGES: &[ContentLanguage] = &[
    ContentLanguage::En,
    ContentLanguage::En,
    ContentLanguage::En,
    ContentLanguage::Vi,
    ContentLanguage::Id,
    ContentLanguage::Fil,
    ContentLanguage::Km,
];

/// A small deterministic generator (xorshift), so the benchmark's library is the same each run.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[(self.next() % items.len() as u64) as usize]
    }

    /// `n` words with a long-tailed (Zipf-like) frequency, as in real text: the domain words
    /// are common (in most documents), the invented ones rarer the further down the list
    /// they are, and the last words of [`RARE`] appear in only a few documents.
    fn words(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| {
                let u = (self.next() % 1_000_000) as f64 / 1_000_000.0;
                let rank = ((VOCABULARY as f64) * u.powf(2.5)) as usize;
                word_at(rank)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Words of the synthetic vocabulary, by frequency rank: the domain words, then invented
/// words made of syllables, then [`RARE`].
const VOCABULARY: usize = 3000;
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ta", "ren", "su", "vo", "pel", "dor", "nix", "bu", "sa", "teg", "ri", "mon",
    "fa", "gal", "zu", "ho", "wen",
];
/// Real but rare words, at the tail of the vocabulary.
const RARE: &[&str] = &["ozonation", "electrocoagulation", "bioretention", "zeolite"];

fn word_at(rank: usize) -> String {
    if rank < WORDS.len() {
        return WORDS[rank].to_owned();
    }
    let tail = VOCABULARY - RARE.len();
    if rank >= tail {
        return RARE[(rank - tail).min(RARE.len() - 1)].to_owned();
    }
    let i = rank - WORDS.len();
    let s = SYLLABLES.len();
    format!(
        "{}{}{}",
        SYLLABLES[i % s],
        SYLLABLES[(i / s) % s],
        SYLLABLES[(i / (s * s)) % s]
    )
}

/// Tops the library up to `n` synthetic published products (titles "Benchmark product …"),
/// each with a file text of a few hundred words, for `bench/library.sh`. Returns how many
/// were added.
pub async fn seed_bench(db: &DatabaseConnection, n: u32) -> Result<u32, DbErr> {
    let existing = product::Entity::find()
        .filter(product::Column::Title.starts_with("Benchmark product "))
        .count(db)
        .await?;
    let existing = u32::try_from(existing).unwrap_or(u32::MAX);
    if existing >= n {
        return Ok(0);
    }
    let topics: Vec<i32> = topic_ids(db).await?.into_values().collect();
    let mut noise = Noise(0x9E37_79B9_7F4A_7C15 ^ u64::from(existing));
    let mut added = 0;
    let kinds = ProductKind::ALL;
    for chunk_start in (existing..n).step_by(500) {
        let txn = crate::db::begin_write(db).await?;
        for i in chunk_start..n.min(chunk_start + 500) {
            let kind = kinds[(noise.next() % kinds.len() as u64) as usize];
            let title = format!(
                "Benchmark product {i}: {} {}",
                noise.words(3),
                noise.words(2)
            );
            let summary = format!("{}.", noise.words(40));
            let length = 200 + (noise.next() % 400) as usize;
            let body = noise.words(length);
            let countries = (0..1 + noise.next() % 3)
                .map(|_| noise.pick(COUNTRIES).to_owned())
                .fold(Vec::<String>::new(), |mut v, c| {
                    if !v.contains(&c) {
                        v.push(c);
                    }
                    v
                });
            let draft = ProductDraft {
                kind,
                title: title.clone(),
                summary: summary.clone(),
                authors: "Benchmark".to_owned(),
                year: 2010 + (noise.next() % 16) as i32,
                language: noise.pick(LANGUAGES),
                licence: "CC BY 4.0".to_owned(),
                access: if noise.next().is_multiple_of(5) {
                    Access::Members
                } else {
                    Access::Public
                },
                topics: Vec::new(),
                countries,
                translation_of: None,
            };
            let mut ids: Vec<i32> = Vec::new();
            if !topics.is_empty() {
                for _ in 0..1 + noise.next() % 2 {
                    let t = topics[(noise.next() % topics.len() as u64) as usize];
                    if !ids.contains(&t) {
                        ids.push(t);
                    }
                }
            }
            let id = insert(&txn, &draft, &ids, ReviewStatus::Published, None, false).await?;
            search::index(&txn, id, draft.language, &title, &summary, &body).await?;
            added += 1;
        }
        txn.commit().await?;
    }
    // Fresh statistics after a bulk load: without them PostgreSQL guesses that one product
    // matches the status filter and checks every product's text one by one (33 ms for a
    // search that finds nothing, instead of well under one).
    if db.get_database_backend() == sea_orm::DbBackend::Postgres {
        db.execute_unprepared(
            "ANALYZE knowledge_product, knowledge_search, knowledge_product_topic, knowledge_product_country",
        )
        .await?;
    }
    Ok(added)
}
