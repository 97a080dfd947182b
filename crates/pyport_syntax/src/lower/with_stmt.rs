//! `with` statements over objects of the program's own context-manager classes.
//!
//! `with C(...) as v: body` runs `C(...).__enter__()`, binds `v`, runs `body`, and calls
//! `__exit__` however the body ends. When every `__exit__` the program defines neither reads the
//! exception it is given nor returns anything but `None`/`False` (so it never suppresses one),
//! that is exactly
//!
//! ```text
//! _withN = C(...)
//! v = _withN.__enter__()
//! try:
//!     body
//! finally:
//!     _withN.__exit__(None, None, None)
//! ```
//!
//! and several items nest in order. `with open(...) as f: body` (the builtin `open`) is
//!
//! ```text
//! _withN = open(...)
//! f = _withN
//! try:
//!     body
//! finally:
//!     _withN.close()
//! ```
//!
//! since a file's `__enter__` returns the file and its `__exit__` closes it and returns `None`;
//! `with fp:` too, where every assignment of `fp` in the program is `fp = open(...)`, and `with`
//! over `io.StringIO(...)` / `io.BytesIO(...)`, which are files too.
//! Other `with` statements (library context managers, an `__exit__` that looks at the exception or
//! may suppress it) stay refused.
use std::collections::{HashMap, HashSet};

use ruff_python_ast as ra;
use ruff_python_ast::visitor::{self, Visitor};

use super::{span, Lowerer};
use crate::ast::*;
use crate::Span;

/// What the module's classes offer as context managers.
#[derive(Default, Clone)]
pub(crate) struct ContextClasses {
    /// Classes defining both `__enter__` and `__exit__`.
    pub classes: HashSet<String>,
    /// Whether every `__exit__` in the program ignores its exception arguments and never returns
    /// a value that could be true.
    pub exits_plain: bool,
    /// Whether the program binds the name `open` anywhere (then `open(...)` may not be the builtin).
    pub open_bound: bool,
    /// Names every assignment of the program binds to `open(...)` (`fp = open(name, "wb")` in each
    /// branch, then `with fp:`), and no other statement binds.
    pub file_names: HashSet<String>,
}

impl ContextClasses {
    pub(crate) fn collect(body: &[ra::Stmt]) -> ContextClasses {
        let mut binds = BindsOpen(false);
        for s in body {
            binds.visit_stmt(s);
        }
        // A name every binding of which (any scope, any kind) is one of those `open(...)` assignments.
        let mut opens = OpenAssignments::default();
        opens.visit_body(body);
        let bindings = super::small_ints::binding_counts(body);
        let file_names = opens.0.into_iter().filter(|(n, k)| bindings.get(n) == Some(k)).map(|(n, _)| n).collect();
        let mut out = ContextClasses { classes: HashSet::new(), exits_plain: true, open_bound: binds.0, file_names };
        let mut exits = Vec::new();
        collect_exits(body, &mut exits);
        for (class, has_enter, exit) in exits {
            if let Some(f) = exit {
                out.exits_plain &= exit_is_plain(f);
                if has_enter {
                    out.classes.insert(class);
                }
            }
        }
        out
    }
}

/// Every class (at any depth): its name, whether it defines `__enter__`, and its `__exit__`.
fn collect_exits<'a>(body: &'a [ra::Stmt], out: &mut Vec<(String, bool, Option<&'a ra::StmtFunctionDef>)>) {
    for s in body {
        match s {
            ra::Stmt::ClassDef(c) => {
                let method = |name: &str| {
                    c.body.iter().find_map(|m| match m {
                        ra::Stmt::FunctionDef(f) if f.name.id.as_str() == name => Some(f),
                        _ => None,
                    })
                };
                out.push((c.name.id.as_str().to_string(), method("__enter__").is_some(), method("__exit__")));
                collect_exits(&c.body, out);
            }
            ra::Stmt::FunctionDef(f) => collect_exits(&f.body, out),
            ra::Stmt::If(i) => {
                collect_exits(&i.body, out);
                for c in &i.elif_else_clauses {
                    collect_exits(&c.body, out);
                }
            }
            _ => {}
        }
    }
}

/// `__exit__(self, ...)` that reads no parameter but `self`, is no generator, and returns only
/// `None` or `False`.
fn exit_is_plain(f: &ra::StmtFunctionDef) -> bool {
    let p = &f.parameters;
    let mut names: Vec<&str> = p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs).map(|a| a.parameter.name.id.as_str()).collect();
    names.extend(p.vararg.iter().chain(&p.kwarg).map(|a| a.name.id.as_str()));
    let Some((_self, rest)) = names.split_first() else { return false };
    let mut scan = ExitScan { params: rest.iter().map(|s| s.to_string()).collect(), ok: true };
    for s in &f.body {
        scan.visit_stmt(s);
    }
    scan.ok
}

