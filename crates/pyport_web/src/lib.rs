//! `pyport serve`: a small web app over the pipeline: Convert (stream a port, run both sides,
//! verdict, permalink), a blind Arena whose votes feed a Bradley–Terry leaderboard, the bench
//! leaderboard, head to head, and the model catalog.
//!
//! The compiler pipeline lives in the `pyport` binary, which depends on this crate: it hands the
//! server a [`Backend`]. HTML is rendered here by hand with escaping helpers; the JavaScript and
//! CSS are embedded; nothing is fetched from elsewhere.
mod api;
pub mod db;
mod pages;
pub mod work;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde_json::Value;

pub use db::WebDb;

/// Largest request body accepted (a pasted program, a C++ file).
pub const MAX_BODY: usize = 256 * 1024;

/// What the server needs from the compiler pipeline. Implemented by the `pyport` binary.
pub trait Backend: Send + Sync + 'static {
    /// Builtin translation of `python` (pure, no I/O).
    fn translate(&self, python: &str) -> Translated;
    /// Syntax errors of `python`, rendered with code frames; `None` when it parses.
    fn syntax_errors(&self, python: &str) -> Option<String>;
    /// Runs `python` alone under CPython in the sandbox.
    fn run_python(&self, python: &str) -> Result<SideRun, String>;
    /// Compiles `cpp` and runs it alone in the sandbox.
    fn run_cpp(&self, cpp: &str) -> Result<SideRun, String>;
    /// Compiles `cpp`, runs it beside CPython on `python`, verifies and times both.
    fn check(&self, python: &str, cpp: &str) -> Result<Checked, String>;
}

/// A builtin translation.
pub struct Translated {
    pub cpp: Option<String>,
    /// Rendered diagnostics (errors and warnings).
    pub diagnostics: String,
    pub seconds: f64,
}

/// One side run alone.
#[derive(Clone, Debug, serde::Serialize)]
pub struct SideRun {
    pub stdout: String,
    pub stderr: String,
    /// How it ended, e.g. `exit status 0`.
    pub status: String,
    pub seconds: f64,
    /// The compile command, for C++.
    pub compile_command: Option<String>,
    pub compile_s: Option<f64>,
}

/// A check of a port against CPython.
#[derive(Clone, Debug)]
pub struct Checked {
    /// The pipeline's report as JSON (verdict, compile command, timings, speedup).
    pub report: Value,
    /// The verdict in the form the LLM repair loop understands.
    pub outcome: pyport_llm::CheckOutcome,
    pub python_stdout: Option<String>,
    pub cpp_stdout: Option<String>,
}

/// How the server runs.
pub struct Options {
    pub db: PathBuf,
    /// Every request must carry it (header, cookie or `?token=`), when set.
    pub token: Option<String>,
    /// Engines offered on the Convert page (`builtin`, `provider:model`).
    pub engines: Vec<String>,
    /// Engines the arena draws from.
    pub arena: Vec<String>,
    /// LLM configuration (`pyport.toml`).
    pub config: pyport_llm::Config,
    /// Example programs offered on the pages: (name, text).
    pub programs: Vec<(String, String)>,
    /// Runs at once over all clients.
    pub max_jobs: usize,
    /// Runs at once per client address.
    pub max_jobs_per_client: usize,
}

/// Shared server state.
pub(crate) struct AppState {
    pub opts: Options,
    pub backend: Arc<dyn Backend>,
    pub db: Mutex<WebDb>,
    pub store: Mutex<pyport_eval::store::Store>,
    pub jobs: Arc<tokio::sync::Semaphore>,
    pub per_client: Arc<Mutex<HashMap<IpAddr, usize>>>,
    pub running: Arc<std::sync::atomic::AtomicUsize>,
    /// Whether the server listens on loopback only (then the `Host` header must name loopback).
    pub loopback: bool,
}

pub(crate) type Shared = Arc<AppState>;

