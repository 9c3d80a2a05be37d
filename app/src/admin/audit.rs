//! The audit trail on the admin page: who granted or revoked roles, decided memberships,
//! changed the network flag, deactivated accounts or merged organizations, and when. Filtered
//! by action, actor, subject and dates (carried in the page's query string), newest first, and
//! downloadable as CSV with the same filters (`GET /admin/audit.csv?…`). Secretariat admins
//! only.

use crate::accounts::audit::{AuditAction, AuditEntry};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::shell::forms::{FieldMessage, FormAlert};
use crate::t;
use chrono::NaiveDate;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Most entries the page shows; the CSV holds up to [`CSV_LIMIT`].
pub const PAGE_LIMIT: u64 = 200;
pub const CSV_LIMIT: u64 = 10_000;

/// A filter on the trail, checked.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AuditFilter {
    pub action: Option<AuditAction>,
    /// Words in the actor's name or email.
    pub who: String,
    /// Words in the subject (a person's name or email, an organization).
    pub on: String,
    /// First day, inclusive (UTC).
    pub from: Option<NaiveDate>,
    /// Last day, inclusive (UTC).
    pub to: Option<NaiveDate>,
}

impl AuditFilter {
    /// Reads the filter from query-string parameters; a bad value is a message (in `lang`)
    /// next to its field (a 400).
    pub fn parse(
        get: impl Fn(&str) -> Option<String>,
        lang: Lang,
    ) -> Result<AuditFilter, AppError> {
        let text = |k: &str| {
            get(k)
                .map(|v| v.trim().chars().take(100).collect::<String>())
                .unwrap_or_default()
        };
        let mut errors = crate::error::FieldErrors::default();
        let action = match text("action").as_str() {
            "" => None,
            code => AuditAction::from_code(code).or_else(|| {
                errors.add("action", t!(lang, "admin-audit-choose-action"));
                None
            }),
        };
        let mut date = |k: &'static str| match text(k).as_str() {
            "" => None,
            v => NaiveDate::parse_from_str(v, "%Y-%m-%d").ok().or_else(|| {
                errors.add(k, t!(lang, "admin-audit-date-format"));
                None
            }),
        };
        let from = date("from");
        let to = date("to");
        if let (Some(f), Some(t)) = (from, to) {
            if t < f {
                errors.add("to", t!(lang, "admin-audit-dates-reversed"));
            }
        }
        errors.into_result()?;
        Ok(AuditFilter {
            action,
            who: text("who"),
            on: text("on"),
            from,
            to,
        })
    }

    /// The query string (without `?`) that carries this filter.
    pub fn to_query_string(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(a) = self.action {
            pairs.push(("action", a.as_code().to_owned()));
        }
        if !self.who.is_empty() {
            pairs.push(("who", self.who.clone()));
        }
        if !self.on.is_empty() {
            pairs.push(("on", self.on.clone()));
        }
        if let Some(d) = self.from {
            pairs.push(("from", d.to_string()));
        }
        if let Some(d) = self.to {
            pairs.push(("to", d.to_string()));
        }
        crate::query_string::build(pairs)
    }
}

