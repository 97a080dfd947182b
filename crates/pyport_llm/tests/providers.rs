//! The whole client path — real genai client, streaming, usage, retries, repair rounds, cache, cost —
//! against local servers on 127.0.0.1 speaking each provider's wire protocol.
use std::sync::Once;
use std::time::{Duration, Instant};

use pyport_llm::mock::{mock_tokens, MockServer, Protocol, Reply};
use pyport_llm::{port, Cache, CheckOutcome, Checker, Config, Engine, LlmError, PortEvent, PortOptions};

const KEY: &str = "sk-test-SECRET-1234567890";

/// Environment variables are set once, before any test reads one (every test calls this first).
fn init_env() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::env::set_var("PYPORT_TEST_KEY", KEY);
        std::env::remove_var("PYPORT_TEST_UNSET_KEY");
    });
}

const GOOD: &str = "#include <cstdio>\nint main() {\n    std::printf(\"%d\\n\", 42);\n    return 0;\n}\n";
const BROKEN: &str = "#include <cstdio>\nint main() {\n    std::printf(\"%d\\n\", 42)\n}\n";

fn fenced(code: &str) -> String {
    format!("Here is the C++ port. It keeps Python's semantics.\n\n```cpp\n{code}```\n\nCompile with -O3.")
}

fn engine_for(protocol: Protocol, server: &MockServer, extra: &str) -> Engine {
    let (provider, model) = match protocol {
        Protocol::OpenAI => ("openai", "gpt-4o"),
        Protocol::Anthropic => ("anthropic", "claude-sonnet-4-5"),
        Protocol::Gemini => ("gemini", "gemini-2.5-pro"),
        Protocol::Ollama => ("ollama", "qwen2.5-coder:7b"),
    };
    let key_line = if protocol == Protocol::Ollama { "" } else { "api_key_env = \"PYPORT_TEST_KEY\"\n" };
    let toml = format!("timeout_s = 20\n{extra}\n[providers.{provider}]\nbase_url = \"{}\"\n{key_line}", server.base_url());
    let config = Config::parse(&toml).unwrap();
    Engine::resolve(&format!("{provider}:{model}"), &config).unwrap()
}

/// Verifies exactly the program `GOOD`; anything else fails the way a scripted outcome says.
struct ScriptedChecker {
    seen: Vec<String>,
    otherwise: CheckOutcome,
}

impl Checker for ScriptedChecker {
    fn check(&mut self, code: &str) -> CheckOutcome {
        self.seen.push(code.to_string());
        if code == GOOD {
            CheckOutcome::Verified
        } else {
            self.otherwise.clone()
        }
    }
}

fn checker(otherwise: CheckOutcome) -> ScriptedChecker {
    ScriptedChecker { seen: Vec::new(), otherwise }
}

/// Runs a port and returns it with the streamed text and the retry events.
fn run(engine: &Engine, chk: &mut ScriptedChecker, repair: usize, cache: Option<&Cache>) -> (Result<pyport_llm::Port, LlmError>, String, Vec<Duration>) {
    let mut streamed = String::new();
    let mut retries = Vec::new();
    let opts = PortOptions { repair, ..PortOptions::default() };
    let r = port(engine, "prog.py", "print(42)\n", chk, &opts, cache, &mut |e| match e {
        PortEvent::Request(pyport_llm::Event::Text(t)) => streamed.push_str(t),
        PortEvent::Request(pyport_llm::Event::Retry { wait, .. }) => {
            retries.push(wait);
            streamed.clear();
        }
        _ => {}
    });
    (r, streamed, retries)
}

