//! A clearly labelled synthetic incident set, for load: deterministic rows in
//! ACLED's shape over the districts of Khyber Pakhtunkhwa and Balochistan, every
//! one marked `SYNTHETIC` in its id, source and tags. Never real data.

use crate::Text;
use crate::acled::{Incident, Spelled};
use crate::taxonomy::EVENT_TYPES;

/// (admin1, district, latitude, longitude) of the places rows are spread over.
const PLACES: &[(&str, &str, f64, f64)] = &[
    ("Khyber Pakhtunkhwa", "Peshawar", 34.0151, 71.5249),
    ("Khyber Pakhtunkhwa", "Khyber", 34.0832, 71.0989),
    ("Khyber Pakhtunkhwa", "Bajaur", 34.7865, 71.5249),
    ("Khyber Pakhtunkhwa", "Mohmand", 34.5356, 71.2874),
    ("Khyber Pakhtunkhwa", "North Waziristan", 32.9746, 70.1456),
    ("Khyber Pakhtunkhwa", "South Waziristan", 32.3030, 69.8597),
    ("Khyber Pakhtunkhwa", "Bannu", 32.9889, 70.6056),
    ("Khyber Pakhtunkhwa", "Dera Ismail Khan", 31.8313, 70.9017),
    ("Khyber Pakhtunkhwa", "Nowshera", 34.0151, 71.9747),
    ("Khyber Pakhtunkhwa", "Kurram", 33.8225, 70.1000),
    ("Balochistan", "Quetta", 30.1798, 66.9750),
    ("Balochistan", "Killa Abdullah", 30.7167, 66.4500),
];

/// A cheap, deterministic stream of numbers (xorshift64*).
struct Numbers(u64);

impl Numbers {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A coordinate as ACLED writes it (four decimals), its value what the text says.
fn four_decimals(x: f64) -> Spelled<f64> {
    let text = format!("{x:.4}");
    Spelled { value: text.parse().expect("a formatted number parses"), text: text.into() }
}

/// `count` synthetic incidents from 2020 on, the same for the same `seed`.
pub fn incidents(count: usize, seed: u64) -> impl Iterator<Item = Incident> {
    let mut numbers = Numbers(seed | 1);
    let start = jiff::civil::date(2020, 1, 1);
    (0..count).map(move |i| {
        let (admin1, district, lat, lon) = PLACES[numbers.below(PLACES.len())];
        let (event_type, subs) = EVENT_TYPES[numbers.below(EVENT_TYPES.len())];
        let sub = subs[numbers.below(subs.len())];
        let day = start.checked_add(jiff::Span::new().days(numbers.below(6 * 365) as i64)).expect("in range");
        let jitter = |n: &mut Numbers| (n.below(2000) as f64 - 1000.0) / 10_000.0;
        let (lat, lon) = (lat + jitter(&mut numbers), lon + jitter(&mut numbers));
        let inter2 = [0u8, 1, 7][numbers.below(3)];
        Incident {
            event_id_cnty: format!("PAKSYN{i}").into(),
            event_date: Spelled { value: day, text: day.to_string().into() },
            year: day.year(),
            time_precision: 1,
            disorder_type: "Political violence".into(),
            event_type: event_type.into(),
            sub_event_type: sub.into(),
            actor1: "Synthetic armed group (Pakistan)".into(),
            assoc_actor_1: Text::default(),
            inter1: Spelled { value: 2, text: "2".into() },
            actor2: if inter2 == 0 { Text::default() } else { "Synthetic target (Pakistan)".into() },
            assoc_actor_2: Text::default(),
            inter2: Spelled {
                value: (inter2 != 0).then_some(inter2),
                text: if inter2 == 0 { Text::default() } else { inter2.to_string().into() },
            },
            interaction: format!("2{inter2}").into(),
            civilian_targeting: if inter2 == 7 { "Civilian targeting".into() } else { Text::default() },
            iso: 586,
            region: "South Asia".into(),
            country: "Pakistan".into(),
            admin1: admin1.into(),
            admin2: district.into(),
            admin3: Text::default(),
            location: district.into(),
            latitude: four_decimals(lat),
            longitude: four_decimals(lon),
            geo_precision: 1 + numbers.below(3) as u8,
            source: "SYNTHETIC (jirga load test)".into(),
            source_scale: "Other".into(),
            notes: format!("SYNTHETIC row {i} for load tests: not a real event.").into(),
            fatalities: numbers.below(12) as u32,
            tags: "synthetic".into(),
            timestamp: 1_735_689_600 + i as i64,
        }
    })
}
