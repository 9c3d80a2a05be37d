//! What every file upload and download shares: receiving the file from a multipart form
//! ([`receive_file`]), the form-or-API answer, random stored names, download headers, and reading
//! the rest of a refused upload.
//!
//! Every upload handler checks the session and the permission first, and only then calls
//! [`receive_file`]: nothing is buffered for someone who may not upload. An account's upload
//! allowance and reading the text of an uploaded PDF (`extract`) are here too.

pub mod extract;

use axum::extract::Multipart;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// A file received from a multipart form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedFile {
    /// The name the client gave (not yet cleaned: each kind of upload cleans it its own way).
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// Why no file was received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReceiveError {
    /// The form has no such file field, or the file is empty (nothing was chosen): 400.
    Missing { field: &'static str },
    /// The file is larger than the limit, or the body was cut short by the route's limit: 413.
    TooLarge { limit: usize },
    /// The body is not a readable multipart form: 400.
    Malformed(String),
}

impl ReceiveError {
    pub fn status(&self) -> StatusCode {
        match self {
            ReceiveError::Missing { .. } | ReceiveError::Malformed(_) => StatusCode::BAD_REQUEST,
            ReceiveError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
        }
    }

    pub fn message(&self) -> String {
        match self {
            ReceiveError::Missing { field } => {
                format!("The form has no file in its field '{field}': choose a file to upload.")
            }
            ReceiveError::TooLarge { limit } => format!(
                "The file is larger than {}: please upload a smaller one.",
                size_in_words(*limit)
            ),
            ReceiveError::Malformed(detail) => {
                format!("The upload could not be read as a form: {detail}")
            }
        }
    }
}

/// The status and the message; a file too large also closes the connection (see [`closing`]).
impl IntoResponse for ReceiveError {
    fn into_response(self) -> Response {
        let response = (self.status(), self.message()).into_response();
        if matches!(self, ReceiveError::TooLarge { .. }) {
            closing(response)
        } else {
            response
        }
    }
}

/// "10 MB", "5 MB", "512 KB": limits as people read them (binary units, as the limits are set).
pub fn size_in_words(bytes: usize) -> String {
    const MB: usize = 1024 * 1024;
    if bytes >= MB && bytes.is_multiple_of(MB) {
        format!("{} MB", bytes / MB)
    } else if bytes >= MB {
        format!("{:.1} MB", bytes as f64 / MB as f64)
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// Reads the file in the form field `field`, at most `limit` bytes of it, skipping the other
/// fields; stops reading as soon as the file passes the limit. The one receiver of every upload
/// (agreements, library files, story pictures): call it only once the person may upload.
pub async fn receive_file(
    multipart: &mut Multipart,
    field: &'static str,
    limit: usize,
) -> Result<ReceivedFile, ReceiveError> {
    // The route's body limit cuts the stream short: that too is a file too large.
    let refused = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ReceiveError::TooLarge { limit }
        } else {
            ReceiveError::Malformed(e.body_text())
        }
    };
    loop {
        let Some(mut part) = multipart.next_field().await.map_err(refused)? else {
            return Err(ReceiveError::Missing { field });
        };
        if part.name() != Some(field) {
            continue;
        }
        let file_name = part.file_name().unwrap_or_default().to_owned();
        let mut bytes = Vec::new();
        while let Some(chunk) = part.chunk().await.map_err(refused)? {
            if bytes.len() + chunk.len() > limit {
                return Err(ReceiveError::TooLarge { limit });
            }
            bytes.extend_from_slice(&chunk);
        }
        drop(part);
        if bytes.is_empty() {
            return Err(ReceiveError::Missing { field });
        }
        // The rest of the form (other fields after the file) is read so the answer does not
        // reset the connection; the route's body limit bounds it.
        discard_rest(multipart).await;
        return Ok(ReceivedFile { file_name, bytes });
    }
}

