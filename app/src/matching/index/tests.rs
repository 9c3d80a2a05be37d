//! The ranking, tested through the index.

use super::super::fixtures::*;
use super::*;
use crate::partners::Kpi;

#[test]
fn a_mentor_that_halved_its_nrw_ranks_above_one_that_did_not() {
    let mut halved = mentor(2, &["nrw"]);
    halved.kpi_history = vec![(
        Kpi::NonRevenueWater,
        vec![point(2019, 40.0), point(2021, 30.0), point(2023, 20.0)],
    )];
    let mut flat = mentor(1, &["nrw"]);
    flat.kpi_history = vec![(
        Kpi::NonRevenueWater,
        vec![point(2019, 40.0), point(2023, 40.0)],
    )];
    let index = MentorIndex::new(&[flat, halved]);
    let ranked = index.rank(&need(1, 99, "nrw"), &Weights::default(), 10);
    assert_eq!(ids(&ranked), vec![2, 1]);
    assert!(factor(&ranked[0], Factor::ProvenResults).score > 0.9);
    assert_eq!(factor(&ranked[1], Factor::ProvenResults).score, 0.0);
    assert!(ranked[0].total > ranked[1].total);
}

#[test]
fn only_mentors_offering_the_topic_from_other_organizations_are_ranked() {
    let index = MentorIndex::new(&[
        mentor(1, &["nrw", "billing"]),
        mentor(2, &["billing"]),
        mentor(3, &[" NRW "]), // tolerant of case and spacing
        mentor(7, &["nrw"]),   // the recipient itself
    ]);
    let ranked = index.rank(&need(1, 7, "nrw"), &Weights::default(), 10);
    assert_eq!(ids(&ranked), vec![1, 3]);
    assert!(index
        .rank(&need(2, 7, "desalination"), &Weights::default(), 10)
        .is_empty());
    assert!(index
        .rank(&need(3, 7, "nrw"), &Weights::default(), 0)
        .is_empty());
}

#[test]
fn a_mentor_much_better_where_the_recipient_is_weak_scores_a_high_gap() {
    let with_nrw = |id: i32, nrw: f64| {
        let mut m = mentor(id, &["nrw"]);
        m.kpi_history = vec![(Kpi::NonRevenueWater, vec![point(2023, nrw)])];
        m
    };
    let index = MentorIndex::new(&[with_nrw(1, 40.0), with_nrw(2, 12.0), with_nrw(3, 50.0)]);
    let mut n = need(1, 99, "nrw");
    n.latest_kpis = vec![
        (Kpi::NonRevenueWater, point(2020, 20.0)),
        (Kpi::NonRevenueWater, point(2024, 45.0)), // the latest one counts
    ];
    let weights = Weights {
        kpi_gap: 10.0,
        ..Weights::default()
    };
    let ranked = index.rank(&n, &weights, 10);
    assert_eq!(ids(&ranked), vec![2, 1, 3]);
    assert!(factor(&ranked[0], Factor::KpiGap).score > 0.7);
    assert_eq!(factor(&ranked[2], Factor::KpiGap).score, 0.0);
    // One value is no trend.
    assert!(factor(&ranked[0], Factor::ProvenResults)
        .explanation
        .starts_with("Only one value of non-revenue water recorded (12 % in 2023)"));
}

#[test]
fn a_topic_with_two_kpis_compares_each_and_averages_what_both_recorded() {
    let mut m = mentor(1, &["tariffs_finance"]);
    m.kpi_history = vec![
        (Kpi::OperatingCostCoverage, vec![point(2024, 1.3)]),
        (Kpi::CollectionEfficiency, vec![point(2024, 95.0)]),
    ];
    let mut n = need(1, 99, "tariffs_finance");
    n.latest_kpis = vec![(Kpi::OperatingCostCoverage, point(2024, 0.52))];
    let ranked = MentorIndex::new(&[m]).rank(&n, &Weights::default(), 1);
    let gap = factor(&ranked[0], Factor::KpiGap);
    assert_eq!(
        gap.explanation,
        "Your operating cost coverage is 0.52; theirs is 1.3. \
         Your collection efficiency is not recorded; theirs is 95 %"
    );
    // Only operating cost coverage counts: (1.3 - 0.52) / 1.3.
    assert!((gap.score - 0.6).abs() < 1e-9, "{}", gap.score);
}

