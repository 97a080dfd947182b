//! Classes defined inside a function. A namespace class (only `name = value` in its body, the
//! Python 2 way to share mutable state with nested functions) becomes one local variable per
//! attribute of the enclosing function: a fresh set per call, shared with nested functions as any
//! local is. A class with methods that reads none of the enclosing functions' locals is lifted to
//! the program's classes as if defined at module level (each call's class would behave the same).
use std::cell::RefCell;
use std::collections::HashSet;

use ruff_python_ast as ra;
use ruff_python_ast::visitor::transformer::Transformer;
use ruff_python_ast::visitor::{self, Visitor};

use super::classbody::ClassNames;
use super::{span, Lowerer};
use crate::ast::*;
use crate::source::Span;

/// Names read and names bound anywhere inside some code (nested scopes included).
#[derive(Default)]
struct Names {
    loads: HashSet<String>,
    stores: HashSet<String>,
    /// Stop at nested functions, classes, lambdas and comprehensions (a function's own locals).
    shallow: bool,
}

impl<'a> Visitor<'a> for Names {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        match s {
            ra::Stmt::FunctionDef(f) => {
                self.stores.insert(f.name.id.as_str().to_string());
                if !self.shallow {
                    for p in f.parameters.iter() {
                        self.stores.insert(p.name().id.as_str().to_string());
                    }
                    visitor::walk_stmt(self, s);
                }
            }
            ra::Stmt::ClassDef(c) => {
                self.stores.insert(c.name.id.as_str().to_string());
                if !self.shallow {
                    visitor::walk_stmt(self, s);
                }
            }
            ra::Stmt::Import(i) => {
                for a in &i.names {
                    let b = a.asname.as_ref().map(|n| n.id.as_str()).unwrap_or_else(|| a.name.id.as_str().split('.').next().unwrap_or(""));
                    self.stores.insert(b.to_string());
                }
            }
            ra::Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.stores.insert(a.asname.as_ref().unwrap_or(&a.name).id.as_str().to_string());
                }
            }
            _ => visitor::walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a ra::Expr) {
        match e {
            ra::Expr::Name(n) => {
                let id = n.id.as_str().to_string();
                if matches!(n.ctx, ra::ExprContext::Load) {
                    self.loads.insert(id);
                } else {
                    self.stores.insert(id);
                }
            }
            ra::Expr::Lambda(l) if !self.shallow => {
                if let Some(ps) = &l.parameters {
                    for p in ps.iter() {
                        self.stores.insert(p.name().id.as_str().to_string());
                    }
                }
                visitor::walk_expr(self, e);
            }
            ra::Expr::Lambda(_) | ra::Expr::ListComp(_) | ra::Expr::SetComp(_) | ra::Expr::DictComp(_) | ra::Expr::Generator(_) if self.shallow => {}
            _ => visitor::walk_expr(self, e),
        }
    }

    fn visit_except_handler(&mut self, h: &'a ra::ExceptHandler) {
        let ra::ExceptHandler::ExceptHandler(h2) = h;
        if let Some(n) = &h2.name {
            self.stores.insert(n.id.as_str().to_string());
        }
        visitor::walk_except_handler(self, h);
    }
}

impl Lowerer {
    /// Entering the body of `f`: its local names, for classes defined inside it.
    pub(super) fn nested_scope_begin(&mut self, f: &ra::StmtFunctionDef) {
        let mut n = Names { shallow: true, ..Default::default() };
        for p in f.parameters.iter() {
            n.stores.insert(p.name().id.as_str().to_string());
        }
        for s in &f.body {
            n.visit_stmt(s);
        }
        self.facts.func_locals.push(n.stores);
    }

    /// Leaving the body of the function entered last: its namespace classes' variables go out of scope.
    pub(super) fn nested_scope_end(&mut self) {
        self.facts.func_locals.pop();
        let depth = self.func_depth;
        self.facts.nsattrs.retain(|_, (_, d)| *d < depth);
    }

