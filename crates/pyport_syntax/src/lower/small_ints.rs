//! Module constants bound once to a small int: `x is INVALID` where `INVALID = 0`.
//!
//! CPython keeps one object for each int from -5 to 256 and every int operation that results in
//! one of them returns that object, so `x is 0` is `x == 0` for an int `x`. A program compares
//! with `is` against such a constant as a sentinel (Shed Skin's plcfrs: `entry.count is INVALID`).
//! A module-level name bound exactly once in the whole program, by a top-level `NAME = <int
//! literal in -5..=256>`, is that literal wherever a comparison with `is` reads it after the
//! binding; the emitter compiles `int is <small literal>` as `==` (see `emit.rs`).
use std::collections::HashMap;

use ruff_python_ast as ra;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_text_size::Ranged;

/// Every binding of a name anywhere in the program, counted by name.
#[derive(Default)]
struct Bindings(HashMap<String, usize>);

impl Bindings {
    fn bind(&mut self, n: &str) {
        *self.0.entry(n.to_string()).or_default() += 1;
    }
}

impl<'a> Visitor<'a> for Bindings {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        match s {
            ra::Stmt::FunctionDef(f) => self.bind(f.name.id.as_str()),
            ra::Stmt::ClassDef(c) => self.bind(c.name.id.as_str()),
            ra::Stmt::Import(i) => {
                for a in &i.names {
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    self.bind(n.id.split('.').next().unwrap_or(""));
                }
            }
            ra::Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.bind(a.asname.as_ref().unwrap_or(&a.name).id.as_str());
                }
            }
            // A name a function declares `global` may be bound there through any statement.
            ra::Stmt::Global(g) => g.names.iter().for_each(|n| self.bind(n.id.as_str())),
            ra::Stmt::Nonlocal(g) => g.names.iter().for_each(|n| self.bind(n.id.as_str())),
            ra::Stmt::Try(t) => {
                for h in &t.handlers {
                    let ra::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.bind(n.id.as_str());
                    }
                }
            }
            _ => {}
        }
        visitor::walk_stmt(self, s);
    }

    fn visit_parameter(&mut self, p: &'a ra::Parameter) {
        self.bind(p.name.id.as_str());
        visitor::walk_parameter(self, p);
    }

    fn visit_expr(&mut self, e: &'a ra::Expr) {
        match e {
            ra::Expr::Name(n) if n.ctx != ra::ExprContext::Load => self.bind(n.id.as_str()),
            // `globals()['X'] = ...`, `exec(...)`: names bound by a string.
            ra::Expr::Name(n) if matches!(n.id.as_str(), "globals" | "vars" | "exec" | "eval" | "setattr") => self.bind("*"),
            _ => {}
        }
        visitor::walk_expr(self, e);
    }
}

/// The value of an int literal (or its negation) from -5 to 256.
pub(crate) fn small_int(e: &ra::Expr) -> Option<i64> {
    let v = match e {
        ra::Expr::NumberLiteral(n) => match &n.value {
            ra::Number::Int(i) => i.as_i64()?,
            _ => return None,
        },
        ra::Expr::UnaryOp(u) if u.op == ra::UnaryOp::USub => -small_int(&u.operand)?,
        _ => return None,
    };
    (-5..=256).contains(&v).then_some(v)
}

/// How many times each name is bound anywhere in the program (any scope, any kind of binding; a
/// name a function declares `global` counts once more). `"*"` is present when the program binds
/// names by a string (`globals()`, `exec`...).
pub(crate) fn binding_counts(body: &[ra::Stmt]) -> HashMap<String, usize> {
    let mut b = Bindings::default();
    b.visit_body(body);
    b.0
}

/// The module's small-int constants: name → (value, end of the binding statement).
pub(crate) fn collect(body: &[ra::Stmt]) -> HashMap<String, (i64, u32)> {
    let b = Bindings(binding_counts(body));
    if b.0.contains_key("*") {
        return HashMap::new();
    }
    let mut out = HashMap::new();
    for s in body {
        let ra::Stmt::Assign(a) = s else { continue };
        let [ra::Expr::Name(n)] = &a.targets[..] else { continue };
        if let (Some(v), Some(1)) = (small_int(&a.value), b.0.get(n.id.as_str())) {
            out.insert(n.id.to_string(), (v, a.range().end().to_u32()));
        }
    }
    out
}
