//! Statistics the security phase argues from: incidents and fatalities by month
//! and district, in one pass over the incidents.

use std::collections::HashMap;

use crate::acled::Incident;

/// Events and fatalities of one (month, district) cell.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    pub events: u64,
    pub fatalities: u64,
}

/// `(year, month, admin1, admin2)` → count, sorted by month then place.
pub fn monthly_by_district(incidents: &[Incident]) -> Vec<((i16, i8, String, String), Count)> {
    // Districts repeat endlessly: count on borrowed names, own them once per cell.
    let mut cells: HashMap<(i16, i8, &str, &str), Count> = HashMap::new();
    for i in incidents {
        let d = i.event_date.value;
        let cell = cells.entry((d.year(), d.month(), i.admin1.as_str(), i.admin2.as_str())).or_default();
        cell.events += 1;
        cell.fatalities += u64::from(i.fatalities);
    }
    let mut out: Vec<_> = cells.into_iter().map(|((y, m, a1, a2), c)| ((y, m, a1.to_owned(), a2.to_owned()), c)).collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The incidents as columns for statistics: a month number, a place number and
/// the fatalities per incident, places numbered once. Built when incidents are
/// loaded; a statistic then reads three small arrays instead of every row (the
/// row-wise [`monthly_by_district`] over a million incidents touches ~1 GB).
#[derive(Debug, Default, Clone)]
pub struct Columns {
    /// Months since year 0 (`year * 12 + month - 1`).
    months: Vec<u32>,
    places: Vec<u32>,
    fatalities: Vec<u32>,
    /// Place number → (admin1, admin2).
    place_names: Vec<(String, String)>,
    place_index: HashMap<(String, String), u32>,
}

impl Columns {
    pub fn new() -> Columns {
        Columns::default()
    }

    pub fn push(&mut self, i: &Incident) {
        let key = (i.admin1.clone(), i.admin2.clone());
        let next = self.place_names.len() as u32;
        let place = *self.place_index.entry(key.clone()).or_insert_with(|| next);
        if place == next {
            self.place_names.push(key);
        }
        let d = i.event_date.value;
        self.months.push(d.year() as u32 * 12 + d.month() as u32 - 1);
        self.places.push(place);
        self.fatalities.push(i.fatalities);
    }

    pub fn len(&self) -> usize {
        self.months.len()
    }

    pub fn is_empty(&self) -> bool {
        self.months.is_empty()
    }

    /// The same cells as [`monthly_by_district`], counted into a dense
    /// month × place table.
    pub fn monthly_by_district(&self) -> Vec<((i16, i8, String, String), Count)> {
        let (Some(&first), Some(&last)) = (self.months.iter().min(), self.months.iter().max()) else { return vec![] };
        let places = self.place_names.len();
        let mut table = vec![Count::default(); (last - first + 1) as usize * places];
        for ((month, place), fatalities) in self.months.iter().zip(&self.places).zip(&self.fatalities) {
            let cell = &mut table[(month - first) as usize * places + *place as usize];
            cell.events += 1;
            cell.fatalities += u64::from(*fatalities);
        }
        let mut out: Vec<_> = table
            .into_iter()
            .enumerate()
            .filter(|(_, c)| c.events > 0)
            .map(|(at, c)| {
                let month = first + (at / places) as u32;
                let (a1, a2) = &self.place_names[at % places];
                (((month / 12) as i16, (month % 12 + 1) as i8, a1.clone(), a2.clone()), c)
            })
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }
}

impl<'a> FromIterator<&'a Incident> for Columns {
    fn from_iter<I: IntoIterator<Item = &'a Incident>>(incidents: I) -> Columns {
        let mut columns = Columns::new();
        for i in incidents {
            columns.push(i);
        }
        columns
    }
}
