//! Text for the two places where the renderer writes text unescaped on the server: a
//! `<textarea>`'s content (tachys 0.2 marks textarea as a raw-text element) and the page
//! `<title>` (leptos_meta 0.8 writes it as is). A stored `</textarea>` or `</title>` would
//! end the element there and whatever followed would become markup. On the server the text
//! is escaped here; in the browser the same text is set as a DOM string and needs nothing.

/// `text` as it must be written inside a `<textarea>` or `<title>` by the renderer.
pub fn escaped_for_raw_text(text: &str) -> String {
    if cfg!(feature = "ssr") {
        escape(text)
    } else {
        text.to_owned()
    }
}

/// `&` and `<` as character references: inside RCDATA nothing else is markup.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn a_closing_tag_in_stored_text_cannot_end_the_element() {
        let stored =
            "Scope\n</textarea><img src=x onerror=alert(1)> & </title><script>x()</script>";
        let written = escape(stored);
        assert!(!written.contains('<'), "{written}");
        assert_eq!(
            written,
            "Scope\n&lt;/textarea>&lt;img src=x onerror=alert(1)> &amp; &lt;/title>&lt;script>x()&lt;/script>"
        );
        assert_eq!(escape("Plain text, 40 % NRW"), "Plain text, 40 % NRW");
    }
}
