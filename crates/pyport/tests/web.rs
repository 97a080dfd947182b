//! `pyport serve` end to end: the real binary on 127.0.0.1:0, driven over HTTP (every endpoint
//! and every rejection) and through a real headless Chromium (WebDriver, `chromium-driver`).
//!
//! The LLM engine is a scripted local server (`pyport_llm::mock`) configured in pyport.toml.
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use pyport_llm::mock::{MockServer, Protocol, Reply};
use serde_json::{json, Value};

/// The pi example with fewer iterations, so CPython finishes in well under a second.
const PI: &str = "import time\n\ndef calculate(iterations, param1, param2):\n    result = 1.0\n    for i in range(1, iterations+1):\n        \
j = i * param1 - param2\n        result -= (1/j)\n        j = i * param1 + param2\n        result += (1/j)\n    return result\n\n\
start_time = time.time()\nresult = calculate(200_000, 4, 1) * 4\nend_time = time.time()\n\nprint(f\"Result: {result:.12f}\")\n\
print(f\"Execution Time: {(end_time - start_time):.6f} seconds\")\n";

/// A small program and a correct C++ port of it, which the scripted LLM answers with.
const SMALL: &str = "total = 0\nfor i in range(10):\n    total += i * i\nprint(total)\n";
const SMALL_CPP: &str = "```cpp\n#include <cstdio>\nint main() {\n    long total = 0;\n    for (long i = 0; i < 10; ++i) total += i * i;\n    \
std::printf(\"%ld\\n\", total);\n    return 0;\n}\n```\n";

const LLM: &str = "local:coder-7b";

/// A running `pyport serve`, killed when dropped.
struct Server {
    child: Child,
    addr: String,
    _dir: tempfile::TempDir,
    _mocks: Vec<MockServer>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(extra: &[&str], mocks: Vec<(&str, MockServer)>) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let mut toml = String::new();
    for (name, m) in &mocks {
        toml += &format!("[endpoints.{name}]\nbase_url = \"{}\"\n", m.base_url());
    }
    std::fs::write(dir.path().join("pyport.toml"), toml).unwrap();
    std::fs::create_dir(dir.path().join("examples")).unwrap();
    std::fs::write(dir.path().join("examples/pi.py"), PI).unwrap();
    let db = dir.path().join("web.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyport"))
        .args(["serve", "--addr", "127.0.0.1:0", "--db"])
        .arg(&db)
        .args(extra)
        .current_dir(dir.path())
        .env("PYPORT_CACHE_DIR", cache_dir())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut seen = String::new();
    let addr = loop {
        let Some(Ok(line)) = lines.next() else { panic!("pyport serve ended before listening:\n{seen}") };
        seen += &line;
        seen.push('\n');
        if let Some(rest) = line.split("serving on http://").nth(1) {
            break rest.split(['/', ' ']).next().unwrap().to_string();
        }
    };
    // Keep draining stderr so the server never blocks on a full pipe; echo it (shown on failure).
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            eprintln!("[pyport serve] {line}");
        }
    });
    Server { child, addr, _dir: dir, _mocks: mocks.into_iter().map(|(_, m)| m).collect() }
}

fn cache_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("web-cache")
}

/// An HTTP answer.
struct Resp {
    status: u16,
    head: String,
    body: String,
    ttfb: Duration,
}

fn dechunk(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut rest = raw;
    while let Some(nl) = rest.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(std::str::from_utf8(&rest[..nl]).unwrap().split(';').next().unwrap().trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        out.extend_from_slice(&rest[nl + 2..nl + 2 + size]);
        rest = &rest[nl + 2 + size + 2..];
    }
    out
}

