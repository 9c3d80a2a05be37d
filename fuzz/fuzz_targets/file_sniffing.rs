//! Uploaded files recognised by their content: the library's documents
//! (`library::check_file`, with the name the browser sent) and a partnership's signed
//! agreement (`wops::check_pdf`). Besides never panicking: a file is accepted only as a format
//! its content can be, and never past the size limit.
#![no_main]

use app::library::{check_file, FileFormat, MAX_FILE_BYTES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: fuzz_support::report_stack_overflows(), |bytes: &[u8]| {
    for name in [
        "report.pdf",
        "plan.docx",
        "figures.xlsx",
        "slides.pptx",
        "notes",
        "a.DOC.",
    ] {
        if let Ok(format) = check_file(bytes, name) {
            assert!(!bytes.is_empty() && bytes.len() <= MAX_FILE_BYTES);
            match format {
                // As Acrobat: the header anywhere in the first 1024 bytes (infer's rule).
                FileFormat::Pdf => assert!(bytes[..bytes.len().min(1024)]
                    .windows(4)
                    .any(|w| w == b"%PDF")),
                // Office Open XML and OpenDocument files are zip archives.
                FileFormat::Docx
                | FileFormat::Xlsx
                | FileFormat::Pptx
                | FileFormat::Odt
                | FileFormat::Ods => assert!(bytes.starts_with(b"PK")),
                // Word 97 and Excel 97 files are OLE compound documents.
                FileFormat::Doc | FileFormat::Xls => {
                    assert!(bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]))
                }
            }
        }
    }
    if app::wops::check_pdf(bytes).is_ok() {
        assert!(bytes.starts_with(b"%PDF-"));
    }
});
