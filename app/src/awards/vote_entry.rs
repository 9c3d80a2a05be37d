//! `/awards/vote`: where the big screen's QR code leads. An attendee opens their own ballot
//! with the voting link of their registration email, or types its personal code here. The
//! badge does not open a ballot: it is worn and photographed, so it must not let anyone vote.

use crate::forum::personal_code::{display, normalize};
use crate::i18n::Lang;
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The typed code in its printed form, or why it cannot be one (shown next to the field).
pub fn personal_code(lang: Lang, text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        Err(t!(lang, "awards-code-missing"))
    } else {
        normalize(text)
            .map(|raw| display(&raw))
            .ok_or_else(|| t!(lang, "awards-code-malformed", example = "K7QM-2XHD-9PWT"))
    }
}

#[component]
pub fn VoteEntryPage() -> impl IntoView {
    let query = use_query_map();
    let typed = move || query.with(|q| q.get("code"));
    let lang = crate::i18n::current();
    let checked = move || typed().map(|t| personal_code(lang, &t));

    view! {
        <Title text=t!(lang, "awards-vote-entry-title") />
        <div class="ballot">
            <h1>{t!(lang, "awards-vote-entry-title")}</h1>
            <p>{t!(lang, "awards-vote-entry-lead")}</p>
            // `/awards/ballot` sends a well-formed code on to its ballot, anything else back here.
            <form method="get" action="/awards/ballot" class="form" novalidate>
                <div class="field">
                    <label for="vote-code">{t!(lang, "awards-vote-entry-code")}</label>
                    <input id="vote-code" name="code" type="text" autocomplete="off" autocapitalize="characters"
                        spellcheck="false" inputmode="text" required=true placeholder="XXXX-XXXX-XXXX"
                        value=move || typed().unwrap_or_default()
                        aria-invalid=move || if matches!(checked(), Some(Err(_))) { "true" } else { "false" }
                        aria-describedby="vote-code-message" />
                    <p class="field__error" id="vote-code-message" role="alert">
                        {move || checked().and_then(Result::err)}
                    </p>
                </div>
                <button type="submit" class="button">{t!(lang, "awards-vote-entry-open")}</button>
            </form>
            {move || checked().and_then(Result::ok).map(|code| view! {
                <p><a class="button" href=format!("/awards/vote/{code}")>{t!(lang, "awards-vote-entry-open")}</a></p>
            })}
            <p class="muted">{t!(lang, "awards-vote-entry-lost")}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::{personal_code, Lang};

    #[test]
    fn accepts_a_personal_code_typed_with_spaces_or_small_letters() {
        assert_eq!(
            personal_code(Lang::En, " k7qm 2xhd-9pwt ").as_deref(),
            Ok("K7QM-2XHD-9PWT")
        );
    }

    #[test]
    fn refuses_empty_codes_and_badge_codes() {
        assert!(personal_code(Lang::En, "").is_err());
        assert!(personal_code(Lang::En, "K7QM").is_err());
        let badge = personal_code(Lang::En, "0123456789abcdef0123456789abcdef");
        assert!(badge.is_err_and(|m| m.contains("badge")));
    }

    #[test]
    fn says_what_is_wrong_with_a_code_in_the_attendee_language() {
        assert_eq!(
            personal_code(Lang::ZhHans, " ").unwrap_err(),
            "请输入报名确认邮件中的个人代码。"
        );
    }
}
