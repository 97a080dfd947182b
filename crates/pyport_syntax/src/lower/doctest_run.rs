//! `doctest.testmod()` run by the port: each docstring's examples become a function of the program.
//!
//! doctest finds the namespace items of the module (`doctest_verbose.rs`), sorted by name, and runs
//! each one's examples in a copy of the module's globals: names an example binds are seen by the
//! later examples of the same docstring only. So each docstring with examples becomes a generated
//! function (`_pyport_dt_t<k>`) whose body runs them in order, and the `testmod()` statement
//! becomes a call of a generated runner that calls them and prints doctest's summary. The
//! functions are Python source, appended to the file's text and parsed with it (their spans lie
//! past the end of the file, so no analysis keyed by a span confuses them with the program's
//! code), and placed before the module-level statement holding the call. Each example runs through
//! the runtime's harness (`py::doctest`, through the `__pyport_doctest_*` intrinsics the later
//! stages know): what it prints is captured, an expression statement's value not None is shown as
//! `sys.displayhook` does, an exception is caught, and the result is checked as doctest's
//! `OutputChecker` does; a failure prints doctest's report. Where this cannot be done (an argument,
//! a directive or an item it does not know), [`expand`] says why and the call is left out as before.
use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ra, PySourceType};
use ruff_text_size::Ranged;

use super::doctest_verbose::{self, LineFrom};

/// The intrinsics' common prefix (names no Python program binds).
pub const INTRINSIC_PREFIX: &str = "__pyport_doctest_";

/// doctest's option flags, by name, with their values (`doctest.py`).
const FLAGS: &[(&str, u32)] = &[
    ("DONT_ACCEPT_TRUE_FOR_1", 1),
    ("DONT_ACCEPT_BLANKLINE", 2),
    ("NORMALIZE_WHITESPACE", 4),
    ("ELLIPSIS", 8),
    ("SKIP", 16),
    ("IGNORE_EXCEPTION_DETAIL", 32),
    ("REPORT_UDIFF", 64),
    ("REPORT_CDIFF", 128),
    ("REPORT_NDIFF", 256),
    ("REPORT_ONLY_FIRST_FAILURE", 512),
    ("FAIL_FAST", 1024),
];
/// The flags the runtime implements (the others change the report's form).
const SUPPORTED_FLAGS: u32 = 1 | 2 | 4 | 8 | 16 | 32;
const SKIP: u32 = 16;

/// What becomes of the module's `testmod()` statement.
pub(crate) enum Plan {
    /// No plain `testmod()` statement (none, or verbose: `doctest_verbose.rs`).
    Nothing,
    /// The examples cannot be run by the port: the call is left out, for this reason.
    Refused(String),
    /// The module's statements with the examples' functions and the call of their runner, and
    /// where the `testmod()` statement was.
    Run(Vec<ra::Stmt>, crate::Span),
}

