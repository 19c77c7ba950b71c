//! The audience window: a second window, for the projector, showing only what the room should see.
//!
//! It shows the conversation and the room's options, while the trainer's window keeps the notes,
//! hidden state and scores. Both draw from the same resources, so they cannot drift apart.

use bevy::camera::RenderTarget;
use bevy::ecs::schedule::ScheduleLabel;
use bevy::prelude::*;
use bevy::window::{WindowClosed, WindowRef, WindowResolution};
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContext, EguiSchedule};

use super::intent::Intent;
use super::lang::Tr;
use super::screen::Screen;
use super::screens::chrome::blank;
use super::screens::play::play_ui;
use super::screens::play::view::{Audience, PlayView};
use super::screens::room::room_results_ui;
use super::screens::watch::watch_ui;
use super::state::prefs::Prefs;
use super::state::room::RoomResults;
use super::state::session::Session;
use super::state::ui::SayState;
use super::state::watch::Watching;
use super::state::workshop::{Countdown, Workshop};
use super::theme::{palette, projector_zoom};
use super::widgets::log::conversation_log;
use super::widgets::root::root_ui;

/// The egui pass of the audience window.
#[derive(ScheduleLabel, Clone, Debug, PartialEq, Eq, Hash)]
pub struct AudiencePass;

/// Marks the audience window and its camera.
#[derive(Component)]
pub struct AudienceWindow;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (open_or_close_audience_window, notice_closed_window),
    );
    app.add_systems(AudiencePass, draw_audience);
}

fn open_or_close_audience_window(
    mut commands: Commands,
    workshop: Res<Workshop>,
    windows: Query<Entity, (With<Window>, With<AudienceWindow>)>,
    cameras: Query<Entity, (With<Camera>, With<AudienceWindow>)>,
) {
    if !workshop.is_changed() {
        return;
    }
    let open = !windows.is_empty();
    if workshop.audience_window && !open {
        let window = commands
            .spawn((
                Window {
                    title: String::new(),
                    resolution: WindowResolution::new(1280, 720),
                    ..default()
                },
                AudienceWindow,
            ))
            .id();
        commands.spawn((
            Camera2d,
            Camera {
                order: 1,
                ..default()
            },
            RenderTarget::Window(WindowRef::Entity(window)),
            EguiSchedule::new(AudiencePass),
            AudienceWindow,
        ));
    } else if !workshop.audience_window && open {
        for entity in windows.iter().chain(cameras.iter()) {
            commands.entity(entity).despawn();
        }
    }
}

/// Closing the audience window with the mouse turns the setting off too.
fn notice_closed_window(
    mut closed: MessageReader<WindowClosed>,
    windows: Query<(), (With<Window>, With<AudienceWindow>)>,
    cameras: Query<Entity, (With<Camera>, With<AudienceWindow>)>,
    mut commands: Commands,
    mut workshop: ResMut<Workshop>,
) {
    if closed.read().count() > 0 && windows.is_empty() && workshop.audience_window {
        workshop.audience_window = false;
        for camera in &cameras {
            commands.entity(camera).despawn();
        }
    }
}

fn draw_audience(
    mut context: Single<&mut EguiContext, With<AudienceWindow>>,
    screen: Res<State<Screen>>,
    session: Option<Res<Session>>,
    watching: Option<Res<Watching>>,
    room: Res<RoomResults>,
    prefs: Res<Prefs>,
    workshop: Res<Workshop>,
    countdown: Res<Countdown>,
    time: Res<Time<Real>>,
    window: Query<&Window, With<AudienceWindow>>,
    mut intents: MessageWriter<Intent>,
) {
    let ctx = context.get_mut().clone();
    if let Ok(window) = window.single() {
        let zoom = projector_zoom(window.height());
        if (ctx.zoom_factor() - zoom).abs() > f32::EPSILON {
            ctx.set_zoom_factor(zoom);
        }
    }
    if workshop.blank {
        blank(&ctx);
        return;
    }
    let mut ui = root_ui(&ctx, ctx.viewport_rect());
    egui::Panel::top("audience-top").show(&mut ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(RichText::new("Doorstep").color(palette::ACCENT).strong());
            // On the Room screen the last conversation played is not what is shown.
            if let Some(session) = session.as_ref().filter(|_| *screen.get() != Screen::Room) {
                ui.label(&session.scenario().title);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new(format!("⏱ {}", countdown.label(time.elapsed()))).strong());
            });
        });
    });
    let intent = match (*screen.get(), &session, &watching) {
        (Screen::Play, Some(session), _) => {
            let mut view = PlayView::new(session, &prefs, Audience::Room);
            view.controls = false;
            play_ui(&mut ui, &view, &mut SayState::default())
        }
        (Screen::Watch, _, Some(watching)) => watch_ui(&mut ui, watching, false),
        (Screen::Assess | Screen::Debrief, Some(session), _) => {
            egui::CentralPanel::default_margins().show(&mut ui, |ui| {
                conversation_log(
                    ui,
                    session.conversation.transcript(),
                    session.scenario(),
                    false,
                );
            });
            None
        }
        // The room sees its results, from the top: the first scenario's mistakes and stalls.
        (Screen::Room, _, _) if room.gathered.is_some() => {
            if let Some(gathered) = &room.gathered {
                egui::CentralPanel::default_margins().show(&mut ui, |ui| {
                    room_results_ui(ui, gathered);
                });
            }
            None
        }
        _ => {
            egui::CentralPanel::default_margins().show(&mut ui, |ui| {
                ui.vertical_centered(|ui| {
                    ui.add_space(ui.available_height() * 0.3);
                    ui.label(RichText::new("Doorstep").size(72.0).color(palette::ACCENT));
                    ui.label(ui.tr("chrome-audience-tagline"));
                });
            });
            None
        }
    };
    if let Some(intent) = intent {
        intents.write(intent);
    }
}
