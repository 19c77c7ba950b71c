//! The `doorstep` binary: subcommands are the CLI; without one it opens the app.

use std::process::ExitCode;

use clap::Parser;
use doorstep::cli::{self, Cli, Io};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    #[cfg(feature = "gui")]
    doorstep::app::timing::mark_start();
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        return open_app(cli.app);
    };
    let stdin = std::io::stdin();
    let mut io = Io {
        input: &mut stdin.lock(),
        out: &mut std::io::stdout().lock(),
        err: &mut std::io::stderr().lock(),
    };
    ExitCode::from(cli::run(command, &mut io))
}

#[cfg(feature = "gui")]
fn open_app(args: cli::AppArgs) -> ExitCode {
    let exit = if args.bare {
        doorstep::app::run_bare()
    } else {
        doorstep::app::run(doorstep::app::options_from(args))
    };
    if exit.is_success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

#[cfg(not(feature = "gui"))]
fn open_app(args: cli::AppArgs) -> ExitCode {
    use clap::CommandFactory;
    if args.screenshot.is_some() || args.open.is_some() {
        eprintln!("doorstep: this build has no app (it was built without the `gui` feature)");
        return ExitCode::from(cli::EXIT_USAGE);
    }
    let _ = Cli::command().print_help();
    ExitCode::SUCCESS
}
