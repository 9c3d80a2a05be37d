//! `/awards/vote`: where the big screen's QR code leads. An attendee opens their own ballot
//! with the voting link of their registration email, or types its personal code here. The
//! badge does not open a ballot: it is worn and photographed, so it must not let anyone vote.

use crate::forum::personal_code::{display, normalize};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The typed code in its printed form, or why it cannot be one (shown next to the field).
pub fn personal_code(text: &str) -> Result<String, &'static str> {
    if text.trim().is_empty() {
        Err("Enter the personal code from your registration email.")
    } else {
        normalize(text).map(|raw| display(&raw)).ok_or(
            "A personal code has 12 letters and digits, like K7QM-2XHD-9PWT. The code on your \
             badge is not it: check your registration email.",
        )
    }
}

#[component]
pub fn VoteEntryPage() -> impl IntoView {
    let query = use_query_map();
    let typed = move || query.with(|q| q.get("code"));
    let checked = move || typed().map(|t| personal_code(&t));

    view! {
        <Title text="Vote in the Forum awards" />
        <div class="ballot">
            <h1>"Vote in the Forum awards"</h1>
            <p>"Open the voting link in your Forum registration email, or type the personal code it gives. Your badge does not open a ballot: it is not a voting card, so a photo of it cannot be used to vote for you."</p>
            // `/awards/ballot` sends a well-formed code on to its ballot, anything else back here.
            <form method="get" action="/awards/ballot" class="form" novalidate>
                <div class="field">
                    <label for="vote-code">"Personal code"</label>
                    <input id="vote-code" name="code" type="text" autocomplete="off" autocapitalize="characters"
                        spellcheck="false" inputmode="text" required=true placeholder="XXXX-XXXX-XXXX"
                        value=move || typed().unwrap_or_default()
                        aria-invalid=move || if matches!(checked(), Some(Err(_))) { "true" } else { "false" }
                        aria-describedby="vote-code-message" />
                    <p class="field__error" id="vote-code-message" role="alert">
                        {move || checked().and_then(Result::err)}
                    </p>
                </div>
                <button type="submit" class="button">"Open my ballot"</button>
            </form>
            {move || checked().and_then(Result::ok).map(|code| view! {
                <p><a class="button" href=format!("/awards/vote/{code}")>"Open my ballot"</a></p>
            })}
            <p class="muted">"Lost the email? Ask for it again on the Forum page (the newest email's code is the one that works)."</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::personal_code;

    #[test]
    fn accepts_a_personal_code_typed_with_spaces_or_small_letters() {
        assert_eq!(
            personal_code(" k7qm 2xhd-9pwt ").as_deref(),
            Ok("K7QM-2XHD-9PWT")
        );
    }

    #[test]
    fn refuses_empty_codes_and_badge_codes() {
        assert!(personal_code("").is_err());
        assert!(personal_code("K7QM").is_err());
        let badge = personal_code("0123456789abcdef0123456789abcdef");
        assert!(badge.is_err_and(|m| m.contains("badge")));
    }
}
