//! Calls a model through genai: streaming, usage and timing, retries with backoff, timeout, cache, context check.
//!
//! genai gives the HTTP status and response headers of a failed call (`Error::HttpError` inside a
//! stream error, `webc::Error::ResponseFailedStatus` otherwise), so `Retry-After` is read from there.
//! What genai lacks — retries, backoff, an overall deadline, caching — is here.
use std::time::{Duration, Instant};

use futures::StreamExt;
use genai::adapter::AdapterKind;
use genai::chat::{ChatMessage, ChatOptions, ChatRequest, ChatStreamEvent};
use genai::resolver::{AuthData, Endpoint};
use genai::{ModelIden, ServiceTarget};

use crate::cache::{self, CachedAnswer, Cache};
use crate::error::{redact, LlmError};
use crate::spec::Engine;

/// Who said a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    System,
    User,
    Assistant,
}

impl Role {
    fn name(self) -> &'static str {
        match self {
            Role::System => "system",
            Role::User => "user",
            Role::Assistant => "assistant",
        }
    }
}

/// One message of a conversation.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub role: Role,
    pub text: String,
}

/// Sampling parameters (part of the cache key).
#[derive(Clone, Debug, Default)]
pub struct Params {
    pub temperature: Option<f64>,
    pub max_tokens: Option<u32>,
    /// Which of several samples of the same request this is (bench `--samples`): part of the cache
    /// key only, so repeated samples are asked anew; sample 0 keeps the key of a plain request.
    pub sample: u32,
}

/// What the caller hears while a request runs.
#[derive(Debug)]
pub enum Event<'a> {
    /// A piece of the answer as it streams in.
    Text(&'a str),
    /// The attempt failed and will be retried after `wait`; text streamed so far is discarded.
    Retry { attempt: u32, wait: Duration, reason: String },
    /// The answer came from the local cache (it is also sent as one `Text`).
    CacheHit,
}

/// One complete answer with its usage and timing.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Generation {
    pub text: String,
    pub tokens_in: Option<u64>,
    pub tokens_out: Option<u64>,
    /// Time to first token, seconds.
    pub ttft_s: Option<f64>,
    /// Total time of the successful attempt, seconds.
    pub total_s: f64,
    /// Output tokens per second after the first token.
    pub tokens_per_s: Option<f64>,
    pub cost_usd: Option<f64>,
    /// Answered from the local cache (tokens, times and cost are those of the original request).
    pub cached: bool,
    /// Attempts made (1 = no retry).
    pub attempts: u32,
}

/// A rough token count: about four bytes of English or code per token for current tokenizers.
pub fn estimate_tokens(messages: &[Message]) -> u64 {
    messages.iter().map(|m| (m.text.len() as u64).div_ceil(4) + 4).sum()
}

/// Refuses a conversation that cannot fit the model's context window (when the window is known).
pub fn check_context(engine: &Engine, messages: &[Message]) -> Result<(), LlmError> {
    let Some(window) = engine.model_info.as_ref().and_then(|m| m.context_window) else { return Ok(()) };
    let tokens = estimate_tokens(messages);
    if tokens > window {
        return Err(LlmError::ContextTooLarge { model: engine.spec.to_string(), tokens, window });
    }
    Ok(())
}

/// Why one attempt failed.
struct Failure {
    error: LlmError,
    retryable: bool,
    retry_after: Option<Duration>,
}

/// Longest `Retry-After` pyport waits for; a provider asking for more gets an error instead.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(120);

