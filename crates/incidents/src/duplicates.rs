//! Duplicate candidates: does a new report likely describe an incident already
//! registered? ACLED's own rule for one event is the same day, the same place,
//! the same actors and the same type of activity; reports of one attack differ
//! by a day and by a few kilometres, so the day and the place take a tolerance.
//! An analyst then merges or keeps apart; this only proposes.

use crate::acled::Incident;

/// How far apart two reports of one incident may be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tolerance {
    /// Days between the two event dates, at most (0: the same day).
    pub days: i32,
    /// Kilometres between the two locations, at most.
    pub km: f64,
}

impl Default for Tolerance {
    /// One day and ten kilometres: a night attack reported the next morning,
    /// a village placed at its district town.
    fn default() -> Self {
        Tolerance { days: 1, km: 10.0 }
    }
}

/// Great-circle distance in kilometres (haversine, mean Earth radius).
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1, lat2, lon2) = (a.0.to_radians(), a.1.to_radians(), b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6_371.0 * h.sqrt().asin()
}

fn same_actors(a: &Incident, b: &Incident) -> bool {
    let norm = |s: &str| s.trim().to_lowercase();
    let pair = |i: &Incident| {
        let (x, y) = (norm(&i.actor1), norm(&i.actor2));
        if x <= y { (x, y) } else { (y, x) }
    };
    pair(a) == pair(b)
}

/// Is `b` a likely duplicate of `a`: within the tolerance of day and place, the
/// same actors (in either order) and the same event and sub-event type?
pub fn is_candidate(a: &Incident, b: &Incident, tolerance: Tolerance) -> bool {
    let days = a.event_date.value.until(b.event_date.value).map_or(i32::MAX, |s| s.get_days().abs());
    days <= tolerance.days
        && a.event_type == b.event_type
        && a.sub_event_type == b.sub_event_type
        && same_actors(a, b)
        && distance_km((a.latitude.value, a.longitude.value), (b.latitude.value, b.longitude.value)) <= tolerance.km
}

/// The indexes in `existing` that `new` likely duplicates.
pub fn candidates(new: &Incident, existing: &[Incident], tolerance: Tolerance) -> Vec<usize> {
    existing.iter().enumerate().filter(|(_, e)| is_candidate(e, new, tolerance)).map(|(i, _)| i).collect()
}