/// One request on its own connection (`Connection: close`), read to the end; panics saying what
/// was asked and what came back when the answer takes longer than 120 s or is not HTTP.
fn http(addr: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> Resp {
    try_http(addr, method, path, headers, body, Duration::from_secs(120))
        .unwrap_or_else(|e| panic!("{method} http://{addr}{path}: {e}"))
}

fn try_http(addr: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &str, timeout: Duration) -> Result<Resp, String> {
    let mut s = TcpStream::connect(addr).map_err(|e| format!("cannot connect: {e}"))?;
    s.set_read_timeout(Some(timeout)).map_err(|e| e.to_string())?;
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in headers {
        req += &format!("{k}: {v}\r\n");
    }
    req += "\r\n";
    req += body;
    let sent = Instant::now();
    s.write_all(req.as_bytes()).map_err(|e| format!("cannot send the request: {e}"))?;
    let mut first = [0u8; 1];
    s.read_exact(&mut first).map_err(|e| format!("no answer within {timeout:?}: {e}"))?;
    let ttfb = sent.elapsed();
    // Read to the end of the answer: its Content-Length, its last chunk, or the connection's end
    // (chromedriver keeps the connection open after its answer despite `Connection: close`).
    let mut raw = first.to_vec();
    let mut buf = [0u8; 16384];
    let complete = |raw: &[u8]| -> bool {
        let Some(split) = raw.windows(4).position(|w| w == b"\r\n\r\n") else { return false };
        let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
        let body = &raw[split + 4..];
        if let Some(n) = head.lines().find_map(|l| l.strip_prefix("content-length:")).and_then(|v| v.trim().parse::<usize>().ok()) {
            return body.len() >= n;
        }
        head.contains("transfer-encoding: chunked") && (body.starts_with(b"0\r\n\r\n") || body.ends_with(b"\r\n0\r\n\r\n"))
    };
    while !complete(&raw) {
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => raw.extend_from_slice(&buf[..n]),
            Err(e) => {
                return Err(format!("answer not finished within {timeout:?} ({e}); received so far:\n{}", String::from_utf8_lossy(&raw)))
            }
        }
    }
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").ok_or_else(|| format!("not HTTP: {}", String::from_utf8_lossy(&raw)))?;
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let mut body = raw[split + 4..].to_vec();
    if head.to_ascii_lowercase().contains("transfer-encoding: chunked") {
        body = dechunk(&body);
    }
    let status = head.split(' ').nth(1).and_then(|c| c.parse().ok()).ok_or_else(|| format!("no status in {head}"))?;
    Ok(Resp { status, head, body: String::from_utf8_lossy(&body).to_string(), ttfb })
}

const JSON: (&str, &str) = ("Content-Type", "application/json");

fn post(addr: &str, path: &str, body: &Value) -> Resp {
    http(addr, "POST", path, &[JSON], &body.to_string())
}

/// The events of an SSE body: (name, data).
fn events(body: &str) -> Vec<(String, Value)> {
    body.split("\n\n")
        .filter_map(|chunk| {
            let mut name = "message".to_string();
            let mut data = String::new();
            for line in chunk.lines() {
                if let Some(n) = line.strip_prefix("event:") {
                    name = n.trim().to_string();
                } else if let Some(d) = line.strip_prefix("data:") {
                    data += d.trim_start();
                }
            }
            (!data.is_empty()).then(|| (name, serde_json::from_str(&data).unwrap()))
        })
        .collect()
}

/// A request announcing a body over the limit; the server answers before any of it is sent.
fn too_large(addr: &str) -> Resp {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(s, "POST /api/convert HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: 400000\r\nConnection: close\r\n\r\n").unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut bytes = Vec::new();
    let _ = s.read_to_end(&mut bytes);
    let raw = String::from_utf8_lossy(&bytes).to_string();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let body = if head.to_ascii_lowercase().contains("chunked") { String::from_utf8_lossy(&dechunk(body.as_bytes())).to_string() } else { body.to_string() };
    Resp { status: head.split(' ').nth(1).unwrap().parse().unwrap(), head: head.to_string(), body, ttfb: Duration::ZERO }
}

fn status(addr: &str) -> Value {
    serde_json::from_str(&http(addr, "GET", "/api/status", &[], "").body).unwrap()
}

fn error_of(r: &Resp) -> String {
    serde_json::from_str::<Value>(&r.body).ok().and_then(|v| v["error"].as_str().map(String::from)).unwrap_or_default()
}