/// An error answer: a status and a message saying what happened and what to do.
pub(crate) struct ApiError(pub StatusCode, pub String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, axum::Json(serde_json::json!({ "error": self.1 }))).into_response()
    }
}

/// `axum::Json`, with its rejections (wrong content type, malformed JSON, body too large) answered
/// as JSON `{"error": …}` like every other API error.
pub(crate) struct JsonBody<T>(pub T);

impl<S, T> axum::extract::FromRequest<S> for JsonBody<T>
where
    axum::Json<T>: axum::extract::FromRequest<S, Rejection = axum::extract::rejection::JsonRejection>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(JsonBody(v)),
            Err(r) => Err(ApiError(r.status(), r.body_text())),
        }
    }
}

pub(crate) fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError(StatusCode::INTERNAL_SERVER_ERROR, format!("internal error: {e}"))
}

/// Whether `addr` is a loopback address.
pub fn is_loopback(addr: &SocketAddr) -> bool {
    addr.ip().is_loopback()
}

/// Checks the options before binding: a non-loopback address needs a token.
pub fn check_bind(addr: &SocketAddr, token: Option<&str>) -> Result<(), String> {
    if !is_loopback(addr) && token.is_none_or(|t| t.is_empty()) {
        return Err(format!(
            "refusing to listen on `{addr}` without `--token`: anyone who can reach it could run programs on this machine; \
             add `--token SECRET` or listen on 127.0.0.1"
        ));
    }
    Ok(())
}

/// Serves until the process ends. `listener` is already bound (use port 0 for a free port).
pub async fn serve(listener: tokio::net::TcpListener, opts: Options, backend: Arc<dyn Backend>) -> Result<(), String> {
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    check_bind(&addr, opts.token.as_deref())?;
    let app = router(opts, backend, is_loopback(&addr))?;
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .await
        .map_err(|e| format!("server stopped: {e}"))
}

/// The application's routes and middleware.
pub fn router(opts: Options, backend: Arc<dyn Backend>, loopback: bool) -> Result<Router, String> {
    let store = pyport_eval::store::Store::open(&opts.db)
        .map_err(|e| format!("cannot open the database `{}`: {e}", opts.db.display()))?;
    let db = WebDb::open(&opts.db).map_err(|e| format!("cannot open the database `{}`: {e}", opts.db.display()))?;
    let state: Shared = Arc::new(AppState {
        jobs: Arc::new(tokio::sync::Semaphore::new(opts.max_jobs.max(1))),
        opts,
        backend,
        db: Mutex::new(db),
        store: Mutex::new(store),
        per_client: Arc::new(Mutex::new(HashMap::new())),
        running: Arc::new(std::sync::atomic::AtomicUsize::new(0)),
        loopback,
    });
    Ok(Router::new()
        .route("/", get(pages::convert))
        .route("/c/{id}", get(pages::permalink))
        .route("/c/{id}/download/{n}", get(api::download))
        .route("/arena", get(pages::arena))
        .route("/leaderboard", get(pages::leaderboard))
        .route("/h2h", get(pages::head_to_head))
        .route("/models", get(pages::models))
        .route("/assets/app.js", get(pages::app_js))
        .route("/assets/style.css", get(pages::style_css))
        .route("/api/status", get(api::status))
        .route("/api/programs/{name}", get(api::program))
        .route("/api/convert", post(api::convert))
        .route("/api/run/python", post(api::run_python))
        .route("/api/run/cpp", post(api::run_cpp))
        .route("/api/arena", post(api::arena_start))
        .route("/api/arena/{id}/vote", post(api::vote))
        .fallback(|| async { ApiError(StatusCode::NOT_FOUND, "no such page; try `/`".into()) })
        .layer(middleware::from_fn_with_state(state.clone(), guard))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(state))
}

