//! Names that nothing in the program binds: CPython raises `NameError` when it evaluates one.
//!
//! A program may read a name it never binds (a fragment, a typo) and still print output before
//! CPython stops at it. A statement that evaluates such a name before anything else it does can
//! happen (before any call, operator or subscript completes: `print(key)`, `for v in values:`,
//! `if x > 5:`, `class A(Base):`) is lowered to `raise NameError("name 'key' is not defined")`,
//! which behaves as CPython's does, caught or not. A name bound only in statements replaced so
//! is unbound in turn (to a fixed point). Any other read of an unbound name stays an
//! `undefined-name` error of type inference.
//!
//! Uncaught, CPython 3.11 adds a suggestion to the last traceback line (`NameError: name 'valu'
//! is not defined. Did you mean: 'value'?`), computed by `Python/suggestions.c` from the names of
//! the failing frame: the code's local variables, then the module's globals at that moment, then
//! the builtins, each in order. [`suggest`] is that computation; the names are taken from the
//! source (module globals bound by the statements before the failing one; for a function, all of
//! them, as when it is called after the module's definitions).
use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ra, Expr, ExprContext, Stmt};

use super::span;
use crate::source::Span;

/// The `NameError` a statement raises: its message and, uncaught, the suggestion CPython adds.
#[derive(Clone, Debug)]
pub(crate) struct NameErrorAt {
    pub name: String,
    /// Where the name is read.
    pub at: Span,
    pub message: String,
    pub hint: Option<String>,
}

/// CPython 3.11's builtins module, in its dictionary's order (as a script sees it: with `site`'s
/// additions at the end).
pub(crate) const BUILTINS: &[&str] = &[
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__", "abs", "all", "any",
    "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir", "divmod", "eval", "exec", "format",
    "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter", "len",
    "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum",
    "vars", "None", "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview", "bytearray", "bytes",
    "classmethod", "complex", "dict", "enumerate", "filter", "float", "frozenset", "property", "int", "list", "map",
    "object", "range", "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip", "__debug__",
    "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
    "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError",
    "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration",
    "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError",
    "ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
    "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning",
    "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError",
    "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
    "TimeoutError", "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError",
    "RecursionError", "UnboundLocalError", "UnicodeError", "BrokenPipeError", "ConnectionAbortedError",
    "ConnectionRefusedError", "ConnectionResetError", "TabError", "UnicodeDecodeError", "UnicodeEncodeError",
    "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError", "open", "quit", "exit", "copyright",
    "credits", "license", "help",
];

/// The globals a script's module starts with, in order.
const MODULE_DUNDERS: &[&str] =
    &["__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__", "__builtins__", "__file__", "__cached__"];

/// Names that reach globals by a string, or bind names no statement shows: with any of them,
/// no statement is lowered to a `NameError`.
const DYNAMIC: &[&str] = &["globals", "locals", "vars", "eval", "exec", "__builtins__", "setattr"];

/// Every statement (by span) that raises `NameError` before anything else it does.
pub(crate) fn find(body: &[Stmt]) -> HashMap<Span, NameErrorAt> {
    let mut reads = Reads::default();
    reads.visit_body(body);
    if reads.dynamic {
        return HashMap::new();
    }
    let builtins: HashSet<&str> = BUILTINS.iter().chain(MODULE_DUNDERS).copied().collect();
    let mut failing: HashMap<Span, (String, Span)> = HashMap::new();
    loop {
        let binds = bound_names(body, &failing);
        let unbound: HashSet<&str> = reads
            .names
            .iter()
            .copied()
            .filter(|n| !binds.contains_key(*n) && !builtins.contains(n) && !n.starts_with(super::doctest_run::INTRINSIC_PREFIX))
            .collect();
        if unbound.is_empty() {
            break;
        }
        let mut found = Vec::new();
        each_stmt(body, &failing, &mut |s| {
            if let Some(n) = stmt_fails(s, &unbound) {
                found.push((span(s), (n.id.to_string(), span(n))));
            }
        });
        let before = failing.len();
        failing.extend(found);
        if failing.len() == before {
            break;
        }
    }
    if failing.is_empty() {
        return HashMap::new();
    }
    // The suggestions: walk the module in order, keeping the globals bound so far.
    let mut all_globals = Vec::new();
    module_bindings_in_order(body, &mut all_globals);
    let mut out = HashMap::new();
    let mut globals: Vec<String> = MODULE_DUNDERS.iter().map(|s| s.to_string()).collect();
    hints_in(body, &failing, None, &mut globals, &all_globals, &mut out);
    out
}

