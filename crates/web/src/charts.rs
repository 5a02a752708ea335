//! Charts and the map, as SVG drawn on the server: no script, no tile server,
//! readable offline and printable. Every mark carries its key and value in
//! `data-` attributes and a `<title>`, so a screen reader (and a test) reads
//! what the eye sees.

use std::sync::LazyLock;

use jirga_incidents::month::YearMonth;
use maud::{Markup, html};
use serde::Deserialize;

/// The width a year label needs under the month chart (four digits and a gap).
const YEAR_LABEL_PX: f64 = 34.0;

/// How the reader reads a chart: its direction (a right-to-left reader's time
/// axis runs from the right, bars grow leftwards) and its digits.
pub struct Reading<'a> {
    pub rtl: bool,
    pub number: &'a dyn Fn(u64) -> String,
}

impl Reading<'_> {
    /// `x` of a left-to-right drawing `width` wide, for this reader.
    fn x(&self, width: f64, x: f64) -> f64 {
        if self.rtl { width - x } else { x }
    }

    /// The left edge of a box from `x` `w` wide, for this reader.
    fn left(&self, width: f64, x: f64, w: f64) -> f64 {
        if self.rtl { width - x - w } else { x }
    }

    fn direction(&self) -> &'static str {
        if self.rtl { "rtl" } else { "ltr" }
    }
}

/// Bars over time: one per month, in order, months without incidents included
/// (as zero). `rows` are (YYYY-MM, value).
/// Drawn left to right and mirrored for a right-to-left reader: with the
/// SVG's `direction` set, each text keeps its `text-anchor` (start and end
/// are the reader's), so only the positions move.
pub fn months(label: &str, rows: &[(String, u64)], reading: &Reading) -> Markup {
    let (width, height, left, bottom) = (720.0, 220.0, 44.0, 24.0);
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1) as f64;
    let plot_w = width - left - 8.0;
    let plot_h = height - bottom - 10.0;
    let step = plot_w / rows.len().max(1) as f64;
    let bar = (step * 0.8).clamp(0.5, 28.0);
    let ticks = nice_ticks(max);
    // A year label every `every` years, so that labels never overlap: over 33
    // years of months a label a year would run into one unreadable string.
    let every = [1, 2, 5, 10, 20, 50].into_iter().find(|n| f64::from(*n) * 12.0 * step >= YEAR_LABEL_PX).unwrap_or(100);
    let labelled = |i: usize, month: &str| {
        let Ok(month) = month.parse::<YearMonth>() else { return false };
        let january = month.month() == 1;
        // The first month is labelled when it is a labelled January, or when
        // labels are yearly and the next January is a label's width away.
        let months_to_january = (13 - i32::from(month.month())) % 12;
        (january && i32::from(month.year()) % every == 0)
            || (i == 0 && !january && every == 1 && f64::from(months_to_january) * step >= YEAR_LABEL_PX)
    };
    html! {
        svg.chart.chart-months viewBox={"0 0 " (width) " " (height)} role="img" aria-label=(label) direction=(reading.direction()) xmlns="http://www.w3.org/2000/svg" {
            title { (label) }
            @for t in &ticks {
                @let y = 10.0 + plot_h - (*t as f64 / max) * plot_h;
                line.grid x1=(fmt(reading.x(width, left))) x2=(fmt(reading.x(width, width - 8.0))) y1=(fmt(y)) y2=(fmt(y)) {}
                text.tick x=(fmt(reading.x(width, left - 4.0))) y=(fmt(y + 4.0)) text-anchor="end" { ((reading.number)(*t)) }
            }
            @for (i, (month, value)) in rows.iter().enumerate() {
                @let h = (*value as f64 / max) * plot_h;
                @let x = left + i as f64 * step;
                rect.bar x=(fmt(reading.left(width, x, bar))) y=(fmt(10.0 + plot_h - h)) width=(fmt(bar)) height=(fmt(h)) data-key=(month) data-value=(value) {
                    title { (month) ": " ((reading.number)(*value)) }
                }
                @if labelled(i, month) {
                    text.tick.year x=(fmt(reading.x(width, x))) y=(fmt(height - 6.0)) { ((reading.number)(month.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0))) }
                }
            }
        }
    }
}

