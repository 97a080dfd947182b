//! Emission for more of what user classes do: reflected operators and calls of objects
//! (`__call__`); inference has checked the methods exist.
use super::*;

impl Emitter<'_> {
    /// `x <op> obj` through `obj.__r<op>__(x)`; `x` is evaluated first, as in Python.
    pub(super) fn reflected_binop_code(&mut self, op: BinOp, l: &str, lt: &Ty, r: &str, rt: &Ty) -> Option<String> {
        let Ty::Object(c, _) = rt else { return None };
        if matches!(lt, Ty::Object(..)) {
            return None;
        }
        let name = format!("__r{}", &op.dunder()[2..]);
        self.typed.find_method(Some(*c), &name)?;
        let call = self.dunder_code(*c, &name, "_rr", &[("_rl", lt)]);
        Some(format!("[&] {{ auto _rl = {l}; auto _rr = {r}; return {call}; }}()"))
    }
}

impl Emitter<'_> {
    /// `obj(args)` through `__call__`, and `obj.f(args)` through a field `f` holding a function or
    /// a callable object; `None` for every other call.
    pub(super) fn object_call_code(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> Option<String> {
        match &func.kind {
            ExprKind::Name(_) if !matches!(self.typed.names.get(&func.id), Some(NameRef::Var)) => return None,
            ExprKind::Attribute { value, attr } => {
                if matches!(self.typed.names.get(&value.id), Some(NameRef::Module(_) | NameRef::Class(_) | NameRef::Builtin(_))) {
                    return None;
                }
                let Ty::Object(c, _) = self.ty(value) else { return None };
                if self.typed.find_virtual(Some(c), attr).is_some() || self.typed.find_field(Some(c), attr).is_none() && self.typed.find_attr(Some(c), attr).is_none() {
                    return None;
                }
            }
            _ => {}
        }
        let t = self.ty(func);
        match t {
            Ty::Func(..) if matches!(func.kind, ExprKind::Attribute { .. }) && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) => {
                let code = self.expr(func);
                Some(self.value_call(&format!("({code})"), &t, args))
            }
            Ty::Object(c, _) => {
                let target = self.typed.find_virtual(Some(c), "__call__")?;
                let (owner, kind) = self.prog.functions[target].class?;
                let m = method_cname("__call__");
                let obj = self.expr(func);
                Some(match kind {
                    MethodKind::Instance => self.user_call_with(target, 1, &format!("{obj}->{m}"), args, keywords),
                    _ => {
                        let owner = self.class_cname(owner);
                        self.user_call_with(target, self.bound_params(target), &format!("{owner}::{m}"), args, keywords)
                    }
                })
            }
            _ => None,
        }
    }
}

impl Emitter<'_> {
    /// An instance field named like a class attribute of its hierarchy (`nmax = 2` in the class,
    /// `self.nmax = n` in a method): Python reads the class attribute through `self` until the
    /// instance assigns its own, while the C++ field starts out empty. Refused until modelled.
    pub(super) fn refuse_field_shadowing_attr(&mut self, c: usize, sp: Span) {
        let classes = &self.typed.classes;
        let ancestors = |mut x: Option<usize>| {
            let mut out = Vec::new();
            while let Some(a) = x {
                if out.contains(&a) {
                    break;
                }
                out.push(a);
                x = classes[a].base;
            }
            out
        };
        let mine = ancestors(Some(c));
        // The hierarchy of c: its ancestors and every class below one of them.
        let related: Vec<usize> = (0..classes.len()).filter(|&x| ancestors(Some(x)).iter().any(|a| mine.contains(a))).collect();
        for (f, _) in &classes[c].fields {
            if related.iter().any(|&x| classes[x].attrs.iter().any(|(a, _)| a == f)) {
                let name = &self.prog.classes[c].name;
                self.unsupported(format!("field `{f}` of `{name}` named like a class attribute (reading `self.{f}` before assigning it reads the class attribute)"), sp);
                return;
            }
        }
    }
}