/// How many statements (any scope) bind each name to `open(...)`: `name = open(...)`.
#[derive(Default)]
struct OpenAssignments(HashMap<String, usize>);

impl<'a> Visitor<'a> for OpenAssignments {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        if let ra::Stmt::Assign(a) = s {
            let opened = matches!(&*a.value, ra::Expr::Call(c) if matches!(&*c.func, ra::Expr::Name(n) if n.id.as_str() == "open"));
            if let ([ra::Expr::Name(n)], true) = (&a.targets[..], opened) {
                *self.0.entry(n.id.to_string()).or_default() += 1;
            }
        }
        visitor::walk_stmt(self, s);
    }
}

/// Finds any binding of the name `open`: a `def`, a class, an import, an assignment target, a
/// parameter.
struct BindsOpen(bool);

impl<'a> Visitor<'a> for BindsOpen {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        let open = |n: &str| n == "open";
        match s {
            ra::Stmt::FunctionDef(f) => {
                let p = &f.parameters;
                let mut names = p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs).map(|a| a.parameter.name.id.as_str());
                self.0 |= open(f.name.id.as_str())
                    || names.any(open)
                    || p.vararg.iter().chain(&p.kwarg).any(|a| open(a.name.id.as_str()));
            }
            ra::Stmt::ClassDef(c) => {
                self.0 |= open(c.name.id.as_str());
                // A method named `open` is an attribute, not a name the module's code reads.
                for s in &c.body {
                    match s {
                        ra::Stmt::FunctionDef(f) => {
                            let p = &f.parameters;
                            self.0 |= p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs).any(|a| open(a.parameter.name.id.as_str()))
                                || p.vararg.iter().chain(&p.kwarg).any(|a| open(a.name.id.as_str()));
                            for d in &f.decorator_list {
                                self.visit_decorator(d);
                            }
                            self.visit_parameters(&f.parameters);
                            self.visit_body(&f.body);
                        }
                        s => self.visit_stmt(s),
                    }
                }
                return;
            }
            ra::Stmt::Import(i) => {
                self.0 |= i.names.iter().any(|a| open(a.asname.as_ref().unwrap_or(&a.name).id.as_str()));
            }
            ra::Stmt::ImportFrom(i) => {
                self.0 |= i.names.iter().any(|a| open(a.asname.as_ref().unwrap_or(&a.name).id.as_str()) || a.name.id.as_str() == "*");
            }
            _ => {}
        }
        visitor::walk_stmt(self, s);
    }
    fn visit_expr(&mut self, e: &'a ra::Expr) {
        match e {
            ra::Expr::Name(n) if n.ctx == ra::ExprContext::Store && n.id.as_str() == "open" => self.0 = true,
            ra::Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.0 |= p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs).any(|a| a.parameter.name.id.as_str() == "open");
                }
            }
            _ => {}
        }
        visitor::walk_expr(self, e);
    }
}

struct ExitScan {
    params: HashSet<String>,
    ok: bool,
}

impl<'a> Visitor<'a> for ExitScan {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        match s {
            ra::Stmt::Return(r) => {
                let plain = match r.value.as_deref() {
                    None | Some(ra::Expr::NoneLiteral(_)) => true,
                    Some(ra::Expr::BooleanLiteral(b)) => !b.value,
                    _ => false,
                };
                self.ok &= plain;
            }
            // A nested function or class has its own returns.
            ra::Stmt::FunctionDef(_) | ra::Stmt::ClassDef(_) => self.ok = false,
            _ => visitor::walk_stmt(self, s),
        }
    }
    fn visit_expr(&mut self, e: &'a ra::Expr) {
        match e {
            ra::Expr::Name(n) if self.params.contains(n.id.as_str()) => self.ok = false,
            ra::Expr::Yield(_) | ra::Expr::YieldFrom(_) | ra::Expr::Lambda(_) => self.ok = false,
            _ => visitor::walk_expr(self, e),
        }
    }
}

/// The `io` classes whose objects are files kept in memory.
const MEMORY_FILES: &[&str] = &["StringIO", "BytesIO"];

