//! The incident formats on real and hand-made data: UCDP GED's Pakistan export
//! (6,416 events, `../shared/vectors/incidents`), ACLED CSV read and written back
//! exactly, and errors that name line and column.

use jirga_incidents::{acled, places, ucdp};

fn ucdp_file() -> std::fs::File {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/vectors/incidents/ucdp_ged_pakistan.csv");
    std::fs::File::open(&path).unwrap_or_else(|e| panic!("{}: {e} (../shared beside the project)", path.display()))
}

#[test]
fn the_real_ucdp_export_maps_onto_acled_fields() {
    let events = ucdp::read(ucdp_file()).unwrap();
    assert_eq!(events.len(), 6_416, "every event, the HXL row skipped, line breaks inside quotes kept");
    let total = |f: &dyn Fn(&ucdp::UcdpEvent) -> u32| events.iter().map(|e| u64::from(f(e))).sum::<u64>();
    assert_eq!(total(&|e| e.incident.fatalities), 43_225, "best estimates");
    assert_eq!(total(&|e| e.detail.deaths_low), 41_089);
    assert_eq!(total(&|e| e.detail.deaths_high), 49_713);
    assert_eq!(events.iter().filter(|e| e.detail.date_end != e.incident.event_date.value).count(), 348, "date ranges kept");
    assert_eq!(events.iter().filter(|e| e.incident.event_type == "Violence against civilians").count(), 559, "one-sided violence");
    // The tribal areas and "Khyber Pakhtunkwa province" are one province today.
    assert_eq!(events.iter().filter(|e| e.incident.admin1 == "Khyber Pakhtunkhwa").count(), 3_378 + 1_363);
    assert_eq!(events.iter().filter(|e| e.incident.admin2 == "Khyber").count(), 577, "Khyber agency → Khyber district");
    assert!(events.iter().all(|e| e.incident.admin1 != "Federally Administered Tribal Areas"));
    let first = &events[0].incident;
    assert_eq!((first.event_id_cnty.as_str(), first.event_date.value.to_string().as_str()), ("PAK-1990-1-345-5", "1990-10-04"));
    assert_eq!((first.latitude.text.as_str(), first.geo_precision, first.time_precision), ("34.821865", 2, 1));
    // Mapped incidents are valid ACLED rows: written and read back, the same.
    let incidents: Vec<_> = events.into_iter().map(|e| e.incident).collect();
    let mut csv = Vec::new();
    acled::write(&mut csv, &incidents).unwrap();
    let back = acled::read(csv.as_slice(), false, |_| {}).unwrap();
    assert_eq!(back.incidents, incidents);
}

/// ACLED rows as exports spell them: ISO and long dates, numeric and text actor
/// types, quotes, commas, line breaks and Arabic script in the notes.
const SAMPLE: &str = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
PAK140001,2025-02-28,2025,1,Political violence,Explosions/Remote violence,Suicide bomb,Unidentified Armed Group (Pakistan),,2,Civilians (Pakistan),Students (Pakistan); Muslim Group (Pakistan),7,27,Civilian targeting,586,South Asia,Pakistan,Khyber Pakhtunkhwa,Nowshera,,Akora Khattak,34.0151,72.1230,1,Dawn; Arab News,National-International,\"On 28 February 2025, a suicide bomber struck Darul Uloom Haqqania after Friday prayers, killing Maulana Hamidul Haq Haqqani, \"\"the father of the Taliban\"\"'s son, and others.
دارالعلوم حقانیہ\",8,,1741000000
PAK140002,4 March 2025,2025,2,Political violence,Battles,Armed clash,Military Forces of Pakistan (2024-),,State forces,TTP: Tehreek-i-Taliban Pakistan,,Rebel groups,State forces-Rebel groups,,586,South Asia,Pakistan,Khyber Pakhtunkhwa,Bannu,,Bannu Cantonment,32.9889,70.6056,1,ISPR,National,Attack on the cantonment.,18,,1741200000
";

