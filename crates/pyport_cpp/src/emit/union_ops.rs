//! Emission of operations on a union value the program does not narrow first (runtime:
//! `runtime/pyport/union_ops.hpp`): a dispatch on the member held, each member handled by the
//! ordinary code for its type, and CPython's TypeError (or ValueError) for members Python
//! rejects. Inference has already refused the member combinations the port cannot run.
use super::*;

/// The type of the items of a union's iterable members (inference makes them one type); a tuple
/// member's items share one type.
pub(super) fn union_items_ty(ms: &[Ty]) -> Ty {
    for m in ms {
        let t = match m {
            Ty::Str => Ty::Str,
            Ty::List(e) | Ty::Set(e) => (**e).clone(),
            Ty::Tuple(ts) if !ts.is_empty() => ts[0].clone(),
            _ => continue,
        };
        if t != Ty::Unknown {
            return t;
        }
    }
    Ty::Unknown
}

impl Emitter<'_> {
    /// `for x in u` / `sorted(u)`: a cursor over the items of the member held.
    pub(super) fn union_iterable(&mut self, code: &str, ms: &[Ty], sp: Span) -> String {
        let e = self.cty(&union_items_ty(ms), sp);
        format!("py::union_iter<{e}>({code})")
    }

    /// `len(u)`.
    pub(super) fn union_len(&mut self, code: &str) -> String {
        format!("py::int_t(py::union_len({code}))")
    }

    /// An expression of type `res` computed from the member `u` holds: `member(code, ty)` gives
    /// the code for a member of type `ty` (its value is `code`), or `None` for the members
    /// Python rejects, which raise `error` (a C++ statement that throws; `{m}`: the member).
    pub(super) fn union_dispatch(
        &mut self,
        code: &str,
        ms: &[Ty],
        res: &Ty,
        error: &str,
        mut member: impl FnMut(&mut Self, &str, &Ty) -> Option<(String, Ty)>,
    ) -> String {
        let rc = self.cty(res, Span::default());
        let u = self.fresh("u");
        let mut body = format!("[&]() -> {rc} {{ const auto& {u} = {code}; switch ({u}.index()) {{ ");
        for (i, m) in ms.iter().enumerate() {
            let mc = format!("std::get<{i}>({u}.v)");
            let stmt = match member(self, &mc, m) {
                Some((c, t)) => {
                    let c = self.coerce(&c, &t, res);
                    format!("return {c};")
                }
                None => error.replace("{m}", &mc),
            };
            body.push_str(&format!("case {i}: {{ {stmt} }} "));
        }
        body.push_str("} py::internal_error(\"a union value holds none of its types\"); }()");
        body
    }

    /// `u[i]` / `u[a:b]`: the value, then the index or bounds, then the str or list member held
    /// indexed as itself; other members raise TypeError.
    pub(super) fn union_subscript(&mut self, e: &Expr, index: &Expr, v: &str, ms: &[Ty]) -> String {
        let res = self.ty(e);
        let rc = self.cty(&res, e.span);
        let l = self.line(e.span);
        let uv = self.fresh("uv");
        let mut pre = String::new();
        let slice = if let ExprKind::Slice { lower, upper, step } = &index.kind {
            let mut parts = Vec::new();
            for p in [lower, upper, step] {
                parts.push(match p {
                    Some(x) => {
                        let c = self.int_operand(x, "slice indices must be integers or None or have an __index__ method");
                        let t = self.fresh("b");
                        let _ = write!(pre, "py::int_t {t} = {c}; ");
                        t
                    }
                    None => "std::nullopt".into(),
                });
            }
            Some(parts.join(", "))
        } else {
            None
        };
        let idx = self.fresh("i");
        if slice.is_none() {
            let c = self.index_operand(index, &Ty::List(Box::new(Ty::Unknown)));
            let _ = write!(pre, "auto {idx} = {c}; ");
        }
        let error = "throw py::TypeError(std::string(\"'\") + py::type_name_of({m}) + \"' object is not subscriptable\");";
        let body = self.union_dispatch(&uv, ms, &res, error, |_, c, t| match (t, &slice) {
            (Ty::Str, None) => Some((format!("py::str_getitem({c}, {idx})"), Ty::Str)),
            (Ty::Str, Some(p)) => Some((format!("py::str_slice({c}, {p}, {l})"), Ty::Str)),
            (Ty::List(et), None) => Some((format!("{c}.at({idx})"), (**et).clone())),
            (Ty::List(_), Some(p)) => Some((format!("py::list_slice({c}, {p}, {l})"), t.clone())),
            _ => None,
        });
        format!("[&]() -> {rc} {{ const auto& {uv} = {v}; {pre}return {body}; }}()")
    }

    /// `d.get(k, default)` with a default of another type than the values: a union of both.
    pub(super) fn union_dict_get(&mut self, e: &Expr, r: &str, k: &str, vt: &Ty, default: &Expr) -> String {
        let res = self.ty(e);
        let rc = self.cty(&res, e.span);
        let dt = self.ty(default);
        let d = self.expr(default);
        let d = self.lit_safe(&d, &dt);
        let found = self.coerce("(*_g)", vt, &res);
        let dflt = self.coerce("_d", &dt, &res);
        format!("[&]() -> {rc} {{ auto _k = {k}; auto _d = {d}; auto _g = {r}.get(_k); if (_g) return {found}; return {dflt}; }}()")
    }

    /// `int(u)`: a number or str member as `int()` converts it; other members raise TypeError.
    pub(super) fn union_int(&mut self, code: &str, ms: &[Ty]) -> String {
        let error = "throw py::TypeError(std::string(\"int() argument must be a string, a bytes-like object or a real number, not '\") + py::type_name_of({m}) + \"'\");";
        self.union_dispatch(code, ms, &Ty::Int, error, |_, c, t| {
            let conv = match t {
                Ty::Int => c.to_string(),
                Ty::Bool => format!("static_cast<py::int_t>({c})"),
                Ty::Float => format!("py::float_to_int_t({c})"),
                Ty::Num => format!("py::num_to_int({c})"),
                Ty::Str => format!("py::parse_int_t({c}, 10)"),
                _ => return None,
            };
            Some((conv, Ty::Int))
        })
    }

    /// `a, b = u`: a switch on the member held; a tuple of as many items, a list or a str unpack
    /// as themselves, a tuple of another length raises ValueError, other members TypeError.
    pub(super) fn union_unpack_code(&mut self, target: &Target, n: usize, span: Span, code: &str, ms: &[Ty]) {
        let u = self.fresh("u");
        let l = self.line(span);
        self.w("{");
        self.indent += 1;
        self.w(format!("const auto& {u} = {code};"));
        self.w(format!("switch ({u}.index()) {{"));
        for (i, m) in ms.iter().enumerate() {
            self.w(format!("case {i}: {{"));
            self.indent += 1;
            let mc = format!("std::get<{i}>({u}.v)");
            match m {
                Ty::Tuple(ts) if ts.len() == n => self.assign_code(target, &mc, m),
                Ty::Tuple(ts) => self.w(format!("py::check_unpack({}, {n}, {l});", ts.len())),
                Ty::List(_) => self.assign_code(target, &mc, m),
                Ty::Str => self.assign_code(target, &format!("py::str_chars({mc})"), &Ty::List(Box::new(Ty::Str))),
                _ => self.w(format!("py::unpack_type_error({mc});")),
            }
            self.w("break;");
            self.indent -= 1;
            self.w("}");
        }
        self.w("}");
        self.indent -= 1;
        self.w("}");
    }
}
