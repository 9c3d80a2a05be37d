//! A product's files: uploaded from a plain HTML form (multipart) or by API clients, checked by
//! their content and size, stored under the upload directory by a random name, each upload a
//! new version; and downloaded, which counts.

use super::file_rules::{check_file, FileFormat, FileProblem, MAX_FILE_BYTES};
use super::file_versions::{self, DownloadRefusal, NewFile};
use super::quota;
use crate::accounts::auth::user_from_headers;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::t;
use crate::uploads::{
    closing, content_disposition, discard_rest, random_name, receive_file, wants_page, ReceiveError,
};
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

pub use super::file_rules::UPLOAD_LIMIT;

/// A file name safe to show and to send back in a header.
fn clean_name(name: &str, format: FileFormat) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = base
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ' | '(' | ')'))
        .take(150)
        .collect();
    let cleaned = cleaned.trim();
    if cleaned.is_empty() || cleaned.starts_with('.') {
        format!("document.{}", format.extension())
    } else {
        cleaned.to_owned()
    }
}

/// A browser form gets redirected back to the product with the message; other clients get
/// the status and the message.
fn refuse(lang: Lang, page: bool, id: i32, problem: FileProblem) -> Response {
    let response = if page {
        Redirect::to(&format!(
            "/library/{id}?file_error={}#files",
            problem.code()
        ))
        .into_response()
    } else {
        let status = match problem {
            FileProblem::Missing => StatusCode::BAD_REQUEST,
            FileProblem::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            FileProblem::WrongType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            FileProblem::NotAllowed => StatusCode::FORBIDDEN,
            FileProblem::TooManyFiles | FileProblem::DailyVolume => StatusCode::TOO_MANY_REQUESTS,
        };
        (status, problem.message(lang)).into_response()
    };
    if matches!(problem, FileProblem::TooLarge) {
        closing(response)
    } else {
        response
    }
}

/// The text of a PDF, or empty when it cannot be read: the file is kept all the same, found
/// by its title and summary (a scanned PDF has no text either). A crafted PDF that exhausts
/// the extractor's limits is kept the same way: it is still what the uploader sent.
async fn extract_text(state: &AppState, bytes: Vec<u8>) -> String {
    match state.pdf_text.extract(bytes).await {
        Ok(text) => text,
        Err(e) => {
            tracing::warn!(error = %e, "could not read the text of an uploaded PDF; stored without it");
            String::new()
        }
    }
}

