//! The secretariat's admin page: people and roles, organizations, topics, and the mail outbox.

use super::people::{list_accounts, AccountSummary, RemoveMembership, SetMembership, SetRole};
use super::MergeOrganizations;
use crate::accounts::{user_context, Role};
use crate::error::AppError;
use crate::partners::membership::{pending_join_requests, DecideJoinRequest, RequestItem};
use crate::partners::{
    list_organizations, CreateOrganization, OrganizationKind, OrganizationSummary,
};
use crate::shell::forms::{FieldMessage, FormAlert, InputField};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn AdminPage() -> impl IntoView {
    let context = user_context();
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "admin-title") />
        <h1>{t!(lang, "admin-title")}</h1>
        <p class="lead">{t!(lang, "admin-lead")}</p>
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "admin-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                match context.user.await? {
                    Some(user) if user.has_role(Role::SecretariatAdmin) => Ok(view! { <AdminSections /> }.into_any()),
                    Some(_) => Err(AppError::Forbidden),
                    None => Ok(view! {
                        <p>{t!(lang, "admin-sign-in-as-admin")}</p>
                        <A href="/sign-in" attr:class="button">{t!(lang, "admin-sign-in")}</A>
                    }.into_any()),
                }
            }))}
        </Transition>
    }
}

#[component]
fn AdminSections() -> impl IntoView {
    let set_role = crate::shell::flash::action::<SetRole>();
    let set_membership = crate::shell::flash::action::<SetMembership>();
    let remove_membership = crate::shell::flash::action::<RemoveMembership>();
    let create = crate::shell::flash::action::<CreateOrganization>();
    let merge = crate::shell::flash::action::<MergeOrganizations>();
    let query = leptos_router::hooks::use_query_map();
    let search = move || query.with(|q| q.get("people").unwrap_or_default());
    let accounts = Resource::new(
        move || {
            (
                search(),
                set_role.version().get(),
                set_membership.version().get(),
                remove_membership.version().get(),
            )
        },
        |(search, ..)| list_accounts(search),
    );
    let organizations = Resource::new(
        move || (create.version().get(), merge.version().get()),
        |_| list_organizations(),
    );
    let people_error = Signal::derive(move || {
        set_role
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| set_membership.value().get().and_then(Result::err))
            .or_else(|| remove_membership.value().get().and_then(Result::err))
    });
    let actions = PeopleActions {
        set_role,
        set_membership,
        remove_membership,
    };
    let lang = crate::i18n::current();

    view! {
        <div class="admin">
        <section class="panel" aria-labelledby="people-heading">
            <h2 id="people-heading">{t!(lang, "admin-people-title")}</h2>
            <form method="get" action="/admin" class="form form--inline" role="search">
                <div class="field">
                    <label for="admin-search">{t!(lang, "admin-people-search")}</label>
                    <input id="admin-search" name="people" type="search" value=search />
                </div>
                <button type="submit" class="button button--secondary">{t!(lang, "admin-find")}</button>
            </form>
            <FormAlert error=people_error />
            <Transition fallback=move || view! { <p class="muted">{t!(lang, "admin-loading-people")}</p> }>
                {move || Suspend::new(crate::shell::or_error_panel(async move {
                    let accounts = accounts.await?;
                    let organizations = organizations.await?;
                    Ok::<_, AppError>(view! {
                        <ul class="card-list">
                            {accounts.into_iter().map(|account| view! {
                                <PersonCard account organizations=organizations.clone() actions />
                            }).collect_view()}
                        </ul>
                    })
                }))}
            </Transition>
        </section>
        <JoinRequestsAdmin />
        <OrganizationsAdmin organizations create merge />
        <super::topics::TopicsAdmin />
        <super::outbox::OutboxPanel />
        <super::audit::AuditPanel />
        </div>
    }
}

#[derive(Clone, Copy)]
struct PeopleActions {
    set_role: ServerAction<SetRole>,
    set_membership: ServerAction<SetMembership>,
    remove_membership: ServerAction<RemoveMembership>,
}

