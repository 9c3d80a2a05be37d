//! The one gate for typed text: every server-function form (`POST /api/…`, urlencoded) is read
//! here before its function runs, and a field holding control characters (or line breaks in a
//! one-line field, see `app::text`) is refused with a message next to that field. Doing it at
//! the door covers every field of every form, including ones added later.

use app::error::{AppError, FieldErrors};
use app::i18n::{request::of_headers, Lang};
use app::shell::flash::{may_echo, Flash};
use app::t;
use axum::{
    body::{to_bytes, Body},
    extract::{Request, State},
    http::{header, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use leptos::server_fn::error::{FromServerFnError, ServerFnUrlError};

/// Server-function forms are small; anything larger is refused by the body limit anyway.
const MAX_FORM_BYTES: usize = 2 * 1024 * 1024;

/// What a post to a server function declares its body to be.
enum Declared {
    Form,
    /// No type at all: fine for a function without arguments (an empty body), refused otherwise.
    Nothing,
    Other,
}

/// A post to a server function and what it declares. Server functions decode a body whatever
/// its declared type, so any other type is refused rather than let past the gate.
fn server_function_post(request: &Request) -> Option<Declared> {
    if request.method() != Method::POST || !request.uri().path().starts_with("/api/") {
        return None;
    }
    let declared = match request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    {
        None => Declared::Nothing,
        Some(ct)
            if ct
                .trim()
                .to_ascii_lowercase()
                .starts_with("application/x-www-form-urlencoded") =>
        {
            Declared::Form
        }
        Some(_) => Declared::Other,
    };
    Some(declared)
}

fn unsupported(lang: Lang) -> Response {
    (
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        t!(lang, "error-form-encoding"),
    )
        .into_response()
}

/// The field messages for `form` in `lang`, one per refused field (first occurrence).
pub fn refused_fields(form: &[u8], lang: Lang) -> FieldErrors {
    let mut errors = FieldErrors::default();
    for (name, value) in url::form_urlencoded::parse(form) {
        if let Some(problem) = app::text::check_field(&name, &value) {
            if errors.for_field(&name).is_none() {
                errors.add(&name, problem.message(lang));
            }
        }
    }
    errors
}

/// Whether the flash cookie gets `Secure` (the site is served over HTTPS).
#[derive(Clone, Copy)]
pub struct SecureCookies(pub bool);

pub async fn refuse_control_characters(
    State(secure): State<SecureCookies>,
    request: Request,
    next: Next,
) -> Response {
    let lang = of_headers(request.headers());
    let declared = match server_function_post(&request) {
        None => return next.run(request).await,
        Some(Declared::Other) => return unsupported(lang),
        Some(declared) => declared,
    };
    let (parts, body) = request.into_parts();
    let bytes = match to_bytes(body, MAX_FORM_BYTES).await {
        Ok(bytes) => bytes,
        Err(_) => {
            return (
                StatusCode::PAYLOAD_TOO_LARGE,
                t!(lang, "error-form-too-large"),
            )
                .into_response()
        }
    };
    if matches!(declared, Declared::Nothing) && !bytes.is_empty() {
        return unsupported(lang);
    }
    let plain_form = accepts_html(&parts);
    let path = parts.uri.path().to_owned();
    let referer = parts
        .headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let errors = refused_fields(&bytes, lang);
    let mut response = if errors.is_empty() {
        next.run(Request::from_parts(parts, Body::from(bytes.clone())))
            .await
    } else {
        tracing::info!(path = %path, "form refused: control characters");
        answer(
            plain_form,
            referer.as_deref(),
            &path,
            AppError::Invalid(errors),
        )
    };
    // A server function's error sets the answer's status, which leptos_axum applies over its
    // redirect back to the form (the Location stays, the 302 becomes a 422): a plain form would
    // land on the encoded error. Send it back to its page instead, the error in the address as
    // Leptos reads it there.
    let failed = response.status().is_client_error() || response.status().is_server_error();
    if plain_form && failed {
        let body = to_bytes(response.into_body(), MAX_FORM_BYTES)
            .await
            .unwrap_or_default();
        let error = serde_json::from_slice::<AppError>(&body).unwrap_or(AppError::Internal);
        response = answer(plain_form, referer.as_deref(), &path, error);
    }
    if plain_form {
        with_flash(response, path, &bytes, secure).await
    } else {
        response
    }
}

/// The answer to a plain form post (a page without the WASM) is a redirect back to the page:
/// the server function's answer, or what was typed when it was refused, goes with it in the
/// flash cookie for the page to show (`app::shell::flash`).
async fn with_flash(
    response: Response,
    path: String,
    form: &[u8],
    secure: SecureCookies,
) -> Response {
    let redirected = response.status().is_redirection();
    let refused = response
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|l| l.contains("__err="));
    if !redirected {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    if !refused {
        // Back to the page without an earlier refusal's error in its address.
        let clean = parts
            .headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(|location| {
                let mut location = location.to_owned();
                ServerFnUrlError::<AppError>::strip_error_info(&mut location);
                location
            })
            .and_then(|l| HeaderValue::from_str(&l).ok());
        if let Some(clean) = clean {
            parts.headers.insert(header::LOCATION, clean);
        }
    }
    let flash = if refused {
        let fields = url::form_urlencoded::parse(form)
            .filter(|(name, _)| may_echo(name))
            .map(|(name, value)| (name.into_owned(), value.into_owned()))
            .collect();
        Flash {
            path,
            answer: None,
            fields,
        }
    } else {
        // Answers are small; one too large to keep is simply not shown.
        let answer = to_bytes(body, 4_096)
            .await
            .ok()
            .and_then(|b| String::from_utf8(b.to_vec()).ok());
        Flash {
            path,
            answer,
            fields: Vec::new(),
        }
    };
    if let Some(cookie) = flash
        .set_cookie(secure.0)
        .and_then(|c| HeaderValue::from_str(&c).ok())
    {
        parts.headers.append(header::SET_COOKIE, cookie);
    }
    Response::from_parts(parts, Body::empty())
}

fn accepts_html(parts: &axum::http::request::Parts) -> bool {
    parts
        .headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// As the server function itself answers an error: a browser form without script (it accepts
/// HTML) goes back to its page with the error in the address, where the form shows it; a
/// script gets the status and the encoded error.
fn answer(accepts_html: bool, referer: Option<&str>, path: &str, error: AppError) -> Response {
    if let (true, Some(referer)) = (accepts_html, referer) {
        // An earlier refusal's error leaves the address: only this one is shown.
        let mut referer = referer.to_owned();
        ServerFnUrlError::<AppError>::strip_error_info(&mut referer);
        if let Ok(url) = ServerFnUrlError::new(path, error.clone()).to_url(&referer) {
            if let Ok(location) = HeaderValue::from_str(url.as_str()) {
                return (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response();
            }
        }
    }
    let status = error.status();
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        error.ser(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::refused_fields;
    use app::i18n::Lang;

    #[test]
    fn each_refused_field_gets_its_message_and_good_forms_pass() {
        let form = b"title=Nonrevenue%0D%0ABEGIN%3AVEVENT&description=Line%0D%0ALine&link=https%3A%2F%2Fx.example%2F%0D%0AATTACH%3Aevil&title=again%0A";
        let errors = refused_fields(form, Lang::En);
        assert_eq!(errors.0.len(), 2, "{errors:?}");
        assert!(errors.for_field("title").is_some());
        assert!(errors.for_field("link").is_some());
        assert!(errors.for_field("description").is_none());
        assert!(refused_fields("name=Nguy%E1%BB%85n+Th%E1%BB%8B".as_bytes(), Lang::En).is_empty());
        let in_thai = refused_fields(b"title=A%0AB", Lang::Th);
        assert_ne!(
            in_thai.for_field("title"),
            errors.for_field("title"),
            "the message is in the person's language"
        );
    }
}
