//! Making the holder's stored photo from any bytes, as a JPEG or a PNG (an
//! upload at the pass office). No input may panic, and what is accepted is
//! always our own JPEG within the stored box.
#![no_main]

use jirga_passes::photo::{STORED_HEIGHT, STORED_WIDTH, normalize};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte chooses the container, so both decoders are reached.
    let Some((&choice, rest)) = data.split_first() else { return };
    let magic: &[u8] = if choice & 1 == 0 { &[0xFF, 0xD8, 0xFF] } else { &[0x89, b'P', b'N', b'G'] };
    let mut upload = magic.to_vec();
    upload.extend_from_slice(rest.strip_prefix(magic).unwrap_or(rest));
    if let Ok(photo) = normalize(&upload) {
        assert!(photo.width <= STORED_WIDTH && photo.height <= STORED_HEIGHT);
        assert_eq!(&photo.jpeg[..3], &[0xFF, 0xD8, 0xFF]);
    }
});
