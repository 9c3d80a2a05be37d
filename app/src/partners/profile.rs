//! An organization's profile as pages show it, and the checks on an edited profile or contact,
//! free of the web and the database.

use super::{Kpi, OrganizationKind};
use crate::error::FieldErrors;
use crate::i18n::Lang;
use crate::stored::stored_enum;
use crate::t;
use crate::topics::Topic;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub const ORG_NAME_MAX_CHARS: usize = 200;
pub const PLACE_MAX_CHARS: usize = 80;
pub const LANGUAGES_MAX_CHARS: usize = 200;
pub const DESCRIPTION_MAX_CHARS: usize = 5_000;
pub const SOLUTION_MAX_CHARS: usize = 1_000;
/// More people than live in Asia and the Pacific is a typing mistake.
const MAX_PEOPLE: i64 = 5_000_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceType {
    Water,
    Sewerage,
    Septage,
}

impl ServiceType {
    pub const ALL: [ServiceType; 3] = [
        ServiceType::Water,
        ServiceType::Sewerage,
        ServiceType::Septage,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ServiceType::Water => "water",
            ServiceType::Sewerage => "sewerage",
            ServiceType::Septage => "septage",
        }
    }

    /// The service's name in `lang`.
    pub fn name(self, lang: Lang) -> String {
        match self {
            ServiceType::Water => t!(lang, "partners-service-water"),
            ServiceType::Sewerage => t!(lang, "partners-service-sewerage"),
            ServiceType::Septage => t!(lang, "partners-service-septage"),
        }
    }

    /// The English name (other domains' pages until they show [`ServiceType::name`]).
    pub fn label(self) -> &'static str {
        match self {
            ServiceType::Water => "Water supply",
            ServiceType::Sewerage => "Sewerage",
            ServiceType::Septage => "Septage management",
        }
    }

    /// "water,septage" → [Water, Septage]; unknown codes are skipped.
    pub fn parse_list(stored: &str) -> Vec<ServiceType> {
        ServiceType::ALL
            .into_iter()
            .filter(|t| stored.split(',').any(|s| s.trim() == t.code()))
            .collect()
    }

    pub fn join(types: &[ServiceType]) -> String {
        types.iter().map(|t| t.code()).collect::<Vec<_>>().join(",")
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub id: i32,
    pub name: String,
    pub position: String,
    pub email: String,
}

/// A topic an organization offers (with its tested solution) or needs help with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TopicEntry {
    pub topic: Topic,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KpiValue {
    pub id: i32,
    pub measured_on: NaiveDate,
    pub value: f64,
}

/// One KPI's history, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KpiSeries {
    pub kpi: Kpi,
    pub values: Vec<KpiValue>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationProfile {
    pub id: i32,
    pub name: String,
    pub kind: OrganizationKind,
    pub country: String,
    pub city: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub service_types: Vec<ServiceType>,
    pub population_served: Option<i64>,
    pub connections: Option<i64>,
    pub languages: String,
    pub description: String,
    pub is_demo: bool,
    /// A member of the network (set by the secretariat).
    pub network_member: bool,
    pub contacts: Vec<Contact>,
    pub offers: Vec<TopicEntry>,
    pub needs: Vec<TopicEntry>,
    pub kpis: Vec<KpiSeries>,
    /// Whether the viewer may edit it (its organization admins and secretariat admins).
    pub can_edit: bool,
}

/// A profile edit, checked: it cannot hold an empty name or a negative population.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileUpdate {
    pub name: String,
    pub country: String,
    pub city: String,
    pub location: Option<(f64, f64)>,
    pub service_types: Vec<ServiceType>,
    pub population_served: Option<i64>,
    pub connections: Option<i64>,
    pub languages: String,
    pub description: String,
}

/// The profile form's fields, as the browser sends them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProfileForm {
    pub name: String,
    pub country: String,
    pub city: String,
    pub latitude: String,
    pub longitude: String,
    pub serves_water: Option<String>,
    pub serves_sewerage: Option<String>,
    pub serves_septage: Option<String>,
    pub population_served: String,
    pub connections: String,
    pub languages: String,
    pub description: String,
}

/// What to say when a text field is empty or too long, in the person's language: one whole
/// sentence per field, so that translations need not fit a field's name into a frame.
struct TextRule {
    max: usize,
    missing: String,
    too_long: String,
}

fn required_text(errors: &mut FieldErrors, field: &str, value: &str, rule: TextRule) -> String {
    let value = value.trim();
    if value.is_empty() {
        errors.add(field, rule.missing);
    } else if value.chars().count() > rule.max {
        errors.add(field, rule.too_long);
    }
    value.to_owned()
}

fn optional_text(errors: &mut FieldErrors, field: &str, value: &str, rule: TextRule) -> String {
    let value = value.trim();
    if value.chars().count() > rule.max {
        errors.add(field, rule.too_long);
    }
    value.to_owned()
}

