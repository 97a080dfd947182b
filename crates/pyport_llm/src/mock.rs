//! A scripted local HTTP server that speaks each provider's real streaming wire protocol, for tests and demos.
//!
//! It listens on 127.0.0.1 only, answers each request with the next scripted [`Reply`], records
//! every request, and stops with the [`MockServer`] value. Plain threads and blocking sockets:
//! no async runtime is needed to drive it.
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Which provider's protocol to speak.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protocol {
    /// `POST /v1/chat/completions`, SSE `data:` chunks, a usage chunk, `data: [DONE]`.
    OpenAI,
    /// `POST /v1/messages`, SSE events `message_start` … `message_stop`.
    Anthropic,
    /// `POST /v1beta/models/{model}:streamGenerateContent?alt=sse`.
    Gemini,
    /// `POST /api/chat`, NDJSON lines ending with `"done": true`.
    Ollama,
}

/// One scripted answer.
#[derive(Clone, Debug)]
pub enum Reply {
    /// Stream `text` in pieces, then end normally with usage.
    Answer(String),
    /// Answer with this status, extra headers and body (not streamed).
    Status { status: u16, headers: Vec<(String, String)>, body: String },
    /// Stream the first half of `text`, then close the connection without ending the stream.
    Cut(String),
    /// Stream a piece every 200 ms until the client goes away (at most 120 s).
    Endless,
}

/// A request the server received.
#[derive(Clone, Debug)]
pub struct Received {
    pub method: String,
    pub path: String,
    /// Header names in lower case.
    pub headers: Vec<(String, String)>,
    pub body: serde_json::Value,
}

