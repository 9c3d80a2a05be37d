//! How much each of the seven factors counts, and reading the weights from a form.

use crate::error::FieldErrors;
use crate::i18n::Lang;
use crate::t;
use serde::{Deserialize, Serialize};

/// How much each factor counts; only the ratios matter (the total is a weighted mean).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Weights {
    pub topic_fit: f64,
    pub proven_results: f64,
    pub kpi_gap: f64,
    pub language: f64,
    pub proximity: f64,
    pub scale: f64,
    pub capacity: f64,
}

impl Default for Weights {
    /// Results and the topic first, then whether the partners can learn from and talk to each
    /// other; distance, size and free places only break near-ties.
    fn default() -> Self {
        Weights {
            topic_fit: 3.0,
            proven_results: 3.0,
            kpi_gap: 2.0,
            language: 2.0,
            proximity: 1.0,
            scale: 1.0,
            capacity: 1.0,
        }
    }
}

pub const MAX_WEIGHT: f64 = 10.0;

impl Weights {
    /// The form fields, in the order a form shows them: (field name, label).
    pub const FIELDS: [(&'static str, &'static str); 7] = [
        ("topic_fit", "Topic fit"),
        ("proven_results", "Proven results"),
        ("kpi_gap", "KPI gap"),
        ("language", "Language"),
        ("proximity", "Proximity"),
        ("scale", "Similar scale"),
        ("capacity", "Spare capacity"),
    ];

    pub fn get(&self, factor: Factor) -> f64 {
        match factor {
            Factor::TopicFit => self.topic_fit,
            Factor::ProvenResults => self.proven_results,
            Factor::KpiGap => self.kpi_gap,
            Factor::Language => self.language,
            Factor::Proximity => self.proximity,
            Factor::Scale => self.scale,
            Factor::Capacity => self.capacity,
        }
    }

    fn get_mut(&mut self, factor: Factor) -> &mut f64 {
        match factor {
            Factor::TopicFit => &mut self.topic_fit,
            Factor::ProvenResults => &mut self.proven_results,
            Factor::KpiGap => &mut self.kpi_gap,
            Factor::Language => &mut self.language,
            Factor::Proximity => &mut self.proximity,
            Factor::Scale => &mut self.scale,
            Factor::Capacity => &mut self.capacity,
        }
    }

    /// Weights as a form sends them, by field name. A field the form did not send keeps its
    /// default, so a link may set only the weights it cares about; other fields are ignored.
    /// A field that was sent must be a number from 0 to 10, and at least one weight must be above
    /// 0 (that message goes under the first field, where the form starts).
    pub fn parse(fields: &[(&str, &str)], lang: Lang) -> Result<Weights, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut weights = Weights::default();
        for factor in Factor::ALL {
            let name = factor.field();
            let Some((_, raw)) = fields.iter().find(|(field, _)| *field == name) else {
                continue;
            };
            match parse_weight(raw, lang) {
                Ok(value) => *weights.get_mut(factor) = value,
                Err(message) => errors.add(name, message),
            }
        }
        if errors.is_empty() && Factor::ALL.iter().all(|f| weights.get(*f) == 0.0) {
            errors.add(
                Factor::TopicFit.field(),
                t!(lang, "matching-weight-all-zero"),
            );
        }
        if errors.is_empty() {
            Ok(weights)
        } else {
            Err(errors)
        }
    }

    /// A weight as the scorer uses it: a direct caller could pass a negative or NaN weight,
    /// which must not turn the weighted mean upside down.
    pub(super) fn effective(&self, factor: Factor) -> f64 {
        let w = self.get(factor);
        if w.is_finite() && w > 0.0 {
            w
        } else {
            0.0
        }
    }
}

fn parse_weight(raw: &str, lang: Lang) -> Result<f64, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(t!(lang, "matching-weight-missing"));
    }
    match raw.parse::<f64>() {
        Ok(v) if !v.is_finite() => Err(t!(lang, "matching-weight-not-a-number")),
        Ok(v) if v < 0.0 => Err(t!(lang, "matching-weight-negative")),
        Ok(v) if v > MAX_WEIGHT => Err(t!(lang, "matching-weight-too-large")),
        Ok(v) => Ok(v),
        Err(_) => Err(t!(lang, "matching-weight-not-a-number")),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    TopicFit,
    ProvenResults,
    KpiGap,
    Language,
    Proximity,
    Scale,
    Capacity,
}

impl Factor {
    pub const ALL: [Factor; 7] = [
        Factor::TopicFit,
        Factor::ProvenResults,
        Factor::KpiGap,
        Factor::Language,
        Factor::Proximity,
        Factor::Scale,
        Factor::Capacity,
    ];

    /// The name of its weight's form field (and of the field in [`Weights`]).
    pub fn field(self) -> &'static str {
        Weights::FIELDS[self as usize].0
    }

    /// In English (records, and tests that read the English names).
    pub fn label(self) -> &'static str {
        Weights::FIELDS[self as usize].1
    }

    /// The factor's name in `lang`, as the score cards and the weights form show it.
    pub fn name(self, lang: Lang) -> String {
        match self {
            Factor::TopicFit => t!(lang, "matching-factor-topic-fit"),
            Factor::ProvenResults => t!(lang, "matching-factor-proven-results"),
            Factor::KpiGap => t!(lang, "matching-factor-kpi-gap"),
            Factor::Language => t!(lang, "matching-factor-language"),
            Factor::Proximity => t!(lang, "matching-factor-proximity"),
            Factor::Scale => t!(lang, "matching-factor-scale"),
            Factor::Capacity => t!(lang, "matching-factor-capacity"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_parse_from_a_form() {
        let parsed = Weights::parse(
            &[
                ("topic_fit", "5"),
                ("language", " 0 "),
                ("scale", "2.5"),
                ("other", "ignored"),
            ],
            Lang::En,
        );
        assert_eq!(
            parsed,
            Ok(Weights {
                topic_fit: 5.0,
                language: 0.0,
                scale: 2.5,
                ..Weights::default()
            })
        );
        assert_eq!(Weights::parse(&[], Lang::En), Ok(Weights::default()));
    }

    #[test]
    fn each_bad_weight_gets_its_own_message() {
        let errors = Weights::parse(
            &[
                ("topic_fit", "-1"),
                ("proven_results", "11"),
                ("kpi_gap", "lots"),
                ("language", ""),
                ("proximity", "NaN"),
                ("scale", "10"),
            ],
            Lang::En,
        )
        .unwrap_err();
        assert!(errors.for_field("topic_fit").unwrap().contains("negative"));
        assert!(errors
            .for_field("proven_results")
            .unwrap()
            .contains("at most 10"));
        assert!(errors.for_field("kpi_gap").unwrap().contains("number"));
        assert!(errors.for_field("language").unwrap().contains("Enter"));
        assert!(errors.for_field("proximity").unwrap().contains("number"));
        assert_eq!(errors.for_field("scale"), None);
        assert_eq!(errors.for_field("capacity"), None);

        let zeros: Vec<(&str, &str)> = Weights::FIELDS.iter().map(|(f, _)| (*f, "0")).collect();
        let errors = Weights::parse(&zeros, Lang::En).unwrap_err();
        assert_eq!(errors.0.len(), 1);
        assert!(errors
            .for_field("topic_fit")
            .unwrap()
            .contains("at least one"));
        let errors = Weights::parse(&[("scale", "11")], Lang::Vi).unwrap_err();
        assert_eq!(errors.for_field("scale"), Some("Trọng số tối đa là 10."));
    }
}
