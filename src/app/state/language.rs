//! Which language the interface speaks: `--lang` for this run, else the saved choice, else the
//! operating system's.

use bevy::prelude::*;

use super::ApplyIntents;
use super::prefs::{Prefs, PrefsCommand};
use crate::i18n::{self, Language};

/// The language the interface speaks now.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UiLanguage(pub Language);

/// `--lang` on the command line: wins over the preferences for this run, and is not saved.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LanguageOverride(pub Option<Language>);

/// The operating system's language, read once.
#[derive(Resource, Debug, Clone, Copy)]
struct SystemLanguage(Language);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<LanguageOverride>();
    app.insert_resource(SystemLanguage(i18n::detect()));
    app.init_resource::<UiLanguage>();
    app.add_systems(Startup, follow_language);
    app.add_systems(
        Update,
        (drop_override_when_chosen, follow_language)
            .chain()
            .after(ApplyIntents::Handle)
            .before(ApplyIntents::Navigate),
    );
}

/// The language to speak: the run's override, the trainee's saved choice, the system's.
pub fn chosen(
    command_line: Option<Language>,
    saved: Option<Language>,
    system: Language,
) -> Language {
    command_line.or(saved).unwrap_or(system)
}

fn follow_language(
    prefs: Res<Prefs>,
    command_line: Res<LanguageOverride>,
    system: Res<SystemLanguage>,
    mut language: ResMut<UiLanguage>,
) {
    let now = chosen(command_line.0, prefs.language, system.0);
    language.set_if_neq(UiLanguage(now));
}

/// A language chosen on the list replaces `--lang` for the rest of the run.
fn drop_override_when_chosen(
    mut received: MessageReader<PrefsCommand>,
    mut command_line: ResMut<LanguageOverride>,
) {
    if received
        .read()
        .any(|command| matches!(command, PrefsCommand::SetLanguage(_)))
    {
        command_line.0 = None;
    }
}