/// Token, `Host`, `Origin` and body-size checks, before any handler runs.
async fn guard(State(st): State<Shared>, req: Request, next: Next) -> Response {
    let headers = req.headers().clone();
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("").to_string();
    if st.loopback && !host_is_loopback(&host) {
        return ApiError(
            StatusCode::MISDIRECTED_REQUEST,
            format!("unexpected `Host: {host}`: this server answers only to 127.0.0.1, localhost or [::1]"),
        )
        .into_response();
    }
    let mut set_cookie = None;
    if let Some(token) = st.opts.token.as_deref() {
        let query_token = req.uri().query().and_then(|q| {
            q.split('&').find_map(|kv| kv.strip_prefix("token=")).map(String::from)
        });
        let ok = bearer(&headers).is_some_and(|t| same(t, token))
            || cookie(&headers, "pyport_token").is_some_and(|t| same(t, token))
            || query_token.as_deref().is_some_and(|t| same(t, token));
        if !ok {
            return ApiError(
                StatusCode::UNAUTHORIZED,
                "this server needs its token: open the address printed by `pyport serve` (with `?token=…`) \
                 or send `Authorization: Bearer TOKEN`"
                    .into(),
            )
            .into_response();
        }
        if query_token.is_some() {
            set_cookie = Some(format!("pyport_token={token}; HttpOnly; SameSite=Strict; Path=/"));
        }
    }
    if req.method() != Method::GET && req.method() != Method::HEAD {
        if let Some(origin) = headers.get(header::ORIGIN).and_then(|h| h.to_str().ok()) {
            if origin != format!("http://{host}") && origin != format!("https://{host}") {
                return ApiError(
                    StatusCode::FORBIDDEN,
                    format!("cross-site request refused: `Origin: {origin}` is not this server (`{host}`)"),
                )
                .into_response();
            }
        }
        let length = headers.get(header::CONTENT_LENGTH).and_then(|h| h.to_str().ok()).and_then(|s| s.parse::<u64>().ok());
        if let Some(n) = length.filter(|&n| n > MAX_BODY as u64) {
            return ApiError(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("request body too large: {n} bytes, the limit is {} KiB; send a smaller program", MAX_BODY / 1024),
            )
            .into_response();
        }
    }
    let mut resp = next.run(req).await;
    if let Some(c) = set_cookie.and_then(|c| c.parse().ok()) {
        resp.headers_mut().insert(header::SET_COOKIE, c);
    }
    resp
}

fn host_is_loopback(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().map(|h| format!("[{h}]")).unwrap_or_default()
    } else {
        host.split(':').next().unwrap_or("").to_string()
    };
    name == "localhost" || name == "[::1]" || name.parse::<std::net::Ipv4Addr>().is_ok_and(|ip| ip.is_loopback())
}

fn bearer(h: &HeaderMap) -> Option<&str> {
    h.get(header::AUTHORIZATION)?.to_str().ok()?.strip_prefix("Bearer ")
}

fn cookie<'a>(h: &'a HeaderMap, name: &str) -> Option<&'a str> {
    h.get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|kv| kv.trim().strip_prefix(name).and_then(|r| r.strip_prefix('=')))
}

/// Compares without stopping at the first difference.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        assert!(host_is_loopback("127.0.0.1:8765"));
        assert!(host_is_loopback("localhost"));
        assert!(host_is_loopback("[::1]:80"));
        assert!(!host_is_loopback("evil.example:8765"));
        assert!(!host_is_loopback("10.0.0.1:8765"));
    }

    #[test]
    fn non_loopback_needs_token() {
        let any: SocketAddr = "0.0.0.0:8765".parse().unwrap();
        assert!(check_bind(&any, None).unwrap_err().contains("--token"));
        assert!(check_bind(&any, Some("")).is_err());
        assert!(check_bind(&any, Some("s3cret")).is_ok());
        assert!(check_bind(&"127.0.0.1:0".parse().unwrap(), None).is_ok());
    }
}
