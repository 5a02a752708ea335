//! The holder's photo: what the pass office uploads (a JPEG or PNG from a
//! webcam, a camera or a phone) becomes the one picture the pass is bound to.
//!
//! Every upload is decoded, turned upright (a phone's EXIF orientation),
//! scaled to fit [`STORED_WIDTH`] × [`STORED_HEIGHT`] and encoded again as a
//! baseline JPEG. So what is stored and shown is always our own encoding, of
//! a known size, never the client's bytes: no camera metadata (a phone's GPS
//! position, its serial number) is kept, and no file that is also something
//! else (a polyglot) is ever served back. The signed document carries the
//! SHA-256 of exactly these bytes, so a photo swapped in the database no
//! longer matches the pass it is shown beside.

use sha2::{Digest, Sha256};

/// Largest upload read (a 12-megapixel phone JPEG is 3–6 MB).
pub const MAX_UPLOAD_BYTES: usize = 10 * 1024 * 1024;
/// Most pixels decoded (a 24-megapixel camera; more is a decompression bomb).
pub const MAX_PIXELS: usize = 24_000_000;
/// Smallest photo in which an officer can match a face: a webcam's 320 × 240
/// is too small; 240 × 300 after turning upright is the least accepted.
pub const MIN_WIDTH: u32 = 240;
pub const MIN_HEIGHT: u32 = 300;
/// The stored photo fits this box (3 : 4, 300 dpi at 51 × 68 mm, larger than
/// the card prints it).
pub const STORED_WIDTH: u32 = 600;
pub const STORED_HEIGHT: u32 = 800;
/// JPEG quality of the stored photo: faces stay sharp at about 60–120 kB.
const QUALITY: u8 = 88;

/// Why an upload cannot be the holder's photo, said so the officer can act.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    #[error("no photo was chosen")]
    Empty,
    #[error("the file is {bytes} bytes; a photo may be at most {max} bytes")]
    TooLarge { bytes: usize, max: usize },
    #[error("the file is neither a JPEG nor a PNG image")]
    Format,
    #[error("the image cannot be read: {0}")]
    Unreadable(String),
    #[error("the image has more than {max} pixels")]
    TooManyPixels { max: usize },
    #[error("the image is {width} × {height} pixels; a photo must be at least {min_width} × {min_height}")]
    TooSmall { width: u32, height: u32, min_width: u32, min_height: u32 },
}

impl PhotoError {
    /// The stable code an API client or a form's problem message keys on.
    pub fn code(&self) -> &'static str {
        match self {
            PhotoError::Empty => "photo_missing",
            PhotoError::TooLarge { .. } => "photo_too_large",
            PhotoError::Format => "photo_format",
            PhotoError::Unreadable(_) => "photo_unreadable",
            PhotoError::TooManyPixels { .. } => "photo_too_many_pixels",
            PhotoError::TooSmall { .. } => "photo_too_small",
        }
    }
}

/// A photo as stored: our JPEG, its size, and its fingerprint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

impl Photo {
    /// Hex SHA-256 of the stored JPEG: the `photo_hash` signed into the pass.
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.jpeg)
    }
}

/// Hex SHA-256 of a stored photo's bytes.
pub fn fingerprint(jpeg: &[u8]) -> String {
    crate::hex(&Sha256::digest(jpeg))
}

/// An RGB picture, row by row.
struct Rgb {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
}

/// Check an upload and make the stored photo of it (see the module's text).
pub fn normalize(upload: &[u8]) -> Result<Photo, PhotoError> {
    if upload.is_empty() {
        return Err(PhotoError::Empty);
    }
    if upload.len() > MAX_UPLOAD_BYTES {
        return Err(PhotoError::TooLarge { bytes: upload.len(), max: MAX_UPLOAD_BYTES });
    }
    let picture = match upload {
        [0x89, b'P', b'N', b'G', ..] => decode_png(upload)?,
        [0xFF, 0xD8, 0xFF, ..] => orient(decode_jpeg(upload)?, exif_orientation(upload)),
        _ => return Err(PhotoError::Format),
    };
    let (width, height) = (picture.width as u32, picture.height as u32);
    if width < MIN_WIDTH || height < MIN_HEIGHT {
        return Err(PhotoError::TooSmall { width, height, min_width: MIN_WIDTH, min_height: MIN_HEIGHT });
    }
    let picture = fit_within(picture, STORED_WIDTH as usize, STORED_HEIGHT as usize);
    let mut jpeg = Vec::with_capacity(128 * 1024);
    // Dimensions fit in u16: they are at most the stored box.
    let encoder = jpeg_encoder::Encoder::new(&mut jpeg, QUALITY);
    encoder
        .encode(&picture.pixels, picture.width as u16, picture.height as u16, jpeg_encoder::ColorType::Rgb)
        .map_err(|e| PhotoError::Unreadable(e.to_string()))?;
    Ok(Photo { jpeg, width: picture.width as u32, height: picture.height as u32 })
}

