//! Query strings for the site's own links (filters, searches, pages of results): one encoding
//! everywhere, the one browsers use when they submit a form (`application/x-www-form-urlencoded`,
//! by the `form_urlencoded` crate that the server's parsers use too). A space becomes `+`, and
//! everything but ASCII letters, digits and `*-._` is percent-encoded (`~` as `%7E`), so a value
//! read back by the server is the value that was written.

/// One value (or name) of a query string.
pub fn encode(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// `name=value&…` (without `?`) from pairs in their order, each name and value encoded.
pub fn build<'a, V: AsRef<str>>(pairs: impl IntoIterator<Item = (&'a str, V)>) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (name, value) in pairs {
        out.append_pair(name, value.as_ref());
    }
    out.finish()
}

/// The pairs of a query string (without `?`), decoded.
pub fn parse(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn space_and_tilde_round_trip() {
        for value in [
            "Viet Nam",
            "~user",
            "a ~ b",
            "50% + 1 & more=yes",
            "Hợp đồng",
            "",
        ] {
            let query = build([("v", value)]);
            assert_eq!(
                parse(&query),
                vec![("v".to_owned(), value.to_owned())],
                "{query}"
            );
            assert_eq!(query, format!("v={}", encode(value)));
        }
        assert_eq!(encode("Viet Nam"), "Viet+Nam");
        assert_eq!(encode("~"), "%7E");
        // A literal plus is not a space.
        assert_eq!(encode("C++"), "C%2B%2B");
        assert_eq!(parse("v=C%2B%2B+x")[0].1, "C++ x");
        // %20 (from other encoders) reads as a space too.
        assert_eq!(parse("v=Viet%20Nam%7e")[0].1, "Viet Nam~");
    }

    #[test]
    fn pairs_keep_their_order() {
        assert_eq!(
            build([("q", "water district"), ("page", "3")]),
            "q=water+district&page=3"
        );
    }
}
