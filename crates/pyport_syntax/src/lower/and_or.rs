//! The pre-`if`-expression idiom `test and value or other`: when `value` is a literal that is
//! always true (`2`, `"yes"`, `(x,)`), Python returns `value` exactly when `test` is true and
//! `other` otherwise, so the expression is `value if test else other`. Lowered that way, its type
//! is `value`'s and `other`'s, not also the type of a false `test` (which `and` would return, but
//! `or` then never does): `q = n % 2 == 0 and 2 or 3` is an int, not a bool-or-int.

use ruff_python_ast as ra;

use super::{span, Lowerer};
use crate::ast::*;
use crate::Span;

/// Whether `e` is a literal whose truth value is always true.
fn always_true(e: &ra::Expr) -> bool {
    match e {
        ra::Expr::NumberLiteral(n) => match &n.value {
            ra::Number::Int(i) => i.as_u64() != Some(0),
            ra::Number::Float(f) => *f != 0.0,
            ra::Number::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        },
        ra::Expr::StringLiteral(s) => !s.value.to_str().is_empty(),
        ra::Expr::BooleanLiteral(b) => b.value,
        ra::Expr::Tuple(t) => !t.elts.is_empty(),
        ra::Expr::List(l) => !l.elts.is_empty(),
        _ => false,
    }
}

impl Lowerer {
    /// `a and v or b` (`v` always true) as `v if a else b`; `None` for any other expression.
    pub(super) fn and_or_idiom(&mut self, e: &ra::Expr, sp: Span) -> Option<Expr> {
        let ra::Expr::BoolOp(or) = e else { return None };
        let (ra::BoolOp::Or, [first, rest @ ..]) = (or.op, &or.values[..]) else { return None };
        let ra::Expr::BoolOp(and) = first else { return None };
        let (ra::BoolOp::And, [tests @ .., value]) = (and.op, &and.values[..]) else { return None };
        if tests.is_empty() || rest.is_empty() || !always_true(value) {
            return None;
        }
        let test = if let [t] = tests {
            self.lower_expr(t)
        } else {
            let values = tests.iter().map(|t| self.lower_expr(t)).collect();
            let tsp = Span::new(span(&tests[0]).start, span(&tests[tests.len() - 1]).end);
            self.expr(tsp, ExprKind::BoolOp { op: BoolOp::And, values })
        };
        let body = self.lower_expr(value);
        let orelse = if let [o] = rest {
            self.lower_expr(o)
        } else {
            let values = rest.iter().map(|o| self.lower_expr(o)).collect();
            let osp = Span::new(span(&rest[0]).start, span(&rest[rest.len() - 1]).end);
            self.expr(osp, ExprKind::BoolOp { op: BoolOp::Or, values })
        };
        Some(self.expr(sp, ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) }))
    }
}