/// The module's statements with its `testmod()` statement run by generated functions, when it has
/// exactly one and the port can run it. `text` is the file's text, whose parse `body` is.
pub(crate) fn expand(text: &str, body: &[ra::Stmt]) -> Plan {
    if !text.contains("doctest") {
        return Plan::Nothing;
    }
    let mut names = Names::default();
    names.visit_body(body);
    if names.modules.is_empty() && names.runners.is_empty() {
        return Plan::Nothing;
    }
    let mut calls = Calls { names: &names, found: Vec::new(), depth: 0 };
    calls.visit_body(body);
    if calls.found.is_empty() {
        return Plan::Nothing;
    }
    if calls.found.iter().any(|c| c.verbose) {
        return Plan::Nothing;
    }
    if calls.found.len() > 1 {
        return Plan::Refused("the module runs `doctest` more than once".into());
    }
    let call = &calls.found[0];
    if let Some(why) = &call.refused {
        return Plan::Refused(why.clone());
    }
    let items = match doctest_verbose::items(body) {
        Ok(items) => items,
        Err(why) => return Plan::Refused(format!("doctest's items are not known exactly: {why}")),
    };
    let at = if call.in_function { u32::MAX } else { call.range.start().to_u32() };
    let lines: Vec<&str> = text.split('\n').collect();
    let line_starts: Vec<usize> = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let mut tests = Vec::new();
    for i in items.iter().filter(|i| i.at < at || i.name == "__main__") {
        let Some(doc) = &i.doc else { continue };
        let examples = match doctest_verbose::examples(doc) {
            Ok(e) => e,
            Err(e) => return Plan::Refused(format!("the docstring of `{}` ({e})", i.name)),
        };
        if examples.is_empty() {
            continue;
        }
        let doc_line = doc_line(&i.line, &lines, &line_starts);
        tests.push((i.name.clone(), doc_line, examples));
    }
    tests.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = String::new();
    let mut runner = String::from("def _pyport_dt_run():\n    __pyport_doctest_start()\n");
    for (k, (name, doc_line, examples)) in tests.iter().enumerate() {
        let f = format!("_pyport_dt_t{k}");
        out.push_str(&format!("def {f}():\n    __pyport_doctest_test({})\n", py_str(name)));
        for (n, ex) in examples.iter().enumerate() {
            let flags = match options(&ex.source) {
                Ok(Some(o)) => o.apply(call.flags),
                Ok(None) => call.flags,
                Err(why) => return Plan::Refused(format!("the example of `{name}` at docstring line {} ({why})", ex.lineno + 1)),
            };
            if flags & !SUPPORTED_FLAGS != 0 {
                return Plan::Refused("a doctest option that changes the form of the report".into());
            }
            if flags & SKIP != 0 {
                continue;
            }
            let code = match example_code(&ex.source) {
                Ok(c) => c,
                Err(why) => return Plan::Refused(format!("the example of `{name}` at docstring line {} ({why})", ex.lineno + 1)),
            };
            // 0 for doctest's `line ?`.
            let line = doc_line.map_or(0, |l| l + ex.lineno + 1);
            let (exc_msg, expects) = match exception_msg(&ex.want) {
                Some(m) => (m, "True"),
                None => (String::new(), "False"),
            };
            out.push_str("    __pyport_doctest_example()\n    try:\n");
            out.push_str(&code);
            out.push_str(&format!("    except BaseException as _pyport_dt_e{n}:\n        __pyport_doctest_raised(_pyport_dt_e{n})\n"));
            out.push_str(&format!(
                "    __pyport_doctest_check({}, {}, {}, {expects}, {line}, {flags})\n",
                py_str(&ex.source),
                py_str(&ex.want),
                py_str(&exc_msg)
            ));
        }
        runner.push_str(&format!("    {f}()\n"));
    }
    runner.push_str(&format!("    __pyport_doctest_summary({})\n", if call.report { "True" } else { "False" }));
    if tests.is_empty() {
        // No examples: doctest prints nothing, and the statement does nothing.
        out.push_str("pass\n");
    } else {
        out.push_str(&runner);
        out.push_str("_pyport_dt_run()\n");
    }

    let whole = format!("{text}\n{out}");
    let parsed = ruff_python_parser::parse_unchecked_source(&whole, PySourceType::Python);
    if parsed.has_invalid_syntax() {
        return Plan::Refused("the examples' code does not parse".into());
    }
    let all = &parsed.syntax().body;
    if all.len() < body.len() + 1 {
        return Plan::Refused("the examples' code does not parse".into());
    }
    let (defs, tail) = all[body.len()..].split_at(all.len() - body.len() - 1);
    let run_call = tail[0].clone();
    let mut new_body = body.to_vec();
    let Some(top) = body.iter().position(|s| s.range().contains_range(call.range)) else {
        return Plan::Refused("the `testmod()` statement was not found".into());
    };
    if !replace(&mut new_body, call.range, &run_call) {
        return Plan::Refused("the `testmod()` statement was not found".into());
    }
    new_body.splice(top..top, defs.iter().cloned());
    Plan::Run(new_body, crate::Span::new(call.range.start().to_u32(), call.range.end().to_u32()))
}

