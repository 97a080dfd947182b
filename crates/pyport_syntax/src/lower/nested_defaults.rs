//! Default values and keyword-only parameters of a nested `def` whose name is only ever called
//! directly (`walk(node)`, `walk(node.left, code + "0")`, `add(x, y, is_segment=True)`).
//!
//! Every default must be a constant (a number, string, `True`/`False`/`None`, or a tuple of those),
//! so evaluating it at each call gives the same value Python computed once at the `def`. Each call
//! by name then passes every argument positionally: missing ones are the default's constant, and
//! keyword arguments fill their parameters when they come in parameter order (so they are still
//! evaluated left to right). The function itself takes plain positional parameters. Any other use
//! of the name (passed as a value, rebound, shadowed) keeps the diagnostic.
use std::collections::HashMap;

use ruff_python_ast as ra;
use ruff_python_ast::visitor::{self, Visitor};

use super::{span, Lowerer};
use crate::ast::*;
use crate::diagnostic::Diagnostic;
use crate::source::Span;

/// One parameter of such a function: name, constant default, keyword-only.
#[derive(Clone)]
pub(crate) struct NdParam {
    name: String,
    default: Option<ra::Expr>,
    keyword_only: bool,
}

/// Whether a default is a constant whose value does not depend on when it is evaluated.
fn constant(e: &ra::Expr) -> bool {
    match e {
        ra::Expr::NumberLiteral(_) | ra::Expr::StringLiteral(_) | ra::Expr::BooleanLiteral(_) | ra::Expr::NoneLiteral(_) => true,
        ra::Expr::UnaryOp(u) if matches!(u.op, ra::UnaryOp::USub | ra::UnaryOp::UAdd) => matches!(&*u.operand, ra::Expr::NumberLiteral(_)),
        ra::Expr::Tuple(t) => t.elts.iter().all(constant),
        _ => false,
    }
}

/// Uses of one name in a function body: as the callee of a plain call, and any other way.
struct Uses<'n> {
    name: &'n str,
    defs: usize,
    calls: usize,
    other: usize,
}

impl<'a> Visitor<'a> for Uses<'_> {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        match s {
            ra::Stmt::FunctionDef(f) if f.name.id.as_str() == self.name => self.defs += 1,
            ra::Stmt::ClassDef(c) if c.name.id.as_str() == self.name => self.other += 1,
            ra::Stmt::Global(g) if g.names.iter().any(|n| n.id.as_str() == self.name) => self.other += 1,
            ra::Stmt::Nonlocal(g) if g.names.iter().any(|n| n.id.as_str() == self.name) => self.other += 1,
            ra::Stmt::Import(i) if i.names.iter().any(|a| a.asname.as_ref().map_or(a.name.id.as_str(), |n| n.id.as_str()) == self.name) => self.other += 1,
            ra::Stmt::ImportFrom(i) if i.names.iter().any(|a| a.asname.as_ref().unwrap_or(&a.name).id.as_str() == self.name) => self.other += 1,
            _ => {}
        }
        visitor::walk_stmt(self, s);
    }

    fn visit_expr(&mut self, e: &'a ra::Expr) {
        match e {
            ra::Expr::Call(c) if matches!(&*c.func, ra::Expr::Name(n) if n.id.as_str() == self.name) => {
                let plain = !c.arguments.args.iter().any(|a| matches!(a, ra::Expr::Starred(_))) && c.arguments.keywords.iter().all(|k| k.arg.is_some());
                if plain {
                    self.calls += 1;
                } else {
                    self.other += 1;
                }
                for a in c.arguments.args.iter() {
                    self.visit_expr(a);
                }
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value);
                }
                return;
            }
            ra::Expr::Name(n) if n.id.as_str() == self.name => self.other += 1,
            _ => {}
        }
        visitor::walk_expr(self, e);
    }

    fn visit_parameter(&mut self, p: &'a ra::Parameter) {
        if p.name.id.as_str() == self.name {
            self.other += 1;
        }
        visitor::walk_parameter(self, p);
    }

    fn visit_except_handler(&mut self, h: &'a ra::ExceptHandler) {
        let ra::ExceptHandler::ExceptHandler(h2) = h;
        if h2.name.as_ref().is_some_and(|n| n.id.as_str() == self.name) {
            self.other += 1;
        }
        visitor::walk_except_handler(self, h);
    }
}

