//! Small charts drawn with egui's painter: airtime bars, a step timeline and line charts.
//!
//! Their own words come in the language of the `Ui` they are drawn in; words given by the
//! caller (a chart's name, an axis) are shown as given.

use bevy_egui::egui::{self, Align2, FontId, Pos2, Rect, Sense, Stroke, Vec2};

use crate::app::lang::Tr;
use crate::app::theme::palette;
use crate::i18n::has_missing;
use crate::render::labels::step_label;
use crate::scenario::Step;
use crate::score::{Report, ViolationKind};
use crate::words::percent;

/// Questions, listening and talking as bars, each with the 20/70/10 target marked.
pub fn airtime_bars(ui: &mut egui::Ui, shares: [f64; 3], target: [f64; 3]) {
    let names = ["chart-questions", "chart-listening", "chart-talking"].map(|id| ui.tr(id));
    let colors = [palette::QUESTIONS, palette::LISTENING, palette::TALKING];
    let row = ui.text_style_height(&egui::TextStyle::Body) + 10.0;
    let width = ui.available_width().min(640.0);
    let (rect, _) = ui.allocate_exact_size(Vec2::new(width, row * 3.0 + 4.0), Sense::hover());
    let painter = ui.painter_at(rect);
    let label_w = (width * 0.28).min(140.0);
    let font = FontId::proportional(ui.text_style_height(&egui::TextStyle::Body) * 0.85);
    let text_color = ui.visuals().text_color();
    for i in 0..3 {
        let top = rect.top() + i as f32 * row;
        let bar_area = Rect::from_min_max(
            Pos2::new(rect.left() + label_w, top + 3.0),
            Pos2::new(rect.right() - 70.0, top + row - 3.0),
        );
        painter.text(
            Pos2::new(rect.left(), top + row / 2.0),
            Align2::LEFT_CENTER,
            &names[i],
            font.clone(),
            text_color,
        );
        painter.rect_filled(bar_area, 3.0, ui.visuals().faint_bg_color);
        let filled = Rect::from_min_size(
            bar_area.min,
            Vec2::new(
                bar_area.width() * shares[i].clamp(0.0, 1.0) as f32,
                bar_area.height(),
            ),
        );
        painter.rect_filled(filled, 3.0, colors[i]);
        let tx = bar_area.left() + bar_area.width() * target[i] as f32;
        painter.line_segment(
            [Pos2::new(tx, top), Pos2::new(tx, top + row)],
            Stroke::new(2.5, text_color),
        );
        painter.text(
            Pos2::new(rect.right(), top + row / 2.0),
            Align2::RIGHT_CENTER,
            format!("{} / {}", percent(shares[i]), percent(target[i])),
            font.clone(),
            text_color,
        );
    }
}

/// What a step timeline shows: columns are turns (or utterances), rows the five steps.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub columns: usize,
    /// Where each step was reached (1-based column).
    pub reached: Vec<(Step, usize)>,
    /// Where the trainee worked on a step.
    pub worked: Vec<(Step, usize)>,
    /// Where a step was taken out of order.
    pub out_of_order: Vec<(Step, usize)>,
    /// What the columns are: a Fluent id such as `chart-turns-axis`, shown in the `Ui`'s
    /// language, or else words shown as they are.
    pub axis: String,
}

impl Timeline {
    pub fn from_report(report: &Report) -> Self {
        let out_of_order = report
            .steps
            .violations
            .iter()
            .filter_map(|v| {
                let step = match v.kind {
                    ViolationKind::VisionBeforeStory => Step::Vision,
                    ViolationKind::AskBeforeStory | ViolationKind::AskBeforeVision => Step::Ask,
                    _ => return None,
                };
                v.turn.map(|turn| (step, turn))
            })
            .collect();
        Timeline {
            columns: report.turns.len().max(1),
            reached: report
                .steps
                .reached
                .iter()
                .map(|m| (m.step, m.turn))
                .collect(),
            worked: report.turns.iter().map(|t| (t.step, t.turn)).collect(),
            out_of_order,
            axis: "chart-turns-axis".to_owned(),
        }
    }
}