/// Calls `f` on every statement not inside a statement in `skip` (nor inside one `f` is called on
/// that is in `skip`), in all scopes.
fn each_stmt<'a, T>(body: &'a [Stmt], skip: &HashMap<Span, T>, f: &mut dyn FnMut(&'a Stmt)) {
    for s in body {
        if skip.contains_key(&span(s)) {
            continue;
        }
        f(s);
        for b in bodies(s) {
            each_stmt(b, skip, f);
        }
    }
}

/// The statement lists directly inside `s`.
fn bodies(s: &Stmt) -> Vec<&[Stmt]> {
    match s {
        Stmt::FunctionDef(f) => vec![&f.body],
        Stmt::ClassDef(c) => vec![&c.body],
        Stmt::If(i) => std::iter::once(&i.body[..]).chain(i.elif_else_clauses.iter().map(|c| &c.body[..])).collect(),
        Stmt::For(f) => vec![&f.body, &f.orelse],
        Stmt::While(w) => vec![&w.body, &w.orelse],
        Stmt::With(w) => vec![&w.body],
        Stmt::Try(t) => {
            let mut v: Vec<&[Stmt]> = vec![&t.body];
            for h in &t.handlers {
                let ra::ExceptHandler::ExceptHandler(h) = h;
                v.push(&h.body);
            }
            v.push(&t.orelse);
            v.push(&t.finalbody);
            v
        }
        Stmt::Match(m) => m.cases.iter().map(|c| &c.body[..]).collect(),
        _ => Vec::new(),
    }
}

#[derive(Default)]
struct Reads<'a> {
    names: HashSet<&'a str>,
    dynamic: bool,
}

impl<'a> Visitor<'a> for Reads<'a> {
    fn visit_expr(&mut self, e: &'a Expr) {
        if let Expr::Name(n) = e {
            if n.ctx == ExprContext::Load {
                self.names.insert(n.id.as_str());
            }
            self.dynamic |= DYNAMIC.contains(&n.id.as_str());
        }
        walk_expr(self, e);
    }

    fn visit_stmt(&mut self, s: &'a Stmt) {
        if let Stmt::ImportFrom(i) = s {
            self.dynamic |= i.names.iter().any(|a| a.name.as_str() == "*");
        }
        walk_stmt(self, s);
    }
}

/// Every name bound anywhere (any scope, any binding form, and `global`/`nonlocal`
/// declarations), with how many times, leaving out the statements in `skip`.
pub(crate) fn bound_names<'a, T>(body: &'a [Stmt], skip: &HashMap<Span, T>) -> HashMap<&'a str, usize> {
    let mut b = Binds { skip, names: HashMap::new() };
    b.visit_body(body);
    b.names
}

struct Binds<'a, 'b, T> {
    skip: &'b HashMap<Span, T>,
    names: HashMap<&'a str, usize>,
}

impl<'a, T> Binds<'a, '_, T> {
    fn add(&mut self, n: &'a str) {
        *self.names.entry(n).or_default() += 1;
    }

    fn parameters(&mut self, p: &'a ra::Parameters) {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            self.add(a.parameter.name.as_str());
        }
        for a in p.vararg.iter().chain(&p.kwarg) {
            self.add(a.name.as_str());
        }
    }
}

impl<'a, T> Visitor<'a> for Binds<'a, '_, T> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        if self.skip.contains_key(&span(s)) {
            return;
        }
        match s {
            Stmt::FunctionDef(f) => {
                self.add(f.name.as_str());
                self.parameters(&f.parameters);
            }
            Stmt::ClassDef(c) => self.add(c.name.as_str()),
            Stmt::Import(i) => {
                for a in &i.names {
                    self.add(a.asname.as_ref().unwrap_or(&a.name).as_str().split('.').next().unwrap_or(""));
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.add(a.asname.as_ref().unwrap_or(&a.name).as_str());
                }
            }
            Stmt::Global(g) => g.names.iter().for_each(|n| self.add(n.as_str())),
            Stmt::Nonlocal(g) => g.names.iter().for_each(|n| self.add(n.as_str())),
            Stmt::Try(t) => {
                for h in &t.handlers {
                    let ra::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.add(n.as_str());
                    }
                }
            }
            _ => {}
        }
        walk_stmt(self, s);
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Name(n) if n.ctx != ExprContext::Load => self.add(n.id.as_str()),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.parameters(p);
                }
            }
            _ => {}
        }
        walk_expr(self, e);
    }

    fn visit_pattern(&mut self, p: &'a ra::Pattern) {
        match p {
            ra::Pattern::MatchAs(m) => m.name.iter().for_each(|n| self.add(n.as_str())),
            ra::Pattern::MatchStar(m) => m.name.iter().for_each(|n| self.add(n.as_str())),
            ra::Pattern::MatchMapping(m) => m.rest.iter().for_each(|n| self.add(n.as_str())),
            _ => {}
        }
        ra::visitor::walk_pattern(self, p);
    }
}

