//! Statistics the security phase argues from: incidents and fatalities by month
//! and district, in one pass over the incidents.

/// foldhash: places and actors are looked up for every incident recorded.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

use crate::acled::Incident;
use crate::month::YearMonth;

/// Events and fatalities of one (month, district) cell.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    pub events: u64,
    pub fatalities: u64,
}

/// `(year, month, admin1, admin2)` → count, sorted by month then place.
pub fn monthly_by_district(incidents: &[Incident]) -> Vec<((i16, i8, String, String), Count)> {
    // Districts repeat endlessly: count on borrowed names, own them once per cell.
    let mut cells: HashMap<(i16, i8, &str, &str), Count> = HashMap::default();
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

/// How a district is named in statistics: "Nowshera, Khyber Pakhtunkhwa", or the
/// province alone when the district is not known.
pub fn district_label(admin1: &str, admin2: &str) -> String {
    if admin2.is_empty() { admin1.to_owned() } else { format!("{admin2}, {admin1}") }
}

/// What a statistic counts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Month,
    District,
    EventType,
    Actor,
}

/// Which incidents a statistic counts: every `None` is "all".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filter {
    /// First and last month counted, inclusive.
    pub from: Option<YearMonth>,
    pub to: Option<YearMonth>,
    pub place: Option<u32>,
    pub event_type: Option<u8>,
    pub actor: Option<u32>,
}

/// One row of a statistic: the key it counts by, as text, and the count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub key: String,
    pub count: Count,
}

/// Numbers names as they first appear, so columns hold small integers. Looked
/// up by borrowed text: recording an incident allocates only for a new name.
#[derive(Debug, Default, Clone)]
struct Names {
    names: Vec<(String, String)>,
    /// first part → second part → number
    index: HashMap<String, HashMap<String, u32>>,
}

impl Names {
    fn number(&mut self, first: &str, second: &str) -> u32 {
        if let Some(&n) = self.index.get(first).and_then(|m| m.get(second)) {
            return n;
        }
        let n = self.names.len() as u32;
        self.names.push((first.to_owned(), second.to_owned()));
        self.index.entry(first.to_owned()).or_default().insert(second.to_owned(), n);
        n
    }

    fn get(&self, first: &str, second: &str) -> Option<u32> {
        self.index.get(first).and_then(|m| m.get(second)).copied()
    }
}

/// A month's number in the columns ([`YearMonth::index`]).
fn month_number(date: jiff::civil::Date) -> u32 {
    YearMonth::of(date).index()
}

/// Set aside: an incident merged into another counts no more.
const EXCLUDED: u32 = u32::MAX;

/// The incidents as columns for statistics: per incident a month number, a
/// place, an event type, an actor and the fatalities, names numbered once.
/// Built as incidents are recorded; a statistic then reads a few small arrays
/// instead of every row (the row-wise [`monthly_by_district`] over a million
/// incidents touches ~1 GB).
#[derive(Debug, Default, Clone)]
pub struct Columns {
    months: Vec<u32>,
    /// [`EXCLUDED`] for an incident that no longer counts.
    places: Vec<u32>,
    event_types: Vec<u8>,
    actors: Vec<u32>,
    fatalities: Vec<u32>,
    /// Place number → (admin1, admin2).
    place_names: Names,
    /// Actors by (actor1, "").
    actor_names: Names,
    /// Per place: the sum of its incidents' latitudes and longitudes, and how
    /// many, to draw a district at the mean of its incidents.
    place_coordinates: Vec<(f64, f64, u32)>,
}

impl Columns {
    pub fn new() -> Columns {
        Columns::default()
    }

    fn place_of(&mut self, i: &Incident) -> u32 {
        let place = self.place_names.number(&i.admin1, &i.admin2);
        if place as usize == self.place_coordinates.len() {
            self.place_coordinates.push((0.0, 0.0, 0));
        }
        place
    }

    fn event_type_of(i: &Incident) -> u8 {
        crate::taxonomy::EVENT_TYPES.iter().position(|(t, _)| *t == i.event_type).unwrap_or(0) as u8
    }

    fn locate(&mut self, place: u32, i: &Incident, sign: f64) {
        let c = &mut self.place_coordinates[place as usize];
        c.0 += sign * i.latitude.value;
        c.1 += sign * i.longitude.value;
        c.2 = if sign > 0.0 { c.2 + 1 } else { c.2.saturating_sub(1) };
    }

    pub fn push(&mut self, i: &Incident) {
        let place = self.place_of(i);
        self.locate(place, i, 1.0);
        let actor = self.actor_names.number(&i.actor1, "");
        let d = i.event_date.value;
        self.months.push(month_number(d));
        self.places.push(place);
        self.event_types.push(Self::event_type_of(i));
        self.actors.push(actor);
        self.fatalities.push(i.fatalities);
    }

