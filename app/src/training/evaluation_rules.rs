//! How trainees rate a program and how their ratings add up, free of the web and the database.

use crate::error::FieldErrors;
use crate::i18n::Lang;
use crate::t;
use serde::{Deserialize, Serialize};

/// The evaluation questions' fields, each rated 1 (disagree) to 5 (agree).
pub const QUESTIONS: [&str; 3] = ["relevance", "clarity", "usefulness"];

/// The text of the evaluation question whose field is `field`, in `lang`.
pub fn question_text(field: &str, lang: Lang) -> String {
    match field {
        "relevance" => t!(lang, "training-question-relevance"),
        "clarity" => t!(lang, "training-question-clarity"),
        _ => t!(lang, "training-question-usefulness"),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvaluationDraft {
    /// In the order of [`QUESTIONS`].
    pub ratings: [u8; 3],
    pub comments: String,
}

pub fn parse_evaluation(
    ratings: [&str; 3],
    comments: &str,
    lang: Lang,
) -> Result<EvaluationDraft, FieldErrors> {
    let mut errors = FieldErrors::default();
    let mut parsed = [0u8; 3];
    for (i, field) in QUESTIONS.iter().enumerate() {
        match ratings[i].trim().parse::<u8>() {
            Ok(r) if (1..=5).contains(&r) => parsed[i] = r,
            _ => errors.add(field, t!(lang, "training-error-rating")),
        }
    }
    let comments = comments.trim();
    if comments.chars().count() > 3000 {
        errors.add(
            "comments",
            t!(lang, "training-error-comments-long", max = 3000),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(EvaluationDraft {
        ratings: parsed,
        comments: comments.to_owned(),
    })
}

/// What the evaluations of a program add up to, per question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionSummary {
    pub question: String,
    pub average: Option<f64>,
    /// How many gave 1, 2, 3, 4 and 5.
    pub counts: [u32; 5],
}

pub fn summarize(ratings: &[[u8; 3]], lang: Lang) -> Vec<QuestionSummary> {
    QUESTIONS
        .iter()
        .enumerate()
        .map(|(i, field)| {
            let mut counts = [0u32; 5];
            let mut sum = 0u32;
            let mut n = 0u32;
            for r in ratings {
                if (1..=5).contains(&r[i]) {
                    counts[usize::from(r[i] - 1)] += 1;
                    sum += u32::from(r[i]);
                    n += 1;
                }
            }
            QuestionSummary {
                question: question_text(field, lang),
                average: (n > 0).then(|| f64::from(sum) / f64::from(n)),
                counts,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evaluations_take_ratings_from_one_to_five() {
        let e = parse_evaluation(["5", "4", "3"], " Good field visit. ", Lang::En).unwrap();
        assert_eq!(e.ratings, [5, 4, 3]);
        assert_eq!(e.comments, "Good field visit.");
        let errors = parse_evaluation(["0", "6", ""], "", Lang::En).unwrap_err();
        for field in QUESTIONS {
            assert!(errors.for_field(field).is_some());
        }
    }

    #[test]
    fn summaries_average_and_count_each_rating() {
        let s = summarize(&[[5, 4, 3], [3, 4, 5], [4, 4, 4]], Lang::En);
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].average, Some(4.0));
        assert_eq!(s[0].counts, [0, 0, 1, 1, 1]);
        assert_eq!(s[1].counts, [0, 0, 0, 3, 0]);
        assert_eq!(summarize(&[], Lang::En)[2].average, None);
    }
}