/// Sends `messages` and returns the whole answer, streaming pieces to `on_event`.
///
/// Blocking: runs its own small tokio runtime, so it can be called from any thread.
pub fn generate(
    engine: &Engine,
    messages: &[Message],
    params: &Params,
    cache: Option<&Cache>,
    on_event: &mut dyn FnMut(Event),
) -> Result<Generation, LlmError> {
    check_context(engine, messages)?;
    let key = cache::key(
        &engine.base_url,
        &engine.spec.to_string(),
        &messages.iter().map(|m| (m.role.name().to_string(), m.text.clone())).collect::<Vec<_>>(),
        &match params.sample {
            0 => format!("temperature={:?};max_tokens={:?}", params.temperature, params.max_tokens),
            n => format!("temperature={:?};max_tokens={:?};sample={n}", params.temperature, params.max_tokens),
        },
    );
    if let Some(c) = cache {
        if let Some(hit) = c.get(&key)? {
            on_event(Event::CacheHit);
            on_event(Event::Text(&hit.text));
            return Ok(finish(engine, hit.text, hit.tokens_in, hit.tokens_out, hit.ttft_s, hit.total_s, true, 0));
        }
    }
    let api_key = engine.api_key()?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| LlmError::Client {
        provider: engine.spec.provider.clone(),
        message: format!("cannot start the async runtime: {e}"),
    })?;
    let mut attempt = 0;
    let generation = loop {
        attempt += 1;
        let once = runtime.block_on(async {
            match tokio::time::timeout(engine.timeout, attempt_once(engine, messages, params, api_key.as_deref(), on_event)).await {
                Ok(r) => r,
                Err(_) => Err(Failure {
                    error: LlmError::Timeout { provider: engine.spec.provider.clone(), timeout: engine.timeout },
                    retryable: false,
                    retry_after: None,
                }),
            }
        });
        match once {
            Ok(g) => break g,
            Err(f) if f.retryable && attempt <= engine.max_retries => {
                let wait = match f.retry_after {
                    Some(w) if w > MAX_RETRY_AFTER => return Err(with_attempts(f.error, attempt)),
                    Some(w) => w,
                    None => backoff(attempt),
                };
                on_event(Event::Retry { attempt, wait, reason: f.error.to_string() });
                std::thread::sleep(wait);
            }
            Err(f) => return Err(with_attempts(f.error, attempt)),
        }
    };
    let (text, tin, tout, ttft, total) = generation;
    if let Some(c) = cache {
        let a = CachedAnswer { text: text.clone(), tokens_in: tin, tokens_out: tout, ttft_s: ttft, total_s: total };
        c.put(&key, &engine.spec.provider, &engine.spec.model, &a)?;
    }
    Ok(finish(engine, text, tin, tout, ttft, total, false, attempt))
}

#[allow(clippy::too_many_arguments)]
fn finish(
    engine: &Engine,
    text: String,
    tokens_in: Option<u64>,
    tokens_out: Option<u64>,
    ttft_s: Option<f64>,
    total_s: f64,
    cached: bool,
    attempts: u32,
) -> Generation {
    let gen_time = total_s - ttft_s.unwrap_or(0.0);
    let tokens_per_s = tokens_out.filter(|_| gen_time > 0.0).map(|t| t as f64 / gen_time);
    let cost_usd = match (&engine.model_info, tokens_in, tokens_out) {
        (Some(m), Some(i), Some(o)) => m.cost_usd(i, o),
        _ => None,
    };
    Generation { text, tokens_in, tokens_out, ttft_s, total_s, tokens_per_s, cost_usd, cached, attempts }
}

fn with_attempts(e: LlmError, attempts: u32) -> LlmError {
    match e {
        LlmError::Http { provider, status, message, .. } => LlmError::Http { provider, status, message, attempts },
        LlmError::Transport { provider, message, .. } => LlmError::Transport { provider, message, attempts },
        other => other,
    }
}