#[test]
fn acled_csv_round_trips_exactly() {
    let read = acled::read(SAMPLE.as_bytes(), false, |_| {}).unwrap();
    assert_eq!(read.incidents.len(), 2);
    let bombing = &read.incidents[0];
    assert_eq!((bombing.inter1.value, bombing.inter2.value, bombing.fatalities), (2, Some(7), 8));
    assert!(bombing.notes.contains("\"the father of the Taliban\"") && bombing.notes.contains("دارالعلوم"));
    let clash = &read.incidents[1];
    assert_eq!(clash.event_date.value.to_string(), "2025-03-04", "a long-form date");
    assert_eq!((clash.inter1.value, clash.inter2.value), (1, Some(2)), "actor types given as text");
    let mut written = Vec::new();
    acled::write(&mut written, &read.incidents).unwrap();
    assert_eq!(String::from_utf8(written).unwrap(), SAMPLE, "the same columns, rows and values, byte for byte");
}

#[test]
fn a_bad_row_is_named_by_line_and_column_and_skip_invalid_sets_it_aside() {
    let mut lines: Vec<String> = SAMPLE.lines().map(str::to_owned).collect();
    // Line 4 of the file (the bombing's notes span lines 2–3) is the clash.
    let clash = lines.pop().unwrap();
    let cases = [
        (clash.replace("4 March 2025", "31 Febtember 2025"), "event_date"),
        (clash.replace("Battles,Armed clash", "Battles,Suicide bomb"), "sub_event_type"),
        (clash.replace("32.9889", "132.9889"), "latitude"),
        (clash.replace(",18,", ",-3,"), "fatalities"),
        (clash.replace("State forces,TTP", "Generals,TTP"), "inter1"),
        (clash.replace(",2025,2,", ",2024,2,"), "year"),
    ];
    for (row, column) in cases {
        let file = format!("{}\n{row}\n", lines.join("\n"));
        let err = acled::read(file.as_bytes(), false, |_| {}).unwrap_err();
        assert_eq!((err.line, err.column.as_str()), (4, column), "{err}");
        let lenient = acled::read(file.as_bytes(), true, |_| {}).unwrap();
        assert_eq!((lenient.incidents.len(), lenient.rejects.len()), (1, 1));
        assert_eq!(lenient.rejects[0].1.len(), 31, "the rejected row's cells, for the rejects file");
    }
    let wrong_header = SAMPLE.replacen("event_date", "date", 1);
    let err = acled::read(wrong_header.as_bytes(), false, |_| {}).unwrap_err();
    assert_eq!((err.line, err.column.as_str()), (1, "event_date"));
}

#[test]
fn the_synthetic_set_is_valid_acled_and_labelled() {
    let rows: Vec<_> = jirga_incidents::synthetic::incidents(2_000, 7).collect();
    assert!(rows.iter().all(|r| r.source.contains("SYNTHETIC") && r.event_id_cnty.starts_with("PAKSYN")));
    let mut csv = Vec::new();
    acled::write(&mut csv, &rows).unwrap();
    let back = acled::read(csv.as_slice(), false, |_| {}).unwrap();
    assert_eq!(back.incidents, rows, "every synthetic row passes the import's validation and reads back the same");
    assert_eq!(rows, jirga_incidents::synthetic::incidents(2_000, 7).collect::<Vec<_>>(), "deterministic");
}

#[test]
fn place_names_normalize_to_todays_map() {
    for alias in [
        "NWFP",
        "N.W.F.P.",
        "KPK",
        "Khyber Pakhtunkwa",
        "Khyber Pakhtunkwa province",
        "FATA",
        "Federally Administered Tribal Areas",
        "khyber pakhtunkhwa",
    ] {
        assert_eq!(places::admin1(alias), "Khyber Pakhtunkhwa", "{alias}");
    }
    assert_eq!(places::admin1("Balochistan province"), "Balochistan");
    assert_eq!(places::admin1("Somewhere"), "Somewhere", "unknown names are kept");
    for (agency, district) in
        [("Khyber agency", "Khyber"), ("North Waziristan Agency", "North Waziristan"), ("FR Kohat", "Kohat"), ("Neelam district", "Neelam")]
    {
        assert_eq!(places::admin2(agency), district);
    }
}

