//! How much room each piece takes on paper, in millimetres, as `print.css`
//! lays out the wallet card: 8.5 x 5.4 cm panels, 9 pt type for the steps
//! and 8 pt for the details. Widths are guessed from the letters (a capital
//! or a wide character takes more room), on the generous side.

use super::{Piece, Row, plain_text};
use unicode_width::UnicodeWidthChar;

const PT: f32 = 0.3528;
const LINE: f32 = 1.25;
/// A panel's height less its padding and its fold line, less a spare
/// millimetre for what the guess gets wrong.
const HEIGHT: f32 = 54.0 - 2.0 * 2.2 - 0.3 - 1.0;
/// A panel's width less its padding and the strip's border.
const WIDTH: f32 = 85.6 - 2.0 * 2.8 - 0.6;
/// A numbered step's text, after the room its number takes.
const STEP_WIDTH: f32 = WIDTH - 4.5;
/// "2 more on the full card at home.": one line of 9 pt, with its margins.
pub const LEFT_OUT_LINE: f32 = 9.0 * PT * LINE + 2.0;

/// The width of printable ASCII from ' ' to '~' in DejaVu Sans (the
/// space as Verdana sets it), in
/// thousandths of an em.
const ASCII: [u16; 95] = [
    352, 401, 459, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, // ' '../
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, // 0..?
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, // @..O
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, // P.._
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, // `..o
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838, // p..~
];

/// The width of `text` in ems of its type: DejaVu Sans's letters with
/// Verdana's wider space (the two are otherwise near alike); bold is
/// wider.
fn ems(text: &str, bold: bool) -> f32 {
    let w: f32 = text
        .chars()
        .map(|c| match c {
            ' '..='~' => f32::from(ASCII[c as usize - 32]) / 1000.0,
            c => match c.width() {
                Some(2) => 1.02,
                _ => 0.75,
            },
        })
        .sum();
    if bold { w * 1.14 } else { w }
}

/// Lines `text` takes at `size` points in `width` mm, broken at spaces
/// (a word too long for a line is broken anywhere, as the page allows).
fn lines(text: &str, size: f32, width: f32, bold: bool) -> f32 {
    let em = size * PT;
    let room = width / em;
    let mut count = 1.0;
    let mut used = 0.0;
    for word in text.split_whitespace() {
        let w = ems(word, bold);
        let space = if used > 0.0 { ems(" ", bold) } else { 0.0 };
        if used > 0.0 && used + space + w > room {
            count += 1.0;
            used = 0.0;
        }
        if used == 0.0 && w > room {
            count += (w / room).ceil() - 1.0;
            used = w % room;
        } else {
            used += if used > 0.0 { space + w } else { w };
        }
    }
    count
}

fn height(lines: f32, size: f32) -> f32 {
    lines * size * PT * LINE
}

/// (margin above, height, margin below) of a piece.
fn size(piece: &Piece) -> (f32, f32, f32) {
    match piece {
        Piece::Title(t) => (
            0.0,
            height(lines(t, 12.5, WIDTH - 4.0, true), 12.5) + 2.0,
            1.5,
        ),
        Piece::Signs(t) | Piece::NoNaloxone(t) => {
            (1.0, height(lines(t, 9.0, WIDTH, true), 9.0), 1.0)
        }
        Piece::Step(_, t) => (0.8, height(lines(t, 9.0, STEP_WIDTH, false), 9.0), 0.8),
        Piece::Household => (0.0, height(1.0, 8.5), 1.0),
        Piece::Detail(row) => (0.0, detail(row), 0.0),
    }
}

/// A detail: its label in bold over its answer, or over a line to
/// write on.
fn detail(row: &Row) -> f32 {
    let label = height(lines(&row.label, 8.0, WIDTH, true), 8.0);
    let value = if row.value.is_empty() {
        4.0 + 0.4
    } else {
        height(lines(&plain_text(&row.value), 8.0, WIDTH, false), 8.0)
    };
    1.0 + label + value
}

/// The small print: 6 pt after a 2 mm gap.
fn stamp(columns: usize) -> f32 {
    let per_line = WIDTH / (6.0 * PT * 0.6);
    2.0 + height((columns as f32 / per_line).ceil() + 0.5, 6.0) + 1.0
}

pub struct Laid {
    pub panels: Vec<Vec<Piece>>,
    pub left_out: usize,
}

const PANELS: usize = 4;

/// The panels being filled: the current one, the height used in it, and
/// the margin below its last piece (which collapses with the next one's).
struct Filler {
    panels: Vec<Vec<Piece>>,
    at: usize,
    used: f32,
    below: f32,
    /// Kept free at the end of the last panel.
    reserve: f32,
}

impl Filler {
    fn room(&self, at: usize) -> f32 {
        if at + 1 == PANELS {
            HEIGHT - self.reserve
        } else {
            HEIGHT
        }
    }

    /// The height after `pieces`, from `used` and `below`.
    fn after(pieces: &[&Piece], mut used: f32, mut below: f32) -> (f32, f32) {
        for p in pieces {
            let (top, h, bottom) = size(p);
            used += top.max(below) + h;
            below = bottom;
        }
        (used, below)
    }

    /// Puts `pieces`, kept together, in the first panel from here that
    /// has room. A piece that `must` be on the card goes in even where it
    /// does not fit; other pieces that fit nowhere are left out (false).
    fn place(&mut self, pieces: &[&Piece], must: bool) -> bool {
        loop {
            let (used, below) = Self::after(pieces, self.used, self.below);
            let fresh = self.panels[self.at].is_empty();
            let last = self.at + 1 == PANELS;
            if used + below <= self.room(self.at) || (must && (fresh || last)) {
                self.used = used;
                self.below = below;
                self.panels[self.at].extend(pieces.iter().map(|p| (*p).clone()));
                return true;
            }
            let (alone, alone_below) = Self::after(pieces, 0.0, 0.0);
            let somewhere = (self.at + 1..PANELS).any(|p| alone + alone_below <= self.room(p));
            if last || (!must && !somewhere) {
                return false;
            }
            self.at += 1;
            self.used = 0.0;
            self.below = 0.0;
        }
    }
}

/// Fills four panels: every piece of the card in order, each in the
/// panel it fits, then the details, each where it fits, left out where
/// none does. The last panel keeps room for the small print and `spare`.
pub fn flow(card: &[Piece], details: &[Row], footer: usize, spare: f32) -> Laid {
    let mut f = Filler {
        panels: vec![Vec::new(); PANELS],
        at: 0,
        used: 0.0,
        below: 0.0,
        reserve: stamp(footer) + spare,
    };
    for piece in card {
        f.place(&[piece], true);
    }
    let mut left_out = 0;
    let mut headed = false;
    let heading = Piece::Household;
    for row in details {
        let detail = Piece::Detail(row.clone());
        // The heading goes with the first detail that fits.
        let fits = if headed {
            f.place(&[&detail], false)
        } else {
            f.place(&[&heading, &detail], false)
        };
        headed |= fits;
        left_out += usize::from(!fits);
    }
    if !headed && !details.is_empty() {
        // Not one fits: the heading still says where they would be.
        f.place(&[&heading], true);
    }
    Laid {
        panels: f.panels,
        left_out,
    }
}