#[test]
fn every_protocol_streams_a_fenced_answer_with_usage_and_cost() {
    init_env();
    for protocol in [Protocol::OpenAI, Protocol::Anthropic, Protocol::Gemini, Protocol::Ollama] {
        let answer = fenced(GOOD);
        let server = MockServer::start(protocol, vec![Reply::Answer(answer.clone())]).unwrap();
        let engine = engine_for(protocol, &server, "");
        let mut chk = checker(CheckOutcome::Crash("unexpected".into()));
        let (r, streamed, retries) = run(&engine, &mut chk, 2, None);
        let p = r.unwrap_or_else(|e| panic!("{protocol:?}: {e}"));
        assert!(p.verified(), "{protocol:?}: {:?}", p.rounds);
        assert_eq!(p.rounds.len(), 1);
        assert_eq!(streamed, answer, "{protocol:?}: the streamed pieces make the whole answer");
        assert!(retries.is_empty());
        let g = &p.rounds[0].generation;
        let reqs = server.received();
        assert_eq!(reqs.len(), 1);
        let sent_bytes = serde_json::to_vec(&reqs[0].body).unwrap().len();
        // The server reports one token per 4 bytes of the request body it read and of the answer.
        assert_eq!(g.tokens_out, Some(mock_tokens(answer.len())), "{protocol:?}");
        let tin = g.tokens_in.unwrap_or_else(|| panic!("{protocol:?}: no input tokens"));
        assert!(tin.abs_diff(mock_tokens(sent_bytes)) <= 2, "{protocol:?}: {tin} vs {sent_bytes} bytes");
        assert!(g.ttft_s.is_some() && g.total_s >= g.ttft_s.unwrap());
        assert!(g.tokens_per_s.is_some());
        let info = engine.model_info.as_ref().unwrap();
        let want = info.cost_usd(tin, g.tokens_out.unwrap()).unwrap();
        assert_eq!(g.cost_usd, Some(want));
        if protocol != Protocol::Ollama {
            assert!(want > 0.0, "{protocol:?}");
        }
        // The key goes where each provider expects it.
        let auth = match protocol {
            Protocol::OpenAI => reqs[0].header("authorization").map(|v| v == format!("Bearer {KEY}")),
            Protocol::Anthropic => reqs[0].header("x-api-key").map(|v| v == KEY),
            Protocol::Gemini => reqs[0].header("x-goog-api-key").map(|v| v == KEY),
            Protocol::Ollama => Some(true),
        };
        assert_eq!(auth, Some(true), "{protocol:?}: {:?}", reqs[0].headers);
        // The program itself is in the prompt.
        assert!(reqs[0].body.to_string().contains("print(42)"), "{protocol:?}");
    }
}

#[test]
fn compile_error_is_sent_back_and_fixed_in_round_two() {
    init_env();
    let server = MockServer::start(Protocol::OpenAI, vec![Reply::Answer(fenced(BROKEN)), Reply::Answer(fenced(GOOD))]).unwrap();
    let engine = engine_for(Protocol::OpenAI, &server, "");
    let error = "prog.cpp:3:30: error: expected ';' before '}' token";
    let mut chk = checker(CheckOutcome::CompileError(format!("prog.cpp: In function 'int main()':\n{error}\n")));
    let (r, _, _) = run(&engine, &mut chk, 2, None);
    let p = r.unwrap();
    assert!(p.verified());
    assert_eq!(p.rounds.len(), 2);
    assert_eq!(p.repairs(), 1);
    assert_eq!(p.rounds[0].code.as_deref(), Some(BROKEN));
    assert!(matches!(p.rounds[0].outcome, CheckOutcome::CompileError(_)));
    assert_eq!(p.final_code(), Some(GOOD));
    let second = server.received()[1].body.to_string();
    assert!(second.contains("did not compile") && second.contains("expected ';' before '}' token"), "{second}");
    // The model's first answer is part of the conversation.
    assert!(second.contains("42)\\n}"), "{second}");
    assert_eq!(p.tokens_out(), Some(p.rounds.iter().map(|r| r.generation.tokens_out.unwrap()).sum()));
}

#[test]
fn wrong_number_is_reported_and_rounds_stop_at_the_limit() {
    init_env();
    let wrong = GOOD.replace("42", "0");
    let server = MockServer::start(Protocol::Anthropic, vec![Reply::Answer(fenced(&wrong)), Reply::Answer(fenced(&wrong))]).unwrap();
    let engine = engine_for(Protocol::Anthropic, &server, "");
    let mut chk = checker(CheckOutcome::WrongOutput { expected: "4294967296".into(), actual: "0".into() });
    let (r, _, _) = run(&engine, &mut chk, 1, None);
    let p = r.unwrap();
    assert!(!p.verified());
    assert_eq!(p.rounds.len(), 2, "one first round and one repair round");
    let second = server.received()[1].body.to_string();
    assert!(second.contains("4294967296") && second.contains("output differs"), "{second}");
    assert_eq!(server.replies_left(), 0);
}

