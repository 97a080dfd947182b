//! LLM engines in the stored benchmark, end to end: the real `pyport bench`, `leaderboard` and
//! `models` binary, with providers configured through `pyport.toml` to be local scripted servers
//! (127.0.0.1) speaking each provider's wire protocol; every answer is really compiled with the C++
//! compiler and run beside CPython on every case, and stored in a real SQLite database.
use std::path::Path;

mod common;
use common::Project;

use pyport_llm::mock::{MockServer, Protocol, Reply};
use rusqlite::Connection;
use serde_json::Value;

const KEY: &str = "sk-bench-TOPSECRET-0123456789";

const SUMSQ: &str = "# tags: numeric
# difficulty: easy
# case: 10
# case: 100000
# timing: 300000
import sys

n = int(sys.argv[1])
total = 0
for i in range(1, n + 1):
    total += i * i
print(total)
";

const FIZZ: &str = "# tags: numeric
# difficulty: easy
# case: 15
# case: 3
# timing: 30000
import sys

n = int(sys.argv[1])
count = 0
for i in range(1, n + 1):
    if i % 15 == 0:
        count += 3
    elif i % 3 == 0:
        count += 1
    elif i % 5 == 0:
        count += 2
print(count)
";

const GOOD_SUMSQ: &str = "#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    long long n = argc > 1 ? std::atoll(argv[1]) : 0;
    long long total = 0;
    for (long long i = 1; i <= n; ++i) total += i * i;
    std::printf(\"%lld\\n\", total);
    return 0;
}
";

/// Right for the small case, wrong once the sum passes 32 bits (the case shown is not the only one run).
const WRONG_SUMSQ: &str = "#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    unsigned int n = argc > 1 ? std::atoi(argv[1]) : 0;
    unsigned int total = 0;
    for (unsigned int i = 1; i <= n; ++i) total += i * i;
    std::printf(\"%u\\n\", total);
    return 0;
}
";

const GOOD_FIZZ: &str = "#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    long long n = argc > 1 ? std::atoll(argv[1]) : 0;
    long long count = 0;
    for (long long i = 1; i <= n; ++i) {
        if (i % 15 == 0) count += 3;
        else if (i % 3 == 0) count += 1;
        else if (i % 5 == 0) count += 2;
    }
    std::printf(\"%lld\\n\", count);
    return 0;
}
";

const BROKEN_FIZZ: &str = "#include <cstdio>

