//! Demo data: plausible organizations of the network, marked `is_demo` and shown as demo data.
//!
//! Names are those of real utilities so the demo reads naturally; every figure is invented.

use super::demo_profile::{history, languages, reported_kpis, slug, solution_for, topics, Dice};
use super::entity::{kpi_measurement, organization, organization_contact, organization_topic};
use super::{OrganizationKind, ServiceType, TopicDirection};
use crate::topics::entity as topic;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QuerySelect, Set};
use std::collections::{HashMap, HashSet};

/// (name, kind, country, city, lat, lon, population served)
type DemoOrganization = (
    &'static str,
    OrganizationKind,
    &'static str,
    &'static str,
    f64,
    f64,
    Option<i64>,
);

use OrganizationKind::{
    DevelopmentPartner as Dev, Facilitator as Fac, KnowledgePartner as Know, Secretariat as Sec,
    Utility as U,
};

#[rustfmt::skip]
pub const DEMO_ORGANIZATIONS: &[DemoOrganization] = &[
    ("WaterLinks Secretariat", Sec, "Philippines", "Pasig", 14.5869, 121.0614, None),
    ("Manila Water Company", U, "Philippines", "Quezon City", 14.6507, 121.0494, Some(7_400_000)),
    ("Maynilad Water Services", U, "Philippines", "Quezon City", 14.6760, 121.0437, Some(9_800_000)),
    ("Metropolitan Cebu Water District", U, "Philippines", "Cebu City", 10.3157, 123.8854, Some(1_300_000)),
    ("Davao City Water District", U, "Philippines", "Davao City", 7.0731, 125.6128, Some(1_650_000)),
    ("Zamboanga City Water District", U, "Philippines", "Zamboanga City", 6.9214, 122.0790, Some(720_000)),
    ("Phnom Penh Water Supply Authority", U, "Cambodia", "Phnom Penh", 11.5564, 104.9282, Some(2_200_000)),
    ("Siem Reap Water Supply Authority", U, "Cambodia", "Siem Reap", 13.3671, 103.8448, Some(260_000)),
    ("PDAM Tirta Pakuan Kota Bogor", U, "Indonesia", "Bogor", -6.5971, 106.8060, Some(950_000)),
    ("PDAM Surya Sembada Kota Surabaya", U, "Indonesia", "Surabaya", -7.2575, 112.7521, Some(2_900_000)),
    ("Perumda Tirtanadi Sumatera Utara", U, "Indonesia", "Medan", 3.5952, 98.6722, Some(1_900_000)),
    ("PAM Jaya", U, "Indonesia", "Jakarta", -6.2088, 106.8456, Some(6_000_000)),
    ("Saigon Water Corporation (SAWACO)", U, "Viet Nam", "Ho Chi Minh City", 10.8231, 106.6297, Some(8_900_000)),
    ("Hai Phong Water Supply JSC", U, "Viet Nam", "Hai Phong", 20.8449, 106.6881, Some(1_400_000)),
    ("Da Nang Water Supply JSC", U, "Viet Nam", "Da Nang", 16.0544, 108.2022, Some(1_100_000)),
    ("Hue Water Supply JSC", U, "Viet Nam", "Hue", 16.4637, 107.5909, Some(650_000)),
    ("Nam Papa Nakhone Luang", U, "Lao PDR", "Vientiane", 17.9757, 102.6331, Some(800_000)),
    ("Metropolitan Waterworks Authority", U, "Thailand", "Bangkok", 13.7563, 100.5018, Some(10_000_000)),
    ("Provincial Waterworks Authority", U, "Thailand", "Bangkok", 13.8621, 100.5134, Some(12_500_000)),
    ("Penang Water Supply Corporation (PBAPP)", U, "Malaysia", "George Town", 5.4141, 100.3288, Some(1_800_000)),
    ("Air Selangor", U, "Malaysia", "Shah Alam", 3.0738, 101.5183, Some(8_400_000)),
    ("Yangon City Development Committee, Water and Sanitation", U, "Myanmar", "Yangon", 16.8409, 96.1735, Some(5_200_000)),
    ("Dhaka Water Supply and Sewerage Authority", U, "Bangladesh", "Dhaka", 23.8103, 90.4125, Some(20_000_000)),
    ("Chattogram WASA", U, "Bangladesh", "Chattogram", 22.3569, 91.7832, Some(3_800_000)),
    ("Khulna WASA", U, "Bangladesh", "Khulna", 22.8456, 89.5403, Some(1_000_000)),
    ("Kathmandu Upatyaka Khanepani Limited", U, "Nepal", "Kathmandu", 27.7172, 85.3240, Some(2_700_000)),
    ("National Water Supply and Drainage Board", U, "Sri Lanka", "Colombo", 6.9271, 79.8612, Some(11_000_000)),
    ("Bangalore Water Supply and Sewerage Board", U, "India", "Bengaluru", 12.9716, 77.5946, Some(11_500_000)),
    ("Pune Municipal Corporation Water Department", U, "India", "Pune", 18.5204, 73.8567, Some(3_600_000)),
    ("Lahore WASA", U, "Pakistan", "Lahore", 31.5204, 74.3587, Some(7_000_000)),
    ("Faisalabad WASA", U, "Pakistan", "Faisalabad", 31.4504, 73.1350, Some(2_100_000)),
    ("Ulaanbaatar Water Supply and Sewerage Authority (USUG)", U, "Mongolia", "Ulaanbaatar", 47.8864, 106.9057, Some(1_500_000)),
    ("Thimphu Thromde Water Supply", U, "Bhutan", "Thimphu", 27.4728, 89.6390, Some(115_000)),
    ("Male' Water and Sewerage Company", U, "Maldives", "Malé", 4.1755, 73.5093, Some(250_000)),
    ("Bee Timor-Leste", U, "Timor-Leste", "Dili", -8.5569, 125.5603, Some(280_000)),
    ("Water Authority of Fiji", U, "Fiji", "Suva", -18.1248, 178.4501, Some(700_000)),
    ("Samoa Water Authority", U, "Samoa", "Apia", -13.8333, -171.7667, Some(160_000)),
    ("Water PNG", U, "Papua New Guinea", "Port Moresby", -9.4438, 147.1803, Some(600_000)),
    ("Solomon Water", U, "Solomon Islands", "Honiara", -9.4456, 159.9729, Some(110_000)),
    ("Tonga Water Board", U, "Tonga", "Nuku'alofa", -21.1394, -175.2049, Some(60_000)),
    ("Public Utilities Board", U, "Singapore", "Singapore", 1.3521, 103.8198, Some(5_900_000)),
    ("Asian Development Bank", Dev, "Philippines", "Mandaluyong", 14.5886, 121.0583, None),
    ("Australian Water Partnership", Dev, "Australia", "Canberra", -35.2809, 149.1300, None),
    ("Japan International Cooperation Agency", Dev, "Japan", "Tokyo", 35.6762, 139.6503, None),
    ("Asia-Pacific Water Operators Partnership Facilitation Unit", Fac, "Philippines", "Pasig", 14.5764, 121.0851, None),
    ("Vietnam Water Supply and Sewerage Association", Fac, "Viet Nam", "Hanoi", 21.0278, 105.8342, None),
    ("Asian Institute of Technology", Know, "Thailand", "Pathum Thani", 14.0787, 100.6141, None),
    ("International Water Association, Asia-Pacific", Know, "Malaysia", "Kuala Lumpur", 3.1390, 101.6869, None),
];

