//! The service KPIs of DOMAIN.md, the ranges their values must lie in, and how a dated value is
//! checked before it is stored.

use crate::error::FieldErrors;
use crate::i18n::Lang;
use crate::stored::stored_enum;
use crate::t;
use chrono::NaiveDate;
use std::str::FromStr;

stored_enum! {
    /// (`outcome.kpi`, `kpi_measurement.kpi`)
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Kpi {
        WaterCoverage = "water_coverage",
        SanitationCoverage = "sanitation_coverage",
        NonRevenueWater = "non_revenue_water",
        ContinuityOfSupply = "continuity_of_supply",
        WaterQualityCompliance = "water_quality_compliance",
        CollectionEfficiency = "collection_efficiency",
        OperatingCostCoverage = "operating_cost_coverage",
        MeteringLevel = "metering_level",
        StaffPer1000Connections = "staff_per_1000_connections",
        EnergyIntensity = "energy_intensity",
        PeopleWithNewAccess = "people_with_new_access",
    }
}

/// What kind of number a KPI is, which decides its valid range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// 0..=100
    Percent,
    /// 0..=24
    HoursPerDay,
    /// Any non-negative number (ratios, intensities, staff counts per 1,000).
    NonNegative,
    /// A whole, non-negative number of people.
    People,
}

/// Whether a rising value is good news.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    Higher,
    Lower,
}

impl Kpi {
    /// The KPI's name in `lang`.
    pub fn name(self, lang: Lang) -> String {
        match self {
            Kpi::WaterCoverage => t!(lang, "partners-kpi-water-coverage"),
            Kpi::SanitationCoverage => t!(lang, "partners-kpi-sanitation-coverage"),
            Kpi::NonRevenueWater => t!(lang, "partners-kpi-non-revenue-water"),
            Kpi::ContinuityOfSupply => t!(lang, "partners-kpi-continuity-of-supply"),
            Kpi::WaterQualityCompliance => t!(lang, "partners-kpi-water-quality-compliance"),
            Kpi::CollectionEfficiency => t!(lang, "partners-kpi-collection-efficiency"),
            Kpi::OperatingCostCoverage => t!(lang, "partners-kpi-operating-cost-coverage"),
            Kpi::MeteringLevel => t!(lang, "partners-kpi-metering-level"),
            Kpi::StaffPer1000Connections => t!(lang, "partners-kpi-staff-per-1000-connections"),
            Kpi::EnergyIntensity => t!(lang, "partners-kpi-energy-intensity"),
            Kpi::PeopleWithNewAccess => t!(lang, "partners-kpi-people-with-new-access"),
        }
    }

    /// The unit in `lang`, as a form's KPI list shows it next to the name.
    pub fn unit_in(self, lang: Lang) -> String {
        match self.measure() {
            Measure::Percent => "%".to_owned(),
            Measure::HoursPerDay => t!(lang, "partners-unit-hours-per-day"),
            Measure::People => t!(lang, "partners-unit-people"),
            Measure::NonNegative => match self {
                Kpi::OperatingCostCoverage => t!(lang, "partners-unit-ratio"),
                Kpi::EnergyIntensity => "kWh/m³".to_owned(),
                _ => t!(lang, "partners-unit-staff"),
            },
        }
    }

    /// "Water supply coverage (%)", for lists to choose a KPI from.
    pub fn name_with_unit(self, lang: Lang) -> String {
        t!(
            lang,
            "partners-kpi-with-unit",
            kpi = self.name(lang),
            unit = self.unit_in(lang)
        )
    }

    /// Why `value` cannot be a value of this KPI, in `lang`, if it cannot.
    pub fn problem(self, value: f64, lang: Lang) -> Result<(), String> {
        if !value.is_finite() {
            return Err(t!(lang, "partners-value-not-a-number"));
        }
        match self.measure() {
            Measure::Percent if !(0.0..=100.0).contains(&value) => {
                Err(t!(lang, "partners-value-percent-range"))
            }
            Measure::HoursPerDay if !(0.0..=24.0).contains(&value) => {
                Err(t!(lang, "partners-value-hours-range"))
            }
            Measure::NonNegative if value < 0.0 => Err(t!(lang, "partners-value-negative")),
            Measure::People if value < 0.0 => Err(t!(lang, "partners-value-people-negative")),
            Measure::People if value.fract() != 0.0 => Err(t!(lang, "partners-value-people-whole")),
            _ => Ok(()),
        }
    }

