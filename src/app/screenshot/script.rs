//! The intents that drive the app to each screen for `--screenshot`, made up as a trainee or a
//! trainer would play them.

use std::path::PathBuf;

use super::ScreenshotPlan;
use crate::app::intent::Intent;
use crate::app::screen::Screen;
use crate::app::state::library::Entry;
use crate::app::state::watch::watch_script;
use crate::scenario::Assessment;

/// The intents that bring the app to the planned screen, sent one at a time.
pub(super) fn script(plan: &ScreenshotPlan, entry: &Entry, exports: PathBuf) -> Vec<Intent> {
    let Some(scenario) = entry.good.as_ref() else {
        return Vec::new();
    };
    let path_name = plan.path.clone().unwrap_or_else(|| match plan.screen {
        Screen::Watch => watch_script(scenario).unwrap_or_default(),
        _ => "model".to_owned(),
    });
    let path = scenario.paths.get(&path_name);
    let choices = path.map(|p| p.choices.clone()).unwrap_or_default();
    let open = Intent::Open(entry.path.clone());
    let mut intents = Vec::new();
    if plan.projector {
        intents.push(Intent::ToggleProjector);
    }
    if plan.audience {
        intents.push(Intent::ToggleAudienceWindow);
    }
    if plan.free {
        intents.push(Intent::ToggleFreeText);
    }
    match plan.screen {
        Screen::Menu if plan.stage == Some(0) => intents.push(Intent::ToggleBlank),
        Screen::Menu => {}
        // Its attempts were saved into the scratch folder first (`seed_history`).
        Screen::History => intents.push(Intent::ShowHistory),
        Screen::Room => {
            // Two trainees' bundles in the scratch exports folder: every stored path played
            // by one who gives a name, then the first two again by one who does not.
            let all = scenario.paths.len();
            let again = all.min(2);
            for (first, count, name) in [(0, all, Some("Alex Rivera")), (all, again, None)] {
                for stored in scenario.paths.values().take(count) {
                    intents.push(open.clone());
                    intents.extend(stored.choices.iter().map(|n| Intent::ChooseNumber(*n)));
                    intents.push(Intent::Assess {
                        assessment: stored.assess.unwrap_or(Assessment::Supporter),
                        note: String::new(),
                    });
                }
                intents.push(Intent::ShowHistory);
                intents.push(Intent::ExportBundle {
                    attempts: (first..first + count).collect(),
                    name: name.map(str::to_owned),
                });
            }
            intents.push(Intent::OpenRoom(exports));
        }
        Screen::Play if !plan.say.is_empty() => {
            intents.push(open);
            for (turn, line) in plan.say.iter().enumerate() {
                if turn > 0 {
                    intents.push(Intent::TakeAs(None));
                }
                intents.push(Intent::Say(line.clone()));
            }
        }
        Screen::Play => {
            let turns = plan.stage.unwrap_or(choices.len() / 2).min(choices.len());
            intents.push(open);
            intents.extend(choices[..turns].iter().map(|n| Intent::ChooseNumber(*n)));
            if plan.projector {
                intents.push(Intent::Select(1));
                for (option, hands) in [(0, 4), (1, 11), (2, 2)] {
                    intents.push(Intent::Tally { option, hands });
                }
                intents.push(Intent::ToggleTally);
            }
        }
        Screen::Assess | Screen::Debrief => {
            intents.push(open);
            intents.extend(choices.iter().map(|n| Intent::ChooseNumber(*n)));
            if plan.screen == Screen::Debrief {
                intents.push(Intent::Assess {
                    assessment: path.and_then(|p| p.assess).unwrap_or(Assessment::Supporter),
                    note: "Text on Wednesday; ask who else she knows.".to_owned(),
                });
            }
        }
        Screen::Watch => {
            intents.push(Intent::Watch {
                path: entry.path.clone(),
                script: path_name,
            });
            let advances = plan.stage.unwrap_or(usize::MAX);
            let steps = path.map_or(0, |_| 200).min(advances);
            intents.extend(std::iter::repeat_n(Intent::Advance, steps));
        }
        Screen::Pairs => {
            intents.push(Intent::Pairs(entry.path.clone()));
            let stage = plan.stage.unwrap_or(2);
            if stage == 1 {
                intents.push(Intent::ToggleCard);
            }
            if stage >= 2 {
                intents.push(Intent::Advance);
                use crate::scenario::Step;
                use crate::score::Airtime::*;
                let marks = [
                    Questions, Listening, Listening, Talking, Questions, Listening, Listening,
                    Listening, Questions, Listening,
                ];
                for (i, kind) in marks.into_iter().enumerate() {
                    intents.push(Intent::Mark {
                        kind,
                        seconds: None,
                    });
                    if let Some(step) = [Step::Door, Step::Story, Step::Vision]
                        .get(i / 3)
                        .filter(|_| i % 3 == 2)
                    {
                        intents.push(Intent::CheckStep(*step));
                    }
                }
            }
            if stage >= 3 {
                intents.push(Intent::Advance);
            }
        }
    }
    intents
}