fn check_pixels(width: usize, height: usize) -> Result<(), PhotoError> {
    if width.saturating_mul(height) > MAX_PIXELS {
        return Err(PhotoError::TooManyPixels { max: MAX_PIXELS });
    }
    Ok(())
}

/// A JPEG as RGB, its dimensions checked from the headers before anything is allocated.
fn decode_jpeg(bytes: &[u8]) -> Result<Rgb, PhotoError> {
    use zune_core::colorspace::ColorSpace;
    use zune_core::options::DecoderOptions;
    let options = DecoderOptions::default().jpeg_set_out_colorspace(ColorSpace::RGB).set_max_width(16_384).set_max_height(16_384);
    let mut decoder = zune_jpeg::JpegDecoder::new_with_options(bytes, options);
    decoder.decode_headers().map_err(|e| PhotoError::Unreadable(format!("{e:?}")))?;
    let info = decoder.info().ok_or_else(|| PhotoError::Unreadable("no image header".into()))?;
    let (width, height) = (usize::from(info.width), usize::from(info.height));
    check_pixels(width, height)?;
    let size = decoder.output_buffer_size().ok_or(PhotoError::TooManyPixels { max: MAX_PIXELS })?;
    if size != width * height * 3 {
        return Err(PhotoError::Unreadable("unexpected output layout".into()));
    }
    let mut pixels = vec![0u8; size];
    decoder.decode_into(&mut pixels).map_err(|e| PhotoError::Unreadable(format!("{e:?}")))?;
    Ok(Rgb { width, height, pixels })
}

/// A PNG as RGB (palette and grey expanded, 16 bits cut to 8, transparency
/// laid on white as a printed card would show it).
fn decode_png(bytes: &[u8]) -> Result<Rgb, PhotoError> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(|e| PhotoError::Unreadable(e.to_string()))?;
    let (width, height) = (reader.info().width as usize, reader.info().height as usize);
    check_pixels(width, height)?;
    let size = reader.output_buffer_size().ok_or(PhotoError::TooManyPixels { max: MAX_PIXELS })?;
    let mut buffer = vec![0u8; size];
    let frame = reader.next_frame(&mut buffer).map_err(|e| PhotoError::Unreadable(e.to_string()))?;
    let data = &buffer[..frame.buffer_size()];
    let on_white = |value: u8, alpha: u8| ((u16::from(value) * u16::from(alpha) + 255 * (255 - u16::from(alpha))) / 255) as u8;
    let pixels: Vec<u8> = match frame.color_type {
        png::ColorType::Rgb => data.to_vec(),
        png::ColorType::Rgba => data.chunks_exact(4).flat_map(|p| [0, 1, 2].map(|c| on_white(p[c], p[3]))).collect(),
        png::ColorType::Grayscale => data.iter().flat_map(|&g| [g, g, g]).collect(),
        png::ColorType::GrayscaleAlpha => data.chunks_exact(2).flat_map(|p| [on_white(p[0], p[1]); 3]).collect(),
        png::ColorType::Indexed => return Err(PhotoError::Unreadable("an indexed PNG was not expanded".into())),
    };
    if pixels.len() != width * height * 3 {
        return Err(PhotoError::Unreadable("unexpected output layout".into()));
    }
    Ok(Rgb { width, height, pixels })
}

/// The EXIF orientation of a JPEG (1 = upright) — a phone stores its sensor's
/// picture and says in this tag how to turn it. Unreadable EXIF is upright.
fn exif_orientation(jpeg: &[u8]) -> u32 {
    exif::Reader::new()
        .read_from_container(&mut std::io::Cursor::new(jpeg))
        .ok()
        .and_then(|data| data.get_field(exif::Tag::Orientation, exif::In::PRIMARY).and_then(|f| f.value.get_uint(0)))
        .filter(|o| (1..=8).contains(o))
        .unwrap_or(1)
}

