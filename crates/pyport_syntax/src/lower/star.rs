//! Starred expressions in displays (`[*a, x]`, `(*a, *b)`, `{*a}`) and `*` arguments kept for type
//! inference to check (`zip(*rows)`, `max(*xs)`, `f(*a, *b)` into a `*args` function).
use ruff_python_ast as ra;

use super::{span, Lowerer};
use crate::ast::*;

/// Builtins (and imported library functions) whose `*` arguments type inference understands.
const STAR_BUILTINS: &[&str] = &["zip", "max", "min", "zip_longest", "chain", "product"];

impl Lowerer {
    /// The elements of a list, tuple or set display; `*x` stays an `ExprKind::Starred` element.
    pub(super) fn display_elts(&mut self, elts: &[ra::Expr]) -> Vec<Expr> {
        elts.iter()
            .map(|e| match e {
                ra::Expr::Starred(st) => {
                    let inner = self.lower_expr(&st.value);
                    self.expr(span(e), ExprKind::Starred(Box::new(inner)))
                }
                _ => self.lower_expr(e),
            })
            .collect()
    }

    /// A call by name whose `*` arguments are kept (inference refuses the shapes it cannot do).
    pub(super) fn star_builtin_target(&self, c: &ra::ExprCall) -> bool {
        let name = match &*c.func {
            ra::Expr::Name(n) => n.id.as_str(),
            ra::Expr::Attribute(a) if matches!(&*a.value, ra::Expr::Name(m) if self.is_module_alias(m.id.as_str(), "itertools")) => a.attr.id.as_str(),
            _ => return false,
        };
        STAR_BUILTINS.contains(&name) && c.arguments.args.iter().any(|a| matches!(a, ra::Expr::Starred(_)))
    }

    /// The extra positional arguments of a call of a `*args` function, packed into one tuple: a
    /// display, so `f(a, *xs)` packs `(a, *xs)` (a starred display).
    pub(super) fn pack_extra(&mut self, extra: &[&ra::Expr]) -> Vec<Expr> {
        extra
            .iter()
            .map(|a| match a {
                ra::Expr::Starred(st) => {
                    let inner = self.lower_expr(&st.value);
                    self.expr(span(*a), ExprKind::Starred(Box::new(inner)))
                }
                _ => self.lower_expr(a),
            })
            .collect()
    }
}
