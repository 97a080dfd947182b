//! Finds the C++ (or Rust) program in a model's answer: prose around it, several fenced blocks, no fence, or an unterminated one.
use crate::prompt::Lang;

/// One fenced block: its info string (language) and body.
#[derive(Debug, PartialEq)]
struct Block<'a> {
    lang: String,
    body: &'a str,
}

/// Fenced blocks in order; an unterminated last fence runs to the end of the text.
fn fenced_blocks(text: &str) -> Vec<Block<'_>> {
    let mut blocks = Vec::new();
    let mut pos = 0;
    let mut open: Option<(String, usize, String)> = None; // (lang, body start, fence)
    while pos < text.len() {
        let end = text[pos..].find('\n').map(|i| pos + i + 1).unwrap_or(text.len());
        let line = &text[pos..end];
        let trimmed = line.trim();
        match &open {
            None => {
                let ticks = trimmed.chars().take_while(|&c| c == '`' || c == '~').count();
                if ticks >= 3 {
                    let fence = trimmed[..ticks].to_string();
                    let lang = trimmed[ticks..].trim().to_ascii_lowercase();
                    open = Some((lang, end, fence));
                }
            }
            Some((lang, start, fence)) => {
                if trimmed.starts_with(fence.as_str()) && trimmed.chars().all(|c| c == fence.chars().next().unwrap_or('`')) {
                    blocks.push(Block { lang: lang.clone(), body: &text[*start..pos] });
                    open = None;
                }
            }
        }
        pos = end;
    }
    if let Some((lang, start, _)) = open {
        blocks.push(Block { lang, body: &text[start.min(text.len())..] });
    }
    blocks
}

fn is_cpp_lang(lang: &str) -> bool {
    let l = lang.split_whitespace().next().unwrap_or("");
    matches!(l, "cpp" | "c++" | "cxx" | "cc" | "hpp" | "h++")
}

fn has_main(code: &str) -> bool {
    code.contains("main(") || code.contains("main (")
}

fn looks_like_cpp(code: &str) -> bool {
    code.contains("#include") && has_main(code)
}