/// The picture turned as EXIF orientation `orientation` says (TIFF 6.0's
/// values: 2–8 are the mirrorings and quarter turns of the stored picture).
fn orient(picture: Rgb, orientation: u32) -> Rgb {
    if orientation == 1 {
        return picture;
    }
    let (w, h) = (picture.width, picture.height);
    let swaps = orientation >= 5;
    let (out_w, out_h) = if swaps { (h, w) } else { (w, h) };
    let mut pixels = vec![0u8; picture.pixels.len()];
    for y in 0..out_h {
        for x in 0..out_w {
            // Where the output pixel (x, y) is in the stored picture.
            let (sx, sy) = match orientation {
                2 => (w - 1 - x, y),
                3 => (w - 1 - x, h - 1 - y),
                4 => (x, h - 1 - y),
                5 => (y, x),
                6 => (y, h - 1 - x),
                7 => (w - 1 - y, h - 1 - x),
                _ => (w - 1 - y, x),
            };
            let (to, from) = ((y * out_w + x) * 3, (sy * w + sx) * 3);
            pixels[to..to + 3].copy_from_slice(&picture.pixels[from..from + 3]);
        }
    }
    Rgb { width: out_w, height: out_h, pixels }
}

/// The picture scaled down (never up) to fit `max_w` × `max_h`, each output
/// pixel the average of the input area it covers (a box filter, exact for any
/// reduction; written here because it is the one resampling the office needs
/// and no image crate is otherwise built).
fn fit_within(picture: Rgb, max_w: usize, max_h: usize) -> Rgb {
    let (w, h) = (picture.width, picture.height);
    if w <= max_w && h <= max_h {
        return picture;
    }
    // The larger reduction of the two sides, keeping the aspect ratio.
    let (out_w, out_h) = if w * max_h > h * max_w { (max_w, (h * max_w / w).max(1)) } else { ((w * max_h / h).max(1), max_h) };
    let mut pixels = Vec::with_capacity(out_w * out_h * 3);
    for oy in 0..out_h {
        let (y0, y1) = (oy * h / out_h, ((oy + 1) * h / out_h).max(oy * h / out_h + 1));
        for ox in 0..out_w {
            let (x0, x1) = (ox * w / out_w, ((ox + 1) * w / out_w).max(ox * w / out_w + 1));
            let mut sum = [0u64; 3];
            for y in y0..y1 {
                let row = &picture.pixels[(y * w + x0) * 3..(y * w + x1) * 3];
                for p in row.chunks_exact(3) {
                    for c in 0..3 {
                        sum[c] += u64::from(p[c]);
                    }
                }
            }
            let count = ((y1 - y0) * (x1 - x0)) as u64;
            pixels.extend(sum.map(|s| ((s + count / 2) / count) as u8));
        }
    }
    Rgb { width: out_w, height: out_h, pixels }
}

