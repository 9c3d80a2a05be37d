//! Text for the two places where the renderer writes text unescaped on the server: a
//! `<textarea>`'s content (tachys 0.2 marks textarea as a raw-text element) and the page
//! `<title>` (leptos_meta 0.8 writes it as is). A stored `</textarea>` or `</title>` would
//! end the element there and whatever followed would become markup. On the server the text
//! is escaped here; in the browser the same text is set as a DOM string and needs nothing.

/// `text` as it must be written inside a `<textarea>` or `<title>` by the renderer.
pub fn escaped_for_raw_text(text: &str) -> String {
    #[cfg(feature = "ssr")]
    let written = html_escape::encode_text(text).into_owned();
    #[cfg(not(feature = "ssr"))]
    let written = text.to_owned();
    written
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::escaped_for_raw_text;

    #[test]
    fn a_closing_tag_in_stored_text_cannot_end_the_element() {
        let stored =
            "Scope\n</textarea><img src=x onerror=alert(1)> & </title><script>x()</script>";
        let written = escaped_for_raw_text(stored);
        assert!(!written.contains('<'), "{written}");
        assert_eq!(
            written,
            "Scope\n&lt;/textarea&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;"
        );
        assert_eq!(
            escaped_for_raw_text("Plain text, 40 % NRW"),
            "Plain text, 40 % NRW"
        );
    }
}
