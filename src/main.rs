//! The `doorstep` binary: subcommands are the CLI; without one it opens the app.

use std::alloc::{GlobalAlloc, Layout, System};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::Parser;
use doorstep::cli::{self, Command, Io};
use mimalloc::MiMalloc;

/// Each run allocates with the allocator that suits it. The command line loads a file, reports
/// and exits: with mimalloc a whole-process `check` of the 10,000-node benchmark dialogue takes
/// 74 ms, against 105 ms with the system allocator. The app loads small files and then sits in a
/// window for hours: with the system allocator it is about 40 MB smaller (tests/benches/app.sh).
#[global_allocator]
static ALLOCATOR: Chosen = Chosen;

/// Set once, before the app starts: from then on new memory comes from the system allocator.
static SYSTEM: AtomicBool = AtomicBool::new(false);

struct Chosen;

/// Whether mimalloc handed out `ptr`; memory is always given back to the allocator it came from.
fn from_mimalloc(ptr: *mut u8) -> bool {
    // SAFETY: a lookup in mimalloc's page map, defined for any pointer.
    unsafe { libmimalloc_sys::mi_is_in_heap_region(ptr.cast()) }
}

// SAFETY: every call goes to one of two sound allocators, and each block goes back to the one
// that allocated it.
unsafe impl GlobalAlloc for Chosen {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if SYSTEM.load(Ordering::Relaxed) {
            unsafe { System.alloc(layout) }
        } else {
            unsafe { MiMalloc.alloc(layout) }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if SYSTEM.load(Ordering::Relaxed) {
            unsafe { System.alloc_zeroed(layout) }
        } else {
            unsafe { MiMalloc.alloc_zeroed(layout) }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if from_mimalloc(ptr) {
            unsafe { MiMalloc.dealloc(ptr, layout) }
        } else {
            unsafe { System.dealloc(ptr, layout) }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if from_mimalloc(ptr) {
            unsafe { MiMalloc.realloc(ptr, layout, new_size) }
        } else {
            unsafe { System.realloc(ptr, layout, new_size) }
        }
    }
}

#[derive(Debug, Parser)]
#[command(
    name = "doorstep",
    version,
    about = "Practice organizing conversations: play, score and check scenarios."
)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    /// The language of the interface (the app, `run`, `play` and the debrief); the saved choice
    /// or the system's language by default, else English.
    #[arg(long, global = true, value_enum)]
    lang: Option<cli::LangArg>,
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
    let language = args
        .lang
        .map(doorstep::i18n::Language::from)
        .unwrap_or_else(doorstep::i18n::detect);
    match cli::run_in(command, &mut io, language) {
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
    use_the_apps_allocator();
    let mut window = args.window;
    window.lang = args.lang.map(doorstep::i18n::Language::from);
    if doorstep::app::launch::run(window).is_success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// From here on the app allocates with the system allocator (see [`ALLOCATOR`]). glibc's raises
/// its threshold for giving large blocks their own mapping each time such a block is freed, so
/// the large, short-lived buffers of loading and drawing end up inside its heaps, which it seldom
/// hands back, and an app that then sits idle for hours keeps them. Fixed thresholds keep the
/// window within a few percent of a bare bevy_egui window (tests/benches/app.sh).
#[cfg(feature = "gui")]
fn use_the_apps_allocator() {
    SYSTEM.store(true, Ordering::Relaxed);
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