/// Replaces the statement at `range` (at any depth) with `with`.
fn replace(body: &mut [ra::Stmt], range: ruff_text_size::TextRange, with: &ra::Stmt) -> bool {
    for s in body.iter_mut() {
        if s.range() == range {
            *s = with.clone();
            return true;
        }
        if !s.range().contains_range(range) {
            continue;
        }
        let done = match s {
            ra::Stmt::FunctionDef(f) => replace(&mut f.body, range, with),
            ra::Stmt::If(i) => replace(&mut i.body, range, with) || i.elif_else_clauses.iter_mut().any(|c| replace(&mut c.body, range, with)),
            ra::Stmt::For(f) => replace(&mut f.body, range, with) || replace(&mut f.orelse, range, with),
            ra::Stmt::While(w) => replace(&mut w.body, range, with) || replace(&mut w.orelse, range, with),
            ra::Stmt::With(w) => replace(&mut w.body, range, with),
            ra::Stmt::Try(t) => {
                replace(&mut t.body, range, with)
                    || replace(&mut t.orelse, range, with)
                    || replace(&mut t.finalbody, range, with)
                    || t.handlers.iter_mut().any(|h| {
                        let ra::ExceptHandler::ExceptHandler(h) = h;
                        replace(&mut h.body, range, with)
                    })
            }
            _ => false,
        };
        if done {
            return true;
        }
    }
    false
}

/// `DocTestFinder._find_lineno`: the 0-based line of an item's docstring, the first line at or
/// after where the item starts that begins with a quote mark (`(^|.*:)\s*\w*("|')`).
fn doc_line(from: &LineFrom, lines: &[&str], line_starts: &[usize]) -> Option<usize> {
    let start = match from {
        LineFrom::Module => 0,
        LineFrom::Unknown => return None,
        LineFrom::Code(offset) => line_starts.partition_point(|&s| s <= *offset as usize).saturating_sub(1),
        LineFrom::Class(name) => lines.iter().position(|l| class_line(l, name))?,
    };
    (start..lines.len()).find(|&l| quote_line(lines[l]))
}

/// `^\s*class\s*NAME\b`.
fn class_line(line: &str, name: &str) -> bool {
    let Some(rest) = line.trim_start().strip_prefix("class") else { return false };
    let Some(rest) = rest.trim_start().strip_prefix(name) else { return false };
    !rest.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// `(^|.*:)\s*\w*("|')` matches at the line's start.
fn quote_line(line: &str) -> bool {
    let starts = std::iter::once(0).chain(line.match_indices(':').map(|(i, _)| i + 1));
    for s in starts {
        let rest = line[s..].trim_start();
        let rest = rest.trim_start_matches(|c: char| c.is_alphanumeric() || c == '_');
        if rest.starts_with(['"', '\'']) {
            return true;
        }
    }
    false
}

/// An example's `# doctest:` directives: the flags turned on and off.
struct Options {
    on: u32,
    off: u32,
}

impl Options {
    fn apply(&self, flags: u32) -> u32 {
        (flags | self.on) & !self.off
    }
}

/// `DocTestParser._find_options`: the directives of `#\s*doctest:\s*([^\n'"]*)$` comments.
fn options(source: &str) -> Result<Option<Options>, String> {
    let mut found = None::<Options>;
    for line in source.split('\n') {
        for (i, _) in line.match_indices('#') {
            let rest = line[i + 1..].trim_start();
            let Some(rest) = rest.strip_prefix("doctest:") else { continue };
            let rest = rest.trim_start();
            if rest.contains(['\'', '"']) {
                continue;
            }
            let o = found.get_or_insert(Options { on: 0, off: 0 });
            for opt in rest.replace(',', " ").split_whitespace() {
                let (sign, name) = opt.split_at(opt.chars().next().map_or(0, |c| c.len_utf8()));
                let Some(&(_, bit)) = FLAGS.iter().find(|(n, _)| *n == name) else {
                    return Err(format!("bad option directive `{opt}`"));
                };
                match sign {
                    "+" => o.on |= bit,
                    "-" => o.off |= bit,
                    _ => return Err(format!("bad option directive `{opt}`")),
                }
            }
            break;
        }
    }
    if found.is_some() && source.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
        return Err("option directive on a line with no example".into());
    }
    Ok(found)
}

