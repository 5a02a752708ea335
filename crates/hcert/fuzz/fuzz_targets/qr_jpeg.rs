//! Reading a QR code from any bytes as a JPEG (a phone's photo at the border
//! post). No input may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut jpeg = vec![0xFF, 0xD8, 0xFF];
    jpeg.extend_from_slice(data.strip_prefix(&[0xFF, 0xD8, 0xFF][..]).unwrap_or(data));
    let _ = jirga_hcert::qr::decode_image(&jpeg);
});
