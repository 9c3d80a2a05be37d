//! A plain form post's answer, carried to the page it returns to.
//!
//! Pages that do not hydrate (`venue`) post their forms to server functions as plain forms.
//! leptos_axum answers such a post with a redirect back to the page, an error in the URL.
//! The server's flash layer keeps the answer (or, when the post was refused, what was typed)
//! in a short-lived cookie; the page rendered next shows it as if the action had run in the
//! browser, and forgets it. A cookie rather than the URL: nobody can send a link that makes
//! the hub say something it did not.

use serde::{Deserialize, Serialize};

pub const COOKIE: &str = "wl_flash";

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Flash {
    /// The server function's path, `/api/forum/register` say.
    pub path: String,
    /// Its JSON answer, when it succeeded.
    pub answer: Option<String>,
    /// What was typed, when it was refused, so the form shows it again.
    pub fields: Vec<(String, String)>,
}

/// Whether a submitted field may be carried back to the form: never a password or a token.
pub fn may_echo(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    !(name.contains("password") || name.contains("token") || name == "nonce")
}

#[cfg(feature = "ssr")]
mod cookie_value {
    use super::{Flash, COOKIE};
    use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};

    /// Browsers keep up to 4 KB a cookie: a bigger flash is not carried (the page still opens).
    const MAX_ENCODED: usize = 3_500;

    impl Flash {
        pub fn encode(&self) -> Option<String> {
            let json = serde_json::to_vec(self).ok()?;
            let encoded = URL_SAFE_NO_PAD.encode(json);
            (encoded.len() <= MAX_ENCODED).then_some(encoded)
        }

        pub fn decode(value: &str) -> Option<Flash> {
            let json = URL_SAFE_NO_PAD.decode(value.trim()).ok()?;
            serde_json::from_slice(&json).ok()
        }

        /// The `Set-Cookie` value; it lives a minute, long enough for the redirect.
        pub fn set_cookie(&self, secure: bool) -> Option<String> {
            let value = self.encode()?;
            Some(
                cookie::Cookie::build((COOKIE, value))
                    .path("/")
                    .http_only(true)
                    .secure(secure)
                    .same_site(cookie::SameSite::Lax)
                    .max_age(cookie::time::Duration::seconds(60))
                    .build()
                    .to_string(),
            )
        }

        /// The flash in a request's `Cookie` headers, if any.
        pub fn from_headers(headers: &http::HeaderMap) -> Option<Flash> {
            headers
                .get_all(http::header::COOKIE)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(cookie::Cookie::split_parse)
                .filter_map(Result::ok)
                .find(|c| c.name() == COOKIE)
                .and_then(|c| Flash::decode(c.value()))
        }
    }

    pub fn removal_cookie() -> String {
        cookie::Cookie::build((COOKIE, ""))
            .path("/")
            .http_only(true)
            .same_site(cookie::SameSite::Lax)
            .max_age(cookie::time::Duration::ZERO)
            .build()
            .to_string()
    }
}

/// Reads this request's flash for the page's actions, and forgets it in the browser.
#[cfg(feature = "ssr")]
pub fn provide() {
    use leptos::prelude::*;
    let Some(parts) = use_context::<http::request::Parts>() else {
        return;
    };
    let Some(flash) = Flash::from_headers(&parts.headers) else {
        return;
    };
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&cookie_value::removal_cookie()),
    ) {
        response.append_header(http::header::SET_COOKIE, value);
    }
    provide_context(flash);
}

/// Shows the answer a plain form post to `S` received, as the action's value.
pub fn restore<S>(action: leptos::prelude::ServerAction<S>)
where
    S: leptos::server_fn::ServerFn + Clone + Send + Sync + 'static,
    S::Output: serde::de::DeserializeOwned + Send + Sync + 'static,
    S::Error: Send + Sync + 'static,
{
    #[cfg(feature = "ssr")]
    {
        use leptos::prelude::*;
        let answer = use_context::<Flash>()
            .filter(|f| f.path == S::PATH)
            .and_then(|f| f.answer)
            .and_then(|json| serde_json::from_str::<S::Output>(&json).ok());
        if let Some(answer) = answer {
            action.value().set(Some(Ok(answer)));
        }
    }
    #[cfg(not(feature = "ssr"))]
    let _ = action;
}

/// A server action whose answer to a plain form post (a page without the WASM) shows on the
/// page it returns to: what every form of the app uses instead of `ServerAction::new`.
pub fn action<S>() -> leptos::prelude::ServerAction<S>
where
    S: leptos::server_fn::ServerFn + Clone + Send + Sync + 'static,
    S::Output: serde::de::DeserializeOwned + Send + Sync + 'static,
    S::Error: leptos::server_fn::error::FromServerFnError + Send + Sync + 'static,
{
    let action = leptos::prelude::ServerAction::<S>::new();
    restore(action);
    action
}

/// Where a plain form post lands once it succeeded, instead of back on its page (a new
/// record's page, the account after signing in). Called by the server function.
#[cfg(feature = "ssr")]
pub fn go_to(path: &str) {
    leptos_axum::redirect(path);
}

/// What was typed into field `name` of a refused plain post to `S`.
pub fn typed<S: leptos::server_fn::ServerFn>(name: &str) -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<Flash>()
            .filter(|f| f.path == S::PATH)
            .and_then(|f| f.fields.into_iter().find(|(n, _)| n == name))
            .map(|(_, value)| value)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = name;
        None
    }
}

/// What a refused plain form post carried, for `venue.js` to put back into the form.
#[leptos::component]
pub fn EchoedFields() -> impl leptos::IntoView {
    use leptos::prelude::*;
    let flash = use_context::<Flash>().filter(|f| !f.fields.is_empty());
    flash.map(|f| {
        let fields = serde_json::to_string(&f.fields).unwrap_or_default();
        view! { <template id="form-echo" data-action=f.path data-fields=fields></template> }
    })
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn a_flash_survives_its_cookie() {
        let flash = Flash {
            path: "/api/forum/register".into(),
            answer: None,
            fields: vec![("name".into(), "Nguyễn Thị Minh Khai <b>".into())],
        };
        let set = flash.set_cookie(true).expect("small enough");
        assert!(set.contains("HttpOnly") && set.contains("Secure") && set.contains("Max-Age=60"));
        let value = set
            .split(';')
            .next()
            .unwrap()
            .trim_start_matches("wl_flash=");
        let mut headers = http::HeaderMap::new();
        headers.insert(
            http::header::COOKIE,
            format!("other=1; wl_flash={value}").parse().unwrap(),
        );
        assert_eq!(Flash::from_headers(&headers), Some(flash));
    }

    #[test]
    fn an_oversized_flash_is_not_carried() {
        let flash = Flash {
            path: "/api/x".into(),
            answer: Some("x".repeat(5_000)),
            fields: vec![],
        };
        assert_eq!(flash.set_cookie(false), None);
    }

    #[test]
    fn a_forged_or_broken_cookie_is_ignored() {
        assert_eq!(Flash::decode("not base64 at all!"), None);
        assert_eq!(Flash::decode("e30"), None); // "{}": fields missing
    }

    #[test]
    fn passwords_and_tokens_are_never_echoed() {
        assert!(may_echo("name") && may_echo("answers[q3]"));
        assert!(!may_echo("password") && !may_echo("new_password") && !may_echo("token"));
    }
}
