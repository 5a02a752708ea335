//! Duplicate candidates on both sides of each threshold, and the monthly
//! statistics by district, on ACLED rows.

use jirga_incidents::acled::{self, Incident};
use jirga_incidents::duplicates::{Tolerance, candidates, distance_km, is_candidate};
use jirga_incidents::stats::monthly_by_district;

/// The Akora Khattak suicide bombing of 28 February 2025 as one outlet reported it.
fn bombing() -> Incident {
    let csv = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
PAK1,2025-02-28,2025,1,Political violence,Explosions/Remote violence,Suicide bomb,Unidentified Armed Group (Pakistan),,2,Civilians (Pakistan),,7,27,Civilian targeting,586,South Asia,Pakistan,Khyber Pakhtunkhwa,Nowshera,,Akora Khattak,34.0151,72.1230,1,Dawn,National,Suicide bombing at Darul Uloom Haqqania.,8,,1741000000
";
    acled::read(csv.as_bytes(), false, |_| {}).unwrap().incidents.remove(0)
}

/// The same row moved `days` later and `km` north (a degree of latitude is 111.2 km).
fn moved(days: i64, km: f64) -> Incident {
    let mut i = bombing();
    i.event_date.value = i.event_date.value.checked_add(jiff::Span::new().days(days)).unwrap();
    i.latitude.value += km / 111.195;
    i
}

#[test]
fn a_report_within_the_tolerance_is_a_candidate_and_one_beyond_it_is_not() {
    let t = Tolerance { days: 1, km: 10.0 };
    let original = bombing();
    assert!(is_candidate(&original, &moved(0, 0.0), t), "the same report");
    // Days: one is within, two are beyond.
    assert!(is_candidate(&original, &moved(1, 0.0), t));
    assert!(is_candidate(&original, &moved(-1, 0.0), t));
    assert!(!is_candidate(&original, &moved(2, 0.0), t));
    // Kilometres: 9.9 within, 10.1 beyond.
    assert!(is_candidate(&original, &moved(0, 9.9), t));
    assert!(!is_candidate(&original, &moved(0, 10.1), t));
    // A stricter tolerance: the same day only.
    assert!(!is_candidate(&original, &moved(1, 0.0), Tolerance { days: 0, km: 10.0 }));
    // Other actors, or another kind of activity, is another event.
    let mut other_actor = moved(0, 0.0);
    other_actor.actor1 = "TTP: Tehreek-i-Taliban Pakistan".into();
    assert!(!is_candidate(&original, &other_actor, t));
    let mut swapped = moved(0, 0.0);
    std::mem::swap(&mut swapped.actor1, &mut swapped.actor2);
    assert!(is_candidate(&original, &swapped, t), "actors in either order");
    let mut other_kind = moved(0, 0.0);
    other_kind.sub_event_type = "Remote explosive/landmine/IED".into();
    assert!(!is_candidate(&original, &other_kind, t));
    assert_eq!(candidates(&moved(1, 3.0), &[other_kind, original.clone(), moved(5, 0.0)], t), vec![1]);
}

#[test]
fn distances_are_great_circle_kilometres() {
    // Peshawar to Torkham, about 47 km as the crow flies.
    let d = distance_km((34.0151, 71.5249), (34.1031, 71.0983));
    assert!((40.0..50.0).contains(&d), "{d}");
    assert_eq!(distance_km((34.0, 71.0), (34.0, 71.0)), 0.0);
}

#[test]
fn monthly_statistics_count_events_and_fatalities_per_district() {
    let mut rows = vec![bombing(), moved(1, 0.0), moved(3, 0.0)];
    let mut elsewhere = bombing();
    elsewhere.admin2 = "Bannu".into();
    elsewhere.fatalities = 18;
    rows.push(elsewhere);
    let stats = monthly_by_district(&rows);
    let cell = |month: i8, district: &str| {
        stats.iter().find(|((_, m, _, d), _)| *m == month && d == district).map(|(_, c)| (c.events, c.fatalities))
    };
    assert_eq!(cell(2, "Nowshera"), Some((1, 8)), "28 February");
    assert_eq!(cell(3, "Nowshera"), Some((2, 16)), "1 and 3 March");
    assert_eq!(cell(2, "Bannu"), Some((1, 18)));
    assert_eq!(stats.len(), 3);
    assert!(stats.windows(2).all(|w| w[0].0 <= w[1].0), "sorted by month, then place");
    let columns: jirga_incidents::stats::Columns = rows.iter().collect();
    assert_eq!(columns.monthly_by_district(), stats, "the columnar statistic agrees with the row-wise one");
}

#[test]
fn the_columnar_statistic_agrees_on_a_large_synthetic_set() {
    let rows: Vec<_> = jirga_incidents::synthetic::incidents(20_000, 11).collect();
    let columns: jirga_incidents::stats::Columns = rows.iter().collect();
    assert_eq!(columns.len(), 20_000);
    assert_eq!(columns.monthly_by_district(), monthly_by_district(&rows));
}