    /// The value as people read it in `lang`: "23,5 %", "1,12", "18 giờ/ngày".
    pub fn display(self, value: f64, lang: Lang) -> String {
        use crate::i18n::format;
        match self.measure() {
            Measure::Percent => t!(
                lang,
                "partners-value-percent",
                value = format::decimal(lang, value, 1)
            ),
            Measure::HoursPerDay => t!(
                lang,
                "partners-value-hours",
                value = format::decimal(lang, value, 1)
            ),
            Measure::People => format::integer(lang, value.round() as i64),
            Measure::NonNegative => format::decimal(lang, value, 2),
        }
    }

    pub fn measure(self) -> Measure {
        match self {
            Kpi::ContinuityOfSupply => Measure::HoursPerDay,
            Kpi::OperatingCostCoverage | Kpi::StaffPer1000Connections | Kpi::EnergyIntensity => {
                Measure::NonNegative
            }
            Kpi::PeopleWithNewAccess => Measure::People,
            _ => Measure::Percent,
        }
    }

    pub fn better(self) -> Better {
        match self {
            Kpi::NonRevenueWater | Kpi::StaffPer1000Connections | Kpi::EnergyIntensity => {
                Better::Lower
            }
            _ => Better::Higher,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a KPI")]
pub struct UnknownKpi(pub String);

impl FromStr for Kpi {
    type Err = UnknownKpi;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Kpi::from_code(s).ok_or_else(|| UnknownKpi(s.to_owned()))
    }
}

/// A KPI value as a form sends it, checked: the KPI is known, the value is a number in its range,
/// and the date is a real date not after `today`. Every problem is reported, under its field.
pub fn parse_measurement(
    kpi: &str,
    value: &str,
    measured_on: &str,
    today: NaiveDate,
    lang: Lang,
) -> Result<(Kpi, f64, NaiveDate), FieldErrors> {
    let mut errors = FieldErrors::default();
    let kpi = kpi
        .parse::<Kpi>()
        .map_err(|_| errors.add("kpi", t!(lang, "partners-kpi-choose")))
        .ok();
    let value = match crate::i18n::format::parse_decimal(lang, value) {
        Some(v) => match kpi.map(|k| k.problem(v, lang)) {
            Some(Err(message)) => {
                errors.add("value", message);
                None
            }
            _ => Some(v),
        },
        None => {
            errors.add("value", t!(lang, "partners-value-enter-number"));
            None
        }
    };
    let date = match NaiveDate::parse_from_str(measured_on.trim(), "%Y-%m-%d") {
        Ok(d) if d > today => {
            errors.add("measured_on", t!(lang, "partners-measured-in-future"));
            None
        }
        Ok(d) => Some(d),
        Err(_) => {
            errors.add("measured_on", t!(lang, "partners-measured-on-enter"));
            None
        }
    };
    match (kpi, value, date) {
        (Some(k), Some(v), Some(d)) if errors.is_empty() => Ok((k, v, d)),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn codes_round_trip() {
        for kpi in Kpi::ALL {
            assert_eq!(kpi.as_code().parse::<Kpi>(), Ok(kpi));
        }
        assert!("nrw_m3".parse::<Kpi>().is_err());
    }

    #[test]
    fn percentages_lie_in_0_to_100() {
        assert!(Kpi::NonRevenueWater.problem(0.0, Lang::En).is_ok());
        assert!(Kpi::NonRevenueWater.problem(100.0, Lang::En).is_ok());
        assert!(Kpi::NonRevenueWater.problem(100.5, Lang::En).is_err());
        assert!(Kpi::WaterCoverage.problem(-1.0, Lang::En).is_err());
        assert!(Kpi::WaterCoverage.problem(f64::NAN, Lang::En).is_err());
    }

    #[test]
    fn hours_counts_and_ratios_have_their_own_ranges() {
        assert!(Kpi::ContinuityOfSupply.problem(24.0, Lang::En).is_ok());
        assert!(Kpi::ContinuityOfSupply.problem(25.0, Lang::En).is_err());
        assert!(Kpi::OperatingCostCoverage.problem(1.35, Lang::En).is_ok());
        assert!(Kpi::OperatingCostCoverage.problem(-0.1, Lang::En).is_err());
        assert!(Kpi::PeopleWithNewAccess.problem(12_000.0, Lang::En).is_ok());
        assert!(Kpi::PeopleWithNewAccess.problem(-5.0, Lang::En).is_err());
        assert!(Kpi::PeopleWithNewAccess.problem(10.5, Lang::En).is_err());
    }

    #[test]
    fn a_good_measurement_parses() {
        let parsed = parse_measurement(
            "non_revenue_water",
            " 23.5 ",
            "2026-06-30",
            day("2026-11-29"),
            Lang::En,
        );
        assert_eq!(parsed, Ok((Kpi::NonRevenueWater, 23.5, day("2026-06-30"))));
        let people = parse_measurement(
            "people_with_new_access",
            "12,500",
            "2025-12-31",
            day("2026-01-01"),
            Lang::En,
        );
        assert_eq!(people.map(|p| p.1), Ok(12_500.0));
    }

    #[test]
    fn every_bad_field_gets_its_message() {
        let errors = parse_measurement(
            "non_revenue_water",
            "120",
            "2030-01-01",
            day("2026-11-29"),
            Lang::En,
        )
        .unwrap_err();
        assert!(errors
            .for_field("value")
            .unwrap()
            .contains("between 0 and 100"));
        assert!(errors.for_field("measured_on").unwrap().contains("future"));
        let errors = parse_measurement("bogus", "abc", "yesterday", day("2026-11-29"), Lang::En)
            .unwrap_err();
        assert!(errors.for_field("kpi").is_some());
        assert!(errors.for_field("value").is_some());
        assert!(errors.for_field("measured_on").is_some());
    }

    #[test]
    fn values_read_naturally() {
        assert_eq!(Kpi::NonRevenueWater.display(23.50, Lang::En), "23.5 %");
        assert_eq!(Kpi::OperatingCostCoverage.display(1.1234, Lang::En), "1.12");
        assert_eq!(
            Kpi::PeopleWithNewAccess.display(125000.0, Lang::En),
            "125,000"
        );
    }

    #[test]
    fn a_value_is_read_as_typed_in_the_persons_language() {
        let (_, value, _) = parse_measurement(
            "non_revenue_water",
            "32,5",
            "2026-01-31",
            day("2026-11-29"),
            Lang::Vi,
        )
        .unwrap();
        assert_eq!(value, 32.5, "not 325");
        let (_, people, _) = parse_measurement(
            "people_with_new_access",
            "12.500",
            "2026-01-31",
            day("2026-11-29"),
            Lang::Id,
        )
        .unwrap();
        assert_eq!(people, 12_500.0);
    }

    #[test]
    fn values_and_messages_follow_the_language() {
        assert_eq!(Kpi::NonRevenueWater.display(23.5, Lang::En), "23.5 %");
        assert_eq!(Kpi::NonRevenueWater.display(23.5, Lang::Vi), "23,5 %");
        assert_eq!(
            Kpi::PeopleWithNewAccess.display(125000.0, Lang::Id),
            "125.000"
        );
        assert_eq!(Kpi::NonRevenueWater.name(Lang::Vi), "Nước không doanh thu");
        let errors = parse_measurement(
            "non_revenue_water",
            "120",
            "2030-01-01",
            day("2026-11-29"),
            Lang::Vi,
        )
        .unwrap_err();
        assert_eq!(
            errors.for_field("value"),
            Some("Tỷ lệ phần trăm phải nằm trong khoảng từ 0 đến 100.")
        );
    }
}