/// An optional whole number of people or connections: blank means unknown.
fn optional_count(errors: &mut FieldErrors, field: &str, value: &str, lang: Lang) -> Option<i64> {
    let cleaned: String = value
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != ' ')
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    match cleaned.parse::<i64>() {
        Ok(n) if n < 0 => {
            errors.add(field, t!(lang, "partners-count-negative"));
            None
        }
        Ok(n) if n > MAX_PEOPLE => {
            errors.add(field, t!(lang, "partners-count-too-large"));
            None
        }
        Ok(n) => Some(n),
        Err(_) => {
            errors.add(field, t!(lang, "partners-count-not-whole"));
            None
        }
    }
}

fn optional_coordinate(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    limit: f64,
    lang: Lang,
) -> Option<f64> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    match value.parse::<f64>() {
        Ok(v) if v.is_finite() && v.abs() <= limit => Some(v),
        _ => {
            errors.add(field, t!(lang, "partners-coordinate-range", limit = limit));
            None
        }
    }
}

impl ProfileForm {
    /// Checks every field and reports all problems at once, each under its field.
    pub fn parse(&self, lang: Lang) -> Result<ProfileUpdate, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = required_text(
            &mut errors,
            "name",
            &self.name,
            TextRule {
                max: ORG_NAME_MAX_CHARS,
                missing: t!(lang, "partners-name-missing"),
                too_long: t!(lang, "partners-name-too-long", max = ORG_NAME_MAX_CHARS),
            },
        );
        let country = required_text(
            &mut errors,
            "country",
            &self.country,
            TextRule {
                max: PLACE_MAX_CHARS,
                missing: t!(lang, "partners-country-missing"),
                too_long: t!(lang, "partners-country-too-long", max = PLACE_MAX_CHARS),
            },
        );
        let city = optional_text(
            &mut errors,
            "city",
            &self.city,
            TextRule {
                max: PLACE_MAX_CHARS,
                missing: String::new(),
                too_long: t!(lang, "partners-city-too-long", max = PLACE_MAX_CHARS),
            },
        );
        let latitude = optional_coordinate(&mut errors, "latitude", &self.latitude, 90.0, lang);
        let longitude = optional_coordinate(&mut errors, "longitude", &self.longitude, 180.0, lang);
        let location = match (latitude, longitude) {
            (Some(lat), Some(lon)) => Some((lat, lon)),
            (None, None) => None,
            (Some(_), None) if self.longitude.trim().is_empty() => {
                errors.add("longitude", t!(lang, "partners-longitude-missing"));
                None
            }
            (None, Some(_)) if self.latitude.trim().is_empty() => {
                errors.add("latitude", t!(lang, "partners-latitude-missing"));
                None
            }
            _ => None,
        };
        let ticked =
            |v: &Option<String>| v.as_deref().is_some_and(|s| !s.is_empty() && s != "false");
        let service_types = [
            (ServiceType::Water, &self.serves_water),
            (ServiceType::Sewerage, &self.serves_sewerage),
            (ServiceType::Septage, &self.serves_septage),
        ]
        .into_iter()
        .filter(|(_, v)| ticked(v))
        .map(|(t, _)| t)
        .collect();
        let population_served = optional_count(
            &mut errors,
            "population_served",
            &self.population_served,
            lang,
        );
        let connections = optional_count(&mut errors, "connections", &self.connections, lang);
        let languages = optional_text(
            &mut errors,
            "languages",
            &self.languages,
            TextRule {
                max: LANGUAGES_MAX_CHARS,
                missing: String::new(),
                too_long: t!(
                    lang,
                    "partners-languages-too-long",
                    max = LANGUAGES_MAX_CHARS
                ),
            },
        );
        let description = optional_text(
            &mut errors,
            "description",
            &self.description,
            TextRule {
                max: DESCRIPTION_MAX_CHARS,
                missing: String::new(),
                too_long: t!(
                    lang,
                    "partners-description-too-long",
                    max = DESCRIPTION_MAX_CHARS
                ),
            },
        );
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ProfileUpdate {
            name,
            country,
            city,
            location,
            service_types,
            population_served,
            connections,
            languages,
            description,
        })
    }
}

/// A contact person, checked.
pub fn parse_contact(
    name: &str,
    position: &str,
    email: &str,
    lang: Lang,
) -> Result<(String, String, String), FieldErrors> {
    let mut errors = FieldErrors::default();
    let name = required_text(
        &mut errors,
        "contact_name",
        name,
        TextRule {
            max: 200,
            missing: t!(lang, "partners-contact-name-missing"),
            too_long: t!(lang, "partners-contact-name-too-long", max = 200),
        },
    );
    let position = optional_text(
        &mut errors,
        "position",
        position,
        TextRule {
            max: 200,
            missing: String::new(),
            too_long: t!(lang, "partners-position-too-long", max = 200),
        },
    );
    let email = match crate::accounts::normalize_email(email, lang) {
        Ok(e) => e,
        Err(m) => {
            errors.add("contact_email", m);
            String::new()
        }
    };
    if errors.is_empty() {
        Ok((name, position, email))
    } else {
        Err(errors)
    }
}

