//! The layering of `src/`: every import between modules points one way, and no lower layer
//! uses a higher one (docs/architecture.md draws them).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::repo;

/// The top-level modules, lowest first. A module may use the ones before it, never after.
/// Modules on one row may not use each other.
const LAYERS: &[&[&str]] = &[
    &["words"],
    &["i18n"],
    &["scenario"],
    &["heard"],
    &["runtime"],
    &["score"],
    &["author"],
    &["render", "store"],
    &["room"],
    &["cli", "app"],
];

/// Every module of the crate (by path, `crate::a::b`) and the source of its file.
fn modules() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let src = repo().join("src");
    collect(&src, &src, &mut out);
    out
}

fn collect(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src is readable")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(root, &path, out);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let relative = path.strip_prefix(root).expect("under src");
        let mut parts: Vec<String> = relative
            .with_extension("")
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        if matches!(
            parts.last().map(String::as_str),
            Some("mod" | "lib" | "main")
        ) {
            parts.pop();
        }
        if relative == Path::new("main.rs") {
            continue;
        }
        let module = std::iter::once("crate".to_owned())
            .chain(parts)
            .collect::<Vec<_>>();
        let text = std::fs::read_to_string(&path).expect("readable");
        out.insert(module.join("::"), text);
    }
}

/// The code of a file without comments, string contents and unit tests.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or(text);
    let mut out = String::new();
    for line in text.lines() {
        let line = line.split("//").next().unwrap_or("");
        let mut in_string = false;
        for c in line.chars() {
            if c == '"' {
                in_string = !in_string;
            } else if !in_string {
                out.push(c);
            }
        }
        out.push('\n');
    }
    out
}

/// Every path a file names, from `use` statements (braces expanded) and from code, made
/// absolute (`crate::…`).
fn named_paths(module: &str, text: &str) -> Vec<String> {
    let code = code(text);
    let mut paths = Vec::new();
    for statement in code.split(';') {
        let statement = statement.trim();
        let Some(tree) = statement
            .strip_prefix("use ")
            .or_else(|| statement.strip_prefix("pub use "))
            .or_else(|| statement.strip_prefix("pub(crate) use "))
            .or_else(|| statement.strip_prefix("pub(super) use "))
        else {
            continue;
        };
        expand(&flatten(tree), &mut paths);
    }
    // Paths written inline, such as `crate::score::score(…)`.
    for start in ["crate::", "super::"] {
        for (at, _) in code.match_indices(start) {
            let before = code[..at].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let path: String = code[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            paths.push(path);
        }
    }
    paths
        .into_iter()
        .filter_map(|p| absolute(module, &p))
        .collect()
}

/// A use tree on one line, without renames (`a::b as c` → `a::b`) or spaces.
fn flatten(tree: &str) -> String {
    let words: Vec<&str> = tree.split_whitespace().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < words.len() {
        if words[i] == "as" {
            // Skip the new name, keeping any punctuation stuck to it.
            let name = words.get(i + 1).copied().unwrap_or("");
            out.extend(name.chars().filter(|c| !(c.is_alphanumeric() || *c == '_')));
            i += 2;
            continue;
        }
        out.push_str(words[i]);
        i += 1;
    }
    out
}

/// Expands `a::{b, c::{d}}` into `a::b`, `a::c::d`.
fn expand(tree: &str, out: &mut Vec<String>) {
    match tree.find('{') {
        None => out.push(tree.trim_end_matches("::*").to_owned()),
        Some(open) => {
            let prefix = &tree[..open];
            let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
            let mut depth = 0;
            let mut part = String::new();
            let mut parts = Vec::new();
            for c in inner.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        parts.push(std::mem::take(&mut part));
                        continue;
                    }
                    _ => {}
                }
                part.push(c);
            }
            parts.push(part);
            for part in parts.into_iter().filter(|p| !p.is_empty()) {
                if part == "self" {
                    out.push(prefix.trim_end_matches("::").to_owned());
                } else {
                    expand(&format!("{prefix}{part}"), out);
                }
            }
        }
    }
}

