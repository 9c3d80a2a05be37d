//! Markdown as authors write it, turned into HTML that is safe to put in a page: rendered with
//! pulldown-cmark, then cleaned by ammonia's allow-list, so `<script>`, `on…=` handlers,
//! `style` and `javascript:` links never reach a reader's browser.

use std::collections::HashSet;

/// Safe HTML for `markdown`. Raw HTML in the source is kept only where ammonia allows it.
pub fn render(markdown: &str) -> String {
    let mut options = pulldown_cmark::Options::empty();
    options.insert(pulldown_cmark::Options::ENABLE_TABLES);
    options.insert(pulldown_cmark::Options::ENABLE_STRIKETHROUGH);
    let parser = pulldown_cmark::Parser::new_ext(markdown, options);
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, parser);
    sanitize(&html)
}

/// Ammonia's defaults allow only known-harmless tags and attributes and only http, https and
/// mailto (and a few other) URL schemes; we narrow the schemes further and keep images out (a
/// story's pictures are its own uploads, not hot-linked from elsewhere).
fn sanitize(html: &str) -> String {
    let schemes: HashSet<&str> = ["http", "https", "mailto"].into_iter().collect();
    ammonia::Builder::default()
        .url_schemes(schemes)
        .rm_tags(["img"])
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn ordinary_markdown_becomes_html() {
        let html = render("# Result\n\nNRW fell to **24 %**.\n\n- DMAs\n- step tests");
        assert!(html.contains("<h1>Result</h1>"), "{html}");
        assert!(html.contains("<strong>24 %</strong>"), "{html}");
        assert!(html.contains("<li>DMAs</li>"), "{html}");
    }

    #[test]
    fn scripts_are_removed() {
        let html =
            render("Hello <script>alert('x')</script> world\n\n<script>fetch('/x')</script>");
        assert!(!html.to_lowercase().contains("<script"), "{html}");
        assert!(!html.contains("alert("), "{html}");
    }

    #[test]
    fn event_handlers_and_styles_are_removed() {
        let html = render("<p onclick=\"steal()\" style=\"x\">hi</p><a href=\"https://a.example\" onmouseover=\"steal()\">a</a>");
        assert!(!html.contains("onclick"), "{html}");
        assert!(!html.contains("onmouseover"), "{html}");
        assert!(!html.contains("steal()"), "{html}");
        assert!(!html.contains("style="), "{html}");
    }

    #[test]
    fn javascript_links_lose_their_target() {
        for source in [
            "[click](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
        ] {
            let html = render(source);
            assert!(
                !html.to_lowercase().contains("javascript:"),
                "{source} → {html}"
            );
            assert!(!html.contains("data:"), "{source} → {html}");
        }
    }

    #[test]
    fn safe_links_stay_and_open_without_opener() {
        let html = render("[ADB](https://www.adb.org/)");
        assert!(html.contains("href=\"https://www.adb.org/\""), "{html}");
        assert!(
            html.contains("rel=\"noopener noreferrer nofollow\""),
            "{html}"
        );
    }

    #[test]
    fn iframes_and_images_from_elsewhere_are_removed() {
        let html = render(
            "<iframe src=\"https://evil.example\"></iframe>![x](https://evil.example/t.png)",
        );
        assert!(!html.contains("iframe"), "{html}");
        assert!(!html.contains("<img"), "{html}");
    }
}
