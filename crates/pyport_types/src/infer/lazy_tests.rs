//! Tests whose value the types decide, so the branch they rule out is dead: neither inferred nor
//! emitted. `x is None` / `x is not None` on a variable that only ever holds None (a parameter
//! defaulting to None that no call gives). `isinstance` of lazy iterables: a generator is none of the builtin classes, so
//! `isinstance(gen, (list, tuple))` is false statically and the branch it guards (which typically
//! slices the value, `xs[0:n] if isinstance(xs, list) else list(islice(xs, n))`) is dead: it is
//! neither inferred nor emitted. A value that may hold a list or an iterator (`Iterable`) is
//! tested at run time by what it holds.
use super::*;

/// The builtin class names `isinstance` accepts on a lazy iterable.
const LAZY_TEST_CLASSES: [&str; 8] = ["bool", "int", "float", "str", "list", "tuple", "dict", "set"];

impl Infer<'_> {
    /// Where test `e` (already inferred) is `isinstance(x, C)` / `isinstance(x, (A, B))` (or its
    /// `not`) on a generator `x` with builtin classes: its value, `false` (`true` under `not`).
    pub(super) fn static_lazy_test(&mut self, e: &Expr) -> Option<bool> {
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => self.static_lazy_test(operand).map(|b| !b),
            // `x is None` on a variable that only ever holds None (`def f(items=None)` never given
            // items): true, and the branch using `x` as something else is dead.
            ExprKind::Compare { left, ops, comparators } if matches!(ops[..], [CmpOp::Is | CmpOp::IsNot]) && matches!(comparators[..], [Expr { kind: ExprKind::None, .. }]) => {
                if !matches!(left.kind, ExprKind::Name(_)) {
                    return None;
                }
                let t = self.expr_tv[left.id as usize];
                matches!(self.k(t), Kind::None).then_some(ops[0] == CmpOp::Is)
            }
            ExprKind::Call { func, args, keywords } if keywords.is_empty() && args.len() == 2 => {
                if !matches!(self.names.get(&func.id), Some(NameRef::Builtin(b)) if b == "isinstance") {
                    return None;
                }
                // (a variable: skipping the test's evaluation cannot show)
                if !matches!(args[0].kind, ExprKind::Name(_)) || !self.lazy_test_classes(&args[1]) {
                    return None;
                }
                let t = self.expr_tv[args[0].id as usize];
                match self.k(t) {
                    Kind::Gen(_) => Some(false),
                    // Not known yet: the branch needing an instance waits until it is (inferring
                    // it on an unknown value could tie the value's type to what it does there).
                    Kind::Unknown if !self.final_pass => Some(false),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Whether `isinstance`'s second argument `c` names only builtin classes.
    pub(super) fn lazy_test_classes(&mut self, c: &Expr) -> bool {
        let cs: Vec<&Expr> = match &c.kind {
            ExprKind::Tuple(ts) => ts.iter().collect(),
            _ => vec![c],
        };
        !cs.is_empty()
            && cs.iter().all(|c| {
                matches!(&c.kind, ExprKind::Name(n) if LAZY_TEST_CLASSES.contains(&n.as_str())
                    && self.lookup(n, None, c.span).is_none() && !self.classes_by_name.contains_key(n))
            })
    }
}
