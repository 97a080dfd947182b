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

impl Emitter<'_> {
    /// `copy.copy` / `copy.deepcopy` of objects (`copy.hpp`): a new instance of the object's own
    /// class, made without `__init__` as CPython's `__reduce_ex__` does, with the fields (each
    /// class copies its own after its base's), deep-copied for `deepcopy`, which remembers the
    /// new object before copying the fields so that cycles and shared objects stay so. An
    /// `enum.Enum` member is its own copy (CPython's `Enum.__copy__`/`__deepcopy__`). Emitted
    /// only in programs that import `copy`.
    pub(super) fn copy_methods(&mut self, c: ClassId) {
        let uses_copy = self.prog.module_imports.iter().any(|(_, m, _)| m == "copy") || self.prog.from_imports.iter().any(|(_, m, _, _)| m == "copy");
        if !uses_copy {
            return;
        }
        let name = self.class_cname(c);
        let mut enum_class = false;
        let mut k = Some(c);
        while let Some(x) = k {
            if x >= self.prog.classes.len() {
                break;
            }
            enum_class |= self.typed.classes[x].attrs.iter().any(|(a, _)| a == "_member_list_");
            k = self.typed.classes[x].base;
        }
        if enum_class {
            self.w("virtual py::Ref<py::Object> _py_copy() const { return py::Ref<py::Object>(const_cast<py::Object*>(static_cast<const py::Object*>(this))); }");
            self.w("virtual py::Ref<py::Object> _py_deepcopy(py::detail::DeepMemo&) const { return _py_copy(); }");
            return;
        }
        let base = self.typed.classes[c].base.filter(|&b| b < self.prog.classes.len());
        let fields: Vec<(String, Ty)> = self.typed.classes[c].fields.clone();
        let mut shallow = match base {
            Some(b) => format!("{}::_py_fields_{}(_o); ", self.class_cname(b), self.class_cname(b)),
            None => String::new(),
        };
        let mut deep = match base {
            Some(b) => format!("{}::_py_deep_fields_{}(_o, _m); ", self.class_cname(b), self.class_cname(b)),
            None => String::new(),
        };
        for (f, t) in &fields {
            if let Some(what) = uncopyable_field(t) {
                let span = self.prog.classes[c].name_span;
                self.unsupported(format!("copying an object whose field `{f}` holds {what}"), span);
            }
            let fc = field_cname(f);
            shallow.push_str(&format!("_o.{fc} = {fc}; "));
            deep.push_str(&format!("_o.{fc} = py::detail::deep({fc}, _m); "));
        }
        self.w(format!("void _py_fields_{name}({name}& _o) const {{ {shallow}}}"));
        self.w(format!("void _py_deep_fields_{name}({name}& _o, py::detail::DeepMemo& _m) const {{ {deep}}}"));
        self.w(format!("virtual py::Ref<py::Object> _py_copy() const {{ auto _o = py::make_object<{name}>(); _py_fields_{name}(*_o); return _o; }}"));
        self.w(format!(
            "virtual py::Ref<py::Object> _py_deepcopy(py::detail::DeepMemo& _m) const {{ auto _o = py::make_object<{name}>(); py::detail::deep_remember(static_cast<const py::Object*>(this), _m, py::Ref<py::Object>(_o)); _py_deep_fields_{name}(*_o, _m); return _o; }}"
        ));
    }
}

/// What in a field's type the copies cannot copy (CPython refuses or copies state the runtime
/// does not expose), if anything.
fn uncopyable_field(t: &Ty) -> Option<&'static str> {
    match t {
        Ty::Generator(_) | Ty::Iter(_) => Some("an iterator"),
        Ty::Random => Some("a `random.Random`"),
        Ty::Pattern(_) | Ty::Match(_) => Some("a regular expression"),
        Ty::DecimalContext => Some("a decimal context"),
        Ty::TextFile | Ty::BinaryFile => Some("a file"),
        Ty::List(e) | Ty::VarTuple(e) | Ty::Optional(e) | Ty::Set(e) | Ty::FrozenSet(e) | Ty::Deque(e) => uncopyable_field(e),
        Ty::Dict(a, b) | Ty::Mapping(_, a, b) => uncopyable_field(a).or_else(|| uncopyable_field(b)),
        Ty::Tuple(ts) | Ty::Union(ts) => ts.iter().find_map(uncopyable_field),
        _ => None,
    }
}

impl Emitter<'_> {
    /// The statement a constructor of class `c` starts with when `c` has abstract methods
    /// (`@abstractmethod`) it neither defines nor inherits an override of: CPython's TypeError
    /// ("Can't instantiate abstract class Shape with abstract methods area, perimeter").
    /// Empty otherwise.
    pub(super) fn abstract_refusal(&self, c: ClassId) -> String {
        let classes = &self.prog.classes;
        let chain = |from: ClassId| {
            let mut out = Vec::new();
            let mut k = Some(from);
            while let Some(x) = k.filter(|&x| x < classes.len()) {
                out.push(x);
                k = self.typed.classes[x].base;
            }
            out
        };
        let defines = |k: ClassId, m: &str| classes[k].methods.iter().any(|&f| self.prog.functions[f].name == m);
        let mut left = std::collections::BTreeSet::new();
        for a in chain(c) {
            for m in &classes[a].abstract_methods {
                // The first class from `c` up that defines `m` decides: the abstract one itself?
                if chain(c).into_iter().find(|&k| defines(k, m)) == Some(a) {
                    left.insert(m.clone());
                }
            }
        }
        if left.is_empty() {
            return String::new();
        }
        let names: Vec<String> = left.into_iter().collect();
        let plural = if names.len() == 1 { "" } else { "s" };
        let msg = format!("Can't instantiate abstract class {} with abstract method{plural} {}", self.prog.py_name(&classes[c].name), names.join(", "));
        format!("py::raise<py::TypeError>({}); ", cpp_string(&msg))
    }
}
