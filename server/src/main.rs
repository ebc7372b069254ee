//! `complaint-endpoint`: runs the reference endpoint on 127.0.0.1.
//!
//! ```text
//! complaint-endpoint [--port N] [--database URL | --db PATH] [--www DIR]
//!                    [--allow-origin ORIGIN]... [--staff-tokens FILE]
//!                    [--webhook URL --webhook-secret SECRET] [--webhook-retry-ms N]
//!                    [--retain-days N] [--rate-limit N]
//!                    [--max-attachments N] [--max-attachment-bytes N] [--log-requests]
//!                    [--test-controls] [--max-seconds N] [--stop-on-eof]
//! ```
//! The database is a SQLite file (`--db PATH` or `--database sqlite:PATH`;
//! in memory when neither is given) or PostgreSQL
//! (`--database postgres://user@host/db`). Staff tokens also come from the
//! environment (`CW_STAFF_TOKENS="name:token;name2:token2"`), and the
//! webhook from `CW_WEBHOOK_URL` and `CW_WEBHOOK_SECRET`.
//! `--port 0` picks a free port. The first line printed is
//! `listening on http://127.0.0.1:PORT`, which test harnesses read.
//! `--test-controls` turns on the `/api/_test/*` routes; only a build with
//! the `test-controls` feature has them
//! (`cargo build -p complaint-endpoint --features test-controls`), and any
//! other build refuses the flag.

use std::process::ExitCode;
use std::time::Duration;

use std::net::SocketAddr;

use complaint_endpoint::attachments::MAX_ATTACHMENTS;
use complaint_endpoint::{app, AppState, Settings, StaffTokens, Webhook, DEFAULT_RATE_LIMIT};
use tokio::io::AsyncReadExt;

struct Args {
    port: u16,
    db: String,
    settings: Settings,
    max_seconds: Option<u64>,
    stop_on_eof: bool,
}

/// Reads the flags; `env` looks up an environment variable (the flags win).
fn parse(
    mut it: impl Iterator<Item = String>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Args, String> {
    let mut args = Args {
        port: 8787,
        db: ":memory:".into(),
        settings: Settings::default(),
        max_seconds: None,
        stop_on_eof: false,
    };
    let mut tokens = env("CW_STAFF_TOKENS").map(|t| ("CW_STAFF_TOKENS".to_string(), t));
    let mut webhook_url = env("CW_WEBHOOK_URL");
    let mut webhook_secret = env("CW_WEBHOOK_SECRET");
    let mut retry_ms: Option<u64> = None;
    let mut rate_limit: Option<u32> = None;
    while let Some(flag) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match flag.as_str() {
            "--port" => {
                args.port = value("--port")?
                    .parse()
                    .map_err(|_| "--port must be a number from 0 to 65535")?
            }
            "--db" => args.db = value("--db")?,
            "--database" => args.db = value("--database")?,
            "--staff-tokens" => {
                let path = value("--staff-tokens")?;
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("--staff-tokens {path}: {e}"))?;
                tokens = Some((path, text));
            }
            "--webhook" => webhook_url = Some(value("--webhook")?),
            "--webhook-secret" => webhook_secret = Some(value("--webhook-secret")?),
            "--webhook-retry-ms" => {
                retry_ms = Some(
                    value("--webhook-retry-ms")?
                        .parse()
                        .map_err(|_| "--webhook-retry-ms must be a number of milliseconds")?,
                )
            }
            "--log-requests" => args.settings.log_requests = true,
            "--retain-days" => {
                args.settings.retain_days = Some(
                    value("--retain-days")?
                        .parse()
                        .map_err(|_| "--retain-days must be a number of days")?,
                )
            }
            "--rate-limit" => {
                rate_limit = Some(value("--rate-limit")?.parse().map_err(|_| {
                    "--rate-limit must be a number of submissions per minute (0: no limit)"
                })?)
            }
            "--max-attachments" => {
                let n: usize = value("--max-attachments")?
                    .parse()
                    .ok()
                    .filter(|n| *n <= MAX_ATTACHMENTS)
                    .ok_or_else(|| {
                        format!(
                            "--max-attachments must be a number of files from 0 (none) to \
{MAX_ATTACHMENTS}"
                        )
                    })?;
                args.settings.attachments.count = n;
            }
            "--max-attachment-bytes" => {
                args.settings.attachments.bytes = value("--max-attachment-bytes")?
                    .parse()
                    .ok()
                    .filter(|n| (1..=1 << 30).contains(n))
                    .ok_or("--max-attachment-bytes must be a number of bytes from 1 to 1 GiB")?;
            }
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
    if let Some((source, text)) = tokens {
        args.settings.staff = StaffTokens::parse(&text).map_err(|e| format!("{source}: {e}"))?;
    }
    match (webhook_url, webhook_secret) {
        (None, _) => {}
        (Some(url), Some(secret)) if !secret.is_empty() => {
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(format!(
                    "--webhook {url}: the URL must start with http:// or https://"
                ));
            }
            let mut hook = Webhook::new(url, secret);
            if let Some(ms) = retry_ms {
                hook.retry_base = Duration::from_millis(ms.max(1));
            }
            args.settings.webhook = Some(hook);
        }
        (Some(_), _) => return Err(
            "--webhook needs a secret to sign with: --webhook-secret SECRET or CW_WEBHOOK_SECRET"
                .into(),
        ),
    }
    // The end-to-end tests send many submissions from one address: with
    // test controls the limit is off unless asked for.
    args.settings.rate_limit = match rate_limit {
        Some(0) => None,
        Some(n) => Some(n),
        None if args.settings.test_controls => None,
        None => Some(DEFAULT_RATE_LIMIT),
    };
    Ok(args)
}

