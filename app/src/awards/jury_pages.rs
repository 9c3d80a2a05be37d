//! The jury's page (`/awards/jury`): jurors score their nominations on the weighted criteria;
//! secretariat admins see each juror's progress; partners and the secretariat nominate.

use super::*;
use crate::error::AppError;
use crate::shell::forms::{error_of, FieldMessage, FormAlert};
use crate::t;
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
    let lang = crate::i18n::current();
    view! {
        <Title text=t!(lang, "awards-jury-title") />
        <h1>{t!(lang, "awards-jury-heading")}</h1>
        <FormAlert error=error_of(score.value()) />
        <Transition fallback=move || view! { <p class="muted">{t!(lang, "awards-loading")}</p> }>
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
    let lang = crate::i18n::current();
    view! {
        <section aria-labelledby="jury-scoring">
            <h2 id="jury-scoring">{t!(lang, "awards-jury-scoring")}</h2>
            <p class="muted">{t!(lang, "awards-jury-scoring-hint", max = super::rules::MAX_SCORE)}</p>
            {list.is_empty().then(|| view! { <p>{t!(lang, "awards-jury-none-assigned")}</p> })}
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
                                <label for=field.clone()>{t!(lang, "awards-jury-criterion-label", criterion = &name, weight = weight)}</label>
                                <input id=field type="number" name="score" min="0" max="10" required
                                    value=given.map(|g| g.to_string()).unwrap_or_default() />
                                <button type="submit" class="button">{t!(lang, "awards-jury-save")}</button>
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
    let lang = crate::i18n::current();
    view! {
        <section aria-labelledby="jury-progress">
            <h2 id="jury-progress">{t!(lang, "awards-jury-progress")}</h2>
            {rows.is_empty().then(|| view! { <p>{t!(lang, "awards-jury-no-jurors")}</p> })}
            <table class="table">
                <thead><tr><th scope="col">{t!(lang, "awards-jury-col-category")}</th><th scope="col">{t!(lang, "awards-jury-col-juror")}</th><th scope="col">{t!(lang, "awards-jury-col-given")}</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr><td>{r.category}</td><td>{r.juror}</td><td>{t!(lang, "awards-jury-given-of", given = r.given, expected = r.expected)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

#[component]
fn NominateSection(v: AwardsView, nominate: ServerAction<Nominate>) -> impl IntoView {
    let error = error_of(nominate.value());
    let lang = crate::i18n::current();
    view! {
        <section aria-labelledby="nominate">
            <h2 id="nominate">{t!(lang, "awards-nominate-title")}</h2>
            <p class="muted">{t!(lang, "awards-nominate-lead")}</p>
            <ActionForm action=nominate attr:class="form">
                <label for="nominate-category">{t!(lang, "awards-jury-col-category")}</label>
                <select id="nominate-category" name="category">
                    {v.categories.iter().map(|c| view! { <option value=c.id.to_string()>{c.name.clone()}</option> }).collect_view()}
                </select>
                <label for="nominate-partnership">{t!(lang, "awards-nominate-partnership")}</label>
                <input id="nominate-partnership" name="partnership" type="number" min="1" required
                    aria-describedby="nominate-partnership-hint partnership-error"
                    aria-invalid=move || error.get().and_then(|e| e.field_message("partnership")).map(|_| "true") />
                <p id="nominate-partnership-hint" class="muted">{t!(lang, "awards-nominate-partnership-hint")}</p>
                <FieldMessage error field="partnership" />
                <label for="nominate-statement">{t!(lang, "awards-nominate-statement")}</label>
                <textarea id="nominate-statement" name="statement" rows="4" required
                    aria-describedby="statement-error"
                    aria-invalid=move || error.get().and_then(|e| e.field_message("statement")).map(|_| "true")></textarea>
                <FieldMessage error field="statement" />
                <FormAlert error />
                <button type="submit" class="button">{t!(lang, "awards-nominate")}</button>
                <Show when=move || matches!(nominate.value().get(), Some(Ok(_)))>
                    <p class="form__success" role="status">{t!(lang, "awards-nominated")}</p>
                </Show>
            </ActionForm>
        </section>
    }
}

/// A labelled field with its message, for the secretariat's set-up forms.
fn field(
    id: &'static str,
    name: &'static str,
    label: String,
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
    let lang = crate::i18n::current();
    view! {
        <section aria-labelledby="award-setup">
            <h2 id="award-setup">{t!(lang, "awards-setup-title")}</h2>
            <ActionForm action=create attr:class="form">
                <h3>{t!(lang, "awards-setup-new-category")}</h3>
                {field("category-name", "name", t!(lang, "awards-setup-name"), "text", create_error)}
                <label for="category-description">{t!(lang, "awards-setup-description")}</label>
                <textarea id="category-description" name="description" rows="2"></textarea>
                {field("category-topic", "topic", t!(lang, "awards-setup-topic"), "text", create_error)}
                {field("category-from", "eligible_from", t!(lang, "awards-setup-from"), "date", create_error)}
                {field("category-until", "eligible_until", t!(lang, "awards-setup-until"), "date", create_error)}
                {field("category-weight", "jury_weight", t!(lang, "awards-setup-jury-share"), "number", create_error)}
                <label><input type="checkbox" name="hide_results" value="on" />" "{t!(lang, "awards-setup-hide")}</label>
                <FormAlert error=create_error />
                <button type="submit" class="button">{t!(lang, "awards-setup-create")}</button>
            </ActionForm>
            <ActionForm action=criterion attr:class="form">
                <h3>{t!(lang, "awards-setup-criterion-title")}</h3>
                <label for="criterion-category">{t!(lang, "awards-jury-col-category")}</label>
                <select id="criterion-category" name="category">{criterion_options}</select>
                {field("criterion-name", "name", t!(lang, "awards-setup-criterion"), "text", criterion_error)}
                {field("criterion-weight", "weight", t!(lang, "awards-setup-weight"), "number", criterion_error)}
                <FormAlert error=criterion_error />
                <button type="submit" class="button">{t!(lang, "awards-setup-add-criterion")}</button>
            </ActionForm>
            <ActionForm action=assign attr:class="form">
                <h3>{t!(lang, "awards-setup-assign-title")}</h3>
                <label for="assign-category">{t!(lang, "awards-jury-col-category")}</label>
                <select id="assign-category" name="category">{assign_options}</select>
                {field("assign-email", "email", t!(lang, "awards-setup-juror-email"), "email", assign_error)}
                <FormAlert error=assign_error />
                <button type="submit" class="button">{t!(lang, "awards-setup-assign")}</button>
            </ActionForm>
        </section>
    }
}
