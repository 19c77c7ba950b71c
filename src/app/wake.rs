//! Wakes the idle event loop from other threads: the file watcher, and the advice search.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
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
}

impl Waker {
    fn now_ms(&self) -> u64 {
        let mut epoch = self.epoch.lock().unwrap_or_else(|e| e.into_inner());
        epoch.get_or_insert_with(Instant::now).elapsed().as_millis() as u64
    }

    /// Wakes the app for one update.
    fn wake(&self) {
        if let Some(wake) = self.wake.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
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
        *waker.wake.lock().unwrap_or_else(|e| e.into_inner()) = Some(Box::new(move || {
            let _ = proxy.send_event(WinitUserEvent::WakeUp);
        }));
    }
}

fn keep_drawing_while_awake(waker: Res<Waker>, mut redraw: MessageWriter<RequestRedraw>) {
    if waker.is_awake() {
        redraw.write(RequestRedraw);
    }
}
