//! The awards pages: the public awards page with the secretariat's voting controls
//! (`/awards`), the attendee's phone ballot (`/awards/vote/:code`), the hall's big screen
//! (`/awards/:id/screen`) and the receipt check (`/awards/receipts/:code`).

use super::rules::VotingState;
use super::*;
use crate::error::AppError;
use crate::i18n::format;
use crate::shell::forms::{error_of, FormAlert};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

fn state_class(state: VotingState) -> &'static str {
    match state {
        VotingState::Draft => "award-state award-state--draft",
        VotingState::Open => "award-state award-state--open",
        VotingState::Closed => "award-state award-state--closed",
        VotingState::Revealed => "award-state award-state--revealed",
    }
}

#[component]
pub fn AwardsPage() -> impl IntoView {
    let voting = crate::shell::flash::action::<SetVoting>();
    let weight = crate::shell::flash::action::<SetJuryWeight>();
    let overview = Resource::new(
        move || (voting.version().get(), weight.version().get()),
        |_| awards_overview(),
    );
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "awards-title") />
        <h1>{t!(lang, "awards-title")}</h1>
        <FormAlert error=error_of(voting.value()) />
        <FormAlert error=error_of(weight.value()) />
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "awards-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let v = overview.await?;
                Ok::<_, AppError>(view! {
                    <p class="lead">{t!(lang, "awards-lead", edition = &v.edition_title)}</p>
                    {v.categories.into_iter().map(|c| view! { <CategorySection c is_admin=v.is_admin voting weight /> }).collect_view()}
                    {v.is_admin.then(|| view! { <p><a href="/awards/jury">{t!(lang, "awards-jury-link")}</a></p> })}
                    <p class="muted">{v.tie_break.clone()}</p>
                })
            }))}
        </Transition>
    }
}