#[test]
fn answer_without_code_asks_again() {
    init_env();
    let server = MockServer::start(Protocol::Gemini, vec![Reply::Answer("I would use a loop.".into()), Reply::Answer(fenced(GOOD))]).unwrap();
    let engine = engine_for(Protocol::Gemini, &server, "");
    let mut chk = checker(CheckOutcome::Crash("x".into()));
    let (r, _, _) = run(&engine, &mut chk, 2, None);
    let p = r.unwrap();
    assert_eq!(p.rounds[0].outcome, CheckOutcome::NoCode);
    assert!(p.verified());
    assert_eq!(chk.seen.len(), 1, "no code, nothing to check");
}

#[test]
fn rate_limit_honours_retry_after_then_succeeds() {
    init_env();
    let limited = Reply::Status {
        status: 429,
        headers: vec![("retry-after".into(), "1".into())],
        body: r#"{"error":{"message":"Rate limit reached","type":"rate_limit"}}"#.into(),
    };
    let server = MockServer::start(Protocol::OpenAI, vec![limited, Reply::Answer(fenced(GOOD))]).unwrap();
    let engine = engine_for(Protocol::OpenAI, &server, "");
    let mut chk = checker(CheckOutcome::Crash("x".into()));
    let start = Instant::now();
    let (r, _, retries) = run(&engine, &mut chk, 0, None);
    let p = r.unwrap();
    assert!(p.verified());
    assert_eq!(retries, vec![Duration::from_secs(1)], "waited exactly what Retry-After asked");
    assert!(start.elapsed() >= Duration::from_secs(1));
    assert_eq!(p.rounds[0].generation.attempts, 2);
    assert_eq!(server.received().len(), 2);
}

#[test]
fn stream_cut_in_the_middle_is_retried() {
    init_env();
    for protocol in [Protocol::OpenAI, Protocol::Anthropic, Protocol::Gemini, Protocol::Ollama] {
        let server = MockServer::start(protocol, vec![Reply::Cut(fenced(GOOD)), Reply::Answer(fenced(GOOD))]).unwrap();
        let engine = engine_for(protocol, &server, "");
        let mut chk = checker(CheckOutcome::Crash("x".into()));
        let (r, streamed, retries) = run(&engine, &mut chk, 0, None);
        let p = r.unwrap_or_else(|e| panic!("{protocol:?}: {e}"));
        assert!(p.verified(), "{protocol:?}");
        assert_eq!(retries.len(), 1, "{protocol:?}");
        assert_eq!(streamed, fenced(GOOD), "{protocol:?}");
        assert_eq!(p.rounds[0].generation.attempts, 2, "{protocol:?}");
    }
}

#[test]
fn cut_streams_give_up_after_max_retries_naming_the_provider() {
    init_env();
    let server = MockServer::start(Protocol::OpenAI, vec![Reply::Cut(fenced(GOOD)), Reply::Cut(fenced(GOOD))]).unwrap();
    let engine = engine_for(Protocol::OpenAI, &server, "max_retries = 1");
    let mut chk = checker(CheckOutcome::Crash("x".into()));
    let (r, _, _) = run(&engine, &mut chk, 0, None);
    let e = r.unwrap_err().to_string();
    assert!(e.contains("`openai`") && e.contains("after 2 attempts") && e.contains("ended before"), "{e}");
}