    /// Incident `n` now reads `now` (an amendment): it counts where `now` says.
    /// `before` is what it read until now.
    pub fn replace(&mut self, n: usize, before: &Incident, now: &Incident) {
        if self.places[n] != EXCLUDED {
            self.locate(self.places[n], before, -1.0);
            let place = self.place_of(now);
            self.locate(place, now, 1.0);
            self.places[n] = place;
        }
        let d = now.event_date.value;
        self.months[n] = month_number(d);
        self.event_types[n] = Self::event_type_of(now);
        self.actors[n] = self.actor_names.number(&now.actor1, "");
        self.fatalities[n] = now.fatalities;
    }

    /// Incident `n` counts no more (merged into another); `it` is what it reads.
    pub fn exclude(&mut self, n: usize, it: &Incident) {
        if self.places[n] != EXCLUDED {
            self.locate(self.places[n], it, -1.0);
            self.places[n] = EXCLUDED;
        }
    }

    pub fn len(&self) -> usize {
        self.months.len()
    }

    pub fn is_empty(&self) -> bool {
        self.months.is_empty()
    }

    /// Every district with incidents: its number, (admin1, admin2), and the mean
    /// of its incidents' coordinates.
    pub fn places(&self) -> impl Iterator<Item = (u32, &(String, String), Option<(f64, f64)>)> {
        self.place_names
            .names
            .iter()
            .zip(&self.place_coordinates)
            .enumerate()
            .map(|(n, (name, &(lat, lon, k)))| (n as u32, name, (k > 0).then(|| (lat / k as f64, lon / k as f64))))
    }

    /// The number of a district, if it has incidents.
    pub fn place_number(&self, admin1: &str, admin2: &str) -> Option<u32> {
        self.place_names.get(admin1, admin2)
    }

    /// The number of an actor (as `actor1`), if it has incidents.
    pub fn actor_number(&self, actor: &str) -> Option<u32> {
        self.actor_names.get(actor, "")
    }

    /// The incidents `filter` selects, counted by `group`; months in order, the
    /// other groupings by most events first.
    pub fn tally(&self, filter: &Filter, group: Group) -> Vec<Tally> {
        let from = filter.from.map_or(0, YearMonth::index);
        let to = filter.to.map_or(u32::MAX, YearMonth::index);
        let keys = match group {
            Group::Month => 0,
            Group::District => self.place_names.names.len(),
            Group::EventType => crate::taxonomy::EVENT_TYPES.len(),
            Group::Actor => self.actor_names.names.len(),
        };
        let mut by_month: HashMap<u32, Count> = HashMap::default();
        let mut table = vec![Count::default(); keys];
        for n in 0..self.months.len() {
            let (month, place) = (self.months[n], self.places[n]);
            if place == EXCLUDED
                || month < from
                || month > to
                || filter.place.is_some_and(|p| p != place)
                || filter.event_type.is_some_and(|t| t != self.event_types[n])
                || filter.actor.is_some_and(|a| a != self.actors[n])
            {
                continue;
            }
            let cell = match group {
                Group::Month => by_month.entry(month).or_default(),
                Group::District => &mut table[place as usize],
                Group::EventType => &mut table[self.event_types[n] as usize],
                Group::Actor => &mut table[self.actors[n] as usize],
            };
            cell.events += 1;
            cell.fatalities += u64::from(self.fatalities[n]);
        }
        if group == Group::Month {
            let mut months: Vec<_> = by_month.into_iter().collect();
            months.sort_by_key(|(m, _)| *m);
            return months.into_iter().map(|(m, count)| Tally { key: YearMonth::from_index(m).to_string(), count }).collect();
        }
        let name = |k: usize| match group {
            Group::District => {
                let (a1, a2) = &self.place_names.names[k];
                district_label(a1, a2)
            }
            Group::EventType => crate::taxonomy::EVENT_TYPES[k].0.to_owned(),
            Group::Actor => self.actor_names.names[k].0.clone(),
            Group::Month => unreachable!("months are returned above"),
        };
        let mut out: Vec<_> =
            table.into_iter().enumerate().filter(|(_, c)| c.events > 0).map(|(k, count)| Tally { key: name(k), count }).collect();
        out.sort_by(|a, b| b.count.events.cmp(&a.count.events).then_with(|| a.key.cmp(&b.key)));
        out
    }

    /// The same cells as [`monthly_by_district`], counted into a dense
    /// month × place table.
    pub fn monthly_by_district(&self) -> Vec<((i16, i8, String, String), Count)> {
        let (Some(&first), Some(&last)) = (self.months.iter().min(), self.months.iter().max()) else { return vec![] };
        let places = self.place_names.names.len();
        let mut table = vec![Count::default(); (last - first + 1) as usize * places];
        for ((month, place), fatalities) in self.months.iter().zip(&self.places).zip(&self.fatalities) {
            if *place == EXCLUDED {
                continue;
            }
            let cell = &mut table[(month - first) as usize * places + *place as usize];
            cell.events += 1;
            cell.fatalities += u64::from(*fatalities);
        }
        let mut out: Vec<_> = table
            .into_iter()
            .enumerate()
            .filter(|(_, c)| c.events > 0)
            .map(|(at, c)| {
                let month = YearMonth::from_index(first + (at / places) as u32);
                let (a1, a2) = &self.place_names.names[at % places];
                ((month.year(), month.month(), a1.clone(), a2.clone()), c)
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
