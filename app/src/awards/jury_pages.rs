//! The jury's page (`/awards/jury`): jurors score their nominations on the weighted criteria;
//! secretariat admins see each juror's progress; partners and the secretariat nominate.

use super::*;
use crate::error::AppError;
use crate::shell::forms::{error_of, FieldMessage, FormAlert};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn JuryPage() -> impl IntoView {
    let score = crate::shell::flash::action::<ScoreNomination>();
    let nominate = crate::shell::flash::action::<Nominate>();
    let create = crate::shell::flash::action::<CreateAwardCategory>();
    let criterion = crate::shell::flash::action::<AddCriterion>();
    let assign = crate::shell::flash::action::<AssignJuror>();
    // Each loads what the caller may see; a refusal just leaves its section out.
    let mine = Resource::new(
        move || score.version().get(),
        |_| async { AppError::none_if_refused(jury_nominations().await) },
    );
    let progress = Resource::new(
        move || score.version().get(),
        |_| async { AppError::none_if_refused(jury_progress().await) },
    );
    let overview = Resource::new(
        move || nominate.version().get(),
        |_| async { AppError::none_if_refused(awards_overview().await) },
    );
    view! {
        <Title text="Awards jury" />
        <h1>"Awards jury and nominations"</h1>
        <FormAlert error=error_of(score.value()) />
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(crate::shell::or_error_panel(async move {
                let mine = mine.await?;
                let progress = progress.await?;
                let overview = overview.await?;
                Ok::<_, AppError>(view! {
                    {mine.map(|list| view! { <ScoringSection list score /> })}
                    {progress.map(|rows| view! { <ProgressSection rows /> })}
                    {overview.map(|v| view! {
                        {v.is_admin.then(|| view! { <SetupSection v=v.clone() create criterion assign /> })}
                        <NominateSection v nominate />
                    })}
                })
            }))}
        </Transition>
    }
}

#[component]
fn ScoringSection(
    list: Vec<JuryNomination>,
    score: ServerAction<ScoreNomination>,
) -> impl IntoView {
    view! {
        <section aria-labelledby="jury-scoring">
            <h2 id="jury-scoring">"Your nominations to score"</h2>
            <p class="muted">"Score each criterion from 0 to 10. Nominations involving your own organization are not shown to you."</p>
            {list.is_empty().then(|| view! { <p>"No nominations are assigned to you."</p> })}
            {list.into_iter().map(|n| view! {
                <article class="award-nominee">
                    <h3>{n.title}</h3>
                    <p class="muted">{n.partners}</p>
                    {n.criteria.into_iter().map(|(id, name, weight, given)| {
                        let field = format!("score-{}-{id}", n.nomination_id);
                        view! {
                            <ActionForm action=score attr:class="form form--inline">
                                <input type="hidden" name="nomination" value=n.nomination_id.to_string() />
                                <input type="hidden" name="criterion" value=id.to_string() />
                                <label for=field.clone()>{format!("{name} (weight {weight})")}</label>
                                <input id=field type="number" name="score" min="0" max="10" required
                                    value=given.map(|g| g.to_string()).unwrap_or_default() />
                                <button type="submit" class="button">"Save"</button>
                            </ActionForm>
                        }
                    }).collect_view()}
                </article>
            }).collect_view()}
        </section>
    }
}

