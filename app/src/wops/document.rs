//! The signed agreement as a PDF: uploaded from a plain HTML form (multipart), checked by its
//! content and size, stored under the upload directory by a random name, and served only to
//! the partnership's partners, facilitator and the secretariat.

use super::plan_service;
use crate::accounts::CurrentUser;
use crate::error::AppError;
use crate::state::AppState;
use crate::uploads::{
    closing, content_disposition, discard_rest, random_name, receive_file, wants_page, ReceiveError,
};
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

pub use super::upload_rules::{check_pdf, UploadProblem, MAX_DOCUMENT_BYTES, UPLOAD_LIMIT};

/// A file name safe to show and to send back in a header.
fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = base
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ' | '(' | ')'))
        .take(150)
        .collect();
    if cleaned.trim().is_empty() {
        "agreement.pdf".to_owned()
    } else {
        cleaned.trim().to_owned()
    }
}

async fn user_of(state: &AppState, headers: &HeaderMap) -> Result<Option<CurrentUser>, AppError> {
    crate::accounts::auth::user_from_headers(&state.db, headers).await
}

/// A browser form gets redirected back to the page with the message; other clients get the
/// status and the message.
fn refuse(wants_page: bool, id: i32, problem: UploadProblem, lang: crate::i18n::Lang) -> Response {
    let response = if wants_page {
        Redirect::to(&format!(
            "/partnerships/{id}?document_error={}#agreement",
            problem.code()
        ))
        .into_response()
    } else {
        (status_of(problem), problem.message(lang)).into_response()
    };
    if matches!(problem, UploadProblem::TooLarge) {
        closing(response)
    } else {
        response
    }
}

fn status_of(problem: UploadProblem) -> StatusCode {
    match problem {
        UploadProblem::Missing => StatusCode::BAD_REQUEST,
        UploadProblem::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        UploadProblem::NotPdf => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        UploadProblem::NoTerms => StatusCode::CONFLICT,
        UploadProblem::NotAllowed => StatusCode::FORBIDDEN,
    }
}

pub async fn upload(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Response {
    let wants_page = wants_page(&headers);
    let lang = crate::i18n::request::of_headers(&headers);
    let user = match user_of(&state, &headers).await {
        Ok(Some(user)) => user,
        Ok(None) => {
            discard_rest(&mut multipart).await;
            return AppError::Unauthenticated.into_response();
        }
        Err(e) => return e.into_response(),
    };
    // Refuse before reading the file when this person may not change the partnership.
    if let Err(e) = super::service::editable(&state.db, id, &user).await {
        discard_rest(&mut multipart).await;
        return match e {
            AppError::Forbidden | AppError::Conflict(_) if wants_page => {
                refuse(wants_page, id, UploadProblem::NotAllowed, lang)
            }
            other => other.into_response(),
        };
    }
    let (name, bytes) = match receive_file(&mut multipart, "document", MAX_DOCUMENT_BYTES).await {
        Ok(file) => (clean_name(&file.file_name), file.bytes),
        Err(ReceiveError::Missing { .. }) => {
            return refuse(wants_page, id, UploadProblem::Missing, lang)
        }
        Err(ReceiveError::TooLarge { .. }) => {
            return refuse(wants_page, id, UploadProblem::TooLarge, lang)
        }
        Err(e) => return e.into_response(),
    };
    if let Err(problem) = check_pdf(&bytes) {
        return refuse(wants_page, id, problem, lang);
    }
    let dir = state.site.upload_dir.join("agreements");
    let stored_as = format!("agreements/{}.pdf", random_name());
    let path = state.site.upload_dir.join(&stored_as);
    let written = async {
        tokio::fs::create_dir_all(&dir).await?;
        tokio::fs::write(&path, &bytes).await
    }
    .await;
    if let Err(e) = written {
        tracing::error!(error = %e, path = %path.display(), "could not store an agreement");
        return AppError::Internal.into_response();
    }
    match plan_service::attach_document(&state.db, id, &user, &stored_as, &name, bytes.len() as i64)
        .await
    {
        Ok(replaced) => {
            if let Some(old) = replaced {
                let _ = tokio::fs::remove_file(state.site.upload_dir.join(old)).await;
            }
            if wants_page {
                Redirect::to(&format!("/partnerships/{id}#agreement")).into_response()
            } else {
                StatusCode::NO_CONTENT.into_response()
            }
        }
        Err(e) => {
            // Nothing refers to the file: remove it so no orphan stays behind.
            let _ = tokio::fs::remove_file(&path).await;
            match e {
                AppError::Conflict(_) if wants_page => {
                    refuse(wants_page, id, UploadProblem::NoTerms, lang)
                }
                other => other.into_response(),
            }
        }
    }
}

pub async fn download(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
) -> Response {
    let user = match user_of(&state, &headers).await {
        Ok(user) => user,
        Err(e) => return e.into_response(),
    };
    let (stored_as, name) = match plan_service::document(&state.db, id, user.as_ref()).await {
        Ok(found) => found,
        Err(e) => return e.into_response(),
    };
    match tokio::fs::read(state.site.upload_dir.join(&stored_as)).await {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, "application/pdf".to_owned()),
                (header::CONTENT_DISPOSITION, content_disposition(&name)),
                (header::CACHE_CONTROL, "private, no-store".to_owned()),
            ],
            bytes,
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "a recorded agreement file is missing");
            AppError::NotFound(crate::t!(
                crate::i18n::request::of_headers(&headers),
                "wops-agreement-file-missing"
            ))
            .into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_climb_out_or_break_headers() {
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(
            clean_name("C:\\Users\\ana\\LOI \"final\".pdf"),
            "LOI final.pdf"
        );
        assert_eq!(clean_name("\"\""), "agreement.pdf");
    }
}
