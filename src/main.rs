//! The `doorstep` binary: subcommands are the CLI; without one it shows help.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use doorstep::cli::{self, Cli, Io};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        let _ = Cli::command().print_help();
        return ExitCode::SUCCESS;
    };
    let stdin = std::io::stdin();
    let mut io = Io {
        input: &mut stdin.lock(),
        out: &mut std::io::stdout().lock(),
        err: &mut std::io::stderr().lock(),
    };
    ExitCode::from(cli::run(command, &mut io))
}
