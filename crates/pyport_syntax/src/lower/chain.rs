//! `itertools.chain.from_iterable(xs)` (or `chain.from_iterable` after `from itertools import
//! chain`): the generator expression it equals, `(y for it in xs for y in it)`. Both take `iter(xs)`
//! at once and each inner iterable only when the previous one is used up.
use ruff_python_ast as ra;

use super::{span, Lowerer};
use crate::ast::*;

impl Lowerer {
    /// `chain.from_iterable(xs)` lowered to `(_chain_y for _chain_it in xs for _chain_y in _chain_it)`.
    pub(super) fn chain_from_iterable(&mut self, c: &ra::ExprCall) -> Option<Expr> {
        let ra::Expr::Attribute(a) = &*c.func else { return None };
        if a.attr.id.as_str() != "from_iterable" || !self.is_itertools_chain(&a.value) {
            return None;
        }
        let sp = span(c);
        let [arg] = &c.arguments.args[..] else {
            self.unsupported("`chain.from_iterable()` without exactly one positional argument", sp, "pass one iterable of iterables");
            return Some(self.bad(sp));
        };
        if !c.arguments.keywords.is_empty() || matches!(arg, ra::Expr::Starred(_)) {
            self.unsupported("`chain.from_iterable()` with keyword or `*` arguments", sp, "pass one iterable of iterables");
            return Some(self.bad(sp));
        }
        let source = self.lower_expr(arg);
        let (outer, inner) = (format!("_chain{}_it", sp.start), format!("_chain{}_y", sp.start));
        let it = self.expr(sp, ExprKind::Name(outer.clone()));
        let elt = self.expr(sp, ExprKind::Name(inner.clone()));
        let generators = vec![
            Comprehension { target: Target::Name { name: outer, span: sp }, iter: source, ifs: vec![] },
            Comprehension { target: Target::Name { name: inner, span: sp }, iter: it, ifs: vec![] },
        ];
        Some(self.expr(sp, ExprKind::GenExp { elt: Box::new(elt), generators }))
    }

    /// `chain` imported from `itertools` (by one import), or `itertools.chain`.
    fn is_itertools_chain(&self, e: &ra::Expr) -> bool {
        match e {
            ra::Expr::Name(n) => {
                let name = n.id.as_str();
                let imports: Vec<_> = self.program.from_imports.iter().filter(|(b, ..)| b == name).collect();
                imports.len() == 1 && imports[0].1 == "itertools" && imports[0].2 == "chain"
            }
            ra::Expr::Attribute(a) => a.attr.id.as_str() == "chain" && matches!(&*a.value, ra::Expr::Name(m) if self.is_module_alias(m.id.as_str(), "itertools")),
            _ => false,
        }
    }
}