proptest::proptest! {
    #[test]
    fn the_readers_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2048)) {
        let _ = acled::read(bytes.as_slice(), true, |_| {});
        let _ = ucdp::read(bytes.as_slice());
    }

    #[test]
    fn any_row_after_a_valid_header_never_panics(row in "[ -~\n\",]{0,400}") {
        let file = format!("{}\n{row}\n", acled::COLUMNS.join(","));
        let _ = acled::read(file.as_bytes(), false, |_| {});
    }
}

#[test]
fn reading_on_several_cores_gives_what_reading_on_one_gives() {
    // Notes with quotes and line breaks inside them, so a cut at any newline would be wrong.
    let mut rows: Vec<acled::Incident> = jirga_incidents::synthetic::incidents(9_000, 7).collect();
    for (k, row) in rows.iter_mut().enumerate().filter(|(k, _)| k % 97 == 0) {
        row.notes = format!("Said \"it was\nrow {k}\"\nwith, commas").into();
    }
    let mut csv = Vec::new();
    acled::write(&mut csv, &rows).unwrap();
    for threads in [1, 2, 3, 4] {
        let parallel = acled::read_in_parallel(&csv, false, threads).unwrap();
        assert_eq!(parallel.incidents, rows, "{threads} threads");
    }
    // A bad value late in the file: the same error, the same line, from either reader.
    let text = String::from_utf8(csv).unwrap().replacen("PAKSYN8500,", "PAKSYN8500,not-a-date-", 1);
    let text = text.replacen("PAKSYN8500,not-a-date-2", "PAKSYN8500,not-a-date", 1);
    let one = acled::read(text.as_bytes(), false, |_| {}).unwrap_err();
    let many = acled::read_in_parallel(text.as_bytes(), false, 3).unwrap_err();
    assert_eq!(one, many);
    assert_eq!(one.column, "event_date");
    let one = acled::read(text.as_bytes(), true, |_| {}).unwrap();
    let many = acled::read_in_parallel(text.as_bytes(), true, 3).unwrap();
    assert_eq!((one.incidents.len(), one.rejects.len()), (8_999, 1));
    assert_eq!(one.incidents, many.incidents);
    assert_eq!(one.rejects, many.rejects);
    // A wrong header is refused before any row is read.
    assert_eq!(acled::read_in_parallel(b"event_id,event_date\n1,2\n", false, 2).unwrap_err().line, 1);
}

#[test]
fn a_file_that_is_not_utf8_names_the_line_and_cell_from_either_reader() {
    let rows: Vec<acled::Incident> = jirga_incidents::synthetic::incidents(9_000, 5).collect();
    let mut csv = Vec::new();
    acled::write(&mut csv, &rows).unwrap();
    // A Latin-1 "é" in row PAKSYN8500's event_id_cnty cell: one byte 0xE9, no continuation.
    let at = memchr_find(&csv, b"PAKSYN8500,") + "PAKSYN85".len();
    csv[at] = 0xE9;
    let line = csv[..at].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
    let one = acled::read(csv.as_slice(), false, |_| {}).unwrap_err();
    let many = acled::read_in_parallel(&csv, false, 3).unwrap_err();
    assert_eq!(one, many, "the same line and words from one core and from three");
    assert_eq!((one.line, one.column.as_str()), (line, "event_id_cnty"));
    assert!(one.message.contains("not UTF-8") && one.message.contains("byte 9"), "{}", one.message);
    assert!(!one.message.contains("record") && !one.message.contains("line"), "no second, contradicting position: {}", one.message);
}

fn memchr_find(haystack: &[u8], needle: &[u8]) -> usize {
    haystack.windows(needle.len()).position(|w| w == needle).expect("the needle is there")
}

#[test]
fn an_imports_own_text_reads_back_as_its_rows() {
    let rows: Vec<acled::Incident> = jirga_incidents::synthetic::incidents(3_000, 11).collect();
    let mut csv = Vec::new();
    acled::write(&mut csv, &rows).unwrap();
    // CRLF line ends and a refused row in the middle: spans still name each row's own bytes.
    let text = String::from_utf8(csv).unwrap().replace('\n', "\r\n").replacen("PAKSYN1500,2", "PAKSYN1500,x2", 1);
    let import = acled::read_in_parallel(text.as_bytes(), true, 2).unwrap();
    assert_eq!(import.rejects.len(), 1);
    assert_eq!(import.spans.len(), import.incidents.len());
    let chunk = import.text_of(text.as_bytes(), 0..1_000).unwrap();
    assert_eq!(acled::read_rows(chunk.as_bytes()).unwrap(), import.incidents[..1_000]);
    assert!(import.text_of(text.as_bytes(), 1_000..2_000).is_none(), "the refused row sits between PAKSYN1499 and PAKSYN1501");
    let last = import.text_of(text.as_bytes(), 2_000..2_999).unwrap();
    assert_eq!(acled::read_rows(last.as_bytes()).unwrap(), import.incidents[2_000..]);
}

