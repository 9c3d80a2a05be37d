//! What a library file may be: a PDF or a common office document, recognised by its content
//! (not its name), of at most 20 MB. Shared by the upload handler and the page that shows why
//! an upload was refused.
// The check runs on the server only; the browser needs just the messages.
#![cfg_attr(not(feature = "ssr"), allow(dead_code))]

use crate::i18n::Lang;
use crate::t;

/// The largest file accepted.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// The request may carry a little more than the file (the multipart envelope).
pub const UPLOAD_LIMIT: usize = MAX_FILE_BYTES + 64 * 1024;

/// The formats the library keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Pdf,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Doc,
    Xls,
}

impl FileFormat {
    pub const ALL: [FileFormat; 8] = [
        FileFormat::Pdf,
        FileFormat::Docx,
        FileFormat::Xlsx,
        FileFormat::Pptx,
        FileFormat::Odt,
        FileFormat::Ods,
        FileFormat::Doc,
        FileFormat::Xls,
    ];

    pub fn extension(self) -> &'static str {
        match self {
            FileFormat::Pdf => "pdf",
            FileFormat::Docx => "docx",
            FileFormat::Xlsx => "xlsx",
            FileFormat::Pptx => "pptx",
            FileFormat::Odt => "odt",
            FileFormat::Ods => "ods",
            FileFormat::Doc => "doc",
            FileFormat::Xls => "xls",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            FileFormat::Pdf => "application/pdf",
            FileFormat::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            FileFormat::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            FileFormat::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            FileFormat::Odt => "application/vnd.oasis.opendocument.text",
            FileFormat::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            FileFormat::Doc => "application/msword",
            FileFormat::Xls => "application/vnd.ms-excel",
        }
    }

    /// The format as people call it; product names stay as they are in every language.
    pub fn label(self, lang: Lang) -> String {
        match self {
            FileFormat::Pdf => "PDF".to_owned(),
            FileFormat::Docx => "Word (.docx)".to_owned(),
            FileFormat::Xlsx => "Excel (.xlsx)".to_owned(),
            FileFormat::Pptx => "PowerPoint (.pptx)".to_owned(),
            FileFormat::Odt => t!(lang, "library-format-odt"),
            FileFormat::Ods => t!(lang, "library-format-ods"),
            FileFormat::Doc => "Word 97–2003 (.doc)".to_owned(),
            FileFormat::Xls => "Excel 97–2003 (.xls)".to_owned(),
        }
    }

    pub fn from_media_type(media_type: &str) -> Option<FileFormat> {
        FileFormat::ALL
            .into_iter()
            .find(|f| f.media_type() == media_type)
    }

    fn from_extension(ext: &str) -> Option<FileFormat> {
        FileFormat::ALL
            .into_iter()
            .find(|f| f.extension().eq_ignore_ascii_case(ext))
    }
}

/// Why an upload is refused, as the form shows it next to the file field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    Missing,
    TooLarge,
    WrongType,
    /// This person may not add files to this product.
    NotAllowed,
    /// The account's files-per-hour quota is used up.
    TooManyFiles,
    /// The file would take the account past its bytes-per-day quota.
    DailyVolume,
}

impl FileProblem {
    pub fn code(self) -> &'static str {
        match self {
            FileProblem::Missing => "missing",
            FileProblem::TooLarge => "too_large",
            FileProblem::WrongType => "wrong_type",
            FileProblem::NotAllowed => "not_allowed",
            FileProblem::TooManyFiles => "too_many_files",
            FileProblem::DailyVolume => "daily_volume",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        [
            Self::Missing,
            Self::TooLarge,
            Self::WrongType,
            Self::NotAllowed,
            Self::TooManyFiles,
            Self::DailyVolume,
        ]
        .into_iter()
        .find(|p| p.code() == code)
    }

    /// What the person is told, in `lang`.
    pub fn message(self, lang: Lang) -> String {
        match self {
            FileProblem::Missing => t!(lang, "library-file-missing"),
            FileProblem::TooLarge => t!(lang, "library-file-too-large"),
            FileProblem::WrongType => t!(lang, "library-file-wrong-type"),
            FileProblem::NotAllowed => t!(lang, "library-file-not-allowed"),
            FileProblem::TooManyFiles => t!(lang, "library-file-too-many"),
            FileProblem::DailyVolume => t!(lang, "library-file-daily-volume"),
        }
    }
}

