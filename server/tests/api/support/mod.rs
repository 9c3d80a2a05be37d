//! Starts the real application on a free port against a fresh database: a temporary SQLite
//! file always, and a fresh PostgreSQL database as well when `TEST_DATABASE_URL` is set.

#![allow(dead_code)]

pub mod smtp;

use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use server::config::Settings;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The backends every integration test runs on.
pub fn backends() -> Vec<Backend> {
    let mut all = vec![Backend::Sqlite];
    if std::env::var("TEST_DATABASE_URL").is_ok_and(|u| !u.is_empty()) {
        all.push(Backend::Postgres);
    }
    all
}

pub struct TestApp {
    pub backend: Backend,
    pub base_url: String,
    pub db: DatabaseConnection,
    pub settings: Settings,
    /// What the server's handlers share (its award hub, its stopping signal).
    pub state: app::state::AppState,
    pub client: reqwest::Client,
    _dir: tempfile::TempDir,
    pg_database: Option<(String, String)>,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// The `waterlinks` binary built with these tests. `TEST_WATERLINKS_BIN` may name a copy of
/// it: when several worktrees share one target directory, the built binary's path is shared
/// too, and another build may replace it while the tests run.
pub fn waterlinks_binary() -> std::path::PathBuf {
    std::env::var_os("TEST_WATERLINKS_BIN")
        .filter(|p| !p.is_empty())
        .map(Into::into)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_waterlinks").into())
}

/// One runtime for every test server in this test binary; it lives as long as the process.
fn server_runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("test server runtime")
    })
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> TestApp {
        TestApp::spawn_with(backend, |_| {}).await
    }

    /// Like [`TestApp::spawn`], with changed settings (an SMTP server, say).
    pub async fn spawn_with(backend: Backend, configure: impl FnOnce(&mut Settings)) -> TestApp {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut settings = Settings::default();
        settings.data_dir = dir.path().to_path_buf();
        settings.site_root = dir.path().join("site");
        settings.listen_addr = SocketAddr::from(([127, 0, 0, 1], 0));
        settings.max_body_bytes = 64 * 1024;
        // The server runs inside the test binary: PDFs are read by the real binary.
        settings.uploads.pdf_extractor = Some(waterlinks_binary());
        let mut pg_database = None;
        if backend == Backend::Postgres {
            let (url, admin_url, name) = new_pg_database().await;
            settings.database_url = Some(url);
            pg_database = Some((admin_url, name));
        }
        configure(&mut settings);
        // The server runs on a multi-threaded runtime of its own, as in production: a page
        // whose status or context depends on the thread it is polled on must show it here.
        let (ready_tx, ready_rx) = tokio::sync::oneshot::channel();
        let server_settings = settings.clone();
        server_runtime().spawn(async move {
            let mut settings = server_settings;
            let db = server::db::connect_and_migrate(&settings)
                .await
                .expect("database ready");
            let listener = tokio::net::TcpListener::bind(settings.listen_addr)
                .await
                .expect("bind");
            let addr = listener.local_addr().expect("local addr");
            settings.public_base_url = format!("http://{addr}");
            let options = server::leptos_options(&settings).expect("leptos options");
            let mailer = settings.mailer().expect("mailer");
            let state =
                server::router::state(&settings, options, db, mailer).expect("server state");
            let router = server::router::build(&settings, state.clone());
            let stopping = state.stopping.clone();
            let _ = ready_tx.send((addr, state));
            // The production connection loop, with its limits.
            server::serve_on(listener, router, &settings.connections, stopping).await;
        });
        let (addr, state) = ready_rx.await.expect("test server started");
        settings.public_base_url = format!("http://{addr}");
        // The test's own connection lives on the test's runtime (the server has migrated).
        let db = server::db::connect_and_migrate(&settings)
            .await
            .expect("database ready");
        TestApp {
            backend,
            base_url: format!("http://{addr}"),
            db,
            settings,
            state,
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                // A request that never answers fails its test with a message instead of
                // hanging the whole suite (CI once ran out of time on one).
                .timeout(std::time::Duration::from_secs(180))
                // Below the server's 10 s keep-alive (its header-read timeout), as a proxy in
                // front of it would be: a connection the server is closing is never reused
                // (a loaded CI machine once saw that race as "connection reset").
                .pool_idle_timeout(std::time::Duration::from_secs(5))
                .build()
                .expect("client"),
            _dir: dir,
            pg_database,
        }
    }

    /// The server's key for keyed hashes (kept in the database, as a server without the
    /// `secret_key` setting keeps it).
    pub async fn secret_key(&self) -> app::secret::SecretKey {
        app::secret::ServerSecret::new(self.settings.secret_key.as_ref().map(|s| s.expose()))
            .key(&self.db)
            .await
            .expect("server secret")
    }

    /// The body of the latest outbox message to `email` (when no SMTP server is configured,
    /// mail waits there), waiting a while for the first one: sign-up and reset write theirs
    /// after answering.
    pub async fn latest_outbox_to(&self, email: &str) -> String {
        use app::mail::entity::{Column, Entity};
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        for _ in 0..200 {
            let found = Entity::find()
                .filter(Column::Recipient.eq(email))
                .order_by_desc(Column::Id)
                .one(&self.db)
                .await
                .expect("outbox");
            if let Some(found) = found {
                return found.body;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("no mail to {email}")
    }

    /// How many outbox messages went to `email`.
    pub async fn outbox_count_to(&self, email: &str) -> i64 {
        self.count(&format!(
            "outbox_message WHERE recipient = '{}'",
            email.replace('\'', "''")
        ))
        .await
    }

    /// Waits (up to 10 s) until `table` (or `table WHERE ...`) counts at least `n` rows, and
    /// answers its count: for what sign-up and reset write after answering.
    pub async fn wait_for_count(&self, table: &str, n: i64) -> i64 {
        for _ in 0..200 {
            let found = self.count(table).await;
            if found >= n {
                return found;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        self.count(table).await
    }

    /// Posts `form` to `path` (sign-up, reset request) and waits for the one message it writes
    /// to `email` after answering. Answers the status, the body and whether a session cookie
    /// was set.
    pub async fn post_and_wait_for_mail(
        &self,
        path: &str,
        form: &[(&str, &str)],
        email: &str,
    ) -> (u16, String, bool) {
        let before = self.outbox_count_to(email).await;
        let res = self.post_form(path, form).await;
        let cookie = session_cookie_of(&res).is_some();
        let answer = (
            res.status().as_u16(),
            res.text().await.unwrap_or_default(),
            cookie,
        );
        if answer.0 == 200 {
            let table = format!("outbox_message WHERE recipient = '{email}'");
            let now = self.wait_for_count(&table, before + 1).await;
            assert!(now > before, "no message to {email} after {path}");
        }
        answer
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    /// Calls a server function the way an HTML form (or the hydrated app) does.
    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header("origin", &self.base_url)
            .form(form)
            .send()
            .await
            .expect("POST")
    }

    /// Calls a server function as the holder of `cookie` (or as a visitor).
    pub async fn post_as(
        &self,
        cookie: Option<&str>,
        path: &str,
        form: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut req = self
            .client
            .post(self.url(path))
            .header("origin", &self.base_url)
            .form(form);
        if let Some(cookie) = cookie {
            req = req.header("cookie", cookie);
        }
        req.send().await.expect("POST")
    }

    /// GET as the holder of `cookie`.
    pub async fn get_as(&self, cookie: &str, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .header("cookie", cookie)
            .send()
            .await
            .expect("GET")
    }

    /// An account with these roles, administering these organizations, and a signed-in
    /// session for it: returns the account id and the `Cookie` header value. The password is
    /// not usable (no hash is computed); tests of passwords sign up over HTTP instead.
    pub async fn person(
        &self,
        email: &str,
        roles: &[app::accounts::Role],
        admin_of: &[i32],
    ) -> (i32, String) {
        use app::accounts::entity::{account, organization_member};
        use sea_orm::{ActiveModelTrait, Set};
        let now = chrono::Utc::now();
        let created = account::ActiveModel {
            email: Set(email.to_owned()),
            name: Set(format!("Test {email}")),
            password_hash: Set("not-a-hash".to_owned()),
            created_at: Set(now),
            password_changed_at: Set(now),
            email_verified_at: Set(Some(now)),
            ..Default::default()
        }
        .insert(&self.db)
        .await
        .expect("account");
        for role in roles {
            app::accounts::service::grant_role(&self.db, created.id, *role)
                .await
                .expect("role");
        }
        for org in admin_of {
            organization_member::ActiveModel {
                account_id: Set(created.id),
                organization_id: Set(*org),
                is_admin: Set(true),
                joined_at: Set(now),
            }
            .insert(&self.db)
            .await
            .expect("membership");
        }
        (created.id, self.session_for(created.id).await)
    }

    /// An account that belongs to organization `org` as staff (not its admin), signed in: a
    /// member of the network. Returns the account id and the `Cookie` header value.
    pub async fn staff_of(&self, email: &str, org: i32) -> (i32, String) {
        use app::accounts::entity::organization_member;
        use sea_orm::{ActiveModelTrait, Set};
        let (id, cookie) = self
            .person(email, &[app::accounts::Role::Member], &[])
            .await;
        organization_member::ActiveModel {
            account_id: Set(id),
            organization_id: Set(org),
            is_admin: Set(false),
            joined_at: Set(chrono::Utc::now()),
        }
        .insert(&self.db)
        .await
        .expect("membership");
        (id, cookie)
    }

    /// A stranger: an account made through the real, open sign-up endpoint a minute ago,
    /// confirmed by its emailed link and signed in. Returns its `Cookie` header value.
    pub async fn sign_up_stranger(&self, email: &str) -> String {
        self.sign_up_confirmed("Just Signed Up", email, "a long enough passphrase")
            .await
    }

    /// Signs up over HTTP (which starts no session and answers the address) and waits for the
    /// message it writes, or panics.
    pub async fn sign_up_only(&self, name: &str, email: &str, password: &str) {
        let (status, body, _) = self
            .post_and_wait_for_mail(
                "/api/accounts/sign_up",
                &[("name", name), ("email", email), ("password", password)],
                email,
            )
            .await;
        assert_eq!(status, 200, "sign-up of {email}: {body}");
    }

    /// Signs up over HTTP, opens the emailed confirmation link and signs in, as a person does.
    /// Returns the session's `Cookie` header value.
    pub async fn sign_up_confirmed(&self, name: &str, email: &str, password: &str) -> String {
        self.sign_up_only(name, email, password).await;
        self.confirm_email_from_outbox(email).await;
        self.sign_in(email, password).await
    }

    /// The confirmation token in the latest message to `email`.
    pub async fn confirmation_token_for(&self, email: &str) -> String {
        let body = self.latest_outbox_to(email).await;
        word_after(&body, "/confirm-email?token=")
    }

    /// Opens the confirmation link of the latest message to `email`, or panics.
    pub async fn confirm_email_from_outbox(&self, email: &str) {
        let token = self.confirmation_token_for(email).await;
        let res = self
            .post_form("/api/accounts/confirm_email", &[("token", &token)])
            .await;
        let status = res.status();
        assert_eq!(
            status,
            200,
            "confirming {email}: {}",
            res.text().await.unwrap_or_default()
        );
    }

    /// Signs in over HTTP and returns the session's `Cookie` header value, or panics.
    pub async fn sign_in(&self, email: &str, password: &str) -> String {
        let res = self
            .post_form(
                "/api/accounts/sign_in",
                &[("email", email), ("password", password)],
            )
            .await;
        assert_eq!(res.status(), 200, "sign-in of {email}");
        session_cookie_of(&res).expect("the sign-in starts a session")
    }

    /// A fresh signed-in session for an existing account, as a `Cookie` header value.
    pub async fn session_for(&self, account_id: i32) -> String {
        let token = app::accounts::session::start(&self.db, account_id)
            .await
            .expect("session");
        format!("wl_session={token}")
    }

    /// The id of the organization called `name`.
    pub async fn organization_id(&self, name: &str) -> i32 {
        use app::partners::entity::organization;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        organization::Entity::find()
            .filter(organization::Column::Name.eq(name))
            .one(&self.db)
            .await
            .expect("query")
            .unwrap_or_else(|| panic!("no organization {name}"))
            .id
    }

    /// The whole demo network, as `waterlinks seed-demo` loads it.
    pub async fn seed_demo(&self) {
        seed_demo(&self.db).await;
    }

    /// The number of rows in every table of the schema, by table name.
    pub async fn table_counts(&self) -> std::collections::BTreeMap<String, i64> {
        table_counts(&self.db).await
    }

    pub async fn count(&self, table: &str) -> i64 {
        count(&self.db, table).await
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // The server stops with its test: its connections and tasks end.
        self.state.stopping.cancel();
        if let Some((admin_url, name)) = self.pg_database.take() {
            drop_pg_database(admin_url, name);
        }
    }
}

/// Creates a fresh PostgreSQL database next to `TEST_DATABASE_URL`: (its URL, the admin URL,
/// its name).
async fn new_pg_database() -> (String, String, String) {
    let admin_url = std::env::var("TEST_DATABASE_URL").expect("TEST_DATABASE_URL");
    let name = format!(
        "wl_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst),
        chrono::Utc::now().timestamp_subsec_nanos()
    );
    let admin = Database::connect(&admin_url)
        .await
        .expect("connect to TEST_DATABASE_URL");
    admin
        .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
        .await
        .expect("create test database");
    admin.close().await.ok();
    let mut url = url::Url::parse(&admin_url).expect("TEST_DATABASE_URL is a URL");
    url.set_path(&name);
    (url.to_string(), admin_url, name)
}

/// Drops a per-test database on a thread of its own: Drop cannot await.
fn drop_pg_database(admin_url: String, name: String) {
    let _ = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build();
        if let Ok(rt) = rt {
            // Bounded: a cleanup that cannot finish must not hang the suite.
            let cleanup = async {
                if let Ok(admin) = Database::connect(&admin_url).await {
                    let _ = admin
                        .execute_unprepared(&format!(
                            "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
                        ))
                        .await;
                }
            };
            rt.block_on(async {
                if tokio::time::timeout(std::time::Duration::from_secs(30), cleanup)
                    .await
                    .is_err()
                {
                    eprintln!("could not drop test database {name} within 30 s");
                }
            });
        }
    })
    .join();
}

/// Posts `form` to a server function as `cookie` (or signed out): the status and the JSON body
/// (`Null` when the body is not JSON).
pub async fn call(
    app: &TestApp,
    cookie: Option<&str>,
    path: &str,
    form: &[(&str, &str)],
) -> (u16, serde_json::Value) {
    let res = app.post_as(cookie, path, form).await;
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(serde_json::Value::Null))
}