/// POST /library/{id}/files: multipart, the file in the field `file`.
pub async fn upload(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Response {
    let page = wants_page(&headers);
    let lang = crate::i18n::request::of_headers(&headers);
    let user = match user_from_headers(&state.db, &headers).await {
        Ok(Some(user)) => user,
        Ok(None) => {
            discard_rest(&mut multipart).await;
            return AppError::Unauthenticated.into_response();
        }
        Err(e) => return e.into_response(),
    };
    // Refuse before keeping the file when this person may not add files here.
    if let Err(e) = file_versions::uploadable(&state.db, id, &user).await {
        discard_rest(&mut multipart).await;
        return match e {
            AppError::Forbidden => refuse(lang, page, id, FileProblem::NotAllowed),
            other => other.into_response(),
        };
    }
    let (name, bytes) = match receive_file(&mut multipart, "file", MAX_FILE_BYTES).await {
        Ok(file) => (crate::text::clean_file_name(&file.file_name), file.bytes),
        Err(ReceiveError::Missing { .. }) => return refuse(lang, page, id, FileProblem::Missing),
        Err(ReceiveError::TooLarge { .. }) => return refuse(lang, page, id, FileProblem::TooLarge),
        Err(e) => return e.into_response(),
    };
    let format = match check_file(&bytes, &name) {
        Ok(format) => format,
        Err(problem) => return refuse(lang, page, id, problem),
    };
    let name = clean_name(&name, format);
    let size_bytes = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    // Checked before the text is read, so an account past its quota costs no extraction;
    // checked again when the file is recorded, against uploads finished meanwhile.
    match quota::recent_uploads(&state.db, user.id, chrono::Utc::now()).await {
        Ok(recent) => {
            if let Err(problem) = quota::check(state.upload_quota, recent, size_bytes) {
                return refuse(lang, page, id, problem);
            }
        }
        Err(e) => return AppError::from(e).into_response(),
    }
    let content = if format == FileFormat::Pdf {
        extract_text(&state, bytes.clone()).await
    } else {
        String::new()
    };
    let stored_as = format!("library/{}.{}", random_name(), format.extension());
    let path = state.site.upload_dir.join(&stored_as);
    let written = async {
        tokio::fs::create_dir_all(state.site.upload_dir.join("library")).await?;
        tokio::fs::write(&path, &bytes).await
    }
    .await;
    if let Err(e) = written {
        tracing::error!(error = %e, path = %path.display(), "could not store a library file");
        return AppError::Internal.into_response();
    }
    let new = NewFile {
        file_name: name,
        stored_as,
        format,
        size_bytes: i64::try_from(bytes.len()).unwrap_or(i64::MAX),
        content,
    };
    match file_versions::add_version(&state.db, id, &user, new, state.upload_quota).await {
        Ok(version) => {
            if page {
                Redirect::to(&format!("/library/{id}?uploaded={version}#files")).into_response()
            } else {
                (
                    StatusCode::CREATED,
                    axum::Json(serde_json::json!({ "version": version })),
                )
                    .into_response()
            }
        }
        Err(e) => {
            // Nothing refers to the file: remove it so no orphan stays behind.
            let _ = tokio::fs::remove_file(&path).await;
            match e {
                file_versions::AddVersionError::Quota(problem) => refuse(lang, page, id, problem),
                file_versions::AddVersionError::App(e) => e.into_response(),
            }
        }
    }
}

/// GET /library/files/{file_id}: the file, counted as one download (a HEAD request is not).
pub async fn download(
    State(state): State<AppState>,
    Path(file_id): Path<i32>,
    method: Method,
    headers: HeaderMap,
) -> Response {
    let user = match user_from_headers(&state.db, &headers).await {
        Ok(user) => user,
        Err(e) => return e.into_response(),
    };
    let (stored_as, name, media_type) =
        match file_versions::downloadable(&state.db, file_id, user.as_ref()).await {
            Ok(found) => found,
            Err(DownloadRefusal::MembersOnly) => {
                let lang = crate::i18n::request::of_headers(&headers);
                let message = if user.is_some() {
                    t!(lang, "library-download-members-not-member")
                } else {
                    t!(lang, "library-download-members-sign-in")
                };
                return (StatusCode::FORBIDDEN, message).into_response();
            }
            Err(DownloadRefusal::Other(e)) => return e.into_response(),
        };
    let bytes = match tokio::fs::read(state.site.upload_dir.join(&stored_as)).await {
        Ok(bytes) => bytes,
        Err(e) => {
            tracing::error!(error = %e, file_id, "a recorded library file is missing");
            return AppError::NotFound(t!(
                crate::i18n::request::of_headers(&headers),
                "library-download-file-missing"
            ))
            .into_response();
        }
    };
    if method != Method::HEAD {
        if let Err(e) = file_versions::count_download(&state.db, file_id).await {
            // The reader still gets the file.
            tracing::error!(error = %e, file_id, "could not count a download");
        }
    }
    // PDFs open in the browser; office documents are saved.
    let disposition = if media_type == FileFormat::Pdf.media_type() {
        content_disposition(&name)
    } else {
        content_disposition(&name).replacen("inline", "attachment", 1)
    };
    (
        [
            (header::CONTENT_TYPE, media_type),
            (header::CONTENT_DISPOSITION, disposition),
            // Every download reaches the server, so every download is counted.
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        bytes,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_climb_out_or_hide() {
        assert_eq!(
            clean_name("../../etc/NRW toolkit.pdf", FileFormat::Pdf),
            "NRW toolkit.pdf"
        );
        assert_eq!(clean_name(".htaccess", FileFormat::Pdf), "document.pdf");
        assert_eq!(clean_name("\"\"", FileFormat::Xlsx), "document.xlsx");
    }
}
