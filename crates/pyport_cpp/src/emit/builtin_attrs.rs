//! Attributes and methods of builtin values: `f.__name__` of a function value, `x.is_integer()`,
//! and `type(x).__name__` of values whose class is known only at run time (see
//! `infer/builtin_attrs.rs`; runtime in `builtin_attrs.hpp`).
use super::*;

impl Emitter<'_> {
    /// `f.__name__` / `f.__doc__` where `f` is a function value (a `std::function`): the module-level
    /// `def`s of that C++ type are the candidates, recognised by the function pointer the value
    /// holds (`std::function::target`); anything else (a closure, a lambda, a `def` without a
    /// docstring for `__doc__`) stops with a limit error.
    pub(super) fn func_attr_code(&mut self, value: &Expr, attr: &str, sp: Span) -> String {
        let t = self.ty(value);
        let want = self.cty(&t, sp);
        let mut tests = String::new();
        let (prog, typed) = (self.prog, self.typed);
        for (f, ft) in prog.functions.iter().zip(&typed.funcs) {
            if f.parent.is_some() || f.class.is_some() {
                continue;
            }
            let fty = Ty::Func(ft.params.clone(), Box::new(ft.ret.clone()));
            if self.cty(&fty, sp) != want {
                continue;
            }
            let text = if attr == "__doc__" {
                match f.body.first().map(|s| &s.kind) {
                    Some(StmtKind::Expr(Expr { kind: ExprKind::Str(d), .. })) => d.clone(),
                    _ => continue,
                }
            } else {
                // A decorated `def f` is compiled as `_undecorated_f`; its `__name__` is still `f`.
                self.prog.py_name(f.name.strip_prefix("_undecorated_").unwrap_or(&f.name)).to_string()
            };
            let c = format!("&prog::{}", cname(&f.name));
            let _ = write!(tests, "if (auto _p = _fn.target<decltype({c})>(); _p && *_p == {c}) return py::Str({}); ", cpp_string(&text));
        }
        let code = self.expr(value);
        let line = self.line(sp);
        let what = cpp_string(attr);
        format!("[&]() -> py::Str {{ const auto& _fn = {code}; (void)_fn; {tests}py::unknown_function_attr({what}, {line}); }}()")
    }

    /// `x.is_integer()` on a number: a float's test; an int (Python 3.11) has no such method.
    pub(super) fn is_integer_code(&mut self, r: &str, rt: &Ty) -> String {
        match rt {
            Ty::Float => format!("py::float_is_integer({r})"),
            Ty::Num => format!("py::num_is_integer({r})"),
            _ => {
                let name = if *rt == Ty::Bool { "bool" } else { "int" };
                let msg = cpp_string(&format!("'{name}' object has no attribute 'is_integer'"));
                format!("(static_cast<void>({r}), py::raise<py::AttributeError>({msg}), false)")
            }
        }
    }

    /// `type(x).__name__` (code `c` for `x`) for values beyond one builtin type; `None` when the
    /// class is neither static nor readable from the value.
    pub(super) fn type_name_code(&mut self, x: &Expr, c: &str) -> Option<String> {
        let t = self.ty(x);
        let plain = |t: &Ty| t.py_class_name().is_some() || *t == Ty::Num;
        let lit = match &t {
            Ty::None => "NoneType".to_string(),
            // A lambda or a `def` of the program (a builtin such as `len` is another class).
            Ty::Func(..) if matches!(x.kind, ExprKind::Lambda { .. }) || matches!(self.typed.names.get(&x.id), Some(NameRef::Function(_))) => "function".into(),
            Ty::Fraction => "Fraction".into(),
            Ty::Deque(_) => "deque".into(),
            Ty::Mapping(k, ..) => k.name().into(),
            Ty::Object(..) => return Some(format!("py::Str(({c})->py_type_name())")),
            Ty::Num => return Some(format!("py::Str(py::type_name_of({c}))")),
            Ty::Optional(inner) if plain(&**inner) => return Some(format!("py::Str(py::type_name_of({c}))")),
            Ty::Union(ms) if ms.iter().all(|m| plain(m) || matches!(m, Ty::Object(..))) => return Some(format!("py::Str(py::type_name_of({c}))")),
            _ => return None,
        };
        let lit = cpp_string(&lit);
        Some(if is_simple(c) { format!("py::Str({lit})") } else { format!("(static_cast<void>({c}), py::Str({lit}))") })
    }
}

