//! The JSON and server-sent-event endpoints: convert, run one side, arena battles and votes.
use std::collections::HashMap;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::{ConnectInfo, Path, State};
use axum::http::{header, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};
use tokio::sync::mpsc;

use crate::db::VoteOutcome;
use crate::work::{engine_words, produce, random_below, random_id, EngineResult, Msg, Sink};
use crate::{internal, ApiError, JsonBody, Shared};

/// A client's claim on one of its concurrent runs; released when the run ends.
pub(crate) struct ClientSlot {
    map: Arc<Mutex<HashMap<IpAddr, usize>>>,
    ip: IpAddr,
    running: Arc<AtomicUsize>,
}

impl Drop for ClientSlot {
    fn drop(&mut self) {
        if let Ok(mut m) = self.map.lock() {
            if let Some(n) = m.get_mut(&self.ip) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    m.remove(&self.ip);
                }
            }
        }
        self.running.fetch_sub(1, Ordering::SeqCst);
    }
}

fn claim(st: &Shared, ip: IpAddr) -> Result<ClientSlot, ApiError> {
    let mut m = st.per_client.lock().map_err(internal)?;
    let n = m.entry(ip).or_insert(0);
    if *n >= st.opts.max_jobs_per_client {
        return Err(ApiError(
            StatusCode::TOO_MANY_REQUESTS,
            format!(
                "too many runs at once from your address ({} running, the limit is {}); wait for one to finish or close its page",
                n, st.opts.max_jobs_per_client
            ),
        ));
    }
    *n += 1;
    st.running.fetch_add(1, Ordering::SeqCst);
    Ok(ClientSlot { map: st.per_client.clone(), ip, running: st.running.clone() })
}

/// Sets the cancel flag when the event stream is dropped (the page went away).
struct CancelOnDrop(Arc<AtomicBool>);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// Runs `job` on its own thread once a global run slot is free, streaming its events as SSE.
/// The stream ends when the job ends; a job that panics ends it with an `error` event.
/// Strings in `hide` never appear in an event (see [`Sink::hide`]).
fn sse_job(st: &Shared, slot: ClientSlot, hide: Vec<String>, job: impl FnOnce(Sink) + Send + 'static) -> Response {
    let (tx, rx) = mpsc::unbounded_channel::<Msg>();
    let cancel = Arc::new(AtomicBool::new(false));
    let sink = Sink { tx, cancel: cancel.clone(), hide: Arc::new(hide) };
    let jobs = st.jobs.clone();
    tokio::spawn(async move {
        if jobs.available_permits() == 0 {
            let _ = sink.tx.send(Msg { event: "status", data: json!({"tag": null, "text": "waiting for a free runner"}) });
        }
        let permit = tokio::select! {
            p = jobs.acquire_owned() => match p { Ok(p) => p, Err(_) => return },
            _ = sink.tx.closed() => return,
        };
        std::thread::spawn(move || {
            let _permit = permit;
            let _slot = slot;
            let tx = sink.tx.clone();
            if std::panic::catch_unwind(AssertUnwindSafe(|| job(sink))).is_err() {
                // The panic's text went to the server's log; it is not sent (it could name an engine).
                let _ = tx.send(Msg {
                    event: "error",
                    data: json!({"error": "internal error: this run stopped unexpectedly (the server's log says why); try again"}),
                });
            }
        });
    });
    let stream = futures::stream::unfold((rx, CancelOnDrop(cancel)), |(mut rx, guard)| async move {
        let m = rx.recv().await?;
        let ev = Event::default().event(m.event).data(m.data.to_string());
        Some((Ok::<_, Infallible>(ev), (rx, guard)))
    });
    Sse::new(stream).keep_alive(KeepAlive::default()).into_response()
}

/// Runs blocking `f` once a global run slot is free.
async fn blocking<T: Send + 'static>(st: &Shared, slot: ClientSlot, f: impl FnOnce() -> T + Send + 'static) -> Result<T, ApiError> {
    let permit = st.jobs.clone().acquire_owned().await.map_err(internal)?;
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let _slot = slot;
        f()
    })
    .await
    .map_err(internal)
}

fn check_python(st: &Shared, python: &str) -> Result<(), ApiError> {
    if python.trim().is_empty() {
        return Err(ApiError(StatusCode::BAD_REQUEST, "the program is empty: paste a Python program or pick an example".into()));
    }
    if let Some(errors) = st.backend.syntax_errors(python) {
        return Err(ApiError(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("this is not valid Python; fix the syntax error and try again:\n{errors}"),
        ));
    }
    Ok(())
}

/// Body of `POST /api/convert`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConvertReq {
    python: String,
    engines: Vec<String>,
    /// Also compile, run both sides, verify and time.
    #[serde(default)]
    run: bool,
}