/// `_EXCEPTION_RE`: the exception line(s) an example's expected output ends with when it starts
/// with a traceback header.
fn exception_msg(want: &str) -> Option<String> {
    let (first, rest) = want.split_once('\n')?;
    let hdr = first.trim_end();
    if hdr != "Traceback (most recent call last):" && hdr != "Traceback (innermost last):" {
        return None;
    }
    let mut at = 0;
    for line in rest.split_inclusive('\n') {
        if line.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '_') {
            return Some(rest[at..].to_string());
        }
        at += line.len();
    }
    None
}

/// The example's source as statements of the generated function's `try` block (indented eight
/// spaces, lines inside a string literal left alone), each expression statement run by
/// `sys.displayhook` (as `compile(..., "single")` does, outside nested scopes).
fn example_code(source: &str) -> Result<String, String> {
    let parsed = ruff_python_parser::parse_unchecked_source(source, PySourceType::Python);
    if parsed.has_invalid_syntax() || !parsed.unsupported_syntax_errors().is_empty() {
        return Err("a syntax error".into());
    }
    let mut shown = Vec::new();
    displayed(&parsed.syntax().body, &mut shown);
    let mut strings = Strings(Vec::new());
    strings.visit_body(&parsed.syntax().body);
    let mut edits: Vec<(usize, &str)> = Vec::new();
    for r in &shown {
        edits.push((r.start().to_usize(), "__pyport_doctest_display(("));
        edits.push((r.end().to_usize(), "))"));
    }
    edits.sort_by_key(|e| e.0);
    let mut text = String::new();
    let mut last = 0;
    for (at, ins) in edits {
        text.push_str(&source[last..at]);
        text.push_str(ins);
        last = at;
    }
    text.push_str(&source[last..]);
    // Line starts inside a string literal of the original source are not indented; edits change
    // no line's membership (they never fall inside a string).
    let mut out = String::new();
    let original_lines: Vec<usize> = std::iter::once(0).chain(source.match_indices('\n').map(|(i, _)| i + 1)).collect();
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let orig = original_lines.get(n).copied().unwrap_or(usize::MAX);
        let inside = strings.0.iter().any(|(s, e)| *s < orig && orig < *e);
        if !inside && !line.trim().is_empty() {
            out.push_str("        ");
        }
        out.push_str(line);
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    if parsed.syntax().body.is_empty() {
        out.push_str("        pass\n");
    }
    Ok(out)
}

/// The expression statements `compile(..., "single")` prints: at the top level and in compound
/// statements, not in functions or classes.
fn displayed(body: &[ra::Stmt], out: &mut Vec<ruff_text_size::TextRange>) {
    for s in body {
        match s {
            ra::Stmt::Expr(e) => out.push(e.value.range()),
            ra::Stmt::If(i) => {
                displayed(&i.body, out);
                for c in &i.elif_else_clauses {
                    displayed(&c.body, out);
                }
            }
            ra::Stmt::For(f) => {
                displayed(&f.body, out);
                displayed(&f.orelse, out);
            }
            ra::Stmt::While(w) => {
                displayed(&w.body, out);
                displayed(&w.orelse, out);
            }
            ra::Stmt::With(w) => displayed(&w.body, out),
            ra::Stmt::Try(t) => {
                displayed(&t.body, out);
                for h in &t.handlers {
                    let ra::ExceptHandler::ExceptHandler(h) = h;
                    displayed(&h.body, out);
                }
                displayed(&t.orelse, out);
                displayed(&t.finalbody, out);
            }
            ra::Stmt::Match(m) => {
                for c in &m.cases {
                    displayed(&c.body, out);
                }
            }
            _ => {}
        }
    }
}

