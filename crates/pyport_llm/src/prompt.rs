//! The prompts: what a model must know to port a Python program to C++ (or Rust) that pyport can verify.
use serde::Serialize;

use crate::repair::CheckOutcome;

/// Where the C++ will be compiled and run; stated in the prompt.
#[derive(Clone, Debug, Default)]
pub struct Target {
    /// e.g. `x86_64, 2 cores, AMD EPYC …`
    pub machine: String,
    /// e.g. `g++ (Debian 14.2.0-19) 14.2.0`
    pub compiler: String,
    /// e.g. `-O3 -march=native -std=c++20 -ffp-contract=off`
    pub flags: String,
}

/// The language a model ports to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// C++ (the default; the builtin engine's language too).
    #[default]
    Cpp,
    /// Rust, std only, one file (`--target rust`).
    Rust,
}

impl Lang {
    /// The name in prose: `C++`, `Rust`.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Cpp => "C++",
            Lang::Rust => "Rust",
        }
    }
    /// The info string of the fenced block the model must answer with.
    pub fn fence(self) -> &'static str {
        match self {
            Lang::Cpp => "cpp",
            Lang::Rust => "rust",
        }
    }
    /// The file extension of ported code: `cpp`, `rs`.
    pub fn extension(self) -> &'static str {
        match self {
            Lang::Cpp => "cpp",
            Lang::Rust => "rs",
        }
    }
}

/// The system prompt (unless the config replaces it).
pub fn system_prompt(target: &Target) -> String {
    format!(
        "You are an expert at porting Python programs to fast, correct, portable C++.\n\
Your C++ is compiled and run by an automatic checker, and accepted only if it behaves exactly like the Python program under CPython:\n\
- Standard output must be identical to the byte: same text, same spacing, same line breaks, same number formatting. \
Floats must print exactly as CPython prints them: `print(x)` uses the shortest repr that round-trips \
(`0.1`, `1e-05`, `1e+16`, `2.0`, `inf`, `nan`, `-0.0`), and format specs (`{{:.3f}}`, `%g`) behave as in Python. \
Do not use `std::cout << double` defaults or `printf(\"%f\")` where Python prints a repr.\n\
- Integers follow Python semantics: unbounded, `//` and `%` floor toward negative infinity, `**` exact. \
Choose types wide enough for every value the program can reach, or implement big integers. \
A classic failure: `unsigned int m = 4294967296;` silently becomes 0 and the program prints wrong numbers. \
Never let a value wrap around.\n\
- The exit status must match: where Python raises an uncaught exception, exit with status 1.\n\
- The program will also be run with other inputs and command-line arguments than any shown here: \
port the program's logic, never precompute or hard-code its output.\n\
- Use no fast-math tricks: results must match IEEE double arithmetic as CPython does it.\n\
The code is compiled as one file with: {compiler} {flags}\n\
on this machine: {machine}\n\
Write a single, complete C++ file using only the standard library, with a `main` function. \
Answer with only the code, in one ```cpp fenced block, with no explanation.",
        compiler = if target.compiler.is_empty() { "a C++20 compiler" } else { &target.compiler },
        flags = if target.flags.is_empty() { "-O3 -std=c++20" } else { &target.flags },
        machine = if target.machine.is_empty() { "unknown" } else { &target.machine },
    )
}

/// The first-round user prompt: the program itself.
pub fn user_prompt(file_name: &str, python: &str, extra: Option<&str>) -> String {
    let mut p = format!(
        "Port this Python program (`{file_name}`) to C++ that produces identical output, as fast as possible.\n\n```python\n{}\n```\n",
        python.trim_end()
    );
    if let Some(e) = extra.filter(|e| !e.trim().is_empty()) {
        p.push('\n');
        p.push_str(e.trim());
        p.push('\n');
    }
    p
}

/// At most this many lines of compiler errors go back to the model.
const MAX_ERROR_LINES: usize = 40;
/// Longest line quoted back to the model.
const MAX_LINE: usize = 300;