#[test]
fn pages_convert_permalink_and_download() {
    let server = start(&[], vec![]);
    let a = &server.addr;
    for (path, marker) in [
        ("/", "id=\"btn-all\""),
        ("/arena", "id=\"arena-off\""),
        ("/leaderboard", "No arena votes yet"),
        ("/h2h", "Head to head"),
        ("/models", "id=\"models\""),
    ] {
        let r = http(a, "GET", path, &[], "");
        assert_eq!(r.status, 200, "{path}: {}", r.body);
        assert!(r.head.contains("text/html"), "{path}: {}", r.head);
        assert!(r.body.contains(marker), "{path} lacks {marker}");
        eprintln!("page {path}: ttfb {:.2} ms, {} bytes of HTML", r.ttfb.as_secs_f64() * 1e3, r.body.len());
    }
    for asset in ["/assets/app.js", "/assets/style.css"] {
        let r = http(a, "GET", asset, &[], "");
        assert_eq!(r.status, 200);
        eprintln!("asset {asset}: {} bytes", r.body.len());
    }
    // With one engine, the arena says so and refuses battles.
    let r = post(a, "/api/arena", &json!({"python": SMALL}));
    assert_eq!(r.status, 409);
    assert!(error_of(&r).contains("needs two engines"), "{}", r.body);
    // Examples are offered.
    let r = http(a, "GET", "/api/programs/pi", &[], "");
    assert_eq!((r.status, r.body.as_str()), (200, PI));
    assert_eq!(http(a, "GET", "/api/programs/nope", &[], "").status, 404);

    // Convert, run both sides, verify: streamed C++, a verified verdict, a permalink.
    let r = post(a, "/api/convert", &json!({"python": PI, "engines": ["builtin"], "run": true}));
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.head.contains("text/event-stream"));
    let ev = events(&r.body);
    let cpp = ev.iter().find(|(n, _)| n == "cpp").expect("a cpp event");
    assert!(cpp.1["text"].as_str().unwrap().contains("int main"));
    let result = &ev.iter().find(|(n, _)| n == "result").expect("a result event").1["result"];
    assert_eq!(result["verdict"], "verified", "{result}");
    assert!(result["check"]["speedup"].as_f64().unwrap() > 0.0);
    assert!(result["check"]["python_stdout"].as_str().unwrap().starts_with("Result: 3.14159"));
    let link = ev.iter().find(|(n, _)| n == "done").unwrap().1["permalink"].as_str().unwrap().to_string();
    let page = http(a, "GET", &link, &[], "");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("id=\"stored\"") && page.body.contains("calculate(200_000, 4, 1)"));
    let dl = http(a, "GET", &format!("{link}/download/0"), &[], "");
    assert_eq!(dl.status, 200);
    assert!(dl.head.contains("attachment") && dl.body.contains("int main"));
    assert_eq!(http(a, "GET", &format!("{link}/download/5"), &[], "").status, 404);
    assert_eq!(http(a, "GET", "/c/0123456789abcdef0123456789abcdef", &[], "").status, 404);
    assert_eq!(status(a)["conversions"], 1);

    // Each side alone.
    let r = post(a, "/api/run/python", &json!({"python": SMALL}));
    assert_eq!(r.status, 200, "{}", r.body);
    let v: Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["stdout"], "285\n");
    let r = post(a, "/api/run/cpp", &json!({"cpp": "#include <cstdio>\nint main(){std::puts(\"hi\");}\n"}));
    assert_eq!(r.status, 200, "{}", r.body);
    let v: Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["stdout"], "hi\n");
    assert!(v["compile_command"].as_str().unwrap().contains("-std=c++20"));
    let r = post(a, "/api/run/cpp", &json!({"cpp": "int main( {"}));
    assert_eq!(r.status, 422);
    assert!(error_of(&r).contains("did not compile"));
}

