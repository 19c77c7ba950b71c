//! Why `doorstep analyze` could not follow every path: the loop a trainee can go round for
//! ever, a conversation longer than the search follows, or only the work budget.

use doorstep::author::analysis::{self, Settings, Stopped};

use super::{scenario_from, shipped};

#[test]
fn a_bounded_search_names_its_real_cause() {
    let settings = Settings {
        runs: 5,
        ..Settings::default()
    };
    // A loop through a node that moves on by itself, found however the search stopped.
    let looping = scenario_from(
        r#"Scenario(id: "loop", title: "Loop", person: (name: "N", truth: Pass), vars: {"fear": 0}, nodes: {
            "a": (say: [Say("Hi.")], options: [(text: "Again", goto: "b"), (text: "Bye", goto: "end")]),
            "b": (say: [Say("Hm.")], effects: [Add("fear", 2)], next: [(goto: "a")]),
            "end": (end: (outcome: Maybe)),
        })"#,
    );
    for budget in [250_000, 50] {
        let report = analysis::analyze(&looping, Settings { budget, ..settings });
        assert_eq!(
            report.search.stopped,
            Some(Stopped::Loop {
                nodes: vec!["a".into(), "b".into(), "a".into()],
                grows: Vec::new(),
                only_longer: true,
            }),
            "with a budget of {budget}"
        );
    }

    // A chain longer than the search follows, without a loop.
    let nodes: String = (0..300)
        .map(|i| format!("\"n{i}\": (say: [Say(\"{i}.\")], options: [(text: \"On\", goto: \"n{}\"), (text: \"Off\", goto: \"n{}\")]),\n", i + 1, i + 1))
        .collect();
    let long = scenario_from(&format!(
        "Scenario(id: \"long\", title: \"Long\", person: (name: \"N\", truth: Pass), nodes: {{\n{nodes}\"n300\": (end: (outcome: Maybe)),\n}})"
    ));
    let report = analysis::analyze(&long, settings);
    assert_eq!(report.search.stopped, Some(Stopped::TurnCap { turns: 256 }));
    let text = doorstep::render::text::text(&report, "long.ron");
    assert!(
        text.contains("The exact search follows a conversation for 256 turns at most, and some here are longer"),
        "{text}"
    );

    // Too many paths, and no loop: then the budget is the cause.
    let report = analysis::analyze(
        &shipped("tenant-door"),
        Settings {
            budget: 10,
            ..settings
        },
    );
    assert_eq!(report.search.stopped, Some(Stopped::Budget));
    let text = doorstep::render::text::text(&report, "tenant-door.ron");
    assert!(
        text.contains("The exact search stopped after 10 node entries (see --budget)."),
        "{text}"
    );
    assert_eq!(
        analysis::analyze(&shipped("tenant-door"), Settings::default())
            .search
            .stopped,
        None
    );
}
