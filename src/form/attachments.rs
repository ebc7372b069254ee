//! Files the shopper attaches (a photo of a broken item, a receipt): what
//! the model knows of each (name, the type its first bytes show, size,
//! SHA-256) and the limits they are checked against. Pure: the view reads
//! the bytes and hashes them; the files themselves stay in the page.

use crate::prelude::*;

/// The media types accepted, told by a file's first bytes.
pub const TYPES: &[&str] = &[
    "image/jpeg",
    "image/png",
    "image/webp",
    "image/heic",
    "image/heif",
    "application/pdf",
];

/// How many first bytes [`sniff`] needs to see (an ISO box with a few
/// compatible brands).
pub const HEAD: usize = 64;

/// The media type a file's first bytes show, if it is one of [`TYPES`]:
/// JPEG `FF D8 FF`, PNG `89 50 4E 47 0D 0A 1A 0A`, WebP `RIFF....WEBP`,
/// HEIC/HEIF an `ftyp` box whose major or a compatible brand is `heic`,
/// `heix` (HEIC), `mif1`, `msf1` or `heif` (HEIF), PDF `%PDF-`. Never the
/// name: a `.jpg` that holds an executable is not an image.
pub fn sniff(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some("image/jpeg");
    }
    if head.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        return Some("image/png");
    }
    if head.len() >= 12 && head.starts_with(b"RIFF") && &head[8..12] == b"WEBP" {
        return Some("image/webp");
    }
    if head.starts_with(b"%PDF-") {
        return Some("application/pdf");
    }
    if head.len() >= 12 && &head[4..8] == b"ftyp" {
        let size = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let end = size.min(head.len());
        // The major brand, then the compatible brands after the minor version.
        let brands =
            core::iter::once(&head[8..12]).chain(head.get(16..end).unwrap_or(&[]).chunks_exact(4));
        let mut found = None;
        for brand in brands {
            match brand {
                b"heic" | b"heix" => return Some("image/heic"),
                b"mif1" | b"msf1" | b"heif" => found = Some("image/heif"),
                _ => {}
            }
        }
        return found;
    }
    None
}

/// One chosen file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attachment {
    /// Its name, as chosen (without a path).
    pub name: String,
    /// What its first bytes show; `None`: not a type the form takes.
    pub media_type: Option<&'static str>,
    /// Its size in bytes.
    pub bytes: u64,
    /// Its SHA-256, lowercase hex.
    pub sha256: String,
}

/// How many files, and how large each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The most files (1 to 10).
    pub max: u32,
    /// The most bytes one file may have.
    pub max_bytes: u64,
}

impl Default for Limits {
    /// 3 files of at most 5 MB each (5 MiB, the reference endpoint's
    /// default).
    fn default() -> Self {
        Limits {
            max: 3,
            max_bytes: 5 * 1024 * 1024,
        }
    }
}

/// What is wrong with the chosen files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProblem {
    /// More files than [`Limits::max`].
    TooMany,
    /// The file at this place is larger than [`Limits::max_bytes`].
    TooLarge(usize),
    /// The file at this place is not a JPEG, PNG, WebP, HEIC/HEIF or PDF.
    WrongType(usize),
    /// The file at this place is empty.
    Empty(usize),
}

/// The first problem with `files`, in the order the shopper would fix them:
/// too many first, then each file in turn.
pub fn check(files: &[Attachment], limits: Limits) -> Option<FileProblem> {
    if files.len() > limits.max as usize {
        return Some(FileProblem::TooMany);
    }
    files.iter().enumerate().find_map(|(i, f)| {
        if f.bytes == 0 {
            Some(FileProblem::Empty(i))
        } else if f.media_type.is_none() {
            Some(FileProblem::WrongType(i))
        } else if f.bytes > limits.max_bytes {
            Some(FileProblem::TooLarge(i))
        } else {
            None
        }
    })
}