const USAGE: &str = "usage: complaint-endpoint [--port N] [--database URL | --db PATH] \
[--www DIR] [--allow-origin ORIGIN]... [--staff-tokens FILE] \
[--webhook URL --webhook-secret SECRET] [--webhook-retry-ms N] [--retain-days N] \
[--rate-limit PER_MINUTE] [--max-attachments N] [--max-attachment-bytes N] [--log-requests] [--test-controls] [--max-seconds N] [--stop-on-eof]";

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse(std::env::args().skip(1), |k| std::env::var(k).ok()) {
        Ok(a) => a,
        Err(why) => {
            if !why.is_empty() {
                eprintln!("complaint-endpoint: {why}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    if args.settings.log_requests {
        tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_max_level(tracing::Level::INFO)
            .with_target(false)
            .init();
    }
    if args.settings.staff.is_empty() {
        eprintln!(
            "complaint-endpoint: no staff tokens, so the inbox and the staff API refuse everyone \
(401); pass --staff-tokens FILE or CW_STAFF_TOKENS=name:token"
        );
    }
    let state = match AppState::open(&args.db, args.settings).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!(
                "complaint-endpoint: cannot open the database {}: {e}",
                without_password(&args.db)
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
    state.start_background();
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
    match axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
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

/// A database URL with any password replaced by `***`, for messages.
fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (authority, tail) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    match authority.rsplit_once('@') {
        Some((user, host)) if user.contains(':') => {
            let name = user.split(':').next().unwrap_or_default();
            format!("{scheme}://{name}:***@{host}{tail}")
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Args, String> {
        parse(list.iter().map(|s| s.to_string()), |_| None)
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
    fn database_passwords_stay_out_of_messages() {
        assert_eq!(
            without_password("postgres://cw:s3cret@db.internal:5432/cw?sslmode=disable"),
            "postgres://cw:***@db.internal:5432/cw?sslmode=disable"
        );
        assert_eq!(
            without_password("postgres://cw@db/cw"),
            "postgres://cw@db/cw"
        );
        assert_eq!(without_password("out/demo.sqlite"), "out/demo.sqlite");
    }

    #[test]
    fn flags_are_read() {
        let a = args(&["--port", "0", "--db", "x.sqlite", "--stop-on-eof"]).unwrap();
        assert_eq!(
            (a.port, a.db.as_str(), a.stop_on_eof),
            (0, "x.sqlite", true)
        );
        assert!(args(&["--nope"]).is_err());
        let a = args(&["--database", "postgres://u@127.0.0.1:5/db"]).unwrap();
        assert_eq!(a.db, "postgres://u@127.0.0.1:5/db");
        assert_eq!(a.settings.rate_limit, Some(DEFAULT_RATE_LIMIT));
        assert_eq!(
            args(&["--rate-limit", "0"]).unwrap().settings.rate_limit,
            None
        );
        assert_eq!(
            a.settings.attachments,
            complaint_endpoint::Limits::default()
        );
        let a = args(&["--max-attachments", "10", "--max-attachment-bytes", "1000"]).unwrap();
        assert_eq!(
            (a.settings.attachments.count, a.settings.attachments.bytes),
            (10, 1000)
        );
        assert!(args(&["--max-attachments", "11"]).is_err());
        assert!(args(&["--max-attachment-bytes", "0"]).is_err());
        assert!(!a.settings.log_requests);
        assert!(args(&["--log-requests"]).unwrap().settings.log_requests);
    }

    #[test]
    fn staff_tokens_and_the_webhook_come_from_the_environment_too() {
        let env = |k: &str| match k {
            "CW_STAFF_TOKENS" => Some("anna:0123456789abcdef01;bo:fedcba9876543210fe".into()),
            "CW_WEBHOOK_URL" => Some("https://hooks.example/cw".into()),
            _ => None,
        };
        let Err(why) = parse(std::iter::empty(), env) else {
            panic!("a webhook without a secret was accepted");
        };
        assert!(why.contains("--webhook-secret"), "{why}");
        let a = parse(
            ["--webhook-secret", "s3cret"].iter().map(|s| s.to_string()),
            env,
        )
        .unwrap();
        assert_eq!(
            a.settings.staff.check("fedcba9876543210fe").as_deref(),
            Some("bo")
        );
        assert_eq!(
            a.settings.webhook.map(|w| w.url).as_deref(),
            Some("https://hooks.example/cw")
        );
        let Err(why) = parse(
            ["--staff-tokens", "/nonexistent/tokens"]
                .iter()
                .map(|s| s.to_string()),
            |_| None,
        ) else {
            panic!("a missing token file was accepted");
        };
        assert!(why.contains("/nonexistent/tokens"), "{why}");
        // A real file, with a comment line, as the README shows it.
        let file = std::env::temp_dir().join(format!("cw-tokens-{}", std::process::id()));
        std::fs::write(&file, "# name:token\nclara:0123456789abcdef01\n").unwrap();
        let path = file.to_string_lossy().to_string();
        let a = parse(
            ["--staff-tokens", path.as_str()]
                .iter()
                .map(|s| s.to_string()),
            |_| None,
        );
        let _ = std::fs::remove_file(&file);
        assert_eq!(
            a.unwrap()
                .settings
                .staff
                .check("0123456789abcdef01")
                .as_deref(),
            Some("clara")
        );
    }
}