/// A drawn figure (a head and shoulders on a plain background), 360 × 480,
/// as a JPEG upload: the demo's holders' "photos" and the tests' uploads. Not
/// a person, so no one's face is shipped with the code.
pub fn drawn_portrait(background: [u8; 3]) -> Vec<u8> {
    let (w, h) = (360usize, 480usize);
    let figure = [70u8, 70, 80];
    let mut pixels = Vec::with_capacity(w * h * 3);
    for y in 0..h {
        for x in 0..w {
            let (dx, dy) = (x as f64 - 180.0, y as f64 - 190.0);
            let head = (dx / 80.0).powi(2) + (dy / 100.0).powi(2) <= 1.0;
            let (sx, sy) = (x as f64 - 180.0, y as f64 - 480.0);
            let shoulders = (sx / 170.0).powi(2) + (sy / 170.0).powi(2) <= 1.0;
            pixels.extend(if head || shoulders { figure } else { background });
        }
    }
    let mut jpeg = Vec::new();
    jpeg_encoder::Encoder::new(&mut jpeg, 90)
        .encode(&pixels, w as u16, h as u16, jpeg_encoder::ColorType::Rgb)
        .expect("a drawn picture encodes");
    jpeg
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PNG of `w` × `h` pixels, `color` everywhere.
    fn png(w: u32, h: u32, color: [u8; 3]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, w, h);
        encoder.set_color(png::ColorType::Rgb);
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(&color.repeat((w * h) as usize)).unwrap();
        drop(writer);
        out
    }

    #[test]
    fn a_large_photo_is_stored_within_the_box_as_a_jpeg() {
        let photo = normalize(&png(1200, 1600, [120, 80, 60])).unwrap();
        assert_eq!((photo.width, photo.height), (600, 800));
        assert_eq!(&photo.jpeg[..3], &[0xFF, 0xD8, 0xFF]);
        assert_eq!(photo.fingerprint().len(), 64);
        // Our encoding decodes again, to the same colour.
        let again = decode_jpeg(&photo.jpeg).unwrap();
        assert!(again.pixels[..3].iter().zip([120, 80, 60]).all(|(a, b)| a.abs_diff(b) <= 3), "{:?}", &again.pixels[..3]);
    }

    #[test]
    fn a_landscape_photo_keeps_its_aspect() {
        let photo = normalize(&png(1600, 900, [0, 0, 0])).unwrap();
        assert_eq!((photo.width, photo.height), (600, 337));
    }

    #[test]
    fn small_photos_are_refused_and_bad_files_named() {
        assert!(matches!(normalize(&png(200, 260, [0, 0, 0])), Err(PhotoError::TooSmall { width: 200, height: 260, .. })));
        assert_eq!(normalize(b""), Err(PhotoError::Empty));
        assert_eq!(normalize(b"GIF89a...."), Err(PhotoError::Format));
        assert!(matches!(normalize(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]), Err(PhotoError::Unreadable(_))));
        let mut truncated = png(300, 400, [1, 2, 3]);
        truncated.truncate(60);
        assert!(matches!(normalize(&truncated), Err(PhotoError::Unreadable(_))));
    }

    #[test]
    fn a_decompression_bomb_is_refused_before_decoding() {
        // A 10 000 × 10 000 PNG header: 100 megapixels claimed in a few bytes.
        let mut header = png(1, 1, [0, 0, 0]);
        header[16..20].copy_from_slice(&10_000u32.to_be_bytes());
        header[20..24].copy_from_slice(&10_000u32.to_be_bytes());
        let crc = crc32(&header[12..29]);
        header[29..33].copy_from_slice(&crc.to_be_bytes());
        assert_eq!(normalize(&header), Err(PhotoError::TooManyPixels { max: MAX_PIXELS }));
    }

    proptest::proptest! {
        /// Any bytes behind either container's signature: a named error or
        /// our own JPEG, never a panic (the fuzz target `holder_photo` goes deeper).
        #[test]
        fn any_upload_is_refused_by_name_or_stored_within_the_box(png_container: bool, body in proptest::collection::vec(proptest::num::u8::ANY, 0..4096)) {
            let magic: &[u8] = if png_container { &[0x89, b'P', b'N', b'G'] } else { &[0xFF, 0xD8, 0xFF] };
            if let Ok(photo) = normalize(&[magic, &body].concat()) {
                proptest::prop_assert!(photo.width <= STORED_WIDTH && photo.height <= STORED_HEIGHT);
            }
        }
    }

    /// PNG's CRC-32 (for the forged header above).
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
            }
        }
        !crc
    }

    #[test]
    fn orientation_turns_the_picture_upright() {
        // 2 × 1: red then blue. Orientation 6 (turn clockwise) makes it 1 × 2, red on top.
        let picture = Rgb { width: 2, height: 1, pixels: vec![255, 0, 0, 0, 0, 255] };
        let turned = orient(picture, 6);
        assert_eq!((turned.width, turned.height), (1, 2));
        assert_eq!(turned.pixels, vec![255, 0, 0, 0, 0, 255]);
        let picture = Rgb { width: 2, height: 1, pixels: vec![255, 0, 0, 0, 0, 255] };
        let turned = orient(picture, 8);
        assert_eq!(turned.pixels, vec![0, 0, 255, 255, 0, 0], "counter-clockwise: blue on top");
        let picture = Rgb { width: 2, height: 1, pixels: vec![255, 0, 0, 0, 0, 255] };
        assert_eq!(orient(picture, 3).pixels, vec![0, 0, 255, 255, 0, 0], "half a turn");
    }

    #[test]
    fn an_exif_orientation_is_read_from_a_phone_jpeg() {
        // A JPEG whose APP1 says orientation 6, over a 300 × 400 picture stored sideways (400 × 300).
        let mut stored = Vec::new();
        jpeg_encoder::Encoder::new(&mut stored, 80).encode(&[200u8; 400 * 300 * 3], 400, 300, jpeg_encoder::ColorType::Rgb).unwrap();
        // TIFF, little-endian: one IFD entry, Orientation (0x0112), SHORT, 1, value 6.
        let tiff: Vec<u8> = [
            &b"II*\0"[..],
            &8u32.to_le_bytes(),
            &1u16.to_le_bytes(),
            &[0x12, 0x01, 3, 0],
            &1u32.to_le_bytes(),
            &[6, 0, 0, 0],
            &0u32.to_le_bytes(),
        ]
        .concat();
        let app1: Vec<u8> = [&[0xFF, 0xE1][..], &((tiff.len() + 8) as u16).to_be_bytes(), b"Exif\0\0", &tiff].concat();
        let phone = [&stored[..2], &app1, &stored[2..]].concat();
        assert_eq!(exif_orientation(&phone), 6);
        let photo = normalize(&phone).unwrap();
        assert_eq!((photo.width, photo.height), (300, 400), "turned upright");
        assert!(!photo.jpeg.windows(6).any(|w| w == b"Exif\0\0"), "no camera metadata is kept");
    }
}