#[component]
fn CategorySection(
    c: CategoryView,
    is_admin: bool,
    voting: ServerAction<SetVoting>,
    weight: ServerAction<SetJuryWeight>,
) -> impl IntoView {
    let weight_id = format!("weight-{}", c.id);
    let weight_category = c.id.to_string();
    let heading = format!("award-{}", c.id);
    let labelled_by = heading.clone();
    let winner = c.results.first().map(|r| r.title.clone());
    let results = c.results.clone();
    let tally = c.tally.clone();
    let id = c.id.to_string();
    let lang = crate::i18n::current();
    view! {
        <section class="award-category" aria-labelledby=labelled_by>
            <h2 id=heading>{c.name.clone()}</h2>
            <p><span class=state_class(c.state)>{c.state.label(lang)}</span></p>
            <p>{c.description.clone()}</p>
            {winner.map(|w| view! { <p class="award-winner" role="status">{t!(lang, "awards-winner")}" " <strong>{w}</strong></p> })}
            <ul class="award-nominees">
                {c.nominees.into_iter().map(|n| {
                    let votes = tally.votes_for(n.nomination_id);
                    view! {
                        <li class="award-nominee">
                            <h3><a href=format!("/partnerships/{}", n.partnership_id)>{n.title}</a></h3>
                            <p class="muted">{n.partners}</p>
                            <p>{n.statement}</p>
                            {(!n.outcomes.is_empty()).then(|| view! {
                                <ul class="award-outcomes" aria-label=t!(lang, "awards-outcomes")>
                                    {n.outcomes.into_iter().map(|o| view! { <li>{o}</li> }).collect_view()}
                                </ul>
                            })}
                            {votes.map(|v| view! { <p class="muted">{t!(lang, "awards-audience-votes", count = v)}</p> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(!results.is_empty()).then(|| view! {
                <table class="table award-results">
                    <caption>{t!(lang, "awards-result-caption", jury = format::percent(lang, f64::from(c.jury_weight), 0), audience = format::percent(lang, f64::from(100 - c.jury_weight), 0))}</caption>
                    <thead><tr><th scope="col">{t!(lang, "awards-col-rank")}</th><th scope="col">{t!(lang, "awards-col-nominee")}</th><th scope="col">{t!(lang, "awards-col-jury")}</th><th scope="col">{t!(lang, "awards-col-audience")}</th><th scope="col">{t!(lang, "awards-col-votes")}</th><th scope="col">{t!(lang, "awards-col-combined")}</th></tr></thead>
                    <tbody>
                        {results.into_iter().enumerate().map(|(i, r)| view! {
                            <tr>
                                <td>{i + 1}</td>
                                <td>{r.title}</td>
                                <td>{format::decimal(lang, r.jury, 1)}</td>
                                <td>{format::percent(lang, r.audience, 1)}</td>
                                <td>{format::integer(lang, i64::from(r.votes))}</td>
                                <td>{format::decimal(lang, r.combined, 1)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })}
            {(c.votes_withdrawn > 0).then(|| view! {
                <p class="muted award-withdrawn">{t!(lang, "awards-votes-withdrawn", count = c.votes_withdrawn)}</p>
            })}
            <p class="award-links">
                <a href=format!("/awards/{}/screen", c.id)>{t!(lang, "awards-big-screen")}</a>
                {(c.state == VotingState::Revealed || is_admin).then(|| view! {
                    " · " <a href=format!("/awards/{}/ballots.csv", c.id) rel="external">{t!(lang, "awards-ballots-csv")}</a>
                })}
            </p>
            {(is_admin && c.state != VotingState::Draft).then(|| view! {
                <p class="muted">{t!(lang, "awards-fixed-note")}</p>
            })}
            {is_admin.then(|| view! {
                <div class="award-controls" aria-label=t!(lang, "awards-controls")>
                    {[("open", t!(lang, "awards-open-voting")), ("close", t!(lang, "awards-close-voting")), ("reveal", t!(lang, "awards-reveal-results"))].into_iter().map(|(action, label)| {
                        let id = id.clone();
                        view! {
                        <ActionForm action=voting attr:class="inline-form">
                            <input type="hidden" name="category" value=id />
                            <input type="hidden" name="action" value=action />
                            <button type="submit" class="button" data-action=action>{label}</button>
                        </ActionForm>
                    }}).collect_view()}
                    <ActionForm action=weight attr:class="form form--inline">
                        <input type="hidden" name="category" value=weight_category />
                        <label for=weight_id.clone()>{t!(lang, "awards-jury-share")}</label>
                        <input id=weight_id type="number" name="jury_weight" min="0" max="100" value=c.jury_weight.to_string() />
                        <button type="submit" class="button">{t!(lang, "awards-set-weights")}</button>
                    </ActionForm>
                </div>
            })}
        </section>
    }
}

#[component]
pub fn BallotPage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| params.with(|p| p.get("code").unwrap_or_default()));
    let vote = crate::shell::flash::action::<CastVote>();
    let ballot = Resource::new(
        move || (code.get(), vote.version().get()),
        |(c, _)| awards_ballot(c),
    );
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "awards-ballot-title") />
        <div class="ballot" data-ballot>
            // venue.js shows this and holds the buttons while the phone is offline: a vote is
            // never queued, since it could arrive after the category closed.
            <p class="panel panel--warning offline-note" data-offline-note hidden=true role="status">
                {t!(lang, "awards-ballot-offline")}
            </p>
            <Transition fallback=move || view! { <p class="muted">{t!(lang, "awards-loading")}</p> }>
                {move || Suspend::new(crate::shell::or_error_panel(async move {
                    let b = ballot.await?;
                    let code = code.get_untracked();
                    Ok::<_, AppError>(view! {
                        <h1>{t!(lang, "awards-ballot-heading")}</h1>
                        <p>{t!(lang, "awards-ballot-voting-as", attendee = &b.attendee)}</p>
                        {(!b.checked_in).then(|| view! {
                            <p class="panel panel--warning">{t!(lang, "awards-ballot-check-in")}</p>
                        })}
                        <p class="muted">{t!(lang, "awards-ballot-rules")}</p>
                        {b.categories.into_iter().map(|c| view! { <BallotSection c code=code.clone() vote /> }).collect_view()}
                    })
                }))}
            </Transition>
            <FormAlert error=error_of(vote.value()) />
            {move || vote.value().get().and_then(Result::ok).map(|r| view! {
                <p class="ballot__counted" role="status">
                    {t!(lang, "awards-ballot-counted", nominee = &r.nominee)}
                    " " {t!(lang, "awards-ballot-receipt")} " " <strong class="receipt-code">{r.receipt.clone()}</strong>
                    <br /> {t!(lang, "awards-ballot-check-receipt")} " " <a href=format!("/awards/receipts/{}", r.receipt)>{t!(lang, "awards-ballot-receipt-page")}</a>
                </p>
            })}
        </div>
    }
}

#[component]
fn BallotSection(c: BallotCategory, code: String, vote: ServerAction<CastVote>) -> impl IntoView {
    let heading = format!("ballot-{}", c.id);
    let labelled_by = heading.clone();
    let category = c.id.to_string();
    let nonce = c.nonce.clone();
    let open = c.state == VotingState::Open;
    let lang = crate::i18n::current();
    view! {
        <section class="ballot__category" aria-labelledby=labelled_by>
            <h2 id=heading>{c.name.clone()}</h2>
            <p><span class=state_class(c.state)>{c.state.label(lang)}</span></p>
            {c.nominees.into_iter().map(|(id, title)| {
                let chosen = c.chosen == Some(id);
                let (code, category, nonce) = (code.clone(), category.clone(), nonce.clone());
                view! {
                    <ActionForm action=vote attr:class="ballot__choice">
                        <input type="hidden" name="code" value=code />
                        <input type="hidden" name="category" value=category />
                        <input type="hidden" name="nomination" value=id.to_string() />
                        <input type="hidden" name="nonce" value=nonce />
                        <button type="submit" class="button ballot__button" class:ballot__button--chosen=chosen
                            aria-pressed=if chosen { "true" } else { "false" } disabled=!open>
                            {title}
                            {chosen.then(|| view! { <span class="ballot__mark">{format!(" ✓ {}", t!(lang, "awards-ballot-your-vote"))}</span> })}
                        </button>
                    </ActionForm>
                }
            }).collect_view()}
        </section>
    }
}

/// The big screen. Rendered with the tally of the moment; venue.js follows the live stream
/// (`data-live`), reconnecting by itself after a network loss or a server restart and saying
/// so meanwhile.
#[component]
pub fn BigScreenPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params.with(|p| p.get("id").and_then(|s| s.parse::<i32>().ok()).unwrap_or(0))
    });
    let overview = Resource::new(|| (), |_| awards_overview());
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "awards-screen-title") />
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "awards-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let v = overview.await?;
                let c = v.categories.into_iter().find(|c| c.id == id.get_untracked())
                    .ok_or_else(|| AppError::NotFound(t!(lang, "awards-no-category")))?;
                let t = c.tally.clone();
                let max = t.counts.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
                let visible = t.counts_visible();
                let labels = serde_json::to_string(&VotingState::ALL.map(|s| (s, s.label(lang)))).unwrap_or_default();
                // venue.js writes the count it receives into these: one vote, or the other
                // form with `{count}` replaced (each language's plural rule picked here).
                let total_one = t!(lang, "awards-screen-votes-cast", count = 1);
                let total_other = t!(lang, "awards-screen-votes-cast", count = "{count}");
                Ok::<_, AppError>(view! {
                    <section class="screen" data-live=format!("/awards/{}/live", c.id) data-revision=t.revision.to_string()
                        data-state-labels=labels data-total-one=total_one data-total-other=total_other>
                        <aside class="screen__join" aria-label=t!(lang, "awards-screen-how-to-vote")>
                            <div class="screen__qr-box" inner_html=v.vote_qr_svg.clone()></div>
                            <p>{t!(lang, "awards-screen-join")}</p>
                            <p class="screen__url">{v.vote_url.clone()}</p>
                        </aside>
                        <h1 class="screen__title">{c.name.clone()}</h1>
                        <p class="screen__connection" data-connection role="status" hidden=true>{t!(lang, "awards-screen-reconnecting")}</p>
                        <div aria-live="polite">
                            <p class="screen__state" data-state>{t.state.label(lang)}</p>
                            <p class="screen__total" data-total=t.total.to_string()>{t!(lang, "awards-screen-votes-cast", count = t.total)}</p>
                        </div>
                        <ul class="screen__bars">
                            {c.nominees.iter().map(|n| {
                                let votes = t.votes_for(n.nomination_id);
                                let width = votes.unwrap_or(0) * 100 / max;
                                view! {
                                    <li class="screen__row" data-nomination=n.nomination_id.to_string()>
                                        <span class="screen__name">{n.title.clone()}</span>
                                        <svg class="screen__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" hidden=votes.is_none()>
                                            <rect x="0" y="0" height="10" width=width.to_string() />
                                        </svg>
                                        <span class="screen__count" data-votes=votes.unwrap_or(0).to_string() hidden=votes.is_none()>
                                            {votes.unwrap_or(0).to_string()}
                                        </span>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        <p class="screen__hidden" data-hidden-note hidden=visible>{t!(lang, "awards-screen-hidden")}</p>
                    </section>
                })
            }))}
        </Transition>
    }
}

#[component]
pub fn ReceiptPage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| params.with(|p| p.get("code").unwrap_or_default()));
    let check = Resource::new(move || code.get(), check_receipt);
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "awards-receipt-title") />
        <h1>{t!(lang, "awards-receipt-heading")}</h1>
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "awards-loading")}</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let r = check.await?;
                Ok::<_, AppError>(view! {
                    <dl class="receipt">
                        <dt>{t!(lang, "awards-receipt-code")}</dt><dd class="receipt-code">{r.receipt}</dd>
                        <dt>{t!(lang, "awards-receipt-category")}</dt><dd>{r.category}</dd>
                        <dt>{t!(lang, "awards-receipt-vote-for")}</dt><dd>{r.nominee}</dd>
                        <dt>{t!(lang, "awards-receipt-cast")}</dt><dd>{r.cast_at}</dd>
                        <dt>{t!(lang, "awards-receipt-counted")}</dt>
                        <dd>{if r.withdrawn {
                            t!(lang, "awards-receipt-withdrawn")
                        } else if r.counted {
                            t!(lang, "awards-receipt-counts")
                        } else {
                            t!(lang, "awards-receipt-replaced")
                        }}</dd>
                        <dt>{t!(lang, "awards-receipt-hash")}</dt><dd class="receipt-hash">{r.hash}</dd>
                    </dl>
                })
            }))}
        </Transition>
    }
}
