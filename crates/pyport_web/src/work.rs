//! Running engines for the web: the builtin engine through the [`Backend`], LLM engines through
//! pyport_llm's port-and-repair loop, each reporting progress as server-sent events and stopping
//! as soon as the page that asked goes away.
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use pyport_llm::{CheckOutcome, Checker, PortEvent};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use tokio::sync::mpsc;

use crate::{Backend, Checked};

/// One event for the browser: an SSE event name and its JSON data.
pub struct Msg {
    pub event: &'static str,
    pub data: Value,
}

/// Where a job sends its events, and how it learns that nobody listens any more.
#[derive(Clone)]
pub struct Sink {
    pub tx: mpsc::Sender<Msg>,
    pub cancel: Arc<AtomicBool>,
}

/// Unwinds out of an LLM request when the page goes away (caught by [`produce`]).
struct Cancelled;

impl Sink {
    /// Sends an event; false (and cancelled) when the page has gone.
    pub fn send(&self, event: &'static str, data: Value) -> bool {
        if self.cancelled() {
            return false;
        }
        if self.tx.blocking_send(Msg { event, data }).is_err() {
            self.cancel.store(true, Ordering::SeqCst);
            return false;
        }
        true
    }
    /// Whether the page has gone.
    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::SeqCst) || self.tx.is_closed()
    }
}

/// What one engine produced for one program, as stored and shown.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct EngineResult {
    /// The C++ program, when the engine wrote one.
    pub cpp: Option<String>,
    /// Why there is no program (diagnostics, the provider's error).
    pub error: Option<String>,
    /// Translation (builtin) or generation (LLM) time, seconds.
    pub gen_s: Option<f64>,
    pub ttft_s: Option<f64>,
    pub tokens_in: Option<u64>,
    pub tokens_out: Option<u64>,
    pub cost_usd: Option<f64>,
    pub repairs: Option<usize>,
    /// The compile/run/verify/time report with both outputs, when checked.
    pub check: Option<Value>,
    /// The check's verdict kind (`verified`, `output_differs`…), when checked.
    pub verdict: Option<String>,
}

/// The JSON shape of a check for the browser.
fn check_json(c: &Checked) -> Value {
    let mut v = c.report.clone();
    if let Value::Object(m) = &mut v {
        m.insert("python_stdout".into(), json!(c.python_stdout));
        m.insert("cpp_stdout".into(), json!(c.cpp_stdout));
    }
    v
}

fn verdict_kind(c: &Checked) -> Option<String> {
    c.report.get("verdict").and_then(|v| v.get("kind")).and_then(Value::as_str).map(String::from)
}

