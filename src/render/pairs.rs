//! A round of pairs practice in words, in any language: who played whom, how the observer's
//! marks were counted, and the round as Markdown, for the app's results, History and export.

use std::fmt::Write;

use super::labels::step_label;
use crate::i18n::{Arg, Language, text, text_with};
use crate::scenario::model::Step;
use crate::score::TARGET;
use crate::score::observed::{Counted, Observation, PairsRound, TAP_SECONDS, TRAINEES};
use crate::words::percent;

/// A trainee as saved: "Trainee 1" and "Trainee 2" are the app's own names, said in `language`;
/// any other name is shown as it was saved.
pub fn trainee_name(language: Language, saved: &str) -> String {
    match TRAINEES.iter().position(|t| *t == saved) {
        Some(i) => text_with(language, "pairs-trainee", &[("n", Arg::from(i + 1))]),
        None => saved.to_owned(),
    }
}

/// "Trainee 1 organized; Trainee 2 played Marisol.", or, before the round has happened,
/// "Trainee 1 organizes; Trainee 2 plays Marisol."
pub fn roles(language: Language, round: &PairsRound, done: bool) -> String {
    let id = if done {
        "pairs-roles-done"
    } else {
        "pairs-roles-now"
    };
    text_with(
        language,
        id,
        &[
            ("organizer", trainee_name(language, &round.organizer).into()),
            ("partner", trainee_name(language, &round.partner).into()),
            ("person", Arg::from(&round.person)),
        ],
    )
}

/// How the split was counted, in a sentence for the results and the export; None with no marks.
pub fn how_counted(language: Language, observation: &Observation) -> Option<String> {
    let taps = observation.taps();
    let (timed, seconds) = observation.timed();
    let whole = |s: f64| Arg::from(format!("{s:.0}"));
    let tapped = text_with(
        language,
        "pairs-taps",
        &[
            ("total", taps.iter().sum::<usize>().into()),
            ("questions", taps[0].into()),
            ("listening", taps[1].into()),
            ("talking", taps[2].into()),
        ],
    );
    let held = text_with(
        language,
        "pairs-timed",
        &[
            ("total", timed.iter().sum::<usize>().into()),
            ("seconds", whole(seconds.iter().sum())),
            ("questions", whole(seconds[0])),
            ("listening", whole(seconds[1])),
            ("talking", whole(seconds[2])),
        ],
    );
    Some(match observation.counted() {
        Counted::Nothing => return None,
        Counted::Taps => text_with(language, "pairs-counted-taps", &[("taps", tapped.into())]),
        Counted::Seconds => text_with(language, "pairs-counted-seconds", &[("timed", held.into())]),
        Counted::Mixed => text_with(
            language,
            "pairs-counted-mixed",
            &[
                ("timed", held.into()),
                ("taps", tapped.into()),
                ("tap", whole(TAP_SECONDS)),
            ],
        ),
    })
}

