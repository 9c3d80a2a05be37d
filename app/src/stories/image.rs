//! A story's lead picture: uploaded from a plain HTML form (multipart), recognised by its
//! content (PNG, JPEG or WebP, whatever its name says), decoded within limits, resized to at
//! most 1200 px wide, re-encoded (which also drops camera metadata such as GPS positions) and
//! stored under the upload directory by a random name. The page shows it with its width and
//! height so nothing jumps while it loads.

use super::entity::story;
use super::service;
use super::workflow::MAX_IMAGE_BYTES;
use crate::accounts::auth::user_from_headers;
use crate::error::AppError;
use crate::state::AppState;
use crate::uploads::{closing, discard_rest, random_name, receive_file, wants_page, ReceiveError};
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use image::{imageops::FilterType, ImageFormat, ImageReader, Limits};
use sea_orm::{ActiveModelTrait, Set};
use std::io::Cursor;

/// The route's body limit: the largest picture and the multipart framing around it.
pub const IMAGE_LIMIT: usize = MAX_IMAGE_BYTES + 64 * 1024;
/// Pictures wider than this are scaled down.
pub const MAX_WIDTH: u32 = 1200;
/// Refuse to decode anything larger than this in either direction (a small file can claim a
/// huge picture).
const MAX_SIDE: u32 = 12_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageProblem {
    Missing,
    TooLarge,
    WrongType,
    Unreadable,
}

impl ImageProblem {
    pub fn code(self) -> &'static str {
        match self {
            ImageProblem::Missing => "missing",
            ImageProblem::TooLarge => "too_large",
            ImageProblem::WrongType => "wrong_type",
            ImageProblem::Unreadable => "unreadable",
        }
    }

    /// The message shown next to the file field.
    pub fn message(self, lang: crate::i18n::Lang) -> String {
        super::workflow::image_message(lang, self.code()).unwrap_or_default()
    }

    fn status(self) -> StatusCode {
        match self {
            ImageProblem::Missing => StatusCode::BAD_REQUEST,
            ImageProblem::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ImageProblem::WrongType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ImageProblem::Unreadable => StatusCode::UNPROCESSABLE_ENTITY,
        }
    }
}

/// A picture ready to store.
#[derive(Debug)]
pub struct Prepared {
    pub bytes: Vec<u8>,
    pub extension: &'static str,
    pub width: u32,
    pub height: u32,
}

/// Checks, resizes and re-encodes an uploaded picture. CPU-bound: call it off the async
/// threads.
pub fn prepare(bytes: &[u8]) -> Result<Prepared, ImageProblem> {
    let (format, extension) = match infer::get(bytes).map(|t| t.mime_type()) {
        Some("image/png") => (ImageFormat::Png, "png"),
        Some("image/jpeg") => (ImageFormat::Jpeg, "jpg"),
        Some("image/webp") => (ImageFormat::WebP, "webp"),
        _ => return Err(ImageProblem::WrongType),
    };
    let mut reader = ImageReader::new(Cursor::new(bytes));
    reader.set_format(format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let mut picture = reader.decode().map_err(|_| ImageProblem::Unreadable)?;
    if picture.width() > MAX_WIDTH {
        // `resize` keeps the aspect ratio within the bounds given.
        picture = picture.resize(MAX_WIDTH, u32::MAX, FilterType::Triangle);
    }
    if format == ImageFormat::Jpeg {
        picture = image::DynamicImage::ImageRgb8(picture.to_rgb8());
    }
    let mut out = Cursor::new(Vec::new());
    picture
        .write_to(&mut out, format)
        .map_err(|_| ImageProblem::Unreadable)?;
    Ok(Prepared {
        bytes: out.into_inner(),
        extension,
        width: picture.width(),
        height: picture.height(),
    })
}

/// A browser form goes back to the story with the message's code; other clients get the
/// status (413, 415…) and the message.
fn refuse(page: bool, id: i32, problem: ImageProblem, lang: crate::i18n::Lang) -> Response {
    let response = if page {
        Redirect::to(&format!(
            "/stories/{id}?image_error={}#picture",
            problem.code()
        ))
        .into_response()
    } else {
        (problem.status(), problem.message(lang)).into_response()
    };
    if matches!(problem, ImageProblem::TooLarge) {
        closing(response)
    } else {
        response
    }
}

/// POST /stories/{id}/image: multipart, the picture in the field `image`. Replaces the
/// story's picture while it is not published (its authors and reviewers).
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
    // Refuse before keeping the file when this person may not change the story.
    if let Err(e) = service::editable(&state.db, &user, id, lang).await {
        discard_rest(&mut multipart).await;
        return e.into_response();
    }
    let bytes = match receive_file(&mut multipart, "image", MAX_IMAGE_BYTES).await {
        Ok(file) => file.bytes,
        Err(ReceiveError::Missing { .. }) => return refuse(page, id, ImageProblem::Missing, lang),
        Err(ReceiveError::TooLarge { .. }) => {
            return refuse(page, id, ImageProblem::TooLarge, lang)
        }
        Err(e) => return e.into_response(),
    };
    let prepared = match tokio::task::spawn_blocking(move || prepare(&bytes)).await {
        Ok(Ok(prepared)) => prepared,
        Ok(Err(problem)) => return refuse(page, id, problem, lang),
        Err(e) => {
            tracing::error!(error = %e, "preparing a story picture failed");
            return AppError::Internal.into_response();
        }
    };
    let stored_as = format!("stories/{}.{}", random_name(), prepared.extension);
    let path = state.site.upload_dir.join(&stored_as);
    let written = async {
        tokio::fs::create_dir_all(state.site.upload_dir.join("stories")).await?;
        tokio::fs::write(&path, &prepared.bytes).await
    }
    .await;
    if let Err(e) = written {
        tracing::error!(error = %e, path = %path.display(), "could not store a story picture");
        return AppError::Internal.into_response();
    }
    let saved = async {
        let s = service::editable(&state.db, &user, id, lang).await?;
        let previous = s.image_file.clone();
        let mut active: story::ActiveModel = s.into();
        active.image_file = Set(Some(stored_as.clone()));
        active.image_width = Set(Some(i32::try_from(prepared.width).unwrap_or(i32::MAX)));
        active.image_height = Set(Some(i32::try_from(prepared.height).unwrap_or(i32::MAX)));
        active.updated_at = Set(chrono::Utc::now());
        active.update(&state.db).await?;
        Ok::<_, AppError>(previous)
    }
    .await;
    match saved {
        Ok(previous) => {
            if let Some(previous) = previous {
                let _ = tokio::fs::remove_file(state.site.upload_dir.join(previous)).await;
            }
            if page {
                Redirect::to(&format!("/stories/{id}#picture")).into_response()
            } else {
                (
                    StatusCode::CREATED,
                    axum::Json(serde_json::json!({
                        "width": prepared.width,
                        "height": prepared.height,
                    })),
                )
                    .into_response()
            }
        }
        Err(e) => {
            // Nothing refers to the file: remove it so no orphan stays behind.
            let _ = tokio::fs::remove_file(&path).await;
            e.into_response()
        }
    }
}