/// Inserts the demo organizations that are missing, with their profiles (topics, KPI
/// histories, a contact), then `extra` synthetic utilities for benchmarks. Running it again adds
/// nothing new: rows are matched by name and country.
pub async fn seed(db: &DatabaseConnection, extra: u32) -> Result<SeedReport, DbErr> {
    // One read of what exists, then batched inserts: large benchmark sets stay fast.
    let existing: HashSet<(String, String)> = organization::Entity::find()
        .select_only()
        .column(organization::Column::Name)
        .column(organization::Column::Country)
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let now = chrono::Utc::now();
    let demo =
        DEMO_ORGANIZATIONS
            .iter()
            .map(|&(name, kind, country, city, lat, lon, population)| {
                let description = format!(
                    "{} in {city}, {country}. (Demo data: figures are invented.)",
                    kind.label()
                );
                (
                    name.to_owned(),
                    kind,
                    country,
                    city,
                    lat,
                    lon,
                    population,
                    description,
                )
            });
    let synthetic = (0..extra).map(|i| {
        // Spread synthetic utilities over the demo cities (skipping the secretariat).
        let (_, _, country, city, lat, lon, _) =
            DEMO_ORGANIZATIONS[(i as usize % (DEMO_ORGANIZATIONS.len() - 1)) + 1];
        let jitter = f64::from(i % 50) / 100.0;
        (
            format!("Synthetic Water District {:05}", i + 1),
            U,
            country,
            city,
            lat + jitter,
            lon - jitter,
            Some(50_000 + i64::from(i % 97) * 25_000),
            "Synthetic utility generated for benchmarks (demo data).".to_owned(),
        )
    });
    let missing: Vec<_> = demo
        .chain(synthetic)
        .filter(|row| !existing.contains(&(row.0.clone(), row.2.to_owned())))
        .collect();
    let inserted = missing.len() as u32;
    let rows: Vec<organization::ActiveModel> = missing
        .iter()
        .map(
            |(name, kind, country, city, lat, lon, population, description)| {
                let mut dice = Dice::for_name(name);
                let is_utility = *kind == U;
                organization::ActiveModel {
                    name: Set(name.clone()),
                    kind: Set(*kind),
                    country: Set((*country).to_owned()),
                    city: Set((*city).to_owned()),
                    latitude: Set(Some(*lat)),
                    longitude: Set(Some(*lon)),
                    population_served: Set(*population),
                    description: Set(description.clone()),
                    is_demo: Set(true),
                    created_at: Set(now),
                    service_types: Set(if is_utility {
                        let mut types = vec![ServiceType::Water];
                        types.push(if dice.pick(3) == 0 {
                            ServiceType::Sewerage
                        } else {
                            ServiceType::Septage
                        });
                        ServiceType::join(&types)
                    } else {
                        String::new()
                    }),
                    // About four people per household connection.
                    connections: Set(population.filter(|_| is_utility).map(|p| p / 4)),
                    languages: Set(languages(country).to_owned()),
                    // Utilities, facilitators and the secretariat are the network's members;
                    // development and knowledge partners work with it without being members.
                    network_member: Set(!matches!(kind, Dev | Know)),
                    ..Default::default()
                }
            },
        )
        .collect();
    let txn = crate::db::begin_write(db).await?;
    for chunk in rows.chunks(500) {
        organization::Entity::insert_many(chunk.to_vec())
            .exec(&txn)
            .await?;
    }
    seed_profiles(
        &txn,
        &missing
            .iter()
            .map(|m| (m.0.clone(), m.1, m.2, m.6))
            .collect::<Vec<_>>(),
    )
    .await?;
    txn.commit().await?;
    Ok(SeedReport { inserted })
}