#[test]
fn unauthorized_is_clear_and_never_shows_the_key() {
    init_env();
    // Real providers echo (part of) a bad key in their error body.
    let body = format!(r#"{{"error":{{"message":"Incorrect API key provided: {KEY}.","type":"invalid_request_error"}}}}"#);
    let server = MockServer::start(Protocol::OpenAI, vec![Reply::Status { status: 401, headers: vec![], body }]).unwrap();
    let engine = engine_for(Protocol::OpenAI, &server, "");
    let mut chk = checker(CheckOutcome::Crash("x".into()));
    let (r, _, retries) = run(&engine, &mut chk, 2, None);
    let e = r.unwrap_err();
    let text = format!("{e} {e:?}");
    assert!(matches!(e, LlmError::Http { status: 401, .. }), "{text}");
    assert!(!text.contains(KEY) && !text.contains("SECRET"), "the key leaked: {text}");
    assert!(text.contains("`openai` answered HTTP 401") && text.contains("PYPORT_TEST_KEY"), "{text}");
    assert!(retries.is_empty(), "a 401 is not retried");
    assert_eq!(server.received().len(), 1);
}

#[test]
fn endless_stream_times_out() {
    init_env();
    let server = MockServer::start(Protocol::OpenAI, vec![Reply::Endless]).unwrap();
    let mut engine = engine_for(Protocol::OpenAI, &server, "");
    engine.timeout = Duration::from_secs(2);
    let mut chk = checker(CheckOutcome::Crash("x".into()));
    let start = Instant::now();
    let (r, streamed, _) = run(&engine, &mut chk, 2, None);
    let e = r.unwrap_err();
    assert!(matches!(e, LlmError::Timeout { .. }), "{e}");
    assert!(e.to_string().contains("within 2s"), "{e}");
    assert!(start.elapsed() >= Duration::from_secs(2) && start.elapsed() < Duration::from_secs(10));
    assert!(streamed.contains("still thinking"), "pieces arrived before the deadline");
    assert_eq!(server.received().len(), 1, "a timeout is not retried");
}

#[test]
fn identical_requests_come_from_the_cache() {
    init_env();
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(&dir.path().join("llm-cache.db")).unwrap();
    let server = MockServer::start(Protocol::Ollama, vec![Reply::Answer(fenced(GOOD)), Reply::Answer(fenced(GOOD))]).unwrap();
    let engine = engine_for(Protocol::Ollama, &server, "");
    let mut chk = checker(CheckOutcome::Crash("x".into()));
    let first = run(&engine, &mut chk, 0, Some(&cache)).0.unwrap();
    let (second, streamed, _) = run(&engine, &mut chk, 0, Some(&cache));
    let second = second.unwrap();
    assert_eq!(server.received().len(), 1, "the second request was answered locally");
    assert!(second.rounds[0].generation.cached && !first.rounds[0].generation.cached);
    assert_eq!(second.rounds[0].generation.tokens_out, first.rounds[0].generation.tokens_out);
    assert_eq!(streamed, fenced(GOOD));
    // Without the cache the server is asked again.
    run(&engine, &mut chk, 0, None).0.unwrap();
    assert_eq!(server.received().len(), 2);
}

#[test]
fn prompt_larger_than_the_context_window_is_refused_before_sending() {
    init_env();
    let server = MockServer::start(Protocol::OpenAI, vec![Reply::Answer(fenced(GOOD))]).unwrap();
    let mut engine = engine_for(Protocol::OpenAI, &server, "");
    engine.model_info.as_mut().unwrap().context_window = Some(100);
    let mut chk = checker(CheckOutcome::Crash("x".into()));
    let e = run(&engine, &mut chk, 0, None).0.unwrap_err();
    assert!(matches!(e, LlmError::ContextTooLarge { window: 100, .. }), "{e}");
    assert!(e.to_string().contains("context window is 100 tokens"), "{e}");
    assert!(server.received().is_empty());
}

#[test]
fn missing_key_names_the_variable_and_sends_nothing() {
    init_env();
    let server = MockServer::start(Protocol::Anthropic, vec![Reply::Answer(fenced(GOOD))]).unwrap();
    let config = Config::parse(&format!(
        "[providers.anthropic]\nbase_url = \"{}\"\napi_key_env = \"PYPORT_TEST_UNSET_KEY\"",
        server.base_url()
    ))
    .unwrap();
    let engine = Engine::resolve("anthropic:claude-sonnet-4-5", &config).unwrap();
    let mut chk = checker(CheckOutcome::Crash("x".into()));
    let e = run(&engine, &mut chk, 0, None).0.unwrap_err().to_string();
    assert!(e.contains("set the environment variable `PYPORT_TEST_UNSET_KEY`"), "{e}");
    assert!(server.received().is_empty());
}

#[test]
fn server_errors_are_retried_then_reported_with_status() {
    init_env();
    let e500 = || Reply::Status { status: 503, headers: vec![("retry-after".into(), "0".into())], body: "upstream overloaded".into() };
    let server = MockServer::start(Protocol::Gemini, vec![e500(), e500(), e500()]).unwrap();
    let engine = engine_for(Protocol::Gemini, &server, "max_retries = 2");
    let mut chk = checker(CheckOutcome::Crash("x".into()));
    let e = run(&engine, &mut chk, 0, None).0.unwrap_err().to_string();
    assert!(e.contains("`gemini` answered HTTP 503") && e.contains("upstream overloaded") && e.contains("after 3 attempts"), "{e}");
    assert_eq!(server.received().len(), 3);
}