impl Emitter<'_> {
    /// `xs.append` read as a value (see `Infer::bound_method`): a C++ lambda holding the container
    /// (a shared handle, so it stays bound to this list as Python's bound method does).
    pub(super) fn bound_method_code(&mut self, value: &Expr, attr: &str, e: &Expr) -> Option<String> {
        let ft = self.ty(e);
        let Ty::Func(ps, _) = &ft else { return None };
        if let Ty::Object(c, _) = self.ty(value) {
            return self.object_bound_method_code(value, c, attr, e);
        }
        let body = match (self.ty(value), attr, &ps[..]) {
            // Elements of no known type: no value is ever passed (the container stays empty).
            (Ty::List(_) | Ty::Set(_) | Ty::Deque(_), _, [Ty::Unknown]) => format!("(void)_x; py::unreachable_value<py::NoneType>({});", self.line(e.span)),
            (Ty::List(_), "append", [_]) | (Ty::Set(_), "add" | "discard", [_]) | (Ty::Deque(_), "append" | "appendleft", [_]) => format!("_r.{attr}(std::move(_x));"),
            (Ty::List(_), "pop", []) => format!("return _r.pop({});", self.line(e.span)),
            (Ty::List(_), "count" | "index", [_]) => format!("return py::int_t(_r.{attr}(_x));"),
            (Ty::Str, "join", [Ty::List(_)]) => "return py::str_join(_r, _x);".to_string(),
            _ => return None,
        };
        let params: Vec<String> = ps.iter().map(|p| format!("{} _x", self.cty(p, e.span))).collect();
        let ct = self.cty(&ft, e.span);
        let r = self.expr(value);
        Some(format!("{ct}([_r = {r}]({}) mutable {{ {body} }})", params.join(", ")))
    }
}

impl Emitter<'_> {
    /// `obj.method` read as a value (see `Infer::object_bound_method`): a C++ lambda holding the
    /// object (a counted reference, so the object lives as long as the bound method, as in
    /// Python) that calls the method virtually, as `obj.method(...)` does.
    fn object_bound_method_code(&mut self, value: &Expr, c: ClassId, attr: &str, e: &Expr) -> Option<String> {
        let ft = self.ty(e);
        let Ty::Func(ps, _) = &ft else { return None };
        let target = self.typed.find_virtual(Some(c), attr)?;
        let (owner, kind) = self.prog.functions[target].class?;
        let m = method_cname(attr);
        let params: Vec<String> = ps.iter().enumerate().map(|(i, p)| format!("{} _x{i}", self.cty(p, e.span))).collect();
        let args: Vec<String> = (0..ps.len()).map(|i| format!("_x{i}")).collect();
        let ct = self.cty(&ft, e.span);
        let obj = self.object(value);
        let call = match kind {
            MethodKind::Instance => format!("_r->{m}({})", args.join(", ")),
            _ => format!("{}::{m}({})", self.class_cname(owner), args.join(", ")),
        };
        Some(format!("{ct}([_r = {obj}]({}) mutable {{ (void)_r; return {call}; }})", params.join(", ")))
    }
}

impl Emitter<'_> {
    /// `defaultdict(factory, contents)`: the empty defaultdict, then `update(contents)`.
    pub(super) fn defaultdict_with_contents(&mut self, e: &Expr, args: &[Expr], keywords: &[Keyword]) -> String {
        let empty = self.collections_call("defaultdict", e, &args[..1], keywords);
        if matches!(args[1].kind, ExprKind::GenExp { .. }) {
            self.genexp_ok.insert(args[1].id);
        }
        let init = self.counted(&args[1]);
        let dd = self.fresh("dd");
        format!("[&] {{ auto {dd} = {empty}; {dd}.update({init}); return {dd}; }}()")
    }
}