    /// The variable for `Cls.attr` of a namespace class in scope; as an assignment target inside a
    /// nested function, the variable is `nonlocal` there.
    pub(super) fn nsattr_var(&mut self, e: &ra::Expr, store: bool) -> Option<String> {
        let ra::Expr::Attribute(a) = e else { return None };
        let ra::Expr::Name(n) = &*a.value else { return None };
        let (var, depth) = self.facts.nsattrs.get(&(n.id.as_str().to_string(), a.attr.id.as_str().to_string())).cloned()?;
        if store && depth < self.func_depth {
            if let Some(nl) = self.nonlocals.last_mut() {
                if !nl.contains(&var) {
                    nl.push(var.clone());
                }
            }
        }
        Some(var)
    }

    /// `class C` inside a function. `Some(statement)` when handled (a namespace class becomes
    /// assignments; a lifted class is lowered by the caller when this returns `None` with `lift`
    /// set); `None` and `lift == false` after a diagnostic.
    pub(super) fn class_in_function(&mut self, c: &ra::StmtClassDef, sp: Span, lift: &mut bool) -> Option<Stmt> {
        let name = c.name.id.as_str().to_string();
        let name_span = span(&c.name);
        let plain = c.decorator_list.is_empty() && c.arguments.as_ref().is_none_or(|a| a.args.is_empty() && a.keywords.is_empty()) && c.type_params.is_none();
        let is_doc = |i: usize, s: &ra::Stmt| i == 0 && matches!(s, ra::Stmt::Expr(e) if matches!(&*e.value, ra::Expr::StringLiteral(_)));
        let namespace = plain
            && c.body.iter().any(|s| matches!(s, ra::Stmt::Assign(_)))
            && c.body.iter().enumerate().all(|(i, s)| match s {
                ra::Stmt::Assign(a) => matches!(&a.targets[..], [ra::Expr::Name(_)]),
                ra::Stmt::Pass(_) => true,
                s => is_doc(i, s),
            });
        if namespace {
            let mut earlier: Vec<String> = Vec::new();
            for s in &c.body {
                let ra::Stmt::Assign(a) = s else { continue };
                let [ra::Expr::Name(t)] = &a.targets[..] else { continue };
                let attr = t.id.as_str().to_string();
                let rw = ClassNames { cls: &name, attrs: &earlier, methods: &[], watch: &[], hit: RefCell::new(None) };
                let mut v = (*a.value).clone();
                rw.visit_expr(&mut v);
                let value = self.lower_expr(&v);
                let var = match self.facts.nsattrs.get(&(name.clone(), attr.clone())) {
                    Some((v, d)) if *d == self.func_depth => v.clone(),
                    _ => {
                        let mut var = format!("{name}__{attr}");
                        while self.facts.bound.contains(&var) {
                            var.push('_');
                        }
                        var
                    }
                };
                self.facts.nsattrs.insert((name.clone(), attr.clone()), (var.clone(), self.func_depth));
                if !earlier.contains(&attr) {
                    earlier.push(attr);
                }
                let target = Target::Name { name: var, span: span(t) };
                self.facts.pending.push(Stmt { span: span(s), kind: StmtKind::Assign { targets: vec![target], value } });
            }
            return Some(Stmt { span: sp, kind: StmtKind::Pass });
        }
        // A class with methods: lifted when it reads no local of an enclosing function.
        let mut n = Names::default();
        for s in &c.body {
            n.visit_stmt(s);
        }
        if let Some(args) = &c.arguments {
            for a in args.args.iter() {
                n.visit_expr(a);
            }
        }
        for d in &c.decorator_list {
            n.visit_expr(&d.expression);
        }
        let mut captured: Vec<&String> = n
            .loads
            .iter()
            .filter(|x| **x != name && !n.stores.contains(*x) && self.facts.func_locals.iter().any(|l| l.contains(*x)))
            .collect();
        captured.sort();
        if let Some(x) = captured.first() {
            self.unsupported(
                &format!("a class defined inside a function that uses the function's local `{x}`"),
                name_span,
                "define the class at module level and pass what it uses to its constructor, or use `--engine auto` to hand the program to an LLM",
            );
            return None;
        }
        let has_attrs = c.body.iter().enumerate().any(|(i, s)| !matches!(s, ra::Stmt::FunctionDef(_) | ra::Stmt::Pass(_)) && !is_doc(i, s));
        if has_attrs {
            self.unsupported(
                "class attributes in a class defined inside a function",
                name_span,
                "define the class at module level, or use `--engine auto` to hand the program to an LLM",
            );
            return None;
        }
        *lift = true;
        None
    }
}
