//! Function facts lowering resolves by name: `*args` functions (calls pack their extra arguments
//! into a tuple), docstrings (`f.__doc__`, the module's `__doc__`) and `f.__name__`.
use std::collections::HashMap;

use ruff_python_ast as ra;
use ruff_python_ast::visitor::{self, Visitor};

use super::{span, Lowerer};
use crate::ast::*;
use crate::source::Span;

/// What a pre-pass over the whole module knows about each function name.
#[derive(Default)]
pub(crate) struct FuncFacts {
    /// `def name(a, b, *rest)` (not a method), defined once and never rebound: the number of
    /// positional parameters before `*rest`. Calls by this name pack their extra positional
    /// arguments into one tuple argument.
    pub varargs: HashMap<String, usize>,
    /// Docstring (or `None`) of every function defined once (not a method) and never rebound.
    pub docs: HashMap<String, Option<String>>,
    /// The module docstring, when the name `__doc__` is never rebound.
    pub module_doc: Option<Option<String>>,
}

/// Counts how often each name is bound (defs, assignments, parameters, imports...).
#[derive(Default)]
struct Bindings<'a> {
    defs: HashMap<String, Vec<&'a ra::StmtFunctionDef>>,
    other: HashMap<String, usize>,
    class_depth: usize,
}

impl<'a> Visitor<'a> for Bindings<'a> {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        match s {
            ra::Stmt::FunctionDef(f) => {
                if self.class_depth == 0 {
                    self.defs.entry(f.name.id.as_str().to_string()).or_default().push(f);
                }
                let saved = std::mem::replace(&mut self.class_depth, 0);
                visitor::walk_stmt(self, s);
                self.class_depth = saved;
            }
            ra::Stmt::ClassDef(c) => {
                *self.other.entry(c.name.id.as_str().to_string()).or_default() += 1;
                self.class_depth += 1;
                visitor::walk_stmt(self, s);
                self.class_depth -= 1;
            }
            ra::Stmt::Import(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().map(|n| n.id.as_str()).unwrap_or_else(|| a.name.id.as_str().split('.').next().unwrap_or(""));
                    *self.other.entry(bound.to_string()).or_default() += 1;
                }
            }
            ra::Stmt::ImportFrom(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    *self.other.entry(bound.id.as_str().to_string()).or_default() += 1;
                }
            }
            ra::Stmt::Global(_) | ra::Stmt::Nonlocal(_) => {
                // `global f` / `nonlocal f` lets a function rebind the name.
                let names = match s {
                    ra::Stmt::Global(g) => &g.names,
                    ra::Stmt::Nonlocal(n) => &n.names,
                    _ => unreachable!(),
                };
                for n in names {
                    *self.other.entry(n.id.as_str().to_string()).or_default() += 1;
                }
            }
            _ => visitor::walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a ra::Expr) {
        if let ra::Expr::Name(n) = e {
            if !matches!(n.ctx, ra::ExprContext::Load) {
                *self.other.entry(n.id.as_str().to_string()).or_default() += 1;
            }
        }
        visitor::walk_expr(self, e);
    }

    fn visit_parameter(&mut self, p: &'a ra::Parameter) {
        *self.other.entry(p.name.id.as_str().to_string()).or_default() += 1;
        visitor::walk_parameter(self, p);
    }

    fn visit_except_handler(&mut self, h: &'a ra::ExceptHandler) {
        let ra::ExceptHandler::ExceptHandler(h2) = h;
        if let Some(n) = &h2.name {
            *self.other.entry(n.id.as_str().to_string()).or_default() += 1;
        }
        visitor::walk_except_handler(self, h);
    }
}

/// The docstring of a body: its first statement when that is a plain string literal.
fn docstring(body: &[ra::Stmt]) -> Option<String> {
    let ra::Stmt::Expr(e) = body.first()? else { return None };
    let ra::Expr::StringLiteral(s) = &*e.value else { return None };
    Some(s.value.to_str().to_string())
}

