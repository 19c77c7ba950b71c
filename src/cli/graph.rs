//! `doorstep graph`: the scenario's graph as Graphviz DOT or Mermaid.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{Failure, Io, load_valid};
use crate::render::dot::{self, GraphFormat};

#[derive(Debug, Args)]
pub struct GraphArgs {
    pub scenario: PathBuf,
    #[arg(long, value_enum, default_value_t = GraphArg::Dot)]
    pub format: GraphArg,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum GraphArg {
    Dot,
    Mermaid,
}

pub(super) fn graph(args: GraphArgs, io: &mut Io) -> Result<(), Failure> {
    let scenario = load_valid(&args.scenario, io)?;
    let format = match args.format {
        GraphArg::Dot => GraphFormat::Dot,
        GraphArg::Mermaid => GraphFormat::Mermaid,
    };
    io.out
        .write_all(dot::render(&scenario, format).as_bytes())?;
    Ok(())
}
