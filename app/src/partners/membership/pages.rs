//! The organization page's membership section: ask to join (or withdraw), the requests waiting
//! for its admins, and the secretariat's network flag. Plain form posts all, so it works
//! without the WASM.

use super::{
    fetch_membership, AskToJoin, DecideJoinRequest, JoinRequest, MembershipView, SetNetworkMember,
    Standing, WithdrawJoinRequest,
};
use crate::error::AppError;
use crate::shell::forms::{error_of, FormAlert, TextAreaField};
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
    let standing = match data.standing {
        Standing::SignedOut => view! {
            <p>
                <a href="/sign-in">"Sign in"</a>
                {format!(" to ask to join {name}.")}
            </p>
        }
        .into_any(),
        Standing::MayAsk => view! {
            <ActionForm action=ask attr:class="form" attr:novalidate=true>
                <FormAlert error=ask_error />
                <input type="hidden" name="organization_id" value=id_ask />
                <TextAreaField form="join" name="message" label="Note to the organization's admins" error=ask_error
                    hint="Optional: your role, or why you would like to join." rows=2 />
                <button type="submit" class="button">"Ask to join this organization"</button>
            </ActionForm>
        }
        .into_any(),
        Standing::Waiting => view! {
            <p role="status">{format!("Your request to join {name} is waiting for a decision.")}</p>
            <ActionForm action=withdraw attr:class="inline-form">
                <FormAlert error=withdraw_error />
                <input type="hidden" name="organization_id" value=id_withdraw />
                <button type="submit" class="button button--secondary">"Withdraw my request"</button>
            </ActionForm>
        }
        .into_any(),
        Standing::Member => view! { <p>{format!("You are a member of {name}.")}</p> }.into_any(),
        Standing::Admin => view! { <p>{format!("You are an admin of {name}.")}</p> }.into_any(),
    };
    let network = if data.network_member {
        format!("{name} is a member of the WaterLinks network.")
    } else {
        format!("{name} is a partner in the directory, not a member of the network.")
    };
    view! {
        <section aria-labelledby="membership-heading" class="membership">
            <h2 id="membership-heading">"Membership"</h2>
            <p class="muted">{network}</p>
            {data.sets_network_flag.then(|| view! {
                <ActionForm action=flag attr:class="inline-form">
                    <FormAlert error=flag_error />
                    <input type="hidden" name="organization_id" value=id />
                    <input type="hidden" name="network_member" value=(!data.network_member).to_string() />
                    <button type="submit" class="button button--secondary">
                        {if data.network_member { "Remove from the network" } else { "Make a network member" }}
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
    view! {
        <h3 id="join-requests">{format!("Requests to join {name}")}</h3>
        <FormAlert error />
        {if requests.is_empty() {
            view! { <p class="muted">"No requests are waiting."</p> }.into_any()
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
    let approve_label = format!("Approve {}", request.person_name);
    let refuse_label = format!("Refuse {}", request.person_name);
    view! {
        <li class="join-request" data-request=id>
            <strong>{request.person_name.clone()}</strong>
            {format!(" ({}) asked on {}", request.person_email, request.created_at.format("%Y-%m-%d"))}
            {(!request.message.is_empty()).then(|| view! { <p class="muted">{format!("“{}”", request.message)}</p> })}
            <div class="button-row">
                <ActionForm action=decide attr:class="inline-form">
                    <input type="hidden" name="request_id" value=id_a />
                    <input type="hidden" name="decision" value="approve" />
                    <button type="submit" class="button" aria-label=approve_label>"Approve"</button>
                </ActionForm>
                <ActionForm action=decide attr:class="inline-form">
                    <input type="hidden" name="request_id" value=id_b />
                    <input type="hidden" name="decision" value="refuse" />
                    <button type="submit" class="button button--secondary" aria-label=refuse_label>"Refuse"</button>
                </ActionForm>
            </div>
        </li>
    }
}
