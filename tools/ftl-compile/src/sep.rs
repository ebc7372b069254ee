//! Separators of the compact table format: the one contract between the
//! compiler (this crate) and the widget's runtime (`src/i18n.rs` includes
//! this file; it cannot link the compiler without pulling a Fluent parser
//! into the wasm module).

/// Between entries.
pub const ENTRY: char = '\u{1e}';
/// Between an id and its pattern.
pub const ID: char = '\u{1f}';
/// Opens a placeable.
pub const OPEN: char = '\u{01}';
/// Closes a placeable.
pub const CLOSE: char = '\u{02}';
/// After a select's selector.
pub const VARIANTS: char = '\u{03}';
/// After a variant key.
pub const KEY: char = '\u{04}';
/// After a variant's pattern.
pub const END_VARIANT: char = '\u{05}';