int main() {
    long long count = 0
    std::printf(\"%lld\\n\", count);
}
";

fn answer(code: &str) -> Reply {
    Reply::Answer(format!("Here is the port:\n\n```cpp\n{code}```\n\nIt reads n from the command line."))
}

fn status(code: u16, body: &str) -> Reply {
    Reply::Status { status: code, headers: vec![("retry-after".into(), "0".into())], body: body.into() }
}

/// A project with the two suite programs in `suite/`.
fn suite_project(config: &str) -> Project {
    Project::with_files(&[("suite/fizz.py", FIZZ), ("suite/sumsq.py", SUMSQ)], config, KEY)
}

fn provider(name: &str, server: &MockServer, key: bool) -> String {
    let key = if key { "api_key_env = \"PYPORT_E2E_KEY\"\n" } else { "" };
    format!("[providers.{name}]\nbase_url = \"{}\"\nconcurrency = 1\n{key}", server.base_url())
}

/// One stored attempt's columns that matter here.
#[derive(Debug)]
struct Stored {
    engine: String,
    program: String,
    verdict: String,
    error: Option<String>,
    tokens_in: Option<i64>,
    tokens_out: Option<i64>,
    cost: Option<f64>,
    ttft: Option<f64>,
    generation: Option<f64>,
    repairs: Option<i64>,
    cases_passed: i64,
    speedup: Option<f64>,
}

fn stored(db: &Path) -> Vec<Stored> {
    let c = Connection::open(db).unwrap();
    let mut q = c
        .prepare(
            "SELECT engine, program, verdict, error, tokens_in, tokens_out, cost_usd, ttft_s, generation_s, repair_rounds, cases_passed, speedup \
             FROM attempts ORDER BY engine, program, sample",
        )
        .unwrap();
    q.query_map([], |r| {
        Ok(Stored {
            engine: r.get(0)?,
            program: r.get(1)?,
            verdict: r.get(2)?,
            error: r.get(3)?,
            tokens_in: r.get(4)?,
            tokens_out: r.get(5)?,
            cost: r.get(6)?,
            ttft: r.get(7)?,
            generation: r.get(8)?,
            repairs: r.get(9)?,
            cases_passed: r.get(10)?,
            speedup: r.get(11)?,
        })
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

fn find<'a>(all: &'a [Stored], engine: &str, program: &str) -> &'a Stored {
    all.iter().find(|a| a.engine == engine && a.program == program).unwrap_or_else(|| panic!("no attempt {engine} {program}: {all:#?}"))
}

#[test]
fn llm_engines_are_benchmarked_stored_ranked_and_resumed() {
    // openai answers correct code; ollama answers wrong code that the repair loop gets fixed;
    // `flaky` (an OpenAI-compatible endpoint) answers 429 and a broken stream before its answers;
    // anthropic refuses the key: that engine fails once, clearly, and the others go on.
    let openai = MockServer::start(Protocol::OpenAI, vec![answer(GOOD_FIZZ), answer(GOOD_SUMSQ)]).unwrap();
    let ollama = MockServer::start(
        Protocol::Ollama,
        vec![answer(BROKEN_FIZZ), answer(GOOD_FIZZ), answer(WRONG_SUMSQ), answer(GOOD_SUMSQ)],
    )
    .unwrap();
    let flaky = MockServer::start(
        Protocol::OpenAI,
        vec![
            status(429, r#"{"error":{"message":"rate limited"}}"#),
            answer(GOOD_FIZZ),
            Reply::Cut(format!("```cpp\n{GOOD_SUMSQ}```")),
            answer(GOOD_SUMSQ),
        ],
    )
    .unwrap();
    let dead = MockServer::start(
        Protocol::Anthropic,
        vec![status(401, r#"{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}"#)],
    )
    .unwrap();
    let base = format!(
        "max_retries = 1\ntimeout_s = 60\n{}{}{}[endpoints.flaky]\nbase_url = \"{}\"\nconcurrency = 1\n",
        provider("openai", &openai, true),
        provider("ollama", &ollama, false),
        provider("anthropic", &dead, true),
        flaky.base_url()
    );
    let p = suite_project(&base);
    let engines = "builtin,openai:gpt-4o,ollama:qwen2.5-coder:7b,flaky:qwen2.5-coder:32b,anthropic:claude-sonnet-4-5";
    let out = p.pyport(&["bench", "--suite", "suite", "--db", "b.db", "--engines", engines, "--timing-budget", "0", "--timeout", "30"]);
    assert_eq!(out.code, 1, "a failed engine makes the exit status 1\n{}", out.dump());
    let err = out.stderr.as_str();
    assert_eq!(err.matches("engine `anthropic:claude-sonnet-4-5` failed").count(), 1, "{}", out.dump());
    assert!(err.contains("HTTP 401") && err.contains("PYPORT_E2E_KEY"), "the message says what to fix\n{}", out.dump());
    assert!(!err.contains(KEY) && !out.stdout.as_str().contains(KEY));
    let db_bytes = std::fs::read(p.path("b.db")).unwrap();
    assert!(!db_bytes.windows(KEY.len()).any(|w| w == KEY.as_bytes()), "the key is never stored");

    let all = stored(&p.path("b.db"));
    assert_eq!(all.len(), 8, "2 programs × 4 working engines: {all:#?}");
    assert!(all.iter().all(|a| a.engine != "anthropic:claude-sonnet-4-5"));
    for a in &all {
        assert_eq!(a.verdict, "verified", "{a:#?}");
        assert_eq!(a.cases_passed, 3, "every case checked: {a:#?}");
        assert!(a.speedup.is_some(), "{a:#?}");
    }
    for a in all.iter().filter(|a| a.engine != "builtin") {
        let (tin, tout) = (a.tokens_in.unwrap(), a.tokens_out.unwrap());
        assert!(tin > 100 && tout > 20, "{a:#?}");
        assert!(a.ttft.unwrap() > 0.0 && a.generation.unwrap() >= a.ttft.unwrap(), "{a:#?}");
    }
    // Cost is tokens × the catalog's prices (gpt-4o: $2.50 in, $10 out per million).
    let gpt = find(&all, "openai:gpt-4o", "sumsq");
    let expected = (gpt.tokens_in.unwrap() as f64 * 2.5 + gpt.tokens_out.unwrap() as f64 * 10.0) / 1e6;
    assert!((gpt.cost.unwrap() - expected).abs() < 1e-12, "{gpt:#?}");
    assert_eq!(gpt.repairs, Some(0));
    // Ollama is free; it needed one repair on each program, and every round's tokens are counted.
    let q = find(&all, "ollama:qwen2.5-coder:7b", "fizz");
    assert_eq!((q.cost, q.repairs), (Some(0.0), Some(1)), "{q:#?}");
    assert_eq!(find(&all, "ollama:qwen2.5-coder:7b", "sumsq").repairs, Some(1));
    assert_eq!(ollama.replies_left(), 0);
    // The repair prompts carried the real compiler error, and the case whose output differed.
    let got = ollama.received();
    let fix_compile = got[1].body.to_string();
    assert!(fix_compile.contains("did not compile") && fix_compile.contains("error:"), "{fix_compile}");
    let fix_output = got[3].body.to_string();
    assert!(fix_output.contains("with input `100000`, line 1: 333338333350000"), "{fix_output}");
    // The first prompt says the program will be run with other inputs.
    assert!(got[0].body.to_string().contains("other inputs"));
    // The flaky endpoint was retried past its 429 and its broken stream; a named endpoint serving
    // a model the catalog knows gets the catalog's facts.
    assert_eq!(flaky.replies_left(), 0);
    assert_eq!(flaky.received().len(), 4);
    assert_eq!(find(&all, "flaky:qwen2.5-coder:32b", "sumsq").repairs, Some(0));

    // The leaderboard has pass@1, latency, tokens/s and cost for the LLM engines.
    let lb = p.pyport(&["leaderboard", "--db", "b.db", "--format", "json"]);
    assert_eq!(lb.code, 0, "{}", lb.dump());
    let v: Value = serde_json::from_str(&lb.stdout).unwrap();
    let row = |name: &str| v["engines"].as_array().unwrap().iter().find(|e| e["engine"] == name).cloned().unwrap();
    for name in ["openai:gpt-4o", "ollama:qwen2.5-coder:7b", "flaky:qwen2.5-coder:32b"] {
        let r = row(name);
        assert_eq!(r["pass_at_1"], 1.0, "{r}");
        assert!(r["ttft_s"].as_f64().unwrap() > 0.0 && r["tokens_per_s"].as_f64().unwrap() > 0.0, "{r}");
        assert!(r["cost_per_program"].is_number() && r["generation_s"].is_number(), "{r}");
    }
    assert!(row("openai:gpt-4o")["cost_per_program"].as_f64().unwrap() > 0.0);
    assert_eq!(row("ollama:qwen2.5-coder:7b")["repair_rounds"], 1.0);
    assert!(row("anthropic:claude-sonnet-4-5")["status"].as_str().unwrap().starts_with("failed: `anthropic` answered HTTP 401"));
    // Open-weight bubbles are sized by memory footprint (7.61 B × 0.62 bytes per weight).
    let q = row("ollama:qwen2.5-coder:7b");
    assert!((q["memory_gb"].as_f64().unwrap() - 7.61 * 0.62).abs() < 1e-9, "{q}");
    let html = p.pyport(&["leaderboard", "--db", "b.db", "--format", "html"]);
    let html = html.stdout.as_str();
    assert!(html.contains("4.7 GB of weights") && html.contains("per program</title>"), "{html}");
    assert!(html.contains("bubble area: memory footprint of the weights"), "the legend says which");

    // `pyport models` shows pyport's own measurement beside the catalog.
    let m = p.pyport(&["models", "--db", "b.db", "--provider", "openai", "--json"]);
    assert_eq!(m.code, 0, "{}", m.dump());
    let models: Value = serde_json::from_str(&m.stdout).unwrap();
    let gpt = models.as_array().unwrap().iter().find(|e| e["model"] == "gpt-4o").unwrap();
    assert_eq!(gpt["measured"]["pass_at_1"], 1.0, "{gpt}");
    assert_eq!(gpt["measured"]["programs"], 2);
    let table = p.pyport(&["models", "--db", "b.db", "--provider", "openai"]);
    let table = table.stdout.as_str();
    assert!(table.contains("pyport pass@1") && table.contains("100% of 2"), "{table}");

    // Resume: the key is fixed; only anthropic's attempts are made, nothing finished is repeated.
    let fixed = MockServer::start(Protocol::Anthropic, vec![answer(GOOD_FIZZ), answer(GOOD_SUMSQ)]).unwrap();
    p.config(&base.replace(&dead.base_url(), &fixed.base_url()));
    let run_id: i64 = Connection::open(p.path("b.db")).unwrap().query_row("SELECT max(id) FROM runs", [], |r| r.get(0)).unwrap();
    let resumed = p.pyport(&["bench", "--resume", &run_id.to_string(), "--db", "b.db"]);
    assert_eq!(resumed.code, 0, "{}", resumed.dump());
    assert!(resumed.stderr.as_str().contains("8 attempts stored already, 2 to do"), "{}", resumed.dump());
    let all = stored(&p.path("b.db"));
    assert_eq!(all.len(), 10);
    assert_eq!(find(&all, "anthropic:claude-sonnet-4-5", "fizz").verdict, "verified");
    assert_eq!(fixed.received().len(), 2);
    assert_eq!((openai.received().len(), ollama.received().len(), flaky.received().len()), (2, 4, 4), "finished attempts were not asked again");
    let status: String = Connection::open(p.path("b.db"))
        .unwrap()
        .query_row("SELECT status FROM run_engines WHERE engine = 'anthropic:claude-sonnet-4-5'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(status, "ok");
}

#[test]
fn a_provider_that_keeps_failing_is_given_up_after_three_requests_and_samples_are_asked_anew() {
    let down = MockServer::start(Protocol::OpenAI, (0..10).map(|_| status(500, r#"{"error":{"message":"overloaded"}}"#)).collect()).unwrap();
    let ok = MockServer::start(Protocol::Ollama, vec![answer(GOOD_FIZZ), answer(GOOD_FIZZ), answer(GOOD_SUMSQ), answer(GOOD_SUMSQ)]).unwrap();
    let p = suite_project(&format!(
        "max_retries = 0\n{}[providers.ollama]\nbase_url = \"{}\"\n",
        provider("deepseek", &down, true),
        ok.base_url()
    ));
    let out = p.pyport(&[
        "bench", "--suite", "suite", "--db", "d.db", "--engines", "deepseek:deepseek-chat,ollama:qwen2.5-coder:7b", "--samples", "2",
        "--timing-budget", "0",
    ]);
    assert_eq!(out.code, 1, "{}", out.dump());
    let err = out.stderr.as_str();
    assert!(err.contains("engine `deepseek:deepseek-chat` failed: 3 requests in a row failed; the last: `deepseek` answered HTTP 500"), "{}", out.dump());
    assert_eq!(down.received().len(), 3, "no request after giving up");
    let all = stored(&p.path("d.db"));
    let failed: Vec<&Stored> = all.iter().filter(|a| a.engine == "deepseek:deepseek-chat").collect();
    assert_eq!(failed.len(), 2, "the first two failures are stored as attempts: {all:#?}");
    assert!(failed.iter().all(|a| a.verdict == "engine_failed" && a.error.as_deref().unwrap().contains("HTTP 500")));
    // Two samples of each program: each sample is a request of its own (not the cached first one).
    let q: Vec<&Stored> = all.iter().filter(|a| a.engine == "ollama:qwen2.5-coder:7b").collect();
    assert_eq!(q.len(), 4);
    assert!(q.iter().all(|a| a.verdict == "verified"), "{q:#?}");
    assert_eq!(ok.received().len(), 4);
}

#[test]
fn models_lists_filters_and_imports_litellm_prices() {
    let p = suite_project("[[model]]\nprovider = \"myserver\"\nmodel = \"coder-x\"\nopen_weights = true\ncontext_window = 500000\n");
    let json = |args: &[&str]| -> Vec<Value> {
        let out = p.pyport(args);
        assert_eq!(out.code, 0, "{}", out.dump());
        serde_json::from_str::<Value>(&out.stdout).unwrap().as_array().unwrap().clone()
    };
    let names = |v: &[Value]| -> Vec<String> { v.iter().map(|m| format!("{}:{}", m["provider"].as_str().unwrap(), m["model"].as_str().unwrap())).collect() };
    let all = json(&["models", "--json"]);
    assert_eq!(all.len(), 13, "the 12 bundled models and the pyport.toml entry");
    assert!(names(&all).contains(&"myserver:coder-x".to_string()));
    let gpt = all.iter().find(|m| m["model"] == "gpt-4o").unwrap();
    assert_eq!((gpt["usd_per_mtok_in"].as_f64(), gpt["context_window"].as_u64()), (Some(2.5), Some(128000)));
    assert_eq!(gpt["score"][0]["benchmark"], "HumanEval");
    assert!(gpt["measured"].is_null(), "no database yet");

    let open = json(&["models", "--json", "--open"]);
    assert!(!open.is_empty() && open.iter().all(|m| m["open_weights"] == true));
    assert!(names(&open).contains(&"ollama:qwen2.5-coder:7b".to_string()) && !names(&open).contains(&"openai:gpt-4o".to_string()));
    let ollama = json(&["models", "--json", "--provider", "ollama"]);
    assert!(ollama.iter().all(|m| m["provider"] == "ollama") && ollama.len() >= 3);
    let cheap = json(&["models", "--json", "--max-price", "1"]);
    assert!(cheap.iter().all(|m| m["usd_per_mtok_in"].as_f64().unwrap() <= 1.0 && m["usd_per_mtok_out"].as_f64().unwrap() <= 1.0));
    assert!(names(&cheap).contains(&"openai:gpt-4o-mini".to_string()) && !names(&cheap).contains(&"openai:gpt-4o".to_string()));
    let big = json(&["models", "--json", "--min-context", "200000"]);
    assert!(big.iter().all(|m| m["context_window"].as_u64().unwrap() >= 200000));
    assert!(names(&big).contains(&"myserver:coder-x".to_string()) && names(&big).contains(&"anthropic:claude-sonnet-4-5".to_string()));
    assert!(!names(&big).contains(&"openai:gpt-4o".to_string()));
    let table = p.pyport(&["models", "--provider", "openai"]);
    let text = table.stdout.as_str();
    assert!(text.contains("openai:gpt-4o ") && text.contains("$2.50") && text.contains("published: HumanEval 90.2"), "{text}");
    let bad = p.pyport(&["models", "--max-price", "-3"]);
    assert_eq!(bad.code, 2);

    // Import: gpt-4o's price changes, a new model appears; the user catalog file is written.
    std::fs::write(
        p.path("prices.json"),
        r#"{"sample_spec": {"max_tokens": "LEGACY"},
            "gpt-4o": {"max_input_tokens": 128000, "max_output_tokens": 16384, "input_cost_per_token": 5e-06,
                       "output_cost_per_token": 1.5e-05, "litellm_provider": "openai", "mode": "chat"},
            "gpt-9": {"max_input_tokens": 400000, "input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06,
                      "litellm_provider": "openai", "mode": "chat"},
            "whisper-1": {"input_cost_per_second": 0.0001, "litellm_provider": "openai", "mode": "audio_transcription"}}"#,
    )
    .unwrap();
    let imp = p.pyport(&["models", "import", "prices.json"]);
    assert_eq!(imp.code, 0, "{}", imp.dump());
    assert!(imp.stdout.as_str().contains("1 added, 1 updated, 1 entry skipped"), "{}", imp.dump());
    let user = p.home_path("config/pyport/models.toml");
    let written = std::fs::read_to_string(&user).unwrap();
    assert!(written.contains("gpt-9"));
    let after = json(&["models", "--json", "--provider", "openai"]);
    let gpt = after.iter().find(|m| m["model"] == "gpt-4o").unwrap();
    assert_eq!((gpt["usd_per_mtok_in"].as_f64(), gpt["usd_per_mtok_out"].as_f64()), (Some(5.0), Some(15.0)));
    assert_eq!(gpt["score"][0]["benchmark"], "HumanEval", "facts the import lacks stay");
    assert!(gpt["price_source"].as_str().unwrap().contains("LiteLLM"));
    assert!(names(&after).contains(&"openai:gpt-9".to_string()));

    // A malformed file is refused clearly and the user catalog is left as it was.
    std::fs::write(p.path("bad.json"), "{\"gpt-4o\": {\"input_cost_per_token\": \"free\", \"litellm_provider\": \"openai\"}}").unwrap();
    let bad = p.pyport(&["models", "import", "bad.json"]);
    assert_eq!(bad.code, 2, "{}", bad.dump());
    let err = bad.stderr.as_str();
    assert!(err.contains("bad.json") && err.contains("`input_cost_per_token` must be a non-negative number"), "{err}");
    std::fs::write(p.path("trunc.json"), "{\"gpt-4o\": {").unwrap();
    let bad = p.pyport(&["models", "import", "trunc.json"]);
    assert!(bad.stderr.as_str().contains("not valid JSON"), "{}", bad.dump());
    assert_eq!(std::fs::read_to_string(&user).unwrap(), written);

    // A broken user catalog is named in the error, for listing and for LLM engines alike.
    std::fs::write(&user, "[[model]]\nprovider = \"x\"\n").unwrap();
    let broken = p.pyport(&["models"]);
    assert_eq!(broken.code, 2);
    let err = broken.stderr.as_str();
    assert!(err.contains("model catalog `") && err.contains("models.toml") && err.contains("model"), "{err}");
}
