//! A `def` inside `if`/`for`/`while`/`try` that may be compiled like one at the top of its scope:
//! defined once in its scope, its name never rebound, no decorators or default values (nothing
//! evaluated when the `def` runs), and every reference to the name either inside the function
//! itself or after the `def` in the same block. Then the name is never read before the `def` ran
//! (Python's NameError cannot happen), and every call sees the same function: its free variables
//! are read from their cells when it is called, as the closure compiled once reads them.
use std::collections::{HashMap, HashSet};

use ruff_python_ast as ra;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_text_size::Ranged;

/// A `def` found in a block: its statement and the end of the block holding it.
struct BlockDef<'a> {
    def: &'a ra::StmtFunctionDef,
    block_end: u32,
}

/// Name-span starts of the block `def`s of the scope `body` (a function's or the module's)
/// that may be compiled as described above.
pub(super) fn hoistable_defs(body: &[ra::Stmt]) -> HashSet<u32> {
    let mut scope = ScopeNames::default();
    for s in body {
        scope.visit_stmt(s);
    }
    let mut found = Vec::new();
    block_defs(body, None, &mut found);
    let mut loads = Loads::default();
    for s in body {
        loads.visit_stmt(s);
    }
    let mut out = HashSet::new();
    for bd in found {
        let f = bd.def;
        let name = f.name.id.as_str();
        let p = &f.parameters;
        let plain = f.decorator_list.is_empty()
            && !f.is_async
            && p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()).all(|a| a.default.is_none());
        if !plain || scope.defs.get(name).copied().unwrap_or(0) != 1 || scope.stores.contains(name) {
            continue;
        }
        let (start, end) = (f.range().start().to_u32(), f.range().end().to_u32());
        let ok = loads.at.get(name).map_or(true, |offs| offs.iter().all(|&o| (o >= start && o < end) || (o >= end && o <= bd.block_end)));
        if ok {
            out.insert(f.name.range().start().to_u32());
        }
    }
    out
}

/// The `def`s of a scope's statements that sit inside a block (`block_end`: that block's end).
fn block_defs<'a>(stmts: &'a [ra::Stmt], block_end: Option<u32>, out: &mut Vec<BlockDef<'a>>) {
    for s in stmts {
        if let (ra::Stmt::FunctionDef(f), Some(end)) = (s, block_end) {
            out.push(BlockDef { def: f, block_end: end });
        }
        let mut blocks: Vec<&'a [ra::Stmt]> = Vec::new();
        match s {
            ra::Stmt::If(i) => {
                blocks.push(&i.body);
                blocks.extend(i.elif_else_clauses.iter().map(|c| &c.body[..]));
            }
            ra::Stmt::For(f) => blocks.extend([&f.body[..], &f.orelse[..]]),
            ra::Stmt::While(w) => blocks.extend([&w.body[..], &w.orelse[..]]),
            ra::Stmt::Try(t) => {
                blocks.extend([&t.body[..], &t.orelse[..], &t.finalbody[..]]);
                for h in &t.handlers {
                    let ra::ExceptHandler::ExceptHandler(h) = h;
                    blocks.push(&h.body);
                }
            }
            ra::Stmt::With(w) => blocks.push(&w.body),
            _ => {}
        }
        for b in blocks {
            let end = b.last().map(|l| l.range().end().to_u32());
            block_defs(b, end, out);
        }
    }
}

/// The names a scope binds (not counting what nested functions, classes, lambdas and
/// comprehensions bind for themselves), and how many `def`s of each name it holds.
#[derive(Default)]
struct ScopeNames {
    stores: HashSet<String>,
    defs: HashMap<String, usize>,
}

