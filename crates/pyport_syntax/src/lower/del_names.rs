//! `del name`: a variable unbound where nothing reads it again.
//!
//! Programs write `del v` after a loop, or `del tmp` at the end of a loop body, to drop a value.
//! When no read of the name can follow the `del` before the name is bound again, unbinding it
//! changes nothing the program can observe, except that `del` of an unbound name raises (the same
//! UnboundLocalError/NameError a read raises). So such a `del x` lowers to a read of `x`.
//!
//! "No read can follow" is decided conservatively, per name, in the scope of the `del`:
//! - outside loops, every read of the name comes before the `del` in the source;
//! - inside loops, every read comes before the outermost loop around the `del`, or lies in the
//!   innermost loop's body between an assignment `x = ...` (a statement of that body itself,
//!   before the `del`) and the `del`;
//! - no nested function, lambda or class mentions the name, and it is not `global`/`nonlocal`.
use std::collections::HashSet;

use ruff_python_ast as ra;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_text_size::Ranged;

/// Name occurrences in one scope (nested scopes only noted).
#[derive(Default)]
struct Occurrences {
    /// (name, start) of each read (an augmented assignment's target reads too).
    loads: Vec<(String, u32)>,
    /// Names a nested function, lambda or class mentions, or `global`/`nonlocal` declares.
    escaped: HashSet<String>,
}

impl<'a> Visitor<'a> for Occurrences {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        match s {
            ra::Stmt::FunctionDef(_) | ra::Stmt::ClassDef(_) => {
                let mut all = AllNames::default();
                all.visit_stmt(s);
                self.escaped.extend(all.0);
            }
            ra::Stmt::Global(g) => self.escaped.extend(g.names.iter().map(|n| n.id.to_string())),
            ra::Stmt::Nonlocal(g) => self.escaped.extend(g.names.iter().map(|n| n.id.to_string())),
            ra::Stmt::AugAssign(a) => {
                if let ra::Expr::Name(n) = &*a.target {
                    self.loads.push((n.id.to_string(), n.range().start().to_u32()));
                }
                visitor::walk_stmt(self, s);
            }
            // The names a `del` unbinds are not reads.
            ra::Stmt::Delete(d) => {
                for t in &d.targets {
                    if !matches!(t, ra::Expr::Name(_)) {
                        self.visit_expr(t);
                    }
                }
            }
            _ => visitor::walk_stmt(self, s),
        }
    }
    fn visit_expr(&mut self, e: &'a ra::Expr) {
        match e {
            ra::Expr::Name(n) if n.ctx == ra::ExprContext::Load => self.loads.push((n.id.to_string(), n.range().start().to_u32())),
            ra::Expr::Lambda(_) => {
                let mut all = AllNames::default();
                all.visit_expr(e);
                self.escaped.extend(all.0);
            }
            _ => visitor::walk_expr(self, e),
        }
    }
}

/// Every name mentioned, at any depth.
#[derive(Default)]
struct AllNames(HashSet<String>);

impl<'a> Visitor<'a> for AllNames {
    fn visit_expr(&mut self, e: &'a ra::Expr) {
        if let ra::Expr::Name(n) = e {
            self.0.insert(n.id.to_string());
        }
        visitor::walk_expr(self, e);
    }
}

/// A loop around a `del`: its whole range, and its body's statements.
struct Loop<'a> {
    start: u32,
    body: &'a [ra::Stmt],
}

/// The starts of the `del` statements in `body` (one scope: a function's body or the module's)
/// whose names are all dead after them (see the module documentation).
pub(super) fn dead_dels(body: &[ra::Stmt]) -> HashSet<u32> {
    let mut occ = Occurrences::default();
    for s in body {
        occ.visit_stmt(s);
    }
    let mut out = HashSet::new();
    let mut loops = Vec::new();
    walk(body, &mut loops, &occ, &mut out);
    out
}

fn walk<'a>(body: &'a [ra::Stmt], loops: &mut Vec<Loop<'a>>, occ: &Occurrences, out: &mut HashSet<u32>) {
    for s in body {
        match s {
            ra::Stmt::Delete(d) => {
                let at = d.range().start().to_u32();
                let names: Option<Vec<&str>> = d
                    .targets
                    .iter()
                    .map(|t| match t {
                        ra::Expr::Name(n) => Some(n.id.as_str()),
                        _ => None,
                    })
                    .collect();
                if names.is_some_and(|ns| ns.iter().all(|n| dead_after(n, at, loops, occ))) {
                    out.insert(at);
                }
            }
            ra::Stmt::For(f) => {
                loops.push(Loop { start: f.range().start().to_u32(), body: &f.body });
                walk(&f.body, loops, occ, out);
                loops.pop();
                walk(&f.orelse, loops, occ, out);
            }
            ra::Stmt::While(w) => {
                loops.push(Loop { start: w.range().start().to_u32(), body: &w.body });
                walk(&w.body, loops, occ, out);
                loops.pop();
                walk(&w.orelse, loops, occ, out);
            }
            ra::Stmt::If(i) => {
                walk(&i.body, loops, occ, out);
                for c in &i.elif_else_clauses {
                    walk(&c.body, loops, occ, out);
                }
            }
            ra::Stmt::Try(t) => {
                walk(&t.body, loops, occ, out);
                for h in &t.handlers {
                    let ra::ExceptHandler::ExceptHandler(h) = h;
                    walk(&h.body, loops, occ, out);
                }
                walk(&t.orelse, loops, occ, out);
                walk(&t.finalbody, loops, occ, out);
            }
            ra::Stmt::With(w) => walk(&w.body, loops, occ, out),
            _ => {}
        }
    }
}

/// Whether no read of `name` can follow `del name` at `at` before `name` is bound again.
fn dead_after(name: &str, at: u32, loops: &[Loop], occ: &Occurrences) -> bool {
    if occ.escaped.contains(name) {
        return false;
    }
    let reads = occ.loads.iter().filter(|(n, _)| n == name).map(|&(_, p)| p);
    let (Some(outer), Some(inner)) = (loops.first(), loops.last()) else {
        return reads.into_iter().all(|p| p < at);
    };
    // The last assignment `name = ...` among the innermost loop body's own statements before the
    // `del`: reads after it and before the `del` see this iteration's value.
    let fresh_from = inner
        .body
        .iter()
        .take_while(|s| s.range().start().to_u32() < at)
        .filter(|s| matches!(s, ra::Stmt::Assign(a) if matches!(&a.targets[..], [ra::Expr::Name(n)] if n.id.as_str() == name)))
        .map(|s| s.range().end().to_u32())
        .next();
    reads.into_iter().all(|p| p < outer.start || fresh_from.is_some_and(|f| f <= p && p < at))
}