/// A browser form (Accept: text/html) is answered with a redirect back to its page; other
/// clients get the status and the message.
pub fn wants_page(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// Reads and drops what is left of a request that is refused before its file was read.
/// Answering while the client is still sending makes the server close the connection with
/// unread data, which resets it: the browser then shows a connection error instead of our
/// message. The body limit still applies, so this reads at most what an upload may carry.
pub async fn discard_rest(multipart: &mut Multipart) {
    while let Ok(Some(mut field)) = multipart.next_field().await {
        while let Ok(Some(_)) = field.chunk().await {}
    }
}

/// The answer to an upload cut short by the body limit. The rest of the file is still on its
/// way and will not be read, so the connection ends after this answer; saying so keeps the
/// client from sending its next request on a connection that is closing.
pub fn closing(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

/// An ASCII fallback name and the exact UTF-8 one (RFC 6266), so "Hợp đồng.pdf" survives.
pub fn content_disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii() && !c.is_ascii_control() && c != '"' && c != '\\' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    format!("inline; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

pub fn random_name() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::extract::FromRequest;

    /// A multipart request with these (field, file name, content) parts.
    async fn form(parts: &[(&str, Option<&str>, &[u8])]) -> Multipart {
        let boundary = "XyZzY";
        let mut body = Vec::new();
        for (name, file_name, content) in parts {
            body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            let disposition = match file_name {
                Some(f) => format!("form-data; name=\"{name}\"; filename=\"{f}\""),
                None => format!("form-data; name=\"{name}\""),
            };
            body.extend_from_slice(
                format!("Content-Disposition: {disposition}\r\n\r\n").as_bytes(),
            );
            body.extend_from_slice(content);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let request = axum::http::Request::builder()
            .method("POST")
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(axum::body::Body::from(body))
            .unwrap();
        Multipart::from_request(request, &()).await.unwrap()
    }

    #[tokio::test]
    async fn the_named_file_is_received_and_other_fields_skipped() {
        let mut m = form(&[
            ("note", None, b"hello"),
            ("file", Some("plan.pdf"), b"%PDF-1.4"),
            ("after", None, b"x"),
        ])
        .await;
        let got = receive_file(&mut m, "file", 8).await.unwrap();
        assert_eq!(got.file_name, "plan.pdf");
        assert_eq!(got.bytes, b"%PDF-1.4");
    }

    #[tokio::test]
    async fn a_file_over_the_limit_is_413_with_the_limit_in_the_message() {
        let mut m = form(&[("file", Some("big.pdf"), &[b'a'; 2049])]).await;
        let e = receive_file(&mut m, "file", 2048).await.unwrap_err();
        assert_eq!(e, ReceiveError::TooLarge { limit: 2048 });
        assert_eq!(e.status(), StatusCode::PAYLOAD_TOO_LARGE);
        assert!(e.message().contains("2 KB"), "{}", e.message());
        let ten = ReceiveError::TooLarge {
            limit: 10 * 1024 * 1024,
        };
        assert!(ten.message().contains("10 MB"), "{}", ten.message());
    }

    #[tokio::test]
    async fn a_missing_or_empty_file_is_400() {
        let mut m = form(&[("other", Some("a.pdf"), b"data")]).await;
        let e = receive_file(&mut m, "file", 100).await.unwrap_err();
        assert_eq!(e, ReceiveError::Missing { field: "file" });
        assert_eq!(e.status(), StatusCode::BAD_REQUEST);
        let mut m = form(&[("file", Some(""), b"")]).await;
        assert_eq!(
            receive_file(&mut m, "file", 100).await.unwrap_err(),
            ReceiveError::Missing { field: "file" }
        );
    }

    #[test]
    fn a_line_break_in_a_name_cannot_reach_the_header() {
        let value = content_disposition("plan\r\nSet-Cookie: x=1.pdf");
        assert!(!value.contains('\r') && !value.contains('\n'), "{value}");
        assert!(axum::http::HeaderValue::from_str(&value).is_ok());
    }

    #[test]
    fn non_ascii_names_keep_their_spelling() {
        assert_eq!(
            content_disposition("Hợp đồng.pdf"),
            "inline; filename=\"H_p __ng.pdf\"; filename*=UTF-8''H%E1%BB%A3p%20%C4%91%E1%BB%93ng.pdf"
        );
    }
}

/// One account's upload allowance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UploadQuota {
    /// Files in any sliding hour.
    pub files_per_hour: u32,
    /// Bytes in any sliding 24 hours.
    pub bytes_per_day: u64,
}

impl Default for UploadQuota {
    fn default() -> Self {
        UploadQuota {
            files_per_hour: 30,
            bytes_per_day: 300 * 1024 * 1024,
        }
    }
}