/// Ports `python` with `engine` (and checks the port when `check`), streaming `cpp` chunks tagged
/// with `tag`. `None` when the page went away.
#[allow(clippy::too_many_arguments)]
pub fn produce(
    backend: &dyn Backend,
    config: &pyport_llm::Config,
    engine: &str,
    python: &str,
    check: bool,
    sink: &Sink,
    tag: &Value,
) -> Option<EngineResult> {
    let mut out = EngineResult::default();
    if engine == "builtin" {
        sink.send("status", json!({"tag": tag, "text": "translating"}));
        let t = backend.translate(python);
        out.gen_s = Some(t.seconds);
        let Some(cpp) = t.cpp else {
            out.error = Some(t.diagnostics);
            return Some(out);
        };
        if !sink.send("cpp", json!({"tag": tag, "text": cpp, "replace": true})) {
            return None;
        }
        out.cpp = Some(cpp.clone());
        if check {
            sink.send("status", json!({"tag": tag, "text": "compiling, running both sides, timing"}));
            if sink.cancelled() {
                return None;
            }
            match backend.check(python, &cpp) {
                Ok(c) => {
                    out.verdict = verdict_kind(&c);
                    out.check = Some(check_json(&c));
                }
                Err(e) => out.error = Some(e),
            }
        }
        return (!sink.cancelled()).then_some(out);
    }
    let resolved = match pyport_llm::Engine::resolve(engine, config) {
        Ok(e) => e,
        Err(e) => {
            out.error = Some(e.to_string());
            return Some(out);
        }
    };
    sink.send("status", json!({"tag": tag, "text": "waiting for the model"}));
    struct WebChecker<'a> {
        backend: &'a dyn Backend,
        python: &'a str,
        check: bool,
        sink: &'a Sink,
        tag: &'a Value,
        last: Option<Checked>,
    }
    impl Checker for WebChecker<'_> {
        fn check(&mut self, code: &str) -> CheckOutcome {
            if self.sink.cancelled() {
                return CheckOutcome::Unjudgeable("the page was closed".into());
            }
            if !self.check {
                return CheckOutcome::Unjudgeable("not checked (convert only)".into());
            }
            self.sink.send("cpp", json!({"tag": self.tag, "text": code, "replace": true}));
            self.sink.send("status", json!({"tag": self.tag, "text": "compiling, running both sides, timing"}));
            match self.backend.check(self.python, code) {
                Ok(c) => {
                    let outcome = c.outcome.clone();
                    self.last = Some(c);
                    outcome
                }
                Err(e) => CheckOutcome::Unjudgeable(e),
            }
        }
    }
    let mut checker = WebChecker { backend, python, check, sink, tag, last: None };
    let opts = pyport_llm::PortOptions::default();
    let sink2 = sink.clone();
    let tag2 = tag.clone();
    let mut on_event = move |e: PortEvent| {
        if sink2.cancelled() {
            // Stops the streaming request at once; caught below.
            std::panic::resume_unwind(Box::new(Cancelled));
        }
        match e {
            PortEvent::RoundStart(n) => {
                sink2.send("cpp", json!({"tag": tag2, "text": "", "replace": true}));
                sink2.send("status", json!({"tag": tag2, "text": format!("round {n}: generating")}));
            }
            PortEvent::Request(pyport_llm::client::Event::Text(t)) => {
                sink2.send("cpp", json!({"tag": tag2, "text": t}));
            }
            _ => {}
        }
    };
    let ported = std::panic::catch_unwind(AssertUnwindSafe(|| {
        pyport_llm::port(&resolved, "prog.py", python, &mut checker, &opts, None, &mut on_event)
    }));
    let port = match ported {
        Err(_) => return None,
        Ok(Err(e)) => {
            out.error = Some(e.to_string());
            return (!sink.cancelled()).then_some(out);
        }
        Ok(Ok(p)) => p,
    };
    if sink.cancelled() {
        return None;
    }
    out.cpp = port.final_code().map(String::from);
    out.gen_s = Some(port.total_s());
    out.ttft_s = port.rounds.first().and_then(|r| r.generation.ttft_s);
    out.tokens_in = port.tokens_in();
    out.tokens_out = port.tokens_out();
    out.cost_usd = port.cost_usd();
    out.repairs = Some(port.repairs());
    if let Some(code) = &out.cpp {
        sink.send("cpp", json!({"tag": tag, "text": code, "replace": true}));
    } else {
        out.error = Some("the model's answer held no C++ program".into());
    }
    if let Some(c) = &checker.last {
        out.verdict = verdict_kind(c);
        out.check = Some(check_json(c));
    }
    Some(out)
}

/// 128 random bits as hex, for ids nobody can guess.
pub fn random_id() -> String {
    let mut b = [0u8; 16];
    fill_random(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// A random number below `n` (n > 0).
pub fn random_below(n: usize) -> usize {
    let mut b = [0u8; 8];
    fill_random(&mut b);
    (u64::from_le_bytes(b) % n as u64) as usize
}

fn fill_random(buf: &mut [u8]) {
    use std::io::Read;
    let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(buf)).is_ok();
    if !ok {
        // No /dev/urandom: mix the clock and a counter (ids stay unique, if less secret).
        static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let mut x = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0)
            ^ N.fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed);
        for b in buf.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
    }
}