/// Exponential backoff with jitter: 1 s, 2 s, 4 s… (capped at 30 s), each scaled by a random 50–100 %.
pub fn backoff(attempt: u32) -> Duration {
    let base = Duration::from_secs(1u64 << attempt.saturating_sub(1).min(5)).min(Duration::from_secs(30));
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
    // Cheap per-call randomness (no need for a crypto RNG): hash the clock's nanoseconds.
    let r = (nanos as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40; // 24 random bits
    base.mul_f64(0.5 + 0.5 * (r as f64 / (1u64 << 24) as f64))
}

/// `Retry-After` (seconds) or `retry-after-ms` from a failed response's headers.
fn retry_after(headers: Option<&reqwest::header::HeaderMap>) -> Option<Duration> {
    let h = headers?;
    if let Some(ms) = h.get("retry-after-ms").and_then(|v| v.to_str().ok()).and_then(|s| s.trim().parse::<f64>().ok()) {
        return (ms >= 0.0 && ms.is_finite()).then(|| Duration::from_secs_f64(ms / 1000.0));
    }
    let secs = h.get("retry-after").and_then(|v| v.to_str().ok()).and_then(|s| s.trim().parse::<f64>().ok())?;
    (secs >= 0.0 && secs.is_finite()).then(|| Duration::from_secs_f64(secs))
}

/// The human part of an error body: `error.message` or `message` of a JSON body, else the body's start.
fn body_message(body: &str) -> String {
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(body) {
        let v = if v.is_array() { v.get(0).cloned().unwrap_or_default() } else { v };
        for ptr in ["/error/message", "/message", "/error"] {
            if let Some(s) = v.pointer(ptr).and_then(|m| m.as_str()) {
                return s.to_string();
            }
        }
    }
    let b = body.trim();
    if b.chars().count() > 300 {
        format!("{}…", b.chars().take(300).collect::<String>())
    } else if b.is_empty() {
        "(empty body)".into()
    } else {
        b.to_string()
    }
}

fn http_failure(engine: &Engine, status: u16, reason: &str, body: &str, headers: Option<&reqwest::header::HeaderMap>, key: Option<&str>) -> Failure {
    let mut message = redact(&body_message(body), key);
    if status == 401 || status == 403 {
        let env = engine.api_key_env.as_deref().unwrap_or("(none configured)");
        message = format!("{message} — check the key in `{env}`");
    }
    let retryable = status == 429 || status == 408 || (500..600).contains(&status);
    Failure {
        error: LlmError::Http {
            provider: engine.spec.provider.clone(),
            status,
            message: format!("{reason}: {message}").trim_start_matches(": ").to_string(),
            attempts: 1,
        },
        retryable,
        retry_after: if retryable { retry_after(headers) } else { None },
    }
}

/// Turns a genai error into a failure, finding the HTTP status and headers where genai keeps them.
fn classify(engine: &Engine, e: genai::Error, key: Option<&str>) -> Failure {
    let transport = |message: String| Failure {
        error: LlmError::Transport { provider: engine.spec.provider.clone(), message: redact(&message, key), attempts: 1 },
        retryable: true,
        retry_after: None,
    };
    match e {
        genai::Error::HttpError { status, canonical_reason, body, headers } => {
            http_failure(engine, status.as_u16(), &canonical_reason, &body, Some(&headers), key)
        }
        genai::Error::WebStream { error, cause, .. } => match error.downcast::<genai::Error>() {
            Ok(inner) => classify(engine, *inner, key),
            Err(_) => transport(first_line(&cause)),
        },
        genai::Error::WebModelCall { webc_error, .. } | genai::Error::WebAdapterCall { webc_error, .. } => {
            match (&webc_error, webc_error.status()) {
                (genai::webc::Error::ResponseFailedStatus { body, headers, .. }, Some(status)) => {
                    http_failure(engine, status.as_u16(), status.canonical_reason().unwrap_or(""), body, Some(headers), key)
                }
                _ => transport(first_line(&webc_error.to_string())),
            }
        }
        // An error event inside the stream (e.g. Anthropic's `overloaded_error`): worth another try.
        genai::Error::ChatResponse { body, .. } => transport(format!("error event in the stream: {}", body_message(&body.to_string()))),
        other => Failure {
            error: LlmError::Client { provider: engine.spec.provider.clone(), message: redact(&first_line(&other.to_string()), key) },
            retryable: false,
            retry_after: None,
        },
    }
}

fn first_line(s: &str) -> String {
    s.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
}

type Answer = (String, Option<u64>, Option<u64>, Option<f64>, f64);

async fn attempt_once(
    engine: &Engine,
    messages: &[Message],
    params: &Params,
    key: Option<&str>,
    on_event: &mut dyn FnMut(Event),
) -> Result<Answer, Failure> {
    let start = Instant::now();
    let client = genai::Client::builder()
        .with_web_config(genai::WebConfig::default().with_connect_timeout(engine.connect_timeout))
        .build()
        .map_err(|e| classify(engine, e, key))?;
    let target = ServiceTarget {
        endpoint: Endpoint::from_owned(engine.base_url.clone()),
        // Servers without authentication (a local Ollama, an open vLLM) get an empty key.
        auth: AuthData::from_single(key.unwrap_or("")),
        model: ModelIden::new(engine.adapter, engine.spec.model.clone()),
    };
    let request = ChatRequest::new(
        messages
            .iter()
            .map(|m| match m.role {
                Role::System => ChatMessage::system(m.text.clone()),
                Role::User => ChatMessage::user(m.text.clone()),
                Role::Assistant => ChatMessage::assistant(m.text.clone()),
            })
            .collect(),
    );
    let mut options = ChatOptions::default().with_capture_usage(true);
    if let Some(t) = params.temperature {
        options = options.with_temperature(t);
    }
    if let Some(m) = params.max_tokens {
        options = options.with_max_tokens(m);
    }
    let response = client.exec_chat_stream(target, request, Some(&options)).await.map_err(|e| classify(engine, e, key))?;
    let mut stream = response.stream;
    let mut text = String::new();
    let mut ttft = None;
    while let Some(event) = stream.next().await {
        match event.map_err(|e| classify(engine, e, key))? {
            ChatStreamEvent::Chunk(c) => {
                if ttft.is_none() && !c.content.is_empty() {
                    ttft = Some(start.elapsed().as_secs_f64());
                }
                text.push_str(&c.content);
                on_event(Event::Text(&c.content));
            }
            ChatStreamEvent::End(end) => {
                let usage = end.captured_usage;
                // genai closes Gemini and Ollama streams with an End of its own even when the
                // connection broke (OpenAI-style and Anthropic streams end only on their end
                // marker); for those two, only a stop reason shows the answer is complete.
                let synthesized_end = matches!(engine.adapter, AdapterKind::Gemini | AdapterKind::Ollama);
                if synthesized_end && end.captured_stop_reason.is_none() {
                    break;
                }
                let tin = usage.as_ref().and_then(|u| u.prompt_tokens).map(|t| t.max(0) as u64);
                let tout = usage.as_ref().and_then(|u| u.completion_tokens).map(|t| t.max(0) as u64);
                return Ok((text, tin, tout, ttft, start.elapsed().as_secs_f64()));
            }
            _ => {}
        }
    }
    Err(Failure {
        error: LlmError::Transport {
            provider: engine.spec.provider.clone(),
            message: format!("the stream ended before the answer was complete ({} bytes received)", text.len()),
            attempts: 1,
        },
        retryable: true,
        retry_after: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_with_jitter_and_a_cap() {
        for attempt in 1..10 {
            let b = backoff(attempt);
            let base = Duration::from_secs(1u64 << (attempt - 1).min(5)).min(Duration::from_secs(30));
            assert!(b >= base / 2 && b <= base, "attempt {attempt}: {b:?}");
        }
    }

    #[test]
    fn error_bodies_are_summarised() {
        assert_eq!(body_message(r#"{"error":{"message":"Incorrect API key","type":"invalid"}}"#), "Incorrect API key");
        assert_eq!(body_message(r#"[{"error":{"code":429,"message":"quota"}}]"#), "quota");
        assert_eq!(body_message("  "), "(empty body)");
        assert!(body_message(&"x".repeat(1000)).chars().count() <= 301);
    }
}
