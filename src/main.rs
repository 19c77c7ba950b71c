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
    return_freed_memory_at_once();
    if doorstep::app::launch::run(args.window).is_success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// mimalloc hands freed memory back to the system only during later allocations, a second or
/// more after the free. An idle window allocates nothing, so what loading the scenarios used
/// would stay resident for as long as the window is open: about 25 MB, a tenth of the app's
/// whole footprint (tests/benches/app.sh). The command line keeps the default, which is faster
/// for a one-off load of a large file.
#[cfg(feature = "gui")]
fn return_freed_memory_at_once() {
    // `mi_option_purge_delay` in mimalloc.h (v3), which libmimalloc-sys does not name.
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: sets one of the allocator's options to a documented value ("0 for immediate
    // purging") before the app starts any thread.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 0) };
}

#[cfg(not(feature = "gui"))]
fn open_app(_: Args) -> ExitCode {
    use clap::CommandFactory;
    let _ = Args::command().print_help();
    ExitCode::SUCCESS
}
