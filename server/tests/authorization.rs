//! Deny by default: every server function that changes something (or reads what only admins
//! may read) is called as every role, and signed out, and must allow or refuse as DOMAIN.md says.
//! A server function missing from this table fails the suite, so new ones cannot slip through.

mod support;

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
        }
    }
}

/// Server functions that only read public information: no session needed by design.
const PUBLIC_READS: &[&str] = &[
    "/api/accounts/me",
    "/api/home/figures",
    "/api/partners/search",
    "/api/partners/filters",
    "/api/partners/profile",
    "/api/partners/all",
    "/api/topics/list",
];

const RULES: &[(&str, Rule)] = &[
    ("/api/contact/send", Rule::Anyone),
    ("/api/accounts/sign_up", Rule::Anyone),
    ("/api/accounts/sign_in", Rule::Anyone),
    ("/api/accounts/sign_out", Rule::Anyone),
    ("/api/accounts/request_reset", Rule::Anyone),
    ("/api/accounts/reset_password", Rule::Anyone),
    ("/api/accounts/sign_out_everywhere", Rule::SignedIn),
    ("/api/accounts/change_password", Rule::SignedIn),
    ("/api/partners/update", Rule::OrganizationEditors),
    ("/api/partners/record_kpi", Rule::OrganizationEditors),
    ("/api/partners/delete_kpi", Rule::OrganizationEditors),
    ("/api/partners/add_contact", Rule::OrganizationEditors),
    ("/api/partners/remove_contact", Rule::OrganizationEditors),
    ("/api/partners/set_topic", Rule::OrganizationEditors),
    ("/api/partners/remove_topic", Rule::OrganizationEditors),
    ("/api/partners/create", Rule::SecretariatAdmins),
    ("/api/partners/merge", Rule::SecretariatAdmins),
    ("/api/topics/create", Rule::SecretariatAdmins),
    ("/api/topics/rename", Rule::SecretariatAdmins),
    ("/api/admin/accounts", Rule::SecretariatAdmins),
    ("/api/admin/set_role", Rule::SecretariatAdmins),
    ("/api/admin/set_membership", Rule::SecretariatAdmins),
    ("/api/admin/remove_membership", Rule::SecretariatAdmins),
    ("/api/admin/outbox", Rule::SecretariatAdmins),
];

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
            accounts,
            target_account,
            serial: std::cell::Cell::new(0),
        }
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
            "/api/accounts/sign_in" => vec![
                ("email", "nobody@test.example".into()),
                ("password", "wrong password here".into()),
            ],
            "/api/accounts/sign_out"
            | "/api/accounts/sign_out_everywhere"
            | "/api/admin/outbox" => vec![],
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
                    kpi: Set("metering_level".into()),
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
                    update(&format!("Keep {n}")).parse().unwrap(),
                )
                .await
                .unwrap();
                let b = app::partners::service::create(
                    &app.db,
                    app::partners::OrganizationKind::Utility,
                    update(&format!("Dup {n}")).parse().unwrap(),
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
            other => panic!("no request body for {other}"),
        };
        pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
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
        let app = TestApp::spawn(backend).await;
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
                    // Allowed: the call went through to the function's own checks (a wrong
                    // password is still a 422, not a 401/403) and nothing failed.
                    !matches!(status, 401 | 403) && status < 500
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
