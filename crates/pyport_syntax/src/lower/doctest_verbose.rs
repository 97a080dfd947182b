//! `doctest.testmod(verbose=True)`: the report CPython prints when every example passes.
//!
//! In verbose mode doctest prints each example it tries ("Trying:", the source, "Expecting:", the
//! expected output, "ok") and a summary of the items it found. When every example passes, all of
//! that follows from the program's docstrings alone, so the port prints the same text where the
//! call stands (a failing example shows as an output difference, as in non-verbose mode). What
//! doctest finds is what `DocTestFinder` finds in the module's namespace at the call: the module,
//! its functions and classes defined before the call, and their methods and properties, sorted
//! by name; each is an item whether or not it has a docstring (`testmod`'s `exclude_empty=False`).
//! Docstrings are parsed as `DocTestParser` does. Programs whose namespace this cannot tell
//! exactly (generated methods of dataclasses, enums, namedtuples; other decorators; `__test__`)
//! are refused.
use ruff_python_ast as ra;
use ruff_text_size::Ranged;

/// A namespace entry doctest would test: its dotted name, where it is bound, its docstring.
#[derive(Clone, Debug)]
pub(super) struct DocItem {
    pub(super) name: String,
    pub(super) at: u32,
    pub(super) doc: Option<String>,
    /// How `DocTestFinder._find_lineno` finds the docstring's line.
    pub(super) line: LineFrom,
}

/// Where doctest starts looking for the line of an item's docstring (the first line at or after
/// it that begins with a quote mark).
#[derive(Clone, Debug)]
pub(super) enum LineFrom {
    /// The module: the first line.
    Module,
    /// A class: the first line of the file matching `class <name>\b`.
    Class(String),
    /// A function or method: the line of its code object (its first decorator or `def`).
    Code(u32),
    /// No line (a property, an `lru_cache` wrapper): `line ?`.
    Unknown,
}

/// The items of the module (named from `__main__`), or why they cannot be known.
pub(super) fn items(body: &[ra::Stmt]) -> Result<Vec<DocItem>, String> {
    let mut out = vec![DocItem { name: "__main__".into(), at: 0, doc: docstring(body), line: LineFrom::Module }];
    module_block(body, &mut out)?;
    Ok(out)
}

