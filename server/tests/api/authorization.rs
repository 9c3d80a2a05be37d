//! Deny by default: every server function that changes something (or reads what only admins
//! may read) is called as every role, and signed out, and must allow or refuse as DOMAIN.md says.
//! A server function missing from this table fails the suite, so new ones cannot slip through.

use crate::support;

use app::accounts::Role;
use std::collections::BTreeSet;
use support::{backends, TestApp};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Persona {
    Visitor,
    Member,
    /// Administers the organization the calls are about.
    OrganizationAdmin,
    /// Administers a different organization.
    OtherOrganizationAdmin,
    Facilitator,
    Trainer,
    Juror,
    SecretariatAdmin,
}

const PERSONAS: [Persona; 8] = [
    Persona::Visitor,
    Persona::Member,
    Persona::OrganizationAdmin,
    Persona::OtherOrganizationAdmin,
    Persona::Facilitator,
    Persona::Trainer,
    Persona::Juror,
    Persona::SecretariatAdmin,
];

/// Who may call a server function.
#[derive(Clone, Copy, Debug)]
enum Rule {
    Anyone,
    SignedIn,
    /// The organization's admins and secretariat admins.
    OrganizationEditors,
    SecretariatAdmins,
    /// A partnership's own partners (here: the recipient's admins), its facilitator and
    /// secretariat admins; for needs, the need's organization and any facilitator.
    PartnershipEditors,
    /// Facilitators and secretariat admins.
    Facilitators,
    /// A training program's trainers (here: the Trainer persona) and secretariat admins.
    Trainers,
    /// Award jurors (assigned to the category; here: the Juror persona).
    Jurors,
    /// Members of the network: approved members of an organization that is a member of the
    /// network (both organization admins' are) or holders of a granted role, never an account
    /// from open sign-up alone (the Member persona).
    NetworkMembers,
    /// A knowledge product's submitter (here: the Member persona) while it waits for review,
    /// and curators (facilitators and secretariat admins).
    SubmitterAndCurators,
}

impl Rule {
    fn allows(self, who: Persona) -> bool {
        match self {
            Rule::Anyone => true,
            Rule::SignedIn => who != Persona::Visitor,
            Rule::OrganizationEditors => {
                matches!(who, Persona::OrganizationAdmin | Persona::SecretariatAdmin)
            }
            Rule::SecretariatAdmins => who == Persona::SecretariatAdmin,
            Rule::PartnershipEditors => matches!(
                who,
                Persona::OrganizationAdmin | Persona::Facilitator | Persona::SecretariatAdmin
            ),
            Rule::Facilitators => {
                matches!(who, Persona::Facilitator | Persona::SecretariatAdmin)
            }
            Rule::Trainers => matches!(who, Persona::Trainer | Persona::SecretariatAdmin),
            Rule::Jurors => who == Persona::Juror,
            Rule::NetworkMembers => !matches!(who, Persona::Visitor | Persona::Member),
            Rule::SubmitterAndCurators => matches!(
                who,
                Persona::Member | Persona::Facilitator | Persona::SecretariatAdmin
            ),
        }
    }
}

/// Server functions that only read public information: no session needed by design.
const PUBLIC_READS: &[&str] = &[
    "/api/accounts/me",
    "/api/results/home",
    "/api/results/dashboard",
    "/api/results/map",
    "/api/partners/search",
    "/api/partners/filters",
    "/api/partners/profile",
    "/api/partners/all",
    // Where the caller stands with an organization; its pending requests only for its deciders
    // (memberships.rs).
    "/api/partners/membership",
    "/api/topics/list",
    "/api/wops/list",
    "/api/wops/detail",
    "/api/wops/needs",
    "/api/wops/need",
    "/api/matching/weights",
    "/api/training/catalogue",
    "/api/training/languages",
    "/api/training/program",
    "/api/training/certificate",
    "/api/library/search",
    "/api/library/product",
    "/api/library/popular",
    "/api/library/for_partnership",
    "/api/forum/edition",
    // The badge code is the secret: whoever holds the badge may see it.
    "/api/forum/badge",
    // The personal code (emailed, never printed) is the secret.
    "/api/forum/cancellation",
    "/api/stories/list",
    "/api/stories/countries",
    "/api/stories/languages",
    // Published stories for anyone; a draft answers 404 unless the caller works on it.
    "/api/stories/story",
    "/api/news/list",
    "/api/news/languages",
    "/api/news/item",
    "/api/events/list",
    "/api/events/month",
    "/api/events/languages",
    "/api/awards/overview",
    // The personal code (emailed, never printed) is the secret: its holder sees their ballot.
    "/api/awards/ballot",
    "/api/awards/receipt",
];

const RULES: &[(&str, Rule)] = &[
    ("/api/contact/send", Rule::Anyone),
    ("/api/accounts/sign_up", Rule::Anyone),
    ("/api/accounts/sign_in", Rule::Anyone),
    ("/api/accounts/sign_out", Rule::Anyone),
    ("/api/language", Rule::Anyone),
    ("/api/accounts/request_reset", Rule::Anyone),
    ("/api/accounts/reset_password", Rule::Anyone),
    ("/api/accounts/sign_out_everywhere", Rule::SignedIn),
    ("/api/accounts/change_password", Rule::SignedIn),
    ("/api/accounts/confirm_email", Rule::Anyone),
    ("/api/accounts/resend_confirmation", Rule::SignedIn),
    ("/api/accounts/change_email", Rule::SignedIn),
    ("/api/accounts/rename", Rule::SignedIn),
    ("/api/accounts/delete", Rule::SignedIn),
    ("/api/admin/set_account_active", Rule::SecretariatAdmins),
    ("/api/partners/update", Rule::OrganizationEditors),
    ("/api/partners/record_kpi", Rule::OrganizationEditors),
    ("/api/partners/delete_kpi", Rule::OrganizationEditors),
    ("/api/partners/add_contact", Rule::OrganizationEditors),
    ("/api/partners/remove_contact", Rule::OrganizationEditors),
    ("/api/partners/set_topic", Rule::OrganizationEditors),
    ("/api/partners/remove_topic", Rule::OrganizationEditors),
    ("/api/partners/create", Rule::SecretariatAdmins),
    // Anyone signed in asks to join an organization, or withdraws their own request; its
    // admins and secretariat admins decide.
    ("/api/partners/ask_to_join", Rule::SignedIn),
    ("/api/partners/withdraw_request", Rule::SignedIn),
    ("/api/partners/decide_request", Rule::OrganizationEditors),
    ("/api/partners/pending_requests", Rule::SecretariatAdmins),
    ("/api/partners/network_member", Rule::SecretariatAdmins),
    ("/api/admin/audit", Rule::SecretariatAdmins),
    ("/api/partners/merge", Rule::SecretariatAdmins),
    ("/api/topics/create", Rule::SecretariatAdmins),
    ("/api/topics/rename", Rule::SecretariatAdmins),
    ("/api/admin/accounts", Rule::SecretariatAdmins),
    ("/api/admin/set_role", Rule::SecretariatAdmins),
    ("/api/admin/set_membership", Rule::SecretariatAdmins),
    ("/api/admin/remove_membership", Rule::SecretariatAdmins),
    ("/api/admin/outbox", Rule::SecretariatAdmins),
    ("/api/admin/outbox/resend", Rule::SecretariatAdmins),
    // A person's own kept messages (no mail server): only their own, see mail.rs.
    ("/api/accounts/demo_inbox", Rule::SignedIn),
    ("/api/wops/post_need", Rule::OrganizationEditors),
    ("/api/wops/withdraw_need", Rule::OrganizationEditors),
    ("/api/wops/post_offer", Rule::OrganizationEditors),
    ("/api/wops/propose", Rule::PartnershipEditors),
    ("/api/wops/step", Rule::PartnershipEditors),
    ("/api/wops/agreement", Rule::PartnershipEditors),
    ("/api/wops/commitment", Rule::PartnershipEditors),
    ("/api/wops/activity", Rule::PartnershipEditors),
    ("/api/wops/activity_status", Rule::PartnershipEditors),
    ("/api/wops/resource", Rule::PartnershipEditors),
    ("/api/wops/remove_part", Rule::PartnershipEditors),
    ("/api/wops/outcome", Rule::PartnershipEditors),
    ("/api/wops/outcome_value", Rule::PartnershipEditors),
    ("/api/wops/report", Rule::PartnershipEditors),
    ("/api/wops/resolve", Rule::PartnershipEditors),
    ("/api/wops/review", Rule::Facilitators),
    ("/api/matching/rank", Rule::PartnershipEditors),
    ("/api/matching/network", Rule::Facilitators),
    ("/api/matching/save_weights", Rule::SecretariatAdmins),
    ("/api/training/create", Rule::Trainers),
    ("/api/training/add_session", Rule::Trainers),
    ("/api/training/attendance", Rule::Trainers),
    ("/api/training/evaluations", Rule::Trainers),
    ("/api/training/enrol", Rule::SignedIn),
    ("/api/training/cancel", Rule::SignedIn),
    ("/api/training/evaluate", Rule::SignedIn),
    // Members submit products for review; curators publish, review and link them.
    ("/api/library/create", Rule::SignedIn),
    ("/api/library/review", Rule::Facilitators),
    ("/api/library/pending", Rule::Facilitators),
    ("/api/library/link", Rule::Facilitators),
    // Anyone may register for the Forum, guests included; the emailed token or the badge code
    // is what proves who they are.
    ("/api/forum/register", Rule::Anyone),
    ("/api/forum/confirm", Rule::Anyone),
    ("/api/forum/resend", Rule::Anyone),
    ("/api/forum/cancel", Rule::Anyone),
    ("/api/forum/star", Rule::SignedIn),
    ("/api/forum/check_in", Rule::SecretariatAdmins),
    ("/api/forum/count", Rule::SecretariatAdmins),
    ("/api/forum/registrants", Rule::SecretariatAdmins),
    ("/api/forum/decide", Rule::SecretariatAdmins),
    ("/api/forum/add_question", Rule::SecretariatAdmins),
    ("/api/forum/edition_settings", Rule::SecretariatAdmins),
    ("/api/forum/save_edition", Rule::SecretariatAdmins),
    ("/api/forum/add_session", Rule::SecretariatAdmins),
    // Attendees vote with their badge code, signed in or not (tested in awards.rs).
    ("/api/awards/vote", Rule::Anyone),
    ("/api/awards/voting", Rule::SecretariatAdmins),
    // A partnership's partners (here: the recipient's admins) and secretariat admins.
    ("/api/awards/nominate", Rule::OrganizationEditors),
    ("/api/awards/jury", Rule::Jurors),
    ("/api/awards/score", Rule::Jurors),
    ("/api/awards/progress", Rule::SecretariatAdmins),
    ("/api/awards/assign_juror", Rule::SecretariatAdmins),
    ("/api/awards/create_category", Rule::SecretariatAdmins),
    ("/api/awards/set_weight", Rule::SecretariatAdmins),
    ("/api/awards/add_criterion", Rule::SecretariatAdmins),
    ("/api/stories/in_progress", Rule::SignedIn),
    ("/api/stories/partnerships", Rule::SignedIn),
    ("/api/stories/translatable", Rule::SignedIn),
    // The partnership's partners write and submit stories; reviewers publish them (tested in
    // stories.rs, as the step decides who may take it).
    ("/api/stories/create", Rule::PartnershipEditors),
    ("/api/stories/step", Rule::PartnershipEditors),
    ("/api/news/post", Rule::Facilitators),
    ("/api/events/create", Rule::Facilitators),
];