/// The session cookie's `name=value` a response set, if any.
pub fn session_cookie_of(res: &reqwest::Response) -> Option<String> {
    res.headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| {
            let pair = v.split(';').next()?.trim();
            (pair.starts_with("wl_session=") && pair != "wl_session=").then(|| pair.to_owned())
        })
}

/// The message a refused form shows next to `field`, from a server function's error body.
pub fn field_message<'a>(body: &'a serde_json::Value, field: &str) -> Option<&'a str> {
    body["Invalid"]
        .as_array()?
        .iter()
        .find(|e| e["field"] == field)?["message"]
        .as_str()
}

/// The text after `marker` in `text`, up to the next whitespace.
pub fn word_after(text: &str, marker: &str) -> String {
    let start = text
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} in {text}"))
        + marker.len();
    text[start..]
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_owned()
}

pub async fn count(db: &DatabaseConnection, table: &str) -> i64 {
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            format!("SELECT COUNT(*) AS n FROM {table}"),
        ))
        .await
        .expect("count query")
        .expect("a row");
    row.try_get::<i64>("", "n").expect("count")
}

/// The number of rows in every table of the schema, by table name.
pub async fn table_counts(db: &DatabaseConnection) -> std::collections::BTreeMap<String, i64> {
    let sql = match db.get_database_backend() {
        sea_orm::DbBackend::Postgres => {
            "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public'"
        }
        _ => {
            "SELECT name AS t FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        }
    };
    let rows = db
        .query_all_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            sql,
        ))
        .await
        .expect("table list");
    let mut counts = std::collections::BTreeMap::new();
    for row in rows {
        let table: String = row.try_get("", "t").expect("table name");
        // The server's key is made on first need, by whichever task needs it first (a
        // background worker may, at any moment): not data anyone stored.
        if table == "server_secret" {
            continue;
        }
        let n = count(db, &format!("\"{table}\"")).await;
        counts.insert(table, n);
    }
    counts
}