/// Horizontal bars, largest first: (label, value).
pub fn bars(label: &str, rows: &[(String, u64)], reading: &Reading) -> Markup {
    let row_h = 22.0;
    let (width, left) = (720.0, 260.0);
    let height = row_h * rows.len() as f64 + 8.0;
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1) as f64;
    html! {
        svg.chart.chart-bars viewBox={"0 0 " (width) " " (fmt(height))} role="img" aria-label=(label) direction=(reading.direction()) xmlns="http://www.w3.org/2000/svg" {
            title { (label) }
            @for (i, (key, value)) in rows.iter().enumerate() {
                @let y = 4.0 + i as f64 * row_h;
                @let w = (*value as f64 / max) * (width - left - 70.0);
                text.label x=(fmt(reading.x(width, left - 8.0))) y=(fmt(y + 15.0)) text-anchor="end" { (truncate(key, 38)) }
                rect.bar x=(fmt(reading.left(width, left, w.max(1.0)))) y=(fmt(y + 3.0)) width=(fmt(w.max(1.0))) height=(fmt(row_h - 6.0)) data-key=(key) data-value=(value) {
                    title { (key) ": " ((reading.number)(*value)) }
                }
                text.value x=(fmt(reading.x(width, left + w + 6.0))) y=(fmt(y + 15.0)) { ((reading.number)(*value)) }
            }
        }
    }
}

/// One district on the map.
pub struct Point<'a> {
    pub name: &'a str,
    pub lat: f64,
    pub lon: f64,
    pub events: u64,
    pub fatalities: u64,
    pub href: String,
}

#[derive(Deserialize)]
struct Shapes {
    source: String,
    provinces: Vec<Shape>,
    countries: Vec<Shape>,
}

#[derive(Deserialize)]
struct Shape {
    name: String,
    rings: Vec<Vec<[f64; 2]>>,
}

/// Natural Earth's province and country shapes, built by `scripts/make-map.py`.
static SHAPES: LazyLock<Shapes> =
    LazyLock::new(|| serde_json::from_str(include_str!("../assets/map/pak-afg.json")).expect("the map's shapes parse"));

/// The frame of the map: Afghanistan and Pakistan.
const WEST: f64 = 60.4;
const EAST: f64 = 77.9;
const NORTH: f64 = 38.6;
const SOUTH: f64 = 23.5;
/// Degrees of longitude are shorter at this latitude (equirectangular projection).
const MID_LATITUDE_COS: f64 = 0.857;
const SCALE: f64 = 40.0;

fn project(lon: f64, lat: f64) -> (f64, f64) {
    ((lon - WEST) * SCALE * MID_LATITUDE_COS, (NORTH - lat) * SCALE)
}

fn path(rings: &[Vec<[f64; 2]>]) -> String {
    let mut d = String::new();
    for ring in rings {
        for (i, [lon, lat]) in ring.iter().enumerate() {
            let (x, y) = project(*lon, *lat);
            d.push_str(&format!("{}{} {}", if i == 0 { "M" } else { "L" }, fmt(x), fmt(y)));
        }
        d.push('Z');
    }
    d
}

/// The provinces of Pakistan and Afghanistan with the districts as circles,
/// their area by events.
pub fn map(label: &str, points: &[Point]) -> Markup {
    let (width, height) = project(EAST, SOUTH);
    let max = points.iter().map(|p| p.events).max().unwrap_or(0).max(1) as f64;
    let shapes = &*SHAPES;
    html! {
        svg.map viewBox={"0 0 " (fmt(width)) " " (fmt(height))} role="img" aria-label=(label) xmlns="http://www.w3.org/2000/svg" {
            title { (label) }
            @for p in &shapes.provinces {
                path.province d=(path(&p.rings)) data-province=(p.name) { title { (p.name) } }
            }
            @for c in &shapes.countries {
                path.country d=(path(&c.rings)) data-country=(c.name) {}
            }
            @for p in points.iter().filter(|p| (SOUTH..=NORTH).contains(&p.lat) && (WEST..=EAST).contains(&p.lon)) {
                @let (x, y) = project(p.lon, p.lat);
                a href=(p.href) {
                    circle.district cx=(fmt(x)) cy=(fmt(y)) r=(fmt(2.0 + 16.0 * (p.events as f64 / max).sqrt()))
                        data-district=(p.name) data-events=(p.events) {
                        title { (p.name) ": " (p.events) " · " (p.fatalities) }
                    }
                }
            }
            text.map-source x="6" y=(fmt(height - 6.0)) { (shapes.source) }
        }
    }
}

