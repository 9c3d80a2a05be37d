//! Ranked mentors for one need (with each factor in words), and the network-wide proposal page
//! for facilitators, with the weights admins set.

use super::api::{
    fetch_matching_weights, network_matching, rank_mentors, MatchingProposals, SaveMatchingWeights,
};
use super::ProposePartnership;
use super::{RankedMentor, Weights};
use crate::accounts::{user_context, Role};
use crate::error::AppError;
use crate::shell::forms::{error_of, saved, FieldMessage, FormAlert};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

/// A score out of 100, and the factors behind it in words.
#[component]
pub fn CandidateCard(mentor: RankedMentor, #[prop(optional)] rank: Option<usize>) -> impl IntoView {
    let lang = crate::i18n::current();
    let total = mentor.total.round() as i64;
    view! {
        <div class="candidate">
            <h3 class="candidate__name">
                {rank.map(|r| format!("{r}. "))}
                <a href=format!("/partners/{}", mentor.organization_id)>{mentor.name.clone()}</a>
                <span class="candidate__score">{format!(" {total} / 100")}</span>
            </h3>
            <meter class="candidate__meter" min="0" max="100" value=mentor.total aria-label=t!(lang, "matching-score-label", score = total)></meter>
            <ul class="factor-list">
                {mentor.factors.into_iter().map(|f| view! {
                    <li>
                        <span class="factor__name">{f.factor.name(lang)}</span>
                        <span class="factor__why">{f.explanation}</span>
                    </li>
                }).collect_view()}
            </ul>
        </div>
    }
}

#[component]
pub fn MentorCandidates(need_id: i32, facilitating: bool) -> impl IntoView {
    let candidates = Resource::new(move || need_id, rank_mentors);
    let lang = crate::i18n::current();
    let (button, note_label) = if facilitating {
        (
            t!(lang, "matching-introduce"),
            t!(lang, "matching-concept-note"),
        )
    } else {
        (
            t!(lang, "matching-propose-mentor"),
            t!(lang, "matching-note-for-facilitator"),
        )
    };
    view! {
        <section class="panel" aria-labelledby="candidates-heading">
            <h2 id="candidates-heading">{t!(lang, "matching-suggested-mentors")}</h2>
            <Transition fallback=move || view! { <p class="muted">{t!(lang, "matching-ranking")}</p> }>
                {move || {
                let (button, note_label) = (button.clone(), note_label.clone());
                Suspend::new(crate::shell::or_error_panel(async move {
                    let list = candidates.await?;
                    Ok::<_, AppError>(if list.is_empty() {
                        view! { <p class="muted">{t!(lang, "matching-no-mentors")}</p> }.into_any()
                    } else {
                        view! {
                            <ol class="candidate-list">
                                {list.into_iter().enumerate().map(|(i, m)| {
                                    let (button, note_label) = (button.clone(), note_label.clone());
                                    let mentor_id = m.organization_id;
                                    let note_id = format!("note-{mentor_id}");
                                    // One action per candidate: a message shows at the form that was sent.
                                    let propose = crate::shell::flash::action::<ProposePartnership>();
                                    let error = error_of(propose.value());
                                    view! {
                                        <li>
                                            <CandidateCard mentor=m rank=i + 1 />
                                            <details class="add-form">
                                                <summary>{button.clone()}</summary>
                                                <ActionForm action=propose attr:class="form" attr:novalidate=true>
                                                    <FormAlert error />
                                                    <FieldMessage error field="mentor" />
                                                    <input type="hidden" name="need_id" value=need_id />
                                                    <input type="hidden" name="mentor_id" value=mentor_id />
                                                    <div class="field">
                                                        <label for=note_id.clone()>{note_label.clone()}</label>
                                                        <textarea id=note_id name="note" rows="3"></textarea>
                                                        <FieldMessage error field="note" />
                                                    </div>
                                                    <button type="submit" class="button">{button.clone()}</button>
                                                </ActionForm>
                                            </details>
                                        </li>
                                    }
                                }).collect_view()}
                            </ol>
                        }.into_any()
                    })
                }))
                }}
            </Transition>
        </section>
    }
}

