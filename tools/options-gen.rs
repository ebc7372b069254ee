//! `options-gen`: writes what comes from the table of options in
//! `src/options.rs`.
//!
//! ```text
//! options-gen --js FILE     the entry's attribute lists (scripts/build)
//! options-gen --write       the README's option table and the .d.ts's MountOptions, in place
//! options-gen --check       exits 1 if either differs from the table
//! ```

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use complaint_widget::options::docs;
    use std::process::ExitCode;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let targets = [
        (
            root.join("README.md"),
            docs::README_BEGIN,
            docs::README_END,
            docs::readme_table(),
        ),
        (
            root.join("js/complaint-widget.d.ts"),
            docs::DTS_BEGIN,
            docs::DTS_END,
            docs::dts_interface(),
        ),
    ];
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["--js", file] => match std::fs::write(file, docs::entry_module()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("options-gen: {file}: {e}");
                ExitCode::FAILURE
            }
        },
        [mode @ ("--write" | "--check")] => {
            let mut failed = false;
            for (path, begin, end, generated) in &targets {
                let text = std::fs::read_to_string(path).unwrap_or_default();
                let Some(next) = docs::splice(&text, begin, end, generated) else {
                    eprintln!(
                        "options-gen: {}: no {begin} ... {end} markers",
                        path.display()
                    );
                    failed = true;
                    continue;
                };
                if next == text {
                    continue;
                }
                if *mode == "--check" {
                    eprintln!(
                        "options-gen: {} differs from src/options.rs; run `cargo run --bin options-gen -- --write`",
                        path.display()
                    );
                    failed = true;
                } else if let Err(e) = std::fs::write(path, next) {
                    eprintln!("options-gen: {}: {e}", path.display());
                    failed = true;
                }
            }
            if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        _ => {
            eprintln!("usage: options-gen --js FILE | --write | --check");
            ExitCode::from(2)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
