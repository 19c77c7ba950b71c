//! Hostile scenario files, each built to make some check or search work too hard: for the
//! regression tests (at modest sizes) and the benchmark (at full size).
//!
//! Like `synthetic.rs`, it names no type of the crate, so it can be included with `#[path]`.

/// A minimal valid scenario around the given nodes (RON map entries) and variables.
fn scenario(vars: &str, nodes: &str) -> String {
    format!(
        "Scenario(id: \"hostile\", title: \"Hostile\", person: (name: \"N\", truth: Pass), vars: {{{vars}}}, nodes: {{\n{nodes}\n\"end\": (end: (outcome: Maybe)),\n}})"
    )
}

/// Two ids of `length` characters that differ by one letter; a goto names the misspelt one.
pub fn long_ids(length: usize) -> String {
    let id = "a".repeat(length);
    let typo = format!("{}b", "a".repeat(length - 1));
    scenario(
        "",
        &format!(
            "\"{id}\": (say: [Say(\"Hi.\")], options: [(text: \"Go\", goto: \"{typo}\"), (text: \"End\", goto: \"end\")]),"
        ),
    )
}

/// `count` nodes, each with an option to a node that does not exist.
pub fn unknown_gotos(count: usize) -> String {
    let nodes: String = (0..count)
        .map(|i| {
            format!(
                "\"n{i}\": (say: [Say(\"Hi.\")], options: [(text: \"Go\", goto: \"m{i}\"), (text: \"End\", goto: \"end\")]),\n"
            )
        })
        .collect();
    scenario("", &nodes)
}

/// `count` variables, and as many effects on variables that were never defined.
pub fn undefined_vars(count: usize) -> String {
    let vars: String = (0..count).map(|i| format!("\"v{i}\": 0, ")).collect();
    let effects: String = (0..count).map(|i| format!("Add(\"w{i}\", 1), ")).collect();
    scenario(
        &vars,
        &format!(
            "\"a\": (say: [Say(\"Hi.\")], options: [(text: \"Go\", effects: [{effects}], goto: \"end\")]),"
        ),
    )
}

/// One option with `count` distinct flags (all unknown) or `count` copies of one known flag.
pub fn many_flags(count: usize, distinct: bool) -> String {
    let flags: String = (0..count)
        .map(|i| {
            if distinct {
                format!("\"f{i}\",")
            } else {
                "\"argues\",".to_owned()
            }
        })
        .collect();
    scenario(
        "",
        &format!(
            "\"a\": (say: [Say(\"Hi.\")], options: [(text: \"Go\", flags: [{flags}], goto: \"end\")]),"
        ),
    )
}

/// `nodes` nodes in a chain, each offering `per_node` options that all have conditions on
/// several variables (which makes the "no option is offered when…" check try many values), and
/// effects that change those variables.
pub fn conditional_options(nodes: usize, per_node: usize) -> String {
    let vars = "\"a\": 0, \"b\": 0, \"c\": 0, \"d\": 0, ";
    let mut out = String::new();
    for i in 0..nodes {
        let next = if i + 1 == nodes {
            "end".to_owned()
        } else {
            format!("n{}", i + 1)
        };
        let options: String = (0..per_node)
            .map(|k| {
                format!(
                    "(text: \"Option {k}\", when: [AtLeast(\"a\", {k}), AtMost(\"b\", {}), Is(\"c\", {}), AtLeast(\"d\", {})], effects: [Add(\"a\", 1), Add(\"b\", -1)], goto: \"{next}\"),",
                    k + i % 7,
                    k % 3,
                    i % 5
                )
            })
            .collect();
        out.push_str(&format!(
            "\"n{i}\": (say: [Say(\"Hi.\")], options: [{options} (text: \"Leave\", goto: \"end\")]),\n"
        ));
    }
    scenario(vars, &out)
}

/// One node offering `count` options.
pub fn many_options(count: usize) -> String {
    let options: String = (0..count)
        .map(|i| format!("(text: \"Option {i}\", goto: \"end\"),"))
        .collect();
    scenario(
        "",
        &format!("\"a\": (say: [Say(\"Hi.\")], options: [{options}]),"),
    )
}

/// A Twee story with `count` passages whose names differ only in punctuation, so that all of
/// them would take the same node id: each must get one of its own.
pub fn same_name_passages(count: usize) -> String {
    let name = |i: usize| format!("Again{}", "!".repeat(i));
    let links: String = (0..count).map(|i| format!("[[{}]] ", name(i))).collect();
    let mut out = format!(":: StoryTitle\nSame\n\n:: Start\n{links}\n\n");
    for i in 0..count {
        out.push_str(&format!(":: {} [maybe]\nOnce more.\n\n", name(i)));
    }
    out
}

/// A Twee story whose one passage holds `bytes` of an opening mark that never closes.
pub fn unclosed(mark: &str, bytes: usize) -> String {
    format!(
        ":: StoryTitle\nUnclosed\n\n:: Start\n{}\n",
        mark.repeat(bytes / mark.len())
    )
}
