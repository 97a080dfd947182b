//! Inference for more of what user classes do: reflected operators (`2 * v` calls `v.__rmul__(2)`)
//! and calling an object (`obj(x)` calls `obj.__call__(x)`).
use super::*;

/// `__radd__` for `__add__`...: the method Python tries on the right operand.
pub(crate) fn reflected(op: BinOp) -> String {
    format!("__r{}", &op.dunder()[2..])
}

impl Infer<'_> {
    /// `x <op> obj` where `x` is not an object and `obj`'s class defines the reflected method: Python
    /// finds `x`'s built-in operator unable to take an object (NotImplemented) and calls that.
    pub(super) fn reflected_binop(&mut self, op: BinOp, l: TV, r: TV, sp: Span) -> Option<TV> {
        let Kind::Obj(c) = self.kv(r) else { return None };
        if matches!(self.kv(l), Kind::Obj(_)) {
            return None;
        }
        let name = reflected(op);
        self.find_method(Some(c), &name)?;
        Some(self.dunder_call(c, &name, &[l], sp))
    }
}

impl Infer<'_> {
    /// `obj(args)`: the class's `__call__` (a method the object's class or a base defines).
    pub(super) fn object_call(&mut self, c: ClassId, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> Option<TV> {
        let Some(fid) = self.find_virtual(Some(c), "__call__") else {
            let cn = self.class_name(c);
            for a in args {
                self.infer(a);
            }
            self.error("type-error", format!("`{cn}` object is not callable (its class defines no `__call__`)"), func.span, "");
            return Some(self.c("Unknown"));
        };
        let skip = usize::from(self.prog.functions[fid].class.map(|k| k.1) != Some(MethodKind::Static));
        Some(self.user_call_from(fid, skip, e, args, keywords))
    }

    /// `obj.f(args)` where `f` is no method but a field (or class attribute) holding a function or
    /// a callable object (`self.func = func` ... `self.func(x)`).
    pub(super) fn field_call(&mut self, c: ClassId, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> Option<TV> {
        let ExprKind::Attribute { attr, .. } = &func.kind else { return None };
        let ft = self.find_field(Some(c), attr).or_else(|| self.find_attr(Some(c), attr))?;
        let et = self.expr_tv[func.id as usize];
        self.flow(ft, et);
        Some(self.value_call(ft, e, func, args, keywords))
    }
}

impl Infer<'_> {
    /// `obj.attr = value` outside the class's methods, for an attribute the class does not have
    /// yet (`node.id = i` after construction): the attribute becomes a field of the object's
    /// class. Not when a subclass already has a field of that name (two C++ members would hold it).
    pub(super) fn outside_field(&mut self, value: &Expr, attr: &str) {
        if let ExprKind::Name(n) = &value.kind {
            if self.lookup(n, Some(value.id), value.span).is_none() {
                return;
            }
        }
        let vt = self.infer(value);
        let Kind::Obj(c) = self.kv(vt) else { return };
        if c == self.duck_root() || self.is_exc_class(c) {
            return;
        }
        if self.find_field(Some(c), attr).is_some() || self.find_attr(Some(c), attr).is_some() || self.find_virtual(Some(c), attr).is_some() {
            return;
        }
        if self.find_attr(Some(c), "__slots__").is_some() {
            // `__slots__` lists the attributes an instance may have (CPython: AttributeError).
            return;
        }
        let below = (0..self.classes.len()).any(|d| {
            let mut b = self.classes[d].base;
            let mut steps = 0;
            while let Some(x) = b {
                if x == c {
                    return self.classes[d].fields.iter().any(|(n, _)| n == attr);
                }
                b = self.classes[x].base;
                steps += 1;
                if steps > self.classes.len() {
                    break;
                }
            }
            false
        });
        if !below {
            let tv = self.fresh(Kind::Unknown);
            self.classes[c].fields.push((attr.to_string(), tv));
        }
    }
}
