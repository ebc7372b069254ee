//! `complaint-endpoint`: runs the reference endpoint on 127.0.0.1.
//!
//! ```text
//! complaint-endpoint [--port N] [--db PATH] [--www DIR] [--allow-origin ORIGIN]...
//!                    [--test-controls] [--max-seconds N] [--stop-on-eof]
//! ```
//! `--port 0` picks a free port. The first line printed is
//! `listening on http://127.0.0.1:PORT`, which test harnesses read.
//! `--test-controls` turns on the `/api/_test/*` routes; only a build with
//! the `test-controls` feature has them
//! (`cargo build -p complaint-endpoint --features test-controls`), and any
//! other build refuses the flag.

use std::process::ExitCode;
use std::time::Duration;

use complaint_endpoint::{app, AppState, Settings};
use tokio::io::AsyncReadExt;

struct Args {
    port: u16,
    db: String,
    settings: Settings,
    max_seconds: Option<u64>,
    stop_on_eof: bool,
}

fn parse(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut args = Args {
        port: 8787,
        db: ":memory:".into(),
        settings: Settings::default(),
        max_seconds: None,
        stop_on_eof: false,
    };
    while let Some(flag) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match flag.as_str() {
            "--port" => {
                args.port = value("--port")?
                    .parse()
                    .map_err(|_| "--port must be a number from 0 to 65535")?
            }
            "--db" => args.db = value("--db")?,
            "--www" => args.settings.www = Some(value("--www")?.into()),
            "--allow-origin" => args.settings.allow_origins.push(value("--allow-origin")?),
            #[cfg(feature = "test-controls")]
            "--test-controls" => args.settings.test_controls = true,
            #[cfg(not(feature = "test-controls"))]
            "--test-controls" => {
                return Err(
                    "--test-controls: this build has no test routes; build it with \
`cargo build -p complaint-endpoint --features test-controls`"
                        .into(),
                )
            }
            "--max-seconds" => {
                args.max_seconds = Some(
                    value("--max-seconds")?
                        .parse()
                        .map_err(|_| "--max-seconds must be a number")?,
                )
            }
            "--stop-on-eof" => args.stop_on_eof = true,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown flag {other}")),
        }
    }
    Ok(args)
}

const USAGE: &str =
    "usage: complaint-endpoint [--port N] [--db PATH] [--www DIR] [--allow-origin ORIGIN]... \
[--test-controls] [--max-seconds N] [--stop-on-eof]";

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = match parse(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(why) => {
            if !why.is_empty() {
                eprintln!("complaint-endpoint: {why}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let state = match AppState::open(&args.db, args.settings) {
        Ok(s) => s,
        Err(e) => {
            eprintln!(
                "complaint-endpoint: cannot open the database {}: {e}",
                args.db
            );
            return ExitCode::FAILURE;
        }
    };
    let listener = match tokio::net::TcpListener::bind(("127.0.0.1", args.port)).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!(
                "complaint-endpoint: cannot listen on 127.0.0.1:{}: {e}",
                args.port
            );
            return ExitCode::FAILURE;
        }
    };
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(args.port);
    println!("listening on http://127.0.0.1:{port}");
    let max = args.max_seconds;
    let stop_on_eof = args.stop_on_eof;
    let stop = async move {
        let limit = async {
            match max {
                Some(s) => tokio::time::sleep(Duration::from_secs(s)).await,
                None => std::future::pending().await,
            }
        };
        let eof = async {
            if stop_on_eof {
                let mut buf = [0u8; 64];
                let mut stdin = tokio::io::stdin();
                while matches!(stdin.read(&mut buf).await, Ok(n) if n > 0) {}
            } else {
                std::future::pending::<()>().await;
            }
        };
        tokio::select! {
            _ = limit => {},
            _ = eof => {},
            _ = tokio::signal::ctrl_c() => {},
        }
    };
    match axum::serve(listener, app(state))
        .with_graceful_shutdown(stop)
        .await
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("complaint-endpoint: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Args, String> {
        parse(list.iter().map(|s| s.to_string()))
    }

    #[cfg(feature = "test-controls")]
    #[test]
    fn test_controls_are_a_flag_in_a_build_with_the_feature() {
        assert!(args(&["--test-controls"]).unwrap().settings.test_controls);
        assert!(!args(&[]).unwrap().settings.test_controls);
    }

    #[cfg(not(feature = "test-controls"))]
    #[test]
    fn test_controls_need_a_build_with_the_feature() {
        let Err(why) = args(&["--port", "0", "--test-controls"]) else {
            panic!("--test-controls was accepted by a build without the feature");
        };
        assert!(why.contains("--features test-controls"), "{why}");
    }

    #[test]
    fn flags_are_read() {
        let a = args(&["--port", "0", "--db", "x.sqlite", "--stop-on-eof"]).unwrap();
        assert_eq!(
            (a.port, a.db.as_str(), a.stop_on_eof),
            (0, "x.sqlite", true)
        );
        assert!(args(&["--nope"]).is_err());
    }
}