/// The whole demo network, as `waterlinks seed-demo` loads it.
pub async fn seed_demo(db: &DatabaseConnection) {
    app::partners::demo::seed(db, 0)
        .await
        .expect("demo organizations");
    app::wops::demo::seed(db).await.expect("demo partnerships");
    app::training::demo::seed(db).await.expect("demo training");
    app::library::demo::seed(db).await.expect("demo library");
    app::forum::demo::seed(db).await.expect("demo Forum");
    app::stories::demo::seed(db).await.expect("demo stories");
    app::events::demo::seed(db).await.expect("demo events");
    app::awards::demo::seed(db).await.expect("demo awards");
    app::results::demo::seed(db).await.expect("demo results");
}

/// A connection to a new, empty database (no migrations run) on `backend`, and what keeps it
/// alive: a temporary SQLite file, or a fresh PostgreSQL database dropped with it.
pub struct EmptyDatabase {
    pub db: DatabaseConnection,
    _dir: tempfile::TempDir,
    pg: Option<PgDatabase>,
}

struct PgDatabase {
    admin_url: String,
    name: String,
}

impl EmptyDatabase {
    pub async fn new(backend: Backend) -> EmptyDatabase {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut settings = Settings::default();
        settings.data_dir = dir.path().to_path_buf();
        let mut pg = None;
        if backend == Backend::Postgres {
            let (url, admin_url, name) = new_pg_database().await;
            settings.database_url = Some(url);
            pg = Some(PgDatabase { admin_url, name });
        }
        let db = server::db::connect(&settings).await.expect("connect");
        EmptyDatabase { db, _dir: dir, pg }
    }
}

impl Drop for EmptyDatabase {
    fn drop(&mut self) {
        if let Some(pg) = self.pg.take() {
            drop_pg_database(pg.admin_url, pg.name);
        }
    }
}