/// `POST /api/convert`: streams each engine's C++ and, with `run`, its check; stores the result.
pub(crate) async fn convert(
    State(st): State<Shared>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    JsonBody(req): JsonBody<ConvertReq>,
) -> Result<Response, ApiError> {
    if req.engines.is_empty() {
        return Err(ApiError(StatusCode::BAD_REQUEST, "choose at least one engine".into()));
    }
    for e in &req.engines {
        if !st.opts.engines.contains(e) {
            return Err(ApiError(
                StatusCode::BAD_REQUEST,
                format!("unknown engine `{e}`; available: {}", st.opts.engines.join(", ")),
            ));
        }
    }
    check_python(&st, &req.python)?;
    let slot = claim(&st, peer.ip())?;
    let st2 = st.clone();
    Ok(sse_job(&st, slot, Vec::new(), move |sink| {
        let mut results = Vec::new();
        for (i, engine) in req.engines.iter().enumerate() {
            let tag = json!(i);
            let Some(r) = produce(&*st2.backend, &st2.opts.config, engine, &req.python, req.run, &sink, &tag) else {
                return;
            };
            sink.send("result", json!({"tag": i, "engine": engine, "result": r}));
            results.push(json!({"engine": engine, "result": r}));
        }
        let id = random_id();
        let stored = st2
            .db
            .lock()
            .map_err(|e| e.to_string())
            .and_then(|db| db.insert_conversion(&id, &req.python, &Value::Array(results).to_string()).map_err(|e| e.to_string()));
        match stored {
            Ok(()) => sink.send("done", json!({"permalink": format!("/c/{id}")})),
            Err(e) => sink.send("done", json!({"error": format!("the result could not be stored: {e}")})),
        };
    }))
}

/// Body of `POST /api/run/python`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PythonReq {
    python: String,
}

/// `POST /api/run/python`: runs the program under CPython alone.
pub(crate) async fn run_python(
    State(st): State<Shared>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    JsonBody(req): JsonBody<PythonReq>,
) -> Result<Response, ApiError> {
    check_python(&st, &req.python)?;
    let slot = claim(&st, peer.ip())?;
    let backend = st.backend.clone();
    let out = blocking(&st, slot, move || backend.run_python(&req.python)).await?;
    out.map(|r| Json(r).into_response()).map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e))
}

/// Body of `POST /api/run/cpp`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CppReq {
    cpp: String,
}

/// `POST /api/run/cpp`: compiles and runs a C++ program alone.
pub(crate) async fn run_cpp(
    State(st): State<Shared>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    JsonBody(req): JsonBody<CppReq>,
) -> Result<Response, ApiError> {
    if req.cpp.trim().is_empty() {
        return Err(ApiError(StatusCode::BAD_REQUEST, "there is no C++ to run: convert the program first".into()));
    }
    let slot = claim(&st, peer.ip())?;
    let backend = st.backend.clone();
    let out = blocking(&st, slot, move || backend.run_cpp(&req.cpp)).await?;
    out.map(|r| Json(r).into_response()).map_err(|e| ApiError(StatusCode::UNPROCESSABLE_ENTITY, e))
}

/// What the browser may see of a side before the vote: no error texts (they can name a provider).
fn blind(r: &EngineResult) -> EngineResult {
    let mut b = r.clone();
    if b.error.is_some() {
        b.error = Some("this engine produced no working program (its message is shown after the vote)".into());
    }
    b
}

/// `POST /api/arena`: draws two engines, ports the program with both, streams the anonymous sides.
pub(crate) async fn arena_start(
    State(st): State<Shared>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    JsonBody(req): JsonBody<PythonReq>,
) -> Result<Response, ApiError> {
    let pool = &st.opts.arena;
    if pool.len() < 2 {
        return Err(ApiError(
            StatusCode::CONFLICT,
            format!(
                "the arena needs two engines and only {} is available; configure LLM engines in pyport.toml and start \
                 `pyport serve --arena builtin,PROVIDER:MODEL`",
                pool.first().map(|e| format!("`{e}`")).unwrap_or_else(|| "none".into())
            ),
        ));
    }
    check_python(&st, &req.python)?;
    let slot = claim(&st, peer.ip())?;
    let i = random_below(pool.len());
    let mut j = random_below(pool.len() - 1);
    if j >= i {
        j += 1;
    }
    let (a, b) = (pool[i].clone(), pool[j].clone());
    let id = random_id();
    st.db.lock().map_err(internal)?.insert_battle(&id, &req.python, &a, &b).map_err(internal)?;
    let st2 = st.clone();
    let hide: Vec<String> = engine_words(&a).into_iter().chain(engine_words(&b)).chain(["builtin".to_string()]).collect();
    Ok(sse_job(&st, slot, hide, move |sink| {
        sink.send("battle", json!({"id": id}));
        let mut full = serde_json::Map::new();
        for (side, engine) in [("A", &a), ("B", &b)] {
            let tag = json!(side);
            let Some(r) = produce(&*st2.backend, &st2.opts.config, engine, &req.python, true, &sink, &tag) else {
                return;
            };
            sink.send("result", json!({"tag": side, "result": blind(&r)}));
            full.insert(side.to_lowercase(), json!(r));
        }
        let stored = st2.db.lock().map_err(|e| e.to_string()).and_then(|db| {
            db.finish_battle(&id, &Value::Object(full).to_string()).map_err(|e| e.to_string())
        });
        match stored {
            Ok(()) => sink.send("done", json!({"id": id})),
            Err(e) => sink.send("done", json!({"error": format!("the battle could not be stored: {e}")})),
        };
    }))
}

