//! `doorstep listening`: the listening part of the score, for real conversations in plain text.

use std::path::PathBuf;

use super::{Failure, Io, read};
use crate::score::plain;
use crate::words::percent;

pub(super) fn listening(files: &[PathBuf], io: &mut Io) -> Result<(), Failure> {
    let mut broken = false;
    for file in files {
        let text = String::from_utf8_lossy(&read(file)?).into_owned();
        let lines = match plain::parse(&text) {
            Ok(lines) => lines,
            Err(e) => {
                writeln!(
                    io.err,
                    "{}:{}:1: error: {}",
                    file.display(),
                    e.line,
                    e.message
                )?;
                broken = true;
                continue;
            }
        };
        let l = plain::listening(&lines);
        let total: f64 = l.seconds.iter().sum();
        let share = |s: f64| percent(if total > 0.0 { s / total } else { 0.0 });
        let n = &l.turns;
        writeln!(
            io.out,
            "{}: {:.1}  (listening {} → {:.2}, telling {} → {:.2}, {} of {} turns asked or listened → {:.2}, {} reflections to {} questions → {:.2})",
            file.display(),
            l.score,
            share(l.seconds[1]),
            l.factors.listening,
            share(l.seconds[2]),
            l.factors.telling,
            n.questions + n.listening,
            n.questions + n.listening + n.telling,
            l.factors.asking,
            n.reflections,
            n.questions,
            l.factors.reflecting,
        )?;
    }
    if broken {
        Err(Failure::Findings)
    } else {
        Ok(())
    }
}
