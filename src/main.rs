//! The `doorstep` binary: subcommands are the CLI; without one it opens the app.

use std::process::ExitCode;

use clap::Parser;
use doorstep::cli::{self, Command, Io};

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

/// glibc's allocator raises its threshold for giving large blocks their own mapping each time
/// such a block is freed, so the large, short-lived buffers of loading and drawing end up inside
/// its heaps, which it seldom hands back: an app that then sits idle for hours keeps them. Fixed
/// thresholds keep the window within a few percent of a bare bevy_egui window
/// (tests/benches/app.sh). The command line keeps the defaults.
#[cfg(feature = "gui")]
fn return_freed_memory_at_once() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        const THRESHOLD: libc::c_int = 128 * 1024;
        // SAFETY: mallopt only sets two tuning parameters to documented values, before the app
        // starts any thread.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, THRESHOLD);
            libc::mallopt(libc::M_TRIM_THRESHOLD, THRESHOLD);
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_app(_: Args) -> ExitCode {
    use clap::CommandFactory;
    let _ = Args::command().print_help();
    ExitCode::SUCCESS
}
