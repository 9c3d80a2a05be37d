//! The one error type of the app layer: what a server function can fail with, as the user sees it.
//!
//! Each variant documents the HTTP status it becomes. The status is set in one place,
//! [`FromServerFnError::ser`], which the server calls when it encodes an error response.

use leptos::server_fn::{
    self,
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Messages for individual form fields, in the order the form shows them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(pub Vec<FieldError>);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldErrors {
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0.push(FieldError {
            field: field.to_owned(),
            message: message.into(),
        });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn for_field(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    /// `Ok(())` when no field has a message, otherwise the messages as an [`AppError::Invalid`].
    pub fn into_result(self) -> Result<(), AppError> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(AppError::Invalid(self))
        }
    }
}

impl fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let messages: Vec<&str> = self.0.iter().map(|e| e.message.as_str()).collect();
        write!(f, "{}", messages.join(" "))
    }
}

/// What a request failed with, as the person sees it. Its text is in the language of the
/// request being answered (see [`AppError::message`]); the variants with a text carry one
/// already written in that language by whoever raised them.
#[derive(Debug, Clone, PartialEq, thiserror::Error, Serialize, Deserialize)]
#[error("{}", self.message(crate::i18n::current()))]
pub enum AppError {
    /// 422: some fields are wrong; each message is shown next to its field.
    Invalid(FieldErrors),
    /// 400: the request itself is malformed (not something a form can produce).
    BadRequest(String),
    /// 401: the action needs a signed-in user.
    Unauthenticated,
    /// 403: signed in, but the role does not allow it.
    Forbidden,
    /// 404
    NotFound(String),
    /// 410: it existed, and was cancelled or withdrawn (a cancelled registration's badge, a
    /// withdrawn certificate): link checkers and verifiers can tell it from a forgery.
    Gone(String),
    /// 409: the action conflicts with what is stored (a duplicate, a state that changed).
    Conflict(String),
    /// 429
    TooManyRequests(String),
    /// 503: a part the server needs is not installed or not working (the PDF fonts); the
    /// message says what the person can do, the log says what the operator must install.
    Unavailable(String),
    /// 500: the cause is logged on the server, never sent to the browser.
    Internal,
    /// Only on the client: the server could not be reached or answered nonsense.
    Network(String),
}

impl AppError {
    /// The message in `lang`.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        match self {
            AppError::Invalid(errors) => t!(lang, "error-invalid", details = errors.to_string()),
            AppError::BadRequest(text)
            | AppError::NotFound(text)
            | AppError::Gone(text)
            | AppError::Conflict(text)
            | AppError::TooManyRequests(text)
            | AppError::Unavailable(text) => text.clone(),
            AppError::Unauthenticated => t!(lang, "error-unauthenticated"),
            AppError::Forbidden => t!(lang, "error-forbidden"),
            AppError::Internal => t!(lang, "error-internal"),
            AppError::Network(_) => t!(lang, "error-network"),
        }
    }

    pub fn status(&self) -> http::StatusCode {
        use http::StatusCode as S;
        match self {
            AppError::Invalid(_) => S::UNPROCESSABLE_ENTITY,
            AppError::BadRequest(_) => S::BAD_REQUEST,
            AppError::Unauthenticated => S::UNAUTHORIZED,
            AppError::Forbidden => S::FORBIDDEN,
            AppError::NotFound(_) => S::NOT_FOUND,
            AppError::Gone(_) => S::GONE,
            AppError::Conflict(_) => S::CONFLICT,
            AppError::TooManyRequests(_) => S::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) => S::SERVICE_UNAVAILABLE,
            AppError::Internal => S::INTERNAL_SERVER_ERROR,
            AppError::Network(_) => S::BAD_GATEWAY,
        }
    }

    /// A single invalid field.
    pub fn field(field: &str, message: impl Into<String>) -> Self {
        let mut errors = FieldErrors::default();
        errors.add(field, message);
        AppError::Invalid(errors)
    }

    /// Turns a refusal (not signed in, or not allowed) into `None`, for a page section that
    /// only some people see; any other error (the database failing) stays an error.
    pub fn none_if_refused<T>(result: Result<T, AppError>) -> Result<Option<T>, AppError> {
        match result {
            Ok(value) => Ok(Some(value)),
            Err(AppError::Unauthenticated | AppError::Forbidden) => Ok(None),
            Err(other) => Err(other),
        }
    }

    /// The message for one field, when this error is about that field.
    pub fn field_message(&self, field: &str) -> Option<String> {
        match self {
            AppError::Invalid(errors) => errors.for_field(field).map(str::to_owned),
            _ => None,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // The request could not be understood: the caller's fault, never ours.
            ServerFnErrorErr::Args(msg) => AppError::BadRequest(crate::t!(
                crate::i18n::current(),
                "error-unreadable",
                detail = msg
            )),
            ServerFnErrorErr::MissingArg(arg) => AppError::BadRequest(crate::t!(
                crate::i18n::current(),
                "error-missing-field",
                field = arg
            )),
            // On the server, failing to decode means the request body was malformed.
            #[cfg(feature = "ssr")]
            ServerFnErrorErr::Deserialization(msg) => AppError::BadRequest(crate::t!(
                crate::i18n::current(),
                "error-unreadable",
                detail = msg
            )),
            #[cfg(not(feature = "ssr"))]
            ServerFnErrorErr::Deserialization(msg) => AppError::Network(msg),
            ServerFnErrorErr::Request(msg) => AppError::Network(msg),
            other => {
                tracing::error!(error = %other, "server function framework error");
                AppError::Internal
            }
        }
    }

    fn ser(&self) -> server_fn::Bytes {
        // The server encodes every error response here, so this is where the status is set.
        #[cfg(feature = "ssr")]
        if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(self.status());
        }
        <JsonEncoding as server_fn::Encodes<AppError>>::encode(self)
            .unwrap_or_else(|_| server_fn::Bytes::from_static(b"\"Internal\""))
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        // Two people saving the same thing at once: a conflict to retry, not our failure.
        if let Some(sea_orm::SqlErr::UniqueConstraintViolation(detail)) = err.sql_err() {
            tracing::info!(%detail, "unique constraint refused a concurrent save");
            return AppError::Conflict(crate::t!(crate::i18n::current(), "error-saved-meanwhile"));
        }
        // A delete the database refuses because other records still point to it.
        if let Some(sea_orm::SqlErr::ForeignKeyConstraintViolation(detail)) = err.sql_err() {
            tracing::warn!(%detail, "a foreign key refused a change");
            return AppError::Conflict(crate::t!(crate::i18n::current(), "error-still-referred"));
        }
        tracing::error!(error = %err, "database error");
        AppError::Internal
    }
}

/// An error as a plain answer from a handler outside the server functions (files, feeds,
/// uploads): its status with the message the user sees. The one place that mapping is made.
#[cfg(feature = "ssr")]
impl axum::response::IntoResponse for AppError {
    fn into_response(self) -> axum::response::Response {
        (self.status(), self.to_string()).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_refusals_read_as_nothing() {
        assert_eq!(AppError::none_if_refused(Ok(3)), Ok(Some(3)));
        assert_eq!(
            AppError::none_if_refused::<i32>(Err(AppError::Unauthenticated)),
            Ok(None)
        );
        assert_eq!(
            AppError::none_if_refused::<i32>(Err(AppError::Forbidden)),
            Ok(None)
        );
        // A failing database is shown as a failure, never as an empty section.
        assert_eq!(
            AppError::none_if_refused::<i32>(Err(AppError::Internal)),
            Err(AppError::Internal)
        );
    }
}
