//! What ranking reads (a need's and the mentors' profiles) and what it gives back (ranked
//! mentors with a score and an explanation per factor).

use super::weights::Factor;
use crate::partners::Kpi;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct KpiPoint {
    pub date: NaiveDate,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NeedProfile {
    pub need_id: i32,
    pub organization_id: i32,
    pub organization_name: String,
    pub topic_code: String,
    pub languages: Vec<String>,
    pub country: String,
    /// (latitude, longitude) in degrees.
    pub location: Option<(f64, f64)>,
    pub population_served: Option<i64>,
    pub latest_kpis: Vec<(Kpi, KpiPoint)>,
}

/// A partnership the mentor took part in as mentor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PastPartnership {
    pub topic_code: String,
    pub recipient_name: String,
    pub kpi: Option<Kpi>,
    pub baseline: Option<f64>,
    pub latest: Option<f64>,
    pub completed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentorProfile {
    pub organization_id: i32,
    pub name: String,
    pub country: String,
    pub location: Option<(f64, f64)>,
    pub population_served: Option<i64>,
    pub languages: Vec<String>,
    pub offered_topics: Vec<String>,
    pub kpi_history: Vec<(Kpi, Vec<KpiPoint>)>,
    pub past_partnerships: Vec<PastPartnership>,
    /// How many partnerships it can mentor at once.
    pub capacity: u32,
    pub active_partnerships: u32,
}

/// The KPIs that show progress on a topic, most telling first. Topics added by admins have none.
pub fn topic_kpis(topic_code: &str) -> &'static [Kpi] {
    use Kpi::*;
    match topic_code.trim() {
        "nrw" => &[NonRevenueWater],
        "water_quality" => &[WaterQualityCompliance],
        "sanitation_fsm" | "wastewater" => &[SanitationCoverage],
        "customer_service" => &[CollectionEfficiency, ContinuityOfSupply],
        "billing" => &[CollectionEfficiency],
        "tariffs_finance" => &[OperatingCostCoverage, CollectionEfficiency],
        "energy" => &[EnergyIntensity],
        "asset_management" | "gis_modelling" => &[NonRevenueWater, ContinuityOfSupply],
        "digital" => &[MeteringLevel, NonRevenueWater],
        "governance" => &[OperatingCostCoverage],
        "climate" => &[ContinuityOfSupply],
        "hr_training" => &[StaffPer1000Connections],
        "urban_poor" => &[WaterCoverage, PeopleWithNewAccess],
        _ => &[],
    }
}

// ---------------------------------------------------------------------------------------------
// Outputs

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactorScore {
    pub factor: Factor,
    /// 0..1
    pub score: f64,
    pub weight: f64,
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RankedMentor {
    pub organization_id: i32,
    pub name: String,
    /// 0..100
    pub total: f64,
    /// One per factor, in [`Factor::ALL`] order.
    pub factors: Vec<FactorScore>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_starting_topic_has_kpis() {
        for topic in [
            "nrw",
            "water_quality",
            "sanitation_fsm",
            "wastewater",
            "customer_service",
            "billing",
            "tariffs_finance",
            "energy",
            "asset_management",
            "gis_modelling",
            "digital",
            "governance",
            "climate",
            "hr_training",
            "urban_poor",
        ] {
            assert!(!topic_kpis(topic).is_empty(), "{topic}");
        }
        assert_eq!(topic_kpis("nrw"), &[Kpi::NonRevenueWater]);
        assert!(topic_kpis("desalination").is_empty());
    }
}
