//! The service KPIs of DOMAIN.md, the ranges their values must lie in, and how a dated value is
//! checked before it is stored.

use crate::error::FieldErrors;
use crate::stored::stored_enum;
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
    pub fn label(self) -> &'static str {
        match self {
            Kpi::WaterCoverage => "Water supply coverage",
            Kpi::SanitationCoverage => "Sanitation coverage",
            Kpi::NonRevenueWater => "Non-revenue water",
            Kpi::ContinuityOfSupply => "Continuity of supply",
            Kpi::WaterQualityCompliance => "Water quality compliance",
            Kpi::CollectionEfficiency => "Collection efficiency",
            Kpi::OperatingCostCoverage => "Operating cost coverage",
            Kpi::MeteringLevel => "Metering level",
            Kpi::StaffPer1000Connections => "Staff per 1,000 connections",
            Kpi::EnergyIntensity => "Energy intensity",
            Kpi::PeopleWithNewAccess => "People with new or improved access",
        }
    }

    pub fn unit(self) -> &'static str {
        match self.measure() {
            Measure::Percent => "%",
            Measure::HoursPerDay => "hours/day",
            Measure::People => "people",
            Measure::NonNegative => match self {
                Kpi::OperatingCostCoverage => "ratio",
                Kpi::EnergyIntensity => "kWh/m³",
                _ => "staff",
            },
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

    /// Why `value` cannot be a value of this KPI, if it cannot.
    pub fn check(self, value: f64) -> Result<(), String> {
        if !value.is_finite() {
            return Err("Enter a number.".to_owned());
        }
        match self.measure() {
            Measure::Percent if !(0.0..=100.0).contains(&value) => {
                Err("A percentage must be between 0 and 100.".to_owned())
            }
            Measure::HoursPerDay if !(0.0..=24.0).contains(&value) => {
                Err("Hours of supply must be between 0 and 24.".to_owned())
            }
            Measure::NonNegative if value < 0.0 => Err("This value cannot be negative.".to_owned()),
            Measure::People if value < 0.0 => {
                Err("The number of people cannot be negative.".to_owned())
            }
            Measure::People if value.fract() != 0.0 => {
                Err("The number of people must be a whole number.".to_owned())
            }
            _ => Ok(()),
        }
    }

    /// The value as people read it: "23.5 %", "1.12", "18 hours/day".
    pub fn format(self, value: f64) -> String {
        match self.measure() {
            Measure::Percent => format!("{} %", trim_number(value, 1)),
            Measure::HoursPerDay => format!("{} h/day", trim_number(value, 1)),
            Measure::People => crate::partners::group_thousands(value.round() as i64),
            Measure::NonNegative => trim_number(value, 2),
        }
    }
}

/// `value` with at most `decimals` decimals and no trailing zeros.
fn trim_number(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
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
) -> Result<(Kpi, f64, NaiveDate), FieldErrors> {
    let mut errors = FieldErrors::default();
    let kpi = kpi
        .parse::<Kpi>()
        .map_err(|_| errors.add("kpi", "Choose a KPI from the list."))
        .ok();
    let value = match value.trim().replace(',', "").parse::<f64>() {
        Ok(v) => match kpi.map(|k| k.check(v)) {
            Some(Err(message)) => {
                errors.add("value", message);
                None
            }
            _ => Some(v),
        },
        Err(_) => {
            errors.add("value", "Enter a number, for example 23.5.");
            None
        }
    };
    let date = match NaiveDate::parse_from_str(measured_on.trim(), "%Y-%m-%d") {
        Ok(d) if d > today => {
            errors.add(
                "measured_on",
                "A measured value cannot be dated in the future.",
            );
            None
        }
        Ok(d) => Some(d),
        Err(_) => {
            errors.add(
                "measured_on",
                "Enter the date it was measured (YYYY-MM-DD).",
            );
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
        assert!(Kpi::NonRevenueWater.check(0.0).is_ok());
        assert!(Kpi::NonRevenueWater.check(100.0).is_ok());
        assert!(Kpi::NonRevenueWater.check(100.5).is_err());
        assert!(Kpi::WaterCoverage.check(-1.0).is_err());
        assert!(Kpi::WaterCoverage.check(f64::NAN).is_err());
    }

    #[test]
    fn hours_counts_and_ratios_have_their_own_ranges() {
        assert!(Kpi::ContinuityOfSupply.check(24.0).is_ok());
        assert!(Kpi::ContinuityOfSupply.check(25.0).is_err());
        assert!(Kpi::OperatingCostCoverage.check(1.35).is_ok());
        assert!(Kpi::OperatingCostCoverage.check(-0.1).is_err());
        assert!(Kpi::PeopleWithNewAccess.check(12_000.0).is_ok());
        assert!(Kpi::PeopleWithNewAccess.check(-5.0).is_err());
        assert!(Kpi::PeopleWithNewAccess.check(10.5).is_err());
    }

    #[test]
    fn a_good_measurement_parses() {
        let parsed = parse_measurement(
            "non_revenue_water",
            " 23.5 ",
            "2026-06-30",
            day("2026-11-29"),
        );
        assert_eq!(parsed, Ok((Kpi::NonRevenueWater, 23.5, day("2026-06-30"))));
        let people = parse_measurement(
            "people_with_new_access",
            "12,500",
            "2025-12-31",
            day("2026-01-01"),
        );
        assert_eq!(people.map(|p| p.1), Ok(12_500.0));
    }

    #[test]
    fn every_bad_field_gets_its_message() {
        let errors = parse_measurement("non_revenue_water", "120", "2030-01-01", day("2026-11-29"))
            .unwrap_err();
        assert!(errors
            .for_field("value")
            .unwrap()
            .contains("between 0 and 100"));
        assert!(errors.for_field("measured_on").unwrap().contains("future"));
        let errors = parse_measurement("bogus", "abc", "yesterday", day("2026-11-29")).unwrap_err();
        assert!(errors.for_field("kpi").is_some());
        assert!(errors.for_field("value").is_some());
        assert!(errors.for_field("measured_on").is_some());
    }

    #[test]
    fn values_read_naturally() {
        assert_eq!(Kpi::NonRevenueWater.format(23.50), "23.5 %");
        assert_eq!(Kpi::ContinuityOfSupply.format(24.0), "24 h/day");
        assert_eq!(Kpi::OperatingCostCoverage.format(1.1234), "1.12");
        assert_eq!(Kpi::PeopleWithNewAccess.format(125000.0), "125,000");
    }
}
