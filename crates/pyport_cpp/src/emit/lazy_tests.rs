//! `isinstance` of lazy iterables (see `pyport_types`' `infer/lazy_tests.rs`): on a generator
//! variable it is statically false and only the live branch is emitted; on an `Iterable` (a
//! `py::Iter` that may hold a list or str) it tests what the value holds.
use super::*;

impl Emitter<'_> {
    /// The static value of test `e`: `isinstance(x, <builtin classes>)` (or its `not`) on a
    /// generator variable `x` is false.
    pub(super) fn static_lazy_test(&self, e: &Expr) -> Option<bool> {
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => self.static_lazy_test(operand).map(|b| !b),
            // `x is None` on a variable that only ever holds None (see inference).
            ExprKind::Compare { left, ops, comparators } if matches!(ops[..], [CmpOp::Is | CmpOp::IsNot]) && matches!(comparators[..], [Expr { kind: ExprKind::None, .. }]) => {
                (matches!(left.kind, ExprKind::Name(_)) && self.ty(left) == Ty::None).then_some(ops[0] == CmpOp::Is)
            }
            ExprKind::Call { func, args, keywords } if keywords.is_empty() && args.len() == 2 => {
                if !matches!(self.typed.names.get(&func.id), Some(NameRef::Builtin(b)) if b == "isinstance") {
                    return None;
                }
                if !matches!(args[0].kind, ExprKind::Name(_)) || self.lazy_test_classes(&args[1]).is_none() {
                    return None;
                }
                matches!(self.ty(&args[0]), Ty::Generator(_)).then_some(false)
            }
            _ => None,
        }
    }

    /// The builtin class names of `isinstance`'s second argument `c`, if it names only those.
    fn lazy_test_classes(&self, c: &Expr) -> Option<Vec<String>> {
        let cs: Vec<&Expr> = match &c.kind {
            ExprKind::Tuple(ts) => ts.iter().collect(),
            _ => vec![c],
        };
        let mut names = Vec::new();
        for c in cs {
            let ExprKind::Name(n) = &c.kind else { return None };
            if !matches!(self.typed.names.get(&c.id), None | Some(NameRef::Builtin(_)))
                || !["bool", "int", "float", "str", "list", "tuple", "dict", "set"].contains(&n.as_str())
            {
                return None;
            }
            names.push(n.clone());
        }
        (!names.is_empty()).then_some(names)
    }

    /// `isinstance(x, (list, ...))` on a generator (false) or on an `Iterable` value: a `py::Iter`
    /// is a list or a str when it holds one (`kind()`), and never a tuple, dict, set or number.
    pub(super) fn lazy_isinstance(&mut self, x: &Expr, c: &Expr) -> Option<String> {
        let t = self.ty(x);
        if !matches!(t, Ty::Generator(_) | Ty::Iter(_)) {
            return None;
        }
        let names = self.lazy_test_classes(c)?;
        let code = self.expr(x);
        let held: Vec<&str> = names.iter().filter(|n| matches!(n.as_str(), "list" | "str")).map(|n| n.as_str()).collect();
        if matches!(t, Ty::Generator(_)) || held.is_empty() {
            return Some(if is_simple(&code) { "false".into() } else { format!("(static_cast<void>({code}), false)") });
        }
        let v = self.fresh("x");
        let tests: Vec<String> = held.iter().map(|n| format!("std::string_view({v}.kind()) == \"{n}\"")).collect();
        Some(format!("[&] {{ const auto& {v} = {code}; return {}; }}()", tests.join(" || ")))
    }
}