#[test]
fn bad_input_is_refused_and_changes_nothing() {
    let server = start(&[], vec![]);
    let a = &server.addr;
    let before = status(a);
    let cases: Vec<(Resp, u16, &str)> = vec![
        (post(a, "/api/convert", &json!({"python": "def f(:\n  pass\n", "engines": ["builtin"]})), 422, "not valid Python"),
        (post(a, "/api/convert", &json!({"python": SMALL, "engines": ["openai:gpt-9"]})), 400, "unknown engine `openai:gpt-9`"),
        (post(a, "/api/convert", &json!({"python": SMALL, "engines": []})), 400, "at least one engine"),
        (post(a, "/api/convert", &json!({"python": "  ", "engines": ["builtin"]})), 400, "empty"),
        (post(a, "/api/run/python", &json!({"python": "print(("})), 422, "syntax error"),
        (post(a, "/api/run/cpp", &json!({"cpp": ""})), 400, "no C++"),
        (too_large(a), 413, "request body too large"),
        (
            http(a, "POST", "/api/convert", &[JSON, ("Origin", "http://evil.example")], &json!({"python": SMALL, "engines": ["builtin"]}).to_string()),
            403,
            "cross-site request refused",
        ),
        (
            http(a, "POST", "/api/arena/0123456789abcdef0123456789abcdef/vote", &[JSON, ("Origin", "http://evil.example")], "{\"vote\":\"a\"}"),
            403,
            "cross-site",
        ),
        (post(a, "/api/arena/0123456789abcdef0123456789abcdef/vote", &json!({"vote": "a"})), 404, "no battle"),
        (post(a, "/api/arena/..%2f..%2fetc/vote", &json!({"vote": "a"})), 404, "no battle"),
        (post(a, "/api/arena/0123456789abcdef0123456789abcdef/vote", &json!({"vote": "c"})), 400, "unknown vote"),
        (http(a, "GET", "/nowhere", &[], ""), 404, "no such page"),
    ];
    for (r, code, text) in &cases {
        assert_eq!(r.status, *code, "expected {code} ({text}), got {}: {}", r.status, r.body);
        assert!(error_of(r).contains(text), "expected `{text}` in {}", r.body);
    }
    // Malformed JSON and a body that is not JSON get 4xx answers in JSON, like every API error.
    let r = http(a, "POST", "/api/convert", &[JSON], "{not json");
    assert!((400..500).contains(&r.status), "{}", r.status);
    assert!(!error_of(&r).is_empty(), "not a JSON error: {}", r.body);
    let r = http(a, "POST", "/api/convert", &[("Content-Type", "text/plain")], "print(1)");
    assert_eq!(r.status, 415, "{}", r.body);
    assert!(error_of(&r).contains("Content-Type"), "not a JSON error naming the content type: {}", r.body);
    // A foreign Host (DNS rebinding) is refused.
    let mut s = TcpStream::connect(a).unwrap();
    s.write_all(b"GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n").unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    assert!(out.starts_with("HTTP/1.1 421"), "{out}");
    let after = status(a);
    for k in ["conversions", "battles", "votes"] {
        assert_eq!(before[k], after[k], "{k} changed");
    }
}

