//! The files a program names in calls to the builtin `open`, for the harness to stage beside it.
//!
//! CPython runs a user's program from the folder that holds its input (`open("input.txt")`);
//! pyport runs both sides in a scratch directory, where such a file must be staged for the run to
//! do its work. This finds the names: every string literal that is the first argument (or
//! `file=`) of a call `open(...)`, anywhere in the program (functions, methods, `with`, nested
//! calls), with whether the call may read it. The mode decides: absent, or a literal containing
//! `r`, reads; a literal without `r` (`"w"`, `"a"`, `"xb"`) does not; a mode that is not a
//! literal may read. Implicitly concatenated literals count as one; f-strings, names and other
//! expressions are not followed (the harness's `--input-file` stages those).
use ruff_python_ast::visitor::{walk_expr, Visitor};
use ruff_python_ast::{Expr, PySourceType};

/// Each literal file name passed to `open` in `source`, in source order, with whether that call
/// may read it (see the module doc). A name opened twice is listed twice. A source that does not
/// parse gives an empty list.
pub fn opened_file_literals(source: &str) -> Vec<(String, bool)> {
    let parsed = ruff_python_parser::parse_unchecked_source(source, PySourceType::Python);
    if parsed.has_invalid_syntax() {
        return Vec::new();
    }
    let mut finder = Finder::default();
    for stmt in &parsed.syntax().body {
        finder.visit_stmt(stmt);
    }
    finder.found
}

#[derive(Default)]
struct Finder {
    found: Vec<(String, bool)>,
}

impl<'a> Visitor<'a> for Finder {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr {
            let is_open = matches!(call.func.as_ref(), Expr::Name(n) if n.id.as_str() == "open");
            if is_open {
                let args = &call.arguments;
                let keyword = |name: &str| args.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == name)).map(|k| &k.value);
                let file = args.args.first().filter(|a| !a.is_starred_expr()).or_else(|| keyword("file"));
                let mode = args.args.get(1).filter(|a| !a.is_starred_expr()).or_else(|| keyword("mode"));
                if let Some(Expr::StringLiteral(name)) = file {
                    let reads = match mode {
                        None => true,
                        Some(Expr::StringLiteral(m)) => m.value.to_str().contains('r'),
                        // Not known before the run: it may read.
                        Some(_) => true,
                    };
                    self.found.push((name.value.to_str().to_string(), reads));
                }
            }
        }
        walk_expr(self, expr);
    }
}

#[cfg(test)]
mod tests {
    use super::opened_file_literals;

    fn found(src: &str) -> Vec<(String, bool)> {
        opened_file_literals(src)
    }

    fn s(name: &str, read: bool) -> (String, bool) {
        (name.to_string(), read)
    }

    #[test]
    fn literal_names_with_their_modes() {
        let src = r#"
import sys
data = open("input.txt").read()
with open('data/in.txt', 'r') as f, open("out.txt", "w") as g:
    g.write(f.read())
def load():
    return [l for l in open(file="nums.txt", mode="rb")]
class C:
    def m(self):
        print(open("log.txt", "a").write("x"))
        return open("both.txt", "r+")
print(len(open("input" ".txt", encoding="utf-8").readlines()))
"#;
        assert_eq!(
            found(src),
            vec![
                s("input.txt", true),
                s("data/in.txt", true),
                s("out.txt", false),
                s("nums.txt", true),
                s("log.txt", false),
                s("both.txt", true),
                s("input.txt", true),
            ]
        );
    }

    #[test]
    fn only_literal_names_of_the_builtin() {
        let src = r#"
name = "x.txt"
open(name)
open(f"{name}.txt")
open(b"bytes.txt")
io.open("io.txt")
path.open("p.txt")
open(*["star.txt"])
open("m.txt", mode)
open("kw.txt", mode=("w"))
"#;
        // A mode that is not a literal may read; a parenthesized literal is a literal.
        assert_eq!(found(src), vec![s("m.txt", true), s("kw.txt", false)]);
    }

    #[test]
    fn a_parse_error_gives_nothing() {
        assert!(found("open('a.txt')\ndef (:\n").is_empty());
        assert!(found("").is_empty());
    }
}
