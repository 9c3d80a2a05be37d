//! Stories' Markdown (`stories::markdown::render`): any text an author types becomes HTML that
//! runs nothing in a reader's browser. The output is read tag by tag (ammonia writes every `<`
//! of text as `&lt;`, so each `<` starts a tag): no script-like element, no event handler or
//! style attribute, and links only to http, https, mailto or a relative address.
#![no_main]

use libfuzzer_sys::fuzz_target;

const FORBIDDEN_TAGS: &[&str] = &[
    "script", "style", "iframe", "object", "embed", "img", "svg", "math", "form", "input",
    "button", "textarea", "select", "link", "meta", "base", "frame", "frameset", "template",
];

fuzz_target!(init: fuzz_support::report_stack_overflows(), |markdown: &str| {
    let html = app::stories::markdown::render(markdown);
    let mut rest = html.as_str();
    while let Some(start) = rest.find('<') {
        let (tag, after) = read_tag(&rest[start + 1..]);
        let name = tag.name.to_ascii_lowercase();
        assert!(
            !FORBIDDEN_TAGS.contains(&name.as_str()),
            "<{name}> in {html:?}"
        );
        for (attribute, value) in &tag.attributes {
            let attribute = attribute.to_ascii_lowercase();
            assert!(!attribute.starts_with("on"), "{attribute}= in {html:?}");
            assert!(
                attribute != "style" && attribute != "srcdoc",
                "{attribute}= in {html:?}"
            );
            if matches!(
                attribute.as_str(),
                "href" | "src" | "action" | "formaction" | "cite"
            ) {
                assert!(
                    safe_url(&decode_entities(value)),
                    "{attribute}={value:?} in {html:?}"
                );
            }
        }
        rest = after;
    }
});

struct Tag<'a> {
    name: &'a str,
    attributes: Vec<(&'a str, &'a str)>,
}

/// Reads `name attr="value" …>` (after the `<`), returning the tag and the text after it.
fn read_tag(s: &str) -> (Tag<'_>, &str) {
    let s = s.strip_prefix('/').unwrap_or(s);
    let end = |s: &str| {
        s.find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .unwrap_or(s.len())
    };
    let name = &s[..end(s)];
    let mut rest = &s[name.len()..];
    let mut attributes = Vec::new();
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() || rest.starts_with('>') {
            return (Tag { name, attributes }, rest.get(1..).unwrap_or(""));
        }
        let attr_end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '>')
            .unwrap_or(rest.len());
        let attribute = &rest[..attr_end];
        rest = &rest[attr_end..];
        let mut value = "";
        if let Some(quoted) = rest.strip_prefix("=\"") {
            let close = quoted
                .find('"')
                .expect("attribute values are quoted and closed");
            value = &quoted[..close];
            rest = &quoted[close + 1..];
        }
        attributes.push((attribute, value));
    }
}

/// The entities html5ever's serializer writes in attribute values.
fn decode_entities(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&nbsp;", "\u{a0}")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// As a browser reads a URL (the WHATWG URL standard): leading spaces and controls, and tabs
/// and line breaks anywhere, are dropped; a scheme is a letter, then letters, digits, `+`, `-`
/// or `.`, then `:`. Anything else is a relative address.
fn safe_url(url: &str) -> bool {
    let url: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let scheme_end = url
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        .unwrap_or(url.len());
    let has_scheme = url[scheme_end..].starts_with(':')
        && url.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    if !has_scheme {
        return true;
    }
    let scheme = url[..scheme_end].to_ascii_lowercase();
    matches!(scheme.as_str(), "http" | "https" | "mailto")
}
