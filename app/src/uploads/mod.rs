//! What every file upload and download shares: the form-or-API answer, random stored names,
//! download headers, reading the rest of a refused upload, an account's upload allowance, and
//! reading the text of an uploaded PDF (`extract`).

pub mod extract;

use axum::extract::Multipart;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::Response;

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