impl Lowerer {
    /// The statements a `with` lowers to, or `None` (with a diagnostic) when it stays refused.
    pub(super) fn with_stmt(&mut self, w: &ra::StmtWith, sp: Span) -> Option<Vec<Stmt>> {
        const HELP: &str = "the builtin engine compiles `with` over `open(...)` and over objects of the program's classes whose `__exit__` ignores the exception and returns nothing; `--engine auto` can hand the program to an LLM";
        if w.is_async {
            self.unsupported("`async with`", sp, HELP);
            return None;
        }
        let ctx = self.context_classes.clone();
        // `open(...)` itself, or a name only ever bound to `open(...)`.
        let is_open = |e: &ra::Expr| {
            !ctx.open_bound
                && match e {
                    ra::Expr::Call(c) => match &*c.func {
                        ra::Expr::Name(n) => n.id.as_str() == "open" || (MEMORY_FILES.contains(&n.id.as_str()) && !ctx.classes.contains(n.id.as_str())),
                        // `io.StringIO(...)`, `io.BytesIO(...)`: files in memory, closed the same way.
                        ra::Expr::Attribute(a) => matches!(&*a.value, ra::Expr::Name(m) if m.id.as_str() == "io") && MEMORY_FILES.contains(&a.attr.as_str()),
                        _ => false,
                    },
                    ra::Expr::Name(n) => ctx.file_names.contains(n.id.as_str()),
                    _ => false,
                }
        };
        for item in &w.items {
            if is_open(&item.context_expr) {
                continue;
            }
            let shape = !ctx.classes.is_empty()
                && match &item.context_expr {
                    // A class of the program, or a value (a variable, an attribute, a method's result).
                    ra::Expr::Call(c) => match &*c.func {
                        ra::Expr::Name(n) => ctx.classes.contains(n.id.as_str()),
                        ra::Expr::Attribute(_) => true,
                        _ => false,
                    },
                    ra::Expr::Name(n) => !ctx.classes.contains(n.id.as_str()),
                    ra::Expr::Attribute(_) | ra::Expr::Subscript(_) => true,
                    _ => false,
                };
            if !shape || !ctx.exits_plain {
                let what = if shape {
                    "a `with` statement where a class's `__exit__` reads the exception or may suppress it"
                } else {
                    "a `with` statement over something other than `open(...)` or an object of the program's classes with `__enter__` and `__exit__`"
                };
                self.unsupported(what, span(&item.context_expr), HELP);
                return None;
            }
        }
        if w.items.len() > 4 {
            self.unsupported("a `with` statement of more than four items", sp, "nest the `with` statements");
            return None;
        }
        // In source order: each context expression, `__enter__`, and the binding of its target.
        let mut heads = Vec::new();
        for (k, item) in w.items.iter().enumerate() {
            let isp = span(item);
            let mgr = format!("_with{}_{k}", sp.start);
            let value = self.lower_expr(&item.context_expr);
            let target = match item.optional_vars.as_deref() {
                Some(v) => Some(self.target(v)?),
                None => None,
            };
            heads.push((isp, mgr, value, target, is_open(&item.context_expr)));
        }
        self.block_depth += 1;
        let mut inner = self.stmts(&w.body);
        self.block_depth -= 1;
        for (k, (isp, mgr, value, target, file)) in heads.into_iter().enumerate().rev() {
            // Later stages key some facts by where a call starts, so each made-up call starts where
            // no expression of the program does: `__enter__` just after its item (at the `,` or
            // `:`), `__exit__` inside the `with` keyword.
            let enter_sp = Span { start: isp.end, end: isp.end + 1 };
            let exit_sp = Span { start: sp.start + k as u32, end: sp.start + k as u32 + 1 };
            let call = |this: &mut Self, at: Span, method: &str, args: Vec<Expr>| {
                let m = this.expr(at, ExprKind::Name(mgr.clone()));
                let f = this.expr(at, ExprKind::Attribute { value: Box::new(m), attr: method.to_string() });
                this.expr(at, ExprKind::Call { func: Box::new(f), args, keywords: Vec::new() })
            };
            // A file's `__enter__` is the file itself; its `__exit__` closes it.
            let (enter, exit) = if file {
                (self.expr(enter_sp, ExprKind::Name(mgr.clone())), call(self, exit_sp, "close", Vec::new()))
            } else {
                let nones = (0..3).map(|_| self.expr(exit_sp, ExprKind::None)).collect();
                (call(self, enter_sp, "__enter__", Vec::new()), call(self, exit_sp, "__exit__", nones))
            };
            let bind = match target {
                Some(t) => StmtKind::Assign { targets: vec![t], value: enter },
                None => StmtKind::Expr(enter),
            };
            inner = vec![
                Stmt { span: isp, kind: StmtKind::Assign { targets: vec![Target::Name { name: mgr.clone(), span: isp }], value } },
                Stmt { span: isp, kind: bind },
                Stmt {
                    span: isp,
                    kind: StmtKind::Try { body: inner, handlers: Vec::new(), orelse: Vec::new(), finalbody: vec![Stmt { span: isp, kind: StmtKind::Expr(exit) }] },
                },
            ];
        }
        Some(inner)
    }
}