/// Allowed calls whose request (the same for every persona) the function itself answers with
/// something other than 200, and why. Every other allowed call must answer 200.
/// Their success is tested where the whole story is told (accounts.rs, training.rs, forum.rs,
/// awards.rs).
const OWN_ANSWERS: &[(&str, u16, &str)] = &[
    (
        "/api/accounts/sign_in",
        422,
        "the password is wrong on purpose",
    ),
    (
        "/api/accounts/change_password",
        422,
        "the current password is wrong on purpose",
    ),
    (
        "/api/accounts/reset_password",
        400,
        "the reset token is made up",
    ),
    (
        "/api/forum/confirm",
        400,
        "the confirmation token is made up",
    ),
    (
        "/api/accounts/confirm_email",
        400,
        "the confirmation token is made up",
    ),
    (
        "/api/accounts/resend_confirmation",
        409,
        "the personas' addresses are confirmed already",
    ),
    (
        "/api/accounts/delete",
        422,
        "the password is wrong on purpose",
    ),
    (
        "/api/partners/withdraw_request",
        409,
        "the caller has no request waiting for the fresh organization",
    ),
    (
        "/api/training/cancel",
        409,
        "the caller is not enrolled in the fresh program",
    ),
    (
        "/api/training/evaluate",
        409,
        "the caller has not completed the fresh program",
    ),
    (
        "/api/awards/vote",
        409,
        "voting in the fresh category is not open",
    ),
    (
        "/api/admin/outbox/resend",
        409,
        "there is no failed message to send again",
    ),
];

fn own_answer(path: &str, _who: Persona) -> Option<u16> {
    OWN_ANSWERS
        .iter()
        .find(|(p, _, _)| *p == path)
        .map(|(_, status, _)| *status)
}

#[test]
fn every_server_function_has_a_rule() {
    let registered: BTreeSet<String> = server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .collect();
    let covered: BTreeSet<String> = RULES
        .iter()
        .map(|(p, _)| (*p).to_owned())
        .chain(PUBLIC_READS.iter().map(|p| (*p).to_owned()))
        .collect();
    let missing: Vec<_> = registered.difference(&covered).collect();
    assert!(
        missing.is_empty(),
        "server functions without an authorization rule: {missing:?}"
    );
    let stale: Vec<_> = covered.difference(&registered).collect();
    assert!(
        stale.is_empty(),
        "rules for server functions that no longer exist: {stale:?}"
    );
}

struct World {
    org: i32,
    other_org: i32,
    /// Mentors the partnerships the calls are about (the recipient is `org`).
    mentor_org: i32,
    /// Account ids of the personas that have one.
    accounts: Vec<(Persona, i32)>,
    target_account: i32,
    serial: std::cell::Cell<u32>,
}

impl World {
    async fn build(app: &TestApp) -> World {
        app::partners::demo::seed(&app.db, 0).await.unwrap();
        let org = app.organization_id("Davao City Water District").await;
        let other_org = app.organization_id("Hue Water Supply JSC").await;
        let mentor_org = app.organization_id("Manila Water Company").await;
        let mut accounts = Vec::new();
        for (persona, roles, admin_of) in [
            (Persona::Member, vec![Role::Member], vec![]),
            (Persona::OrganizationAdmin, vec![Role::Member], vec![org]),
            (
                Persona::OtherOrganizationAdmin,
                vec![Role::Member],
                vec![other_org],
            ),
            (
                Persona::Facilitator,
                vec![Role::Member, Role::Facilitator],
                vec![],
            ),
            (Persona::Trainer, vec![Role::Member, Role::Trainer], vec![]),
            (Persona::Juror, vec![Role::Member, Role::Juror], vec![]),
            (
                Persona::SecretariatAdmin,
                vec![Role::Member, Role::SecretariatAdmin],
                vec![],
            ),
        ] {
            let (id, _) = app
                .person(
                    &format!("{persona:?}@test.example").to_lowercase(),
                    &roles,
                    &admin_of,
                )
                .await;
            accounts.push((persona, id));
        }
        let (target_account, _) = app
            .person("target@test.example", &[Role::Member], &[])
            .await;
        World {
            org,
            other_org,
            mentor_org,
            accounts,
            target_account,
            serial: std::cell::Cell::new(0),
        }
    }

    fn account(&self, who: Persona) -> i32 {
        self.accounts
            .iter()
            .find(|(p, _)| *p == who)
            .map(|(_, id)| *id)
            .unwrap()
    }

