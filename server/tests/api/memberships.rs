//! Membership of organizations and the audit trail: a person asks to join an organization, its
//! admin approves (an email says so) and the person then sees members-only content; refusals
//! and withdrawals; only the organization's admins or the secretariat decide; members of an
//! organization outside the network see no members-only content; the directory and the API
//! show the network flag; and the admin page's audit trail (and its CSV) records every
//! decision, role change and merge, for secretariat admins only.

use crate::support;

use app::accounts::Role;
use serde_json::Value;
use support::{backends, call, field_message, TestApp};

struct Cast {
    org: i32,
    /// Davao City Water District's admin.
    org_admin: String,
    org_admin_email: &'static str,
    /// Hue Water Supply JSC's admin: an admin, but of another organization.
    other_admin: String,
    secretariat: String,
    /// A members-only knowledge product.
    product: i32,
}

/// The demo organizations, an organization admin, a secretariat admin and a members-only
/// product.
async fn cast(app: &TestApp) -> Cast {
    app::partners::demo::seed(&app.db, 0).await.unwrap();
    let org = app.organization_id("Davao City Water District").await;
    let other = app.organization_id("Hue Water Supply JSC").await;
    let org_admin_email = "ana@dcwd.example";
    let (_, org_admin) = app.person(org_admin_email, &[Role::Member], &[org]).await;
    let (_, other_admin) = app
        .person("admin@hue.example", &[Role::Member], &[other])
        .await;
    let (_, secretariat) = app
        .person(
            "sec@waterlinks.example",
            &[Role::Member, Role::SecretariatAdmin],
            &[],
        )
        .await;
    let (status, body) = call(
        app,
        Some(&secretariat),
        "/api/library/create",
        &[
            ("kind", "manual"),
            ("title", "Wombat Board Tariff Model"),
            ("summary", "The board's internal tariff model, for members."),
            ("authors", "Secretariat"),
            ("year", "2025"),
            ("language", "English"),
            ("licence", ""),
            ("access", "members"),
            ("topics[]", "billing"),
            ("countries", "Philippines"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    Cast {
        org,
        org_admin,
        org_admin_email,
        other_admin,
        secretariat,
        product: body.as_i64().unwrap() as i32,
    }
}

/// A signed-in person called `name` who belongs to nothing: (account id, cookie).
async fn newcomer(app: &TestApp, name: &str, email: &str) -> (i32, String) {
    use app::accounts::entity::account;
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    let (id, cookie) = app.person(email, &[Role::Member], &[]).await;
    let mut row: account::ActiveModel = account::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .into();
    row.name = Set(name.to_owned());
    row.update(&app.db).await.unwrap();
    (id, cookie)
}

async fn page(app: &TestApp, cookie: Option<&str>, path: &str) -> (u16, String) {
    let mut req = app.client.get(app.url(path));
    if let Some(cookie) = cookie {
        req = req.header("cookie", cookie);
    }
    let res = req.send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

/// The status of reading the members-only product as `cookie`.
async fn reads_product(app: &TestApp, cookie: &str, product: i32) -> u16 {
    call(
        app,
        Some(cookie),
        "/api/library/product",
        &[("id", &product.to_string())],
    )
    .await
    .0
}

/// The pending request ids an organization's deciders see.
async fn pending_ids(app: &TestApp, cookie: &str, org: i32) -> Vec<i64> {
    let (status, view) = call(
        app,
        Some(cookie),
        "/api/partners/membership",
        &[("organization_id", &org.to_string())],
    )
    .await;
    assert_eq!(status, 200, "{view}");
    view["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect()
}

/// The audit trail as `cookie` sees it through the admin page's server function.
async fn audit(app: &TestApp, cookie: Option<&str>, filter: &[(&str, &str)]) -> (u16, Value) {
    let mut form = vec![
        ("action", ""),
        ("who", ""),
        ("on", ""),
        ("from", ""),
        ("to", ""),
    ];
    for (k, v) in filter {
        form.retain(|(name, _)| name != k);
        form.push((k, v));
    }
    call(app, cookie, "/api/admin/audit", &form).await
}

fn actions(entries: &Value) -> Vec<String> {
    entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn an_approved_request_makes_a_network_member_with_an_email_and_an_audit_record() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        let org_page = format!("/partners/{}", c.org);
        let (_, rina) = newcomer(&app, "Rina Santos", "rina@example.org").await;
        let (_, stranger) = newcomer(&app, "Someone Else", "else@example.org").await;

        // Before: an account that belongs to nothing is refused members-only content.
        assert_eq!(
            reads_product(&app, &rina, c.product).await,
            403,
            "{backend:?}"
        );
        let (_, html) = page(&app, Some(&rina), &org_page).await;
        assert!(
            html.contains("Ask to join this organization"),
            "{backend:?}"
        );
        let (_, html) = page(&app, None, &org_page).await;
        assert!(
            html.contains("to ask to join Davao City Water District"),
            "{backend:?}"
        );
        assert!(
            !html.contains("Ask to join this organization"),
            "{backend:?}"
        );

        // Rina asks, with a note; the organization's admin is emailed a link to decide.
        let (status, body) = call(
            &app,
            Some(&rina),
            "/api/partners/ask_to_join",
            &[
                ("organization_id", &c.org.to_string()),
                ("message", "I run the billing team."),
            ],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}: {body}");
        let mail = app.latest_outbox_to(c.org_admin_email).await;
        assert!(
            mail.contains("Rina Santos (rina@example.org) asks to join Davao City Water District"),
            "{mail}"
        );
        assert!(mail.contains("I run the billing team."), "{mail}");
        assert!(
            mail.contains(&format!("{}#join-requests", app.url(&org_page))),
            "{mail}"
        );
        let (_, html) = page(&app, Some(&rina), &org_page).await;
        assert!(
            html.contains(
                "Your request to join Davao City Water District is waiting for a decision."
            ),
            "{backend:?}"
        );
        assert!(html.contains("Withdraw my request"), "{backend:?}");
        // Asking twice is a clear refusal, not a second request.
        let (status, _) = call(
            &app,
            Some(&rina),
            "/api/partners/ask_to_join",
            &[("organization_id", &c.org.to_string()), ("message", "")],
        )
        .await;
        assert_eq!(status, 409, "{backend:?}");

        // The admin sees the request on the organization page, with named buttons.
        let (_, html) = page(&app, Some(&c.org_admin), &org_page).await;
        assert!(
            html.contains("Requests to join Davao City Water District"),
            "{backend:?}"
        );
        assert!(
            html.contains("aria-label=\"Approve Rina Santos\""),
            "{backend:?}"
        );
        assert!(
            html.contains("aria-label=\"Refuse Rina Santos\""),
            "{backend:?}"
        );
        let ids = pending_ids(&app, &c.org_admin, c.org).await;
        assert_eq!(ids.len(), 1, "{backend:?}");
        let request = ids[0].to_string();
        // Others see no requests, and may not decide.
        assert!(pending_ids(&app, &stranger, c.org).await.is_empty());
        let decide = [("request_id", request.as_str()), ("decision", "approve")];
        for (who, cookie, expected) in [
            ("the asker", Some(&rina), 403),
            ("a stranger", Some(&stranger), 403),
            ("another organization's admin", Some(&c.other_admin), 403),
            ("a visitor", None, 401),
        ] {
            let (status, _) = call(
                &app,
                cookie.map(String::as_str),
                "/api/partners/decide_request",
                &decide,
            )
            .await;
            assert_eq!(status, expected, "{backend:?}: {who}");
        }
        assert_eq!(
            reads_product(&app, &rina, c.product).await,
            403,
            "{backend:?}"
        );

        // The admin approves: Rina is a member, is told so, and reads members-only content.
        let (status, body) = call(
            &app,
            Some(&c.org_admin),
            "/api/partners/decide_request",
            &decide,
        )
        .await;
        assert_eq!(status, 200, "{backend:?}: {body}");
        let mail = app.latest_outbox_to("rina@example.org").await;
        assert!(
            mail.contains(
                "Your request to join Davao City Water District on WaterLinks Hub was approved."
            ),
            "{mail}"
        );
        assert!(mail.contains(&app.url(&org_page)), "{mail}");
        assert_eq!(
            reads_product(&app, &rina, c.product).await,
            200,
            "{backend:?}"
        );
        let (_, html) = page(&app, Some(&rina), &org_page).await;
        assert!(
            html.contains("You are a member of Davao City Water District."),
            "{backend:?}"
        );
        // Deciding again is a clear refusal.
        let (status, body) = call(
            &app,
            Some(&c.org_admin),
            "/api/partners/decide_request",
            &[("request_id", request.as_str()), ("decision", "refuse")],
        )
        .await;
        assert_eq!(status, 409, "{backend:?}: {body}");
        assert!(body.to_string().contains("already approved"), "{body}");

        // The secretariat's audit trail shows who approved whom, and when.
        let (status, entries) = audit(
            &app,
            Some(&c.secretariat),
            &[("action", "membership_approved")],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}: {entries}");
        let entry = &entries[0];
        assert_eq!(entries.as_array().unwrap().len(), 1, "{entries}");
        assert!(
            entry["actor"].as_str().unwrap().contains(c.org_admin_email),
            "{entry}"
        );
        assert!(
            entry["subject"]
                .as_str()
                .unwrap()
                .contains("Rina Santos <rina@example.org>"),
            "{entry}"
        );
        assert!(
            entry["subject"]
                .as_str()
                .unwrap()
                .contains("Davao City Water District"),
            "{entry}"
        );
        let (status, html) = page(
            &app,
            Some(&c.secretariat),
            "/admin?action=membership_approved",
        )
        .await;
        assert_eq!(status, 200);
        assert!(html.contains("Audit trail"), "{backend:?}");
        assert!(html.contains("Membership approved"), "{backend:?}");
        assert!(
            html.contains("Rina Santos &lt;rina@example.org&gt;"),
            "{backend:?}"
        );
        assert!(
            html.contains("/admin/audit.csv?action=membership_approved"),
            "{backend:?}"
        );
        let res = app
            .get_as(
                &c.secretariat,
                "/admin/audit.csv?action=membership_approved",
            )
            .await;
        assert_eq!(res.status(), 200);
        assert!(res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv"));
        let csv = res.text().await.unwrap();
        assert!(
            csv.starts_with("When (UTC),Who,What,On whom or what,Details"),
            "{csv}"
        );
        assert!(csv.contains("Membership approved"), "{csv}");
        assert!(csv.contains("Rina Santos <rina@example.org>"), "{csv}");
    }
}

#[tokio::test]
async fn a_refused_request_is_emailed_and_audited_and_a_waiting_one_can_be_withdrawn() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        let org = c.org.to_string();
        let (_, bo) = newcomer(&app, "Bo Tran", "bo@example.org").await;
        let ask = [("organization_id", org.as_str()), ("message", "")];

        // Asked and withdrawn: nothing waits any more, and the admin never decides it.
        let (status, _) = call(&app, Some(&bo), "/api/partners/ask_to_join", &ask).await;
        assert_eq!(status, 200, "{backend:?}");
        let withdraw = [("organization_id", org.as_str())];
        let (status, _) = call(&app, Some(&bo), "/api/partners/withdraw_request", &withdraw).await;
        assert_eq!(status, 200, "{backend:?}");
        assert!(pending_ids(&app, &c.org_admin, c.org).await.is_empty());
        let (status, _) = call(&app, Some(&bo), "/api/partners/withdraw_request", &withdraw).await;
        assert_eq!(status, 409, "{backend:?}: nothing left to withdraw");

        // Asked again, and refused by the secretariat (which may decide for any organization).
        let (status, _) = call(&app, Some(&bo), "/api/partners/ask_to_join", &ask).await;
        assert_eq!(status, 200, "{backend:?}");
        let (status, all) = call(
            &app,
            Some(&c.secretariat),
            "/api/partners/pending_requests",
            &[],
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(all[0]["person_name"], "Bo Tran", "{all}");
        let request = all[0]["id"].as_i64().unwrap().to_string();
        let (_, html) = page(&app, Some(&c.secretariat), "/admin").await;
        assert!(
            html.contains("Requests to join organizations"),
            "{backend:?}"
        );
        assert!(
            html.contains("aria-label=\"Refuse Bo Tran\""),
            "{backend:?}"
        );
        let (status, body) = call(
            &app,
            Some(&c.secretariat),
            "/api/partners/decide_request",
            &[("request_id", &request), ("decision", "refuse")],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}: {body}");
        let mail = app.latest_outbox_to("bo@example.org").await;
        assert!(mail.contains("Your request to join Davao City Water District on WaterLinks Hub was not approved."), "{mail}");
        assert_eq!(
            reads_product(&app, &bo, c.product).await,
            403,
            "{backend:?}"
        );
        let (_, html) = page(&app, Some(&bo), &format!("/partners/{org}")).await;
        assert!(
            html.contains("Ask to join this organization"),
            "{backend:?}: may ask again"
        );

        let (_, entries) = audit(&app, Some(&c.secretariat), &[("on", "bo tran")]).await;
        assert_eq!(
            actions(&entries),
            ["membership_refused"],
            "{backend:?}: {entries}"
        );
        assert!(entries[0]["actor"]
            .as_str()
            .unwrap()
            .contains("sec@waterlinks.example"));
        // A decision that is neither approve nor refuse is named next to the field.
        let (status, body) = call(
            &app,
            Some(&c.secretariat),
            "/api/partners/decide_request",
            &[("request_id", &request), ("decision", "maybe")],
        )
        .await;
        assert_eq!(status, 422, "{body}");
        assert!(field_message(&body, "decision").is_some(), "{body}");
    }
}

#[tokio::test]
async fn members_of_organizations_outside_the_network_see_no_members_only_content() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        // A development partner works with the network without being a member of it.
        let adb = app.organization_id("Asian Development Bank").await;
        let (_, partner_staff) = app.staff_of("staff@adb.example", adb).await;
        let (_, member_staff) = app.staff_of("staff@dcwd.example", c.org).await;
        assert_eq!(
            reads_product(&app, &partner_staff, c.product).await,
            403,
            "{backend:?}"
        );
        assert_eq!(
            reads_product(&app, &member_staff, c.product).await,
            200,
            "{backend:?}"
        );
        // An organization without admins: the secretariat is asked to decide.
        let (_, asker) = newcomer(&app, "Ken Ito", "ken@example.org").await;
        let (status, _) = call(
            &app,
            Some(&asker),
            "/api/partners/ask_to_join",
            &[("organization_id", &adb.to_string()), ("message", "")],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");
        let mail = app.latest_outbox_to("sec@waterlinks.example").await;
        assert!(
            mail.contains("Ken Ito (ken@example.org) asks to join Asian Development Bank"),
            "{mail}"
        );
        // The API follows the same rule.
        let api = |cookie: String| {
            let app = &app;
            async move {
                app.get_as(&cookie, "/api/v1/knowledge-products")
                    .await
                    .text()
                    .await
                    .unwrap()
                    .contains("Wombat")
            }
        };
        assert!(!api(partner_staff.clone()).await, "{backend:?}");
        assert!(api(member_staff.clone()).await, "{backend:?}");

        // The directory, its JSON and the API say who is a member of the network.
        let flag = |v: &Value| v["organizations"][0]["network_member"].clone();
        let found: Value = app
            .get("/partners.json?q=Asian%20Development")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(flag(&found), false, "{backend:?}: {found}");
        let found: Value = app
            .get("/partners.json?q=Davao")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(flag(&found), true, "{backend:?}: {found}");
        let members: Value = app
            .get("/partners.json?network=members&q=a")
            .await
            .json()
            .await
            .unwrap();
        assert!(
            !members.to_string().contains("Asian Development Bank"),
            "{members}"
        );
        assert!(
            members.to_string().contains("Davao City Water District"),
            "{members}"
        );
        let (_, html) = page(&app, None, "/partners?q=Davao").await;
        assert!(html.contains("Network member"), "{backend:?}");
        let (_, html) = page(&app, None, &format!("/partners/{adb}")).await;
        assert!(html.contains("not a member of the network"), "{backend:?}");

        // Only the secretariat sets the flag; once set, the partner's staff are members.
        let set = [
            ("organization_id", adb.to_string()),
            ("network_member", "true".into()),
        ];
        let set: Vec<(&str, &str)> = set.iter().map(|(k, v)| (*k, v.as_str())).collect();
        for cookie in [&c.org_admin, &partner_staff] {
            let (status, _) = call(&app, Some(cookie), "/api/partners/network_member", &set).await;
            assert_eq!(status, 403, "{backend:?}");
        }
        let (status, body) = call(
            &app,
            Some(&c.secretariat),
            "/api/partners/network_member",
            &set,
        )
        .await;
        assert_eq!(status, 200, "{backend:?}: {body}");
        assert_eq!(
            reads_product(&app, &partner_staff, c.product).await,
            200,
            "{backend:?}"
        );
        assert!(api(partner_staff.clone()).await, "{backend:?}");
        let api_orgs: Value = app
            .get("/api/v1/organizations?per_page=100")
            .await
            .json()
            .await
            .unwrap();
        let listed = api_orgs["data"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["id"] == adb)
            .unwrap()
            .clone();
        assert_eq!(listed["network_member"], true, "{listed}");
        let (_, entries) = audit(
            &app,
            Some(&c.secretariat),
            &[("action", "network_membership_changed")],
        )
        .await;
        assert_eq!(entries[0]["subject"], "Asian Development Bank", "{entries}");
        assert_eq!(
            entries[0]["details"], "Made a member of the network",
            "{entries}"
        );
        let thai = format!("{}; wl_lang=th", c.secretariat);
        let (_, entries) = audit(
            &app,
            Some(&thai),
            &[("action", "network_membership_changed")],
        )
        .await;
        assert_eq!(
            entries[0]["details"], "ได้เป็นสมาชิกของเครือข่าย",
            "{backend:?}: {entries}"
        );
    }
}

#[tokio::test]
async fn role_grants_and_merges_are_audited_and_the_trail_is_filtered_and_for_the_secretariat_only()
{
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        let (lin, _) = newcomer(&app, "Lin Wu", "lin@example.org").await;
        let (status, _) = call(
            &app,
            Some(&c.secretariat),
            "/api/admin/set_role",
            &[
                ("account_id", &lin.to_string()),
                ("role", "trainer"),
                ("granted", "true"),
            ],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");
        let (status, _) = call(
            &app,
            Some(&c.secretariat),
            "/api/admin/set_membership",
            &[
                ("account_id", &lin.to_string()),
                ("organization_id", &c.org.to_string()),
            ],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");
        let new = |name: &str| {
            let name = name.to_owned();
            let db = app.db.clone();
            async move {
                app::partners::service::create(
                    &db,
                    app::partners::OrganizationKind::Utility,
                    app::partners::ProfileForm {
                        name,
                        country: "Fiji".into(),
                        ..Default::default()
                    }
                    .parse(app::i18n::Lang::En)
                    .unwrap(),
                )
                .await
                .unwrap()
            }
        };
        let keep = new("Suva Water").await;
        let dup = new("Suva Water (duplicate)").await;
        let (status, _) = call(
            &app,
            Some(&c.secretariat),
            "/api/partners/merge",
            &[
                ("keep_id", &keep.to_string()),
                ("duplicate_id", &dup.to_string()),
            ],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}");

        // Everything is there, newest first.
        let (_, all) = audit(&app, Some(&c.secretariat), &[]).await;
        assert_eq!(
            actions(&all),
            [
                "organizations_merged",
                "membership_approved",
                "role_granted"
            ],
            "{backend:?}: {all}"
        );
        assert_eq!(all[0]["subject"], "Suva Water (duplicate) → Suva Water");
        assert_eq!(all[2]["details"], "Trainer", "{all}");
        // The same trail read in Vietnamese: what was done and the role in its words.
        let vietnamese = format!("{}; wl_lang=vi", c.secretariat);
        let (_, in_vi) = audit(&app, Some(&vietnamese), &[]).await;
        assert_eq!(in_vi[2]["details"], "Giảng viên", "{backend:?}: {in_vi}");
        assert_eq!(
            in_vi[0]["details"], all[0]["details"],
            "names and numbers as written"
        );
        // Filters narrow it: by action, by subject, by who, by dates.
        let (_, roles) = audit(&app, Some(&c.secretariat), &[("action", "role_granted")]).await;
        assert_eq!(actions(&roles), ["role_granted"], "{backend:?}");
        let (_, on) = audit(&app, Some(&c.secretariat), &[("on", "SUVA")]).await;
        assert_eq!(actions(&on), ["organizations_merged"], "{backend:?}");
        let (_, nobody) = audit(&app, Some(&c.secretariat), &[("who", "ana@dcwd")]).await;
        assert!(actions(&nobody).is_empty(), "{backend:?}");
        let today = chrono::Utc::now().date_naive();
        let yesterday = (today - chrono::Days::new(1)).to_string();
        let (_, before) = audit(&app, Some(&c.secretariat), &[("to", &yesterday)]).await;
        assert!(actions(&before).is_empty(), "{backend:?}");
        let (_, since) = audit(&app, Some(&c.secretariat), &[("from", &today.to_string())]).await;
        assert_eq!(actions(&since).len(), 3, "{backend:?}");
        let (status, body) = audit(&app, Some(&c.secretariat), &[("from", "last week")]).await;
        assert_eq!(status, 422, "{body}");
        assert!(field_message(&body, "from").is_some(), "{body}");
        // The CSV has the same filters.
        let csv = app
            .get_as(&c.secretariat, "/admin/audit.csv?action=role_granted")
            .await
            .text()
            .await
            .unwrap();
        assert!(csv.contains("Role granted"), "{csv}");
        assert!(csv.contains("Lin Wu <lin@example.org>"), "{csv}");
        assert!(!csv.contains("Organizations merged"), "{csv}");
        let (_, html) = page(&app, Some(&c.secretariat), "/admin?from=last%20week").await;
        assert!(
            html.contains("Enter a date as YYYY-MM-DD."),
            "{backend:?}: next to the field"
        );
        let res = app
            .get_as(&c.secretariat, "/admin/audit.csv?from=soon")
            .await;
        assert_eq!(res.status(), 422, "{backend:?}");

        // Nobody else reads the trail.
        let (_, stranger) = newcomer(&app, "Curious", "curious@example.org").await;
        for (who, cookie, expected) in [
            ("a stranger", Some(&stranger), 403),
            ("an organization admin", Some(&c.org_admin), 403),
            ("a visitor", None, 401),
        ] {
            let (status, _) = audit(&app, cookie.map(String::as_str), &[]).await;
            assert_eq!(status, expected, "{backend:?}: {who}");
            let mut req = app.client.get(app.url("/admin/audit.csv"));
            if let Some(cookie) = cookie {
                req = req.header("cookie", cookie);
            }
            let res = req.send().await.unwrap();
            assert_eq!(res.status(), expected, "{backend:?}: {who} (CSV)");
            assert!(!res.text().await.unwrap().contains("Lin Wu"), "{who}");
        }
    }
}

/// The request's status column takes exactly the enum's codes (a new table carries its own
/// CHECK, like the columns of `typed_state`).
#[tokio::test]
async fn request_statuses_are_exactly_the_enums_codes_and_the_database_refuses_others() {
    use app::partners::membership::RequestStatus;
    use sea_orm::{ConnectionTrait, Statement};
    let codes: Vec<&str> = RequestStatus::ALL.iter().map(|s| s.as_code()).collect();
    assert_eq!(codes, migrations::m20261206_000019_memberships::STATUSES);
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        let (id, _) = newcomer(&app, "Typed", "typed@example.org").await;
        let insert = |status: &str| {
            Statement::from_string(
                app.db.get_database_backend(),
                format!(
                    "INSERT INTO membership_request (account_id, organization_id, message, \
                     status, created_at) VALUES ({id}, {}, '', '{status}', CURRENT_TIMESTAMP)",
                    c.org
                ),
            )
        };
        assert!(
            app.db.execute_raw(insert("maybe")).await.is_err(),
            "{backend:?}"
        );
        app.db
            .execute_raw(insert("pending"))
            .await
            .expect("a known code");
        // And one waiting request per person and organization.
        assert!(
            app.db.execute_raw(insert("pending")).await.is_err(),
            "{backend:?}"
        );
        app.db
            .execute_raw(insert("refused"))
            .await
            .expect("history may repeat");
    }
}

/// Membership in the reader's and the recipient's languages: the section and a refused note in
/// Vietnamese for a person who chose Vietnamese, the admin's email in the admin's (default)
/// English, and the decision emailed in Vietnamese though the admin decides in Thai.
#[tokio::test]
async fn membership_texts_and_letters_follow_each_persons_language() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let c = cast(&app).await;
        let (minh_id, minh) = newcomer(&app, "Nguyễn Văn Minh", "minh@example.org").await;
        // Minh chose Vietnamese on the account page: the choice is saved on the account.
        app::accounts::language::ssr::save(&app.db, minh_id, app::i18n::Lang::Vi)
            .await
            .unwrap();
        let minh_vi = format!("{minh}; wl_lang=vi");
        let org_page = format!("/partners/{}", c.org);
        let (_, html) = page(&app, Some(&minh_vi), &org_page).await;
        assert!(html.contains("Xin gia nhập tổ chức này"), "{backend:?}");
        assert!(html.contains("Tư cách thành viên"), "{backend:?}");

        let org = c.org.to_string();
        let long = "x".repeat(501);
        let (status, body) = call(
            &app,
            Some(&minh_vi),
            "/api/partners/ask_to_join",
            &[("organization_id", &org), ("message", &long)],
        )
        .await;
        assert_eq!(status, 422, "{backend:?}");
        assert_eq!(
            field_message(&body, "message"),
            Some("Ghi chú không được dài quá 500 ký tự."),
            "{backend:?}: {body}"
        );
        let (status, body) = call(
            &app,
            Some(&minh_vi),
            "/api/partners/ask_to_join",
            &[("organization_id", &org), ("message", "")],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}: {body}");
        // The admin chose no language: English.
        let mail = app.latest_outbox_to(c.org_admin_email).await;
        assert!(
            mail.contains(
                "Nguyễn Văn Minh (minh@example.org) asks to join Davao City Water District"
            ),
            "{mail}"
        );

        let request = pending_ids(&app, &c.org_admin, c.org).await[0].to_string();
        let admin_th = format!("{}; wl_lang=th", c.org_admin);
        let (status, body) = call(
            &app,
            Some(&admin_th),
            "/api/partners/decide_request",
            &[("request_id", request.as_str()), ("decision", "approve")],
        )
        .await;
        assert_eq!(status, 200, "{backend:?}: {body}");
        let mail = app.latest_outbox_to("minh@example.org").await;
        assert!(
            mail.contains(
                "Yêu cầu gia nhập Davao City Water District trên WaterLinks Hub của bạn đã được chấp thuận."
            ),
            "{mail}"
        );
    }
}
