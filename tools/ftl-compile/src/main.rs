//! `ftl-compile LOCALES_DIR OUT_DIR [LAUNCHER_JS]`: compiles
//! `LOCALES_DIR/<lang>/widget.ftl` for every language into `OUT_DIR/<lang>.js`,
//! one ES module each, and, when asked, the launcher's few strings of every
//! language into one module `LAUNCHER_JS` (the entry bundles it). Exits
//! non-zero, naming file and line, if any file does not compile.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (locales, out, launcher) = match args.as_slice() {
        [locales, out] => (locales, out, None),
        [locales, out, launcher] => (locales, out, Some(launcher)),
        _ => {
            eprintln!("usage: ftl-compile LOCALES_DIR OUT_DIR [LAUNCHER_JS]");
            return ExitCode::from(2);
        }
    };
    let mut launcher_strings = Vec::new();
    let mut langs: Vec<_> = match std::fs::read_dir(locales) {
        Ok(dir) => dir
            .filter_map(Result::ok)
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name())
            .collect(),
        Err(e) => {
            eprintln!("ftl-compile: cannot read {locales}: {e}");
            return ExitCode::FAILURE;
        }
    };
    langs.sort();
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!("ftl-compile: cannot create {out}: {e}");
        return ExitCode::FAILURE;
    }
    let mut failed = false;
    for lang in langs {
        let lang = lang.to_string_lossy().to_string();
        let path = Path::new(locales).join(&lang).join("widget.ftl");
        let source = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("ftl-compile: {}: {e}", path.display());
                failed = true;
                continue;
            }
        };
        match ftl_compile::compile(&source) {
            Ok(compiled) => {
                match ftl_compile::launcher_strings(&compiled) {
                    Ok(strings) => launcher_strings.push((lang.clone(), strings)),
                    Err(e) => {
                        eprintln!("ftl-compile: {}: {e}", path.display());
                        failed = true;
                    }
                }
                let target = Path::new(out).join(format!("{lang}.js"));
                if let Err(e) = std::fs::write(&target, ftl_compile::to_js_module(&lang, &compiled))
                {
                    eprintln!("ftl-compile: {}: {e}", target.display());
                    failed = true;
                }
            }
            Err(errors) => {
                for e in errors {
                    eprintln!("ftl-compile: {}: {e}", path.display());
                }
                failed = true;
            }
        }
    }
    if let Some(target) = launcher.filter(|_| !failed) {
        if let Err(e) = std::fs::write(target, ftl_compile::to_launcher_module(&launcher_strings)) {
            eprintln!("ftl-compile: {target}: {e}");
            failed = true;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
