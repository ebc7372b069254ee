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
                if let Err(e) = ftl_compile::launcher_strings(&c) {
                    errors.push(format!("{}: {e}", path.display()));
                }
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

    // The form's stylesheet ships minified (lightningcss: parsed, so quoted
    // strings and custom properties are never mangled); a stylesheet that
    // does not parse fails the build.
    println!("cargo:rerun-if-changed=src/ui/style.css");
    let css = std::fs::read_to_string("src/ui/style.css").unwrap_or_default();
    match minify_css(&css) {
        Ok(min) => {
            if let Err(e) = std::fs::write(Path::new(&out).join("style.min.css"), min) {
                panic!("style.min.css: {e}");
            }
        }
        Err(e) => panic!("src/ui/style.css: {e}"),
    }
}

fn minify_css(css: &str) -> Result<String, String> {
    use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
    let mut sheet = StyleSheet::parse(css, ParserOptions::default()).map_err(|e| e.to_string())?;
    sheet
        .minify(MinifyOptions::default())
        .map_err(|e| e.to_string())?;
    let printed = sheet
        .to_css(PrinterOptions {
            minify: true,
            ..PrinterOptions::default()
        })
        .map_err(|e| e.to_string())?;
    Ok(printed.code)
}
