//! Reading one file a trainee handed in, as untrusted input: a bundle or a single attempt, each
//! attempt checked before it counts. Nothing here panics on a file's contents or changes it.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::value::RawValue;

use super::check::{check, clean_name, printable};
use super::model::SkipKind;
use crate::store::history::Attempt;
use crate::store::{BUNDLE_FORMAT, BUNDLE_VERSION};

/// The largest file read: a bundle of several hundred long attempts fits many times over.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The largest single attempt: a long conversation of a large scenario takes well under a MiB.
pub const MAX_ATTEMPT_BYTES: usize = 8 * 1024 * 1024;

/// What a readable file held.
#[derive(Debug)]
pub enum Contents {
    Bundle {
        trainee: Option<String>,
        /// Each attempt that read, with its 1-based place in the bundle.
        attempts: Vec<(usize, Attempt)>,
        /// The attempts that did not, by place.
        broken: Vec<(usize, SkipKind, String)>,
    },
    Attempt(Box<Attempt>),
}

/// Why a whole file was skipped.
pub type Unread = (SkipKind, String);

/// The fields that tell a bundle, an attempt and other JSON apart, taken as they are written so
/// that other JSON with a field of the same name is still told apart; everything else is
/// skipped over without being kept.
#[derive(Deserialize)]
struct Envelope<'a> {
    #[serde(borrow)]
    format: Option<&'a RawValue>,
    #[serde(borrow)]
    version: Option<&'a RawValue>,
    #[serde(borrow)]
    trainee: Option<&'a RawValue>,
    #[serde(borrow)]
    attempts: Option<&'a RawValue>,
    report: Option<IgnoredAny>,
    transcript: Option<IgnoredAny>,
}

impl Envelope<'_> {
    /// The `format` field, when it is a string.
    fn format(&self) -> Option<String> {
        serde_json::from_str(self.format?.get()).ok()
    }
}

/// Reads and classifies one file.
pub fn read_file(path: &Path) -> Result<Contents, Unread> {
    let unreadable = |e: std::io::Error| (SkipKind::Unreadable, format!("could not be read ({e})"));
    let file = File::open(path).map_err(unreadable)?;
    let size = file.metadata().map_err(unreadable)?.len();
    if size > MAX_FILE_BYTES {
        return Err(too_large(size, MAX_FILE_BYTES));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // Read no further than the limit, in case the file grows while it is read.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64, MAX_FILE_BYTES));
    }
    classify(&bytes)
}

/// A bundle as Doorstep writes it, read in one pass.
#[derive(Deserialize)]
struct Written<'a> {
    format: String,
    version: u64,
    trainee: Option<String>,
    #[serde(borrow)]
    attempts: Vec<&'a RawValue>,
}

/// Tells what `bytes` hold and reads it.
pub fn classify(bytes: &[u8]) -> Result<Contents, Unread> {
    // What Doorstep writes reads in one pass: a bundle starts with its `format`, an attempt
    // with its `scenario`. Anything else, or anything that does not read so, is looked at
    // field by field below.
    match first_key(bytes) {
        Some(b"format") => {
            if let Ok(written) = serde_json::from_slice::<Written>(bytes)
                && written.format == BUNDLE_FORMAT
                && written.version == u64::from(BUNDLE_VERSION)
            {
                return Ok(bundle_of(written.trainee, written.attempts));
            }
        }
        Some(b"scenario") if bytes.len() <= MAX_ATTEMPT_BYTES => {
            if let Ok(attempt) = serde_json::from_slice::<Attempt>(bytes) {
                check(&attempt).map_err(|reason| (SkipKind::Implausible, reason))?;
                return Ok(Contents::Attempt(Box::new(attempt)));
            }
        }
        _ => {}
    }
    let envelope: Envelope = serde_json::from_slice(bytes).map_err(|e| not_ours(&e))?;
    match envelope.format().as_deref() {
        Some(BUNDLE_FORMAT) => read_bundle(envelope),
        Some(other) => Err((
            SkipKind::Foreign,
            format!(
                "a file of format '{}', not a Doorstep attempt or bundle",
                crate::words::shorten(&printable(other), 40)
            ),
        )),
        None if envelope.format.is_some()
            || (envelope.report.is_none() && envelope.transcript.is_none()) =>
        {
            Err(foreign())
        }
        None => {
            if bytes.len() > MAX_ATTEMPT_BYTES {
                return Err(too_large(bytes.len() as u64, MAX_ATTEMPT_BYTES as u64));
            }
            read_attempt(bytes).map(|a| Contents::Attempt(Box::new(a)))
        }
    }
}

