//! The prompts: what a model must know to port a Python program to C++ that pyport can verify.
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
    let body = match outcome {
        CheckOutcome::Verified | CheckOutcome::Unjudgeable(_) => return None,
        CheckOutcome::NoCode => "Your answer contained no C++ program. Answer with the complete C++ file in one ```cpp fenced block.".to_string(),
        CheckOutcome::CompileError(e) => format!(
            "The C++ did not compile. The compiler said:\n```\n{}\n```\nFix it.",
            trim_compiler_errors(e)
        ),
        CheckOutcome::WrongOutput { expected, actual } => format!(
            "The C++ compiled and ran but its output differs from CPython's. First differing lines:\nexpected (CPython):\n```\n{}\n```\nactual (your C++):\n```\n{}\n```\nFind the cause (integer width, float formatting, rounding, iteration order…) and fix it.",
            trim_lines(expected, 10),
            trim_lines(actual, 10)
        ),
        CheckOutcome::Crash(e) => format!(
            "The C++ program crashed or ended with a different exit status than CPython:\n```\n{}\n```\nFix it.",
            trim_lines(e, 20)
        ),
        CheckOutcome::Timeout => "The C++ program did not finish within the time limit (CPython did). Look for an infinite loop or a wrong loop bound and fix it.".to_string(),
    };
    Some(format!("{body}\nAnswer with the complete corrected C++ file in one ```cpp fenced block, and nothing else."))
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
}