#[component]
fn ProgressSection(rows: Vec<JurorProgress>) -> impl IntoView {
    view! {
        <section aria-labelledby="jury-progress">
            <h2 id="jury-progress">"Jury progress"</h2>
            {rows.is_empty().then(|| view! { <p>"No jurors are assigned yet."</p> })}
            <table class="table">
                <thead><tr><th scope="col">"Category"</th><th scope="col">"Juror"</th><th scope="col">"Scores given"</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr><td>{r.category}</td><td>{r.juror}</td><td>{format!("{} of {}", r.given, r.expected)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

#[component]
fn NominateSection(v: AwardsView, nominate: ServerAction<Nominate>) -> impl IntoView {
    let error = error_of(nominate.value());
    view! {
        <section aria-labelledby="nominate">
            <h2 id="nominate">"Nominate a partnership"</h2>
            <p class="muted">"Secretariat admins, and the admins of either partner, may nominate an active or completed partnership that ran within the category's window and is on its topic."</p>
            <ActionForm action=nominate attr:class="form">
                <label for="nominate-category">"Category"</label>
                <select id="nominate-category" name="category">
                    {v.categories.iter().map(|c| view! { <option value=c.id.to_string()>{c.name.clone()}</option> }).collect_view()}
                </select>
                <label for="nominate-partnership">"Partnership number"</label>
                <input id="nominate-partnership" name="partnership" type="number" min="1" required
                    aria-describedby="nominate-partnership-hint partnership-error"
                    aria-invalid=move || error.get().and_then(|e| e.field_message("partnership")).map(|_| "true") />
                <p id="nominate-partnership-hint" class="muted">"As in the partnership's address, /partnerships/<number>."</p>
                <FieldMessage error field="partnership" />
                <label for="nominate-statement">"Why it deserves the award"</label>
                <textarea id="nominate-statement" name="statement" rows="4" required
                    aria-describedby="statement-error"
                    aria-invalid=move || error.get().and_then(|e| e.field_message("statement")).map(|_| "true")></textarea>
                <FieldMessage error field="statement" />
                <FormAlert error />
                <button type="submit" class="button">"Nominate"</button>
                <Show when=move || matches!(nominate.value().get(), Some(Ok(_)))>
                    <p class="form__success" role="status">"Nominated."</p>
                </Show>
            </ActionForm>
        </section>
    }
}

/// A labelled field with its message, for the secretariat's set-up forms.
fn field(
    id: &'static str,
    name: &'static str,
    label: &'static str,
    kind: &'static str,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    view! {
        <label for=id>{label}</label>
        // FieldMessage's id is `{name}-error`.
        <input id=id name=name type=kind aria-describedby=format!("{name}-error")
            aria-invalid=move || error.get().and_then(|e| e.field_message(name)).map(|_| "true") />
        <FieldMessage error field=name />
    }
}

#[component]
fn SetupSection(
    v: AwardsView,
    create: ServerAction<CreateAwardCategory>,
    criterion: ServerAction<AddCriterion>,
    assign: ServerAction<AssignJuror>,
) -> impl IntoView {
    let create_error = error_of(create.value());
    let criterion_error = error_of(criterion.value());
    let assign_error = error_of(assign.value());
    let options = move || {
        v.categories
            .iter()
            .map(|c| view! { <option value=c.id.to_string()>{c.name.clone()}</option> })
            .collect_view()
    };
    let (criterion_options, assign_options) = (options.clone(), options);
    view! {
        <section aria-labelledby="award-setup">
            <h2 id="award-setup">"Set up the awards"</h2>
            <ActionForm action=create attr:class="form">
                <h3>"New category"</h3>
                {field("category-name", "name", "Name", "text", create_error)}
                <label for="category-description">"Description"</label>
                <textarea id="category-description" name="description" rows="2"></textarea>
                {field("category-topic", "topic", "Topic code (empty for any topic)", "text", create_error)}
                {field("category-from", "eligible_from", "Eligible from (active or completed since)", "date", create_error)}
                {field("category-until", "eligible_until", "Eligible until", "date", create_error)}
                {field("category-weight", "jury_weight", "Jury share of the result (%)", "number", create_error)}
                <label><input type="checkbox" name="hide_results" value="on" />" Hide the counts until revealed"</label>
                <FormAlert error=create_error />
                <button type="submit" class="button">"Create category"</button>
            </ActionForm>
            <ActionForm action=criterion attr:class="form">
                <h3>"Jury criterion"</h3>
                <label for="criterion-category">"Category"</label>
                <select id="criterion-category" name="category">{criterion_options}</select>
                {field("criterion-name", "name", "Criterion", "text", criterion_error)}
                {field("criterion-weight", "weight", "Weight", "number", criterion_error)}
                <FormAlert error=criterion_error />
                <button type="submit" class="button">"Add criterion"</button>
            </ActionForm>
            <ActionForm action=assign attr:class="form">
                <h3>"Assign a juror"</h3>
                <label for="assign-category">"Category"</label>
                <select id="assign-category" name="category">{assign_options}</select>
                {field("assign-email", "email", "Juror's email", "email", assign_error)}
                <FormAlert error=assign_error />
                <button type="submit" class="button">"Assign"</button>
            </ActionForm>
        </section>
    }
}