impl FuncFacts {
    /// Collects the facts of a whole module.
    pub fn collect(body: &[ra::Stmt]) -> FuncFacts {
        let mut b = Bindings::default();
        for s in body {
            b.visit_stmt(s);
        }
        let mut facts = FuncFacts::default();
        for (name, defs) in &b.defs {
            if defs.len() != 1 || b.other.contains_key(name) {
                continue;
            }
            let f = defs[0];
            facts.docs.insert(name.clone(), docstring(&f.body));
            if f.parameters.vararg.is_some() && f.parameters.kwarg.is_none() {
                facts.varargs.insert(name.clone(), f.parameters.posonlyargs.len() + f.parameters.args.len());
            }
        }
        if !b.other.contains_key("__doc__") && !b.defs.contains_key("__doc__") {
            facts.module_doc = Some(docstring(body));
        }
        facts
    }
}

impl Lowerer {
    /// `f.__doc__`, `f.__name__` of a function defined once, and the module's `__doc__`: constants.
    pub(super) fn func_fact_expr(&mut self, e: &ra::Expr, sp: Span) -> Option<Expr> {
        match e {
            ra::Expr::Name(n) if n.id.as_str() == "__doc__" => {
                let doc = self.facts.module_doc.clone()?;
                Some(self.doc_expr(doc, sp))
            }
            ra::Expr::Attribute(a) => {
                let ra::Expr::Name(n) = &*a.value else { return None };
                let doc = self.facts.docs.get(n.id.as_str()).cloned()?;
                match a.attr.id.as_str() {
                    "__doc__" => Some(self.doc_expr(doc, sp)),
                    "__name__" => Some(self.expr(sp, ExprKind::Str(n.id.as_str().to_string()))),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn doc_expr(&mut self, doc: Option<String>, sp: Span) -> Expr {
        match doc {
            Some(s) => self.expr(sp, ExprKind::Str(s)),
            None => self.expr(sp, ExprKind::None),
        }
    }

    /// The `*rest` parameter of `f`, when calls of it can be packed (see [`FuncFacts::varargs`]).
    pub(super) fn vararg_param(&mut self, f: &ra::StmtFunctionDef, method: bool) -> Option<Param> {
        let v = f.parameters.vararg.as_deref()?;
        if method || !self.facts.varargs.contains_key(f.name.id.as_str()) {
            let help = if method {
                "`*args` is supported on functions, not methods; pass a list or tuple"
            } else {
                "`*args` is supported when the function is defined once and its name is never rebound; pass a list or tuple"
            };
            self.unsupported("`*args` parameters here", span(v), help);
            return None;
        }
        Some(Param { name: v.name.id.as_str().to_string(), span: span(v), default: None, annotation: None, keyword_only: false })
    }

    /// A call of a `*args` function by name: its extra positional arguments become one tuple.
    pub(super) fn vararg_call(&mut self, c: &ra::ExprCall, sp: Span) -> Option<Expr> {
        let ra::Expr::Name(n) = &*c.func else { return None };
        let fixed = *self.facts.varargs.get(n.id.as_str())?;
        let func = self.lower_expr(&c.func);
        let mut args = Vec::new();
        let mut extra = Vec::new();
        for (i, a) in c.arguments.args.iter().enumerate() {
            if let ra::Expr::Starred(_) = a {
                self.unsupported("`*` arguments in a call of a `*args` function", span(a), "pass the values one by one");
                continue;
            }
            let x = self.lower_expr(a);
            if i < fixed {
                args.push(x);
            } else {
                extra.push(x);
            }
        }
        let tsp = match (extra.first(), extra.last()) {
            (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
            _ => sp,
        };
        if args.len() == fixed {
            let t = self.expr(tsp, ExprKind::Tuple(extra));
            args.push(t);
        }
        let mut keywords = Vec::new();
        for k in c.arguments.keywords.iter() {
            match &k.arg {
                Some(name) => {
                    let value = self.lower_expr(&k.value);
                    keywords.push(Keyword { name: name.id.as_str().to_string(), span: span(k), value })
                }
                None => self.unsupported("`**` arguments in calls", span(k), ""),
            }
        }
        Some(self.expr(sp, ExprKind::Call { func: Box::new(func), args, keywords }))
    }
}
