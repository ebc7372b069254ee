//! Compiles every `locales/<lang>/widget.ftl` with `ftl-compile`, so a broken
//! Fluent file fails the build with its file and line. The tables land in
//! `OUT_DIR/<lang>.tbl` for the tests; the page loads the same tables as
//! `pkg/locales/<lang>.js`, written by `scripts/build`.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let Ok(dir) = std::fs::read_dir("locales") else {
        panic!("locales/ is missing");
    };
    let mut langs: Vec<String> = dir
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    langs.sort();
    let mut errors = Vec::new();
    for lang in &langs {
        let path = Path::new("locales").join(lang).join("widget.ftl");
        println!("cargo:rerun-if-changed={}", path.display());
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        match ftl_compile::compile(&source) {
            Ok(c) => {
                if let Err(e) = std::fs::write(Path::new(&out).join(format!("{lang}.tbl")), c.table)
                {
                    errors.push(format!("{lang}: {e}"));
                }
            }
            Err(es) => errors.extend(es.into_iter().map(|e| format!("{}: {e}", path.display()))),
        }
    }
    assert!(
        errors.is_empty(),
        "locales do not compile:\n{}",
        errors.join("\n")
    );
}
