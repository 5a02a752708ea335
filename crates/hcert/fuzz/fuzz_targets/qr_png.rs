//! Reading a QR code from any bytes as a PNG. No input may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = jirga_hcert::qr::decode_png(data);
});