#[component]
fn PersonCard(
    account: AccountSummary,
    organizations: Vec<OrganizationSummary>,
    actions: PeopleActions,
) -> impl IntoView {
    let PeopleActions {
        set_role,
        set_membership,
        remove_membership,
    } = actions;
    let id = account.id;
    let select_id = format!("member-org-{}", account.id);
    let admin_id = format!("member-admin-{}", account.id);
    let lang = crate::i18n::current();
    view! {
        <li class="card" data-account=account.email.clone()>
            <h3 class="card__title">{account.name.clone()}</h3>
            <p class="card__meta">{account.email.clone()}</p>
            <super::account_status::AccountStatusForm account_id=id deactivated=account.deactivated />
            <div class="role-list" role="group" aria-label=t!(lang, "admin-roles-of", name = account.name.clone())>
                {Role::ALL.into_iter().map(|role| {
                    let has = account.roles.contains(&role);
                    view! {
                        <ActionForm action=set_role attr:class="inline-form">
                            <input type="hidden" name="account_id" value=id.to_string() />
                            <input type="hidden" name="role" value=role.as_code() />
                            <input type="hidden" name="granted" value=(!has).to_string() />
                            <button type="submit" class=if has { "chip chip--on" } else { "chip" } aria-pressed=has.to_string()>
                                {role.label(lang)}
                            </button>
                        </ActionForm>
                    }
                }).collect_view()}
            </div>
            <ul class="plain-list">
                {account.memberships.clone().into_iter().map(|m| {
                    let label = if m.is_admin {
                        t!(lang, "admin-membership-admin", organization = m.organization_name.clone())
                    } else {
                        t!(lang, "admin-membership-member", organization = m.organization_name.clone())
                    };
                    view! {
                        <li>
                            {label} " "
                            <ActionForm action=set_membership attr:class="inline-form">
                                <input type="hidden" name="account_id" value=id.to_string() />
                                <input type="hidden" name="organization_id" value=m.organization_id.to_string() />
                                {(!m.is_admin).then(|| view! { <input type="hidden" name="is_admin" value="on" /> })}
                                <button type="submit" class="link-button">{if m.is_admin { t!(lang, "admin-make-member") } else { t!(lang, "admin-make-admin") }}</button>
                            </ActionForm>
                            <ActionForm action=remove_membership attr:class="inline-form">
                                <input type="hidden" name="account_id" value=id.to_string() />
                                <input type="hidden" name="organization_id" value=m.organization_id.to_string() />
                                <button type="submit" class="link-button">{t!(lang, "admin-remove")}</button>
                            </ActionForm>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <ActionForm action=set_membership attr:class="form form--inline">
                <input type="hidden" name="account_id" value=id.to_string() />
                <div class="field">
                    <label for=select_id.clone()>{t!(lang, "admin-add-to-organization")}</label>
                    <select id=select_id name="organization_id">
                        {organizations.into_iter().map(|o| view! {
                            <option value=o.id.to_string()>{format!("{} ({})", o.name, o.country)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <label class="check" for=admin_id.clone()><input id=admin_id.clone() type="checkbox" name="is_admin" value="on" />" " {t!(lang, "admin-as-organization-admin")}</label>
                <button type="submit" class="button button--secondary">{t!(lang, "admin-add")}</button>
            </ActionForm>
        </li>
    }
}

#[component]
fn OrganizationsAdmin(
    organizations: Resource<Result<Vec<OrganizationSummary>, AppError>>,
    create: ServerAction<CreateOrganization>,
    merge: ServerAction<MergeOrganizations>,
) -> impl IntoView {
    let create_error = Signal::derive(move || create.value().get().and_then(Result::err));
    let merge_error = Signal::derive(move || merge.value().get().and_then(Result::err));
    let lang = crate::i18n::current();
    view! {
        <section class="panel" aria-labelledby="orgs-heading">
            <h2 id="orgs-heading">{t!(lang, "admin-organizations-title")}</h2>
            <h3>{t!(lang, "admin-add-organization-title")}</h3>
            <ActionForm action=create attr:class="form" attr:novalidate=true>
                <FormAlert error=create_error />
                <Show when=move || matches!(create.value().get(), Some(Ok(_)))>
                    <p class="form__success" role="status">{t!(lang, "admin-organization-added")}</p>
                </Show>
                <div class="field">
                    <label for="create-kind">{t!(lang, "admin-kind")}</label>
                    <select id="create-kind" name="kind">
                        {OrganizationKind::ALL.into_iter().map(|k| view! { <option value=k.as_code()>{k.name(lang)}</option> }).collect_view()}
                    </select>
                    <FieldMessage error=create_error field="kind" />
                </div>
                <InputField form="create" name="name" label=t!(lang, "admin-name") error=create_error />
                <InputField form="create" name="country" label=t!(lang, "admin-country") error=create_error />
                <InputField form="create" name="city" label=t!(lang, "admin-city") error=create_error required=false />
                <button type="submit" class="button">{t!(lang, "admin-add-organization")}</button>
            </ActionForm>
            <h3>{t!(lang, "admin-merge-title")}</h3>
            <p class="muted">{t!(lang, "admin-merge-lead")}</p>
            <Transition fallback=|| ()>
                {move || Suspend::new(crate::shell::or_error_panel(async move {
                    let organizations = organizations.await?;
                    let options = move || organizations.iter().map(|o| view! {
                        <option value=o.id.to_string()>{format!("{} ({}, #{})", o.name, o.country, o.id)}</option>
                    }).collect_view();
                    Ok::<_, AppError>(view! {
                        <ActionForm action=merge attr:class="form" attr:novalidate=true>
                            <FormAlert error=merge_error />
                            <Show when=move || matches!(merge.value().get(), Some(Ok(_)))>
                                <p class="form__success" role="status">{t!(lang, "admin-merged")}</p>
                            </Show>
                            <div class="field">
                                <label for="merge-keep">{t!(lang, "admin-merge-keep")}</label>
                                <select id="merge-keep" name="keep_id">{options()}</select>
                            </div>
                            <div class="field">
                                <label for="merge-duplicate">{t!(lang, "admin-merge-duplicate")}</label>
                                <select id="merge-duplicate" name="duplicate_id">{options()}</select>
                                <FieldMessage error=merge_error field="duplicate_id" />
                            </div>
                            <button type="submit" class="button button--danger">{t!(lang, "admin-merge-button")}</button>
                        </ActionForm>
                    })
                }))}
            </Transition>
        </section>
    }
}

/// Every request to join an organization that waits for a decision: the secretariat decides
/// for organizations without admins, and may step in for any.
#[component]
fn JoinRequestsAdmin() -> impl IntoView {
    let decide = crate::shell::flash::action::<DecideJoinRequest>();
    let requests = Resource::new(move || decide.version().get(), |_| pending_join_requests());
    let error = Signal::derive(move || decide.value().get().and_then(Result::err));
    let lang = crate::i18n::current();
    view! {
        <section class="panel" aria-labelledby="join-requests-heading">
            <h2 id="join-requests-heading">{t!(lang, "admin-join-requests-title")}</h2>
            <FormAlert error />
            <Transition fallback=move || view! { <p class="muted">{t!(lang, "admin-loading")}</p> }>
                {move || Suspend::new(crate::shell::or_error_panel(async move {
                    let requests = requests.await?;
                    Ok::<_, AppError>(if requests.is_empty() {
                        view! { <p class="muted">{t!(lang, "admin-no-join-requests")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="plain-list">
                                {requests.into_iter().map(|r| {
                                    let org = format!("/partners/{}", r.organization_id);
                                    let org_name = r.organization_name.clone();
                                    view! {
                                        <li>
                                            <p>{t!(lang, "admin-to-join")} " " <a href=org>{org_name}</a></p>
                                            <ul class="plain-list"><RequestItem request=r decide /></ul>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    })
                }))}
            </Transition>
        </section>
    }
}
