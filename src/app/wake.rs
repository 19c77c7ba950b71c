//! Wakes the idle event loop from other threads: the file watcher, and the advice search.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};

/// A handle that other threads can call to wake the app, which otherwise sleeps until input.
#[derive(Resource, Clone, Default)]
pub struct Waker {
    wake: Arc<Mutex<Option<Box<dyn Fn() + Send>>>>,
    /// Milliseconds since `epoch` until which the app keeps drawing.
    awake_until: Arc<AtomicU64>,
    epoch: Arc<Mutex<Option<Instant>>>,
    alarm: Arc<Alarm>,
}

/// Wake-ups due later, rung by one thread that lives only while some are pending.
#[derive(Default)]
struct Alarm {
    pending: Mutex<Pending>,
    changed: Condvar,
}

#[derive(Default)]
struct Pending {
    due: Vec<Due>,
    ringing: bool,
}

/// One wake-up: when it is due, how long the app then keeps drawing, and whether it was called
/// off before then.
struct Due {
    at: Instant,
    keep_drawing: Duration,
    called_off: Arc<AtomicBool>,
}

/// A wake-up asked for with [`Waker::poke_after`]. Dropping it calls the wake-up off, so that
/// a deadline nobody waits for any more does not wake an idle app.
#[must_use = "dropping it calls the wake-up off"]
pub struct WakeUp {
    called_off: Arc<AtomicBool>,
}

impl Drop for WakeUp {
    fn drop(&mut self) {
        self.called_off.store(true, Ordering::Relaxed);
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

impl Waker {
    fn now_ms(&self) -> u64 {
        let mut epoch = lock(&self.epoch);
        epoch.get_or_insert_with(Instant::now).elapsed().as_millis() as u64
    }

    /// Wakes the app for one update.
    fn wake(&self) {
        if let Some(wake) = lock(&self.wake).as_ref() {
            wake();
        }
    }

    /// Wakes the app and keeps it drawing for a while, as a reloaded file lands a few
    /// updates after the watcher sees it.
    pub fn poke(&self, keep_drawing: Duration) {
        let until = self.now_ms() + keep_drawing.as_millis() as u64;
        self.awake_until.fetch_max(until, Ordering::Relaxed);
        self.wake();
    }

    /// Pokes the app once `delay` has passed, as [`Waker::poke`] does, unless the returned
    /// [`WakeUp`] is dropped first. One thread serves every pending wake-up, rather than a
    /// sleeping thread each.
    pub fn poke_after(&self, delay: Duration, keep_drawing: Duration) -> WakeUp {
        let called_off = Arc::new(AtomicBool::new(false));
        let mut pending = lock(&self.alarm.pending);
        pending.due.push(Due {
            at: Instant::now() + delay,
            keep_drawing,
            called_off: Arc::clone(&called_off),
        });
        self.alarm.changed.notify_one();
        if !pending.ringing {
            let waker = self.clone();
            pending.ringing = std::thread::Builder::new()
                .name("wake-alarm".into())
                .spawn(move || waker.ring_when_due())
                .is_ok();
        }
        WakeUp { called_off }
    }

    fn ring_when_due(&self) {
        let mut pending = lock(&self.alarm.pending);
        loop {
            pending
                .due
                .retain(|due| !due.called_off.load(Ordering::Relaxed));
            let now = Instant::now();
            let Some(next) = pending.due.iter().map(|due| due.at).min() else {
                break;
            };
            if next > now {
                pending = match self.alarm.changed.wait_timeout(pending, next - now) {
                    Ok((guard, _)) => guard,
                    Err(poisoned) => poisoned.into_inner().0,
                };
                continue;
            }
            let ready: Vec<Duration> = pending
                .due
                .extract_if(.., |due| due.at <= now)
                .map(|due| due.keep_drawing)
                .collect();
            drop(pending);
            for keep_drawing in ready {
                self.poke(keep_drawing);
            }
            pending = lock(&self.alarm.pending);
        }
        pending.ringing = false;
    }

    fn is_awake(&self) -> bool {
        self.now_ms() < self.awake_until.load(Ordering::Relaxed)
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Waker>();
    app.add_systems(Startup, connect_waker);
    app.add_systems(PreUpdate, keep_drawing_while_awake);
}

fn connect_waker(waker: Res<Waker>, proxy: Option<Res<EventLoopProxyWrapper>>) {
    if let Some(proxy) = proxy {
        let proxy = (**proxy).clone();
        *lock(&waker.wake) = Some(Box::new(move || {
            let _ = proxy.send_event(WinitUserEvent::WakeUp);
        }));
    }
}

fn keep_drawing_while_awake(waker: Res<Waker>, mut redraw: MessageWriter<RequestRedraw>) {
    if waker.is_awake() {
        redraw.write(RequestRedraw);
    }
}