/// Recognises the file by its content. The name only tells apart OOXML containers whose
/// inner layout the content sniffer does not recognise (it sees a ZIP holding
/// `[Content_Types].xml`, which every OOXML file has).
#[cfg(feature = "ssr")]
pub fn check_file(bytes: &[u8], name: &str) -> Result<FileFormat, FileProblem> {
    if bytes.is_empty() {
        return Err(FileProblem::Missing);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileProblem::TooLarge);
    }
    let detected = infer::get(bytes).map(|t| t.mime_type());
    if let Some(format) = detected.and_then(FileFormat::from_media_type) {
        return Ok(format);
    }
    let ooxml = detected == Some("application/zip")
        && bytes
            .windows(b"[Content_Types].xml".len())
            .take(64 * 1024)
            .any(|w| w == b"[Content_Types].xml");
    let by_name = name
        .rsplit_once('.')
        .and_then(|(_, ext)| FileFormat::from_extension(ext));
    match by_name {
        Some(f @ (FileFormat::Docx | FileFormat::Xlsx | FileFormat::Pptx)) if ooxml => Ok(f),
        _ => Err(FileProblem::WrongType),
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    /// A stored (uncompressed) ZIP entry header followed by its name: enough for the sniffer.
    fn zip_with_first_entry(name: &str, rest: &[u8]) -> Vec<u8> {
        let mut bytes = vec![b'P', b'K', 3, 4];
        bytes.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        bytes.extend_from_slice(&[0; 12]);
        bytes.extend_from_slice(&(name.len() as u16).to_le_bytes());
        bytes.extend_from_slice(&[0, 0]);
        bytes.extend_from_slice(name.as_bytes());
        bytes.extend_from_slice(rest);
        bytes
    }

    #[test]
    fn the_content_decides_not_the_name() {
        assert_eq!(
            check_file(b"%PDF-1.7\n%%EOF\n", "report.docx"),
            Ok(FileFormat::Pdf)
        );
        assert_eq!(
            check_file(b"MZ\x90\x00 a program", "manual.pdf"),
            Err(FileProblem::WrongType)
        );
        assert_eq!(
            check_file(b"\x89PNG\r\n\x1a\n....", "manual.pdf"),
            Err(FileProblem::WrongType)
        );
        assert_eq!(
            check_file(b"just some text", "notes.txt"),
            Err(FileProblem::WrongType)
        );
    }

    #[test]
    fn office_documents_pass() {
        let docx = zip_with_first_entry("word/document.xml", &[0; 64]);
        assert_eq!(check_file(&docx, "x.docx"), Ok(FileFormat::Docx));
        let xlsx = zip_with_first_entry("xl/workbook.xml", &[0; 64]);
        assert_eq!(check_file(&xlsx, "x.xlsx"), Ok(FileFormat::Xlsx));
        let mut odt = zip_with_first_entry("mimetype", b"application/vnd.oasis.opendocument.text");
        odt.extend_from_slice(&[0; 64]);
        assert_eq!(check_file(&odt, "x.odt"), Ok(FileFormat::Odt));
        // An OOXML container the sniffer cannot place: the name says which.
        let ooxml = zip_with_first_entry("[Content_Types].xml", &[0; 64]);
        assert_eq!(check_file(&ooxml, "tool.pptx"), Ok(FileFormat::Pptx));
        assert_eq!(check_file(&ooxml, "tool.zip"), Err(FileProblem::WrongType));
        // A plain ZIP named .docx is not a document.
        let zip = zip_with_first_entry("payload.exe", &[0; 64]);
        assert_eq!(check_file(&zip, "x.docx"), Err(FileProblem::WrongType));
    }

    #[test]
    fn empty_and_oversized_files_are_refused() {
        assert_eq!(check_file(b"", "a.pdf"), Err(FileProblem::Missing));
        let mut big = b"%PDF-1.4".to_vec();
        big.resize(MAX_FILE_BYTES + 1, b' ');
        assert_eq!(check_file(&big, "a.pdf"), Err(FileProblem::TooLarge));
    }

    #[test]
    fn problems_round_trip_through_their_codes() {
        for p in [
            FileProblem::Missing,
            FileProblem::TooLarge,
            FileProblem::WrongType,
            FileProblem::NotAllowed,
            FileProblem::TooManyFiles,
            FileProblem::DailyVolume,
        ] {
            assert_eq!(FileProblem::parse(p.code()), Some(p));
        }
    }
}
