//! `doorstep new`: writes the commented starter scenario under a new name.

use super::{Failure, Io};
use crate::author::starter;

pub(super) fn new(name: &str, io: &mut Io) -> Result<(), Failure> {
    let path = starter::write_starter(name).map_err(|e| Failure::Usage(e.to_string()))?;
    let shown = path.display();
    writeln!(
        io.out,
        "Wrote {shown}: a small, complete scenario to rewrite into your own, with comments on every part.\n\
         Next:\n  \
         doorstep run {shown} --path model    see the well-run conversation and its debrief\n  \
         doorstep check {shown}               after every edit: errors and warnings\n  \
         doorstep analyze {shown}             best and worst paths, balance, random play"
    )?;
    Ok(())
}