/// The round as Markdown: who played whom, the airtime split and how it was counted, and the
/// steps the observer ticked. `when` is the date and time to show. The marks are here, the words
/// in Fluent.
pub fn markdown(language: Language, round: &PairsRound, when: &str) -> String {
    let l = language;
    let mut out = String::new();
    let seen = &round.observation;
    let title = text_with(
        l,
        "pairs-md-title",
        &[
            ("title", Arg::from(&round.title)),
            ("round", u64::from(round.round).into()),
        ],
    );
    let _ = writeln!(out, "# {title}\n\n{when}. {}\n", roles(l, round, true));
    let [q, lis, t] = seen.airtime();
    let split = text_with(
        l,
        "pairs-md-airtime",
        &[
            ("questions", percent(q).into()),
            ("listening", percent(lis).into()),
            ("talking", percent(t).into()),
            ("targetQuestions", percent(TARGET[0]).into()),
            ("targetListening", percent(TARGET[1]).into()),
            ("targetTalking", percent(TARGET[2]).into()),
        ],
    );
    let _ = writeln!(out, "## {}\n\n{split}\n", text(l, "debrief-airtime"));
    let counted = how_counted(l, seen).unwrap_or_else(|| text(l, "pairs-nothing-marked"));
    let _ = writeln!(out, "{counted}");
    let _ = writeln!(out, "\n## {}\n", text(l, "debrief-steps"));
    for step in Step::FIVE {
        let name = step_label(l, step);
        let _ = match seen.steps.iter().find(|(s, _)| *s == step) {
            Some((_, at)) => {
                let done = text_with(
                    l,
                    "pairs-md-step-done",
                    &[("step", name.into()), ("at", Arg::from(*at))],
                );
                writeln!(out, "- ✓ {done}")
            }
            None => writeln!(out, "- ✗ {name}"),
        };
    }
    for (step, _) in seen.out_of_order() {
        let line = text_with(
            l,
            "pairs-md-out-of-order",
            &[("step", step_label(l, step).into())],
        );
        let _ = writeln!(out, "- ⚠ {line}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::has_missing;
    use crate::score::Airtime;
    use crate::score::observed::Mark;

    fn round(marks: Vec<Mark>) -> PairsRound {
        PairsRound {
            scenario: "tenant-door".into(),
            title: "Knocking".into(),
            person: "Marisol".into(),
            round: 1,
            organizer: TRAINEES[0].into(),
            partner: TRAINEES[1].into(),
            observation: Observation {
                marks,
                steps: vec![(Step::Door, 1), (Step::Ask, 2)],
            },
        }
    }

    fn mark(kind: Airtime, seconds: Option<f64>) -> Mark {
        Mark { kind, seconds }
    }

    #[test]
    fn english_says_how_each_kind_of_mark_was_counted() {
        let mut seen = Observation::default();
        assert_eq!(how_counted(Language::En, &seen), None);
        seen.marks = vec![
            mark(Airtime::Questions, None),
            mark(Airtime::Listening, None),
        ];
        assert_eq!(
            how_counted(Language::En, &seen).as_deref(),
            Some(
                "Counted by taps, one per utterance: 2 taps (1 question, 1 listening, 0 talking)."
            )
        );
        seen.marks = vec![mark(Airtime::Talking, Some(4.4))];
        assert_eq!(
            how_counted(Language::En, &seen).as_deref(),
            Some(
                "Counted by time held: 1 timed mark, 4 s (0 s questions, 0 s listening, 4 s \
                 talking)."
            )
        );
        seen.marks = vec![
            mark(Airtime::Questions, None),
            mark(Airtime::Listening, None),
            mark(Airtime::Listening, Some(6.0)),
        ];
        assert_eq!(
            how_counted(Language::En, &seen).as_deref(),
            Some(
                "Counted both ways, as the mode was switched: 1 timed mark, 6 s (0 s questions, 6 \
                 s listening, 0 s talking), and 2 taps (1 question, 1 listening, 0 talking), each \
                 tap counted as 3 s, a short utterance."
            )
        );
    }

    #[test]
    fn english_roles_and_markdown_read_as_before() {
        let r = round(vec![
            mark(Airtime::Questions, None),
            mark(Airtime::Listening, None),
            mark(Airtime::Listening, None),
        ]);
        assert_eq!(
            roles(Language::En, &r, true),
            "Trainee 1 organized; Trainee 2 played Marisol."
        );
        assert_eq!(
            roles(Language::En, &r, false),
            "Trainee 1 organizes; Trainee 2 plays Marisol."
        );
        assert_eq!(
            markdown(Language::En, &r, "2026-11-29 21:50"),
            "# Pairs practice: Knocking, round 1\n\n\
             2026-11-29 21:50. Trainee 1 organized; Trainee 2 played Marisol.\n\n\
             ## Airtime\n\n\
             Questions 33% · Listening 67% · Talking 0% (target 20% · 70% · 10%)\n\n\
             Counted by taps, one per utterance: 3 taps (1 question, 2 listening, 0 talking).\n\n\
             ## The five steps\n\n\
             - ✓ Get in the door (after 1 mark)\n\
             - ✗ Get their story\n\
             - ✗ Propose a vision\n\
             - ✗ Address obstacles\n\
             - ✓ Advocate & assess (after 2 marks)\n\
             - ⚠ Advocate & assess: ticked before the steps that come first\n"
        );
        let nothing = markdown(Language::En, &round(Vec::new()), "now");
        assert!(nothing.contains("\nNothing was marked.\n"), "{nothing}");
    }

    #[test]
    fn spanish_names_the_trainees_and_writes_the_whole_export() {
        let r = round(vec![
            mark(Airtime::Questions, None),
            mark(Airtime::Listening, Some(4.0)),
        ]);
        assert_eq!(
            roles(Language::Es, &r, false),
            "Participante 1 organiza; Participante 2 hace de Marisol."
        );
        assert_eq!(
            trainee_name(Language::Es, "Ana"),
            "Ana",
            "a name given stays"
        );
        let text = markdown(Language::Es, &r, "2026-11-29 21:50");
        assert!(!has_missing(&text), "{text}");
        assert!(
            text.starts_with("# Práctica en parejas: Knocking, ronda 1"),
            "{text}"
        );
        assert!(text.contains("Participante 1 organizó"), "{text}");
        assert!(
            text.contains("1 toque (1 pregunta, 0 escuchando, 0 hablando)"),
            "{text}"
        );
        assert!(
            text.contains("marcado antes de los pasos que van primero"),
            "{text}"
        );
    }
}