impl Received {
    /// The value of header `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

struct State {
    replies: std::collections::VecDeque<Reply>,
    received: Vec<Received>,
}

/// A running server; stopped when dropped.
pub struct MockServer {
    protocol: Protocol,
    port: u16,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
}

/// Tokens the server reports: one per 4 bytes, at least 1 (deterministic, so tests can check usage).
pub fn mock_tokens(bytes: usize) -> u64 {
    (bytes as u64).div_ceil(4).max(1)
}

impl MockServer {
    /// Starts a server on a free port of 127.0.0.1 that answers with `replies` in order.
    pub fn start(protocol: Protocol, replies: Vec<Reply>) -> std::io::Result<MockServer> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let port = listener.local_addr()?.port();
        let state = Arc::new(Mutex::new(State { replies: replies.into(), received: Vec::new() }));
        let stop = Arc::new(AtomicBool::new(false));
        let (st, sp) = (state.clone(), stop.clone());
        std::thread::spawn(move || {
            while !sp.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let (st, sp) = (st.clone(), sp.clone());
                        std::thread::spawn(move || {
                            let _ = serve(protocol, stream, &st, &sp);
                        });
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Ok(MockServer { protocol, port, state, stop })
    }

    /// The base URL to configure for this protocol.
    pub fn base_url(&self) -> String {
        match self.protocol {
            Protocol::OpenAI | Protocol::Anthropic => format!("http://127.0.0.1:{}/v1/", self.port),
            Protocol::Gemini => format!("http://127.0.0.1:{}/v1beta/", self.port),
            Protocol::Ollama => format!("http://127.0.0.1:{}/", self.port),
        }
    }

    /// Every request received so far.
    pub fn received(&self) -> Vec<Received> {
        self.state.lock().map(|s| s.received.clone()).unwrap_or_default()
    }

    /// Scripted replies not used yet.
    pub fn replies_left(&self) -> usize {
        self.state.lock().map(|s| s.replies.len()).unwrap_or(0)
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

fn serve(protocol: Protocol, stream: TcpStream, state: &Mutex<State>, stop: &AtomicBool) -> std::io::Result<()> {
    stream.set_nonblocking(false)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let path = parts.next().unwrap_or("").to_string();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    }
    let len: usize = headers.iter().find(|(k, _)| k == "content-length").and_then(|(_, v)| v.parse().ok()).unwrap_or(0);
    let mut body = vec![0; len];
    reader.read_exact(&mut body)?;
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap_or(serde_json::Value::Null);
    let reply = {
        let mut s = state.lock().map_err(|_| std::io::Error::other("poisoned"))?;
        s.received.push(Received { method, path: path.clone(), headers, body: json.clone() });
        s.replies.pop_front()
    };
    let mut out = stream;
    let expected = match protocol {
        Protocol::OpenAI => "/v1/chat/completions",
        Protocol::Anthropic => "/v1/messages",
        Protocol::Gemini => ":streamGenerateContent",
        Protocol::Ollama => "/api/chat",
    };
    if !path.contains(expected) {
        return write_status(&mut out, 404, &[], &format!("{{\"error\":{{\"message\":\"no route {path}\"}}}}"));
    }
    let tokens_in = mock_tokens(body.len());
    let model = json.get("model").and_then(|m| m.as_str()).unwrap_or("mock").to_string();
    match reply {
        None => write_status(&mut out, 500, &[], "{\"error\":{\"message\":\"mock server: no scripted reply left\"}}"),
        Some(Reply::Status { status, headers, body }) => write_status(&mut out, status, &headers, &body),
        Some(Reply::Answer(text)) => {
            start_stream(&mut out, protocol)?;
            let pieces = split_pieces(&text);
            let n = pieces.len();
            for (i, p) in pieces.into_iter().enumerate() {
                out.write_all(frame(protocol, &model, p, i == 0, tokens_in, (i + 1 == n).then_some(mock_tokens(text.len()))).as_bytes())?;
                out.flush()?;
            }
            if n == 0 {
                out.write_all(frame(protocol, &model, "", true, tokens_in, Some(1)).as_bytes())?;
            }
            out.write_all(trailer(protocol, tokens_in, mock_tokens(text.len())).as_bytes())?;
            out.flush()
        }
        Some(Reply::Cut(text)) => {
            start_stream(&mut out, protocol)?;
            let half: String = text.chars().take(text.chars().count() / 2).collect();
            for (i, p) in split_pieces(&half).into_iter().enumerate() {
                out.write_all(frame(protocol, &model, p, i == 0, tokens_in, None).as_bytes())?;
            }
            out.flush()?;
            out.shutdown(std::net::Shutdown::Both)
        }
        Some(Reply::Endless) => {
            start_stream(&mut out, protocol)?;
            let start = Instant::now();
            let mut first = true;
            while !stop.load(Ordering::Relaxed) && start.elapsed() < Duration::from_secs(120) {
                out.write_all(frame(protocol, &model, "still thinking… ", first, tokens_in, None).as_bytes())?;
                out.flush()?;
                first = false;
                std::thread::sleep(Duration::from_millis(200));
            }
            Ok(())
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

fn write_status(out: &mut TcpStream, status: u16, headers: &[(String, String)], body: &str) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {status} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n",
        reason(status),
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    out.write_all(head.as_bytes())?;
    out.write_all(body.as_bytes())?;
    out.flush()
}

/// Status line and headers of a stream whose body runs until the connection closes.
fn start_stream(out: &mut TcpStream, protocol: Protocol) -> std::io::Result<()> {
    let ct = if protocol == Protocol::Ollama { "application/x-ndjson" } else { "text/event-stream" };
    out.write_all(format!("HTTP/1.1 200 OK\r\ncontent-type: {ct}\r\ncache-control: no-cache\r\nconnection: close\r\n\r\n").as_bytes())?;
    out.flush()
}

/// Pieces of about 40 bytes, cut at char boundaries, as a model streams them.
fn split_pieces(text: &str) -> Vec<&str> {
    let mut v = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + 40).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        v.push(&text[start..end]);
        start = end;
    }
    v
}

fn sse(event: Option<&str>, data: &serde_json::Value) -> String {
    match event {
        Some(e) => format!("event: {e}\ndata: {data}\n\n"),
        None => format!("data: {data}\n\n"),
    }
}

/// One streamed piece. `last` carries (tokens in, tokens out) for protocols that report usage on the last content frame.
fn frame(protocol: Protocol, model: &str, piece: &str, first: bool, tokens_in: u64, last_out: Option<u64>) -> String {
    use serde_json::json;
    match protocol {
        Protocol::OpenAI => {
            let mut s = String::new();
            if first {
                s += &sse(None, &json!({"id":"chatcmpl-mock","object":"chat.completion.chunk","created":1,"model":model,
                    "choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}));
            }
            s += &sse(None, &json!({"id":"chatcmpl-mock","object":"chat.completion.chunk","created":1,"model":model,
                "choices":[{"index":0,"delta":{"content":piece},"finish_reason":null}]}));
            s
        }
        Protocol::Anthropic => {
            let mut s = String::new();
            if first {
                s += &sse(Some("message_start"), &json!({"type":"message_start","message":{"id":"msg_mock","type":"message","role":"assistant",
                    "content":[],"model":model,"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":tokens_in,"output_tokens":1}}}));
                s += &sse(Some("content_block_start"), &json!({"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}));
                s += &sse(Some("ping"), &json!({"type":"ping"}));
            }
            s += &sse(Some("content_block_delta"), &json!({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":piece}}));
            s
        }
        Protocol::Gemini => {
            let mut cand = json!({"content":{"parts":[{"text":piece}],"role":"model"},"index":0});
            let mut chunk = json!({"modelVersion":model});
            if let Some(tout) = last_out {
                cand["finishReason"] = json!("STOP");
                chunk["usageMetadata"] = json!({"promptTokenCount":tokens_in,"candidatesTokenCount":tout,"totalTokenCount":tokens_in+tout});
            }
            chunk["candidates"] = json!([cand]);
            sse(None, &chunk)
        }
        Protocol::Ollama => {
            format!("{}\n", json!({"model":model,"created_at":"2025-01-01T00:00:00Z","message":{"role":"assistant","content":piece},"done":false}))
        }
    }
}

/// What ends a complete stream.
fn trailer(protocol: Protocol, tokens_in: u64, tokens_out: u64) -> String {
    use serde_json::json;
    match protocol {
        Protocol::OpenAI => {
            sse(None, &json!({"id":"chatcmpl-mock","object":"chat.completion.chunk","created":1,"model":"mock",
                "choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}))
                + &sse(None, &json!({"id":"chatcmpl-mock","object":"chat.completion.chunk","created":1,"model":"mock","choices":[],
                    "usage":{"prompt_tokens":tokens_in,"completion_tokens":tokens_out,"total_tokens":tokens_in+tokens_out}}))
                + "data: [DONE]\n\n"
        }
        Protocol::Anthropic => {
            sse(Some("content_block_stop"), &json!({"type":"content_block_stop","index":0}))
                + &sse(Some("message_delta"), &json!({"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},
                    "usage":{"input_tokens":tokens_in,"output_tokens":tokens_out}}))
                + &sse(Some("message_stop"), &json!({"type":"message_stop"}))
        }
        Protocol::Gemini => String::new(),
        Protocol::Ollama => format!(
            "{}\n",
            json!({"model":"mock","created_at":"2025-01-01T00:00:00Z","message":{"role":"assistant","content":""},"done":true,
                "done_reason":"stop","total_duration":1000,"load_duration":10,"prompt_eval_count":tokens_in,"prompt_eval_duration":10,
                "eval_count":tokens_out,"eval_duration":100})
        ),
    }
}