fn trim_lines(text: &str, max_lines: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = lines
        .iter()
        .take(max_lines)
        .map(|l| if l.chars().count() > MAX_LINE { format!("{}…", l.chars().take(MAX_LINE).collect::<String>()) } else { l.to_string() })
        .collect();
    if lines.len() > max_lines {
        out.push(format!("… ({} more lines)", lines.len() - max_lines));
    }
    out.join("\n")
}

/// Only the compiler's `error:` lines and their context matter; warnings and notes are dropped first.
pub fn trim_compiler_errors(stderr: &str) -> String {
    let important: Vec<&str> = stderr
        .lines()
        .filter(|l| !l.contains("warning:") && !l.contains("note:") && !l.trim_start().starts_with("In file included"))
        .collect();
    trim_lines(&important.join("\n"), MAX_ERROR_LINES)
}

/// The user prompt asking for a corrected program after `outcome`; `None` for a verified program.
pub fn repair_prompt(outcome: &CheckOutcome) -> Option<String> {
    repair_prompt_for(Lang::Cpp, outcome)
}

/// The repair prompt for a program in `lang`; `None` for a verified program.
pub fn repair_prompt_for(lang: Lang, outcome: &CheckOutcome) -> Option<String> {
    let (l, fence) = (lang.name(), lang.fence());
    let body = match outcome {
        CheckOutcome::Verified | CheckOutcome::Unjudgeable(_) => return None,
        CheckOutcome::NoCode => format!("Your answer contained no {l} program. Answer with the complete {l} file in one ```{fence} fenced block."),
        CheckOutcome::CompileError(e) => format!(
            "The {l} did not compile. The compiler said:\n```\n{}\n```\nFix it.",
            trim_compiler_errors(e)
        ),
        CheckOutcome::WrongOutput { expected, actual } => format!(
            "The {l} compiled and ran but its output differs from CPython's. First differing lines:\nexpected (CPython):\n```\n{}\n```\nactual (your {l}):\n```\n{}\n```\nFind the cause (integer width, float formatting, rounding, iteration order…) and fix it.",
            trim_lines(expected, 10),
            trim_lines(actual, 10)
        ),
        CheckOutcome::Crash(e) => format!(
            "The {l} program crashed or ended with a different exit status than CPython:\n```\n{}\n```\nFix it.",
            trim_lines(e, 20)
        ),
        CheckOutcome::Timeout => format!("The {l} program did not finish within the time limit (CPython did). Look for an infinite loop or a wrong loop bound and fix it."),
    };
    Some(format!("{body}\nAnswer with the complete corrected {l} file in one ```{fence} fenced block, and nothing else."))
}

