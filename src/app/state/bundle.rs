//! A trainee's bundle for the trainer: the attempts they chose, written into the exports
//! folder as one file, with their name only if they typed one.

use std::path::PathBuf;

use bevy::prelude::*;

use super::ApplyIntents;
use super::language::UiLanguage;
use super::storage::Storage;
use crate::i18n::{Arg, text, text_with};
use crate::store::Bundle;
use crate::store::export::exports_dir;

/// A request to write a bundle.
#[derive(Message, Debug, Clone, PartialEq)]
pub(crate) struct BundleCommand {
    /// Indices in `Storage::attempts`.
    pub attempts: Vec<usize>,
    pub name: Option<String>,
}

/// The last bundle written from History, or why it could not be, to show under the form.
#[derive(Resource, Debug, Default, Clone, PartialEq, Eq)]
pub struct BundleWritten {
    pub path: Option<PathBuf>,
    pub message: Option<String>,
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<BundleCommand>();
    app.init_resource::<BundleWritten>();
    app.add_systems(Update, write_bundle.in_set(ApplyIntents::Handle));
}

fn write_bundle(
    mut received: MessageReader<BundleCommand>,
    storage: Option<Res<Storage>>,
    mut written: ResMut<BundleWritten>,
    language: Res<UiLanguage>,
) {
    let language = language.0;
    let Some(storage) = storage else { return };
    for command in received.read() {
        // Indices from an older look at History may be gone; those are left out, not fatal.
        let attempts: Vec<_> = command
            .attempts
            .iter()
            .filter_map(|&i| storage.attempts.get(i).cloned())
            .collect();
        if attempts.is_empty() {
            *written = BundleWritten {
                path: None,
                message: Some(text(language, "bundle-none-ticked")),
            };
            continue;
        }
        let count = attempts.len();
        let bundle = Bundle::new(attempts, command.name.clone());
        let named = bundle.trainee.is_some();
        *written = match bundle.write_into(&exports_dir(&storage.data_dir)) {
            Ok(path) => BundleWritten {
                message: Some(text_with(
                    language,
                    "bundle-saved",
                    &[
                        ("count", Arg::from(count)),
                        ("named", Arg::from(if named { "yes" } else { "no" })),
                        ("path", Arg::from(path.display().to_string())),
                    ],
                )),
                path: Some(path),
            },
            Err(e) => BundleWritten {
                path: None,
                message: Some(text_with(
                    language,
                    "bundle-failed",
                    &[("error", Arg::from(e.to_string()))],
                )),
            },
        };
    }
}