#[component]
pub fn NetworkMatchingPage() -> impl IntoView {
    let save = crate::shell::flash::action::<SaveMatchingWeights>();
    let weights = Resource::new(move || save.version().get(), |_| fetch_matching_weights());
    let matching = Resource::new(move || save.version().get(), |_| network_matching());
    let user = user_context().user;
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "matching-network-title") />
        <h1>{t!(lang, "matching-network-title")}</h1>
        <p class="lead">{t!(lang, "matching-network-lead")}</p>
        <Transition fallback=|| ()>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let weights = weights.await?;
                let is_admin = user.await?.is_some_and(|u| u.has_role(Role::SecretariatAdmin));
                Ok::<_, AppError>(view! { <WeightsForm weights is_admin save /> })
            }))}
        </Transition>
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "matching-matching")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let m = matching.await?;
                Ok::<_, AppError>(view! { <ProposalList m /> })
            }))}
        </Transition>
    }
}

#[component]
fn ProposalList(m: MatchingProposals) -> impl IntoView {
    let lang = crate::i18n::current();
    view! {
        <section class="panel" aria-labelledby="proposals-heading">
            <h2 id="proposals-heading">{t!(lang, "matching-proposals", count = m.proposals.len())}</h2>
            <ul class="card-list">
                {m.proposals.into_iter().map(|p| view! {
                    <li class="card">
                        <p class="card__meta">
                            <a href=format!("/needs/{}", p.need.id)>{t!(lang, "matching-need-title", organization = p.need.organization.name.clone(), topic = p.need.topic.clone())}</a>
                        </p>
                        <CandidateCard mentor=p.mentor />
                    </li>
                }).collect_view()}
            </ul>
            {(!m.unmatched.is_empty()).then(|| view! {
                <h3>{t!(lang, "matching-unmatched")}</h3>
                <ul class="plain-list">
                    {m.unmatched.into_iter().map(|n| view! {
                        <li><a href=format!("/needs/{}", n.id)>{t!(lang, "matching-need-title", organization = n.organization.name.clone(), topic = n.topic.clone())}</a></li>
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}

#[component]
fn WeightsForm(
    weights: Weights,
    is_admin: bool,
    save: ServerAction<SaveMatchingWeights>,
) -> impl IntoView {
    let error = error_of(save.value());
    let done = saved(save.value());
    let lang = crate::i18n::current();
    let value_of = move |field: &str| match field {
        "topic_fit" => weights.topic_fit,
        "proven_results" => weights.proven_results,
        "kpi_gap" => weights.kpi_gap,
        "language" => weights.language,
        "proximity" => weights.proximity,
        "scale" => weights.scale,
        _ => weights.capacity,
    };
    view! {
        <details class="panel add-form">
            <summary>{t!(lang, "matching-how-scored")}</summary>
            <ActionForm action=save attr:class="form" attr:novalidate=true>
                <FormAlert error />
                <p class="muted">{t!(lang, "matching-how-scored-text")}</p>
                <div class="weights-grid">
                    {super::Factor::ALL.into_iter().map(|factor| {
                        let (field, label) = (factor.field(), factor.name(lang));
                        let id = format!("weight-{field}");
                        view! {
                            <div class="field">
                                <label for=id.clone()>{label}</label>
                                <input id=id name=field inputmode="decimal" value=value_of(field).to_string() disabled=!is_admin />
                                <FieldMessage error field=field />
                            </div>
                        }
                    }).collect_view()}
                </div>
                {is_admin.then(|| view! { <button type="submit" class="button">{t!(lang, "matching-save-weights")}</button> })}
                <Show when=done><p class="form__saved" role="status">{t!(lang, "matching-weights-saved")}</p></Show>
            </ActionForm>
        </details>
    }
}
