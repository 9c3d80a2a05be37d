//! What a signed agreement upload must be: a PDF (by its content) of at most 10 MB. Shared by
//! the upload handler and the page that shows why an upload was refused.
// The limits and the check run on the server only; the browser needs just the messages.
#![cfg_attr(not(feature = "ssr"), allow(dead_code))]

/// The largest signed agreement accepted.
pub const MAX_DOCUMENT_BYTES: usize = 10 * 1024 * 1024;
/// The request may carry a little more than the file (the multipart envelope).
pub const UPLOAD_LIMIT: usize = MAX_DOCUMENT_BYTES + 64 * 1024;

/// Why an upload is refused, as the form shows it next to the file field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadProblem {
    Missing,
    TooLarge,
    NotPdf,
    /// The terms must be recorded before the signed document.
    NoTerms,
    /// This person may not change the partnership (or it has ended).
    NotAllowed,
}

impl UploadProblem {
    pub fn code(self) -> &'static str {
        match self {
            UploadProblem::Missing => "missing",
            UploadProblem::TooLarge => "too_large",
            UploadProblem::NotPdf => "not_pdf",
            UploadProblem::NoTerms => "no_terms",
            UploadProblem::NotAllowed => "not_allowed",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        [
            Self::Missing,
            Self::TooLarge,
            Self::NotPdf,
            Self::NoTerms,
            Self::NotAllowed,
        ]
        .into_iter()
        .find(|p| p.code() == code)
    }

    pub fn message(self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        match self {
            UploadProblem::Missing => t!(lang, "wops-upload-missing"),
            UploadProblem::TooLarge => t!(lang, "wops-upload-too-large"),
            UploadProblem::NotPdf => t!(lang, "wops-upload-not-pdf"),
            UploadProblem::NoTerms => t!(lang, "wops-upload-no-terms"),
            UploadProblem::NotAllowed => t!(lang, "wops-upload-not-allowed"),
        }
    }
}

/// The file's content decides, not its name: a PDF starts with `%PDF-`.
pub fn check_pdf(bytes: &[u8]) -> Result<(), UploadProblem> {
    if bytes.is_empty() {
        Err(UploadProblem::Missing)
    } else if bytes.len() > MAX_DOCUMENT_BYTES {
        Err(UploadProblem::TooLarge)
    } else if !bytes.starts_with(b"%PDF-") {
        Err(UploadProblem::NotPdf)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_pdfs_within_the_limit_pass() {
        assert_eq!(check_pdf(b"%PDF-1.7\n..."), Ok(()));
        assert_eq!(
            check_pdf(b"MZ\x90\x00 a program"),
            Err(UploadProblem::NotPdf)
        );
        assert_eq!(check_pdf(b""), Err(UploadProblem::Missing));
        let mut big = b"%PDF-1.4".to_vec();
        big.resize(MAX_DOCUMENT_BYTES + 1, b' ');
        assert_eq!(check_pdf(&big), Err(UploadProblem::TooLarge));
    }
}