/// What evaluating an expression does first: reads an unbound name (`Found`), completes an
/// operation that may have effects or fail (`Blocked`), or neither (`Clean`: only names,
/// constants, attributes and displays).
enum Scan<'a> {
    Found(&'a ra::ExprName),
    Blocked,
    Clean,
}

/// [`scan`] of each expression in turn, stopping at the first that is not `Clean`.
fn scan_seq<'a>(es: impl IntoIterator<Item = &'a Expr>, unbound: &HashSet<&str>) -> Scan<'a> {
    for e in es {
        match scan(e, unbound) {
            Scan::Clean => {}
            r => return r,
        }
    }
    Scan::Clean
}

/// `r`, and when it is `Clean`, an operation that completes after it.
fn then_blocked(r: Scan<'_>) -> Scan<'_> {
    match r {
        Scan::Clean => Scan::Blocked,
        r => r,
    }
}

/// Walks `e` in CPython's evaluation order (see [`Scan`]).
fn scan<'a>(e: &'a Expr, unbound: &HashSet<&str>) -> Scan<'a> {
    match e {
        Expr::Name(n) => {
            if n.ctx == ExprContext::Load && unbound.contains(n.id.as_str()) {
                Scan::Found(n)
            } else {
                Scan::Clean
            }
        }
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) | Expr::EllipsisLiteral(_) => {
            Scan::Clean
        }
        Expr::Attribute(a) => scan(&a.value, unbound),
        Expr::Tuple(t) => scan_seq(&t.elts, unbound),
        Expr::List(l) => scan_seq(&l.elts, unbound),
        Expr::Set(s) => scan_seq(&s.elts, unbound),
        Expr::Dict(d) => {
            for item in &d.items {
                match &item.key {
                    Some(k) => match scan_seq([k, &item.value], unbound) {
                        Scan::Clean => {}
                        r => return r,
                    },
                    None => return then_blocked(scan(&item.value, unbound)),
                }
            }
            Scan::Clean
        }
        Expr::Starred(s) => then_blocked(scan(&s.value, unbound)),
        Expr::Call(c) => {
            let args = std::iter::once(&*c.func).chain(c.arguments.args.iter()).chain(c.arguments.keywords.iter().map(|k| &k.value));
            then_blocked(scan_seq(args, unbound))
        }
        Expr::BinOp(b) => then_blocked(scan_seq([&*b.left, &*b.right], unbound)),
        Expr::UnaryOp(u) => then_blocked(scan(&u.operand, unbound)),
        Expr::BoolOp(b) => then_blocked(scan_seq(b.values.first(), unbound)),
        Expr::Compare(c) => then_blocked(scan_seq(std::iter::once(&*c.left).chain(c.comparators.first()), unbound)),
        Expr::If(i) => then_blocked(scan(&i.test, unbound)),
        Expr::Subscript(s) => then_blocked(scan_seq([&*s.value, &*s.slice], unbound)),
        Expr::Slice(s) => scan_seq(s.lower.iter().chain(&s.upper).chain(&s.step).map(|b| &**b), unbound),
        Expr::FString(f) => {
            for el in f.value.elements() {
                if let ra::InterpolatedStringElement::Interpolation(i) = el {
                    return then_blocked(scan(&i.expression, unbound));
                }
            }
            Scan::Clean
        }
        Expr::Lambda(l) => match &l.parameters {
            Some(p) => scan_seq(p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs).filter_map(|a| a.default.as_deref()), unbound),
            None => Scan::Clean,
        },
        Expr::ListComp(c) => then_blocked(scan_seq(c.generators.first().map(|g| &g.iter), unbound)),
        Expr::SetComp(c) => then_blocked(scan_seq(c.generators.first().map(|g| &g.iter), unbound)),
        Expr::DictComp(c) => then_blocked(scan_seq(c.generators.first().map(|g| &g.iter), unbound)),
        Expr::Generator(c) => then_blocked(scan_seq(c.generators.first().map(|g| &g.iter), unbound)),
        Expr::Named(n) => scan(&n.value, unbound),
        _ => Scan::Blocked,
    }
}

/// A store into `t` after its value was computed: what evaluating the target's parts does.
fn scan_target<'a>(t: &'a Expr, unbound: &HashSet<&str>) -> Scan<'a> {
    match t {
        Expr::Name(_) => Scan::Clean,
        Expr::Attribute(a) => then_blocked(scan(&a.value, unbound)),
        Expr::Subscript(s) => then_blocked(scan_seq([&*s.value, &*s.slice], unbound)),
        _ => Scan::Blocked,
    }
}

