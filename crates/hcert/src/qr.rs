//! QR codes: read one from a PNG or a JPEG (a phone's photo of a printed pass, a
//! screenshot), and make one for a pass as PNG or SVG.
//!
//! Passes use alphanumeric mode (base45's alphabet is QR's alphanumeric set) and
//! error-correction level Q: a printed card gets creased, stained and scanned by a
//! worn phone camera at a border post, and Q recovers from 25 % damage where M
//! recovers 15 %. The code gets denser (a version or two larger), which the A6
//! card's size absorbs; the EU DCC specification recommends Q for the same reason.

use qrcode::{Color, EcLevel, QrCode};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QrError {
    #[error("not a PNG image: {0}")]
    Png(String),
    #[error("not a JPEG image: {0}")]
    Jpeg(String),
    #[error("neither a PNG nor a JPEG image")]
    Format,
    #[error("the image is larger than 16 megapixels")]
    TooLarge,
    #[error("no QR code found in the image")]
    NotFound,
    #[error("the QR code could not be read: {0}")]
    Unreadable(String),
    #[error("the text does not fit in a QR code")]
    TooLong,
}

/// The text of the first QR code in a PNG or JPEG image (told apart by their
/// first bytes).
pub fn decode_image(bytes: &[u8]) -> Result<String, QrError> {
    match bytes {
        [0x89, b'P', b'N', b'G', ..] => decode_png(bytes),
        [0xFF, 0xD8, 0xFF, ..] => decode_jpeg(bytes),
        _ => Err(QrError::Format),
    }
}

/// Most pixels read from an image (16 megapixels: a phone's photo, not a bomb).
const MAX_PIXELS: usize = 16_000_000;

/// The text of the first QR code in a JPEG image (a phone camera's photo), read
/// with zune-jpeg as greyscale. Dimensions are checked from the headers before
/// anything is allocated.
pub fn decode_jpeg(jpeg_bytes: &[u8]) -> Result<String, QrError> {
    use zune_core::colorspace::ColorSpace;
    use zune_core::options::DecoderOptions;
    let options = DecoderOptions::default().jpeg_set_out_colorspace(ColorSpace::Luma).set_max_width(16_384).set_max_height(16_384);
    let mut decoder = zune_jpeg::JpegDecoder::new_with_options(jpeg_bytes, options);
    decoder.decode_headers().map_err(|e| QrError::Jpeg(format!("{e:?}")))?;
    let info = decoder.info().ok_or_else(|| QrError::Jpeg("no image header".into()))?;
    let (width, height) = (usize::from(info.width), usize::from(info.height));
    if width.saturating_mul(height) > MAX_PIXELS {
        return Err(QrError::TooLarge);
    }
    let size = decoder.output_buffer_size().ok_or(QrError::TooLarge)?;
    if size != width * height {
        return Err(QrError::Jpeg("unexpected output layout".into()));
    }
    let mut pixels = vec![0u8; size];
    decoder.decode_into(&mut pixels).map_err(|e| QrError::Jpeg(format!("{e:?}")))?;
    find_code(width, height, |x, y| pixels[y * width + x])
}

/// The first QR code rqrr finds in a greyscale picture.
fn find_code(width: usize, height: usize, grey: impl FnMut(usize, usize) -> u8) -> Result<String, QrError> {
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, grey);
    let grids = image.detect_grids();
    let grid = grids.first().ok_or(QrError::NotFound)?;
    grid.decode().map(|(_, text)| text).map_err(|e| QrError::Unreadable(e.to_string()))
}

/// The text of the first QR code in a PNG image.
pub fn decode_png(png_bytes: &[u8]) -> Result<String, QrError> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(|e| QrError::Png(e.to_string()))?;
    let (width, height) = {
        let info = reader.info();
        (info.width as usize, info.height as usize)
    };
    if width.saturating_mul(height) > MAX_PIXELS {
        return Err(QrError::TooLarge);
    }
    let size = reader.output_buffer_size().ok_or(QrError::TooLarge)?;
    let mut buf = vec![0u8; size];
    let frame = reader.next_frame(&mut buf).map_err(|e| QrError::Png(e.to_string()))?;
    let channels = frame.color_type.samples();
    let stride = frame.line_size;
    let grey = |x: usize, y: usize| -> u8 {
        let at = y * stride + x * channels;
        match channels {
            1 | 2 => buf[at],
            _ => ((u16::from(buf[at]) * 3 + u16::from(buf[at + 1]) * 6 + u16::from(buf[at + 2])) / 10) as u8,
        }
    };
    find_code(width, height, grey)
}

/// The code's modules, row by row (`true` = dark), and its width.
pub fn modules(text: &str) -> Result<(Vec<bool>, usize), QrError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::Q).map_err(|_| QrError::TooLong)?;
    let width = code.width();
    Ok((code.to_colors().into_iter().map(|c| c == Color::Dark).collect(), width))
}

/// A PNG of the code: `scale` pixels per module, a four-module quiet zone.
pub fn encode_png(text: &str, scale: usize) -> Result<Vec<u8>, QrError> {
    let (dark, width) = modules(text)?;
    let quiet = 4;
    let side = (width + 2 * quiet) * scale;
    let mut pixels = vec![255u8; side * side];
    for (i, is_dark) in dark.iter().enumerate() {
        if !is_dark {
            continue;
        }
        let (mx, my) = (i % width + quiet, i / width + quiet);
        for y in my * scale..(my + 1) * scale {
            pixels[y * side + mx * scale..y * side + (mx + 1) * scale].fill(0);
        }
    }
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, side as u32, side as u32);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(|e| QrError::Png(e.to_string()))?;
        writer.write_image_data(&pixels).map_err(|e| QrError::Png(e.to_string()))?;
    }
    Ok(out)
}

/// An SVG of the code, one path, scalable to any print size.
pub fn encode_svg(text: &str) -> Result<String, QrError> {
    let (dark, width) = modules(text)?;
    let side = width + 8;
    let mut path = String::new();
    for (i, is_dark) in dark.iter().enumerate() {
        if *is_dark {
            path.push_str(&format!("M{} {}h1v1h-1z", i % width + 4, i / width + 4));
        }
    }
    Ok(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side} {side}" shape-rendering="crispEdges"><rect width="{side}" height="{side}" fill="#fff"/><path d="{path}" fill="#000"/></svg>"##
    ))
}
