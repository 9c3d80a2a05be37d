//! Every language has every text, and every text is used: a key missing in one language, left
//! over after the code stopped using it, or used by the code but written nowhere fails here,
//! named with its file.

use super::Lang;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const CRATE: &str = env!("CARGO_MANIFEST_DIR");

/// Message id → the variables its text uses, per file name.
type Catalogue = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

fn catalogue(lang: Lang) -> Catalogue {
    let folder = Path::new(CRATE).join("locales").join(lang.as_code());
    let mut files = Catalogue::new();
    let entries =
        std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_none_or(|ext| ext != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("a readable file");
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        let mut messages = BTreeMap::new();
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables_of(value, &mut variables);
                }
                for attribute in &message.attributes {
                    variables_of(&attribute.value, &mut variables);
                }
                messages.insert(message.id.name.to_owned(), variables);
            }
        }
        let name = path
            .file_name()
            .expect("a file name")
            .to_string_lossy()
            .into_owned();
        files.insert(name, messages);
    }
    files
}

fn variables_of(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, into),
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                variables_of(&variant.value, into);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, into);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        _ => {}
    }
}

fn rust_files(folder: &Path, into: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder)
        .expect("a source folder")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, into);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            into.push(path);
        }
    }
}

/// The keys the code looks up: the first string literal after each `t!(`.
fn keys_used() -> BTreeMap<String, PathBuf> {
    let mut files = Vec::new();
    rust_files(&Path::new(CRATE).join("src"), &mut files);
    rust_files(&Path::new(CRATE).join("../server/src"), &mut files);
    let mut used = BTreeMap::new();
    // This file names the macro in its own strings.
    files.retain(|f| !f.ends_with("i18n/completeness.rs"));
    for file in files {
        let source = std::fs::read_to_string(&file).expect("a readable source file");
        for (at, _) in source.match_indices("t!(") {
            // Examples in comments are not uses.
            let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
            if source[line_start..at].trim_start().starts_with("//") {
                continue;
            }
            // `t!(` inside a longer name (`format!(` has no `t!(`, but `print!(`-like names could).
            let before = source[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &source[at + 3..];
            let Some(open) = rest.find('"') else { continue };
            let literal = &rest[open + 1..];
            let Some(close) = literal.find('"') else {
                continue;
            };
            let key = &literal[..close];
            if key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !key.is_empty()
            {
                used.entry(key.to_owned()).or_insert_with(|| file.clone());
            }
        }
    }
    used
}

#[test]
fn every_language_has_exactly_the_english_texts_with_the_same_arguments() {
    let english = catalogue(Lang::En);
    assert!(!english.is_empty(), "no English texts found");
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let other = catalogue(lang);
        for (file, messages) in &english {
            let Some(translated) = other.get(file) else {
                problems.push(format!("{}: {file} is missing", lang.as_code()));
                continue;
            };
            for (key, variables) in messages {
                match translated.get(key) {
                    None => problems.push(format!("{}/{file}: `{key}` is missing", lang.as_code())),
                    Some(theirs) if !theirs.is_subset(variables) => problems.push(format!(
                        "{}/{file}: `{key}` uses {:?}, which English does not give",
                        lang.as_code(),
                        theirs.difference(variables).collect::<Vec<_>>()
                    )),
                    Some(_) => {}
                }
            }
            for key in translated.keys().filter(|k| !messages.contains_key(*k)) {
                problems.push(format!(
                    "{}/{file}: `{key}` is not in English",
                    lang.as_code()
                ));
            }
        }
        for file in other.keys().filter(|f| !english.contains_key(*f)) {
            problems.push(format!(
                "{}: {file} has no English original",
                lang.as_code()
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_text_is_used_and_every_key_used_is_written() {
    let english: BTreeMap<String, String> = catalogue(Lang::En)
        .into_iter()
        .flat_map(|(file, messages)| messages.into_keys().map(move |key| (key, file.clone())))
        .collect();
    let used = keys_used();
    let mut problems = Vec::new();
    for (key, file) in &used {
        if !english.contains_key(key) {
            problems.push(format!(
                "`{key}` is used in {} but written in no .ftl file",
                file.display()
            ));
        }
    }
    for (key, file) in &english {
        if !used.contains_key(key) {
            problems.push(format!("`{key}` ({file}) is not used by the code"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