#[test]
fn closer_and_similar_mentors_score_higher() {
    let place = |id: i32, country: &str, location: (f64, f64), population: i64| {
        let mut m = mentor(id, &["nrw"]);
        m.country = country.to_owned();
        m.location = Some(location);
        m.population_served = Some(population);
        m
    };
    let index = MentorIndex::new(&[
        place(1, "Japan", (35.68, 139.69), 13_000_000),
        place(2, "Philippines", (14.60, 120.98), 2_000_000),
        place(3, "Indonesia", (-6.91, 107.61), 1_000_000),
    ]);
    let mut n = need(1, 99, "nrw");
    n.country = "indonesia".to_owned();
    n.location = Some((-6.21, 106.85)); // Jakarta
    n.population_served = Some(900_000);
    let weights = Weights {
        proximity: 10.0,
        ..Weights::default()
    };
    let ranked = index.rank(&n, &weights, 10);
    assert_eq!(ids(&ranked), vec![3, 2, 1]);
    let text = |i: usize| factor(&ranked[i], Factor::Proximity).explanation.clone();
    assert!(
        text(0).starts_with("Same country (Indonesia), 1"),
        "{}",
        text(0)
    );
    assert!(
        text(1).starts_with("Same region (South-East Asia), 2,"),
        "{}",
        text(1)
    );
    assert!(
        text(2).starts_with("Different region (Japan, East Asia), 5,"),
        "{}",
        text(2)
    );
    let scale = |i: usize| factor(&ranked[i], Factor::Scale).score;
    assert!(scale(0) > scale(1) && scale(1) > scale(2));
    assert!(scale(0) > 0.95);
}

#[test]
fn a_full_mentor_scores_no_capacity() {
    let mut full = mentor(1, &["nrw"]);
    full.capacity = 3;
    full.active_partnerships = 3;
    let mut free = mentor(2, &["nrw"]);
    free.capacity = 1;
    let ranked = MentorIndex::new(&[full, free]).rank(&need(1, 99, "nrw"), &Weights::default(), 5);
    assert_eq!(ids(&ranked), vec![2, 1]);
    let full = factor(&ranked[1], Factor::Capacity);
    assert_eq!(full.score, 0.0);
    assert_eq!(full.explanation, "No mentoring place free (3 of 3 taken)");
    assert_eq!(factor(&ranked[0], Factor::Capacity).score, 1.0);
    assert_eq!(
        factor(&ranked[0], Factor::Capacity).explanation,
        "1 of 1 mentoring place free"
    );
}

#[test]
fn ties_go_to_the_lower_organization_id_and_ranking_is_repeatable() {
    let profiles: Vec<MentorProfile> = [5, 3, 9, 1, 7].map(|id| mentor(id, &["nrw"])).into();
    let index = MentorIndex::new(&profiles);
    let n = need(1, 99, "nrw");
    let all = index.rank(&n, &Weights::default(), 10);
    assert_eq!(ids(&all), vec![1, 3, 5, 7, 9]);
    assert_eq!(ids(&index.rank(&n, &Weights::default(), 2)), vec![1, 3]);
    assert_eq!(index.rank(&n, &Weights::default(), 10), all);
}

#[test]
fn the_top_few_are_the_head_of_the_full_ranking() {
    // Varied mentors from a small LCG, so the partial selection has real work to do.
    let mut seed: u64 = 42;
    let mut next = move |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    let profiles: Vec<MentorProfile> = (0..200)
        .map(|id| {
            let mut m = mentor(id, &["nrw"]);
            m.kpi_history = vec![(
                Kpi::NonRevenueWater,
                vec![
                    point(2018, 20.0 + next(40) as f64),
                    point(2023, 10.0 + next(40) as f64),
                ],
            )];
            m.population_served = Some(10_000 + next(5_000_000) as i64);
            m.capacity = next(4) as u32;
            m
        })
        .collect();
    let index = MentorIndex::new(&profiles);
    let mut n = need(1, 1_000, "nrw");
    n.population_served = Some(300_000);
    n.latest_kpis = vec![(Kpi::NonRevenueWater, point(2024, 35.0))];
    let all = index.rank(&n, &Weights::default(), usize::MAX);
    assert_eq!(all.len(), 200);
    assert!(all.windows(2).all(|w| w[0].total > w[1].total
        || (w[0].total == w[1].total && w[0].organization_id < w[1].organization_id)));
    let top = index.rank(&n, &Weights::default(), 10);
    assert_eq!(top, all[..10].to_vec());
    assert!(all.iter().all(|r| (0.0..=100.0).contains(&r.total)));
}

#[test]
fn the_total_is_the_weighted_mean_of_the_factors() {
    let index = MentorIndex::new(&[mentor(1, &["nrw"])]);
    let weights = Weights {
        topic_fit: 1.0,
        proven_results: 0.0,
        kpi_gap: 0.0,
        language: 1.0,
        proximity: 0.0,
        scale: 0.0,
        capacity: 2.0,
    };
    let r = &index.rank(&need(1, 99, "nrw"), &weights, 1)[0];
    // topic 1, language 1, capacity 1 (2 of 2 free): all weighted factors are 1.
    assert!((r.total - 100.0).abs() < 1e-9, "{}", r.total);
    let weighted: f64 = r.factors.iter().map(|f| f.score * f.weight).sum();
    let weight: f64 = r.factors.iter().map(|f| f.weight).sum();
    assert!((r.total - 100.0 * weighted / weight).abs() < 1e-9);
}
