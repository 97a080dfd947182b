//! `Cls.attr = value` where nothing reads `attr`: a store no one can observe.
//!
//! A program may set a class attribute that its class body never defines and that no code reads
//! (a leftover, a typo: Shed Skin's `bh.py` sets `BH.steps` but reads `BH.nsteps`). Python creates
//! the attribute; since no attribute of that name is ever read (and nothing reaches attributes by
//! string: `getattr`, `vars`, `__dict__`...), only evaluating `value` matters.
use std::collections::HashSet;

use ruff_python_ast as ra;
use ruff_python_ast::visitor::{self, Visitor};

/// Attribute names the program reads, or `None` when it reaches attributes by string.
#[derive(Default)]
struct Reads {
    attrs: HashSet<String>,
    dynamic: bool,
}

impl<'a> Visitor<'a> for Reads {
    fn visit_stmt(&mut self, s: &'a ra::Stmt) {
        if let ra::Stmt::AugAssign(a) = s {
            if let ra::Expr::Attribute(t) = &*a.target {
                self.attrs.insert(t.attr.id.to_string());
            }
        }
        visitor::walk_stmt(self, s);
    }
    fn visit_expr(&mut self, e: &'a ra::Expr) {
        match e {
            ra::Expr::Attribute(a) => {
                if a.ctx == ra::ExprContext::Load {
                    self.attrs.insert(a.attr.id.to_string());
                }
                if matches!(a.attr.id.as_str(), "__dict__" | "__getattribute__" | "__getattr__") {
                    self.dynamic = true;
                }
            }
            ra::Expr::Name(n) if matches!(n.id.as_str(), "getattr" | "hasattr" | "vars" | "dir" | "setattr" | "delattr") => self.dynamic = true,
            _ => {}
        }
        visitor::walk_expr(self, e);
    }
}

/// The attribute names `body` reads anywhere, or `None` when it may read attributes by string.
pub(super) fn attrs_read(body: &[ra::Stmt]) -> Option<HashSet<String>> {
    let mut r = Reads::default();
    for s in body {
        r.visit_stmt(s);
    }
    (!r.dynamic).then_some(r.attrs)
}