/// Whether `name` is one of our stored names (random hex and a known extension): nothing
/// else is ever read from disk.
fn stored_name(name: &str) -> Option<&'static str> {
    let (stem, extension) = name.split_once('.')?;
    if stem.is_empty() || stem.len() > 64 || !stem.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    match extension {
        "png" => Some("image/png"),
        "jpg" => Some("image/jpeg"),
        "webp" => Some("image/webp"),
        _ => None,
    }
}

/// GET /stories/images/{name}. Names are random, so only pages that show the picture link
/// to it.
pub async fn serve(
    State(state): State<AppState>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Response {
    let missing = || {
        AppError::NotFound(crate::t!(
            crate::i18n::request::of_headers(&headers),
            "stories-image-not-found"
        ))
        .into_response()
    };
    let Some(media_type) = stored_name(&name) else {
        return missing();
    };
    match tokio::fs::read(state.site.upload_dir.join("stories").join(&name)).await {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, media_type),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            ],
            bytes,
        )
            .into_response(),
        Err(_) => missing(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let picture = image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
            width,
            height,
            image::Rgb([11, 93, 140]),
        ));
        let mut out = Cursor::new(Vec::new());
        picture.write_to(&mut out, ImageFormat::Png).unwrap();
        out.into_inner()
    }

    #[test]
    fn wide_pictures_are_scaled_to_1200_px_keeping_their_shape() {
        let p = prepare(&png(2400, 1000)).unwrap();
        assert_eq!((p.width, p.height, p.extension), (1200, 500, "png"));
        let back = image::load_from_memory(&p.bytes).unwrap();
        assert_eq!((back.width(), back.height()), (1200, 500));
    }

    #[test]
    fn small_pictures_keep_their_size() {
        let p = prepare(&png(300, 200)).unwrap();
        assert_eq!((p.width, p.height), (300, 200));
    }

    #[test]
    fn what_is_not_a_picture_is_refused_by_content() {
        assert_eq!(
            prepare(b"hello, not a picture").unwrap_err(),
            ImageProblem::WrongType
        );
        assert_eq!(
            prepare(b"%PDF-1.7\n...").unwrap_err(),
            ImageProblem::WrongType
        );
        // A PNG signature with nothing readable after it.
        let mut broken = png(10, 10);
        broken.truncate(40);
        assert_eq!(prepare(&broken).unwrap_err(), ImageProblem::Unreadable);
    }

    #[test]
    fn only_stored_names_are_served() {
        assert_eq!(stored_name("4f2a.png"), Some("image/png"));
        assert_eq!(stored_name("../secret.png"), None);
        assert_eq!(stored_name("a.svg"), None);
        assert_eq!(stored_name("a.png.exe"), None);
    }
}