/// The trail's newest entries that match (secretariat admins only).
#[server(prefix = "/api", endpoint = "admin/audit")]
pub async fn audit_trail(
    action: String,
    who: String,
    on: String,
    from: String,
    to: String,
) -> Result<Vec<AuditEntry>, AppError> {
    crate::accounts::auth::require_role(crate::accounts::Role::SecretariatAdmin).await?;
    let fields = [
        ("action", action),
        ("who", who),
        ("on", on),
        ("from", from),
        ("to", to),
    ];
    let filter = AuditFilter::parse(
        |k| {
            fields
                .iter()
                .find(|(name, _)| *name == k)
                .map(|(_, v)| v.clone())
        },
        crate::i18n::current(),
    )?;
    let db = crate::state::db()?;
    ssr::entries(&db, &filter, PAGE_LIMIT, crate::i18n::current()).await
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use super::{AuditFilter, CSV_LIMIT};
    use crate::accounts::audit::{entity, AuditEntry};
    use crate::accounts::auth::user_from_headers;
    use crate::accounts::Role;
    use crate::error::AppError;
    use crate::i18n::Lang;
    use crate::partners::export::defuse;
    use crate::search::contains_ignoring_case;
    use crate::state::AppState;
    use crate::t;
    use axum::extract::{Query, State};
    use axum::http::{header, HeaderMap};
    use axum::response::{IntoResponse, Response};
    use sea_orm::{
        ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    };
    use std::collections::HashMap;

    /// Midnight UTC starting `day`.
    fn start_of(day: chrono::NaiveDate) -> chrono::DateTime<chrono::Utc> {
        day.and_time(chrono::NaiveTime::MIN).and_utc()
    }

    /// The entries `filter` selects, newest first, as a reader of `lang` sees them.
    pub async fn entries(
        db: &DatabaseConnection,
        filter: &AuditFilter,
        limit: u64,
        lang: Lang,
    ) -> Result<Vec<AuditEntry>, AppError> {
        use entity::Column as C;
        let mut select = entity::Entity::find();
        if let Some(action) = filter.action {
            select = select.filter(C::Action.eq(action));
        }
        if !filter.who.is_empty() {
            select = select.filter(contains_ignoring_case(C::ActorName, &filter.who));
        }
        if !filter.on.is_empty() {
            select = select.filter(contains_ignoring_case(C::Subject, &filter.on));
        }
        if let Some(from) = filter.from {
            select = select.filter(C::At.gte(start_of(from)));
        }
        if let Some(to) = filter.to.and_then(|d| d.succ_opt()) {
            select = select.filter(C::At.lt(start_of(to)));
        }
        Ok(select
            .order_by_desc(C::At)
            .order_by_desc(C::Id)
            .limit(limit)
            .all(db)
            .await?
            .into_iter()
            .map(|row| AuditEntry::from(row).told_in(lang))
            .collect())
    }

    /// `GET /admin/audit.csv?action=&who=&on=&from=&to=` (secretariat admins).
    pub async fn audit_csv(
        State(state): State<AppState>,
        Query(params): Query<HashMap<String, String>>,
        headers: HeaderMap,
    ) -> Response {
        let result = async {
            let user = user_from_headers(&state.db, &headers)
                .await?
                .ok_or(AppError::Unauthenticated)?;
            if !user.has_role(Role::SecretariatAdmin) {
                return Err(AppError::Forbidden);
            }
            let lang = crate::i18n::request::of_headers(&headers);
            let filter = AuditFilter::parse(|k| params.get(k).cloned(), lang)?;
            let rows = entries(&state.db, &filter, CSV_LIMIT, lang).await?;
            let failed = |e: csv::Error| {
                tracing::error!(error = %e, "could not write the audit CSV");
                AppError::Internal
            };
            let mut writer = csv::Writer::from_writer(Vec::new());
            writer
                .write_record([
                    t!(lang, "admin-audit-csv-when"),
                    t!(lang, "admin-audit-who"),
                    t!(lang, "admin-audit-what"),
                    t!(lang, "admin-audit-on"),
                    t!(lang, "admin-audit-details"),
                ])
                .map_err(failed)?;
            for e in rows {
                writer
                    .write_record([
                        e.at.format("%Y-%m-%d %H:%M:%S").to_string(),
                        defuse(&e.actor),
                        e.action.label(lang),
                        defuse(&e.subject),
                        defuse(&e.details),
                    ])
                    .map_err(failed)?;
            }
            writer.into_inner().map_err(|e| {
                tracing::error!(error = %e, "could not finish the audit CSV");
                AppError::Internal
            })
        }
        .await;
        match result {
            Ok(body) => (
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                    (
                        header::CONTENT_DISPOSITION,
                        "attachment; filename=\"waterlinks-audit.csv\"",
                    ),
                    (header::CACHE_CONTROL, "private, no-store"),
                ],
                body,
            )
                .into_response(),
            Err(e) => e.into_response(),
        }
    }
}

