//! Where a utility is: the sub-region of Asia and the Pacific its country belongs to, and the
//! great-circle distance between two points. Matching prefers mentors close by, who share a
//! context (climate, regulation, language) and can visit cheaply.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Region {
    SouthEastAsia,
    SouthAsia,
    EastAsia,
    CentralAsia,
    Pacific,
    Other,
}

impl Region {
    /// The region's name in `lang`, as it stands inside "Same region (…)".
    pub fn name(self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        match self {
            Region::SouthEastAsia => t!(lang, "matching-region-south-east-asia"),
            Region::SouthAsia => t!(lang, "matching-region-south-asia"),
            Region::EastAsia => t!(lang, "matching-region-east-asia"),
            Region::CentralAsia => t!(lang, "matching-region-central-asia"),
            Region::Pacific => t!(lang, "matching-region-pacific"),
            Region::Other => t!(lang, "matching-region-other"),
        }
    }

    /// In English.
    pub fn label(self) -> &'static str {
        match self {
            Region::SouthEastAsia => "South-East Asia",
            Region::SouthAsia => "South Asia",
            Region::EastAsia => "East Asia",
            Region::CentralAsia => "Central Asia",
            Region::Pacific => "the Pacific",
            Region::Other => "outside Asia and the Pacific",
        }
    }
}

/// The countries the app knows, under the names the app stores, with their region. The grouping
/// follows the network's own (Afghanistan with Central Asia, Pakistan with South Asia).
const COUNTRIES: [(&str, Region); 34] = [
    ("Viet Nam", Region::SouthEastAsia),
    ("Philippines", Region::SouthEastAsia),
    ("Indonesia", Region::SouthEastAsia),
    ("Thailand", Region::SouthEastAsia),
    ("Cambodia", Region::SouthEastAsia),
    ("Lao PDR", Region::SouthEastAsia),
    ("Malaysia", Region::SouthEastAsia),
    ("Myanmar", Region::SouthEastAsia),
    ("Timor-Leste", Region::SouthEastAsia),
    ("India", Region::SouthAsia),
    ("Bangladesh", Region::SouthAsia),
    ("Nepal", Region::SouthAsia),
    ("Sri Lanka", Region::SouthAsia),
    ("Pakistan", Region::SouthAsia),
    ("Bhutan", Region::SouthAsia),
    ("Maldives", Region::SouthAsia),
    ("China", Region::EastAsia),
    ("Mongolia", Region::EastAsia),
    ("Japan", Region::EastAsia),
    ("Republic of Korea", Region::EastAsia),
    ("Fiji", Region::Pacific),
    ("Papua New Guinea", Region::Pacific),
    ("Samoa", Region::Pacific),
    ("Solomon Islands", Region::Pacific),
    ("Vanuatu", Region::Pacific),
    ("Tonga", Region::Pacific),
    ("Kiribati", Region::Pacific),
    ("Australia", Region::Pacific),
    ("New Zealand", Region::Pacific),
    ("Kazakhstan", Region::CentralAsia),
    ("Uzbekistan", Region::CentralAsia),
    ("Kyrgyz Republic", Region::CentralAsia),
    ("Tajikistan", Region::CentralAsia),
    ("Afghanistan", Region::CentralAsia),
];

/// Other spellings people type, each mapped to the app's name.
const ALIASES: [(&str, &str); 14] = [
    ("vietnam", "Viet Nam"),
    ("laos", "Lao PDR"),
    ("lao", "Lao PDR"),
    ("lao people's democratic republic", "Lao PDR"),
    ("east timor", "Timor-Leste"),
    ("timor leste", "Timor-Leste"),
    ("south korea", "Republic of Korea"),
    ("korea", "Republic of Korea"),
    ("korea, republic of", "Republic of Korea"),
    ("kyrgyzstan", "Kyrgyz Republic"),
    ("the philippines", "Philippines"),
    ("people's republic of china", "China"),
    ("png", "Papua New Guinea"),
    ("burma", "Myanmar"),
];

