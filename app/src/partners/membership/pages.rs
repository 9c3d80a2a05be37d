//! The organization page's membership section: ask to join (or withdraw), the requests waiting
//! for its admins, and the secretariat's network flag. Plain form posts all, so it works
//! without the WASM.

use super::{
    fetch_membership, AskToJoin, DecideJoinRequest, JoinRequest, MembershipView, SetNetworkMember,
    Standing, WithdrawJoinRequest,
};
use crate::error::AppError;
use crate::i18n::format::date_medium;
use crate::shell::forms::{error_of, FormAlert, TextAreaField};
use crate::t;
use leptos::prelude::*;

#[component]
pub fn MembershipPanel(organization_id: i32) -> impl IntoView {
    let ask = crate::shell::flash::action::<AskToJoin>();
    let withdraw = crate::shell::flash::action::<WithdrawJoinRequest>();
    let decide = crate::shell::flash::action::<DecideJoinRequest>();
    let flag = crate::shell::flash::action::<SetNetworkMember>();
    let view_data = Resource::new(
        move || {
            (
                ask.version().get(),
                withdraw.version().get(),
                decide.version().get(),
                flag.version().get(),
            )
        },
        move |_| fetch_membership(organization_id),
    );
    let actions = Actions {
        ask,
        withdraw,
        decide,
        flag,
    };
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let data = view_data.await?;
                Ok::<_, AppError>(view! { <Sections data actions /> })
            }))}
        </Transition>
    }
}

#[derive(Clone, Copy)]
struct Actions {
    ask: ServerAction<AskToJoin>,
    withdraw: ServerAction<WithdrawJoinRequest>,
    decide: ServerAction<DecideJoinRequest>,
    flag: ServerAction<SetNetworkMember>,
}

#[component]
fn Sections(data: MembershipView, actions: Actions) -> impl IntoView {
    let Actions {
        ask,
        withdraw,
        decide,
        flag,
    } = actions;
    let id = data.organization_id.to_string();
    let (id_ask, id_withdraw) = (id.clone(), id.clone());
    let name = data.organization_name.clone();
    let ask_error = error_of(ask.value());
    let withdraw_error = error_of(withdraw.value());
    let decide_error = error_of(decide.value());
    let flag_error = error_of(flag.value());
    let lang = crate::i18n::current();
    let standing = match data.standing {
        Standing::SignedOut => view! {
            <p>
                // The link's text is a message of its own; the rest follows it in every language.
                <a href="/sign-in">{t!(lang, "partners-sign-in")}</a>
                " " {t!(lang, "partners-sign-in-to-join", organization = name.clone())}
            </p>
        }
        .into_any(),
        Standing::MayAsk => view! {
            <ActionForm action=ask attr:class="form" attr:novalidate=true>
                <FormAlert error=ask_error />
                <input type="hidden" name="organization_id" value=id_ask />
                <TextAreaField form="join" name="message" label=t!(lang, "partners-join-note") error=ask_error
                    hint=t!(lang, "partners-join-note-hint") rows=2 />
                <button type="submit" class="button">{t!(lang, "partners-ask-to-join")}</button>
            </ActionForm>
        }
        .into_any(),
        Standing::Waiting => view! {
            <p role="status">{t!(lang, "partners-request-waiting", organization = name.clone())}</p>
            <ActionForm action=withdraw attr:class="inline-form">
                <FormAlert error=withdraw_error />
                <input type="hidden" name="organization_id" value=id_withdraw />
                <button type="submit" class="button button--secondary">{t!(lang, "partners-withdraw-request")}</button>
            </ActionForm>
        }
        .into_any(),
        Standing::Member => view! { <p>{t!(lang, "partners-you-are-member", organization = name.clone())}</p> }.into_any(),
        Standing::Admin => view! { <p>{t!(lang, "partners-you-are-admin", organization = name.clone())}</p> }.into_any(),
    };
    let network = if data.network_member {
        t!(
            lang,
            "partners-is-network-member",
            organization = name.clone()
        )
    } else {
        t!(
            lang,
            "partners-is-directory-partner",
            organization = name.clone()
        )
    };
    view! {
        <section aria-labelledby="membership-heading" class="membership">
            <h2 id="membership-heading">{t!(lang, "partners-membership")}</h2>
            <p class="muted">{network}</p>
            {data.sets_network_flag.then(|| view! {
                <ActionForm action=flag attr:class="inline-form">
                    <FormAlert error=flag_error />
                    <input type="hidden" name="organization_id" value=id />
                    <input type="hidden" name="network_member" value=(!data.network_member).to_string() />
                    <button type="submit" class="button button--secondary">
                        {if data.network_member { t!(lang, "partners-remove-from-network") } else { t!(lang, "partners-make-network-member") }}
                    </button>
                </ActionForm>
            })}
            {standing}
            {data.decides.then(|| view! {
                <Requests name=name.clone() requests=data.requests.clone() decide error=decide_error />
            })}
        </section>
    }
}

#[component]
fn Requests(
    name: String,
    requests: Vec<JoinRequest>,
    decide: ServerAction<DecideJoinRequest>,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let lang = crate::i18n::current();
    view! {
        <h3 id="join-requests">{t!(lang, "partners-requests-to-join", organization = name)}</h3>
        <FormAlert error />
        {if requests.is_empty() {
            view! { <p class="muted">{t!(lang, "partners-no-requests")}</p> }.into_any()
        } else {
            view! {
                <ul class="plain-list">
                    {requests.into_iter().map(|r| view! { <RequestItem request=r decide /> }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

/// One waiting request with its two buttons; also used by the admin page.
#[component]
pub fn RequestItem(request: JoinRequest, decide: ServerAction<DecideJoinRequest>) -> impl IntoView {
    let id = request.id.to_string();
    let (id_a, id_b) = (id.clone(), id.clone());
    let lang = crate::i18n::current();
    let approve_label = t!(
        lang,
        "partners-approve-label",
        person = request.person_name.clone()
    );
    let refuse_label = t!(
        lang,
        "partners-refuse-label",
        person = request.person_name.clone()
    );
    view! {
        <li class="join-request" data-request=id>
            <strong>{request.person_name.clone()}</strong>
            " " {t!(lang, "partners-asked-on", email = request.person_email.clone(), date = date_medium(lang, request.created_at.date_naive()))}
            {(!request.message.is_empty()).then(|| view! { <p class="muted">{format!("“{}”", request.message)}</p> })}
            <div class="button-row">
                <ActionForm action=decide attr:class="inline-form">
                    <input type="hidden" name="request_id" value=id_a />
                    <input type="hidden" name="decision" value="approve" />
                    <button type="submit" class="button" aria-label=approve_label>{t!(lang, "partners-approve")}</button>
                </ActionForm>
                <ActionForm action=decide attr:class="inline-form">
                    <input type="hidden" name="request_id" value=id_b />
                    <input type="hidden" name="decision" value="refuse" />
                    <button type="submit" class="button button--secondary" aria-label=refuse_label>{t!(lang, "partners-refuse")}</button>
                </ActionForm>
            </div>
        </li>
    }
}
