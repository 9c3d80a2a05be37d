//! The awards pages: the public awards page with the secretariat's voting controls
//! (`/awards`), the attendee's phone ballot (`/awards/vote/:code`), the hall's big screen
//! (`/awards/:id/screen`) and the receipt check (`/awards/receipts/:code`).

use super::rules::VotingState;
use super::*;
use crate::error::AppError;
use crate::shell::forms::{error_of, FormAlert};
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
    view! {
        <Title text="Forum awards" />
        <h1>"Forum awards"</h1>
        <FormAlert error=error_of(voting.value()) />
        <FormAlert error=error_of(weight.value()) />
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let v = overview.await?;
                Ok::<_, AppError>(view! {
                    <p class="lead">{format!("{}: partnerships that excel, chosen by a jury and by the Forum's audience.", v.edition_title)}</p>
                    {v.categories.into_iter().map(|c| view! { <CategorySection c is_admin=v.is_admin voting weight /> }).collect_view()}
                    {v.is_admin.then(|| view! { <p><a href="/awards/jury">"Jury, nominations and set-up"</a></p> })}
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
    view! {
        <section class="award-category" aria-labelledby=labelled_by>
            <h2 id=heading>{c.name.clone()}</h2>
            <p><span class=state_class(c.state)>{c.state.label()}</span></p>
            <p>{c.description.clone()}</p>
            {winner.map(|w| view! { <p class="award-winner" role="status">"Winner: " <strong>{w}</strong></p> })}
            <ul class="award-nominees">
                {c.nominees.into_iter().map(|n| {
                    let votes = tally.votes_for(n.nomination_id);
                    view! {
                        <li class="award-nominee">
                            <h3><a href=format!("/partnerships/{}", n.partnership_id)>{n.title}</a></h3>
                            <p class="muted">{n.partners}</p>
                            <p>{n.statement}</p>
                            {(!n.outcomes.is_empty()).then(|| view! {
                                <ul class="award-outcomes" aria-label="Measured outcomes">
                                    {n.outcomes.into_iter().map(|o| view! { <li>{o}</li> }).collect_view()}
                                </ul>
                            })}
                            {votes.map(|v| view! { <p class="muted">{format!("Audience votes: {v}")}</p> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(!results.is_empty()).then(|| view! {
                <table class="table award-results">
                    <caption>{format!("Result: jury {} %, audience {} %", c.jury_weight, 100 - c.jury_weight)}</caption>
                    <thead><tr><th scope="col">"Rank"</th><th scope="col">"Nominee"</th><th scope="col">"Jury"</th><th scope="col">"Audience"</th><th scope="col">"Votes"</th><th scope="col">"Combined"</th></tr></thead>
                    <tbody>
                        {results.into_iter().enumerate().map(|(i, r)| view! {
                            <tr>
                                <td>{i + 1}</td>
                                <td>{r.title}</td>
                                <td>{format!("{:.1}", r.jury)}</td>
                                <td>{format!("{:.1} %", r.audience)}</td>
                                <td>{r.votes}</td>
                                <td>{format!("{:.1}", r.combined)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })}
            {(c.votes_withdrawn > 0).then(|| view! {
                <p class="muted award-withdrawn">{format!(
                    "{} {} withdrawn because the voter's registration was cancelled or rejected; the ballot log shows each withdrawal.",
                    c.votes_withdrawn,
                    if c.votes_withdrawn == 1 { "vote was" } else { "votes were" },
                )}</p>
            })}
            <p class="award-links">
                <a href=format!("/awards/{}/screen", c.id)>"Big screen"</a>
                {(c.state == VotingState::Revealed || is_admin).then(|| view! {
                    " · " <a href=format!("/awards/{}/ballots.csv", c.id) rel="external">"Ballots (CSV)"</a>
                })}
            </p>
            {(is_admin && c.state != VotingState::Draft).then(|| view! {
                <p class="muted">"Voting has opened: the nominations, criteria, weights and jury scores are fixed."</p>
            })}
            {is_admin.then(|| view! {
                <div class="award-controls" aria-label="Voting controls">
                    {[("open", "Open voting"), ("close", "Close voting"), ("reveal", "Reveal results")].into_iter().map(|(action, label)| {
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
                        <label for=weight_id.clone()>"Jury share (%)"</label>
                        <input id=weight_id type="number" name="jury_weight" min="0" max="100" value=c.jury_weight.to_string() />
                        <button type="submit" class="button">"Set weights"</button>
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
    view! {
        <Title text="Vote" />
        <div class="ballot" data-ballot>
            // venue.js shows this and holds the buttons while the phone is offline: a vote is
            // never queued, since it could arrive after the category closed.
            <p class="panel panel--warning offline-note" data-offline-note hidden=true role="status">
                "Your phone is offline. Voting resumes as soon as the network is back; nothing is sent meanwhile."
            </p>
            <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
                {move || Suspend::new(crate::shell::or_error_panel(async move {
                    let b = ballot.await?;
                    let code = code.get_untracked();
                    Ok::<_, AppError>(view! {
                        <h1>"Audience vote"</h1>
                        <p>{format!("Voting as {}.", b.attendee)}</p>
                        {(!b.checked_in).then(|| view! {
                            <p class="panel panel--warning">"Check in at the registration desk to vote."</p>
                        })}
                        <p class="muted">"One vote per category. You may change it while voting is open: your last vote counts."</p>
                        {b.categories.into_iter().map(|c| view! { <BallotSection c code=code.clone() vote /> }).collect_view()}
                    })
                }))}
            </Transition>
            <FormAlert error=error_of(vote.value()) />
            {move || vote.value().get().and_then(Result::ok).map(|r| view! {
                <p class="ballot__counted" role="status">
                    {format!("Your vote for {} is counted.", r.nominee)}
                    " Receipt: " <strong class="receipt-code">{r.receipt.clone()}</strong>
                    ". Check it at " <a href=format!("/awards/receipts/{}", r.receipt)>"the receipt page"</a> " after the results are revealed."
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
    view! {
        <section class="ballot__category" aria-labelledby=labelled_by>
            <h2 id=heading>{c.name.clone()}</h2>
            <p><span class=state_class(c.state)>{c.state.label()}</span></p>
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
                            {chosen.then(|| view! { <span class="ballot__mark">" ✓ your vote"</span> })}
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
    view! {
        <Title text="Awards: big screen" />
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let v = overview.await?;
                let c = v.categories.into_iter().find(|c| c.id == id.get_untracked())
                    .ok_or_else(|| AppError::NotFound("No such award category.".to_owned()))?;
                let t = c.tally.clone();
                let max = t.counts.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
                let visible = t.counts_visible();
                let labels = serde_json::to_string(&VotingState::ALL.map(|s| (s, s.label()))).unwrap_or_default();
                Ok::<_, AppError>(view! {
                    <section class="screen" data-live=format!("/awards/{}/live", c.id) data-revision=t.revision.to_string()
                        data-state-labels=labels>
                        <aside class="screen__join" aria-label="How to vote">
                            <div class="screen__qr-box" inner_html=v.vote_qr_svg.clone()></div>
                            <p>"Vote from your phone: scan this code, then open the voting link from your registration email."</p>
                            <p class="screen__url">{v.vote_url.clone()}</p>
                        </aside>
                        <h1 class="screen__title">{c.name.clone()}</h1>
                        <p class="screen__connection" data-connection role="status" hidden=true>"Reconnecting…"</p>
                        <div aria-live="polite">
                            <p class="screen__state" data-state>{t.state.label()}</p>
                            <p class="screen__total" data-total=t.total.to_string()>{format!("{} votes cast", t.total)}</p>
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
                        <p class="screen__hidden" data-hidden-note hidden=visible>"Results are shown when revealed."</p>
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
    view! {
        <Title text="Check a vote receipt" />
        <h1>"Vote receipt"</h1>
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let r = check.await?;
                Ok::<_, AppError>(view! {
                    <dl class="receipt">
                        <dt>"Receipt"</dt><dd class="receipt-code">{r.receipt}</dd>
                        <dt>"Category"</dt><dd>{r.category}</dd>
                        <dt>"Vote for"</dt><dd>{r.nominee}</dd>
                        <dt>"Cast at"</dt><dd>{r.cast_at}</dd>
                        <dt>"Counted"</dt>
                        <dd>{if r.withdrawn {
                            "No: this entry withdrew the vote, because the registration was cancelled or declined."
                        } else if r.counted {
                            "Yes: this was your last vote in the category, the one that counts."
                        } else {
                            "No: a later entry in the log replaced it (you changed your vote, or it was withdrawn)."
                        }}</dd>
                        <dt>"Ballot hash"</dt><dd class="receipt-hash">{r.hash}</dd>
                    </dl>
                })
            }))}
        </Transition>
    }
}