impl<'a> Visitor<'a> for ScopeNames {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        match s {
            ra::Stmt::FunctionDef(f) => *self.defs.entry(f.name.id.as_str().to_string()).or_default() += 1,
            ra::Stmt::ClassDef(c) => {
                self.stores.insert(c.name.id.as_str().to_string());
            }
            ra::Stmt::Global(g) => self.stores.extend(g.names.iter().map(|n| n.id.as_str().to_string())),
            ra::Stmt::Nonlocal(g) => self.stores.extend(g.names.iter().map(|n| n.id.as_str().to_string())),
            ra::Stmt::Import(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().map_or_else(|| a.name.id.as_str().split('.').next().unwrap_or("").to_string(), |n| n.id.as_str().to_string());
                    self.stores.insert(bound);
                }
            }
            ra::Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.stores.insert(a.asname.as_ref().unwrap_or(&a.name).id.as_str().to_string());
                }
            }
            ra::Stmt::Try(t) => {
                for h in &t.handlers {
                    let ra::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.stores.insert(n.id.as_str().to_string());
                    }
                }
                visitor::walk_stmt(self, s);
            }
            _ => visitor::walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a ra::Expr) {
        match e {
            ra::Expr::Name(n) if !matches!(n.ctx, ra::ExprContext::Load) => {
                self.stores.insert(n.id.as_str().to_string());
            }
            ra::Expr::Named(n) => {
                if let ra::Expr::Name(t) = &*n.target {
                    self.stores.insert(t.id.as_str().to_string());
                }
                visitor::walk_expr(self, e);
            }
            ra::Expr::Lambda(_) => {}
            _ => visitor::walk_expr(self, e),
        }
    }
}

/// Every read of every name, nested scopes included: name -> offsets.
#[derive(Default)]
struct Loads {
    at: HashMap<String, Vec<u32>>,
}

impl<'a> Visitor<'a> for Loads {
    fn visit_expr(&mut self, e: &'a ra::Expr) {
        if let ra::Expr::Name(n) = e {
            self.at.entry(n.id.as_str().to_string()).or_default().push(n.range().start().to_u32());
        }
        visitor::walk_expr(self, e);
    }
}

/// [`hoistable_defs`] of the module and of every function in it (methods and nested ones too).
pub(super) fn hoistable_all(body: &[ra::Stmt]) -> HashSet<u32> {
    struct Funcs(HashSet<u32>);
    impl<'a> Visitor<'a> for Funcs {
        fn visit_stmt(&mut self, s: &'a ra::Stmt) {
            if let ra::Stmt::FunctionDef(f) = s {
                self.0.extend(hoistable_defs(&f.body));
            }
            visitor::walk_stmt(self, s);
        }
    }
    let mut fs = Funcs(hoistable_defs(body));
    for s in body {
        fs.visit_stmt(s);
    }
    fs.0
}

impl super::Lowerer {
    /// A block `def` that is not [`hoistable_defs`] but plain (no decorators, default values,
    /// `*args`/`**kwargs` or keyword-only parameters, not in a class body): compiled under its own
    /// name and bound to its name by an assignment where the `def` runs (see [`Self::block_rebound`]).
    pub(super) fn block_rebindable(&self, f: &ra::StmtFunctionDef) -> bool {
        let p = &f.parameters;
        self.cur_class.is_none()
            && !f.is_async
            && f.decorator_list.is_empty()
            && p.vararg.is_none()
            && p.kwarg.is_none()
            && p.kwonlyargs.is_empty()
            && p.posonlyargs.iter().chain(p.args.iter()).all(|a| a.default.is_none())
    }

    /// `def f` in a block, compiled as `_blockdef<offset>_f` followed by `f = _blockdef<offset>_f`:
    /// `f` is then a variable holding a function value, bound only where the `def` ran (a read
    /// before that is the variable's own unbound-name error), and two branches may each bind
    /// their own function. Returns the function's new name.
    pub(super) fn block_rebound(&mut self, f: &ra::StmtFunctionDef, sp: crate::source::Span) -> String {
        use crate::ast::*;
        let name = f.name.id.as_str().to_string();
        let nsp = super::span(&f.name);
        let inner = format!("_blockdef{}_{name}", nsp.start);
        let value = self.expr(nsp, ExprKind::Name(inner.clone()));
        self.facts.pending.push(Stmt { span: sp, kind: StmtKind::Assign { targets: vec![Target::Name { name, span: nsp }], value } });
        inner
    }
}