/// Body of `POST /api/arena/{id}/vote`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct VoteReq {
    vote: String,
}

/// `POST /api/arena/{id}/vote`: records the one vote of a finished battle and reveals the names.
pub(crate) async fn vote(State(st): State<Shared>, Path(id): Path<String>, JsonBody(req): JsonBody<VoteReq>) -> Result<Response, ApiError> {
    if !["a", "b", "tie", "bad"].contains(&req.vote.as_str()) {
        return Err(ApiError(
            StatusCode::BAD_REQUEST,
            format!("unknown vote `{}`; vote `a`, `b`, `tie` or `bad`", req.vote),
        ));
    }
    let valid_id = id.len() == 32 && id.bytes().all(|c| c.is_ascii_hexdigit());
    let db = st.db.lock().map_err(internal)?;
    let outcome = if valid_id { db.vote(&id, &req.vote).map_err(internal)? } else { VoteOutcome::NoSuchBattle };
    match outcome {
        VoteOutcome::Recorded => {
            let b = db.battle(&id).map_err(internal)?.ok_or_else(|| internal("the battle vanished"))?;
            let detail: Value = b.result.as_deref().and_then(|r| serde_json::from_str(r).ok()).unwrap_or(Value::Null);
            Ok(Json(json!({"vote": req.vote, "a": b.engine_a, "b": b.engine_b, "detail": detail})).into_response())
        }
        VoteOutcome::NoSuchBattle => Err(ApiError(StatusCode::NOT_FOUND, format!("no battle `{id}`; start a new one on /arena"))),
        VoteOutcome::AlreadyVoted => Err(ApiError(StatusCode::CONFLICT, "this battle already has its vote; one vote per battle".into())),
        VoteOutcome::NotFinished => Err(ApiError(
            StatusCode::CONFLICT,
            "this battle has not finished; wait for both sides (a battle left before it finished cannot be voted on)".into(),
        )),
    }
}

/// `GET /api/status`: runs in progress and stored results.
pub(crate) async fn status(State(st): State<Shared>) -> Result<Response, ApiError> {
    let db = st.db.lock().map_err(internal)?;
    Ok(Json(json!({
        "running": st.running.load(Ordering::SeqCst),
        "free_runners": st.jobs.available_permits(),
        "conversions": db.conversion_count().map_err(internal)?,
        "battles": db.battle_count().map_err(internal)?,
        "votes": db.votes().map_err(internal)?.len(),
    }))
    .into_response())
}

/// `GET /api/programs/{name}`: an example program's text.
pub(crate) async fn program(State(st): State<Shared>, Path(name): Path<String>) -> Result<Response, ApiError> {
    match st.opts.programs.iter().find(|(n, _)| *n == name) {
        Some((_, text)) => Ok(([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text.clone()).into_response()),
        None => Err(ApiError(StatusCode::NOT_FOUND, format!("no example program `{name}`"))),
    }
}

/// `GET /c/{id}/download/{n}`: the C++ of engine `n` of a stored conversion.
pub(crate) async fn download(State(st): State<Shared>, Path((id, n)): Path<(String, usize)>) -> Result<Response, ApiError> {
    let stored = st.db.lock().map_err(internal)?.conversion(&id).map_err(internal)?;
    let Some((_, results)) = stored else {
        return Err(ApiError(StatusCode::NOT_FOUND, format!("no stored conversion `{id}`")));
    };
    let v: Value = serde_json::from_str(&results).map_err(internal)?;
    let cpp = v.get(n).and_then(|r| r.get("result")).and_then(|r| r.get("cpp")).and_then(Value::as_str);
    match cpp {
        Some(c) => Ok((
            [(header::CONTENT_TYPE, "text/x-c++src; charset=utf-8"), (header::CONTENT_DISPOSITION, "attachment; filename=\"prog.cpp\"")],
            c.to_string(),
        )
            .into_response()),
        None => Err(ApiError(StatusCode::NOT_FOUND, format!("conversion `{id}` has no C++ from engine {n}"))),
    }
}
