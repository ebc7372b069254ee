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

    // The stylesheet ships without comments and indentation.
    println!("cargo:rerun-if-changed=src/ui/style.css");
    let css = std::fs::read_to_string("src/ui/style.css").unwrap_or_default();
    if let Err(e) = std::fs::write(Path::new(&out).join("style.min.css"), minify_css(&css)) {
        panic!("style.min.css: {e}");
    }
}

/// Drops comments and collapses whitespace, removing it only around
/// `{ } ; , >` where it never matters (a space before `:` can, so it stays).
fn minify_css(css: &str) -> String {
    let mut text = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let chars: Vec<char> = collapsed.chars().collect();
    let mut out = String::with_capacity(collapsed.len());
    for (i, &c) in chars.iter().enumerate() {
        let tight = |x: Option<&char>| x.is_some_and(|x| "{};,>".contains(*x));
        if c == ' '
            && (tight(i.checked_sub(1).and_then(|p| chars.get(p))) || tight(chars.get(i + 1)))
        {
            continue;
        }
        out.push(c);
    }
    out
}