#[test]
fn token_and_non_loopback() {
    let out = Command::new(env!("CARGO_BIN_EXE_pyport")).args(["serve", "--addr", "0.0.0.0:0"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("without `--token`"));
    let server = start(&["--token", "s3cret"], vec![]);
    let a = &server.addr;
    let r = http(a, "GET", "/", &[], "");
    assert_eq!(r.status, 401);
    assert!(error_of(&r).contains("token"));
    assert_eq!(http(a, "GET", "/", &[("Authorization", "Bearer wrong")], "").status, 401);
    assert_eq!(http(a, "POST", "/api/run/python", &[JSON], "{\"python\":\"print(1)\"}").status, 401);
    assert_eq!(http(a, "GET", "/", &[("Authorization", "Bearer s3cret")], "").status, 200);
    let r = http(a, "GET", "/models?token=s3cret", &[], "");
    assert_eq!(r.status, 200);
    assert!(r.head.contains("pyport_token=s3cret"), "{}", r.head);
    assert_eq!(http(a, "GET", "/arena", &[("Cookie", "pyport_token=s3cret")], "").status, 200);
}

fn llm_server(answers: usize) -> MockServer {
    MockServer::start(Protocol::OpenAI, (0..answers).map(|_| Reply::Answer(SMALL_CPP.into())).collect()).unwrap()
}

#[test]
fn arena_hides_names_until_the_one_vote() {
    let server = start(&["--arena", &format!("builtin,{LLM}")], vec![("local", llm_server(4))]);
    let a = &server.addr;
    let r = post(a, "/api/arena", &json!({"python": SMALL}));
    assert_eq!(r.status, 200, "{}", r.body);
    // Not in the headers, not in any event.
    for name in ["builtin", LLM, "coder-7b"] {
        assert!(!r.head.contains(name) && !r.body.contains(name), "`{name}` leaked before the vote:\n{}\n{}", r.head, r.body);
    }
    let ev = events(&r.body);
    let id = ev.iter().find(|(n, _)| n == "battle").unwrap().1["id"].as_str().unwrap().to_string();
    let results: Vec<&Value> = ev.iter().filter(|(n, _)| n == "result").map(|(_, d)| d).collect();
    assert_eq!(results.len(), 2, "two result events expected; the stream was:\n{}", r.body);
    for d in &results {
        assert_eq!(d["result"]["verdict"], "verified", "{d}");
    }
    assert!(ev.iter().any(|(n, _)| n == "done"));
    let page = http(a, "GET", "/arena", &[], "");
    assert!(!page.body.contains(LLM) && !page.body.contains("builtin"));
    // The vote reveals both names; a second vote is refused and changes nothing.
    let r = post(a, &format!("/api/arena/{id}/vote"), &json!({"vote": "a"}));
    assert_eq!(r.status, 200, "{}", r.body);
    let v: Value = serde_json::from_str(&r.body).unwrap();
    let mut names = [v["a"].as_str().unwrap(), v["b"].as_str().unwrap()];
    names.sort();
    assert_eq!(names, ["builtin", LLM]);
    let winner = v["a"].as_str().unwrap().to_string();
    let r = post(a, &format!("/api/arena/{id}/vote"), &json!({"vote": "b"}));
    assert_eq!(r.status, 409);
    assert!(error_of(&r).contains("already has its vote"));
    assert_eq!(status(a)["votes"], 1);
    // The human-preference leaderboard counts it, and head to head shows the record.
    let lb = http(a, "GET", "/leaderboard", &[], "").body;
    let table = lb.split("id=\"arena-votes\"").nth(1).expect("an arena table");
    assert!(table.contains("builtin") && table.contains(LLM));
    let first_row = table.split("<tr>").nth(2).unwrap();
    assert!(first_row.contains(&winner) && first_row.contains("<td>1</td><td>1</td><td>0</td>"), "{first_row}");
    let h = http(a, "GET", &format!("/h2h?a={winner}&b={}", if winner == "builtin" { LLM } else { "builtin" }), &[], "").body;
    assert!(h.contains("preferred once"), "{h}");
    // Filters: with one provider kept, no pair of engines is left.
    let lb = http(a, "GET", "/leaderboard?provider=builtin", &[], "").body;
    assert!(lb.contains("No arena votes yet"));
}

#[test]
fn leaving_the_page_cancels_the_conversion() {
    let slow = MockServer::start(Protocol::OpenAI, vec![Reply::Endless]).unwrap();
    let server = start(&["--engines", "builtin,slow:model"], vec![("slow", slow)]);
    let a = &server.addr;
    let body = json!({"python": SMALL, "engines": ["slow:model"], "run": true}).to_string();
    let mut s = TcpStream::connect(a).unwrap();
    write!(s, "POST /api/convert HTTP/1.1\r\nHost: {a}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len()).unwrap();
    // Wait until the model streams, then leave.
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    let cpp_events = |raw: &[u8]| {
        String::from_utf8_lossy(raw).lines().filter(|l| l.strip_prefix("event:").is_some_and(|n| n.trim() == "cpp")).count()
    };
    // The round's start clears the code box; the next `cpp` events are the model's text.
    while cpp_events(&seen) < 3 {
        let n = s.read(&mut buf).unwrap();
        assert!(n > 0, "stream ended early: {}", String::from_utf8_lossy(&seen));
        seen.extend_from_slice(&buf[..n]);
    }
    assert_eq!(status(a)["running"], 1);
    drop(s);
    let t = Instant::now();
    while status(a)["running"] != 0 {
        assert!(t.elapsed() < Duration::from_secs(20), "the conversion kept running after the page left");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(status(a)["conversions"], 0);
}

#[test]
fn per_client_limit() {
    let slow = MockServer::start(Protocol::OpenAI, vec![Reply::Endless, Reply::Endless]).unwrap();
    let server = start(&["--engines", "builtin,slow:model", "--jobs-per-client", "1"], vec![("slow", slow)]);
    let a = &server.addr;
    let body = json!({"python": SMALL, "engines": ["slow:model"]}).to_string();
    let mut s = TcpStream::connect(a).unwrap();
    write!(s, "POST /api/convert HTTP/1.1\r\nHost: {a}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len()).unwrap();
    let mut buf = [0u8; 1024];
    assert!(s.read(&mut buf).unwrap() > 0);
    let r = post(a, "/api/run/python", &json!({"python": SMALL}));
    assert_eq!(r.status, 429, "{}", r.body);
    assert!(error_of(&r).contains("too many runs at once"));
    drop(s);
}

/// Opens a streamed conversion on its own connection and returns the socket (the answer unread).
fn open_convert(a: &str, engines: &[&str]) -> TcpStream {
    let body = json!({"python": SMALL, "engines": engines}).to_string();
    let mut s = TcpStream::connect(a).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    write!(s, "POST /api/convert HTTP/1.1\r\nHost: {a}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len()).unwrap();
    s
}

/// Reads from `s` until `text` has arrived; panics with what came when the stream ends or stalls.
fn read_until(s: &mut TcpStream, seen: &mut Vec<u8>, text: &str) {
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(seen).contains(text) {
        match s.read(&mut buf) {
            Ok(n) if n > 0 => seen.extend_from_slice(&buf[..n]),
            other => panic!("waiting for `{text}`: {other:?}; the stream so far:\n{}", String::from_utf8_lossy(seen)),
        }
    }
}

#[test]
fn overall_limit_queues_and_a_cancel_frees_the_runner() {
    let slow = MockServer::start(Protocol::OpenAI, vec![Reply::Endless]).unwrap();
    let server = start(&["--engines", "builtin,slow:model", "--jobs", "1"], vec![("slow", slow)]);
    let a = &server.addr;
    let mut first = open_convert(a, &["slow:model"]);
    let mut seen = Vec::new();
    read_until(&mut first, &mut seen, "round 1: generating");
    // The one runner is taken: the second conversion waits, and says so.
    let mut second = open_convert(a, &["builtin"]);
    let mut seen2 = Vec::new();
    read_until(&mut second, &mut seen2, "waiting for a free runner");
    assert_eq!(status(a)["free_runners"], 0);
    // Leaving the first page frees the runner; the second conversion then finishes.
    drop(first);
    read_until(&mut second, &mut seen2, "event: done");
    assert!(String::from_utf8_lossy(&seen2).contains("event: result"));
    assert_eq!(status(a)["conversions"], 1);
}

// ---------------------------------------------------------------- the browser

/// A minimal WebDriver client over the same tiny HTTP helper.
struct Browser {
    driver: Child,
    addr: String,
    session: String,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = http(&self.addr, "DELETE", &format!("/session/{}", self.session), &[], "");
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn screenshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/web-screenshots")
}

impl Browser {
    fn start() -> Browser {
        std::fs::create_dir_all(screenshot_dir()).unwrap();
        let log = screenshot_dir().join("chromedriver.log");
        let tail = || std::fs::read_to_string(&log).map(|t| t.lines().rev().take(40).collect::<Vec<_>>().join("\n")).unwrap_or_default();
        // A free port (another process could take it before chromedriver does; then it exits and we say so).
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .arg(format!("--log-path={}", log.display()))
            // cargo's LD_LIBRARY_PATH (toolchain and target dirs) is not for the browser.
            .env_remove("LD_LIBRARY_PATH")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver is needed for the browser tests: `apt-get install -y chromium chromium-driver` (.ci/run does)");
        let addr = format!("127.0.0.1:{port}");
        let t = Instant::now();
        while try_http(&addr, "GET", "/status", &[], "", Duration::from_secs(5)).is_err() {
            if let Ok(Some(st)) = driver.try_wait() {
                panic!("chromedriver exited ({st}) before listening on {addr}; its log (last lines first):\n{}", tail());
            }
            assert!(t.elapsed() < Duration::from_secs(30), "chromedriver did not answer on {addr} within 30 s");
            std::thread::sleep(Duration::from_millis(100));
        }
        let caps = json!({"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1100"]}}}});
        let r = match try_http(&addr, "POST", "/session", &[JSON], &caps.to_string(), Duration::from_secs(90)) {
            Ok(r) => r,
            Err(e) => {
                let _ = driver.kill();
                panic!("chromedriver did not start Chromium: {e}\nits log (last lines first):\n{}", tail());
            }
        };
        let v: Value = serde_json::from_str(&r.body).unwrap_or_default();
        let Some(session) = v["value"]["sessionId"].as_str().map(String::from) else {
            let _ = driver.kill();
            panic!("chromedriver gave no session: {}\nits log (last lines first):\n{}", r.body, tail());
        };
        Browser { driver, addr, session }
    }
    fn cmd(&self, method: &str, path: &str, body: Value) -> Value {
        let text = if body.is_null() { String::new() } else { body.to_string() };
        let r = http(&self.addr, method, &format!("/session/{}{path}", self.session), &[JSON], &text);
        let v: Value = serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("{method} {path}: not JSON ({e}): {}", r.body));
        assert_eq!(r.status, 200, "{method} {path}: {}", r.body);
        v["value"].clone()
    }
    fn go(&self, url: &str) {
        self.cmd("POST", "/url", json!({"url": url}));
    }
    fn js(&self, script: &str, args: Value) -> Value {
        self.cmd("POST", "/execute/sync", json!({"script": script, "args": args}))
    }
    fn click(&self, css: &str) {
        let e = self.cmd("POST", "/element", json!({"using": "css selector", "value": css}));
        let id = e.as_object().unwrap().values().next().unwrap().as_str().unwrap().to_string();
        self.cmd("POST", &format!("/element/{id}/click"), json!({}));
    }
    fn source(&self) -> String {
        self.cmd("GET", "/source", Value::Null).as_str().unwrap().to_string()
    }
    fn wait(&self, what: &str, script: &str) {
        let t = Instant::now();
        while self.js(script, json!([])) != Value::Bool(true) {
            let msg = self.js("const m = document.querySelector('#msg'); return m ? m.textContent : ''", json!([]));
            assert!(t.elapsed() < Duration::from_secs(120), "timed out after 120 s waiting for {what}; the page says {msg}; its text:\n{}", self.js("return document.body.innerText", json!([])));
            std::thread::sleep(Duration::from_millis(200));
        }
    }
    fn screenshot(&self, name: &str) {
        let b64 = self.cmd("GET", "/screenshot", Value::Null).as_str().unwrap().to_string();
        std::fs::write(screenshot_dir().join(format!("{name}.png")), base64_decode(&b64)).unwrap();
    }
}

