//! Function attributes used as storage (`q.seq = [None, 1, 1]` after `def q`, then `q.seq[n]` and
//! `q.seq.append(x)` inside it): for a module-level function defined once and never rebound, each
//! attribute the program assigns is a module variable of its own, which is what the function
//! object's attribute is (one object, one slot). Functions that assign it declare it `global`.
use std::collections::HashMap;

use ruff_python_ast as ra;
use ruff_python_ast::visitor::{self, Visitor};

use super::{span, Lowerer};
use crate::ast::*;
use crate::source::Span;

/// Collects `f.attr` assignment targets whose `f` is one of `funcs`.
struct Targets<'f> {
    funcs: &'f [String],
    found: Vec<(String, String)>,
}

impl<'a> Visitor<'a> for Targets<'_> {
    fn visit_expr(&mut self, e: &'a ra::Expr) {
        if let ra::Expr::Attribute(a) = e {
            if !matches!(a.ctx, ra::ExprContext::Load) {
                if let ra::Expr::Name(n) = &*a.value {
                    let attr = a.attr.id.as_str();
                    if self.funcs.iter().any(|f| f == n.id.as_str()) && !attr.starts_with("__") {
                        let k = (n.id.as_str().to_string(), attr.to_string());
                        if !self.found.contains(&k) {
                            self.found.push(k);
                        }
                    }
                }
            }
        }
        visitor::walk_expr(self, e);
    }
}

/// Finds `f.attr = ...` targets in a function body (not in nested functions or classes).
struct Assigned<'m> {
    map: &'m HashMap<(String, String), String>,
    found: Vec<String>,
}

impl<'a> Visitor<'a> for Assigned<'_> {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        match s {
            ra::Stmt::FunctionDef(_) | ra::Stmt::ClassDef(_) => {}
            _ => visitor::walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a ra::Expr) {
        if let ra::Expr::Attribute(a) = e {
            if !matches!(a.ctx, ra::ExprContext::Load) {
                if let ra::Expr::Name(n) = &*a.value {
                    if let Some(v) = self.map.get(&(n.id.as_str().to_string(), a.attr.id.as_str().to_string())) {
                        if !self.found.contains(v) {
                            self.found.push(v.clone());
                        }
                    }
                }
            }
        }
        visitor::walk_expr(self, e);
    }
}

impl Lowerer {
    /// Fills `facts.fattrs`: `(function, attribute)` to the variable standing for it. Needs
    /// `facts.docs` (functions defined once and never rebound) and `facts.bound`.
    pub(super) fn collect_fattrs(&mut self, body: &[ra::Stmt]) {
        let funcs: Vec<String> = body
            .iter()
            .filter_map(|s| if let ra::Stmt::FunctionDef(f) = s { Some(f.name.id.as_str().to_string()) } else { None })
            .filter(|n| self.facts.docs.contains_key(n))
            .collect();
        if funcs.is_empty() {
            return;
        }
        let mut t = Targets { funcs: &funcs, found: Vec::new() };
        for s in body {
            t.visit_stmt(s);
        }
        for (f, a) in t.found {
            let mut var = format!("{f}__{a}");
            while self.facts.bound.contains(&var) || self.facts.fattrs.values().any(|v| v == &var) {
                var.push('_');
            }
            self.facts.fattrs.insert((f, a), var);
        }
    }

    /// The variable for `f.attr` when `e` is such a function attribute.
    pub(super) fn fattr_var(&self, e: &ra::Expr) -> Option<String> {
        let ra::Expr::Attribute(a) = e else { return None };
        let ra::Expr::Name(n) = &*a.value else { return None };
        self.facts.fattrs.get(&(n.id.as_str().to_string(), a.attr.id.as_str().to_string())).cloned()
    }

    /// `f.attr` read: the variable.
    pub(super) fn fattr_expr(&mut self, e: &ra::Expr, sp: Span) -> Option<Expr> {
        let v = self.fattr_var(e).or_else(|| self.nsattr_var(e, false))?;
        Some(self.expr(sp, ExprKind::Name(v)))
    }

    /// A function body that assigns function attributes starts with `global` for their variables.
    pub(super) fn fattr_globals(&mut self, src: &[ra::Stmt], mut body: Vec<Stmt>) -> Vec<Stmt> {
        if self.facts.fattrs.is_empty() {
            return body;
        }
        let mut a = Assigned { map: &self.facts.fattrs, found: Vec::new() };
        for s in src {
            a.visit_stmt(s);
        }
        if !a.found.is_empty() {
            let sp = src.first().map(span).unwrap_or_default();
            body.insert(0, Stmt { span: sp, kind: StmtKind::Global(a.found) });
        }
        body
    }
}