    /// A fresh active partnership (mentor → `org`) facilitated by the Facilitator persona,
    /// with its agreement, so each call acts on one nobody else has changed.
    async fn partnership(&self, app: &TestApp) -> i32 {
        use app::wops::entity::{agreement, partnership};
        use sea_orm::{ActiveModelTrait, Set};
        let now = chrono::Utc::now();
        let p = partnership::ActiveModel {
            title: Set("Test partnership".into()),
            mentor_id: Set(self.mentor_org),
            recipient_id: Set(self.org),
            need_id: Set(None),
            facilitator_id: Set(Some(self.account(Persona::Facilitator))),
            state: Set(app::wops::PartnershipState::Active),
            concept_note: Set(String::new()),
            mentor_signed_at: Set(Some(now)),
            recipient_signed_at: Set(Some(now)),
            closed_reason: Set(String::new()),
            is_demo: Set(false),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
        agreement::ActiveModel {
            partnership_id: Set(p.id),
            signatories: Set("A; B".into()),
            start_date: Set(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()),
            end_date: Set(chrono::NaiveDate::from_ymd_opt(2027, 6, 30).unwrap()),
            scope: Set("NRW".into()),
            document_file: Set(None),
            document_name: Set(None),
            document_size: Set(None),
            recorded_at: Set(now),
        }
        .insert(&app.db)
        .await
        .unwrap();
        p.id
    }

    async fn open_need(&self, app: &TestApp) -> i32 {
        use sea_orm::{ActiveModelTrait, Set};
        app::wops::entity::need::ActiveModel {
            organization_id: Set(self.org),
            topic_id: Set(1),
            description: Set("NRW is 42 % and we have no district metered areas.".into()),
            languages: Set("English".into()),
            status: Set(app::wops::NeedStatus::Open),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap()
        .id
    }

    /// A fresh training program run by the Trainer persona, with a session that has started and
    /// the target account enrolled: (program, session, enrolment).
    async fn training(&self, app: &TestApp) -> (i32, i32, i32) {
        use app::training::entity::{enrolment, program, session, trainer};
        use sea_orm::{ActiveModelTrait, Set};
        let now = chrono::Utc::now();
        let p = program::ActiveModel {
            title: Set("Leak detection".into()),
            description: Set("Acoustic leak detection in the field.".into()),
            format: Set(app::training::rules::ProgramFormat::InPerson),
            venue: Set("Davao".into()),
            link: Set(String::new()),
            language: Set(app::i18n::ContentLanguage::En),
            capacity: Set(100),
            min_sessions: Set(None),
            time_zone: Set("Asia/Manila".into()),
            created_by: Set(None),
            is_demo: Set(false),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
        trainer::ActiveModel {
            program_id: Set(p.id),
            account_id: Set(self.account(Persona::Trainer)),
        }
        .insert(&app.db)
        .await
        .unwrap();
        let s = session::ActiveModel {
            program_id: Set(p.id),
            title: Set(String::new()),
            starts_at: Set(now - chrono::Duration::hours(1)),
            ends_at: Set(now + chrono::Duration::days(30)),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
        let e = enrolment::ActiveModel {
            program_id: Set(p.id),
            account_id: Set(self.target_account),
            status: Set(app::training::rules::EnrolmentStatus::Enrolled),
            enrolled_by: Set(None),
            queued_at: Set(now),
            updated_at: Set(now),
            completed_at: Set(None),
            certificate_code: Set(None),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
        (p.id, s.id, e.id)
    }

    /// A fresh knowledge product in this review state.
    async fn product(&self, app: &TestApp, status: app::library::ReviewStatus) -> i32 {
        let n = self.next();
        let draft = app::library::ProductDraft {
            kind: app::library::ProductKind::Manual,
            title: format!("Manual {n}"),
            summary: "A manual for the authorization tests.".into(),
            authors: String::new(),
            year: 2024,
            language: app::i18n::ContentLanguage::En,
            licence: String::new(),
            access: app::library::Access::Public,
            topics: vec![],
            countries: vec![],
            translation_of: None,
        };
        app::library::submission::insert(
            &app.db,
            &draft,
            &[],
            status,
            Some(self.account(Persona::Member)),
            false,
        )
        .await
        .unwrap()
    }

    /// The Forum edition (open for registration now), made on first use.
    async fn forum_edition(&self, app: &TestApp) -> i32 {
        use app::forum::entity::edition;
        use sea_orm::{ActiveModelTrait, EntityTrait, Set};
        if let Some(e) = edition::Entity::find().one(&app.db).await.unwrap() {
            return e.id;
        }
        let now = chrono::Utc::now();
        edition::ActiveModel {
            year: Set(2099),
            title: Set("Test Forum".into()),
            venue: Set("Manila".into()),
            time_zone: Set("Asia/Manila".into()),
            starts_on: Set(chrono::NaiveDate::from_ymd_opt(2099, 3, 9).unwrap()),
            ends_on: Set(chrono::NaiveDate::from_ymd_opt(2099, 3, 10).unwrap()),
            capacity: Set(1000),
            opens_at: Set(now - chrono::Duration::days(1)),
            closes_at: Set(now + chrono::Duration::days(30)),
            needs_approval: Set(false),
            is_demo: Set(false),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap()
        .id
    }

    /// A fresh registered Forum registration: (id, badge code, personal code).
    async fn forum_registration(&self, app: &TestApp) -> (i32, String, String) {
        use app::forum::entity::registration;
        use sea_orm::{ActiveModelTrait, Set};
        let edition = self.forum_edition(app).await;
        let n = self.next();
        let now = chrono::Utc::now();
        let code = format!("{n:032x}");
        let personal = app::awards::bench::bench_personal_code(n);
        let personal_hash = app::forum::personal_code::hash(
            &app.secret_key().await,
            &app::forum::personal_code::normalize(&personal).unwrap(),
        );
        let r = registration::ActiveModel {
            edition_id: Set(edition),
            name: Set(format!("Guest {n}")),
            email: Set(format!("guest{n}@test.example")),
            organization: Set("DCWD".into()),
            attendee_type: Set(app::forum::rules::AttendeeType::Utility),
            account_id: Set(None),
            answers: Set("[]".into()),
            status: Set(app::forum::rules::Status::Registered),
            confirm_token_hash: Set(None),
            badge_code: Set(code.clone()),
            personal_code_hash: Set(Some(personal_hash)),
            confirmed_at: Set(Some(now)),
            checked_in_at: Set(None),
            checked_in_by: Set(None),
            queued_at: Set(now),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
        (r.id, code, personal)
    }

    /// A fresh draft award category of the Forum edition.
    async fn award_category(&self, app: &TestApp) -> i32 {
        use sea_orm::{ActiveModelTrait, Set};
        let edition = self.forum_edition(app).await;
        app::awards::entity::category::ActiveModel {
            edition_id: Set(edition),
            position: Set(0),
            name: Set(format!("Award {}", self.next())),
            description: Set(String::new()),
            topic_id: Set(None),
            eligible_from: Set(chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()),
            eligible_until: Set(chrono::NaiveDate::from_ymd_opt(2027, 12, 31).unwrap()),
            voting_state: Set(app::awards::rules::VotingState::Draft),
            jury_weight: Set(70),
            hide_results: Set(false),
            revision: Set(0),
            last_hash: Set(String::new()),
            updated_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap()
        .id
    }
    /// A nomination of a fresh partnership in a fresh category with one criterion, the Juror
    /// persona assigned to it: (nomination, criterion).
    async fn award_nomination(&self, app: &TestApp) -> (i32, i32) {
        use app::awards::entity::{criterion, juror, nomination};
        use sea_orm::{ActiveModelTrait, Set};
        let category = self.award_category(app).await;
        let partnership = self.partnership(app).await;
        let n = nomination::ActiveModel {
            category_id: Set(category),
            partnership_id: Set(partnership),
            statement: Set("Nominated for the authorization tests.".into()),
            nominated_by: Set(None),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
        let k = criterion::ActiveModel {
            category_id: Set(category),
            name: Set("Results".into()),
            weight: Set(1),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
        juror::ActiveModel {
            category_id: Set(category),
            account_id: Set(self.account(Persona::Juror)),
        }
        .insert(&app.db)
        .await
        .unwrap();
        (n.id, k.id)
    }
    async fn forum_session(&self, app: &TestApp) -> i32 {
        use sea_orm::{ActiveModelTrait, Set};
        let edition = self.forum_edition(app).await;
        let now = chrono::Utc::now();
        app::forum::entity::session::ActiveModel {
            edition_id: Set(edition),
            title: Set("Opening".into()),
            starts_at: Set(now),
            ends_at: Set(now + chrono::Duration::hours(1)),
            room: Set("Hall".into()),
            speakers: Set("Secretariat".into()),
            topic: Set("Partnerships".into()),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap()
        .id
    }

    /// A fresh draft story about a fresh partnership, written by nobody in particular.
    async fn draft_story(&self, app: &TestApp) -> i32 {
        use app::stories::entity::story;
        use sea_orm::{ActiveModelTrait, Set};
        let now = chrono::Utc::now();
        story::ActiveModel {
            title: Set("A draft".into()),
            summary: Set("Summary".into()),
            body: Set("Body".into()),
            partnership_id: Set(Some(self.partnership(app).await)),
            status: Set(app::stories::StoryStatus::Draft),
            review_comment: Set(String::new()),
            author_id: Set(None),
            published_at: Set(None),
            is_demo: Set(false),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap()
        .id
    }

    fn next(&self) -> u32 {
        self.serial.set(self.serial.get() + 1);
        self.serial.get()
    }

    async fn cookie(&self, app: &TestApp, who: Persona) -> Option<String> {
        let id = self.accounts.iter().find(|(p, _)| *p == who)?.1;
        Some(app.session_for(id).await)
    }

    /// A valid request body for `path`, creating what it acts on first.
    async fn form(&self, app: &TestApp, path: &str) -> Vec<(String, String)> {
        use sea_orm::{ActiveModelTrait, Set};
        let n = self.next();
        let org = self.org.to_string();
        let pairs: Vec<(&str, String)> = match path {
            "/api/contact/send" => vec![
                ("name", "Rina".into()),
                ("email", "rina@example.org".into()),
                ("organization", "".into()),
                ("message", "We would like to join a partnership.".into()),
            ],
            "/api/accounts/sign_up" => vec![
                ("name", "New Member".into()),
                ("email", format!("new{n}@test.example")),
                ("password", "a long enough passphrase".into()),
            ],
            "/api/language" => vec![("lang", "vi".into())],
            "/api/accounts/sign_in" => vec![
                ("email", "nobody@test.example".into()),
                ("password", "wrong password here".into()),
            ],
            "/api/accounts/sign_out"
            | "/api/accounts/sign_out_everywhere"
            | "/api/admin/outbox"
            | "/api/accounts/demo_inbox" => vec![],
            "/api/admin/outbox/resend" => vec![("id", "999999".into())],
            "/api/accounts/request_reset" => vec![("email", format!("unknown{n}@test.example"))],
            "/api/accounts/reset_password" => vec![
                ("token", "not-a-real-token".into()),
                ("password", "a long enough passphrase".into()),
            ],
            "/api/accounts/change_password" => vec![
                ("current_password", "not the password".into()),
                ("new_password", "another long passphrase".into()),
            ],
            "/api/partners/update" => vec![
                ("id", org.clone()),
                ("name", "Davao City Water District".into()),
                ("country", "Philippines".into()),
                ("city", "Davao City".into()),
                ("latitude", "".into()),
                ("longitude", "".into()),
                ("population_served", "1650000".into()),
                ("connections", "".into()),
                ("languages", "English".into()),
                ("description", format!("Edit {n}")),
            ],
            "/api/partners/record_kpi" => vec![
                ("id", org.clone()),
                ("kpi", "water_coverage".into()),
                ("value", "88".into()),
                ("measured_on", "2025-12-31".into()),
            ],
            "/api/partners/delete_kpi" => {
                let value = app::partners::entity::kpi_measurement::ActiveModel {
                    organization_id: Set(self.org),
                    kpi: Set(app::partners::Kpi::MeteringLevel),
                    value: Set(90.0),
                    measured_on: Set(chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()
                        + chrono::Days::new(n.into())),
                    recorded_at: Set(chrono::Utc::now()),
                    ..Default::default()
                }
                .insert(&app.db)
                .await
                .unwrap();
                vec![("id", org.clone()), ("value_id", value.id.to_string())]
            }
            "/api/partners/add_contact" => vec![
                ("id", org.clone()),
                ("contact_name", "Ana".into()),
                ("position", "".into()),
                ("contact_email", "ana@dcwd.example".into()),
            ],
            "/api/partners/remove_contact" => {
                let contact = app::partners::entity::organization_contact::ActiveModel {
                    organization_id: Set(self.org),
                    name: Set("To remove".into()),
                    position: Set(String::new()),
                    email: Set("x@example.org".into()),
                    ..Default::default()
                }
                .insert(&app.db)
                .await
                .unwrap();
                vec![("id", org.clone()), ("contact_id", contact.id.to_string())]
            }
            "/api/partners/set_topic" => vec![
                ("id", org.clone()),
                ("direction", "need".into()),
                ("topic", "billing".into()),
                ("description", "".into()),
            ],
            "/api/partners/remove_topic" => vec![
                ("id", org.clone()),
                ("direction", "need".into()),
                ("topic_id", "1".into()),
            ],
            "/api/partners/create" => vec![
                ("kind", "utility".into()),
                ("name", format!("New Water District {n}")),
                ("country", "Fiji".into()),
                ("city", "".into()),
            ],
            "/api/partners/merge" => {
                let a = app::partners::service::create(
                    &app.db,
                    app::partners::OrganizationKind::Utility,
                    update(&format!("Keep {n}"))
                        .parse(app::i18n::Lang::En)
                        .unwrap(),
                )
                .await
                .unwrap();
                let b = app::partners::service::create(
                    &app.db,
                    app::partners::OrganizationKind::Utility,
                    update(&format!("Dup {n}"))
                        .parse(app::i18n::Lang::En)
                        .unwrap(),
                )
                .await
                .unwrap();
                vec![("keep_id", a.to_string()), ("duplicate_id", b.to_string())]
            }
            "/api/topics/create" => vec![("name", format!("Topic {n}"))],
            "/api/topics/rename" => vec![
                ("id", "15".into()),
                ("name", format!("Service to the urban poor ({n})")),
            ],
            "/api/admin/accounts" => vec![("search", "".into())],
            "/api/admin/set_account_active" => vec![
                ("account_id", self.target_account.to_string()),
                ("active", "true".into()),
            ],
            "/api/accounts/confirm_email" => vec![("token", "made-up".into())],
            "/api/accounts/resend_confirmation" => vec![],
            "/api/accounts/change_email" => vec![("email", format!("moved{n}@test.example"))],
            "/api/accounts/rename" => vec![("name", format!("Renamed {n}"))],
            "/api/accounts/delete" => vec![("password", "not the password".into())],
            "/api/admin/set_role" => vec![
                ("account_id", self.target_account.to_string()),
                ("role", "trainer".into()),
                ("granted", "true".into()),
            ],
            "/api/admin/set_membership" => vec![
                ("account_id", self.target_account.to_string()),
                ("organization_id", self.other_org.to_string()),
                ("is_admin", "on".into()),
            ],
            "/api/admin/remove_membership" => vec![
                ("account_id", self.target_account.to_string()),
                ("organization_id", self.other_org.to_string()),
            ],
            "/api/partners/ask_to_join" | "/api/partners/withdraw_request" => {
                // A fresh organization nobody belongs to.
                let fresh = app::partners::service::create(
                    &app.db,
                    app::partners::OrganizationKind::Utility,
                    update(&format!("Joinable {n}"))
                        .parse(app::i18n::Lang::En)
                        .unwrap(),
                )
                .await
                .unwrap();
                vec![
                    ("organization_id", fresh.to_string()),
                    ("message", "".into()),
                ]
            }
            "/api/partners/decide_request" => {
                // A fresh person's request to join `org`.
                let (asker, _) = app
                    .person(&format!("asker{n}@test.example"), &[Role::Member], &[])
                    .await;
                let request = app::partners::membership::entity::ActiveModel {
                    account_id: Set(asker),
                    organization_id: Set(self.org),
                    message: Set(String::new()),
                    status: Set(app::partners::membership::RequestStatus::Pending),
                    created_at: Set(chrono::Utc::now()),
                    decided_at: Set(None),
                    decided_by: Set(None),
                    ..Default::default()
                }
                .insert(&app.db)
                .await
                .unwrap();
                vec![
                    ("request_id", request.id.to_string()),
                    ("decision", "approve".into()),
                ]
            }
            "/api/partners/pending_requests" => vec![],
            "/api/partners/network_member" => {
                let fresh = app::partners::service::create(
                    &app.db,
                    app::partners::OrganizationKind::Utility,
                    update(&format!("Admitted {n}"))
                        .parse(app::i18n::Lang::En)
                        .unwrap(),
                )
                .await
                .unwrap();
                vec![
                    ("organization_id", fresh.to_string()),
                    ("network_member", "true".into()),
                ]
            }
            "/api/admin/audit" => vec![
                ("action", "".into()),
                ("who", "".into()),
                ("on", "".into()),
                ("from", "".into()),
                ("to", "".into()),
            ],
            "/api/wops/post_need" => vec![
                ("organization", org.clone()),
                ("topic", "billing".into()),
                (
                    "description",
                    format!("Collection efficiency is below 70 % ({n})."),
                ),
                ("languages", "English".into()),
            ],
            "/api/wops/post_offer" => vec![
                ("organization", org.clone()),
                ("topic", "nrw".into()),
                (
                    "description",
                    "NRW fell from 38 % to 24 % with DMAs and pressure management.".into(),
                ),
                ("languages", "English".into()),
                ("capacity", "2".into()),
            ],
            "/api/wops/withdraw_need" => {
                vec![("need_id", self.open_need(app).await.to_string())]
            }
            "/api/wops/propose" | "/api/matching/rank" => {
                let need = self.open_need(app).await.to_string();
                if path == "/api/matching/rank" {
                    vec![("need_id", need)]
                } else {
                    vec![
                        ("need_id", need),
                        ("mentor_id", self.mentor_org.to_string()),
                        ("note", "Manila Water reduced NRW in the east zone.".into()),
                    ]
                }
            }
            "/api/matching/network" => vec![],
            "/api/matching/save_weights" => vec![
                ("topic_fit", "3".into()),
                ("proven_results", "3".into()),
                ("kpi_gap", "2".into()),
                ("language", "2".into()),
                ("proximity", "1".into()),
                ("scale", "1".into()),
                ("capacity", "1".into()),
            ],
            "/api/training/create" => vec![
                ("title", format!("Leak detection {n}")),
                (
                    "description",
                    "Acoustic leak detection in the field, with practice.".into(),
                ),
                ("format", "in_person".into()),
                ("venue", "Davao City".into()),
                ("link", "".into()),
                ("language", "en".into()),
                ("capacity", "20".into()),
                ("min_sessions", "".into()),
                ("time_zone", "Asia/Manila".into()),
                ("topic", "nrw".into()),
                ("topic2", "".into()),
                ("trainers", "".into()),
            ],
            "/api/training/add_session" => vec![
                ("program_id", self.training(app).await.0.to_string()),
                ("session_title", "".into()),
                ("date", "2099-01-05".into()),
                ("starts", "09:00".into()),
                ("ends", "12:00".into()),
            ],
            "/api/training/enrol" | "/api/training/cancel" | "/api/training/evaluations" => {
                vec![("program_id", self.training(app).await.0.to_string())]
            }
            "/api/training/attendance" => {
                let (_, session, enrolment) = self.training(app).await;
                vec![
                    ("session_id", session.to_string()),
                    ("enrolment_id", enrolment.to_string()),
                    ("present", "true".into()),
                ]
            }
            "/api/training/evaluate" => vec![
                ("program_id", self.training(app).await.0.to_string()),
                ("relevance", "5".into()),
                ("clarity", "4".into()),
                ("usefulness", "5".into()),
                ("comments", "".into()),
            ],
            "/api/library/create" => vec![
                ("kind", "case_study".into()),
                ("title", format!("Billing reform case {n}")),
                (
                    "summary",
                    "How a water district raised collection efficiency to 93 %.".into(),
                ),
                ("authors", "".into()),
                ("year", "2024".into()),
                ("language", "en".into()),
                ("licence", "".into()),
                ("access", "public".into()),
                ("topics[]", "billing".into()),
                ("countries", "Philippines".into()),
            ],
            "/api/library/review" => vec![
                (
                    "id",
                    self.product(app, app::library::ReviewStatus::Submitted)
                        .await
                        .to_string(),
                ),
                ("decision", "publish".into()),
                ("note", "".into()),
            ],
            "/api/library/pending" => vec![],
            "/api/forum/register" => {
                self.forum_edition(app).await;
                vec![
                    ("name", "Rina Santos".into()),
                    ("email", format!("forum{n}@test.example")),
                    ("organization", "DCWD".into()),
                    ("attendee_type", "utility".into()),
                ]
            }
            "/api/forum/confirm" => vec![("token", "not-a-real-token".into())],
            "/api/forum/resend" => vec![("email", format!("forum{n}@test.example"))],
            "/api/forum/cancel" => vec![("code", self.forum_registration(app).await.2)],
            "/api/forum/check_in" => vec![("code", self.forum_registration(app).await.1)],
            "/api/awards/vote" => {
                let category = self.award_category(app).await;
                vec![
                    ("code", self.forum_registration(app).await.2),
                    ("category", category.to_string()),
                    ("nomination", "1".into()),
                    ("nonce", format!("n{n}")),
                ]
            }
            "/api/awards/voting" => vec![
                ("category", self.award_category(app).await.to_string()),
                ("action", "open".into()),
            ],
            "/api/awards/nominate" => {
                let category = self.award_category(app).await;
                vec![
                    ("category", category.to_string()),
                    ("partnership", self.partnership(app).await.to_string()),
                    (
                        "statement",
                        "Losses down by a third in eighteen months.".into(),
                    ),
                ]
            }
            "/api/awards/jury" | "/api/awards/progress" => vec![],
            "/api/awards/score" => {
                let (nomination, criterion) = self.award_nomination(app).await;
                vec![
                    ("nomination", nomination.to_string()),
                    ("criterion", criterion.to_string()),
                    ("score", "7".into()),
                ]
            }
            "/api/awards/assign_juror" => vec![
                ("category", self.award_category(app).await.to_string()),
                ("email", "juror@test.example".into()),
            ],
            "/api/awards/create_category" => vec![
                ("name", format!("Award {n}")),
                ("eligible_from", "2024-01-01".into()),
                ("eligible_until", "2026-12-31".into()),
                ("jury_weight", "70".into()),
            ],
            "/api/awards/set_weight" => vec![
                ("category", self.award_category(app).await.to_string()),
                ("jury_weight", "60".into()),
            ],
            "/api/awards/add_criterion" => vec![
                ("category", self.award_category(app).await.to_string()),
                ("name", "Measured results".into()),
                ("weight", "50".into()),
            ],
            "/api/forum/decide" => vec![
                ("id", self.forum_registration(app).await.0.to_string()),
                ("decision", "cancel".into()),
            ],
            "/api/forum/count" => vec![],
            "/api/forum/registrants" => vec![("status", "".into()), ("attendee_type", "".into())],
            "/api/forum/add_question" => vec![
                ("prompt", format!("Question {n}?")),
                ("kind", "text".into()),
            ],
            "/api/forum/edition_settings" => vec![],
            "/api/forum/save_edition" => vec![
                ("year", "2090".into()),
                ("title", "WaterLinks Forum 2090".into()),
                ("venue", "Manila".into()),
                ("time_zone", "Asia/Manila".into()),
                ("starts_on", "2090-03-09".into()),
                ("ends_on", "2090-03-10".into()),
                ("capacity", "300".into()),
                ("opens_on", "2090-01-10".into()),
                ("closes_on", "2090-03-01".into()),
            ],
            "/api/forum/add_session" => {
                self.forum_edition(app).await;
                vec![
                    ("session_title", format!("Session {n}")),
                    ("date", "2099-03-09".into()),
                    ("starts", "09:00".into()),
                    ("ends", "10:00".into()),
                    ("room", "Hall A".into()),
                ]
            }
            "/api/forum/star" => vec![
                ("session_id", self.forum_session(app).await.to_string()),
                ("starred", "true".into()),
            ],
            "/api/library/link" => vec![
                (
                    "product_id",
                    self.product(app, app::library::ReviewStatus::Published)
                        .await
                        .to_string(),
                ),
                ("target", "partnership".into()),
                ("target_id", self.partnership(app).await.to_string()),
            ],
            "/api/stories/in_progress"
            | "/api/stories/partnerships"
            | "/api/stories/translatable" => vec![],
            "/api/stories/create" => vec![
                ("title", format!("Water losses halved {n}")),
                ("summary", "District metering cut NRW by a third.".into()),
                ("body", "It began with two DMAs.".into()),
                ("partnership_id", self.partnership(app).await.to_string()),
                ("countries", "Philippines".into()),
            ],
            "/api/stories/step" => vec![
                ("id", self.draft_story(app).await.to_string()),
                ("step", "submit".into()),
                ("comment", "".into()),
            ],
            "/api/news/post" => vec![
                ("title", format!("Network news {n}")),
                ("summary", "Something happened.".into()),
                ("body", "It *did*.".into()),
            ],
            "/api/events/create" => vec![
                ("title", format!("Asia Water Forum {n}")),
                ("description", "".into()),
                ("starts_on", "2027-03-01".into()),
                ("ends_on", "2027-03-03".into()),
                ("place", "Manila".into()),
                ("organizer", "ADB".into()),
                ("link", "".into()),
                ("scope", "regional".into()),
            ],
            _ => self.partnership_form(app, path).await,
        };
        pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
    }

    /// Bodies for the calls about one partnership, each on a fresh one.
    async fn partnership_form(&self, app: &TestApp, path: &str) -> Vec<(&'static str, String)> {
        use app::wops::entity::{
            activity, commitment, corrective_action, outcome, progress_report,
        };
        use sea_orm::{ActiveModelTrait, Set};
        let id = self.partnership(app).await;
        let day = |m, d| chrono::NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        let now = chrono::Utc::now();
        let report = |id| progress_report::ActiveModel {
            partnership_id: Set(id),
            period_start: Set(day(1, 1)),
            period_end: Set(day(3, 31)),
            achievements: Set("DMAs mapped.".into()),
            challenges: Set(String::new()),
            submitted_by: Set("Ana".into()),
            submitted_at: Set(now),
            reviewed_by: Set(None),
            reviewed_at: Set(None),
            review_comment: Set(String::new()),
            ..Default::default()
        };
        let pid = id.to_string();
        match path {
            "/api/wops/step" => vec![
                ("id", pid),
                ("step", "close_early".into()),
                (
                    "note",
                    "The recipient's board cancelled the programme.".into(),
                ),
            ],
            "/api/wops/agreement" => vec![
                ("id", pid),
                ("signatories", "GM Manila Water; GM Davao City WD".into()),
                ("start_date", "2026-01-01".into()),
                ("end_date", "2027-06-30".into()),
                ("scope", "NRW reduction in two pilot DMAs".into()),
            ],
            "/api/wops/commitment" => vec![
                ("id", pid),
                ("side", "mentor".into()),
                ("promise", "Two engineers on site each quarter".into()),
            ],
            "/api/wops/activity" => vec![
                ("id", pid),
                ("kind", "peer_review".into()),
                ("title", "Review of meter reading".into()),
                ("start_date", "2026-05-04".into()),
                ("end_date", "2026-05-08".into()),
                ("responsible", "mentor".into()),
                ("place", "Davao City".into()),
                ("status", "planned".into()),
            ],
            "/api/wops/activity_status" => {
                let a = activity::ActiveModel {
                    partnership_id: Set(id),
                    kind: Set(app::wops::ActivityKind::PeerReview),
                    title: Set("Review".into()),
                    start_date: Set(day(2, 1)),
                    end_date: Set(day(2, 2)),
                    responsible: Set(app::wops::Side::Mentor),
                    place: Set("Davao".into()),
                    online: Set(false),
                    status: Set(app::wops::ActivityStatus::Planned),
                    ..Default::default()
                }
                .insert(&app.db)
                .await
                .unwrap();
                vec![
                    ("id", pid),
                    ("activity_id", a.id.to_string()),
                    ("status", "done".into()),
                ]
            }
            "/api/wops/resource" => vec![
                ("id", pid),
                ("kind", "money".into()),
                ("amount", "25000".into()),
                ("currency", "USD".into()),
                ("description", "Leak detection equipment".into()),
                ("source", "Asian Development Bank".into()),
            ],
            "/api/wops/remove_part" => {
                let c = commitment::ActiveModel {
                    partnership_id: Set(id),
                    side: Set(app::wops::Side::Mentor),
                    promise: Set("Train".into()),
                    ..Default::default()
                }
                .insert(&app.db)
                .await
                .unwrap();
                vec![
                    ("id", pid),
                    ("part", "commitment".into()),
                    ("part_id", c.id.to_string()),
                ]
            }
            "/api/wops/outcome" => vec![
                ("id", pid),
                ("kpi", "non_revenue_water".into()),
                ("baseline_value", "42".into()),
                ("baseline_date", "2026-01-01".into()),
                ("target_value", "30".into()),
                ("target_date", "2027-06-30".into()),
            ],
            "/api/wops/outcome_value" => {
                let o = outcome::ActiveModel {
                    partnership_id: Set(id),
                    kpi: Set(app::partners::Kpi::NonRevenueWater),
                    baseline_value: Set(42.0),
                    baseline_date: Set(day(1, 1)),
                    target_value: Set(30.0),
                    target_date: Set(day(12, 31)),
                    is_public: Set(true),
                    ..Default::default()
                }
                .insert(&app.db)
                .await
                .unwrap();
                vec![
                    ("id", pid),
                    ("outcome_id", o.id.to_string()),
                    ("value", "39.5".into()),
                    ("measured_on", "2026-03-31".into()),
                ]
            }
            "/api/wops/report" => vec![
                ("id", pid),
                ("period_start", "2026-01-01".into()),
                ("period_end", "2026-03-31".into()),
                ("achievements", "Two DMAs mapped and metered.".into()),
                ("challenges", "".into()),
            ],
            "/api/wops/review" => {
                let r = report(id).insert(&app.db).await.unwrap();
                vec![
                    ("report_id", r.id.to_string()),
                    ("comment", "Good progress.".into()),
                    ("corrective_actions", "Share the DMA data monthly".into()),
                ]
            }
            "/api/wops/resolve" => {
                let a = corrective_action::ActiveModel {
                    partnership_id: Set(id),
                    report_id: Set(None),
                    action: Set("Share data".into()),
                    raised_by: Set("Facilitator".into()),
                    raised_at: Set(now),
                    resolved_by: Set(None),
                    resolved_at: Set(None),
                    ..Default::default()
                }
                .insert(&app.db)
                .await
                .unwrap();
                vec![("action_id", a.id.to_string())]
            }
            other => panic!("no request body for {other}"),
        }
    }
}

fn update(name: &str) -> app::partners::ProfileForm {
    app::partners::ProfileForm {
        name: name.into(),
        country: "Fiji".into(),
        ..Default::default()
    }
}

#[tokio::test]
async fn every_mutating_server_function_allows_and_denies_as_the_roles_say() {
    for backend in backends() {
        // Every persona calls from one address: the rate limit would answer 429 for them.
        let app = TestApp::spawn_with(backend, |s| {
            s.attempts_per_minute = 10_000;
            s.attempts_per_hour = 100_000;
        })
        .await;
        let world = World::build(&app).await;
        let mut failures = Vec::new();
        for (path, rule) in RULES {
            for who in PERSONAS {
                let form = world.form(&app, path).await;
                let form: Vec<(&str, &str)> =
                    form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                let cookie = world.cookie(&app, who).await;
                let status = app
                    .post_as(cookie.as_deref(), path, &form)
                    .await
                    .status()
                    .as_u16();
                let expected_ok = rule.allows(who);
                let outcome_ok = if expected_ok {
                    // Allowed: the call succeeded, or gave the function's own answer to a
                    // request the suite makes on purpose (a wrong password is a 422).
                    status == own_answer(path, who).unwrap_or(200)
                } else if who == Persona::Visitor {
                    status == 401
                } else {
                    status == 403
                };
                if !outcome_ok {
                    failures.push(format!(
                        "{path} as {who:?}: {status} (expected {})",
                        if expected_ok { "allowed" } else { "refused" }
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{backend:?}:\n{}", failures.join("\n"));
    }
}

#[tokio::test]
async fn allowed_organization_edits_really_succeed() {
    // The suite above checks the gate; this checks that an allowed, valid call does its work.
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let world = World::build(&app).await;
        for who in [Persona::OrganizationAdmin, Persona::SecretariatAdmin] {
            for path in [
                "/api/partners/update",
                "/api/partners/record_kpi",
                "/api/partners/delete_kpi",
                "/api/partners/add_contact",
                "/api/partners/remove_contact",
                "/api/partners/set_topic",
            ] {
                let form = world.form(&app, path).await;
                let form: Vec<(&str, &str)> =
                    form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                let cookie = world.cookie(&app, who).await;
                let res = app.post_as(cookie.as_deref(), path, &form).await;
                assert_eq!(res.status(), 200, "{backend:?}: {path} as {who:?}");
            }
        }
    }
}

#[tokio::test]
async fn an_admin_cannot_remove_their_own_admin_role() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let (id, cookie) = app
            .person("only-admin@test.example", &[Role::SecretariatAdmin], &[])
            .await;
        let res = app
            .post_as(
                Some(&cookie),
                "/api/admin/set_role",
                &[
                    ("account_id", &id.to_string()),
                    ("role", "secretariat_admin"),
                    ("granted", "false"),
                ],
            )
            .await;
        assert_eq!(res.status(), 409, "{backend:?}");
        let me: serde_json::Value = app
            .post_as(Some(&cookie), "/api/accounts/me", &[])
            .await
            .json()
            .await
            .unwrap();
        assert!(me["roles"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r == "secretariat_admin"));
    }
}

#[tokio::test]
async fn roles_and_memberships_granted_by_an_admin_take_effect() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        app::partners::demo::seed(&app.db, 0).await.unwrap();
        let org = app.organization_id("Khulna WASA").await;
        let (_, admin) = app
            .person("admin@test.example", &[Role::SecretariatAdmin], &[])
            .await;
        let (member, member_cookie) = app
            .person("rahim@kwasa.example", &[Role::Member], &[])
            .await;
        let id = org.to_string();
        let edit = [
            ("id", id.as_str()),
            ("kpi", "water_coverage"),
            ("value", "80"),
            ("measured_on", "2025-12-31"),
        ];
        assert_eq!(
            app.post_as(Some(&member_cookie), "/api/partners/record_kpi", &edit)
                .await
                .status(),
            403
        );
        let res = app
            .post_as(
                Some(&admin),
                "/api/admin/set_membership",
                &[
                    ("account_id", &member.to_string()),
                    ("organization_id", &id),
                    ("is_admin", "on"),
                ],
            )
            .await;
        assert_eq!(res.status(), 200, "{backend:?}");
        assert_eq!(
            app.post_as(Some(&member_cookie), "/api/partners/record_kpi", &edit)
                .await
                .status(),
            200
        );
        // Listed on the admin page with the membership.
        let list: serde_json::Value = app
            .post_as(Some(&admin), "/api/admin/accounts", &[("search", "KWASA")])
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(
            list[0]["memberships"][0]["organization_name"], "Khulna WASA",
            "{backend:?}"
        );
        // Membership removed: the edit is refused again.
        app.post_as(
            Some(&admin),
            "/api/admin/remove_membership",
            &[
                ("account_id", &member.to_string()),
                ("organization_id", &id),
            ],
        )
        .await;
        assert_eq!(
            app.post_as(Some(&member_cookie), "/api/partners/record_kpi", &edit)
                .await
                .status(),
            403
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The plain axum routes (files, exports, uploads): the same deny-by-default check, and for every
// allowed role real success: the download has the right type and content, the export holds the
// rows, the upload is stored and served back.

/// Every plain route of `server/src/router.rs` with the rule for its callers. A route missing
/// here (or in [`PLAIN_ELSEWHERE`]) fails the suite.
const PLAIN_ROUTES: &[(&str, Rule)] = &[
    ("GET /partners.csv", Rule::Anyone),
    ("GET /partners.json", Rule::Anyone),
    ("GET /partnerships.csv", Rule::Anyone),
    (
        "GET /partnerships/{id}/agreement.pdf",
        Rule::PartnershipEditors,
    ),
    // The badge code is the secret, as for the badge page.
    ("GET /forum/badge/{code}/badge.pdf", Rule::Anyone),
    ("GET /forum/registrants.csv", Rule::SecretariatAdmins),
    ("GET /admin/audit.csv", Rule::SecretariatAdmins),
    ("GET /forum/registrants.xlsx", Rule::SecretariatAdmins),
    ("GET /training/{id}/enrolments.csv", Rule::Trainers),
    ("GET /training/{id}/attendance.csv", Rule::Trainers),
    ("GET /training/{id}/evaluations.csv", Rule::Trainers),
    ("GET /training/sessions/{id}/calendar.ics", Rule::Anyone),
    // The code is the secret: whoever holds the certificate may fetch it again.
    ("GET /certificates/{code}/certificate.pdf", Rule::Anyone),
    ("GET /awards/{id}/live", Rule::Anyone),
    // Before the results are revealed; public afterwards (awards.rs).
    ("GET /awards/{id}/ballots.csv", Rule::SecretariatAdmins),
    ("GET /results/report.xlsx", Rule::Anyone),
    ("GET /results/report.pdf", Rule::Anyone),
    ("GET /results/tables/{file}", Rule::Anyone),
    ("GET /api/v1/openapi.json", Rule::Anyone),
    ("GET /api/v1/organizations", Rule::Anyone),
    ("GET /api/v1/partnerships", Rule::Anyone),
    ("GET /api/v1/trainings", Rule::Anyone),
    ("GET /api/v1/knowledge-products", Rule::Anyone),
    ("GET /api/v1/events", Rule::Anyone),
    ("GET /api/v1/results", Rule::Anyone),
    ("GET /feed.atom", Rule::Anyone),
    // What a phone keeps for when the network goes, in the person's language.
    ("GET /offline.html", Rule::Anyone),
    ("GET /manifest.webmanifest", Rule::Anyone),
    ("GET /stories/images/{name}", Rule::Anyone),
    ("GET /events.ics", Rule::Anyone),
    ("GET /events/{id}/event.ics", Rule::Anyone),
    // A public product's file; the members-only one is the next row.
    ("GET /library/files/{file_id}", Rule::Anyone),
    (
        "GET /library/files/{file_id} (members only)",
        Rule::NetworkMembers,
    ),
    (
        "POST /partnerships/{id}/agreement/document",
        Rule::PartnershipEditors,
    ),
    ("POST /stories/{id}/image", Rule::PartnershipEditors),
    ("POST /library/{id}/files", Rule::SubmitterAndCurators),
];

/// Routes that refuse by answering 404, as if the thing did not exist, and why.
const HIDDEN_WHEN_REFUSED: &[(&str, &str)] = &[(
    "POST /library/{id}/files",
    "someone else's unpublished product does not exist for the caller",
)];

/// Plain routes tested elsewhere, and why they are not driven by persona here.
const PLAIN_ELSEWHERE: &[(&str, &str)] = &[
    ("/api", "a permanent redirect to /developers (api_v1.rs)"),
    (
        "/awards/ballot",
        "the vote entry form's redirect to a ballot, for anyone with a badge code (awards.rs)",
    ),
    (
        "/api/v1/{*rest}",
        "the JSON 404 for unknown endpoints (api_v1.rs)",
    ),
    ("/healthz", "operations, no session (foundation.rs)"),
    ("/livez", "operations, no session (foundation.rs)"),
    ("/metrics", "operations, no session (foundation.rs)"),
];

/// The paths routed in `server/src/router.rs` outside the Leptos routes.
fn routed_paths() -> BTreeSet<String> {
    let source = include_str!("../../src/router.rs");
    source
        .split(".route(")
        .skip(1)
        .filter_map(|rest| {
            let start = rest.find('"')? + 1;
            let end = start + rest[start..].find('"')?;
            Some(rest[start..end].to_owned())
        })
        .collect()
}

#[test]
fn every_plain_route_has_a_rule() {
    let routed = routed_paths();
    assert!(
        routed.len() > 20,
        "the router's routes were found: {routed:?}"
    );
    let covered: BTreeSet<String> = PLAIN_ROUTES
        .iter()
        .map(|(route, _)| {
            let path = route.split(' ').nth(1).unwrap();
            path.to_owned()
        })
        .chain(PLAIN_ELSEWHERE.iter().map(|(p, _)| (*p).to_owned()))
        .collect();
    let missing: Vec<_> = routed.difference(&covered).collect();
    assert!(
        missing.is_empty(),
        "plain routes without a rule: {missing:?}"
    );
    let stale: Vec<_> = covered.difference(&routed).collect();
    assert!(
        stale.is_empty(),
        "rules for routes that no longer exist: {stale:?}"
    );
}

/// What an allowed call must have done.
enum Success {
    /// Answered a file of this type holding this text (read out of PDF, XLSX and event
    /// streams) or exactly these bytes.
    File {
        content_type: &'static str,
        holds: Holds,
    },
    /// The signed agreement is stored: the partnership's insiders download these bytes.
    AgreementStored { partnership: i32, bytes: Vec<u8> },
    /// The story's picture is stored and served.
    StoryPicture { story: i32 },
    /// The product has this file as a new version, served back as is.
    LibraryFile { product: i32, bytes: Vec<u8> },
}

enum Holds {
    Text(String),
    Bytes(Vec<u8>),
}

/// One call of a plain route, with what it must achieve when allowed.
struct PlainCall {
    path: String,
    /// For uploads: (form field, file name, content).
    upload: Option<(&'static str, &'static str, Vec<u8>)>,
    success: Success,
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let picture = image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
        width,
        height,
        image::Rgb([11, 93, 140]),
    ));
    let mut out = std::io::Cursor::new(Vec::new());
    picture.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// The text of a downloaded file, whatever its format.
fn text_of(content_type: &str, bytes: &[u8]) -> String {
    if content_type.contains("spreadsheetml") {
        use calamine::{Reader, Xlsx};
        let mut book: Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).unwrap();
        let mut text = String::new();
        for (_, sheet) in book.worksheets() {
            for row in sheet.rows() {
                for cell in row {
                    text.push_str(&cell.to_string());
                    text.push('\t');
                }
                text.push('\n');
            }
        }
        text
    } else if content_type.starts_with("application/pdf") {
        pdf_extract::extract_text_from_mem(bytes).unwrap_or_default()
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

impl World {
    /// A published product (public or members only) with one PDF, uploaded by a curator:
    /// (product, file, its bytes).
    async fn product_with_file(&self, app: &TestApp, access: &str) -> (i32, i64, Vec<u8>) {
        let admin = self.cookie(app, Persona::SecretariatAdmin).await.unwrap();
        let n = self.next();
        let form = [
            ("kind", "manual".to_owned()),
            ("title", format!("Pump manual {n}")),
            ("summary", "How to schedule pumps.".to_owned()),
            ("authors", String::new()),
            ("year", "2024".to_owned()),
            ("language", "en".to_owned()),
            ("licence", String::new()),
            ("access", access.to_owned()),
            ("topics[]", "energy".to_owned()),
            ("countries", String::new()),
        ];
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (status, id) = support::call(app, Some(&admin), "/api/library/create", &form).await;
        assert_eq!(status, 200, "{id}");
        let id = id.as_i64().unwrap() as i32;
        let bytes = app::library::pdf::simple_pdf(&[&format!("Pump schedules {n}")]);
        let res = self
            .upload(
                app,
                Some(&admin),
                &format!("/library/{id}/files"),
                "file",
                "pumps.pdf",
                bytes.clone(),
            )
            .await;
        assert_eq!(res.status(), 201);
        let (_, detail) = support::call(
            app,
            Some(&admin),
            "/api/library/product",
            &[("id", &id.to_string())],
        )
        .await;
        (id, detail["files"][0]["id"].as_i64().unwrap(), bytes)
    }

    async fn upload(
        &self,
        app: &TestApp,
        cookie: Option<&str>,
        path: &str,
        field: &'static str,
        name: &'static str,
        bytes: Vec<u8>,
    ) -> reqwest::Response {
        let part = reqwest::multipart::Part::bytes(bytes).file_name(name);
        let mut req = app
            .client
            .post(app.url(path))
            .header("origin", app.url(""))
            .multipart(reqwest::multipart::Form::new().part(field, part));
        if let Some(cookie) = cookie {
            req = req.header("cookie", cookie);
        }
        req.send().await.expect("upload")
    }

    /// A call of `route`, on fresh records where it changes or reveals something.
    async fn plain(&self, app: &TestApp, route: &str) -> PlainCall {
        use sea_orm::{ActiveModelTrait, EntityTrait, Set};
        let n = self.next();
        let text = |content_type, holds: &str| Success::File {
            content_type,
            holds: Holds::Text(holds.to_owned()),
        };
        let get = |path: String, success| PlainCall {
            path,
            upload: None,
            success,
        };
        match route {
            "GET /partners.csv" => get(
                "/partners.csv?q=Davao".into(),
                text("text/csv", "Davao City Water District"),
            ),
            "GET /partners.json" => get(
                "/partners.json?q=Davao".into(),
                text("application/json", "Davao City Water District"),
            ),
            "GET /partnerships.csv" => {
                let id = self.partnership(app).await;
                let title = format!("Partnership {n}");
                let mut row: app::wops::entity::partnership::ActiveModel =
                    app::wops::service::find(&app.db, id).await.unwrap().into();
                row.title = Set(title.clone());
                row.update(&app.db).await.unwrap();
                get("/partnerships.csv".into(), text("text/csv", &title))
            }
            "GET /partnerships/{id}/agreement.pdf" => {
                let id = self.partnership(app).await;
                let bytes = app::library::pdf::simple_pdf(&[&format!("Agreement {n}")]);
                let stored = format!("agreements/test{n}.pdf");
                let path = app.settings.upload_dir().join(&stored);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, &bytes).unwrap();
                let mut a: app::wops::entity::agreement::ActiveModel =
                    app::wops::entity::agreement::Entity::find_by_id(id)
                        .one(&app.db)
                        .await
                        .unwrap()
                        .unwrap()
                        .into();
                a.document_file = Set(Some(stored));
                a.document_name = Set(Some("signed.pdf".into()));
                a.document_size = Set(Some(bytes.len() as i64));
                a.update(&app.db).await.unwrap();
                get(
                    format!("/partnerships/{id}/agreement.pdf"),
                    Success::File {
                        content_type: "application/pdf",
                        holds: Holds::Bytes(bytes),
                    },
                )
            }
            "GET /admin/audit.csv" => {
                use app::accounts::audit::{record, Actor, AuditAction};
                let subject = format!("Audited {n}");
                record(
                    &app.db,
                    &Actor::system("test"),
                    AuditAction::RoleGranted,
                    &subject,
                    "",
                )
                .await
                .unwrap();
                get("/admin/audit.csv".into(), text("text/csv", &subject))
            }
            "GET /forum/registrants.csv" | "GET /forum/registrants.xlsx" => {
                self.forum_registration(app).await;
                let path = route.trim_start_matches("GET ").to_owned();
                let content_type = if path.ends_with("csv") {
                    "text/csv"
                } else {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                };
                // The registration just made is the newest "Guest n".
                let guest = format!("Guest {}", self.serial.get());
                get(path, text(content_type, &guest))
            }
            "GET /forum/badge/{code}/badge.pdf" => {
                let (_, code, _) = self.forum_registration(app).await;
                let guest = format!("Guest {}", self.serial.get());
                get(
                    format!("/forum/badge/{code}/badge.pdf"),
                    text("application/pdf", &guest),
                )
            }
            "GET /training/{id}/enrolments.csv" | "GET /training/{id}/attendance.csv" => {
                let (program, _, _) = self.training(app).await;
                let sheet = route.rsplit('/').next().unwrap();
                get(
                    format!("/training/{program}/{sheet}"),
                    text("text/csv", "target@test.example"),
                )
            }
            "GET /training/{id}/evaluations.csv" => {
                let (program, _, enrolment) = self.training(app).await;
                let comment = format!("Very practical ({n})");
                app::training::entity::evaluation::ActiveModel {
                    enrolment_id: Set(enrolment),
                    relevance: Set(5),
                    clarity: Set(4),
                    usefulness: Set(5),
                    comments: Set(comment.clone()),
                    submitted_at: Set(chrono::Utc::now()),
                }
                .insert(&app.db)
                .await
                .unwrap();
                get(
                    format!("/training/{program}/evaluations.csv"),
                    text("text/csv", &comment),
                )
            }
            "GET /training/sessions/{id}/calendar.ics" => {
                let (_, session, _) = self.training(app).await;
                get(
                    format!("/training/sessions/{session}/calendar.ics"),
                    text("text/calendar", "Leak detection"),
                )
            }
            "GET /certificates/{code}/certificate.pdf" => {
                let (_, _, enrolment) = self.training(app).await;
                let code = format!("{n:032x}");
                let mut e: app::training::entity::enrolment::ActiveModel =
                    app::training::entity::enrolment::Entity::find_by_id(enrolment)
                        .one(&app.db)
                        .await
                        .unwrap()
                        .unwrap()
                        .into();
                e.completed_at = Set(Some(chrono::Utc::now()));
                e.certificate_code = Set(Some(code.clone()));
                e.update(&app.db).await.unwrap();
                get(
                    format!("/certificates/{code}/certificate.pdf"),
                    text("application/pdf", "Leak detection"),
                )
            }
            "GET /awards/{id}/live" => {
                let category = self.award_category(app).await;
                get(
                    format!("/awards/{category}/live"),
                    text("text/event-stream", "event: tally"),
                )
            }
            "GET /awards/{id}/ballots.csv" => {
                let category = self.award_category(app).await;
                get(
                    format!("/awards/{category}/ballots.csv"),
                    text("text/csv", "Voter key"),
                )
            }
            "GET /results/report.xlsx" => get(
                "/results/report.xlsx".into(),
                text(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "Partnerships",
                ),
            ),
            "GET /results/report.pdf" => get(
                "/results/report.pdf".into(),
                text("application/pdf", "Partnerships"),
            ),
            "GET /results/tables/{file}" => get(
                "/results/tables/summary.csv".into(),
                text("text/csv", "Partnerships"),
            ),
            "GET /api/v1/openapi.json" => get(
                "/api/v1/openapi.json".into(),
                text("application/json", "/api/v1/partnerships"),
            ),
            "GET /api/v1/organizations" => get(
                "/api/v1/organizations?per_page=100".into(),
                text("application/json", "Davao City Water District"),
            ),
            "GET /api/v1/partnerships" => {
                let id = self.partnership(app).await;
                get(
                    "/api/v1/partnerships?per_page=100&page=1".into(),
                    text("application/json", &format!("/partnerships/{id}\"")),
                )
            }
            "GET /api/v1/trainings" => {
                self.training(app).await;
                get(
                    "/api/v1/trainings?per_page=100".into(),
                    text("application/json", "Leak detection"),
                )
            }
            "GET /api/v1/knowledge-products" => {
                let (id, _, _) = self.product_with_file(app, "public").await;
                get(
                    "/api/v1/knowledge-products?per_page=100".into(),
                    text("application/json", &format!("/library/{id}\"")),
                )
            }
            "GET /api/v1/events" | "GET /events.ics" | "GET /events/{id}/event.ics" => {
                let title = format!("Asia Water Week {n}");
                let now = chrono::Utc::now();
                let e = app::events::entity::sector_event::ActiveModel {
                    title: Set(title.clone()),
                    description: Set(String::new()),
                    starts_on: Set(now.date_naive() + chrono::Days::new(30)),
                    ends_on: Set(now.date_naive() + chrono::Days::new(32)),
                    place: Set("Manila".into()),
                    online: Set(false),
                    organizer: Set("ADB".into()),
                    link: Set(String::new()),
                    scope: Set(app::events::Scope::Regional),
                    own: Set(false),
                    created_by: Set(None),
                    is_demo: Set(false),
                    created_at: Set(now),
                    ..Default::default()
                }
                .insert(&app.db)
                .await
                .unwrap();
                match route {
                    "GET /api/v1/events" => get(
                        "/api/v1/events?per_page=100".into(),
                        text("application/json", &title),
                    ),
                    "GET /events.ics" => get("/events.ics".into(), text("text/calendar", &title)),
                    _ => get(
                        format!("/events/{}/event.ics", e.id),
                        text("text/calendar", &title),
                    ),
                }
            }
            "GET /api/v1/results" => get(
                "/api/v1/results".into(),
                text("application/json", "partnerships"),
            ),
            "GET /feed.atom" => get("/feed.atom".into(), text("application/atom+xml", "<feed")),
            "GET /offline.html" => get("/offline.html".into(), text("text/html", "<h1>")),
            "GET /manifest.webmanifest" => get(
                "/manifest.webmanifest".into(),
                text("application/manifest+json", "\"start_url\""),
            ),
            "GET /stories/images/{name}" => {
                let bytes = png(40, 30);
                let name = format!("picture{n}.png");
                let dir = app.settings.upload_dir().join("stories");
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(dir.join(&name), &bytes).unwrap();
                get(
                    format!("/stories/images/{name}"),
                    Success::File {
                        content_type: "image/png",
                        holds: Holds::Bytes(bytes),
                    },
                )
            }
            "GET /library/files/{file_id}" | "GET /library/files/{file_id} (members only)" => {
                let access = if route.ends_with("(members only)") {
                    "members"
                } else {
                    "public"
                };
                let (_, file, bytes) = self.product_with_file(app, access).await;
                get(
                    format!("/library/files/{file}"),
                    Success::File {
                        content_type: "application/pdf",
                        holds: Holds::Bytes(bytes),
                    },
                )
            }
            "POST /partnerships/{id}/agreement/document" => {
                let partnership = self.partnership(app).await;
                let bytes = app::library::pdf::simple_pdf(&[&format!("Signed agreement {n}")]);
                PlainCall {
                    path: format!("/partnerships/{partnership}/agreement/document"),
                    upload: Some(("document", "signed.pdf", bytes.clone())),
                    success: Success::AgreementStored { partnership, bytes },
                }
            }
            "POST /stories/{id}/image" => {
                let story = self.draft_story(app).await;
                PlainCall {
                    path: format!("/stories/{story}/image"),
                    upload: Some(("image", "lead.png", png(1600, 900))),
                    success: Success::StoryPicture { story },
                }
            }
            "POST /library/{id}/files" => {
                let product = self
                    .product(app, app::library::ReviewStatus::Submitted)
                    .await;
                let bytes = app::library::pdf::simple_pdf(&[&format!("Submitted text {n}")]);
                PlainCall {
                    path: format!("/library/{product}/files"),
                    upload: Some(("file", "submitted.pdf", bytes.clone())),
                    success: Success::LibraryFile { product, bytes },
                }
            }
            other => panic!("no call for {other}"),
        }
    }

    /// Whether the allowed call did its work; `None` when it did, otherwise why not.
    async fn succeeded(
        &self,
        app: &TestApp,
        call: &PlainCall,
        res: reqwest::Response,
    ) -> Option<String> {
        let status = res.status().as_u16();
        let content_type = res
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let admin = self.cookie(app, Persona::SecretariatAdmin).await.unwrap();
        match &call.success {
            Success::File {
                content_type: wanted,
                holds,
            } => {
                if status != 200 {
                    return Some(format!(
                        "{status}: {}",
                        res.text().await.unwrap_or_default()
                    ));
                }
                if !content_type.starts_with(wanted) {
                    return Some(format!("answered {content_type}, not {wanted}"));
                }
                let bytes = if content_type.starts_with("text/event-stream") {
                    // A stream that never ends: its first event is enough.
                    let mut res = res;
                    tokio::time::timeout(std::time::Duration::from_secs(10), res.chunk())
                        .await
                        .ok()
                        .and_then(Result::ok)
                        .flatten()
                        .map(|b| b.to_vec())
                        .unwrap_or_default()
                } else {
                    res.bytes().await.unwrap().to_vec()
                };
                match holds {
                    Holds::Bytes(wanted) if &bytes != wanted => Some(format!(
                        "{} bytes, not the {} stored",
                        bytes.len(),
                        wanted.len()
                    )),
                    Holds::Text(wanted) if !text_of(&content_type, &bytes).contains(wanted) => {
                        Some(format!("does not hold {wanted:?}"))
                    }
                    _ => None,
                }
            }
            Success::AgreementStored { partnership, bytes } => {
                if !matches!(status, 200..=204) {
                    return Some(format!(
                        "{status}: {}",
                        res.text().await.unwrap_or_default()
                    ));
                }
                let back = app
                    .get_as(
                        &admin,
                        &format!("/partnerships/{partnership}/agreement.pdf"),
                    )
                    .await;
                (back.bytes().await.unwrap().to_vec() != *bytes)
                    .then(|| "the stored agreement is not the uploaded file".to_owned())
            }
            Success::StoryPicture { story } => {
                if status != 201 {
                    return Some(format!(
                        "{status}: {}",
                        res.text().await.unwrap_or_default()
                    ));
                }
                let (_, detail) = support::call(
                    app,
                    Some(&admin),
                    "/api/stories/story",
                    &[("id", &story.to_string())],
                )
                .await;
                let Some(url) = detail["image"]["url"].as_str() else {
                    return Some(format!("the story has no picture: {detail}"));
                };
                let served = app.get(url).await;
                let ok = served.status() == 200
                    && served.headers()["content-type"]
                        .to_str()
                        .unwrap()
                        .starts_with("image/")
                    && detail["image"]["width"] == 1200;
                (!ok).then(|| format!("the picture {url} is not served at 1200 px"))
            }
            Success::LibraryFile { product, bytes } => {
                if status != 201 {
                    return Some(format!(
                        "{status}: {}",
                        res.text().await.unwrap_or_default()
                    ));
                }
                let (_, detail) = support::call(
                    app,
                    Some(&admin),
                    "/api/library/product",
                    &[("id", &product.to_string())],
                )
                .await;
                let Some(file) = detail["files"][0]["id"].as_i64() else {
                    return Some(format!("no file listed: {detail}"));
                };
                let back = app.get_as(&admin, &format!("/library/files/{file}")).await;
                (back.bytes().await.unwrap().to_vec() != *bytes)
                    .then(|| "the stored file is not the uploaded one".to_owned())
            }
        }
    }
}

#[tokio::test]
async fn every_plain_route_allows_and_denies_as_the_roles_say_and_really_works() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let world = World::build(&app).await;
        let mut failures = Vec::new();
        for (route, rule) in PLAIN_ROUTES {
            for who in PERSONAS {
                let call = world.plain(&app, route).await;
                let cookie = world.cookie(&app, who).await;
                let res = match &call.upload {
                    Some((field, name, bytes)) => {
                        world
                            .upload(
                                &app,
                                cookie.as_deref(),
                                &call.path,
                                field,
                                name,
                                bytes.clone(),
                            )
                            .await
                    }
                    None => {
                        let mut req = app.client.get(app.url(&call.path));
                        if let Some(cookie) = &cookie {
                            req = req.header("cookie", cookie);
                        }
                        req.send().await.expect("GET")
                    }
                };
                let status = res.status().as_u16();
                let problem = if rule.allows(who) {
                    world.succeeded(&app, &call, res).await
                } else {
                    let hidden = HIDDEN_WHEN_REFUSED.iter().any(|(r, _)| r == route);
                    let refused = matches!(status, 401 | 403) || (hidden && status == 404);
                    (!refused).then(|| format!("{status}, not refused"))
                };
                if let Some(problem) = problem {
                    failures.push(format!("{route} as {who:?}: {problem}"));
                }
            }
        }
        assert!(failures.is_empty(), "{backend:?}:\n{}", failures.join("\n"));
    }
}