/// The ranges of string literals (whose lines must keep their text).
struct Strings(Vec<(usize, usize)>);

impl<'a> Visitor<'a> for Strings {
    fn visit_expr(&mut self, e: &'a ra::Expr) {
        match e {
            ra::Expr::StringLiteral(_) | ra::Expr::BytesLiteral(_) | ra::Expr::FString(_) => {
                self.0.push((e.start().to_usize(), e.end().to_usize()));
            }
            _ => walk_expr(self, e),
        }
    }
}

/// A Python string literal of `s`.
fn py_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (0xd800..0xe000).contains(&(c as u32)) => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The names bound to `doctest` and its runners, anywhere in the module.
#[derive(Default)]
struct Names {
    modules: Vec<String>,
    /// (bound name, runner).
    runners: Vec<(String, String)>,
}

impl<'a> Visitor<'a> for Names {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        match s {
            ra::Stmt::Import(i) => {
                for a in &i.names {
                    if a.name.id.as_str() == "doctest" {
                        self.modules.push(a.asname.as_ref().unwrap_or(&a.name).id.to_string());
                    }
                }
            }
            ra::Stmt::ImportFrom(i) if i.module.as_ref().is_some_and(|m| m.id.as_str() == "doctest") && i.level == 0 => {
                for a in &i.names {
                    self.runners.push((a.asname.as_ref().unwrap_or(&a.name).id.to_string(), a.name.id.to_string()));
                }
            }
            _ => walk_stmt(self, s),
        }
    }
}

/// A statement calling a doctest runner.
struct Call {
    range: ruff_text_size::TextRange,
    in_function: bool,
    verbose: bool,
    flags: u32,
    report: bool,
    refused: Option<String>,
}

struct Calls<'n> {
    names: &'n Names,
    found: Vec<Call>,
    depth: usize,
}

impl Calls<'_> {
    /// The runner a call's function names (`testmod`, `run_docstring_examples`), if any.
    fn runner(&self, f: &ra::Expr) -> Option<String> {
        match f {
            ra::Expr::Name(n) => self.names.runners.iter().find(|(b, _)| b == n.id.as_str()).map(|(_, r)| r.clone()),
            ra::Expr::Attribute(a) => {
                let module = match &*a.value {
                    ra::Expr::Name(m) => self.names.modules.iter().any(|x| x == m.id.as_str()),
                    ra::Expr::Call(c) => {
                        matches!(&*c.func, ra::Expr::Name(n) if n.id.as_str() == "__import__")
                            && matches!(c.arguments.args.as_ref(), [ra::Expr::StringLiteral(s)] if s.value.to_str() == "doctest")
                    }
                    _ => false,
                };
                module.then(|| a.attr.id.to_string())
            }
            _ => None,
        }
    }

    /// `doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE`.
    fn flags(&self, e: &ra::Expr) -> Option<u32> {
        match e {
            ra::Expr::BinOp(b) if b.op == ra::Operator::BitOr => Some(self.flags(&b.left)? | self.flags(&b.right)?),
            ra::Expr::Attribute(a) if matches!(&*a.value, ra::Expr::Name(m) if self.names.modules.iter().any(|x| x == m.id.as_str())) => {
                FLAGS.iter().find(|(n, _)| *n == a.attr.id.as_str()).map(|(_, v)| *v)
            }
            ra::Expr::NumberLiteral(n) => match &n.value {
                ra::Number::Int(i) => i.as_u16().map(u32::from),
                _ => None,
            },
            _ => None,
        }
    }
}