fn module_block(body: &[ra::Stmt], out: &mut Vec<DocItem>) -> Result<(), String> {
    for s in body {
        match s {
            ra::Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    if !matches!(decorator_name(&d.expression).as_deref(), Some("lru_cache" | "cache")) {
                        return Err("a decorated function".into());
                    }
                }
                let line = if f.decorator_list.is_empty() { LineFrom::Code(s.start().to_u32()) } else { LineFrom::Unknown };
                bind(out, format!("__main__.{}", f.name.id), s.start().to_u32(), docstring(&f.body), line);
            }
            ra::Stmt::ClassDef(c) => class(c, &format!("__main__.{}", c.name.id), s.start().to_u32(), out)?,
            ra::Stmt::Assign(a) => {
                for t in &a.targets {
                    if let ra::Expr::Name(n) = t {
                        if n.id.as_str() == "__test__" {
                            return Err("a `__test__` dict".into());
                        }
                        if matches!(&*a.value, ra::Expr::Lambda(_)) {
                            bind(out, format!("__main__.{}", n.id), s.start().to_u32(), None, LineFrom::Unknown);
                        }
                    }
                }
            }
            ra::Stmt::If(i) => {
                module_block(&i.body, out)?;
                for c in &i.elif_else_clauses {
                    module_block(&c.body, out)?;
                }
            }
            ra::Stmt::For(f) => module_block(&f.body, out)?,
            ra::Stmt::While(w) => module_block(&w.body, out)?,
            ra::Stmt::Try(t) => {
                module_block(&t.body, out)?;
                module_block(&t.orelse, out)?;
                module_block(&t.finalbody, out)?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// A class and (recursively) what its own namespace holds that doctest tests.
fn class(c: &ra::StmtClassDef, name: &str, at: u32, out: &mut Vec<DocItem>) -> Result<(), String> {
    if !c.decorator_list.is_empty() {
        return Err(format!("the decorated class `{}`", c.name.id));
    }
    if let Some(args) = &c.arguments {
        for b in args.args.iter() {
            let base = match b {
                ra::Expr::Name(n) => n.id.as_str().to_string(),
                ra::Expr::Attribute(a) => a.attr.id.as_str().to_string(),
                _ => String::new(),
            };
            if matches!(base.as_str(), "Enum" | "IntEnum" | "Flag" | "IntFlag" | "NamedTuple" | "") || !args.keywords.is_empty() {
                return Err(format!("the class `{}` (its generated members)", c.name.id));
            }
        }
    }
    bind(out, name.to_string(), at, docstring(&c.body), LineFrom::Class(c.name.id.to_string()));
    for s in &c.body {
        match s {
            ra::Stmt::FunctionDef(f) => {
                let mut is_property = false;
                for d in &f.decorator_list {
                    match decorator_name(&d.expression).as_deref() {
                        Some("staticmethod" | "classmethod") => {}
                        Some("property") => is_property = true,
                        // `@p.setter`: the same property, whose doc stays the getter's.
                        Some("setter" | "deleter") => is_property = true,
                        _ => return Err(format!("the decorated method `{}`", f.name.id)),
                    }
                }
                let key = format!("{name}.{}", f.name.id);
                let is_accessor = is_property && f.decorator_list.iter().any(|d| matches!(decorator_name(&d.expression).as_deref(), Some("setter" | "deleter")));
                if is_accessor && out.iter().any(|i| i.name == key) {
                    continue;
                }
                let line = if is_property { LineFrom::Unknown } else { LineFrom::Code(f.start().to_u32()) };
                bind(out, key, at, docstring(&f.body), line);
            }
            ra::Stmt::ClassDef(inner) => class(inner, &format!("{name}.{}", inner.name.id), at, out)?,
            ra::Stmt::Assign(a) if matches!(&*a.value, ra::Expr::Lambda(_)) => {
                for t in &a.targets {
                    if let ra::Expr::Name(n) = t {
                        bind(out, format!("{name}.{}", n.id), at, None, LineFrom::Unknown);
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// A (re)binding of `name`: the namespace keeps the last one.
fn bind(out: &mut Vec<DocItem>, name: String, at: u32, doc: Option<String>, line: LineFrom) {
    out.retain(|i| i.name != name);
    out.push(DocItem { name, at, doc, line });
}

fn decorator_name(e: &ra::Expr) -> Option<String> {
    match e {
        ra::Expr::Name(n) => Some(n.id.as_str().to_string()),
        ra::Expr::Attribute(a) => Some(a.attr.id.as_str().to_string()),
        ra::Expr::Call(c) => decorator_name(&c.func),
        _ => None,
    }
}

fn docstring(body: &[ra::Stmt]) -> Option<String> {
    let ra::Stmt::Expr(e) = body.first()? else { return None };
    let ra::Expr::StringLiteral(s) = &*e.value else { return None };
    Some(s.value.to_str().to_string())
}

/// The verbose report of `testmod(name=prefix)` called at offset `at`: the items bound before it.
pub(super) fn report(items: &[DocItem], at: u32, prefix: &str) -> Result<String, String> {
    let mut tests: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for i in items.iter().filter(|i| i.at < at || i.name == "__main__") {
        let examples = match &i.doc {
            Some(d) => examples(d).map(|v| v.into_iter().map(|e| (e.source, e.want)).collect::<Vec<_>>()).map_err(|e| format!("the docstring of `{}` ({e})", i.name))?,
            None => Vec::new(),
        };
        let name = match i.name.strip_prefix("__main__") {
            Some(rest) => format!("{prefix}{rest}"),
            None => i.name.clone(),
        };
        tests.push((name, examples));
    }
    tests.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = String::new();
    for (_, examples) in &tests {
        for (source, want) in examples {
            out.push_str("Trying:\n");
            out.push_str(&indent(source));
            if want.is_empty() {
                out.push_str("Expecting nothing\n");
            } else {
                out.push_str("Expecting:\n");
                out.push_str(&indent(want));
            }
            out.push_str("ok\n");
        }
    }
    let notests: Vec<&String> = tests.iter().filter(|t| t.1.is_empty()).map(|t| &t.0).collect();
    let passed: Vec<(&String, usize)> = tests.iter().filter(|t| !t.1.is_empty()).map(|t| (&t.0, t.1.len())).collect();
    if !notests.is_empty() {
        out.push_str(&format!("{} items had no tests:\n", notests.len()));
        for n in &notests {
            out.push_str(&format!("    {n}\n"));
        }
    }
    if !passed.is_empty() {
        out.push_str(&format!("{} items passed all tests:\n", passed.len()));
        for (n, count) in &passed {
            out.push_str(&format!(" {count:>3} tests in {n}\n"));
        }
    }
    let total: usize = passed.iter().map(|p| p.1).sum();
    out.push_str(&format!("{total} tests in {} items.\n{total} passed and 0 failed.\nTest passed.\n", tests.len()));
    Ok(out)
}

/// `_indent`: four spaces before every non-empty line.
fn indent(s: &str) -> String {
    s.split_inclusive('\n').map(|l| if l == "\n" || l.is_empty() { l.to_string() } else { format!("    {l}") }).collect()
}

/// One example of a docstring, as `DocTestParser` reads it.
#[derive(Clone, Debug)]
pub(super) struct Example {
    /// The source without its prompts, ending in a newline.
    pub(super) source: String,
    /// The expected output, ending in a newline unless empty.
    pub(super) want: String,
    /// The line of the `>>>` prompt within the docstring (0-based).
    pub(super) lineno: usize,
}

/// The examples of a docstring as `DocTestParser` reads them. Errors where the parser raises
/// ValueError.
pub(super) fn examples(doc: &str) -> Result<Vec<Example>, String> {
    let text = expand_tabs(doc);
    let lines: Vec<&str> = text.split('\n').collect();
    let min_indent = lines.iter().filter(|l| l.chars().any(|c| c != ' ')).map(|l| l.len() - l.trim_start_matches(' ').len()).min().unwrap_or(0);
    let lines: Vec<String> = lines.iter().map(|l| l.get(min_indent..).unwrap_or("").to_string()).collect();
    let lead = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        let ind = lead(line);
        if !line[ind..].starts_with(">>>") {
            i += 1;
            continue;
        }
        let lineno = i;
        let mut source_lines = vec![line.clone()];
        i += 1;
        while i < lines.len() && lines[i][lead(&lines[i])..].starts_with("...") {
            source_lines.push(lines[i].clone());
            i += 1;
        }
        for sl in &source_lines {
            if sl.len() > ind + 3 && sl.as_bytes()[ind + 3] != b' ' {
                return Err("a prompt without a space after it".into());
            }
        }
        let prefix = format!("{}.", " ".repeat(ind));
        if source_lines[1..].iter().any(|l| !l.starts_with(&prefix)) {
            return Err("a continuation line indented unlike its prompt".into());
        }
        let source = source_lines.iter().map(|l| l.get(ind + 4..).unwrap_or("")).collect::<Vec<_>>().join("\n");
        let mut want_lines = Vec::new();
        while i < lines.len() && !lines[i].trim_start_matches(' ').is_empty() && !lines[i][lead(&lines[i])..].starts_with(">>>") {
            want_lines.push(lines[i].clone());
            i += 1;
        }
        let pad = " ".repeat(ind);
        if want_lines.iter().any(|l| !l.starts_with(&pad)) {
            return Err("an expected output indented less than its prompt".into());
        }
        let want = want_lines.iter().map(|l| &l[ind..]).collect::<Vec<_>>().join("\n");
        let source = if source.ends_with('\n') { source } else { format!("{source}\n") };
        let want = if !want.is_empty() && !want.ends_with('\n') { format!("{want}\n") } else { want };
        // `_IS_BLANK_OR_COMMENT`: a one-line source of only a comment is no example.
        let line = source.strip_suffix('\n').unwrap_or(&source);
        let rest = line.trim_start_matches(' ');
        if !line.contains('\n') && (rest.is_empty() || rest.starts_with('#')) {
            continue;
        }
        out.push(Example { source, want, lineno });
    }
    Ok(out)
}

/// `str.expandtabs()` (tab stops every 8 columns).
fn expand_tabs(s: &str) -> String {
    let mut out = String::new();
    let mut col = 0;
    for ch in s.chars() {
        match ch {
            '\t' => {
                let n = 8 - col % 8;
                out.push_str(&" ".repeat(n));
                col += n;
            }
            '\n' | '\r' => {
                out.push(ch);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}