fn base64_decode(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let bytes: Vec<u8> = s.bytes().filter(|c| !c.is_ascii_whitespace() && *c != b'=').collect();
    let mut out = Vec::new();
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= (val(c) as u32) << (18 - 6 * i);
        }
        let k = chunk.len() * 6 / 8;
        out.extend_from_slice(&n.to_be_bytes()[1..1 + k]);
    }
    out
}

#[test]
fn browser_convert_arena_leaderboard() {
    let server = start(&["--arena", &format!("builtin,{LLM}")], vec![("local", llm_server(4))]);
    let base = format!("http://{}", server.addr);
    let b = Browser::start();

    // Convert the pi example with the builtin engine: verdict and speedup appear.
    b.go(&format!("{base}/"));
    b.js("const s = document.querySelector('#example'); s.value = 'pi'; s.dispatchEvent(new Event('change'));", json!([]));
    b.wait("the example to load", "return document.querySelector('#python').value.includes('calculate')");
    b.click("#btn-all");
    b.wait("the verdict", "return !!document.querySelector('.verdict') && !!document.querySelector('#permalink')");
    let verdict = b.js("return document.querySelector('.verdict').textContent", json!([]));
    assert_eq!(verdict, "verified: same output as CPython");
    let facts = b.js("return document.querySelector('.facts').textContent", json!([]));
    assert!(facts.as_str().unwrap().contains("speedup"), "{facts}");
    assert!(b.source().contains("CPython stdout"));
    // The elapsed-time line differs only in its numbers: marked as masked, not as a difference.
    let marks = b.js("return [document.querySelectorAll('pre.out span.d').length, document.querySelectorAll('pre.out span.m').length]", json!([]));
    assert_eq!(marks, json!([0, 2]), "differing lines (red, yellow) in the outputs");
    b.screenshot("convert");

    // An arena battle: no engine name in the page before the vote, both after.
    b.go(&format!("{base}/arena"));
    b.js("document.querySelector('#python').value = arguments[0]", json!([SMALL]));
    b.click("#btn-battle");
    b.wait("both sides", "return !document.querySelector('#votes').hidden");
    let before = b.source();
    assert_eq!(before.matches("verified: same output as CPython").count(), 2, "{before}");
    for name in ["builtin", LLM, "coder-7b"] {
        assert!(!before.contains(name), "`{name}` is in the page before the vote");
    }
    let shown = b.js("return getComputedStyle(document.querySelector('#votes')).display", json!([]));
    assert_ne!(shown, "none", "the vote buttons are not shown");
    b.screenshot("arena-before-vote");
    b.click("#votes button[data-vote='b']");
    b.wait("the names", "return !!document.querySelector('#names')");
    let after = b.source();
    assert!(after.contains("builtin") && after.contains(LLM));
    let model_b = b.js("return document.querySelector('.name-b').textContent", json!([])).as_str().unwrap().to_string();
    let heading = b.js("return document.querySelector('#side-B h2').textContent", json!([]));
    assert_eq!(heading, format!("Model B: {model_b}"));
    // The vote buttons are gone (not merely flagged hidden while a style shows them).
    let shown = b.js("return getComputedStyle(document.querySelector('#votes')).display", json!([]));
    assert_eq!(shown, "none", "the vote buttons are still shown after the vote");
    b.screenshot("arena-after-vote");

    // The leaderboard counts the vote for Model B.
    b.go(&format!("{base}/leaderboard"));
    let votes = b.js("return document.querySelector('#arena-votes').innerText", json!([])).as_str().unwrap().to_string();
    let first = votes.lines().nth(1).unwrap_or("");
    assert!(first.contains(&model_b) && first.contains("\t1\t1\t0\t0"), "{votes}");
    b.screenshot("leaderboard");

    b.go(&format!("{base}/h2h?a=builtin&b={LLM}"));
    assert!(b.source().contains("Arena votes"));
    b.screenshot("head-to-head");
    b.go(&format!("{base}/models"));
    let rows = b.js("return document.querySelectorAll('#models tbody tr').length", json!([])).as_u64().unwrap();
    assert!(rows > 5);
    b.js("const f = document.querySelector('#open-only'); f.checked = true; f.dispatchEvent(new Event('input'));", json!([]));
    let shown = b.js("return [...document.querySelectorAll('#models tbody tr')].filter(r => !r.hidden).length", json!([])).as_u64().unwrap();
    assert!(shown < rows, "the open-weights filter hid nothing");
    b.screenshot("models");
}

#[test]
fn an_engine_named_twice_never_battles_itself() {
    let server = start(&["--engines", "builtin,builtin", "--arena", "builtin,builtin"], vec![]);
    let a = server.addr.as_str();
    let r = post(a, "/api/arena", &json!({"python": SMALL}));
    assert_eq!(r.status, 409, "an arena of `builtin` twice is one engine: {}", r.body);
    assert!(error_of(&r).contains("needs two engines"), "{}", r.body);
}