/// Round numbers for the value axis: about four lines.
fn nice_ticks(max: f64) -> Vec<u64> {
    let raw = max / 4.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * magnitude).find(|s| *s >= raw).unwrap_or(magnitude * 10.0).max(1.0);
    (1..).map(|k| (k as f64 * step) as u64).take_while(|t| (*t as f64) <= max).collect()
}

fn fmt(v: f64) -> String {
    format!("{v:.1}")
}

/// `text` cut to `chars` characters, an ellipsis marking the cut.
pub fn truncate(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars { text.to_owned() } else { format!("{}…", text.chars().take(chars - 1).collect::<String>()) }
}

#[cfg(test)]
mod year_label_tests {
    /// The x positions of the year labels of a month chart (for a reader
    /// right to left when `rtl`).
    fn year_labels_read(rows: &[(String, u64)], rtl: bool) -> Vec<(f64, String)> {
        let number = |n: u64| n.to_string();
        let svg = super::months("incidents", rows, &super::Reading { rtl, number: &number }).into_string();
        svg.split("<text class=\"tick year\" x=\"")
            .skip(1)
            .map(|rest| {
                let x: f64 = rest.split('"').next().unwrap().parse().unwrap();
                let year = rest.split('>').nth(1).unwrap().split('<').next().unwrap().to_owned();
                (x, year)
            })
            .collect()
    }

    fn year_labels(rows: &[(String, u64)]) -> Vec<(f64, String)> {
        year_labels_read(rows, false)
    }

    fn months(from: i32, to: i32, first_month: u32) -> Vec<(String, u64)> {
        (from..=to).flat_map(|y| (1..=12).map(move |m| (format!("{y}-{m:02}"), 1))).skip(first_month as usize - 1).collect()
    }

    #[test]
    fn thirty_three_years_of_months_have_year_labels_that_do_not_overlap() {
        // The UCDP file's period: 1989 to 2021.
        let labels = year_labels(&months(1989, 2021, 1));
        assert!(labels.len() >= 5, "{labels:?}");
        for pair in labels.windows(2) {
            assert!(pair[1].0 - pair[0].0 >= super::YEAR_LABEL_PX, "{pair:?}");
        }
        // Evenly, every N years (here two), so the reader counts the years between.
        let years: Vec<i32> = labels.iter().map(|(_, y)| y.parse().unwrap()).collect();
        let every = years[1] - years[0];
        assert!(every > 1 && years.windows(2).all(|w| w[1] - w[0] == every), "{years:?}");
    }

    #[test]
    fn a_right_to_left_reader_reads_time_from_the_right() {
        let ltr = year_labels(&months(2020, 2023, 1));
        let rtl = year_labels_read(&months(2020, 2023, 1), true);
        assert_eq!(ltr.iter().map(|(_, y)| y).collect::<Vec<_>>(), rtl.iter().map(|(_, y)| y).collect::<Vec<_>>());
        assert!(ltr.windows(2).all(|w| w[0].0 < w[1].0), "left to right: later years to the right");
        assert!(rtl.windows(2).all(|w| w[0].0 > w[1].0), "right to left: later years to the left");
        assert!((ltr[0].0 + rtl[0].0 - 720.0).abs() < 0.2, "mirrored: {ltr:?} {rtl:?}");
    }

    #[test]
    fn a_year_or_two_is_labelled_every_year_from_its_first_month() {
        let labels = year_labels(&months(2024, 2025, 3));
        assert_eq!(labels.iter().map(|(_, y)| y.as_str()).collect::<Vec<_>>(), ["2024", "2025"]);
    }
}