/// A path as seen from a module, made absolute; None for paths outside the crate.
fn absolute(module: &str, path: &str) -> Option<String> {
    let mut base: Vec<&str> = module.split("::").collect();
    let mut rest = path.split("::").peekable();
    match rest.peek().copied() {
        Some("crate") => {
            base = vec![];
        }
        Some("super") => {
            while rest.peek() == Some(&"super") {
                rest.next();
                base.pop();
            }
        }
        Some("self") => {
            rest.next();
        }
        _ => return None,
    }
    Some(base.into_iter().chain(rest).collect::<Vec<_>>().join("::"))
}

/// The module a path names: its longest prefix that is a module.
fn owner<'a>(modules: &'a BTreeMap<String, String>, path: &str) -> Option<&'a str> {
    let mut parts: Vec<&str> = path.split("::").collect();
    while !parts.is_empty() {
        let candidate = parts.join("::");
        if let Some((name, _)) = modules.get_key_value(&candidate) {
            return Some(name);
        }
        parts.pop();
    }
    None
}

/// Module → the other modules it uses (a module's own children count as used by it only when
/// it names them in a `use`, as a re-export does).
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in &modules {
        let mut used = BTreeSet::new();
        for path in named_paths(module, text) {
            let path = if path.starts_with("crate") {
                path
            } else {
                format!("crate::{path}")
            };
            if let Some(target) = owner(&modules, &path)
                && target != module
                && !module.starts_with(&format!("{target}::"))
            {
                used.insert(target.to_owned());
            }
        }
        // Plain `use child::…` in a folder module re-exports its children.
        for statement in code(text).split(';') {
            let statement = statement.trim();
            if let Some(tree) = statement.strip_prefix("pub use ") {
                let mut paths = Vec::new();
                expand(&flatten(tree), &mut paths);
                for path in paths {
                    if path.starts_with("crate") || path.starts_with("super") {
                        continue;
                    }
                    if let Some(target) = owner(&modules, &format!("{module}::{path}"))
                        && target != module
                    {
                        used.insert(target.to_owned());
                    }
                }
            }
        }
        edges.insert(module.clone(), used);
    }
    edges
}

fn layer(module: &str) -> Option<usize> {
    let top = module.split("::").nth(1)?;
    LAYERS.iter().position(|row| row.contains(&top))
}

#[test]
fn imports_between_modules_have_no_cycles() {
    let edges = graph();
    // Depth-first search for a back edge; report the cycle it closes.
    let mut state: BTreeMap<&str, u8> = BTreeMap::new();
    let mut stack: Vec<&str> = Vec::new();
    fn visit<'a>(
        node: &'a str,
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<&'a str, u8>,
        stack: &mut Vec<&'a str>,
    ) -> Option<Vec<String>> {
        state.insert(node, 1);
        stack.push(node);
        for next in edges.get(node).into_iter().flatten() {
            match state.get(next.as_str()) {
                Some(1) => {
                    let from = stack.iter().position(|n| *n == next).unwrap_or(0);
                    let mut cycle: Vec<String> =
                        stack[from..].iter().map(|s| (*s).to_owned()).collect();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(cycle) = visit(next, edges, state, stack) {
                        return Some(cycle);
                    }
                }
            }
        }
        stack.pop();
        state.insert(node, 2);
        None
    }
    for node in edges.keys() {
        if !state.contains_key(node.as_str())
            && let Some(cycle) = visit(node, &edges, &mut state, &mut stack)
        {
            panic!("import cycle: {}", cycle.join(" → "));
        }
    }
    assert!(edges.len() > 40, "found only {} modules", edges.len());
}

#[test]
fn no_module_uses_a_higher_layer() {
    let mut wrong = Vec::new();
    for (module, used) in graph() {
        let Some(own) = layer(&module) else { continue };
        for target in used {
            let same_top = module.split("::").nth(1) == target.split("::").nth(1);
            if let Some(theirs) = layer(&target)
                && !same_top
                && theirs >= own
            {
                wrong.push(format!("{module} uses {target}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}