fn read_bundle(envelope: Envelope) -> Result<Contents, Unread> {
    let version = envelope
        .version
        .map(|raw| serde_json::from_str::<u64>(raw.get()).map_err(|_| raw.get()));
    match version {
        Some(Err(written)) => {
            return Err((
                SkipKind::Version,
                format!(
                    "a bundle whose version, {}, is not a number",
                    crate::words::shorten(&printable(written), 20)
                ),
            ));
        }
        Some(Ok(v)) if v == u64::from(BUNDLE_VERSION) => {}
        Some(Ok(v)) if v > u64::from(BUNDLE_VERSION) => {
            return Err((
                SkipKind::Version,
                format!(
                    "a bundle of version {v}, from a newer Doorstep (this one reads version \
                     {BUNDLE_VERSION}): update Doorstep to read it"
                ),
            ));
        }
        Some(Ok(v)) => {
            return Err((
                SkipKind::Version,
                format!("a bundle of version {v}, which no Doorstep wrote"),
            ));
        }
        None => {
            return Err((SkipKind::Version, "a bundle with no version".into()));
        }
    }
    let list = envelope
        .attempts
        .and_then(|raw| serde_json::from_str::<Vec<&RawValue>>(raw.get()).ok());
    let Some(raw) = list else {
        return Err((SkipKind::Broken, "a bundle with no list of attempts".into()));
    };
    // A name of another type than text is left out rather than guessed at.
    let trainee = envelope
        .trainee
        .and_then(|raw| serde_json::from_str::<String>(raw.get()).ok());
    Ok(bundle_of(trainee, raw))
}

/// A bundle's attempts, each read on its own.
fn bundle_of(trainee: Option<String>, raw: Vec<&RawValue>) -> Contents {
    let mut attempts = Vec::with_capacity(raw.len());
    let mut broken = Vec::new();
    for (i, raw) in raw.into_iter().enumerate() {
        let place = i + 1;
        let read = if raw.get().len() > MAX_ATTEMPT_BYTES {
            Err(too_large(raw.get().len() as u64, MAX_ATTEMPT_BYTES as u64))
        } else {
            read_attempt(raw.get().as_bytes())
        };
        match read {
            Ok(attempt) => attempts.push((place, attempt)),
            Err((kind, reason)) => broken.push((place, kind, reason)),
        }
    }
    Contents::Bundle {
        trainee: trainee.as_deref().and_then(clean_name),
        attempts,
        broken,
    }
}

/// The first key of a JSON object, when it is written plainly (no escapes).
fn first_key(bytes: &[u8]) -> Option<&[u8]> {
    let mut rest = bytes.trim_ascii_start().strip_prefix(b"{")?;
    rest = rest.trim_ascii_start().strip_prefix(b"\"")?;
    let end = rest.iter().position(|&b| b == b'"' || b == b'\\')?;
    (rest[end] == b'"').then_some(&rest[..end])
}

/// Reads one attempt and checks that its parts agree and its numbers could be real.
fn read_attempt(bytes: &[u8]) -> Result<Attempt, Unread> {
    let attempt: Attempt = serde_json::from_slice(bytes).map_err(|e| {
        (
            SkipKind::Broken,
            format!("an attempt that does not read: {e}"),
        )
    })?;
    check(&attempt).map_err(|reason| (SkipKind::Implausible, reason))?;
    Ok(attempt)
}

fn not_ours(e: &serde_json::Error) -> Unread {
    use serde_json::error::Category;
    match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => (
            SkipKind::NotJson,
            format!(
                "not JSON (line {}, column {}: {})",
                e.line(),
                e.column(),
                first_clause(e)
            ),
        ),
        // Every field of the envelope takes any value: only JSON that is not an object (or
        // repeats a field) fails here.
        Category::Data => foreign(),
    }
}

/// serde_json's message without its position, which is given separately.
fn first_clause(e: &serde_json::Error) -> String {
    let text = e.to_string();
    text.split(" at line ").next().unwrap_or(&text).to_owned()
}

fn foreign() -> Unread {
    (
        SkipKind::Foreign,
        "JSON, but not a Doorstep attempt or bundle".into(),
    )
}

fn too_large(size: u64, limit: u64) -> Unread {
    (
        SkipKind::TooLarge,
        format!(
            "{} MiB, more than the {} MiB limit",
            crate::score::shown(size as f64 / 1_048_576.0),
            limit / 1_048_576
        ),
    )
}
