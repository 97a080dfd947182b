//! LLM engines end to end: the real `pyport` binary, configured through `pyport.toml` to talk to
//! local servers (127.0.0.1) speaking each provider's wire protocol; the C++ they return is really
//! compiled with the C++ compiler and run beside CPython.
use std::path::Path;

mod common;
use common::Project;
use pyport_llm::mock::{MockServer, Protocol, Reply};
use serde_json::Value;

const KEY: &str = "sk-e2e-TOPSECRET-0123456789";

const PROGRAM: &str = "\
def main():
    total = 0
    for i in range(1, 1001):
        total += i * i
    m = 2 ** 32
    print(total)
    print(m)
    print(m * 3 + total)


main()
";

const GOOD_CPP: &str = "#include <cstdio>
#include <cstdint>

int main() {
    int64_t total = 0;
    for (int64_t i = 1; i <= 1000; ++i) total += i * i;
    int64_t m = 4294967296LL;
    std::printf(\"%lld\\n\", (long long)total);
    std::printf(\"%lld\\n\", (long long)m);
    std::printf(\"%lld\\n\", (long long)(m * 3 + total));
    return 0;
}
";

/// The classic failure: a 32-bit type for a value past 32 bits prints 0.
const WRONG_CPP: &str = "#include <cstdio>

int main() {
    long long total = 0;
    for (long long i = 1; i <= 1000; ++i) total += i * i;
    unsigned int m = 4294967296;
    std::printf(\"%lld\\n\", total);
    std::printf(\"%u\\n\", m);
    std::printf(\"%lld\\n\", (long long)m * 3 + total);
    return 0;
}
";

const BROKEN_CPP: &str = "#include <cstdio>

int main() {
    long long total = 0
    std::printf(\"%lld\\n\", total);
}
";

fn answer(code: &str) -> Reply {
    Reply::Answer(format!("Sure. Here is a faithful C++ port:\n\n```cpp\n{code}```\n\nIt uses 64-bit integers throughout."))
}

/// A project with the test program and `config` as its `pyport.toml`.
fn project(config: &str) -> Project {
    Project::new(PROGRAM, config, KEY)
}

fn provider_config(name: &str, server: &MockServer) -> String {
    format!("[providers.{name}]\nbase_url = \"{}\"\napi_key_env = \"PYPORT_E2E_KEY\"\n", server.base_url())
}

fn everything_under(dir: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(everything_under(&p));
            } else if let Ok(b) = std::fs::read(&p) {
                out.extend(b);
            }
        }
    }
    out
}

#[test]
fn openai_port_is_compiled_verified_timed_and_costed() {
    let server = MockServer::start(Protocol::OpenAI, vec![answer(GOOD_CPP)]).unwrap();
    let p = project(&provider_config("openai", &server));
    let r = p.pyport(&["convert", "prog.py", "--engine", "openai:gpt-4o", "--timing-budget", "0", "--stream"]);
    assert_eq!(r.code, 0, "{}", r.dump());
    assert!(r.line("verdict").contains("verified: stdout and exit status identical to CPython"), "{}", r.dump());
    assert_eq!(std::fs::read_to_string(p.path("prog.cpp")).unwrap(), GOOD_CPP);
    assert!(r.line("engine").ends_with("openai:gpt-4o"));
    assert!(r.line("rounds").contains("1 (0 repairs): 1 verified"), "{}", r.dump());
    assert!(r.line("tokens").contains(" in, "), "{}", r.dump());
    assert!(r.line("cost").starts_with("cost        $0.0"), "{}", r.dump());
    assert!(r.line("speedup").contains('×'));
    assert!(r.stderr.contains("It uses 64-bit integers throughout."), "--stream shows the answer\n{}", r.dump());
    // The prompt carried the program, the compiler flags and the big-int warning.
    let body = server.received()[0].body.to_string();
    assert!(body.contains("m = 2 ** 32") && body.contains("-ffp-contract=off") && body.contains("4294967296"), "{body}");
    // The key is in the request header only: never in the output, the cache or any file.
    assert_eq!(server.received()[0].header("authorization"), Some(format!("Bearer {KEY}").as_str()));
    assert!(!r.stdout.contains(KEY) && !r.stderr.contains(KEY));
    let stored = everything_under(p.home.path());
    assert!(!stored.is_empty(), "the cache file was written");
    assert!(!stored.windows(KEY.len()).any(|w| w == KEY.as_bytes()), "the key is in a file under HOME");
    assert!(!everything_under(p.dir.path()).windows(KEY.len()).any(|w| w == KEY.as_bytes()));
}

#[test]
fn compile_error_goes_back_and_round_two_verifies_json() {
    let server = MockServer::start(Protocol::Ollama, vec![answer(BROKEN_CPP), answer(GOOD_CPP)]).unwrap();
    let p = project(&format!("[providers.ollama]\nbase_url = \"{}\"\n", server.base_url()));
    let r = p.pyport(&["convert", "prog.py", "--engine", "ollama:qwen2.5-coder:7b", "--timing-budget", "0", "--json"]);
    assert_eq!(r.code, 0, "{}", r.dump());
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["verified"], true);
    let rounds = v["port"]["rounds"].as_array().unwrap();
    assert_eq!(rounds.len(), 2);
    assert_eq!(rounds[0]["outcome"]["kind"], "compile_error");
    assert_eq!(rounds[0]["code"], BROKEN_CPP);
    assert_eq!(rounds[1]["outcome"]["kind"], "verified");
    assert_eq!(v["llm"]["repair_rounds"], 1);
    assert_eq!(v["llm"]["cost_usd"], 0.0, "a local Ollama model costs nothing per token");
    assert!(v["llm"]["tokens_out"].as_u64().unwrap() > 0);
    // The real compiler's error went back to the model.
    let second = server.received()[1].body.to_string();
    assert!(second.contains("did not compile") && second.contains("error:") && second.contains("expected"), "{second}");
}

#[test]
fn wrong_number_is_not_verified_and_is_repaired_with_the_difference() {
    let server = MockServer::start(Protocol::Anthropic, vec![answer(WRONG_CPP), answer(WRONG_CPP)]).unwrap();
    let p = project(&provider_config("anthropic", &server));
    let r = p.pyport(&["convert", "prog.py", "--engine", "anthropic:claude-sonnet-4-5", "--repair", "1", "--timing-budget", "0"]);
    assert_eq!(r.code, 1, "{}", r.dump());
    assert!(r.line("verdict").contains("NOT VERIFIED: output differs at line 2"), "{}", r.dump());
    assert!(r.line("rounds").contains("2 (1 repair): 1 output differs, 2 output differs"), "{}", r.dump());
    let second = server.received()[1].body.to_string();
    assert!(second.contains("line 2: 4294967296") && second.contains("line 2: 0"), "{second}");
}

#[test]
fn unauthorized_is_a_clear_error_without_the_key() {
    let body = format!(r#"{{"error":{{"code":401,"message":"API key not valid: {KEY}","status":"UNAUTHENTICATED"}}}}"#);
    let server = MockServer::start(Protocol::Gemini, vec![Reply::Status { status: 401, headers: vec![], body }]).unwrap();
    let p = project(&provider_config("gemini", &server));
    let r = p.pyport(&["convert", "prog.py", "--engine", "gemini:gemini-2.5-pro"]);
    assert_eq!(r.code, 2, "{}", r.dump());
    assert!(r.stderr.contains("pyport: error: `gemini` answered HTTP 401") && r.stderr.contains("PYPORT_E2E_KEY"), "{}", r.dump());
    assert!(!r.stderr.contains(KEY) && !r.stdout.contains(KEY), "{}", r.dump());
    assert!(!p.path("prog.cpp").exists());
}

#[test]
fn answers_are_cached_unless_no_cache() {
    let server = MockServer::start(Protocol::OpenAI, vec![answer(GOOD_CPP), answer(GOOD_CPP)]).unwrap();
    let p = project(&provider_config("openai", &server));
    let args = ["convert", "prog.py", "--engine", "openai:gpt-4o-mini", "--timing-budget", "0"];
    assert_eq!(p.pyport(&args).code, 0);
    let again = p.pyport(&args);
    assert_eq!(again.code, 0, "{}", again.dump());
    assert!(again.stderr.contains("answered from the local cache"), "{}", again.dump());
    assert_eq!(server.received().len(), 1);
    let mut no_cache = args.to_vec();
    no_cache.push("--no-cache");
    assert_eq!(p.pyport(&no_cache).code, 0);
    assert_eq!(server.received().len(), 2);
}

#[test]
fn unknown_provider_lists_the_valid_ones() {
    let p = project("[endpoints.myserver]\nbase_url = \"http://127.0.0.1:9/v1/\"\n");
    let r = p.pyport(&["convert", "prog.py", "--engine", "nosuch:model"]);
    assert_eq!(r.code, 2, "{}", r.dump());
    for name in ["openai", "anthropic", "gemini", "ollama", "groq", "deepseek", "myserver"] {
        assert!(r.stderr.contains(name), "{name}\n{}", r.dump());
    }
}

#[test]
fn named_endpoint_serves_a_model_with_colons_and_slashes() {
    let server = MockServer::start(Protocol::OpenAI, vec![answer(GOOD_CPP)]).unwrap();
    let p = project(&format!("[endpoints.myserver]\nbase_url = \"{}\"\n", server.base_url()));
    let r = p.pyport(&["convert", "prog.py", "--engine", "myserver:Qwen/Qwen2.5-Coder-32B-Instruct", "--timing-budget", "0"]);
    assert_eq!(r.code, 0, "{}", r.dump());
    assert_eq!(server.received()[0].body["model"], "Qwen/Qwen2.5-Coder-32B-Instruct");
    assert_eq!(r.line("cost"), "cost        unknown", "no price for an unknown served model");
}

#[test]
fn compare_prints_one_table_for_builtin_and_llms() {
    let openai = MockServer::start(Protocol::OpenAI, vec![answer(GOOD_CPP)]).unwrap();
    let gemini = MockServer::start(Protocol::Gemini, vec![answer(WRONG_CPP), answer(WRONG_CPP)]).unwrap();
    let p = project(&(provider_config("openai", &openai) + &provider_config("gemini", &gemini)));
    let r = p.pyport(&["compare", "prog.py", "--engines", "builtin,openai:gpt-4o,gemini:gemini-2.5-pro", "--repair", "1", "--timing-budget", "0"]);
    assert_eq!(r.code, 1, "one engine did not verify\n{}", r.dump());
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(lines[0].starts_with("engine") && lines[0].contains("speedup") && lines[0].contains("cost"), "{}", r.dump());
    let row = |name: &str| *lines.iter().find(|l| l.starts_with(name)).unwrap_or_else(|| panic!("no row {name}\n{}", r.dump()));
    assert!(row("builtin ").contains("verified") && row("builtin ").contains('×'), "{}", r.dump());
    let o = row("openai:gpt-4o");
    assert!(o.contains("verified") && o.contains('×') && o.contains("$0.0"), "{}", r.dump());
    let g = row("gemini:gemini-2.5-pro");
    assert!(g.contains("output differs") && !g.contains('×'), "{}", r.dump());
    assert_eq!(gemini.received().len(), 2, "one repair round");
    assert!(!p.path("prog.cpp").exists(), "compare writes into a scratch directory by default");
}

#[test]
fn auto_uses_builtin_when_it_can_and_the_default_model_with_its_findings_otherwise() {
    let server = MockServer::start(Protocol::OpenAI, vec![answer(GOOD_CPP)]).unwrap();
    let config = format!("default_model = \"openai:gpt-4o\"\n{}", provider_config("openai", &server));
    let p = project(&config);
    let r = p.pyport(&["convert", "prog.py", "--engine", "auto", "--timing-budget", "0"]);
    assert_eq!(r.code, 0, "{}", r.dump());
    assert_eq!(r.line("engine"), "engine      builtin");
    assert!(server.received().is_empty(), "the builtin engine compiled it; no model was asked");
    // A metaclass is beyond the builtin engine: the default model gets the program and the findings.
    let with_class = PROGRAM.replace("def main():", "class Box(metaclass=type):\n    pass\n\n\ndef main():");
    std::fs::write(p.path("prog.py"), with_class).unwrap();
    let r = p.pyport(&["convert", "prog.py", "--engine", "auto", "--timing-budget", "0"]);
    assert_eq!(r.code, 0, "{}", r.dump());
    assert_eq!(r.line("engine"), "engine      openai:gpt-4o (chosen by --engine auto)");
    let body = server.received()[0].body.to_string();
    assert!(body.contains("could not translate") && body.contains("class Box") && body.contains("prog.py:1"), "{body}");
    // Without a default model, auto says what to set.
    std::fs::write(p.path("pyport.toml"), provider_config("openai", &server)).unwrap();
    let r = p.pyport(&["convert", "prog.py", "--engine", "auto"]);
    assert_eq!(r.code, 2, "{}", r.dump());
    assert!(r.stderr.contains("default_model"), "{}", r.dump());
}