/// The app's name for `country`, whatever its case, spacing or common alternative spelling.
pub fn canonical_country(country: &str) -> Option<&'static str> {
    let key = country
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    COUNTRIES
        .iter()
        .map(|(name, _)| *name)
        .find(|name| name.to_lowercase() == key)
        .or_else(|| {
            ALIASES
                .iter()
                .find(|(alias, _)| *alias == key)
                .map(|(_, name)| *name)
        })
}

pub fn region_of(country: &str) -> Region {
    canonical_country(country)
        .and_then(|name| COUNTRIES.iter().find(|(n, _)| *n == name))
        .map_or(Region::Other, |(_, region)| *region)
}

/// Mean Earth radius (IUGG), in km.
const EARTH_RADIUS_KM: f64 = 6371.0088;

/// Great-circle distance in km between two (latitude, longitude) points in degrees.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    haversine_radians(lat1, lat1.cos(), lon1, lat2, lat2.cos(), lon2)
}

/// The same, from radians and the latitudes' cosines, which an index computes once per point.
pub(crate) fn haversine_radians(
    lat1: f64,
    cos_lat1: f64,
    lon1: f64,
    lat2: f64,
    cos_lat2: f64,
    lon2: f64,
) -> f64 {
    let dlat = (lat2 - lat1) / 2.0;
    let dlon = (lon2 - lon1) / 2.0;
    let h = dlat.sin().powi(2) + cos_lat1 * cos_lat2 * dlon.sin().powi(2);
    // `min` guards asin against rounding just above 1 for antipodal points.
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_found_whatever_the_spelling() {
        assert_eq!(region_of("Viet Nam"), Region::SouthEastAsia);
        assert_eq!(region_of("vietnam"), Region::SouthEastAsia);
        assert_eq!(region_of("  VIET   nam "), Region::SouthEastAsia);
        assert_eq!(region_of("Lao PDR"), Region::SouthEastAsia);
        assert_eq!(region_of("Sri Lanka"), Region::SouthAsia);
        assert_eq!(region_of("south korea"), Region::EastAsia);
        assert_eq!(region_of("Kyrgyzstan"), Region::CentralAsia);
        assert_eq!(region_of("Afghanistan"), Region::CentralAsia);
        assert_eq!(region_of("Fiji"), Region::Pacific);
        assert_eq!(region_of("New Zealand"), Region::Pacific);
        assert_eq!(region_of("Kenya"), Region::Other);
        assert_eq!(region_of(""), Region::Other);
        assert_eq!(canonical_country("VIETNAM"), Some("Viet Nam"));
        assert_eq!(canonical_country("Narnia"), None);
    }

    #[test]
    fn every_listed_country_has_a_region() {
        for (name, region) in COUNTRIES {
            assert_eq!(region_of(name), region, "{name}");
            assert_ne!(region, Region::Other);
        }
        for (_, name) in ALIASES {
            assert!(canonical_country(name).is_some(), "{name}");
        }
    }

    #[test]
    fn distances_match_known_values() {
        // Manila to Jakarta is about 2,790 km; Hanoi to Ho Chi Minh City about 1,140 km.
        let manila = (14.5995, 120.9842);
        let jakarta = (-6.2088, 106.8456);
        let d = haversine_km(manila, jakarta);
        assert!((d - 2_790.0).abs() < 30.0, "{d}");
        let d = haversine_km((21.0278, 105.8342), (10.8231, 106.6297));
        assert!((d - 1_140.0).abs() < 20.0, "{d}");
        assert_eq!(haversine_km(manila, manila), 0.0);
        // Antipodes: half the circumference, never NaN.
        let d = haversine_km((0.0, 0.0), (0.0, 180.0));
        assert!(
            (d - std::f64::consts::PI * EARTH_RADIUS_KM).abs() < 1.0,
            "{d}"
        );
    }
}