/// The unbound name `s` reads before anything else it does, if any.
fn stmt_fails<'a>(s: &'a Stmt, unbound: &HashSet<&str>) -> Option<&'a ra::ExprName> {
    let r = match s {
        Stmt::Expr(e) => scan(&e.value, unbound),
        Stmt::Assign(a) => match scan(&a.value, unbound) {
            Scan::Clean => a.targets.first().map_or(Scan::Clean, |t| scan_target(t, unbound)),
            r => r,
        },
        Stmt::AnnAssign(a) => match &a.value {
            Some(v) => match scan(v, unbound) {
                Scan::Clean => scan_target(&a.target, unbound),
                r => r,
            },
            None => Scan::Clean,
        },
        Stmt::AugAssign(a) => match &*a.target {
            Expr::Attribute(t) => scan(&t.value, unbound),
            Expr::Subscript(t) => scan_seq([&*t.value, &*t.slice], unbound),
            _ => Scan::Blocked,
        },
        Stmt::Return(r) => r.value.as_deref().map_or(Scan::Clean, |v| scan(v, unbound)),
        Stmt::Raise(r) => r.exc.as_deref().map_or(Scan::Clean, |v| scan(v, unbound)),
        Stmt::Assert(a) => scan(&a.test, unbound),
        Stmt::If(i) => scan(&i.test, unbound),
        Stmt::While(w) => scan(&w.test, unbound),
        Stmt::For(f) => scan(&f.iter, unbound),
        Stmt::With(w) => w.items.first().map_or(Scan::Clean, |i| scan(&i.context_expr, unbound)),
        Stmt::Match(m) => scan(&m.subject, unbound),
        Stmt::ClassDef(c) => {
            let decorators = c.decorator_list.iter().map(|d| &d.expression);
            let bases = c.arguments.iter().flat_map(|a| a.args.iter().chain(a.keywords.iter().map(|k| &k.value)));
            scan_seq(decorators.chain(bases), unbound)
        }
        Stmt::FunctionDef(f) => {
            let decorators = f.decorator_list.iter().map(|d| &d.expression);
            let p = &f.parameters;
            let defaults = p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs).filter_map(|a| a.default.as_deref());
            scan_seq(decorators.chain(defaults), unbound)
        }
        _ => Scan::Clean,
    };
    match r {
        Scan::Found(n) => Some(n),
        _ => None,
    }
}

