//! Limits on sizes that no real scenario comes near, so that no file can make the tools slow.

use super::Checker;
use crate::scenario::locate::SourcePath;
use crate::words::{shorten, thousands};

/// Longest id, in characters: of the scenario, a node, a variable, a flag, a fact or a path.
pub const MAX_ID_CHARS: usize = 256;
/// Most options one node may offer: in projector mode the room picks by letter, A to Z.
pub const MAX_OPTIONS: usize = 26;
/// Most flags one option may carry.
pub const MAX_FLAGS: usize = 16;
/// Most other ways of saying an option (`also`), and the longest each may be, in characters:
/// the matcher reads every one of them at every free-text turn.
pub const MAX_ALSO: usize = 16;
pub const MAX_ALSO_CHARS: usize = 500;

impl Checker<'_> {
    pub(super) fn limits(&mut self) {
        let s = self.scenario;
        let root = SourcePath::root();
        self.id_length("scenario", &s.id, root.field("id"));
        for key in s.vars.keys() {
            self.id_length("variable", key, root.field("vars").key(key));
        }
        for key in s.flags.keys() {
            self.id_length("flag", key, root.field("flags").key(key));
        }
        for key in s.person.facts.keys() {
            self.id_length("fact", key, root.field("person").field("facts").key(key));
        }
        for key in s.paths.keys() {
            self.id_length("path", key, root.field("paths").key(key));
        }
        if let Some(follows) = &s.follows {
            let at = root.field("follows").field("scenario");
            self.id_length("first scenario", &follows.scenario, at);
        }
        for (id, node) in s.nodes.iter() {
            self.id_length("node", id, SourcePath::node(id));
            if node.options.len() > MAX_OPTIONS {
                self.error(
                    SourcePath::node(id).field("options"),
                    format!(
                        "node '{}' offers {} options; a node may offer at most {MAX_OPTIONS}, \
                         one for each letter the room can call",
                        shorten(id, 40),
                        thousands(node.options.len())
                    ),
                );
            }
            let otherwise = node.otherwise.iter().map(|o| (node.options.len(), &**o));
            for (i, option) in node.options.iter().enumerate().chain(otherwise) {
                if option.flags.len() > MAX_FLAGS {
                    self.error(
                        SourcePath::node(id)
                            .field("options")
                            .index(i)
                            .field("flags"),
                        format!(
                            "option {} of node '{}' has {} flags; an option may have at most \
                             {MAX_FLAGS}",
                            i + 1,
                            shorten(id, 40),
                            thousands(option.flags.len())
                        ),
                    );
                }
            }
        }
    }

    fn id_length(&mut self, what: &str, id: &str, at: SourcePath) {
        let chars = id.chars().count();
        if chars > MAX_ID_CHARS {
            self.error(
                at,
                format!(
                    "{what} id '{}' is {} characters long; ids may be at most {MAX_ID_CHARS}",
                    shorten(id, 40),
                    thousands(chars)
                ),
            );
        }
    }
}
