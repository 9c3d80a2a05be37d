//! `/awards/vote`: where the big screen's QR code leads. An attendee opens their own ballot
//! by scanning their badge with the phone's camera or typing its code; the badge code is what
//! identifies a voter, so this page only forwards to `/awards/vote/:code`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_navigate, use_query_map};

/// Badge codes are 32 hexadecimal characters; anything else is refused here, next to the field.
fn badge_code(text: &str) -> Result<String, &'static str> {
    let code: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if code.is_empty() {
        Err("Enter the code under your badge's QR code.")
    } else if code.len() != 32 || !code.chars().all(|c| c.is_ascii_hexdigit()) {
        Err("A badge code has 32 letters and digits (0–9, a–f). Check it and try again.")
    } else {
        Ok(code.to_ascii_lowercase())
    }
}

#[component]
pub fn VoteEntryPage() -> impl IntoView {
    let query = use_query_map();
    let typed = move || query.with(|q| q.get("code"));
    let checked = move || typed().map(|t| badge_code(&t));
    let navigate = use_navigate();
    let open_ballot = Callback::new(move |scanned: String| {
        if let Ok(code) = badge_code(&scanned) {
            navigate(&format!("/awards/vote/{code}"), Default::default());
        }
    });
    view! {
        <Title text="Vote in the Forum awards" />
        <div class="ballot">
            <h1>"Vote in the Forum awards"</h1>
            <p>"Open your ballot with your badge: scan its QR code, or type the code printed under it. You can also use the voting link on your badge page."</p>
            {move || match checked() {
                Some(Ok(code)) => Some(view! { <Redirect path=format!("/awards/vote/{code}") /> }.into_any()),
                _ => None,
            }}
            <crate::forum::scanner::BadgeScanner on_code=open_ballot />
            <form method="get" action="/awards/vote" class="form" novalidate>
                <div class="field">
                    <label for="vote-code">"Badge code"</label>
                    <input id="vote-code" name="code" type="text" autocomplete="off" autocapitalize="off"
                        spellcheck="false" inputmode="text" required=true
                        value=move || typed().unwrap_or_default()
                        aria-invalid=move || if matches!(checked(), Some(Err(_))) { "true" } else { "false" }
                        aria-describedby="vote-code-message" />
                    <p class="field__error" id="vote-code-message" role="alert">
                        {move || checked().and_then(Result::err)}
                    </p>
                </div>
                <button type="submit" class="button">"Open my ballot"</button>
            </form>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::badge_code;

    #[test]
    fn accepts_a_badge_code_typed_with_spaces_or_capitals() {
        assert_eq!(
            badge_code(" 0123 4567 89AB CDEF 0123 4567 89ab cdef ").as_deref(),
            Ok("0123456789abcdef0123456789abcdef")
        );
    }

    #[test]
    fn refuses_empty_short_and_non_hex_codes() {
        assert!(badge_code("").is_err());
        assert!(badge_code("0123").is_err());
        assert!(badge_code("0123456789abcdef0123456789abcdeg").is_err());
    }
}
