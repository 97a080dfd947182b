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
    /// An instance field named like a class attribute (`nmax = 2` in the class body, `self.nmax = n`
    /// in a method): Python reads the class attribute through `self` until the instance assigns its
    /// own, so each new object's field starts out as the attribute of its class
    /// (`shadowed_field_inits`). That holds while the attribute keeps its value (it is never
    /// assigned outside the class body) and every class whose instances read it stores the field
    /// (the attribute is defined by the field's class or one below it); otherwise refused.
    pub(super) fn refuse_field_shadowing_attr(&mut self, c: usize, sp: Span) {
        let classes = &self.typed.classes;
        for (f, _) in &classes[c].fields {
            for x in 0..classes.len() {
                let defines = classes[x].attrs.iter().any(|(a, _)| a == f);
                if !defines || !(self.typed.is_subclass(x, c) || self.typed.is_subclass(c, x)) {
                    continue;
                }
                let name = &self.prog.classes[c].name;
                let why = if classes[x].rebound_attrs.contains(f) {
                    format!("`{}.{f}` is assigned outside the class body", self.prog.classes[x].name)
                } else if !self.typed.is_subclass(x, c) {
                    format!("the class attribute is defined by a base class, `{}`", self.prog.classes[x].name)
                } else {
                    continue;
                };
                self.unsupported(
                    format!("field `{f}` of `{name}` named like a class attribute ({why}; reading `self.{f}` before assigning it reads the class attribute)"),
                    sp,
                );
                return;
            }
        }
    }

    /// For a new object of class `c`: each field (of `c` or a base) named like a class attribute
    /// seen from `c` starts out as that attribute (see `refuse_field_shadowing_attr`).
    pub(super) fn shadowed_field_inits(&mut self, c: usize) -> Vec<String> {
        let mut fields = Vec::new();
        let mut k = Some(c);
        while let Some(x) = k {
            fields.extend(self.typed.classes[x].fields.clone());
            k = self.typed.classes[x].base;
        }
        let mut out = Vec::new();
        for (f, ft) in fields {
            let Some((owner, at)) = self.typed.find_attr(Some(c), &f).map(|(o, t)| (o, t.clone())) else { continue };
            let attr = format!("{}::{}", self.class_cname(owner), super::attr_cname(&f));
            let value = self.coerce(&attr, &at, &ft);
            out.push(format!("_o->{} = {value};", super::field_cname(&f)));
        }
        out
    }
}