impl Lowerer {
    /// Entering the body of `f`: the nested `def`s at its top level whose defaults calls can fill.
    pub(super) fn nested_defaults_begin(&mut self, f: &ra::StmtFunctionDef) {
        let mut found = HashMap::new();
        for s in &f.body {
            let ra::Stmt::FunctionDef(g) = s else { continue };
            let p = &g.parameters;
            let has = p.posonlyargs.iter().chain(p.args.iter()).any(|a| a.default.is_some()) || !p.kwonlyargs.is_empty();
            if !has || g.is_async || !g.decorator_list.is_empty() || p.vararg.is_some() || p.kwarg.is_some() {
                continue;
            }
            let all = p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter());
            if !all.clone().all(|a| a.default.as_deref().is_none_or(constant)) {
                continue;
            }
            let name = g.name.id.as_str();
            let mut u = Uses { name, defs: 0, calls: 0, other: 0 };
            for p in f.parameters.iter() {
                if p.name().id.as_str() == name {
                    u.other += 1;
                }
            }
            for s in &f.body {
                u.visit_stmt(s);
            }
            if u.defs != 1 || u.other != 0 {
                continue;
            }
            let params = p
                .posonlyargs
                .iter()
                .chain(p.args.iter())
                .map(|a| (a, false))
                .chain(p.kwonlyargs.iter().map(|a| (a, true)))
                .map(|(a, kw)| NdParam { name: a.parameter.name.id.as_str().to_string(), default: a.default.as_deref().cloned(), keyword_only: kw })
                .collect();
            found.insert(name.to_string(), params);
        }
        self.facts.nested_defaults.push(found);
    }

    pub(super) fn nested_defaults_end(&mut self) {
        self.facts.nested_defaults.pop();
    }

    /// Whether the nested `def` being lowered (in the innermost function) is one whose calls fill
    /// its defaults.
    pub(super) fn nested_defaults_ok(&self, name: &str) -> bool {
        self.facts.nested_defaults.last().is_some_and(|m| m.contains_key(name))
    }

    fn nested_defaults_of(&self, name: &str) -> Option<Vec<NdParam>> {
        self.facts.nested_defaults.iter().rev().find_map(|m| m.get(name)).cloned()
    }

    /// `walk(node)` of such a function: every argument passed positionally.
    pub(super) fn nested_defaults_call(&mut self, c: &ra::ExprCall, sp: Span) -> Option<Expr> {
        let ra::Expr::Name(n) = &*c.func else { return None };
        let params = self.nested_defaults_of(n.id.as_str())?;
        let fname = n.id.as_str().to_string();
        let npos = c.arguments.args.len();
        let positional = params.iter().filter(|p| !p.keyword_only).count();
        let refuse = |this: &mut Self, what: String, at: Span| {
            this.diagnostics.push(
                Diagnostic::error("unsupported-syntax", format!("unsupported: {what}"), at)
                    .with_help("pass the arguments positionally, in the order of the parameters (`--engine auto` can hand the program to an LLM)"),
            );
            Some(this.bad(sp))
        };
        if npos > positional {
            return refuse(self, format!("`{fname}()` called with {npos} positional arguments (it takes at most {positional})"), sp);
        }
        let mut args: Vec<Expr> = c.arguments.args.iter().map(|a| self.lower_expr(a)).collect();
        let mut kws = c.arguments.keywords.iter().peekable();
        for p in &params[npos..] {
            match kws.peek() {
                Some(k) if k.arg.as_ref().is_some_and(|a| a.id.as_str() == p.name) => {
                    let v = self.lower_expr(&k.value);
                    args.push(v);
                    kws.next();
                }
                _ => match &p.default {
                    Some(d) => {
                        if c.arguments.keywords.iter().any(|k| k.arg.as_ref().is_some_and(|a| a.id.as_str() == p.name)) {
                            return refuse(self, format!("keyword arguments of `{fname}()` out of the order of its parameters"), sp);
                        }
                        let d = d.clone();
                        let v = self.lower_expr(&d);
                        args.push(v);
                    }
                    None => return refuse(self, format!("a call of `{fname}()` without its argument `{}`", p.name), sp),
                },
            }
        }
        if let Some(k) = kws.next() {
            let what = match &k.arg {
                Some(a) if params.iter().any(|p| p.name == a.id.as_str()) => format!("keyword arguments of `{fname}()` out of the order of its parameters"),
                Some(a) => format!("keyword argument `{}` of `{fname}()`, which has no such parameter", a.id.as_str()),
                None => format!("`**` arguments in a call of `{fname}()`"),
            };
            return refuse(self, what, span(k));
        }
        let func = self.lower_expr(&c.func);
        Some(self.expr(sp, ExprKind::Call { func: Box::new(func), args, keywords: vec![] }))
    }
}