/// The sample's second row with one cell replaced.
fn clash_with(column: &str, value: &str) -> String {
    let mut lines = SAMPLE.lines();
    let header = lines.next().unwrap().to_owned();
    let row = SAMPLE.lines().last().unwrap();
    let mut cells: Vec<String> = row.split(',').map(str::to_owned).collect();
    let at = header.split(',').position(|c| c == column).unwrap();
    cells[at] = value.to_owned();
    format!("{header}\n{}\n", cells.join(","))
}

#[test]
fn control_characters_are_refused_as_the_api_refuses_them_naming_line_and_column() {
    for (column, value) in [("location", "Bannu\u{0}Cantonment"), ("actor1", "\u{1b}[31mRed"), ("notes", "A bell\u{7}")] {
        let err = acled::read(clash_with(column, value).as_bytes(), false, |_| {}).unwrap_err();
        assert_eq!((err.line, err.column.as_str()), (2, column), "{err}");
        assert!(err.message.contains("control character"), "{err}");
    }
    // Line breaks and tabs are text, as in the API's long texts.
    assert!(acled::read(clash_with("notes", "\"Two\nlines\tand a tab\"").as_bytes(), false, |_| {}).is_ok());
}

#[test]
fn a_formula_in_a_text_cell_is_neutralised_on_export_but_kept_exact_on_the_record() {
    let csv = clash_with("location", "=2+5");
    let read = acled::read(csv.as_bytes(), false, |_| {}).unwrap();
    let mut exported = Vec::new();
    acled::write(&mut exported, &read.incidents).unwrap();
    let exported = String::from_utf8(exported).unwrap();
    assert!(exported.contains(",'=2+5,"), "{exported}");
    assert!(exported.contains(",32.9889,70.6056,"), "numbers untouched");
    let mut rows = Vec::new();
    acled::write_rows(&mut rows, &read.incidents).unwrap();
    assert!(String::from_utf8(rows).unwrap().contains(",=2+5,"), "the record's own bytes are the row as read");
}

#[test]
fn a_gigantic_line_is_refused_before_it_is_read() {
    let mut file = SAMPLE.lines().next().unwrap().to_owned();
    file.push('\n');
    file.push_str(&"x".repeat(acled::MAX_LINE_BYTES + 1));
    let err = acled::read_in_parallel(file.as_bytes(), false, 2).unwrap_err();
    assert_eq!(err.line, 2, "{err}");
    assert!(err.message.contains("longer than"), "{err}");
}

#[test]
fn an_id_twice_in_one_file_is_named_with_both_lines_on_one_core_and_on_several() {
    let mut file = SAMPLE.to_owned();
    let clash = SAMPLE.lines().last().unwrap().to_owned();
    // Far enough apart that the parallel reader puts them in different parts.
    let filler: String = (0..12_000).map(|n| clash.replacen("PAK140002", &format!("PAKFILL{n:05}"), 1) + "\n").collect();
    file.push_str(&filler);
    file.push_str(&clash);
    file.push('\n');
    let lines = file.lines().count() as u64;
    let err = acled::read(file.as_bytes(), false, |_| {}).unwrap_err();
    assert_eq!((err.line, err.column.as_str()), (lines, "event_id_cnty"), "{err}");
    assert!(err.message.contains("PAK140002 is already on line 4"), "{err}");
    let err = acled::read_in_parallel(file.as_bytes(), false, 2).unwrap_err();
    assert_eq!((err.line, err.column.as_str()), (lines, "event_id_cnty"), "{err}");
    assert!(err.message.contains("already on line 4"), "{err}");
}