/// The admin page's "Audit trail" section; its filter is a GET form on `/admin`.
#[component]
pub fn AuditPanel() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let param = move |k: &str| query.with(|q| q.get(k).unwrap_or_default());
    let entries = Resource::new(
        move || {
            (
                param("action"),
                param("who"),
                param("on"),
                param("from"),
                param("to"),
            )
        },
        |(action, who, on, from, to)| audit_trail(action, who, on, from, to),
    );
    // The filter is in the address: its mistakes are known before the server answers.
    let lang = crate::i18n::current();
    let error = Signal::derive(move || AuditFilter::parse(|k| Some(param(k)), lang).err());
    view! {
        <section class="panel" aria-labelledby="audit-heading">
            <h2 id="audit-heading">{t!(lang, "admin-audit-title")}</h2>
            <p class="muted">{t!(lang, "admin-audit-lead")}</p>
            <FormAlert error />
            <form method="get" action="/admin#audit-heading" class="form form--inline" role="search" aria-label=t!(lang, "admin-audit-filter-label")>
                <div class="field">
                    <label for="audit-action">{t!(lang, "admin-audit-action")}</label>
                    <select id="audit-action" name="action">
                        <option value="" selected=move || param("action").is_empty()>{t!(lang, "admin-audit-all-actions")}</option>
                        {AuditAction::ALL.into_iter().map(|a| view! {
                            <option value=a.as_code() selected=move || param("action") == a.as_code()>{a.label(lang)}</option>
                        }).collect_view()}
                    </select>
                    <FieldMessage error field="action" />
                </div>
                <div class="field">
                    <label for="audit-who">{t!(lang, "admin-audit-who-field")}</label>
                    <input id="audit-who" name="who" type="search" value=move || param("who") />
                </div>
                <div class="field">
                    <label for="audit-on">{t!(lang, "admin-audit-on")}</label>
                    <input id="audit-on" name="on" type="search" value=move || param("on") />
                </div>
                <div class="field">
                    <label for="audit-from">{t!(lang, "admin-audit-from")}</label>
                    <input id="audit-from" name="from" type="date" value=move || param("from") />
                    <FieldMessage error field="from" />
                </div>
                <div class="field">
                    <label for="audit-to">{t!(lang, "admin-audit-to")}</label>
                    <input id="audit-to" name="to" type="date" value=move || param("to") />
                    <FieldMessage error field="to" />
                </div>
                <button type="submit" class="button button--secondary">{t!(lang, "admin-audit-filter")}</button>
            </form>
            <Transition fallback=move || view! { <p class="muted">{t!(lang, "admin-audit-loading")}</p> }>
                {move || Suspend::new(async move {
                    match entries.await {
                        Ok(list) => {
                            let filter = AuditFilter::parse(|k| Some(param(k)), lang).unwrap_or_default();
                            view! { <AuditTable list filter /> }.into_any()
                        }
                        // A mistake in the filter is already shown next to its field.
                        Err(AppError::Invalid(_)) => ().into_any(),
                        Err(e) => {
                            let error = Signal::derive(move || Some(e.clone()));
                            view! { <FormAlert error /> }.into_any()
                        }
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn AuditTable(list: Vec<AuditEntry>, filter: AuditFilter) -> impl IntoView {
    let qs = filter.to_query_string();
    let csv_href = if qs.is_empty() {
        "/admin/audit.csv".to_owned()
    } else {
        format!("/admin/audit.csv?{qs}")
    };
    let lang = crate::i18n::current();
    let count = match list.len() {
        0 => t!(lang, "admin-audit-none"),
        n if n as u64 >= PAGE_LIMIT => t!(lang, "admin-audit-newest", count = n),
        n => t!(lang, "admin-audit-count", count = n),
    };
    view! {
        <div class="results-bar">
            <p class="muted" role="status" id="audit-count">{count}</p>
            <a href=csv_href class="button button--secondary" rel="external" download="">{t!(lang, "admin-audit-download")}</a>
        </div>
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{t!(lang, "admin-audit-caption")}</caption>
                <thead><tr>
                    <th scope="col">{t!(lang, "admin-audit-when")}</th>
                    <th scope="col">{t!(lang, "admin-audit-who")}</th>
                    <th scope="col">{t!(lang, "admin-audit-what")}</th>
                    <th scope="col">{t!(lang, "admin-audit-on")}</th>
                    <th scope="col">{t!(lang, "admin-audit-details")}</th>
                </tr></thead>
                <tbody>
                    {list.into_iter().map(|e| view! {
                        <tr data-audit=e.action.as_code()>
                            <td>{t!(
                                lang,
                                "admin-audit-at",
                                date = crate::i18n::format::date_medium(lang, e.at.date_naive()),
                                time = crate::i18n::format::time(lang, e.at.time())
                            )}</td>
                            <td>{e.actor}</td>
                            <td>{e.action.label(lang)}</td>
                            <td>{e.subject}</td>
                            <td>{e.details}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn parse(pairs: &[(&str, &str)]) -> Result<AuditFilter, AppError> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        AuditFilter::parse(|k| map.get(k).cloned(), Lang::En)
    }

    #[test]
    fn a_filter_travels_in_the_query_string_and_back() {
        let f = parse(&[
            ("action", "membership_approved"),
            ("who", " Ana "),
            ("from", "2026-12-01"),
            ("to", "2026-12-06"),
        ])
        .unwrap();
        assert_eq!(f.action, Some(AuditAction::MembershipApproved));
        assert_eq!(f.who, "Ana");
        let again = crate::query_string::parse(&f.to_query_string());
        let map: HashMap<String, String> = again.into_iter().collect();
        assert_eq!(
            AuditFilter::parse(|k| map.get(k).cloned(), Lang::En).unwrap(),
            f
        );
        assert_eq!(parse(&[]).unwrap(), AuditFilter::default());
    }

    #[test]
    fn bad_values_are_named_next_to_their_field() {
        let e = parse(&[("action", "nope"), ("from", "yesterday")]).unwrap_err();
        assert!(e.field_message("action").is_some());
        assert!(e.field_message("from").is_some());
        let e = parse(&[("from", "2026-12-06"), ("to", "2026-12-01")]).unwrap_err();
        assert!(e.field_message("to").is_some());
    }
}
