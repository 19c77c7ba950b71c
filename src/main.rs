//! The `doorstep` binary: subcommands are the CLI; without one it opens the app.

use std::process::ExitCode;

use clap::Parser;
use doorstep::cli::{self, Command, Io};

// Loading allocates many small strings: with mimalloc the 10,000-node benchmark scenario loads
// in about half the time of the system allocator (see the `load` bench).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Debug, Parser)]
#[command(
    name = "doorstep",
    version,
    about = "Practice organizing conversations: play, score and check scenarios."
)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    #[cfg(feature = "gui")]
    #[command(flatten)]
    window: doorstep::app::options::Options,
}

fn main() -> ExitCode {
    #[cfg(feature = "dev")]
    doorstep::app::timing::mark_start();
    let args = Args::parse();
    let Some(command) = args.command else {
        return open_app(args);
    };
    let stdin = std::io::stdin();
    let stderr = std::io::stderr();
    let mut io = Io {
        input: &mut stdin.lock(),
        out: &mut std::io::stdout().lock(),
        err: &mut stderr.lock(),
    };
    match cli::run(command, &mut io) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) if failure.is_closed_pipe() => ExitCode::SUCCESS,
        Err(failure) => {
            if let Some(message) = failure.message() {
                let _ = writeln!(io.err, "doorstep: {message}");
            }
            ExitCode::from(failure.exit_code())
        }
    }
}

#[cfg(feature = "gui")]
fn open_app(args: Args) -> ExitCode {
    if doorstep::app::launch::run(args.window).is_success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

#[cfg(not(feature = "gui"))]
fn open_app(_: Args) -> ExitCode {
    use clap::CommandFactory;
    let _ = Args::command().print_help();
    ExitCode::SUCCESS
}
