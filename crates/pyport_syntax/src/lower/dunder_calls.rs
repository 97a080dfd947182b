//! Explicit calls of the special methods the builtins call: `x.__str__()` is `str(x)`,
//! `x.__repr__()` is `repr(x)`, `x.__len__()` is `len(x)`, `x.__hash__()` is `hash(x)` (`str(x)`
//! calls `type(x).__str__(x)`, and so on, with the same result for every value whose method returns
//! the right type), so they work on builtin values (`flag.__str__().lower()`) as on objects.
//! Left alone when the program binds a name of its own for the builtin.
use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::Visitor;
use ruff_python_ast::{self as ra, Expr, Stmt};
use ruff_text_size::Ranged;

use super::kwargs_params::{name, Bindings};

const DUNDERS: &[(&str, &str)] = &[("__str__", "str"), ("__repr__", "repr"), ("__len__", "len"), ("__hash__", "hash")];

/// Whether the source may call one (the quick check before [`rewrite`]).
pub(crate) fn mentions(text: &str) -> bool {
    DUNDERS.iter().any(|(d, _)| text.contains(&format!("{d}()")))
}

struct Rewrite {
    /// The builtins no name of the program shadows.
    free: Vec<&'static str>,
}

impl Transformer for Rewrite {
    fn visit_expr(&self, e: &mut Expr) {
        transformer::walk_expr(self, e);
        let Expr::Call(c) = e else { return };
        let Expr::Attribute(a) = &*c.func else { return };
        if !c.arguments.args.is_empty() || !c.arguments.keywords.is_empty() {
            return;
        }
        // `super().__str__()` calls the base class's method: left as it is.
        if matches!(&*a.value, Expr::Call(s) if matches!(&*s.func, Expr::Name(n) if n.id.as_str() == "super")) {
            return;
        }
        let Some(&(_, builtin)) = DUNDERS.iter().find(|(d, b)| a.attr.id.as_str() == *d && self.free.contains(b)) else { return };
        let range = c.range();
        let value = (*a.value).clone();
        *e = Expr::Call(ra::ExprCall {
            node_index: Default::default(),
            range_start: range.start(),
            func: Box::new(name(builtin, range, ra::ExprContext::Load)),
            arguments: ra::Arguments { range, node_index: Default::default(), args: vec![value].into(), keywords: Vec::new().into() },
        });
    }
}

/// See the module doc.
pub(crate) fn rewrite(body: &mut [Stmt]) {
    let mut b = Bindings::default();
    for s in body.iter() {
        b.visit_stmt(s);
    }
    let free = DUNDERS.iter().map(|&(_, f)| f).filter(|f| !b.count.contains_key(*f)).collect();
    let r = Rewrite { free };
    for s in body.iter_mut() {
        r.visit_stmt(s);
    }
}
