//! Guards the direction of dependencies between the app's top-level modules (ARCHITECTURE.md).
//!
//! A module depends on another when one of its files names it by a `crate::` path (in code or
//! in a doc comment alike). Reads the sources from disk, so it needs no list kept by hand
//! beyond [`LAYERS`].

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The top-level modules from the bottom up. A module may use modules of its own layer or of
/// lower ones, never of higher ones; within a layer there must be no cycle either.
const LAYERS: &[&[&str]] = &[
    // Foundation: no domain knowledge.
    &[
        "error",
        "text",
        "secret",
        "db",
        "search",
        "limits",
        "mail",
        "uploads",
        "shell",
        "stored",
        "query_string",
        "i18n",
        "pdf",
    ],
    &["state"],
    &["accounts"],
    &["topics"],
    &["partners"],
    &["library"],
    &["training"],
    &["wops"],
    &["matching"],
    &["forum"],
    &["awards"],
    // Cross-domain pages with their own read models.
    &["events", "stories", "contact"],
    &["results", "admin"],
    &["home"],
];

/// Cycles between the files of one domain that were there before this guard; each is to be
/// removed, and none may be added.
const KNOWN_FILE_CYCLES: &[&[&str]] = &[
    &["accounts/service", "accounts/session"],
    &[
        "awards/live",
        "awards/overview",
        "awards/service",
        "awards/writer",
    ],
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read app/src") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level modules: folders and files of `src` (not `lib.rs`, not this guard).
fn top_modules() -> BTreeSet<String> {
    std::fs::read_dir(src())
        .expect("read app/src")
        .map(|e| e.expect("dir entry").path())
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_owned();
            if p.is_dir() {
                Some(name)
            } else {
                name.strip_suffix(".rs").map(str::to_owned)
            }
        })
        .filter(|m| m != "lib" && m != "layering")
        .collect()
}

/// The identifiers that follow `prefix` in `text` (e.g. `crate::` → the module named).
fn names_after<'a>(text: &'a str, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    text.match_indices(prefix).filter_map(move |(at, _)| {
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            return None;
        }
        let rest = &text[at + prefix.len()..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        (end > 0).then(|| &rest[..end])
    })
}

type Graph = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