/// The C++ program in `answer`, or `None` when there is none.
///
/// Preference: the largest ```cpp/```c++ block containing `main`; else the largest fenced block of
/// any language that looks like C++ (`#include` and `main`); else, with no usable fence, the text
/// from the first `#include` to the end when that holds a `main`.
pub fn extract_code(answer: &str) -> Option<String> {
    let blocks = fenced_blocks(answer);
    let pick = |pred: &dyn Fn(&Block) -> bool| {
        blocks.iter().filter(|b| pred(b)).max_by_key(|b| b.body.len()).map(|b| b.body.trim_matches('\n').to_string() + "\n")
    };
    if let Some(c) = pick(&|b| is_cpp_lang(&b.lang) && has_main(b.body)) {
        return Some(c);
    }
    if let Some(c) = pick(&|b| looks_like_cpp(b.body)) {
        return Some(c);
    }
    // No fence around the code: take from the first `#include` line on, dropping fence lines.
    let start = answer.find("#include")?;
    let line_start = answer[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let rest: Vec<&str> = answer[line_start..].lines().filter(|l| !l.trim_start().starts_with("```")).collect();
    let code = rest.join("\n");
    has_main(&code).then(|| code.trim_end().to_string() + "\n")
}

/// The program in `lang` in `answer`, or `None` when there is none.
pub fn extract_code_for(lang: Lang, answer: &str) -> Option<String> {
    match lang {
        Lang::Cpp => extract_code(answer),
        Lang::Rust => extract_rust(answer),
    }
}

fn is_rust_lang(lang: &str) -> bool {
    matches!(lang.split_whitespace().next().unwrap_or(""), "rust" | "rs")
}

fn has_fn_main(code: &str) -> bool {
    code.contains("fn main(") || code.contains("fn main (")
}

/// Whether a line can start a Rust file (an item, an attribute, a `use` or a comment).
fn starts_rust_item(line: &str) -> bool {
    let l = line.trim_start();
    ["use ", "fn ", "pub ", "const ", "static ", "struct ", "enum ", "impl", "trait ", "type ", "mod ", "#[", "#!", "//", "/*", "macro_rules!"]
        .iter()
        .any(|p| l.starts_with(p))
}

/// The Rust program in `answer`, or `None` when there is none.
///
/// Preference: the largest ```rust/```rs block containing `fn main`; else the largest fenced block
/// of any language containing `fn main`; else, with no usable fence, the text from the first line
/// that starts a Rust item to the end when that holds `fn main`.
pub fn extract_rust(answer: &str) -> Option<String> {
    let blocks = fenced_blocks(answer);
    let pick = |pred: &dyn Fn(&Block) -> bool| {
        blocks.iter().filter(|b| pred(b)).max_by_key(|b| b.body.len()).map(|b| b.body.trim_matches('\n').to_string() + "\n")
    };
    if let Some(c) = pick(&|b| is_rust_lang(&b.lang) && has_fn_main(b.body)) {
        return Some(c);
    }
    if let Some(c) = pick(&|b| has_fn_main(b.body)) {
        return Some(c);
    }
    let lines: Vec<&str> = answer.lines().collect();
    let start = lines.iter().position(|l| starts_rust_item(l))?;
    let code: Vec<&str> = lines[start..].iter().copied().filter(|l| !l.trim_start().starts_with("```")).collect();
    let code = code.join("\n");
    has_fn_main(&code).then(|| code.trim_end().to_string() + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROG: &str = "#include <cstdio>\nint main() {\n    std::puts(\"hi\");\n}\n";

    #[test]
    fn fenced_block_with_prose_around() {
        let a = format!("Here is the port:\n\n```cpp\n{PROG}```\n\nIt uses `int64_t` for safety.");
        assert_eq!(extract_code(&a).as_deref(), Some(PROG));
    }

    #[test]
    fn largest_cpp_block_with_main_wins() {
        let helper = "```cpp\nstatic int helper() { return 1; }\n```\n";
        let python = "```python\nprint('hi')\n```\n";
        let compile = "```bash\ng++ -O3 main.cpp -o main(1)\n```\n";
        let small = "```c++\nint main() {}\n```\n";
        let a = format!("{python}First a helper:\n{helper}Full program:\n```c++\n{PROG}```\n{small}Compile:\n{compile}");
        assert_eq!(extract_code(&a).as_deref(), Some(PROG));
    }

    #[test]
    fn untagged_fence_that_looks_like_cpp() {
        let a = format!("Sure!\n```\n{PROG}```\n");
        assert_eq!(extract_code(&a).as_deref(), Some(PROG));
    }

    #[test]
    fn missing_fences() {
        let a = format!("Here you go.\n{PROG}");
        assert_eq!(extract_code(&a).as_deref(), Some(PROG));
        assert_eq!(extract_code(PROG).as_deref(), Some(PROG));
    }

    #[test]
    fn unterminated_fence() {
        let a = format!("```cpp\n{PROG}");
        assert_eq!(extract_code(&a).as_deref(), Some(PROG));
        // A stream cut inside the block still yields what arrived (the checker then judges it).
        let a = "```cpp\n#include <cstdio>\nint main() {\n";
        assert_eq!(extract_code(a).as_deref(), Some("#include <cstdio>\nint main() {\n"));
    }

    #[test]
    fn four_backtick_fences_and_tildes() {
        let a = format!("````cpp\n{PROG}```\nstill code\n````\n");
        assert!(extract_code(&a).unwrap().contains("still code"));
        let a = format!("~~~cpp\n{PROG}~~~\n");
        assert_eq!(extract_code(&a).as_deref(), Some(PROG));
    }

    #[test]
    fn no_code_at_all() {
        assert_eq!(extract_code("I cannot port this program."), None);
        assert_eq!(extract_code("```python\nprint(1)\n```"), None);
        assert_eq!(extract_code(""), None);
    }

    const RUST: &str = "use std::io::Write;\n\nfn main() {\n    println!(\"hi\");\n}\n";

    #[test]
    fn rust_fenced_block_with_prose_and_other_blocks() {
        let a = format!("Here is the port:\n```python\nprint('hi')\n```\n```rust\n{RUST}```\nCompile with:\n```bash\nrustc -O prog.rs\n```\n");
        assert_eq!(extract_rust(&a).as_deref(), Some(RUST));
        let a = format!("```rs\nfn helper() {{}}\n```\n```rs\n{RUST}```\n");
        assert_eq!(extract_rust(&a).as_deref(), Some(RUST));
        // An untagged fence holding `fn main` is taken too.
        assert_eq!(extract_rust(&format!("```\n{RUST}```")).as_deref(), Some(RUST));
    }

    #[test]
    fn rust_without_fence_or_unterminated() {
        assert_eq!(extract_rust(&format!("Sure, here it is.\n{RUST}")).as_deref(), Some(RUST));
        assert_eq!(extract_rust(RUST).as_deref(), Some(RUST));
        assert_eq!(extract_rust(&format!("```rust\n{RUST}")).as_deref(), Some(RUST));
    }

    #[test]
    fn rust_none_and_no_cross_talk() {
        assert_eq!(extract_rust("I cannot port this."), None);
        assert_eq!(extract_rust("```rust\nfn helper() {}\n```"), None);
        // A C++ answer is no Rust program, and a Rust answer no C++ one.
        assert_eq!(extract_rust(&format!("```cpp\n{PROG}```")), None);
        assert_eq!(extract_code_for(Lang::Cpp, &format!("```rust\n{RUST}```")), None);
        assert_eq!(extract_code_for(Lang::Rust, &format!("```rust\n{RUST}```")).as_deref(), Some(RUST));
    }
}
