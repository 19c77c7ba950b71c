//! Bars for a room's counts: a labelled bar per row, and a histogram of scores.
//!
//! Each row's words sit on their own line above its bar, so that large projected type wraps
//! instead of running into the bar or the next label.

use bevy_egui::egui::{self, Align2, FontId, Pos2, Rect, Sense, Stroke, Vec2};

use crate::app::theme::palette;

/// One row: what it counts (already with its numbers), and its share from 0 to 1.
pub struct Row {
    pub label: String,
    pub share: f64,
}

/// A bar per row, filled to its share, under its label.
pub fn share_rows(ui: &mut egui::Ui, rows: &[Row], color: egui::Color32) {
    let width = ui.available_width().min(720.0);
    let height = (ui.text_style_height(&egui::TextStyle::Body) * 0.45).max(8.0);
    for row in rows {
        ui.label(&row.label);
        let (rect, _) = ui.allocate_exact_size(Vec2::new(width, height), Sense::hover());
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 3.0, ui.visuals().faint_bg_color);
        let filled = Rect::from_min_size(
            rect.min,
            Vec2::new(
                rect.width() * row.share.clamp(0.0, 1.0) as f32,
                rect.height(),
            ),
        );
        painter.rect_filled(filled, 3.0, color);
        ui.add_space(4.0);
    }
}

/// Columns of counts side by side, lowest first, with the count over each column that has
/// any and the two ends of the range under the first and last. Screen readers and tests read
/// "`name`: `labels[i]` `counts[i]`, …" as the chart's label.
pub fn histogram(
    ui: &mut egui::Ui,
    counts: &[usize],
    labels: &[String],
    ends: (&str, &str),
    name: &str,
) {
    let font_size = ui.text_style_height(&egui::TextStyle::Body) * 0.8;
    let width = ui.available_width().min(720.0);
    let height = font_size * 7.0;
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, height), Sense::hover());
    let description = format!(
        "{name}: {}",
        counts
            .iter()
            .zip(labels)
            .map(|(n, label)| format!("{label} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::WidgetType::Other, true, description.clone())
    });
    let painter = ui.painter_at(rect);
    let text_color = ui.visuals().text_color();
    let font = FontId::proportional(font_size);
    let line = font_size * 1.3;
    // Room above for a count and below for the ends of the range.
    let plot = Rect::from_min_max(
        Pos2::new(rect.left(), rect.top() + line),
        Pos2::new(rect.right(), rect.bottom() - line),
    );
    let most = counts.iter().copied().max().unwrap_or(0).max(1);
    let columns = counts.len().max(1) as f32;
    let slot = plot.width() / columns;
    for (i, &count) in counts.iter().enumerate() {
        let left = plot.left() + slot * i as f32;
        let tall = plot.height() * count as f32 / most as f32;
        let bar = Rect::from_min_max(
            Pos2::new(left + slot * 0.1, plot.bottom() - tall),
            Pos2::new(left + slot * 0.9, plot.bottom()),
        );
        painter.rect_filled(bar, 3.0, palette::ACCENT);
        if count > 0 {
            painter.text(
                Pos2::new(bar.center().x, bar.top() - 2.0),
                Align2::CENTER_BOTTOM,
                count.to_string(),
                font.clone(),
                text_color,
            );
        }
    }
    painter.line_segment(
        [plot.left_bottom(), plot.right_bottom()],
        Stroke::new(1.5, text_color),
    );
    painter.text(
        Pos2::new(rect.left(), rect.bottom()),
        Align2::LEFT_BOTTOM,
        ends.0,
        font.clone(),
        text_color,
    );
    painter.text(
        Pos2::new(rect.right(), rect.bottom()),
        Align2::RIGHT_BOTTOM,
        ends.1,
        font,
        text_color,
    );
}
