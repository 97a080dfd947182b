//! `--target rust` end to end: the real `pyport` binary asks a local mock server (127.0.0.1) for
//! Rust, compiles the answer with the real rustc, runs it beside the real CPython and verifies it.
use std::process::Command;

mod common;
use common::Project;
use pyport_llm::mock::{MockServer, Protocol, Reply};
use pyport_llm::prompt::RUST_FLOAT_REPR;
use serde_json::Value;

const KEY: &str = "sk-rust-e2e-0123456789";

/// Big integers past 32 bits and floats whose CPython repr Rust's `{}` gets wrong.
const PROGRAM: &str = "\
def main():
    total = 0
    for i in range(1, 1001):
        total += i * i
    m = 2 ** 32
    print(total)
    print(m)
    print(m * 3 + total)
    for x in [0.1 + 0.2, total / 7, 1e16, 1e-05, 123456789.0, 2.5e-07, -0.0, 1e22, 1 / 3,
              12345678901234567.0, 0.0001, 1234567890123456.0, -1.5e-10, float('inf'), -float('inf'), float('nan')]:
        print(x)


main()
";

fn rust_program(m: &str, total_decl: &str) -> String {
    format!(
        "use std::io::Write;

{RUST_FLOAT_REPR}

fn main() {{
    let out = std::io::stdout();
    let mut w = std::io::BufWriter::new(out.lock());
    {total_decl}
    for i in 1..=1000i64 {{
        total += i * i;
    }}
    let m = {m};
    writeln!(w, \"{{}}\", total).unwrap();
    writeln!(w, \"{{}}\", m).unwrap();
    writeln!(w, \"{{}}\", m as i64 * 3 + total).unwrap();
    let xs = [0.1 + 0.2, total as f64 / 7.0, 1e16, 1e-05, 123456789.0, 2.5e-07, -0.0, 1e22, 1.0 / 3.0,
              12345678901234567.0, 0.0001, 1234567890123456.0, -1.5e-10, f64::INFINITY, f64::NEG_INFINITY, f64::NAN];
    for x in xs {{
        writeln!(w, \"{{}}\", py_float(x)).unwrap();
    }}
    w.flush().unwrap();
}}
"
    )
}

fn good_rust() -> String {
    rust_program("1i64 << 32", "let mut total: i64 = 0;")
}

/// The classic failure: a 32-bit type for a value past 32 bits prints 0.
fn wrong_rust() -> String {
    rust_program("(1u64 << 32) as u32", "let mut total: i64 = 0;")
}

/// Does not compile: a string where an integer belongs (rustc's E0308).
fn broken_rust() -> String {
    rust_program("1i64 << 32", "let mut total: i64 = \"zero\";")
}

fn answer(code: &str) -> Reply {
    Reply::Answer(format!("Here is a faithful Rust port:\n\n```rust\n{code}```\n\nIt uses i64 throughout."))
}

/// A project whose `pyport.toml` points OpenAI (the default model) at `server`.
fn project(server: &MockServer) -> Project {
    let config = format!(
        "default_model = \"openai:gpt-4o\"\n[providers.openai]\nbase_url = \"{}\"\napi_key_env = \"PYPORT_E2E_KEY\"\n",
        server.base_url()
    );
    Project::new(PROGRAM, &config, KEY)
}

#[test]
fn rust_port_is_compiled_with_rustc_verified_and_timed() {
    let server = MockServer::start(Protocol::OpenAI, vec![answer(&good_rust())]).unwrap();
    let p = project(&server);
    let r = p.pyport(&["convert", "prog.py", "--engine", "openai:gpt-4o", "--target", "rust", "--timing-budget", "0.5"]);
    assert_eq!(r.code, 0, "{}", r.dump());
    assert!(r.line("verdict").contains("verified: stdout and exit status identical to CPython"), "{}", r.dump());
    assert_eq!(r.line("target"), "target      rust");
    assert_eq!(std::fs::read_to_string(p.path("prog.rs")).unwrap(), good_rust());
    assert!(!p.path("prog.cpp").exists());
    let compiler = r.line("compiler");
    assert!(compiler.contains("rustc --edition 2021 -C opt-level=3 -C target-cpu=native"), "{}", r.dump());
    let speedup: f64 = r.line("speedup").trim_start_matches("speedup").trim().trim_end_matches('×').parse().unwrap();
    assert!(speedup > 1.0, "{}", r.dump());
    assert!(r.line("Rust ").contains("median"), "{}", r.dump());
    // The prompt asked for Rust, with the float-repr helper and rustc's flags, and no C++.
    let body = server.received()[0].body.to_string();
    for needle in ["to Rust that produces", "fn py_float(x: f64)", "overflow checks are off", "-C opt-level=3 -C target-cpu=native", "m = 2 ** 32"] {
        assert!(body.contains(needle), "request lacks `{needle}`: {body}");
    }
    assert!(!body.contains("```cpp"), "{body}");
}

#[test]
fn rustc_error_goes_back_and_round_two_verifies_json() {
    // The fixed program comes without a fence: extraction still finds it.
    let fixed = Reply::Answer(format!("Sorry, fixed:\n{}", good_rust()));
    let server = MockServer::start(Protocol::OpenAI, vec![answer(&broken_rust()), fixed]).unwrap();
    let p = project(&server);
    let r = p.pyport(&["convert", "prog.py", "--engine", "openai:gpt-4o", "--target", "rust", "--timing-budget", "0", "--json"]);
    assert_eq!(r.code, 0, "{}", r.dump());
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["verified"], true);
    assert_eq!(v["target"], "rust");
    assert_eq!(v["run"]["language"], "rust");
    assert!(v["run"]["compile_command"].as_str().unwrap().contains("--edition 2021 -C opt-level=3 -C target-cpu=native"), "{}", r.stdout);
    let rounds = v["port"]["rounds"].as_array().unwrap();
    assert_eq!(rounds.len(), 2);
    assert_eq!(rounds[0]["outcome"]["kind"], "compile_error");
    assert_eq!(rounds[1]["outcome"]["kind"], "verified");
    assert_eq!(v["llm"]["repair_rounds"], 1);
    // rustc's own error went back to the model, in a Rust repair prompt.
    let second = server.received()[1].body.to_string();
    assert!(second.contains("The Rust did not compile") && second.contains("error[E0308]") && second.contains("mismatched types"), "{second}");
    assert!(second.contains("```rust fenced block"), "{second}");
}

#[test]
fn wrong_rust_output_is_not_verified_with_the_first_differing_line() {
    let server = MockServer::start(Protocol::OpenAI, vec![answer(&wrong_rust())]).unwrap();
    let p = project(&server);
    let r = p.pyport(&["convert", "prog.py", "--engine", "openai:gpt-4o", "--target", "rust", "--repair", "0", "--timing-budget", "0"]);
    assert_eq!(r.code, 1, "{}", r.dump());
    assert!(r.line("verdict").contains("NOT VERIFIED: output differs at line 2"), "{}", r.dump());
    assert_eq!(r.line("  CPython"), "  CPython   4294967296");
    assert_eq!(r.line("  Rust"), "  Rust      0");
    assert!(r.line("rounds").contains("1 (0 repairs): 1 output differs"), "{}", r.dump());
}

#[test]
fn missing_rustc_is_a_clear_error_before_any_request() {
    let server = MockServer::start(Protocol::OpenAI, vec![answer(&good_rust())]).unwrap();
    let p = project(&server);
    // A PATH with CPython and nothing else.
    let bin = tempfile::tempdir().unwrap();
    let python = Command::new("python3").args(["-c", "import sys; print(sys.executable)"]).output().unwrap();
    let python = String::from_utf8(python.stdout).unwrap();
    std::os::unix::fs::symlink(python.trim(), bin.path().join("python3")).unwrap();
    let r = p.pyport_with_path(&["convert", "prog.py", "--engine", "openai:gpt-4o", "--target", "rust"], Some(bin.path()));
    assert_eq!(r.code, 2, "{}", r.dump());
    assert!(r.stderr.contains("no Rust compiler found") && r.stderr.contains("rustup.rs"), "{}", r.dump());
    assert!(server.received().is_empty(), "no model was asked");
    assert!(!p.path("prog.rs").exists());
}

#[test]
fn builtin_cannot_target_rust_and_auto_goes_to_the_model() {
    let server = MockServer::start(Protocol::OpenAI, vec![answer(&good_rust())]).unwrap();
    let p = project(&server);
    for args in [&["convert", "prog.py", "--target", "rust"][..], &["compare", "prog.py", "--engines", "builtin,openai:gpt-4o", "--target", "rust"]] {
        let r = p.pyport(args);
        assert_eq!(r.code, 2, "{}", r.dump());
        assert!(r.stderr.contains("the builtin engine emits C++ only; use an LLM engine"), "{}", r.dump());
    }
    let r = p.pyport(&["convert", "prog.py", "--target", "rust", "-o", "prog.py", "--engine", "openai:gpt-4o"]);
    assert_eq!(r.code, 2, "{}", r.dump());
    assert!(r.stderr.contains("is the input file"), "{}", r.dump());
    assert!(server.received().is_empty());
    // The builtin engine compiles this program, but it writes no Rust: auto asks the model.
    let r = p.pyport(&["convert", "prog.py", "--engine", "auto", "--target", "rust", "--timing-budget", "0"]);
    assert_eq!(r.code, 0, "{}", r.dump());
    assert!(r.line("engine").contains("openai:gpt-4o (chosen by --engine auto)"), "{}", r.dump());
    assert_eq!(server.received().len(), 1);
    assert_eq!(std::fs::read_to_string(p.path("prog.rs")).unwrap(), good_rust());
}

#[test]
fn compare_targets_rust() {
    let server = MockServer::start(Protocol::OpenAI, vec![answer(&good_rust())]).unwrap();
    let p = project(&server);
    let out = p.path("ports");
    let r = p.pyport(&["compare", "prog.py", "--engines", "openai:gpt-4o", "--target", "rust", "--out-dir", out.to_str().unwrap(), "--repair", "0", "--timing-budget", "0", "--json"]);
    assert_eq!(r.code, 0, "{}", r.dump());
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["target"], "rust");
    assert_eq!(v["engines"][0]["verified"], true, "{}", r.stdout);
    assert!(v["engines"][0]["run"]["compile_command"].as_str().unwrap().contains("target-cpu=native"));
    assert_eq!(std::fs::read_to_string(out.join("prog.openai_gpt-4o.rs")).unwrap(), good_rust());
}

#[test]
fn doctor_lists_rustc() {
    let server = MockServer::start(Protocol::OpenAI, vec![]).unwrap();
    let p = project(&server);
    let r = p.pyport(&["doctor", "--json"]);
    let v: Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}\n{}", r.dump()));
    assert!(v["rustc"]["path"].as_str().unwrap().ends_with("/rustc"), "{}", r.stdout);
    assert!(v["rustc"]["version"].as_str().unwrap().contains('.'), "{}", r.stdout);
}