/// The five steps across the turns: where each was worked on (○), reached (●) and taken out
/// of order (✕).
pub fn step_timeline(ui: &mut egui::Ui, timeline: &Timeline) {
    let columns = timeline.columns.max(1);
    let row = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    let width = ui.available_width().min(900.0);
    let label_w = (width * 0.3).min(190.0);
    let (rect, _) = ui.allocate_exact_size(Vec2::new(width, row * 6.0), Sense::hover());
    let painter = ui.painter_at(rect);
    let font = FontId::proportional(ui.text_style_height(&egui::TextStyle::Body) * 0.8);
    let text_color = ui.visuals().text_color();
    let language = ui.language();
    let step_w = (rect.width() - label_w) / columns as f32;
    let x_of =
        |column: usize| rect.left() + label_w + step_w * (column.clamp(1, columns) as f32 - 0.5);
    for (r, step) in Step::FIVE.iter().enumerate() {
        let y = rect.top() + row * (r as f32 + 0.5);
        painter.text(
            Pos2::new(rect.left(), y),
            Align2::LEFT_CENTER,
            step_label(language, *step),
            font.clone(),
            text_color,
        );
        painter.line_segment(
            [
                Pos2::new(rect.left() + label_w, y),
                Pos2::new(rect.right(), y),
            ],
            Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
        );
        for (_, column) in timeline.worked.iter().filter(|(s, _)| s == step) {
            painter.circle_stroke(
                Pos2::new(x_of(*column), y),
                row * 0.22,
                Stroke::new(1.5, palette::STEP_DONE),
            );
        }
        for (_, column) in timeline.reached.iter().filter(|(s, _)| s == step) {
            painter.circle_filled(Pos2::new(x_of(*column), y), row * 0.3, palette::STEP_DONE);
        }
        for (_, column) in timeline.out_of_order.iter().filter(|(s, _)| s == step) {
            let c = Pos2::new(x_of(*column), y);
            let d = row * 0.3;
            let stroke = Stroke::new(3.0, palette::MISTAKE);
            painter.line_segment([c - Vec2::splat(d), c + Vec2::splat(d)], stroke);
            painter.line_segment([c + Vec2::new(-d, d), c + Vec2::new(d, -d)], stroke);
        }
    }
    let axis_y = rect.top() + row * 5.5;
    for column in 1..=columns {
        if columns <= 20 || column % 5 == 0 || column == 1 {
            painter.text(
                Pos2::new(x_of(column), axis_y),
                Align2::CENTER_CENTER,
                column.to_string(),
                font.clone(),
                text_color,
            );
        }
    }
    painter.text(
        Pos2::new(rect.left(), axis_y),
        Align2::LEFT_CENTER,
        axis_words(ui, &timeline.axis),
        font,
        text_color,
    );
}

/// An axis's words: a message id in the `Ui`'s language. The English words of the two known
/// axes are read as their ids too, so a timeline built before the move to ids still reads well.
fn axis_words(ui: &egui::Ui, axis: &str) -> String {
    let id = match axis {
        "turns →" => "chart-turns-axis",
        "utterances →" => "chart-utterances-axis",
        other => other,
    };
    let words = ui.tr(id);
    if has_missing(&words) {
        axis.to_owned()
    } else {
        words
    }
}

/// A line chart of values with dots, `shown` as each value is written. Two or more different
/// values get an axis labelled at its top and bottom; a single value (or values all the same)
/// is drawn with its number beside it, as any axis around one number would be made up. Screen
/// readers and tests read the values as the chart's label: "`name`: 97, 88".
pub fn line_chart(
    ui: &mut egui::Ui,
    values: &[f64],
    height: f32,
    name: &str,
    x_label: &str,
    shown: impl Fn(f64) -> String,
) {
    let width = ui.available_width().min(720.0);
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, height), Sense::hover());
    let listed: Vec<String> = values.iter().map(|v| shown(*v)).collect();
    let nothing_yet = ui.tr("chart-nothing-yet");
    let description = if listed.is_empty() {
        format!("{name}: {nothing_yet}")
    } else {
        format!("{name}: {}", listed.join(", "))
    };
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::WidgetType::Other, true, description.clone())
    });
    let painter = ui.painter_at(rect);
    let text_color = ui.visuals().text_color();
    let font = FontId::proportional(ui.text_style_height(&egui::TextStyle::Body) * 0.8);
    painter.rect_stroke(
        rect,
        4.0,
        Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
        egui::StrokeKind::Inside,
    );
    if values.is_empty() {
        painter.text(
            rect.center(),
            Align2::CENTER_CENTER,
            nothing_yet,
            font,
            text_color,
        );
        return;
    }
    let (lo, hi) = values
        .iter()
        .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
    let flat = shown(lo) == shown(hi);
    let inner = rect.shrink2(Vec2::new(40.0, 18.0));
    let point = |i: usize, v: f64| {
        let x = if values.len() == 1 {
            inner.center().x
        } else {
            inner.left() + inner.width() * i as f32 / (values.len() - 1) as f32
        };
        let y = if flat {
            inner.center().y
        } else {
            inner.bottom() - inner.height() * ((v - lo) / (hi - lo)) as f32
        };
        Pos2::new(x, y)
    };
    let points: Vec<Pos2> = values
        .iter()
        .enumerate()
        .map(|(i, v)| point(i, *v))
        .collect();
    painter.add(egui::Shape::line(
        points.clone(),
        Stroke::new(2.5, palette::ACCENT),
    ));
    for p in &points {
        painter.circle_filled(*p, 4.0, palette::ACCENT);
    }
    if flat {
        // The number itself, beside a lone dot or at the start of a level line: there is no
        // range to label.
        let at = if points.len() == 1 {
            points[0] + Vec2::new(10.0, 0.0)
        } else {
            Pos2::new(rect.left() + 4.0, inner.center().y)
        };
        painter.text(at, Align2::LEFT_CENTER, shown(hi), font.clone(), text_color);
    } else {
        for (v, y) in [(hi, inner.top()), (lo, inner.bottom())] {
            painter.text(
                Pos2::new(rect.left() + 4.0, y),
                Align2::LEFT_CENTER,
                shown(v),
                font.clone(),
                text_color,
            );
        }
    }
    painter.text(
        Pos2::new(rect.right() - 4.0, rect.bottom() - 2.0),
        Align2::RIGHT_BOTTOM,
        x_label,
        font,
        text_color,
    );
}
