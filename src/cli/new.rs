//! `doorstep new`: writes the commented starter scenario under a new name.

use super::{Failure, Io};
use crate::author::starter;

pub(super) fn new(name: &str, io: &mut Io) -> Result<(), Failure> {
    let path = starter::write_starter(name).map_err(|e| Failure::Usage(e.to_string()))?;
    let shown = path.display();
    // Quoted where the shell needs it, so that each command can be pasted as it is.
    let file = starter::shell_word(&shown.to_string());
    let next = [
        (
            format!("doorstep run {file} --path model"),
            "see the well-run conversation and its debrief",
        ),
        (
            format!("doorstep check {file}"),
            "after every edit: errors and warnings",
        ),
        (
            format!("doorstep analyze {file}"),
            "best and worst paths, balance, random play",
        ),
    ];
    let width = next
        .iter()
        .map(|(command, _)| command.chars().count())
        .max()
        .unwrap_or(0);
    writeln!(
        io.out,
        "Wrote {shown}: a small, complete scenario to rewrite into your own, with comments on every part.\nNext:"
    )?;
    for (command, what) in next {
        writeln!(io.out, "  {command:<width$}    {what}")?;
    }
    Ok(())
}