stored_enum! {
    /// Whether an organization offers a topic (can mentor) or needs help with it.
    /// (`organization_topic.direction`)
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum TopicDirection {
        Offer = "offer",
        Need = "need",
    }
}

/// The tested solution behind an offer (required for offers), or what a need is about.
pub fn parse_topic_description(
    direction: TopicDirection,
    text: &str,
    lang: Lang,
) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::default();
    let text = match direction {
        TopicDirection::Offer => required_text(
            &mut errors,
            "description",
            text,
            TextRule {
                max: SOLUTION_MAX_CHARS,
                missing: t!(lang, "partners-solution-missing"),
                too_long: t!(lang, "partners-solution-too-long", max = SOLUTION_MAX_CHARS),
            },
        ),
        TopicDirection::Need => optional_text(
            &mut errors,
            "description",
            text,
            TextRule {
                max: SOLUTION_MAX_CHARS,
                missing: String::new(),
                too_long: t!(lang, "partners-need-too-long", max = SOLUTION_MAX_CHARS),
            },
        ),
    };
    if errors.is_empty() {
        Ok(text)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ProfileForm {
        ProfileForm {
            name: "Metropolitan Cebu Water District".into(),
            country: "Philippines".into(),
            city: "Cebu City".into(),
            latitude: "10.3157".into(),
            longitude: "123.8854".into(),
            serves_water: Some("on".into()),
            serves_septage: Some("on".into()),
            population_served: "1,300,000".into(),
            connections: "".into(),
            languages: "English, Cebuano".into(),
            description: "Serves Metro Cebu.".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_profile_parses() {
        let update = form().parse(Lang::En).unwrap();
        assert_eq!(update.population_served, Some(1_300_000));
        assert_eq!(update.connections, None);
        assert_eq!(update.location, Some((10.3157, 123.8854)));
        assert_eq!(
            update.service_types,
            vec![ServiceType::Water, ServiceType::Septage]
        );
    }

    #[test]
    fn each_bad_field_gets_its_own_message() {
        let bad = ProfileForm {
            name: "   ".into(),
            population_served: "-5".into(),
            connections: "many".into(),
            latitude: "95".into(),
            description: "x".repeat(DESCRIPTION_MAX_CHARS + 1),
            ..form()
        };
        let errors = bad.parse(Lang::En).unwrap_err();
        assert!(errors.for_field("name").is_some());
        assert!(errors
            .for_field("population_served")
            .unwrap()
            .contains("negative"));
        assert!(errors.for_field("connections").is_some());
        assert!(errors.for_field("latitude").is_some());
        assert!(errors.for_field("description").unwrap().contains("under"));
        assert!(errors.for_field("country").is_none());
    }

    #[test]
    fn messages_are_in_the_persons_language() {
        let bad = ProfileForm {
            name: " ".into(),
            population_served: "-5".into(),
            ..form()
        };
        let errors = bad.parse(Lang::Id).unwrap_err();
        assert_eq!(errors.for_field("name"), Some("Masukkan nama organisasi."));
        assert_eq!(
            errors.for_field("population_served"),
            Some("Angka ini tidak boleh negatif.")
        );
    }

    #[test]
    fn half_a_location_is_refused() {
        let errors = ProfileForm {
            longitude: "".into(),
            ..form()
        }
        .parse(Lang::En)
        .unwrap_err();
        assert!(errors.for_field("longitude").is_some());
        let none = ProfileForm {
            latitude: "".into(),
            longitude: "".into(),
            ..form()
        }
        .parse(Lang::En)
        .unwrap();
        assert_eq!(none.location, None);
    }

    #[test]
    fn service_types_round_trip_through_storage() {
        let types = vec![ServiceType::Water, ServiceType::Sewerage];
        assert_eq!(ServiceType::parse_list(&ServiceType::join(&types)), types);
        assert!(ServiceType::parse_list("").is_empty());
    }

    #[test]
    fn contacts_need_a_name_and_a_real_email() {
        assert!(parse_contact("Ana Reyes", "NRW manager", "ana@mcwd.gov.ph", Lang::En).is_ok());
        let errors = parse_contact("", "", "ana at mcwd", Lang::En).unwrap_err();
        assert!(errors.for_field("contact_name").is_some());
        assert!(errors.for_field("contact_email").is_some());
    }

    #[test]
    fn offers_need_their_solution_described() {
        assert!(parse_topic_description(TopicDirection::Offer, " ", Lang::En).is_err());
        assert!(parse_topic_description(TopicDirection::Need, "", Lang::En).is_ok());
        assert!(
            parse_topic_description(TopicDirection::Need, &"x".repeat(1001), Lang::En).is_err()
        );
    }
}