/// Topics for every new utility; KPI histories and a contact for the named demo utilities
/// (synthetic benchmark rows get topics only, to keep large seeds quick).
async fn seed_profiles<C: ConnectionTrait>(
    db: &C,
    added: &[(String, OrganizationKind, &str, Option<i64>)],
) -> Result<(), DbErr> {
    let ids: HashMap<(String, String), i32> = organization::Entity::find()
        .select_only()
        .column(organization::Column::Name)
        .column(organization::Column::Country)
        .column(organization::Column::Id)
        .into_tuple::<(String, String, i32)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(n, c, id)| ((n, c), id))
        .collect();
    let topic_ids: HashMap<String, i32> = topic::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.code, t.id))
        .collect();
    let now = chrono::Utc::now();
    let mut topic_rows = Vec::new();
    let mut kpi_rows = Vec::new();
    let mut contact_rows = Vec::new();
    for (name, kind, country, population) in added {
        let (Some(&id), true) = (ids.get(&(name.clone(), (*country).to_owned())), *kind == U)
        else {
            continue;
        };
        let mut dice = Dice::for_name(name);
        let large = population.unwrap_or(0) >= 2_000_000;
        for (code, direction) in topics(&mut dice, large) {
            let Some(&topic_id) = topic_ids.get(code) else {
                continue;
            };
            topic_rows.push(organization_topic::ActiveModel {
                organization_id: Set(id),
                topic_id: Set(topic_id),
                direction: Set(direction),
                description: Set(match direction {
                    TopicDirection::Offer => solution_for(code).to_owned(),
                    TopicDirection::Need => String::new(),
                }),
                capacity: Set(1 + dice.pick(3) as i32),
                ..Default::default()
            });
        }
        if name.starts_with("Synthetic ") {
            continue;
        }
        let first_year = 2018 + dice.pick(3) as i32;
        for kpi in reported_kpis(&mut dice) {
            for (date, value) in history(kpi, &mut dice, first_year) {
                kpi_rows.push(kpi_measurement::ActiveModel {
                    organization_id: Set(id),
                    kpi: Set(kpi),
                    value: Set(value),
                    measured_on: Set(date),
                    recorded_at: Set(now),
                    ..Default::default()
                });
            }
        }
        contact_rows.push(organization_contact::ActiveModel {
            organization_id: Set(id),
            name: Set("Partnerships desk".to_owned()),
            position: Set("WOP focal point (demo contact)".to_owned()),
            email: Set(format!("partnerships@{}.example", slug(name))),
            ..Default::default()
        });
    }
    for chunk in topic_rows.chunks(500) {
        organization_topic::Entity::insert_many(chunk.to_vec())
            .exec(db)
            .await?;
    }
    for chunk in kpi_rows.chunks(500) {
        kpi_measurement::Entity::insert_many(chunk.to_vec())
            .exec(db)
            .await?;
    }
    for chunk in contact_rows.chunks(500) {
        organization_contact::Entity::insert_many(chunk.to_vec())
            .exec(db)
            .await?;
    }
    Ok(())
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SeedReport {
    pub inserted: u32,
}