/// Edges between top-level modules, each with the files that make it.
fn module_graph() -> Graph {
    let modules = top_modules();
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut graph = Graph::new();
    for file in files {
        let rel = file.strip_prefix(src()).expect("under src");
        let rel_name = rel.to_string_lossy().replace('\\', "/");
        let from = rel_name.split('/').next().unwrap_or_default();
        let from = from.strip_suffix(".rs").unwrap_or(from).to_owned();
        if !modules.contains(&from) {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("read source");
        for to in names_after(&text, "crate::") {
            if to != from && modules.contains(to) {
                graph
                    .entry(from.clone())
                    .or_default()
                    .entry(to.to_owned())
                    .or_default()
                    .insert(rel_name.clone());
            }
        }
    }
    graph
}

/// Strongly connected components with more than one member (Tarjan).
fn cycles(
    nodes: &BTreeSet<String>,
    edges: &BTreeMap<String, BTreeSet<String>>,
) -> Vec<Vec<String>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        next: usize,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(w: &mut Walk<'a>, v: &'a str) {
        w.index.insert(v, w.next);
        w.low.insert(v, w.next);
        w.next += 1;
        w.stack.push(v);
        let edges = w.edges;
        for t in edges.get(v).into_iter().flatten() {
            let t = t.as_str();
            if !w.index.contains_key(t) {
                visit(w, t);
                let low = w.low[v].min(w.low[t]);
                w.low.insert(v, low);
            } else if w.stack.contains(&t) {
                let low = w.low[v].min(w.index[t]);
                w.low.insert(v, low);
            }
        }
        if w.low[v] == w.index[v] {
            let mut component = Vec::new();
            while let Some(t) = w.stack.pop() {
                component.push(t.to_owned());
                if t == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                w.found.push(component);
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        next: 0,
        found: Vec::new(),
    };
    for v in nodes {
        if !walk.index.contains_key(v.as_str()) {
            visit(&mut walk, v);
        }
    }
    walk.found
}

#[test]
fn no_cycle_between_top_level_modules() {
    let graph = module_graph();
    let edges: BTreeMap<String, BTreeSet<String>> = graph
        .iter()
        .map(|(from, to)| (from.clone(), to.keys().cloned().collect()))
        .collect();
    let found = cycles(&top_modules(), &edges);
    let mut report = String::new();
    for component in &found {
        report.push_str(&format!("cycle between {}:\n", component.join(", ")));
        for from in component {
            for (to, files) in &graph[from] {
                if component.contains(to) {
                    let files: Vec<_> = files.iter().map(String::as_str).collect();
                    report.push_str(&format!("  {from} -> {to} in {}\n", files.join(", ")));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "import cycles (see ARCHITECTURE.md):\n{report}"
    );
}

#[test]
fn dependencies_point_down_the_layers() {
    let layer: BTreeMap<&str, usize> = LAYERS
        .iter()
        .enumerate()
        .flat_map(|(i, modules)| modules.iter().map(move |m| (*m, i)))
        .collect();
    let unplaced: Vec<_> = top_modules()
        .into_iter()
        .filter(|m| !layer.contains_key(m.as_str()))
        .collect();
    assert!(
        unplaced.is_empty(),
        "top-level modules in no layer of app/src/layering.rs (and ARCHITECTURE.md): {unplaced:?}"
    );
    let mut upward = Vec::new();
    for (from, targets) in module_graph() {
        for (to, files) in targets {
            if layer[to.as_str()] > layer[from.as_str()] {
                let files: Vec<_> = files.into_iter().collect();
                upward.push(format!("{from} -> {to} in {}", files.join(", ")));
            }
        }
    }
    assert!(
        upward.is_empty(),
        "dependencies on a higher layer (see ARCHITECTURE.md):\n  {}",
        upward.join("\n  ")
    );
}

/// Files of one domain that name each other: `super::x` or the domain's own `crate::` path,
/// where `x` is a sibling file or folder.
#[test]
fn no_new_cycle_between_the_files_of_a_domain() {
    let mut report = String::new();
    for domain in top_modules() {
        let dir = src().join(&domain);
        if !dir.is_dir() {
            continue;
        }
        let siblings: BTreeSet<String> = std::fs::read_dir(&dir)
            .expect("read domain")
            .map(|e| e.expect("dir entry").path())
            .filter_map(|p| {
                let name = p.file_name()?.to_str()?.to_owned();
                if p.is_dir() {
                    Some(name)
                } else {
                    name.strip_suffix(".rs").map(str::to_owned)
                }
            })
            .filter(|m| m != "mod")
            .collect();
        let own = format!("crate::{domain}::");
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for from in &siblings {
            let file = dir.join(format!("{from}.rs"));
            let file = if file.exists() {
                file
            } else {
                dir.join(from).join("mod.rs")
            };
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue;
            };
            let mut named: BTreeSet<&str> = names_after(&text, "super::").collect();
            named.extend(names_after(&text, &own));
            // `super::{a, b::c}`: the first name of each path in the group.
            for (at, _) in text.match_indices("super::{") {
                let group = &text[at + "super::{".len()..];
                let group = &group[..group.find('}').unwrap_or(group.len())];
                named.extend(group.split(',').filter_map(|path| {
                    let name = path.trim().split("::").next()?.trim();
                    (!name.is_empty()).then_some(name)
                }));
            }
            for to in named {
                if to != from && siblings.contains(to) {
                    edges.entry(from.clone()).or_default().insert(to.to_owned());
                }
            }
        }
        for component in cycles(&siblings, &edges) {
            let named: Vec<String> = component.iter().map(|f| format!("{domain}/{f}")).collect();
            let known = KNOWN_FILE_CYCLES
                .iter()
                .any(|k| k.iter().map(|s| s.to_string()).collect::<Vec<_>>() == named);
            if !known {
                report.push_str(&format!("  {}\n", named.join(", ")));
            }
        }
    }
    assert!(
        report.is_empty(),
        "files of one domain that depend on each other (move what both need into one of them):\n{report}"
    );
}