impl<'a> Visitor<'a> for Calls<'_> {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        match s {
            ra::Stmt::Expr(e) => {
                let ra::Expr::Call(c) = &*e.value else { return };
                let Some(runner) = self.runner(&c.func) else { return };
                let mut call = Call { range: s.range(), in_function: self.depth > 0, verbose: false, flags: 0, report: true, refused: None };
                if runner != "testmod" {
                    call.refused = Some(format!("`doctest.{runner}()`"));
                }
                if !c.arguments.args.is_empty() {
                    call.refused = Some("`testmod()` with a positional argument".into());
                }
                for k in &c.arguments.keywords {
                    let arg = k.arg.as_ref().map(|a| a.id.as_str()).unwrap_or("**");
                    match (arg, &k.value) {
                        ("verbose", ra::Expr::BooleanLiteral(b)) => call.verbose = b.value,
                        ("verbose", ra::Expr::NoneLiteral(_)) => {}
                        ("verbose", _) => call.verbose = true,
                        ("report", ra::Expr::BooleanLiteral(b)) => call.report = b.value,
                        ("optionflags", v) => match self.flags(v) {
                            Some(f) => call.flags = f,
                            None => call.refused = Some("`testmod(optionflags=...)` with flags other than `doctest.NAME | ...`".into()),
                        },
                        _ => call.refused = Some(format!("`testmod()` with the argument `{arg}`")),
                    }
                }
                self.found.push(call);
            }
            ra::Stmt::FunctionDef(_) | ra::Stmt::ClassDef(_) => {
                self.depth += 1;
                walk_stmt(self, s);
                self.depth -= 1;
            }
            _ => walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, _: &'a ra::Expr) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docstring_lines_are_found_as_doctest_finds_them() {
        assert!(quote_line("    \"\"\"Doc."));
        assert!(quote_line("    r'''"));
        assert!(quote_line("def f(): \"\"\"one line\"\"\""));
        assert!(!quote_line("def f(x: str = \"a\"):"));
        assert!(!quote_line("# coding: utf-8"));
        assert!(class_line("class Stack:", "Stack"));
        assert!(class_line("  class  Stack(Base):", "Stack"));
        assert!(!class_line("class Stacks:", "Stack"));
    }

    #[test]
    fn directives_and_exception_lines() {
        let o = options("f(x)  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE\n").unwrap().unwrap();
        assert_eq!((o.on, o.off), (8, 4));
        assert!(options("f(x)  # doctest: +NOPE\n").is_err());
        assert!(options("# doctest: +SKIP\n").is_err());
        assert!(options("s = '# doctest: +SKIP'\n").unwrap().is_none());
        assert_eq!(exception_msg("Traceback (most recent call last):\n  ...\nValueError: x\n").as_deref(), Some("ValueError: x\n"));
        assert_eq!(exception_msg("Traceback (innermost last):  \nKeyError: 1\nmore\n").as_deref(), Some("KeyError: 1\nmore\n"));
        assert_eq!(exception_msg("ValueError: x\n"), None);
    }

    #[test]
    fn example_code_shows_expression_statements_and_keeps_strings() {
        let code = example_code("for i in range(2):\n    i\n").unwrap();
        assert_eq!(code, "        for i in range(2):\n            __pyport_doctest_display((i))\n");
        let code = example_code("s = '''a\n  b'''\n").unwrap();
        assert_eq!(code, "        s = '''a\n  b'''\n");
        let code = example_code("def f():\n    1\nx = 1; x,\n").unwrap();
        assert_eq!(code, "        def f():\n            1\n        x = 1; __pyport_doctest_display((x,))\n");
        assert_eq!(example_code("# only a comment\n").unwrap(), "        # only a comment\n        pass\n");
        assert!(example_code("1 +\n").is_err());
    }
}
