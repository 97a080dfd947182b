//! `sys.float_info.<field>`: the constants of an IEEE 754 double, which is what CPython's float is
//! on every platform it supports (and what pyport's float is); lowered to literals.
use ruff_python_ast as ra;

use super::Lowerer;
use crate::ast::*;
use crate::source::Span;

impl Lowerer {
    /// `sys.float_info.max` (or `float_info.max` after `from sys import float_info`) as a literal.
    pub(super) fn float_info_field(&mut self, a: &ra::ExprAttribute, sp: Span) -> Option<Expr> {
        let is_float_info = match &*a.value {
            ra::Expr::Attribute(b) => b.attr.id.as_str() == "float_info" && matches!(&*b.value, ra::Expr::Name(m) if self.is_module_alias(m.id.as_str(), "sys")),
            ra::Expr::Name(n) => {
                let imports: Vec<_> = self.program.from_imports.iter().filter(|(b, ..)| b == n.id.as_str()).collect();
                imports.len() == 1 && imports[0].1 == "sys" && imports[0].2 == "float_info"
            }
            _ => false,
        };
        if !is_float_info {
            return None;
        }
        let kind = match a.attr.id.as_str() {
            "max" => ExprKind::Float(f64::MAX),
            "min" => ExprKind::Float(f64::MIN_POSITIVE),
            "epsilon" => ExprKind::Float(f64::EPSILON),
            "max_exp" => ExprKind::Int(f64::MAX_EXP as i64),
            "max_10_exp" => ExprKind::Int(f64::MAX_10_EXP as i64),
            "min_exp" => ExprKind::Int(f64::MIN_EXP as i64),
            "min_10_exp" => ExprKind::Int(f64::MIN_10_EXP as i64),
            "dig" => ExprKind::Int(f64::DIGITS as i64),
            "mant_dig" => ExprKind::Int(f64::MANTISSA_DIGITS as i64),
            "radix" => ExprKind::Int(f64::RADIX as i64),
            "rounds" => ExprKind::Int(1),
            _ => return None,
        };
        Some(self.expr(sp, kind))
    }
}