/// A file name fit to send: its last path segment, control characters
/// removed, at most 255 characters; `file` when nothing is left.
pub fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let kept: String = base.chars().filter(|c| !c.is_control()).take(255).collect();
    match kept.trim() {
        "" => "file".to_string(),
        t => t.to_string(),
    }
}

/// The multipart part of the `i`th file: `file0`, `file1`, ...
pub fn part_name(i: usize) -> String {
    let mut out = String::from("file");
    crate::text::push_uint(&mut out, i as u64);
    out
}

/// The payload's `attachments` array for `files` (parts `file0`,
/// `file1`, ... in order), as JSON.
pub fn to_json(files: &[Attachment]) -> String {
    let mut out = String::from("[");
    for (i, f) in files.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let mut item = String::new();
        crate::json::Object::new(&mut item)
            .str("part", &part_name(i))
            .str("name", &clean_name(&f.name))
            .str("type", f.media_type.unwrap_or(""))
            .raw("bytes", &crate::text::uint(f.bytes))
            .str("sha256", &f.sha256)
            .end();
        out.push_str(&item);
    }
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_told_by_their_first_bytes() {
        assert_eq!(
            sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]),
            Some("image/jpeg")
        );
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some("image/png"));
        assert_eq!(sniff(b"RIFF\x24\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(sniff(b"RIFF\x24\0\0\0WAVEfmt "), None, "a WAV is RIFF too");
        assert_eq!(sniff(b"%PDF-1.7\n"), Some("application/pdf"));
        assert_eq!(
            sniff(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic"),
            Some("image/heic")
        );
        assert_eq!(
            sniff(b"\0\0\0\x18ftypmif1\0\0\0\0mif1miaf"),
            Some("image/heif")
        );
        assert_eq!(sniff(b"\0\0\0\x18ftypisom\0\0\0\0isomavc1"), None, "an MP4");
        assert_eq!(sniff(b"MZ\x90\0"), None, "an executable named photo.jpg");
        assert_eq!(sniff(b""), None);
    }

    fn file(name: &str, media_type: Option<&'static str>, bytes: u64) -> Attachment {
        Attachment {
            name: name.into(),
            media_type,
            bytes,
            sha256: "0".repeat(64),
        }
    }

    #[test]
    fn limits_count_size_and_type() {
        let limits = Limits::default();
        let photo = file("photo.jpg", Some("image/jpeg"), 1000);
        assert_eq!(check(&[photo.clone(), photo.clone()], limits), None);
        assert_eq!(
            check(&vec![photo.clone(); 4], limits),
            Some(FileProblem::TooMany)
        );
        let big = file("big.png", Some("image/png"), 5 * 1024 * 1024 + 1);
        assert_eq!(
            check(&[photo.clone(), big], limits),
            Some(FileProblem::TooLarge(1))
        );
        let exe = file("photo.jpg", None, 1000);
        assert_eq!(
            check(&[exe, photo.clone()], limits),
            Some(FileProblem::WrongType(0))
        );
        assert_eq!(
            check(&[file("a.pdf", Some("application/pdf"), 0)], limits),
            Some(FileProblem::Empty(0))
        );
    }

    #[test]
    fn names_lose_paths_and_control_characters() {
        assert_eq!(clean_name("C:\\Users\\anna\\foto.jpg"), "foto.jpg");
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("bon\u{0}\n.pdf"), "bon.pdf");
        assert_eq!(clean_name("  "), "file");
        assert_eq!(clean_name(&"é".repeat(300)).chars().count(), 255);
    }

    #[test]
    fn the_payloads_list_names_each_part() {
        let json = to_json(&[
            file("photo.jpg", Some("image/jpeg"), 1000),
            file("bon \"1\".pdf", Some("application/pdf"), 20),
        ]);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v[0]["part"], "file0");
        assert_eq!(v[1]["part"], "file1");
        assert_eq!(v[1]["name"], "bon \"1\".pdf");
        assert_eq!(v[0]["bytes"], 1000);
        assert_eq!(v[0]["type"], "image/jpeg");
    }
}