/// A helper that prints an `f64` exactly as CPython's `repr` does, put into the Rust prompt: models
/// reliably get this wrong (`{}` prints `1e16` as `10000000000000000` and `1.0` as `1`).
pub const RUST_FLOAT_REPR: &str = r#"fn py_float(x: f64) -> String {
    if x.is_nan() { return "nan".into(); }
    if x.is_infinite() { return if x > 0.0 { "inf".into() } else { "-inf".into() }; }
    if x == 0.0 { return if x.is_sign_negative() { "-0.0".into() } else { "0.0".into() }; }
    // `{:e}` gives the shortest round-trip digits, e.g. "1.2345e-7".
    let s = format!("{:e}", x);
    let (mant, exp) = s.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let (sign, mant) = if let Some(m) = mant.strip_prefix('-') { ("-", m) } else { ("", mant) };
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let n = digits.len() as i32;
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            if n <= exp + 1 {
                format!("{sign}{}{}.0", digits, "0".repeat((exp + 1 - n) as usize))
            } else {
                format!("{sign}{}.{}", &digits[..(exp + 1) as usize], &digits[(exp + 1) as usize..])
            }
        } else {
            format!("{sign}0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        }
    } else {
        let m = if n == 1 { digits.clone() } else { format!("{}.{}", &digits[..1], &digits[1..]) };
        format!("{sign}{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    }
}"#;

/// The system prompt for `--target rust` (unless the config replaces it).
pub fn rust_system_prompt(target: &Target) -> String {
    format!(
        "You are an expert at porting Python programs to fast, correct Rust.\n\
Your Rust is compiled and run by an automatic checker, and accepted only if it behaves exactly like the Python program under CPython:\n\
- Standard output must be identical to the byte: same text, same spacing, same line breaks, same number formatting.\n\
- Floats must print exactly as CPython prints them. `print(x)` and `str(x)` use the shortest repr that round-trips: \
`0.1`, `2.0`, `1e-05`, `1e+16`, `123456789.0`, `inf`, `nan`, `-0.0`. Rust's `{{}}` and `{{:?}}` do NOT do this \
(`{{}}` prints `1` for 1.0 and `10000000000000000` for 1e16; `{{:?}}` prints `1e16` and `1e-5`). \
Print every float that Python prints with `str`/`repr` through this helper, copied as is:\n\
```rust\n{repr}\n```\n\
Format specs behave as in Python: `f\"{{x:.3f}}\"` is `format!(\"{{:.3}}\", x)` (both round half to even on the exact binary value), \
`round(x, n)` returns a float printed by its repr, `round(x)` rounds half to even.\n\
- Python's `int` is unbounded. Rust's `i64` arithmetic silently wraps in this optimised build (overflow checks are off), so a \
value past 2**63 prints a wrong number. Use `i64` only where every value provably fits; use `i128`, or `checked_*` \
operations, or implement a big integer where values can grow larger (e.g. `2**100`, factorials, products, hashes mod a large number). \
Never let a value wrap around.\n\
- `//` and `%` floor toward negative infinity with the sign of the divisor: `-7 // 2 == -4`, `-7 % 2 == 1`, `7 % -2 == -1`. \
Rust's `/` and `%` truncate, and `div_euclid`/`rem_euclid` differ from Python for negative divisors: write floor helpers. \
`/` on ints is true division giving a float; `**` is exact.\n\
- The exit status must match: where Python raises an uncaught exception, print CPython's traceback last line \
(e.g. `ZeroDivisionError: division by zero`) to stderr and exit with status 1 via `std::process::exit(1)`. A Rust panic exits \
with status 101, which does not match: do not let the program panic.\n\
- Read input exactly as the Python does: `input()` and `sys.stdin` from standard input (`std::io::stdin()`), `sys.argv[1:]` \
from `std::env::args().skip(1)`. The program will also be run with other inputs and command-line arguments than any shown here: \
port the program's logic, never precompute or hard-code its output.\n\
- For speed, write output through one `std::io::BufWriter` over `stdout().lock()` and flush it before the program ends \
(also before `std::process::exit`, which does not run destructors). Print in the same order as Python, interleaving nothing.\n\
- Use no fast-math tricks: results must match IEEE double arithmetic as CPython does it (`f64`; no `mul_add` unless Python calls `math.fma`).\n\
The code is compiled as one file with: {compiler} {flags} prog.rs -o prog\n\
on this machine: {machine}\n\
Write a single, complete Rust file with `fn main()`, using only the standard library (no external crates, no `extern crate`, \
no Cargo). Answer with only the code, in one ```rust fenced block, with no explanation.",
        repr = RUST_FLOAT_REPR,
        compiler = if target.compiler.is_empty() { "rustc" } else { &target.compiler },
        flags = if target.flags.is_empty() { "--edition 2021 -C opt-level=3" } else { &target.flags },
        machine = if target.machine.is_empty() { "unknown" } else { &target.machine },
    )
}

/// The system prompt for `lang`.
pub fn system_prompt_for(lang: Lang, target: &Target) -> String {
    match lang {
        Lang::Cpp => system_prompt(target),
        Lang::Rust => rust_system_prompt(target),
    }
}

/// The first-round user prompt for `lang`.
pub fn user_prompt_for(lang: Lang, file_name: &str, python: &str, extra: Option<&str>) -> String {
    let p = user_prompt(file_name, python, extra);
    match lang {
        Lang::Cpp => p,
        Lang::Rust => p.replacen("to C++ that produces", "to Rust that produces", 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_prompt_states_what_matters() {
        let t = Target { machine: "x86_64".into(), compiler: "g++ 14".into(), flags: "-O3 -ffp-contract=off".into() };
        let p = system_prompt(&t);
        for needle in ["identical to the byte", "1e-05", "unsigned int m = 4294967296", "g++ 14 -O3 -ffp-contract=off", "x86_64", "single, complete C++ file", "only the code", "other inputs and command-line arguments"] {
            assert!(p.contains(needle), "system prompt lacks `{needle}`");
        }
    }

    #[test]
    fn compiler_errors_are_trimmed_to_errors() {
        let mut err = String::from("In file included from x.cpp:1:\nx.cpp:3:1: warning: unused\n");
        for i in 0..100 {
            err.push_str(&format!("x.cpp:{i}:1: error: bad {i}\n"));
        }
        let t = trim_compiler_errors(&err);
        assert!(!t.contains("warning") && !t.contains("In file included"));
        assert!(t.contains("error: bad 0") && !t.contains("error: bad 60") && t.contains("more lines"));
        let p = repair_prompt(&CheckOutcome::CompileError(err)).unwrap();
        assert!(p.contains("did not compile") && p.contains("error: bad 1"));
    }

    #[test]
    fn repair_prompts_quote_the_difference() {
        let p = repair_prompt(&CheckOutcome::WrongOutput { expected: "4294967296".into(), actual: "0".into() }).unwrap();
        assert!(p.contains("4294967296") && p.contains("actual (your C++):\n```\n0\n```"));
        assert!(repair_prompt(&CheckOutcome::Timeout).unwrap().contains("time limit"));
        assert!(repair_prompt(&CheckOutcome::Crash("Segmentation fault".into())).unwrap().contains("Segmentation fault"));
        assert!(repair_prompt(&CheckOutcome::Verified).is_none());
        assert!(repair_prompt(&CheckOutcome::Unjudgeable("python3 crashed".into())).is_none());
    }

    #[test]
    fn user_prompt_carries_the_program_and_extra() {
        let p = user_prompt("p.py", "print(1)\n", Some("Prefer int64_t."));
        assert!(p.contains("```python\nprint(1)\n```") && p.ends_with("Prefer int64_t.\n"));
    }

    #[test]
    fn rust_prompts_speak_rust() {
        let t = Target { machine: "x86_64".into(), compiler: "rustc 1.95.0".into(), flags: "--edition 2021 -C opt-level=3".into() };
        let p = system_prompt_for(Lang::Rust, &t);
        for needle in ["identical to the byte", "1e-05", "1e+16", "fn py_float(x: f64)", "overflow checks are off", "-7 // 2 == -4", "status 101", "std::env::args().skip(1)", "only the standard library", "```rust", "rustc 1.95.0 --edition 2021 -C opt-level=3", "x86_64"] {
            assert!(p.contains(needle), "Rust system prompt lacks `{needle}`");
        }
        assert!(!p.contains("C++"));
        assert_eq!(system_prompt_for(Lang::Cpp, &t), system_prompt(&t));
        let u = user_prompt_for(Lang::Rust, "p.py", "print('C++ to C++')\n", None);
        assert!(u.starts_with("Port this Python program (`p.py`) to Rust") && u.contains("print('C++ to C++')"));
        let r = repair_prompt_for(Lang::Rust, &CheckOutcome::CompileError("error[E0308]: mismatched types".into())).unwrap();
        assert!(r.contains("The Rust did not compile") && r.contains("E0308") && r.contains("```rust fenced block") && !r.contains("C++"));
        // What is quoted back stays as it was, even when it names C++.
        let r = repair_prompt_for(Lang::Rust, &CheckOutcome::WrongOutput { expected: "C++".into(), actual: "Rust".into() }).unwrap();
        assert!(r.contains("expected (CPython):\n```\nC++\n```") && r.contains("actual (your Rust):"));
        assert_eq!(repair_prompt_for(Lang::Cpp, &CheckOutcome::Timeout), repair_prompt(&CheckOutcome::Timeout));
    }
}
