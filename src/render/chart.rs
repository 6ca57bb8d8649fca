//! A small chart of one area's ratings (0 to 10) over the check-ins: bars
//! with their numbers as text, or an inline SVG picture for the printed page.

pub use super::doc::Chart;
use super::html::esc;
use crate::content::i18n::t;
use crate::progress::checkin::{chart_line, day_month_short};
use std::fmt::Write as _;

/// The columns the label takes before the bars, in text.
pub const LABEL_COLUMNS: usize = 26;

impl Chart {
    /// The chart as one line of text, after its label: "Sleep and health
    /// ▃3  ▄4  ▆6", or (`plain`) "Sleep and health: 3, 4, 6".
    pub fn text(&self, plain: bool) -> String {
        if self.values.iter().all(Option::is_none) {
            return t!("checkin-chart-not-rated", area = self.label.as_str());
        }
        if plain {
            format!("{}: {}", self.label, chart_line(&self.values, true))
        } else {
            let pad = LABEL_COLUMNS
                .saturating_sub(unicode_width::UnicodeWidthStr::width(self.label.as_str()));
            format!(
                "{}{} {}",
                self.label,
                " ".repeat(pad),
                chart_line(&self.values, false)
            )
        }
    }

    /// The chart as an SVG picture: a bar per check-in with its number above
    /// and its day below. Readable in black and white; no script, nothing
    /// fetched; every text escaped.
    pub fn svg(&self) -> String {
        // Small enough for eight areas and twelve check-ins on one page.
        const LABEL: usize = 170;
        const BAR: usize = 28;
        const GAP: usize = 14;
        const TOP: usize = 14;
        const HIGH: usize = 36;
        let n = self.values.len().max(1);
        let width = LABEL + n * (BAR + GAP) + GAP;
        let height = TOP + HIGH + 16;
        let summary = self
            .values
            .iter()
            .zip(&self.days)
            .map(|(v, d)| {
                let v = v.map_or_else(|| t!("checkin-none"), |v| v.to_string());
                format!("{}: {v}", day_month_short(*d))
            })
            .collect::<Vec<_>>()
            .join(", ");
        let mut out = String::new();
        let _ = write!(
            out,
            "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" \
             style=\"display:block;max-width:100%;height:auto\" \
             width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\
             <title>{}: {}</title>",
            esc(&t!("checkin-chart-title", area = self.label.as_str())),
            esc(&summary)
        );
        let base = TOP + HIGH;
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\" font-size=\"13\">{}</text>",
            base - HIGH / 2,
            esc(&self.label)
        );
        let _ = write!(
            out,
            "<line x1=\"{LABEL}\" y1=\"{base}\" x2=\"{width}\" y2=\"{base}\" stroke=\"#000\" stroke-width=\"1\"/>"
        );
        for (i, (v, d)) in self.values.iter().zip(&self.days).enumerate() {
            let x = LABEL + GAP + i * (BAR + GAP);
            let mid = x + BAR / 2;
            match v {
                Some(v) => {
                    let h = usize::from(*v) * HIGH / 10;
                    let _ = write!(
                        out,
                        "<rect x=\"{x}\" y=\"{}\" width=\"{BAR}\" height=\"{h}\" fill=\"#888\" stroke=\"#000\"/>\
                         <text x=\"{mid}\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\">{v}</text>",
                        base - h,
                        base - h - 4,
                    );
                }
                None => {
                    let _ = write!(
                        out,
                        "<text x=\"{mid}\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\">–</text>",
                        base - 4
                    );
                }
            }
            let _ = write!(
                out,
                "<text x=\"{mid}\" y=\"{}\" text-anchor=\"middle\" font-size=\"9\">{}</text>",
                base + 12,
                esc(&day_month_short(*d))
            );
        }
        out.push_str("</svg>");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_picture_has_a_bar_and_number_per_checkin_and_escapes_its_label() {
        let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 10, d).unwrap();
        let c = Chart {
            label: "<b>Sleep</b>".into(),
            days: vec![day(4), day(11), day(18)],
            values: vec![Some(3), None, Some(10)],
        };
        let svg = c.svg();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert_eq!(svg.matches("<rect").count(), 2);
        assert!(svg.contains(">3</text>") && svg.contains(">10</text>"));
        assert!(svg.contains("&lt;b&gt;Sleep"), "{svg}");
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("4 Oct: 3, 11 Oct: none, 18 Oct: 10"));
        assert!(!svg.contains("script"));
        assert_eq!(c.text(true), "<b>Sleep</b>: 3, none, 10");
        assert_eq!(
            c.text(false),
            format!("<b>Sleep</b>{}▃3   ·  █10", " ".repeat(27 - 12))
        );
    }
}
