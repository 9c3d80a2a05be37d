//! The network's results for one filter, as one struct: the dashboard, the home page, the
//! XLSX/PDF/CSV reports and the API all show this, so their figures cannot disagree.

use super::filter::{FilterChoices, ResultsFilter};
use crate::partners::Kpi;
use crate::wops::PartnershipState;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NetworkResults {
    pub filter: ResultsFilter,
    /// The filter's country, topic name and period in words, for headings.
    pub scope: String,
    pub partnerships: Vec<PartnershipRow>,
    /// One entry per state, in the lifecycle's order (zeros included).
    pub by_state: Vec<StateCount>,
    /// Partnerships running in each year of the period, by their current state.
    pub by_year: Vec<YearCounts>,
    /// Distinct utilities (mentors and recipients) in the partnerships counted.
    pub utilities_involved: u64,
    /// Per KPI, from baseline to the latest public measurement.
    pub kpis: Vec<KpiImprovement>,
    /// The sum of "people with new or improved access" gained (latest minus baseline).
    pub people_with_access: u64,
    pub training: TrainingFigures,
    /// Downloads of the library's published knowledge products (all time: the library counts
    /// downloads without dates).
    pub downloads: u64,
}

impl NetworkResults {
    pub fn count_in(&self, state: PartnershipState) -> u64 {
        self.by_state
            .iter()
            .find(|s| s.state == state)
            .map_or(0, |s| s.count)
    }

    /// Whether there is anything to chart for this filter.
    pub fn is_empty(&self) -> bool {
        self.partnerships.is_empty() && self.training.programs == 0
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PartnershipRow {
    pub id: i32,
    pub title: String,
    pub state: PartnershipState,
    pub mentor: UtilityPoint,
    pub recipient: UtilityPoint,
    pub topics: Vec<String>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
}

/// A utility with where it is, for the map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct UtilityPoint {
    pub id: i32,
    pub name: String,
    pub country: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StateCount {
    pub state: PartnershipState,
    pub count: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct YearCounts {
    pub year: i32,
    /// In the order of [`PartnershipState::ALL`].
    pub counts: Vec<StateCount>,
}

impl YearCounts {
    pub fn total(&self) -> u64 {
        self.counts.iter().map(|c| c.count).sum()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct KpiImprovement {
    pub kpi: Kpi,
    /// Public outcomes tracking this KPI.
    pub outcomes: u64,
    /// Of those, how many have a measurement after the baseline.
    pub measured: u64,
    /// Of those measured, how many moved in the KPI's good direction.
    pub improved: u64,
    /// Averages over the measured outcomes.
    pub mean_baseline: f64,
    pub mean_latest: f64,
    /// Mean change in the good direction (positive is better, whichever way the KPI runs).
    pub mean_improvement: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TrainingFigures {
    /// Programs with a session in the period.
    pub programs: u64,
    pub sessions: u64,
    /// Enrolments holding a place (not waitlisted or cancelled) in those programs.
    pub enrolled: u64,
    /// Completions (staff trained) dated in the period.
    pub completions: u64,
    pub evaluations: u64,
    /// Mean scores out of 5, when someone evaluated.
    pub relevance: Option<f64>,
    pub clarity: Option<f64>,
    pub usefulness: Option<f64>,
}

/// What the dashboard page receives: the filter's choices with the results, or the messages for
/// a filter that could not be read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DashboardData {
    pub choices: FilterChoices,
    pub results: NetworkResults,
}

/// What the home page shows beside the headline figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HomeData {
    /// Organizations, utilities and countries in the directory.
    pub network: (u64, u64, u64),
    pub results: NetworkResults,
    pub events: Vec<EventLine>,
    pub forum: Option<ForumLine>,
    pub stories: Vec<StoryLine>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventLine {
    pub id: i32,
    pub title: String,
    pub starts_on: NaiveDate,
    pub place: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForumLine {
    pub title: String,
    pub dates: String,
    pub venue: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryLine {
    pub id: i32,
    pub title: String,
    pub summary: String,
}