/// Names bound by assignment-like targets, in order.
fn target_names(t: &Expr, out: &mut Vec<String>) {
    match t {
        Expr::Name(n) => out.push(n.id.to_string()),
        Expr::Tuple(x) => x.elts.iter().for_each(|e| target_names(e, out)),
        Expr::List(x) => x.elts.iter().for_each(|e| target_names(e, out)),
        Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}

/// The names `s` itself binds in its scope (not those of the statements inside it), in order.
fn own_bindings(s: &Stmt, out: &mut Vec<String>) {
    match s {
        Stmt::FunctionDef(f) => out.push(f.name.to_string()),
        Stmt::ClassDef(c) => out.push(c.name.to_string()),
        Stmt::Assign(a) => a.targets.iter().for_each(|t| target_names(t, out)),
        Stmt::AnnAssign(a) if a.value.is_some() => target_names(&a.target, out),
        Stmt::AugAssign(a) => target_names(&a.target, out),
        Stmt::For(f) => target_names(&f.target, out),
        Stmt::With(w) => w.items.iter().filter_map(|i| i.optional_vars.as_deref()).for_each(|t| target_names(t, out)),
        Stmt::Import(i) => {
            out.extend(i.names.iter().map(|a| a.asname.as_ref().unwrap_or(&a.name).as_str().split('.').next().unwrap_or("").to_string()))
        }
        Stmt::ImportFrom(i) => out.extend(i.names.iter().filter(|a| a.name.as_str() != "*").map(|a| a.asname.as_ref().unwrap_or(&a.name).to_string())),
        Stmt::Try(t) => {
            for h in &t.handlers {
                let ra::ExceptHandler::ExceptHandler(h) = h;
                out.extend(h.name.iter().map(|n| n.to_string()));
            }
        }
        _ => {}
    }
}

/// The names a block binds in its own scope, in source order (not inside `def` or `class`).
pub(super) fn module_bindings_in_order(body: &[Stmt], out: &mut Vec<String>) {
    for s in body {
        own_bindings(s, out);
        if !matches!(s, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            for b in bodies(s) {
                module_bindings_in_order(b, out);
            }
        }
    }
}

/// A function's local variable names as CPython's `co_varnames` orders them: the parameters,
/// then the other local names in order of first use (not the `global`/`nonlocal` ones).
fn varnames(f: &ra::StmtFunctionDef) -> Vec<String> {
    let p = &f.parameters;
    let mut out: Vec<String> = p.posonlyargs.iter().chain(&p.args).map(|a| a.parameter.name.to_string()).collect();
    out.extend(p.kwonlyargs.iter().map(|a| a.parameter.name.to_string()));
    out.extend(p.vararg.iter().chain(&p.kwarg).map(|a| a.name.to_string()));
    let mut bound = Vec::new();
    module_bindings_in_order(&f.body, &mut bound);
    let mut declared = HashSet::new();
    each_stmt(&f.body, &HashMap::<Span, ()>::new(), &mut |s| match s {
        Stmt::Global(g) => declared.extend(g.names.iter().map(|n| n.to_string())),
        Stmt::Nonlocal(g) => declared.extend(g.names.iter().map(|n| n.to_string())),
        _ => {}
    });
    for n in bound {
        if !declared.contains(&n) && !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// Fills `out` with the `NameError` of each failing statement of `body`, walking in order;
/// `locals` is the varnames of the enclosing function (`None` at module level and in a class
/// body), `globals` the module globals bound so far.
fn hints_in(
    body: &[Stmt],
    failing: &HashMap<Span, (String, Span)>,
    locals: Option<&[String]>,
    globals: &mut Vec<String>,
    all_globals: &[String],
    out: &mut HashMap<Span, NameErrorAt>,
) {
    for s in body {
        if let Some((name, at)) = failing.get(&span(s)) {
            let hint = locals
                .and_then(|l| suggest(name, l))
                .or_else(|| suggest(name, globals))
                .or_else(|| suggest(name, BUILTINS))
                .map(|s| format!("Did you mean: '{s}'?"));
            let message = format!("name '{name}' is not defined");
            out.insert(span(s), NameErrorAt { name: name.clone(), at: *at, message, hint });
            continue;
        }
        let mut bound = Vec::new();
        own_bindings(s, &mut bound);
        if locals.is_none() {
            for n in bound {
                if !globals.contains(&n) {
                    globals.push(n);
                }
            }
        }
        match s {
            Stmt::FunctionDef(f) => {
                let names = varnames(f);
                let mut module: Vec<String> = MODULE_DUNDERS.iter().map(|s| s.to_string()).collect();
                module.extend(all_globals.iter().filter(|n| !MODULE_DUNDERS.contains(&n.as_str())).cloned());
                module.dedup();
                hints_in(&f.body, failing, Some(&names), &mut module, all_globals, out);
            }
            Stmt::ClassDef(c) => {
                let mut g = globals.clone();
                hints_in(&c.body, failing, None, &mut g, all_globals, out);
            }
            _ => {
                for b in bodies(s) {
                    hints_in(b, failing, locals, globals, all_globals, out);
                }
            }
        }
    }
}

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// CPython's `substitution_cost`: 0 for the same byte, 1 for an ASCII case flip, else 2.
fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.to_ascii_lowercase() == b.to_ascii_lowercase() && a.is_ascii_alphabetic() && b.is_ascii_alphabetic() {
        return CASE_COST;
    }
    MOVE_COST
}

/// CPython's `levenshtein_distance` over UTF-8 bytes, giving up above `max_cost`.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (mut a, mut b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// CPython's `calculate_suggestions`: the candidate closest to `name` within a third of the
/// characters involved, the first one on ties; none among 750 or more candidates.
pub(crate) fn suggest<'a, S: AsRef<str>>(name: &str, candidates: &'a [S]) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for c in candidates {
        let c = c.as_ref();
        if c == name {
            continue;
        }
        let mut max_distance = (name.len() + c.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), c.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(xs: &[&str]) -> Vec<String> {
        xs.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn suggestions_follow_cpython() {
        // Checked against CPython 3.11: `valu` → `value`, `prnt` → `print`, case flips cost less.
        assert_eq!(suggest("valu", &names(&["values", "value"])), Some("value"));
        assert_eq!(suggest("prnt", &names(BUILTINS)), Some("print"));
        assert_eq!(suggest("value", &names(BUILTINS)), Some("False"));
        assert_eq!(suggest("Count", &names(&["amount", "count"])), Some("count"));
        assert_eq!(suggest("xyz", &names(&["abc"])), None);
        assert_eq!(suggest("key", &names(BUILTINS)), None);
    }
}
