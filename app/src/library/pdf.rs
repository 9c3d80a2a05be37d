//! A minimal, valid one-page PDF with a few lines of text in Helvetica: the demo products'
//! files and the tests' uploads. Correct cross-reference offsets, so strict readers open it.

/// Text as a PDF literal string: backslash and parentheses escaped; characters outside
/// printable ASCII become `?` (Helvetica's standard encoding has no others we need).
fn literal(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\\' => "\\\\".to_owned(),
            '(' => "\\(".to_owned(),
            ')' => "\\)".to_owned(),
            ' '..='~' => c.to_string(),
            _ => "?".to_owned(),
        })
        .collect()
}

/// A one-page PDF showing `lines`, one under the other.
pub fn simple_pdf(lines: &[&str]) -> Vec<u8> {
    let mut content = String::from("BT\n/F1 12 Tf\n16 TL\n72 740 Td\n");
    for line in lines {
        content.push_str(&format!("({}) Tj T*\n", literal(line)));
    }
    content.push_str("ET\n");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] \
         /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
            .to_owned(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_owned(),
        format!(
            "<< /Length {} >>\nstream\n{content}endstream",
            content.len()
        ),
    ];
    let mut out = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The extractor (`crate::uploads::extract`) on a PDF like the library's.
    #[test]
    #[cfg(feature = "ssr")]
    fn the_text_is_written_and_capped() {
        use crate::uploads::extract::write_text;
        let pdf = simple_pdf(&["Septage manual", "zymurgical sludge"]);
        let mut out = Vec::new();
        write_text(&pdf, &mut out, 1 << 20).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("zymurgical"), "{text}");

        let mut out = Vec::new();
        write_text(&pdf, &mut out, 10).unwrap();
        assert_eq!(out.len(), 10);
        assert!(text.starts_with(std::str::from_utf8(&out).unwrap()));
    }

    #[test]
    fn offsets_point_at_their_objects() {
        let pdf = simple_pdf(&["Hello (world)", "Nước"]);
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.starts_with("%PDF-1.4"));
        assert!(text.contains("(Hello \\(world\\)) Tj"));
        assert!(text.contains("(N??c) Tj"));
        let xref_at: usize = text
            .rsplit("startxref\n")
            .next()
            .and_then(|s| s.lines().next())
            .and_then(|s| s.parse().ok())
            .unwrap();
        let tail = String::from_utf8_lossy(&pdf[xref_at..]);
        assert!(tail.starts_with("xref"));
        // The entry of object 4 (the font): its offset is where "4 0 obj" starts.
        let entry = tail.lines().nth(6).unwrap();
        let offset: usize = entry[..10].parse().unwrap();
        assert!(pdf[offset..].starts_with(b"4 0 obj"));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_text_can_be_read_back() {
        let pdf = simple_pdf(&["Septage manual", "zymurgical sludge"]);
        let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
        assert!(text.contains("zymurgical"), "{text}");
    }
}
